"""The onboarding client (``newscrawl sites add|check``) keeps the crawl's rules on a hostile web:
the SSRF guard on every URL, redirect hop and connection (DNS rebinding included), the size caps, robots.txt
per RFC 9309 with a capped Crawl-delay, backoff on 429/503, and the crawler's User-Agent.

The site is served on 127.0.0.1 (allowed as ``NEWSCRAWL_ALLOWED_NETWORKS=127.0.0.1/32``, the operator
setting); a "secret" service on 127.0.0.2 plays a machine of the private network that nothing may reach.
"""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.config import Config
from crawler.fetch import FetchError as PageFetchError
from crawler.fetch import fetch_page
from crawler.sites.fetch import FetchError, PoliteFetcher
from newscrawl_kit.hostile.server import HostileServer, page
from newscrawl_kit.hostile.web import brotli_bomb, giant, gzip_bomb, rss, sitemap_gz_bomb
from tests.integration.conftest import Cli, cli_runner

ONLY_SITE = "127.0.0.1/32"
MiB = 1024 * 1024


@pytest.fixture
def web() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


@pytest.fixture
def secret() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.2") as server:
        server.fallback("127.0.0.2", page("the secret"))
        yield server


def _fetcher(**kwargs: object) -> PoliteFetcher:
    config = kwargs.pop("config", None) or Config(allowed_networks=ONLY_SITE)
    return PoliteFetcher(config=config, delay=0, timeout=5, **kwargs)  # type: ignore[arg-type]


def _article(n: int) -> str:
    words = " ".join(f"word{i}" for i in range(120))
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story number {n}</h1>"
        f"<p>{words} story {n}.</p></article></body></html>"
    )


# -- addresses ------------------------------------------------------------------------------------------
def test_redirect_hops_to_a_refused_address_are_not_followed(
    web: HostileServer, secret: HostileServer
) -> None:
    s = secret.port
    web.add_page("http://127.0.0.1/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    web.add("http://127.0.0.1/a", lambda ex: ex.redirect(f"http://127.0.0.2:{s}/admin"))
    web.add("http://127.0.0.1/c", lambda ex: ex.redirect(f"http://[::1]:{s}/admin", 307))
    fetcher = _fetcher()
    for path, why in (("/a", "127.0.0.2 is loopback"), ("/c", "::1 is loopback")):
        with pytest.raises(FetchError, match=f"blocked: .*{why}"):
            fetcher.get(f"{web.url}{path}")
    assert secret.hits == []
    # The same hops, through `newscrawl extract URL`'s client.
    with pytest.raises(PageFetchError, match=r"blocked: 127\.0\.0\.2"):
        fetch_page(f"{web.url}/a", Config(allowed_networks=ONLY_SITE))
    assert secret.hits == []


def test_the_address_is_checked_at_connect_time(
    web: HostileServer, secret: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: a name that answers an allowed address to the first lookup and a refused one to the
    next. The connection is made to a checked answer, never to an unchecked second one."""
    real = socket.getaddrinfo
    calls: list[str] = []

    def rebinding(host: object, *args: object, **kwargs: object) -> object:
        if host != "rebind.example":
            return real(host, *args, **kwargs)  # type: ignore[arg-type]
        calls.append(str(host))
        address = "127.0.0.1" if len(calls) == 1 else "127.0.0.2"
        return real(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    web.fallback("rebind.example", page("<html><body>public page</body></html>"))
    with pytest.raises(FetchError, match=r"blocked: rebind\.example: 127\.0\.0\.2 is loopback"):
        _fetcher(obey_robots=False).get(f"http://rebind.example:{secret.port}/")
    assert len(calls) == 2 and secret.hits == []
    calls.clear()
    with pytest.raises(PageFetchError, match=r"blocked: rebind\.example: 127\.0\.0\.2"):
        fetch_page(f"http://rebind.example:{secret.port}/", Config(allowed_networks=ONLY_SITE))
    assert secret.hits == []


def test_sites_add_reaches_nothing_outside_the_allowed_network(
    web: HostileServer, secret: HostileServer, tmp_path: Path
) -> None:
    """The real CLI: the home page declares a feed on the secret service, robots.txt names a sitemap there,
    and the common sitemap path redirects there. Onboarding uses the site's own links and nothing else."""
    s = f"127.0.0.2:{secret.port}"
    o = web.url
    paths = [f"/news/2026/12/story-number-{n}-about-the-weather" for n in range(1, 9)]
    links = "".join(f'<a href="{p}">Story {n}</a>' for n, p in enumerate(paths, 1))
    web.add_page(
        "http://127.0.0.1/",
        f'<html><head><link rel="alternate" type="application/rss+xml" href="http://{s}/feed.xml">'
        f"</head><body><main>{links}</main></body></html>",
    )
    web.add_page(
        "http://127.0.0.1/robots.txt",
        f"User-agent: *\nAllow: /\nSitemap: http://{s}/sitemap.xml\n",
        content_type="text/plain",
    )
    web.add("http://127.0.0.1/sitemap.xml", lambda ex: ex.redirect(f"http://{s}/sitemap.xml"))
    for n, p in enumerate(paths, 1):
        web.add_page(f"http://127.0.0.1{p}", _article(n))
    secret.add_page(f"http://{s}/feed.xml", rss([f"{o}{p}" for p in paths]))
    cli: Cli = cli_runner(tmp_path)
    sites = tmp_path / "sites"
    out = cli(
        "sites", "add", f"{o}/", "--name", "guarded", "--sample", "2", db=f"sqlite:///{tmp_path / 'n.db'}",
        NEWSCRAWL_ALLOWED_NETWORKS=ONLY_SITE, NEWSCRAWL_SITES_DIR=str(sites),
    )  # fmt: skip
    assert secret.hits == [], f"onboarding reached the secret service: {secret.hits}"
    assert out.returncode == 0, out.stdout + out.stderr
    assert "blocked" in out.stdout + out.stderr
    text = (sites / "guarded.toml").read_text()
    assert "127.0.0.2" not in text and "feeds" not in text and "sitemaps" not in text


# -- sizes ----------------------------------------------------------------------------------------------
BIG = {  # built when used: compressing the bombs takes a moment
    "gzip bomb": lambda: page(gzip_bomb(64 * MiB), headers={"Content-Encoding": "gzip"}),
    "brotli bomb": lambda: page(brotli_bomb(64 * MiB), headers={"Content-Encoding": "br"}),
    "raw .gz sitemap bomb": lambda: page(sitemap_gz_bomb(64 * MiB), content_type="application/x-gzip"),
    "40 MiB page": lambda: lambda ex: ex.stream(giant(40 * MiB), length=40 * MiB + 64),
    "40 MiB chunked page": lambda: lambda ex: ex.stream(giant(40 * MiB)),
}


@pytest.mark.parametrize("what", list(BIG))
def test_bodies_over_the_page_limit_are_refused(web: HostileServer, what: str) -> None:
    web.add("http://127.0.0.1/big", BIG[what]())
    config = Config(allowed_networks=ONLY_SITE, max_page_bytes=4 * MiB)
    with pytest.raises(FetchError, match=r"larger than 4,194,304 bytes \(NEWSCRAWL_MAX_PAGE_BYTES\)"):
        _fetcher(config=config, obey_robots=False).get(f"{web.url}/big")


def test_a_body_dripped_slowly_is_cut_off(web: HostileServer) -> None:
    def drip(ex: object) -> None:
        def chunks() -> Iterator[bytes]:
            for _ in range(60):
                time.sleep(0.25)
                yield b"<p>x</p>"

        ex.stream(chunks())  # type: ignore[attr-defined]

    web.add("http://127.0.0.1/slow", drip)
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long"):
        PoliteFetcher(config=Config(allowed_networks=ONLY_SITE), delay=0, timeout=1, obey_robots=False).get(
            f"{web.url}/slow"
        )
    assert time.monotonic() - started < 8  # 3 x the timeout, not the 15 s the server would go on


# -- robots.txt (RFC 9309) --------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [500, 503])
def test_robots_5xx_means_nothing_is_fetched(web: HostileServer, status: int, tmp_path: Path) -> None:
    web.add("http://127.0.0.1/robots.txt", page("down", status=status, content_type="text/plain"))
    web.add_page("http://127.0.0.1/", "<html><body>home</body></html>")
    cli: Cli = cli_runner(tmp_path)
    out = cli(
        "sites", "add", f"{web.url}/", "--name", "down", db=f"sqlite:///{tmp_path / 'n.db'}",
        NEWSCRAWL_ALLOWED_NETWORKS=ONLY_SITE, NEWSCRAWL_SITES_DIR=str(tmp_path / "sites"),
    )  # fmt: skip
    assert out.returncode == 2
    line = out.stderr.strip().splitlines()[-1]  # after the progress lines
    assert f"robots.txt of 127.0.0.1:{web.port} answered {status}" in line and "RFC 9309" in line, line
    assert {h.path for h in web.hits} == {"/robots.txt"}  # asked (and retried once), nothing else
    assert len(web.hits) == 2


def test_robots_unreachable_means_nothing_is_fetched(web: HostileServer) -> None:
    web.add("http://127.0.0.1/robots.txt", lambda ex: ex.hang(10))
    web.add_page("http://127.0.0.1/", "<html><body>home</body></html>")
    fetcher = PoliteFetcher(config=Config(allowed_networks=ONLY_SITE), delay=0, timeout=1, retries=0)
    with pytest.raises(FetchError, match=r"robots\.txt of .* is unreachable .*nothing fetched from it"):
        fetcher.get(f"{web.url}/")
    assert "/" not in {h.path for h in web.hits}
    # Once per host: the next page is refused without asking again.
    asked = len(web.hits)
    with pytest.raises(FetchError, match="unreachable"):
        fetcher.get(f"{web.url}/other")
    assert len(web.hits) == asked


def test_robots_4xx_means_no_rules(web: HostileServer) -> None:
    web.add("http://127.0.0.1/robots.txt", page("gone", status=404, content_type="text/plain"))
    web.add_page("http://127.0.0.1/private/x", "<html><body>ok</body></html>")
    assert _fetcher().get(f"{web.url}/private/x").status == 200


def test_robots_redirects_followed_up_to_five_hops(web: HostileServer) -> None:
    for n in range(1, 7):
        web.add(f"http://127.0.0.1/r{n}", lambda ex, n=n: ex.redirect(f"/r{n + 1}"))
    web.add_page("http://127.0.0.1/r6", "User-agent: *\nDisallow: /private\n", content_type="text/plain")
    web.add_page("http://127.0.0.1/private/x", "<html><body>ok</body></html>")
    # Five hops (/robots.txt -> /r2 ... -> /r6): the rules at the end apply.
    web.add("http://127.0.0.1/robots.txt", lambda ex: ex.redirect("/r2"))
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        _fetcher().get(f"{web.url}/private/x")
    # Six hops: "unavailable", no rules.
    web.add("http://127.0.0.1/robots.txt", lambda ex: ex.redirect("/r1"))
    assert _fetcher().get(f"{web.url}/private/x").status == 200


def test_robots_groups_match_the_product_token(web: HostileServer) -> None:
    web.add_page(
        "http://127.0.0.1/robots.txt",
        "User-agent: newscrawl\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
        content_type="text/plain",
    )
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        _fetcher().get(f"{web.url}/news/1")


def test_a_redirect_hop_obeys_its_own_hosts_robots(web: HostileServer) -> None:
    with HostileServer() as other:
        other.add_page(
            "http://127.0.0.1/robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain"
        )
        other.add_page("http://127.0.0.1/landing", "<html><body>landing</body></html>")
        web.add_page("http://127.0.0.1/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        web.add("http://127.0.0.1/go", lambda ex: ex.redirect(f"{other.url}/landing"))
        with pytest.raises(FetchError, match=r"landing: disallowed by robots\.txt"):
            _fetcher().get(f"{web.url}/go")
        assert "/landing" not in {h.path for h in other.hits}


def test_crawl_delay_is_honoured_and_capped(web: HostileServer) -> None:
    web.add_page("http://127.0.0.1/robots.txt", "User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
    web.add_page("http://127.0.0.1/p", "<html><body>p</body></html>")
    fetcher = _fetcher()
    for _ in range(3):
        fetcher.get(f"{web.url}/p")
    times = [h.at for h in web.hits if h.path == "/p"]
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.95
    assert fetcher.robots_answer(f"{web.url}/").note == "found, Crawl-delay 1 s"
    # A site asking for an hour between requests gets the crawl's cap, not an hour.
    with HostileServer() as slow:
        slow.add_page(
            "http://127.0.0.1/robots.txt", "User-agent: *\nCrawl-delay: 3600\n", content_type="text/plain"
        )
        slow.add_page("http://127.0.0.1/p", "<html><body>p</body></html>")
        pauses: list[float] = []
        capped = _fetcher(max_crawl_delay=0.5, sleep=lambda s: (pauses.append(s), time.sleep(s)))
        capped.get(f"{slow.url}/p")
        capped.get(f"{slow.url}/p")
        assert pauses and max(pauses) <= 0.5
        assert "Crawl-delay 3600 s (waiting 0.5 s)" in capped.robots_answer(f"{slow.url}/").note


# -- backoff and identity ----------------------------------------------------------------------------------
def test_retry_after_is_honoured(web: HostileServer) -> None:
    answers = iter([page("slow down", status=429, headers={"Retry-After": "1"}), page("<html>ok</html>")])
    web.add("http://127.0.0.1/busy", lambda ex: next(answers)(ex))
    response = _fetcher(obey_robots=False).get(f"{web.url}/busy")
    assert response.status == 200
    first, second = (h.at for h in web.hits if h.path == "/busy")
    assert second - first >= 0.95


def test_a_long_retry_after_gives_the_site_up(web: HostileServer) -> None:
    web.add("http://127.0.0.1/busy", page("later", status=503, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with pytest.raises(FetchError, match="asked to wait 3600 s"):
        _fetcher(obey_robots=False).get(f"{web.url}/busy")
    assert time.monotonic() - started < 2 and len(web.hits) == 1


def test_the_user_agent_names_the_contact_url(web: HostileServer) -> None:
    web.add_page("http://127.0.0.1/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    web.add_page("http://127.0.0.1/", "<html><body>home</body></html>")
    config = Config(allowed_networks=ONLY_SITE, contact_url="https://ops.example/crawler")
    _fetcher(config=config).get(f"{web.url}/")
    fetch_page(f"{web.url}/", config)
    agents = {h.headers.get("User-Agent") for h in web.hits}
    assert agents == {"newscrawl/0.1 (+https://ops.example/crawler)"}
