"""What an operator meets when something is wrong: every bad setting is one line and exit 2; `db downgrade`
asks for --yes and works on SQLite with data; `scrapy crawl` exits non-zero on a failed run and says one line on
an unmigrated database; passwords never show; Ctrl-C ends a run as "interrupted" with what was fetched stored;
a quiet crawl of the demo is a few lines per site."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from crawler.db.engine import make_engine, session_factory
from crawler.db.models import Article, CrawlRun
from newscrawl_kit.replay.server import ReplayServer
from tests.integration.conftest import REPO, Runner, cli_command, cli_env

SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"DATABASE_URL": "notaurl"}, "DATABASE_URL='notaurl' is not a database URL"),
        ({"DATABASE_URL": "mysql://u:pw@db/x"}, "DATABASE_URL: 'mysql' databases are not supported"),
        ({"NEWSCRAWL_DEDUP_THRESHOLD": "abc"}, "NEWSCRAWL_DEDUP_THRESHOLD='abc': expected a number"),
        ({"NEWSCRAWL_LOG_LEVEL": "LOUD"}, "NEWSCRAWL_LOG_LEVEL='LOUD': expected one of DEBUG, INFO, WARNING"),
        ({"NEWSCRAWL_KEEP_RAW_HTML": "maybe"}, "NEWSCRAWL_KEEP_RAW_HTML='maybe': expected true or false"),
    ],
)
@pytest.mark.parametrize(
    "command", [["crawl", "--due"], ["stories"], ["db", "upgrade"], ["scrapy", "crawl", "mogaz"]]
)
def test_a_bad_setting_is_one_line_and_exit_2(
    env: dict[str, str], says: str, command: list[str], newscrawl: Runner, tmp_path: Path, sqlite_url: str
) -> None:
    env = dict(env)
    db = env.pop("DATABASE_URL", sqlite_url)
    if command[0] == "scrapy":
        result = subprocess.run(
            [*SCRAPY, *command[1:]],
            cwd=REPO,
            env=cli_env(db, tmp_path, **env),
            capture_output=True,
            text=True,
        )
    else:
        result = newscrawl(*command, db=db, **env)
    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith("newscrawl: ") and says in line, line
    assert "pw" not in line


@pytest.mark.parametrize("how", ["newscrawl", "scrapy"])
@pytest.mark.parametrize(
    ("setting", "says"),
    [
        ("CONCURRENT_REQUESTS=abc", "CONCURRENT_REQUESTS='abc': expected a number"),
        ("LOG_LEVEL=LOUD", "LOG_LEVEL='LOUD': expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
    ],
)
def test_a_bad_scrapy_setting_is_one_line(
    how: str, setting: str, says: str, newscrawl: Runner, tmp_path: Path, sqlite_url: str
) -> None:
    assert newscrawl("db", "upgrade", db=sqlite_url).returncode == 0
    if how == "newscrawl":
        result = newscrawl("crawl", "mogaz", "-s", setting, db=sqlite_url)
        assert result.returncode == 2
        assert one_line(result) == f"newscrawl: -s {says}"
    else:
        result = subprocess.run(
            [*SCRAPY, "crawl", "mogaz", "-s", setting],
            cwd=REPO, env=cli_env(sqlite_url, tmp_path), capture_output=True, text=True,
        )  # fmt: skip
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [f"newscrawl: -s {says}"]  # not after Scrapy's banner


def _count(db: str, model: type) -> int:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        engine.dispose()


def test_db_downgrade_needs_yes_and_works_with_data(
    db_url: str, newscrawl: Runner, replay: ReplayServer
) -> None:
    assert newscrawl("db", "upgrade", db=db_url).returncode == 0
    crawled = newscrawl("crawl", "mogaz", "masress", db=db_url, proxy=replay.proxy_url)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    articles = _count(db_url, Article)
    assert articles > 20

    refused = newscrawl("db", "downgrade", db=db_url)
    assert refused.returncode == 2
    assert "add --yes to confirm" in one_line(refused)
    assert _count(db_url, Article) == articles  # nothing touched

    done = newscrawl("db", "downgrade", "--yes", db=db_url)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "database downgraded to base"
    engine = make_engine(db_url)
    try:
        left = set(inspect(engine).get_table_names()) | set(inspect(engine).get_view_names())
    finally:
        engine.dispose()
    assert left <= {"alembic_version"}, left  # no half-done batch table (_alembic_tmp_*) either
    assert newscrawl("db", "upgrade", db=db_url).returncode == 0


def test_scrapy_crawl_exit_codes(tmp_path: Path, sqlite_url: str, replay: ReplayServer) -> None:
    def scrapy(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*SCRAPY, *args], cwd=REPO, env=cli_env(sqlite_url, tmp_path, **env), capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip

    unmigrated = scrapy("crawl", "mogaz", NEWSCRAWL_REPLAY_PROXY=replay.proxy_url)
    assert unmigrated.returncode == 2
    assert unmigrated.stderr.strip().splitlines() == [  # one line, not after Scrapy's banner
        f"newscrawl: database {sqlite_url} has no schema: run 'newscrawl db upgrade'"
    ]

    from crawler.db.migrate import upgrade

    upgrade(sqlite_url)
    good = scrapy("crawl", "mogaz", NEWSCRAWL_REPLAY_PROXY=replay.proxy_url)
    assert good.returncode == 0, good.stderr[-3000:]
    # The replay proxy is gone: no response from the site is a failed run.
    failed = scrapy("crawl", "mogaz", "-s", "RETRY_TIMES=0", NEWSCRAWL_REPLAY_PROXY="http://127.0.0.1:9")
    assert failed.returncode == 1, failed.stderr[-3000:]


def test_passwords_are_masked(pg_url: str, newscrawl: Runner, tmp_path: Path) -> None:
    # Postgres here trusts local connections: a password in the URL is accepted and ignored.
    secret = pg_url.replace("postgres@", "postgres:s3cr3t-pw@")
    assert "s3cr3t-pw" in secret
    demo = newscrawl("demo", db=secret, timeout=400)
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "s3cr3t-pw" not in demo.stdout + demo.stderr
    assert "postgres:***@" in demo.stdout
    refused = newscrawl("db", "downgrade", db=secret)
    assert "s3cr3t-pw" not in refused.stderr and "***" in refused.stderr
    unmigrated = newscrawl("stories", db=secret.replace("/newscrawl_test", "/nosuchdb_test"))
    assert "s3cr3t-pw" not in unmigrated.stdout + unmigrated.stderr


def test_ctrl_c_ends_the_run_interrupted_with_what_was_fetched_stored(
    tmp_path: Path, sqlite_url: str, replay: ReplayServer
) -> None:
    from crawler.db.migrate import upgrade

    upgrade(sqlite_url)
    env = cli_env(sqlite_url, tmp_path, replay.proxy_url)
    child = subprocess.Popen(
        cli_command("crawl", "mogaz", "-s", "DOWNLOAD_DELAY=0.4", "-s", "NEWSCRAWL_PERSIST_BATCH=1"),
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while _stored(sqlite_url) < 3 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.2)
    assert child.poll() is None, "the crawl ended before it could be interrupted"
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, err[-3000:]
    assert "Traceback" not in err
    [line] = [line for line in err.splitlines() if "interrupted" in line and line.startswith("mogaz: run")]
    assert re.match(r"mogaz: run \d+ interrupted: \d+ requests, \d+ new", line), line
    engine = make_engine(sqlite_url)
    try:
        with session_factory(engine)() as session:
            run = session.scalars(select(CrawlRun)).one()
            assert run.status == "interrupted" and run.finished_at is not None
            assert run.articles_new == _stored(sqlite_url) >= 3
    finally:
        engine.dispose()


def _stored(db: str) -> int:
    try:
        return _count(db, Article)
    except Exception:  # the schema is being read while the crawl writes
        return 0


@pytest.mark.slow
def test_a_quiet_demo_crawl_is_at_most_three_lines_per_site(tmp_path: Path, newscrawl: Runner) -> None:
    result = newscrawl("demo", db=f"sqlite:///{tmp_path / 'demo.db'}", timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    crawl_lines = [line for line in result.stdout.splitlines() if re.match(r"^\w+: run \d+ ok: ", line)]
    sites = len(crawl_lines)
    assert sites >= 12
    lines = len(result.stderr.strip().splitlines()) + sites
    print(f"quiet demo crawl: {lines} lines for {sites} sites ({lines / sites:.2f} per site)")
    assert lines <= 3 * sites, result.stderr
    assert "Scrapy" not in result.stderr and "Overridden settings" not in result.stderr


def test_ingest_of_a_folder_shows_progress_unless_quiet(
    tmp_path: Path, newscrawl: Runner, sqlite_url: str
) -> None:
    from tests.integration.unseen_web import build_blog

    site = build_blog(12)
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, path in enumerate(site.article_paths):
        html = site.pages[path][1].replace("{origin}", "http://blog.example")
        canonical = f'<link rel="canonical" href="http://blog.example{path}">'
        (folder / f"{i:02}.html").write_text(html.replace("<head>", "<head>" + canonical, 1))
    assert newscrawl("db", "upgrade", db=sqlite_url).returncode == 0
    loud = newscrawl("ingest", str(folder), db=sqlite_url, NEWSCRAWL_PROGRESS_INTERVAL="0.000001")
    assert loud.returncode == 0, loud.stderr[-2000:]
    progress = [
        line for line in loud.stderr.splitlines() if re.match(r"^ingest: \d+/12 pages \(\d+%\)", line)
    ]
    assert len(progress) >= 5, loud.stderr
    assert loud.stdout.startswith("12 pages: 12 new")
    quiet = newscrawl("-q", "ingest", str(folder), db=sqlite_url, NEWSCRAWL_PROGRESS_INTERVAL="0.000001")
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    assert quiet.stdout.startswith("12 pages: 0 new")


def test_a_site_that_does_not_answer_is_a_few_lines_not_tracebacks(
    newscrawl: Runner, sqlite_url: str, tmp_path: Path
) -> None:
    assert newscrawl("db", "upgrade", db=sqlite_url).returncode == 0
    result = newscrawl(
        "crawl", "http://127.0.0.1:1/", "-s", "RETRY_TIMES=0", db=sqlite_url,
        NEWSCRAWL_ALLOWED_NETWORKS="127.0.0.0/8", NEWSCRAWL_SITES_DIR=str(tmp_path / "none"),
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.stderr.strip().splitlines()[-1] == "127.0.0.1: run 1 FAILED: no response from the site"
    assert len(result.stderr.strip().splitlines()) <= 8, result.stderr
