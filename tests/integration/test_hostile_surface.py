"""No way into a running crawl, and no way out of an ingest folder (issue 11, item 10).

- Scrapy 2.19 starts an HTTP "remote control" endpoint in every crawl (it runs Python code sent to it, with a
  token written to a job file) and, by default, a telnet console: neither may run in a newscrawl crawl.
- ``newscrawl ingest FOLDER`` reads the pages in that folder; a link inside it that leads elsewhere on the
  disk (to /etc, to another folder of pages) is reported and not followed.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from sqlalchemy import select

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article
from newscrawl_kit.hostile.server import HostileServer
from newscrawl_kit.hostile.web import SITE, article_html, article_url, serve_site
from tests.integration.conftest import Runner


def _urls(db: str) -> set[str]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(Article.url)))
    finally:
        engine.dispose()


def test_no_remote_control_and_no_telnet_in_a_crawl(tmp_path: Path, newscrawl: Runner) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(db)
    jobs = tmp_path / "remote-control-jobs"
    with HostileServer() as web:
        serve_site(web, [1])
        out = newscrawl("crawl", SITE, "-s", f"REMOTE_CONTROL_JOBS_DIR={jobs}", db=db, proxy=web.url)
    assert out.returncode == 0, out.stderr[-3000:]
    assert not jobs.exists() or not any(jobs.iterdir()), "a remote-control endpoint was started"
    assert "RemoteControl" not in out.stderr and "remote control" not in out.stderr.lower()
    assert "Telnet console listening" not in out.stderr and "TelnetConsole" not in out.stderr


def test_ingest_does_not_follow_links_out_of_the_folder(tmp_path: Path, newscrawl: Runner) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert newscrawl("db", "upgrade", db=db).returncode == 0
    folder, elsewhere = tmp_path / "pages", tmp_path / "private"
    (folder / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    (folder / "one.html").write_text(article_html(1, canonical=article_url(1)), encoding="utf-8")
    (folder / "sub" / "two.html.gz").write_bytes(
        gzip.compress(article_html(2, canonical=article_url(2)).encode())
    )
    (elsewhere / "secret.html").write_text(article_html(3, canonical=article_url(3)), encoding="utf-8")
    (elsewhere / "deep").mkdir()
    (elsewhere / "deep" / "four.html").write_text(article_html(4, canonical=article_url(4)), encoding="utf-8")
    (folder / "leak.html").symlink_to(elsewhere / "secret.html")  # a file link out
    (folder / "deep").symlink_to(elsewhere / "deep", target_is_directory=True)  # a folder link out
    (folder / "again.html").symlink_to(folder / "one.html")  # a link inside: harmless
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a cycle

    out = newscrawl("ingest", str(folder), db=db)
    assert out.returncode == 2, out.stderr  # something was refused: said, the rest stored
    assert "leak.html: a link out of" in out.stderr and "deep: a link out of" in out.stderr
    assert _urls(db) == {article_url(1), article_url(2)}
