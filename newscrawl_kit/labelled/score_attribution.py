"""Scoring attribution on the layout set: per page through ``process_page`` (what ``newscrawl extract`` runs),
per story through a real ``newscrawl ingest`` into SQLite and ``newscrawl stories --json``.

Figures (each reported for held-out and tuning layouts apart):
- credited accuracy: the right outlet (by normalised name or registrable domain) on copies that credit one;
- uncredited wrong: copies that credit nobody but got an outlet anyway (the target is zero);
- original URL: right on the pages that expose it;
- chrome: copies whose extracted body holds any of the page's chrome texts (related titles, credit box, ...);
- story origin: stories whose origin outlet is right; original elected: stories with an original page whose
  elected original is that page.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.dedup.urls import registered_domain
from crawler.items import Page
from crawler.outlets.normalize import normalize_name
from crawler.outlets.registry import OutletRegistry
from newscrawl_kit.labelled.layout_set import LabelledPage

_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class PageOutcome:
    page: LabelledPage
    outlet: str | None
    domain: str | None
    original_url: str | None
    confidence: float
    method: str
    body: str
    chrome_left: list[str] = field(default_factory=list)

    @property
    def outlet_right(self) -> bool:
        return outlet_matches(self.page, self.outlet, self.domain)

    @property
    def url_right(self) -> bool:
        return same_url(self.original_url, self.page.source.article_url)


@dataclass(slots=True)
class Figures:
    """Page-level counts for one group of pages."""

    copies: int = 0
    credited: int = 0
    credited_right: int = 0
    uncredited: int = 0
    uncredited_wrong: int = 0
    url_pages: int = 0
    url_right: int = 0
    url_wrong: int = 0  # an original URL given where the page exposes none, or a wrong one
    chrome_pages: int = 0
    originals: int = 0
    originals_right: int = 0
    per_family: Counter[str] = field(default_factory=Counter)
    per_family_right: Counter[str] = field(default_factory=Counter)
    per_layout: Counter[str] = field(default_factory=Counter)
    per_layout_right: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.credited_right / self.credited if self.credited else 0.0

    @property
    def url_rate(self) -> float:
        return self.url_right / self.url_pages if self.url_pages else 0.0

    @property
    def chrome_rate(self) -> float:
        return self.chrome_pages / self.copies if self.copies else 0.0


@dataclass(slots=True)
class StoryFigures:
    stories: int = 0
    origin_right: int = 0
    with_original: int = 0
    original_elected: int = 0
    split: int = 0  # stories whose pages landed in more than one stored story
    stored_copies: int = 0  # copies stored by the ingest
    stored_chrome: int = 0  # ... whose stored body still holds chrome (site templates learned over the batch)
    stored_credited: int = 0  # stored copies that credit their outlet ...
    stored_credited_right: int = 0  # ... with the right outlet stored (site templates learned)
    failures: list[str] = field(default_factory=list)

    @property
    def origin_rate(self) -> float:
        return self.origin_right / self.stories if self.stories else 0.0

    @property
    def elected_rate(self) -> float:
        return self.original_elected / self.with_original if self.with_original else 0.0


def _norm_url(url: str | None) -> str:
    if not url:
        return ""
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.rstrip("/")


def same_url(a: str | None, b: str | None) -> bool:
    return bool(a) and _norm_url(a) == _norm_url(b)


def outlet_matches(page: LabelledPage, name: str | None, domain: str | None) -> bool:
    if not name and not domain:
        return False
    if domain and registered_domain(domain) == registered_domain(page.source.domain):
        return True
    return bool(name) and normalize_name(name) in page.source_names


def _chrome_left(page: LabelledPage, body: str) -> list[str]:
    flat = _SPACE.sub(" ", body)
    return [c for c in page.chrome if len(c) >= 20 and _SPACE.sub(" ", c).strip() in flat]


def run_pages(
    pages: Iterable[LabelledPage], registry: OutletRegistry, cache_dir: Path | None = None
) -> list[PageOutcome]:
    """Every page through the production ``process_page`` with no site profile (unseen sites); with
    ``cache_dir`` the extraction step is read from a cache of earlier runs (same pages, same code)."""
    from crawler.processing import finish_page
    from newscrawl_kit.labelled.extract_cache import extract_cached

    out = []
    now = datetime(2026, 12, 1, tzinfo=UTC)
    for p in pages:
        page = Page(url=p.url, html=p.html, site=p.site)
        result = finish_page(page, extract_cached(page, now, cache_dir), None, registry, now)
        att = result.attribution
        body = result.extracted.body
        out.append(
            PageOutcome(
                page=p,
                outlet=att.outlet if att else None,
                domain=att.domain if att else None,
                original_url=att.original_url if att else None,
                confidence=att.confidence if att else 0.0,
                method=att.method if att else "none",
                body=body,
                chrome_left=[] if p.is_original else _chrome_left(p, body),
            )
        )
    return out


def page_figures(outcomes: Iterable[PageOutcome]) -> Figures:
    f = Figures()
    for o in outcomes:
        p = o.page
        if p.is_original:
            f.originals += 1
            f.originals_right += o.outlet_right
            if not o.outlet_right:
                f.failures.append(
                    f"{p.key}: original attributed to {o.outlet!r} ({o.domain}), not {p.source.name}"
                )
            continue
        f.copies += 1
        f.chrome_pages += bool(o.chrome_left)
        if o.chrome_left:
            f.failures.append(f"{p.key}: chrome in body: {o.chrome_left[0][:70]!r}")
        family = p.family or "uncredited"
        f.per_family[family] += 1
        f.per_layout[p.layout] += 1
        if p.family is None:
            f.uncredited += 1
            wrong = o.outlet is not None and not o.outlet_right
            f.uncredited_wrong += wrong
            f.per_family_right[family] += not wrong
            f.per_layout_right[p.layout] += not wrong
            if wrong:
                f.failures.append(f"{p.key}: uncredited copy attributed to {o.outlet!r} ({o.method})")
        else:
            f.credited += 1
            f.credited_right += o.outlet_right
            f.per_family_right[family] += o.outlet_right
            f.per_layout_right[p.layout] += o.outlet_right
            if not o.outlet_right:
                f.failures.append(
                    f"{p.key}: {o.outlet!r} ({o.domain}, {o.method}, {o.confidence:.2f}), expected {p.source.name}"
                )
        if p.exposes_original_url:
            f.url_pages += 1
            f.url_right += o.url_right
            if not o.url_right:
                f.failures.append(f"{p.key}: original_url {o.original_url}, expected {p.source.article_url}")
        elif o.original_url and not o.url_right:
            f.url_wrong += 1
            f.failures.append(f"{p.key}: original_url {o.original_url} given, the page exposes none")
    return f


def story_figures(pages: Sequence[LabelledPage], workdir: Path | None = None) -> StoryFigures:
    """Ingest every page (one WARC, in a shuffled but fixed order) into a fresh SQLite database through the
    real CLI, then judge ``newscrawl stories --json`` against the truth."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from crawler.cli import main

    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        warc = Path(tmp) / "set.warc.gz"
        with warc.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for p in sorted(pages, key=lambda p: hash_key(p.key)):
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    p.url, "response", payload=io.BytesIO(p.html.encode("utf-8")), http_headers=headers
                )
                writer.write_record(record)
        env = {
            "DATABASE_URL": f"sqlite:///{Path(tmp) / 'set.db'}",
            "NEWSCRAWL_LOCK_DIR": str(Path(tmp) / "locks"),
            "NEWSCRAWL_SPOOL_DIR": str(Path(tmp) / "spool"),
        }
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            out = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()):
                main(["db", "upgrade"])
                main(["ingest", str(warc)])
            with contextlib.redirect_stdout(out):
                main(["stories", "--json"])
            exported = io.StringIO()
            with contextlib.redirect_stdout(exported):
                main(["export", "--format", "jsonl"])
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        stories = json.loads(out.getvalue())
    figures = judge_stories(pages, stories)
    by_url = {_norm_url(p.url): p for p in pages if not p.is_original}
    for line in exported.getvalue().splitlines():
        row = json.loads(line)
        page = by_url.get(_norm_url(row.get("url")))
        if page is not None:
            figures.stored_copies += 1
            if page.family is not None:
                figures.stored_credited += 1
                ok = outlet_matches(page, row.get("outlet"), row.get("outlet_domain"))
                figures.stored_credited_right += ok
                if not ok:
                    figures.failures.append(
                        f"{page.key}: stored outlet {row.get('outlet')!r}, expected {page.source.name}"
                    )
            left = _chrome_left(page, row.get("body") or "")
            figures.stored_chrome += bool(left)
            if left:
                figures.failures.append(f"{page.key}: stored body keeps chrome: {left[0][:60]!r}")
    return figures


def hash_key(key: str) -> str:
    import hashlib

    return hashlib.sha1(key.encode()).hexdigest()


def judge_stories(pages: Sequence[LabelledPage], stories: list[dict[str, Any]]) -> StoryFigures:
    by_url = {_norm_url(p.url): p for p in pages}
    story_of: dict[str, dict[str, Any]] = {}
    for s in stories:
        for a in s.get("articles", []):
            story_of[_norm_url(a["url"])] = s
    truth: dict[str, list[LabelledPage]] = defaultdict(list)
    for p in pages:
        truth[p.story_key].append(p)
    f = StoryFigures()
    for key, group in sorted(truth.items()):
        stored = [story_of.get(_norm_url(p.url)) for p in group]
        found = [s for s in stored if s is not None]
        if not found:
            continue
        ids = Counter(s["id"] for s in found)
        if len(ids) > 1:
            f.split += 1
        main_id = ids.most_common(1)[0][0]
        story = next(s for s in found if s["id"] == main_id)
        f.stories += 1
        origin = story.get("origin_outlet") or {}
        ref = group[0]
        if outlet_matches(ref, origin.get("name"), origin.get("domain")):
            f.origin_right += 1
        else:
            f.failures.append(f"story {key}: origin {origin or None}, expected {ref.source.name}")
        original = next((p for p in group if p.is_original), None)
        if original is not None:
            f.with_original += 1
            elected = [a for a in story["articles"] if a.get("is_original")]
            if elected and same_url(elected[0]["url"], original.url):
                f.original_elected += 1
            else:
                got = elected[0]["url"] if elected else None
                who = by_url.get(_norm_url(got)) if got else None
                f.failures.append(f"story {key}: elected {who.key if who else got}, expected {original.key}")
    return f
