"""URL identity: the variants of one article URL fold to one canonical URL; different articles do not."""

from __future__ import annotations

import pytest

from crawler.dedup.urls import canonicalize_url, fetch_url, registered_domain

SAME = [
    # tracking parameters, fragments, query order
    (
        "https://www.youm7.com/story/2024/5/1/x/6543210?utm_source=fb&utm_medium=social",
        "https://youm7.com/story/2024/5/1/x/6543210",
    ),
    ("https://example.com/news/1?fbclid=IwAR0abc#comments", "https://example.com/news/1"),
    ("https://example.com/a?id=5&gclid=xyz&lang=ar", "https://example.com/a?id=5&lang=ar"),
    ("https://example.com/a?lang=ar&id=5", "https://example.com/a?id=5&lang=ar"),
    ("https://example.com/a?id=5&mc_cid=1&mc_eid=2&_ga=3&ref=tw", "https://example.com/a?id=5"),
    # host case, www/mobile/amp hosts, default ports, trailing dot
    ("HTTPS://WWW.Example.COM:443/News/1", "https://example.com/News/1"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("https://m.alarabiya.net/ar/politics/2024/05/01/x", "https://alarabiya.net/ar/politics/2024/05/01/x"),
    ("https://amp.example.com/news/1", "https://example.com/news/1"),
    ("https://www.example.com./news/1", "https://example.com/news/1"),
    # AMP paths and parameters
    ("https://example.com/news/1/amp", "https://example.com/news/1"),
    ("https://example.com/news/1/amp/", "https://example.com/news/1"),
    ("https://example.com/amp/news/1", "https://example.com/news/1"),
    ("https://example.com/news/1.amp.html", "https://example.com/news/1.html"),
    ("https://example.com/news/1?amp", "https://example.com/news/1"),
    ("https://example.com/news/1?outputType=amp", "https://example.com/news/1"),
    ("https://example.com/news/1?amp=1&id=2", "https://example.com/news/1?id=2"),
    # trailing slash, percent-encoding of Arabic slugs
    ("https://example.com/news/1/", "https://example.com/news/1"),
    (
        "https://example.com/أخبار/مصر",
        "https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D8%B5%D8%B1",
    ),
    ("https://example.com/%d9%85%d8%b5%d8%b1", "https://example.com/%D9%85%D8%B5%D8%B1"),
    ("  https://example.com/a  ", "https://example.com/a"),
]


@pytest.mark.parametrize(("url", "expected"), SAME)
def test_variants_fold(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.com/news?id=1", "https://example.com/news?id=2"),
        ("https://example.com/news/1", "https://example.com/news/2"),
        ("https://sport.example.com/1", "https://example.com/1"),
        ("https://example.com/a?page=2", "https://example.com/a"),
        ("https://masress.com/elakhbar/172875", "https://masress.com/shorouk/172875"),
    ],
)
def test_different_articles_stay_different(a: str, b: str) -> None:
    assert canonicalize_url(a) != canonicalize_url(b)


def test_same_site_canonical_link_is_honoured_even_on_another_subdomain() -> None:
    url = "https://m.example.com/story.php?id=7&utm_source=x"
    assert canonicalize_url(url, "https://www.example.com/news/7-title") == "https://example.com/news/7-title"
    assert canonicalize_url(url, "/news/7-title#top") == "https://example.com/news/7-title"
    assert (
        canonicalize_url("https://news.example.co.uk/a", "https://www.example.co.uk/b")
        == "https://example.co.uk/b"
    )


def test_canonical_link_to_another_site_or_to_the_home_page_is_ignored() -> None:
    url = "https://www.masress.com/elakhbar/172875"
    # The aggregator points its canonical at the outlet: the aggregator copy keeps its own identity.
    assert (
        canonicalize_url(url, "https://www.akhbarelyom.com/news/1") == "https://masress.com/elakhbar/172875"
    )
    assert canonicalize_url(url, "https://masress.com/") == "https://masress.com/elakhbar/172875"
    assert canonicalize_url(url, "javascript:void(0)") == "https://masress.com/elakhbar/172875"
    assert canonicalize_url(url, "") == "https://masress.com/elakhbar/172875"


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.youm7.com", "youm7.com"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("https://m.ahram.org.eg/News/1.aspx", "ahram.org.eg"),
        ("mogaz.test", "mogaz.test"),
        ("www.nabd.test", "nabd.test"),
        ("", ""),
    ],
)
def test_registered_domain(host: str, domain: str) -> None:
    assert registered_domain(host) == domain


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/news/1?sid=8f3a", "https://example.com/news/1"),
        ("https://example.com/news/1?PHPSESSID=abc&id=2", "https://example.com/news/1?id=2"),
        ("https://example.com/news/1;jsessionid=A1B2C3?id=2", "https://example.com/news/1?id=2"),
        ("https://example.com/news/1?sessionid=x&session_id=y", "https://example.com/news/1"),
        (
            "https://example.com/a?id=5&source=rss&utm_medium=x",
            "https://example.com/a?id=5",
        ),  # courlan's list
    ],
)
def test_session_ids_and_trackers_are_not_identity(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected
    assert "sid" not in fetch_url(url).lower() and "session" not in fetch_url(url).lower()


@pytest.mark.parametrize("param", ["id", "p", "page", "nid", "aid", "story", "q", "s"])
def test_content_parameters_stay(param: str) -> None:
    assert canonicalize_url(f"https://example.com/a?{param}=1") != canonicalize_url(
        f"https://example.com/a?{param}=2"
    )
