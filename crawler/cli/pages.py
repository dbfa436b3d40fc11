"""``newscrawl extract``, ``newscrawl ingest`` and ``newscrawl reprocess``: the crawler's pipeline on saved pages."""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.cli.common import UsageError, db_session
from crawler.config import Config
from crawler.items import Page
from crawler.progress import Ticker
from crawler.sources import BadInput, is_html, is_warc, iter_pages, iter_warc, read_html_file

if TYPE_CHECKING:
    from crawler.processing import Processed

logger = logging.getLogger(__name__)
BATCH = 100


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser(
        "extract", help="extract pages (a file, a WARC, a folder or a URL) and print one JSON object per page"
    )
    e.add_argument(
        "source", metavar="PATH_OR_URL", help=".html/.html.gz file, .warc/.warc.gz, folder, or URL"
    )
    e.add_argument("--url", help="the page's URL (for a saved file)")
    e.add_argument("--site", help="site profile to use (default: chosen by the URL's host)")
    e.add_argument("--json", action="store_true", help="JSON output (the only format; accepted for scripts)")
    e.set_defaults(handler=cmd_extract)

    i = sub.add_parser("ingest", help="run the whole pipeline over WARC files and folders of HTML files")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.set_defaults(handler=cmd_ingest)

    r = sub.add_parser("reprocess", help="re-run extraction, attribution and dedup on stored raw HTML")
    r.add_argument("--site", help="only this site (profile name or host)")
    r.set_defaults(handler=cmd_reprocess)


def _registry(config: Config | None = None) -> Any:
    """The bundled registry, plus operators' additions when the database has them."""
    from crawler.attribution.registry import OutletRegistry

    base = OutletRegistry.load_default()
    if config is None:
        return base
    from crawler.db.outlets import load_registry  # the database layer only when there is one to read

    with db_session(config) as session:
        return load_registry(session, base)


def page_json(page: Page, result: Processed) -> dict[str, Any]:
    """The object that ``newscrawl extract --json`` prints (see DESIGN.md)."""
    ex, att = result.extracted, result.attribution
    canonical = result.article.canonical_url if result.article else ex.canonical_url
    return {
        "url": page.url,
        "canonical_url": canonical,
        "title": ex.title,
        "body": ex.body,
        "published_at": ex.published_at.isoformat() if ex.published_at else None,
        "updated_at": ex.updated_at.isoformat() if ex.updated_at else None,
        "authors": ex.authors,
        "language": ex.language,
        "lead_image": ex.lead_image,
        "description": ex.description,
        "section": ex.section,
        "tags": ex.tags,
        "site": page.site,
        "is_article": ex.is_article,
        "not_article_reason": result.skip_reason,
        "outlet": {"name": att.outlet, "domain": att.domain} if att and att.outlet else None,
        "original_url": att.original_url if att else None,
        "agency": att.agency if att else None,
        "attribution": att.as_dict() if att else {"method": "none", "confidence": 0.0, "evidence": []},
        "extraction_method": ex.method,
    }


def _fetch(url: str, config: Config) -> Page:
    from crawler.fetch import FetchError, fetch_page

    try:
        return fetch_page(url, config)  # the crawler's User-Agent, with NEWSCRAWL_CONTACT_URL
    except FetchError as exc:
        raise UsageError(str(exc)) from None


def _profile(page: Page, site: str | None) -> Any:
    """The page's site profile (``--site`` or its host), resolved once and carried by the page; None for the
    generic path."""
    # Late: extraction pulls in trafilatura and htmldate, which the read-only commands never need.
    from crawler.processing import resolve_profile

    try:
        profile = resolve_profile(page.url, site)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    if profile is not None:
        page.profile = profile
    return profile


def _process(page: Page, site: str | None, registry: Any) -> Processed:
    from crawler.processing import process_page

    return process_page(page, _profile(page, site), registry)


def cmd_extract(args: argparse.Namespace) -> int:
    """One JSON object per page: a file, each HTML response record of a WARC, or every page below a folder
    (JSON lines, progress on stderr). Unreadable files in a folder are skipped with a one-line reason."""
    source = args.source
    config = Config.from_env()
    skipped: list[str] = []

    def skip(exc: BadInput) -> None:
        skipped.append(str(exc))
        print(f"newscrawl: skipped {exc}", file=sys.stderr)

    ticker: Ticker | None = None
    if source.startswith(("http://", "https://")):
        pages: Any = [_fetch(source, config)]
    else:
        path = Path(source)
        if not path.exists():
            raise UsageError(f"{path}: no such file")
        if path.is_dir():
            pages = iter_pages(path, on_error=skip, max_bytes=config.max_page_bytes)
            ticker = _ticker(args, config, "extract", None)
        elif is_warc(path):
            pages, ticker = iter_warc(path, config.max_page_bytes), _ticker(args, config, "extract", None)
        elif is_html(path):
            try:
                pages = [read_html_file(path, args.url, config.max_page_bytes)]
            except BadInput as exc:
                raise UsageError(str(exc)) from None
        else:
            raise UsageError(f"{path}: expected .html, .html.gz, .warc, .warc.gz, a folder or an http(s) URL")
    registry = _registry()
    failed = articles = 0
    try:
        for page in pages:
            if args.url and not page.url:
                page.url = args.url
            try:
                out = page_json(page, _process(page, args.site, registry))
            except UsageError:
                raise
            except Exception as exc:  # one page the extractor chokes on must not lose the others
                failed += 1
                reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                print(f"newscrawl: {page.url}: extraction failed: {reason}", file=sys.stderr)
                out = error_json(page, reason)
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            articles += bool(out["is_article"])
            if ticker is not None:
                ticker.step(articles=articles, **{"not articles": ticker.done + 1 - articles})
    except BadInput as exc:
        raise UsageError(str(exc)) from None
    if ticker is not None:
        ticker.close()
        if ticker.enabled:
            extra = "".join(
                f", {n} {what}" for n, what in ((len(skipped), "unreadable"), (failed, "failed")) if n
            )
            print(f"newscrawl: {source}: done, {ticker.done} pages, {articles} articles, "
                  f"{ticker.done - articles} not articles{extra}", file=sys.stderr)  # fmt: skip
    if failed:
        return 1
    return 2 if skipped else 0


def error_json(page: Page, reason: str) -> dict[str, Any]:
    """The object printed for a page whose extraction failed: same keys, nothing extracted."""
    return {
        "url": page.url,
        "canonical_url": None,
        "title": None,
        "body": "",
        "published_at": None,
        "updated_at": None,
        "authors": [],
        "language": None,
        "lead_image": None,
        "description": None,
        "section": None,
        "tags": [],
        "site": page.site,
        "is_article": False,
        "not_article_reason": f"extraction_error: {reason}",
        "outlet": None,
        "original_url": None,
        "agency": None,
        "attribution": {"method": "none", "confidence": 0.0, "evidence": []},
        "extraction_method": None,
    }


def _store_batches(
    pages: Any, config: Config, trigger: str, site: str | None = None, ticker: Ticker | None = None
) -> Counter[str]:
    from crawler.db.engine import make_engine, session_factory
    from crawler.db.migrate import ensure_migrated
    from crawler.db.runs import finish_run, start_run
    from crawler.db.story_index import StoryIndex
    from crawler.db.templates import load_templates, save_templates
    from crawler.db.writer import ArticleWriter
    from crawler.processing import process_pages, site_host

    registry = _registry(config)
    engine = make_engine(config.database_url)
    ensure_migrated(engine)
    sessions = session_factory(engine)
    writer = ArticleWriter(sessions, StoryIndex.from_config(config), keep_raw=config.keep_raw_html)
    counts: Counter[str] = Counter()
    run_id = start_run(sessions, trigger)
    templates: dict[str, Any] = {}
    error: str | None = None

    def store(chunk: list[tuple[Page, Any]]) -> None:
        hosts = {site_host(page, profile) for page, profile in chunk} - set(templates)
        with sessions() as session:
            templates.update(load_templates(session, hosts))
        articles = []
        # Progress per page extracted, not per page read: a batch takes minutes, a line is due every few s.
        step = (lambda: ticker.step(new=counts["new"], updated=counts["updated"])) if ticker else None
        for result in process_pages(chunk, registry, templates, extracted_one=step):
            if result.article is None:
                counts[f"skipped:{result.skip_reason}"] += 1
            else:
                articles.append(result.article)
        if articles:
            counts.update(writer.write(articles, run_id=run_id))
        with sessions() as session, session.begin():
            save_templates(session, templates)

    try:
        chunk: list[tuple[Page, Any]] = []
        for page in pages:
            counts["pages"] += 1
            chunk.append((page, _profile(page, site)))
            if len(chunk) >= BATCH:
                store(chunk)
                chunk = []
        if chunk:
            store(chunk)
        if ticker is not None:
            ticker.close()
    except BadInput as exc:
        error = str(exc)
        raise UsageError(error) from None
    except Exception as exc:
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        raise
    finally:
        finish_run(sessions, run_id, counts, error)
        engine.dispose()
    return counts


def _ticker(args: argparse.Namespace, config: Config, what: str, total: int | None) -> Ticker:
    return Ticker(what, total, every=config.progress_interval, enabled=not getattr(args, "quiet", False))


def _count_inputs(paths: list[Path]) -> int | None:
    """Pages to come when every input is an HTML file (a WARC's records are not counted ahead)."""
    total = 0
    for p in paths:
        files = [c for c in p.rglob("*") if c.is_file()] if p.is_dir() else [p]
        if any(is_warc(f) for f in files):
            return None
        total += sum(1 for f in files if is_html(f))
    return total


def _summary(counts: Counter[str]) -> str:
    skipped = sum(v for k, v in counts.items() if k.startswith("skipped:"))
    rejected = f", {counts['rejected']} rejected (see rejected_pages)" if counts["rejected"] else ""
    return (
        f"{counts['pages']} pages: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['duplicate']} joined an existing story, {skipped} not articles"
        f"{rejected}"
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    config = Config.from_env()
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise UsageError(f"{p}: no such file or folder")
    with db_session(config):
        pass

    skipped: list[str] = []

    def skip(exc: BadInput) -> None:
        skipped.append(str(exc))
        print(f"newscrawl: skipped {exc}", file=sys.stderr)

    def pages() -> Any:
        for p in paths:
            yield from iter_pages(p, on_error=skip, max_bytes=config.max_page_bytes)

    ticker = _ticker(args, config, "ingest", _count_inputs(paths))
    counts = _store_batches(pages(), config, "ingest", ticker=ticker)
    print(_summary(counts))
    if skipped:
        # What could be read is stored; the exit code still tells a script that some input was bad.
        print(f"newscrawl: {len(skipped)} unreadable input(s) skipped", file=sys.stderr)
        return 2
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from crawler.cleaning.encoding import decode_html
    from crawler.db.models import Article, RawPage, Site

    config = Config.from_env()
    with db_session(config) as session:
        query = select(RawPage.article_id).join(Article, Article.id == RawPage.article_id)
        stored = select(func.count(Article.id))
        if args.site:
            in_site = (Site.name == args.site) | (Site.host == args.site)
            if session.scalar(select(Site.id).where(in_site).limit(1)) is None:
                raise UsageError(f"no site {args.site!r} in the database (see 'newscrawl stats')")
            query = query.join(Site, Site.id == Article.site_id).where(in_site)
            stored = stored.join(Site, Site.id == Article.site_id).where(in_site)
        ids = list(session.scalars(query.order_by(RawPage.article_id)))
        articles = session.scalar(stored) or 0
    if articles and not ids:
        # Nothing to work on: say why instead of recording an empty run that looks like a success.
        raise UsageError(
            f"no raw HTML stored for the {articles} articles (fetched with NEWSCRAWL_KEEP_RAW_HTML=0): "
            "nothing to reprocess; crawl again with raw HTML kept"
        )
    if articles > len(ids):
        missing = articles - len(ids)
        print(f"{missing} articles have no raw HTML stored (NEWSCRAWL_KEEP_RAW_HTML=0) and stay as they are")

    def pages() -> Any:
        for start in range(0, len(ids), BATCH):
            with db_session(config) as session:
                # Plain columns, not RawPage objects: the session expires its objects when it closes.
                rows = session.execute(
                    select(
                        RawPage.url,
                        RawPage.encoding,
                        RawPage.compression,
                        RawPage.content,
                        RawPage.fetched_at,
                        Site.host,
                    )
                    .join(Article, Article.id == RawPage.article_id)
                    .join(Site, Site.id == Article.site_id)
                    .where(RawPage.article_id.in_(ids[start : start + BATCH]))
                    .order_by(RawPage.article_id)
                ).all()
            for url, charset, compression, content, fetched_at, host in rows:
                body = gzip.decompress(content) if compression == "gzip" else content
                html, encoding = decode_html(body, f"text/html; charset={charset}" if charset else None)
                yield Page(url=url, html=html, site=host, fetched_at=fetched_at, raw=body, encoding=encoding)

    counts = _store_batches(pages(), config, "reprocess", ticker=_ticker(args, config, "reprocess", len(ids)))
    print(f"reprocessed {len(ids)} stored pages: " + _summary(counts))
    return 0
