"""What a processing worker process runs (``crawler.pipelines.pool`` starts them): one page through the pure
middle of the pipeline, plus the fingerprint and the raw page's gzip the writer would otherwise compute in its
transaction. Pure: no Scrapy, no Twisted, no database, so a worker imports only what processing needs."""

from __future__ import annotations

import gzip
import os
import threading
from dataclasses import dataclass, replace

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.template import SiteTemplate
from crawler.dedup.fingerprint import fingerprint
from crawler.items import Article, Page
from crawler.processing import process_page
from crawler.sites.profile import SiteProfile

RAW_GZIP_LEVEL = 6


@dataclass(slots=True)
class Outcome:
    """What the crawler needs back from one processed page."""

    article: Article | None  # None when the page is not a storable article
    skip_reason: str | None = None
    attribution_method: str | None = None


def finish(article: Article) -> Article:
    """The article with what the writer would otherwise compute in its transaction: its fingerprint and
    its raw page's gzip (which replaces the raw page: a fifth of the bytes to send back and hold)."""
    if article.raw_html is not None:
        raw = gzip.compress(article.raw_html, RAW_GZIP_LEVEL)
        article = replace(article, raw_html=None, raw_gzip=raw)
    return replace(article, fingerprint=fingerprint(article.title, article.body))


def process(
    page: Page, profile: SiteProfile | None, registry: OutletRegistry, template: SiteTemplate | None
) -> Outcome:
    """One page through the pure middle of the pipeline (in a worker, or in this process)."""
    result = process_page(page, profile, registry, template=template)
    if result.article is None:
        return Outcome(None, result.skip_reason)
    return Outcome(finish(result.article), None, result.article.attribution.method)


class _WorkerState:
    """Everything one worker process keeps between pages."""

    def __init__(self, registry: OutletRegistry) -> None:
        self.registry = registry
        self.templates: dict[str, SiteTemplate] = {}  # by site host


_state: _WorkerState | None = None  # one per worker process, set by its initializer


def start(registry: OutletRegistry | None) -> None:
    """The worker's initializer; ``registry`` None: the bundled one (loaded here, not sent)."""
    global _state
    _state = _WorkerState(registry if registry is not None else OutletRegistry.load_default())
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with(parent: int) -> None:
    """A crawler killed outright (SIGKILL, OOM) cannot stop its workers: each one leaves when its parent
    is gone (it was re-parented), instead of lingering idle with its memory."""
    while os.getppid() == parent:
        threading.Event().wait(1.0)
    os._exit(0)


def _worker() -> _WorkerState:
    if _state is None:
        raise RuntimeError("not a processing worker")
    return _state


def process_in_worker(page: Page, profile: SiteProfile | None, host: str) -> Outcome:
    state = _worker()
    return process(page, profile, state.registry, state.templates.setdefault(host, SiteTemplate()))


def give_templates(templates: dict[str, SiteTemplate]) -> None:
    for host, template in templates.items():
        _worker().templates.setdefault(host, template)  # a template already learning here stays


def take_templates(hosts: list[str]) -> dict[str, SiteTemplate]:
    state = _worker()
    return {h: state.templates[h] for h in hosts if h in state.templates}
