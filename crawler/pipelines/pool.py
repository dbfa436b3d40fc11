"""Page processing off the reactor: extraction, cleaning, attribution, the fingerprint and the raw page's gzip
run in worker processes (CPU-bound Python holds the GIL: threads would only take turns with the reactor).

One pool per crawler process, shared by every site crawled in it. A site's pages always go to the same worker,
which keeps that site's learned template: one site's pages are cleaned in the order they arrive, as they were
when processing ran on the reactor. In-flight pages are bounded (``slots``): a page waiting for a slot holds its
response in Scrapy's scraper, which stops the downloader when too much is waiting (back-pressure).
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.defer import Deferred, DeferredSemaphore

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.template import SiteTemplate
from crawler.dedup.fingerprint import fingerprint
from crawler.items import Article, Page
from crawler.processing import process_page
from crawler.sites.profile import SiteProfile

T = TypeVar("T")
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


def _start(registry: OutletRegistry) -> None:
    global _state
    _state = _WorkerState(registry)


def _worker() -> _WorkerState:
    if _state is None:
        raise RuntimeError("not a processing worker")
    return _state


def _process(page: Page, profile: SiteProfile | None, host: str) -> Outcome:
    state = _worker()
    return process(page, profile, state.registry, state.templates.setdefault(host, SiteTemplate()))


def _give_templates(templates: dict[str, SiteTemplate]) -> None:
    for host, template in templates.items():
        _worker().templates.setdefault(host, template)  # a template already learning here stays


def _take_templates(hosts: list[str]) -> dict[str, SiteTemplate]:
    state = _worker()
    return {h: state.templates[h] for h in hosts if h in state.templates}


def default_workers() -> int:
    """One worker per core, less one for the reactor and the writer; at least one."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


class ProcessingPool:
    def __init__(self, workers: int) -> None:
        self.size = workers
        self.executors: list[ProcessPoolExecutor] = []
        self.slots = DeferredSemaphore(4 * workers)

    @property
    def started(self) -> bool:
        return bool(self.executors)

    def start(self, registry: OutletRegistry) -> None:
        """Start the workers with the outlet registry (the first site to open brings it)."""
        if self.executors:
            return
        # Spawned, not forked: the crawler process has threads (the writer's, the resolver's).
        ctx = multiprocessing.get_context("spawn")
        self.executors = [
            ProcessPoolExecutor(1, mp_context=ctx, initializer=_start, initargs=(registry,))
            for _ in range(self.size)
        ]
        reactor.addSystemEventTrigger("after", "shutdown", self.shutdown)

    def _for(self, host: str) -> ProcessPoolExecutor:
        return self.executors[zlib.crc32(host.encode()) % len(self.executors)]

    async def process(self, page: Page, profile: SiteProfile | None, host: str) -> Outcome:
        await maybe_deferred_to_future(self.slots.acquire())
        try:
            return await _wait(self._for(host).submit(_process, page, profile, host))
        finally:
            self.slots.release()

    async def give_templates(self, templates: dict[str, SiteTemplate]) -> None:
        for host, template in templates.items():
            await _wait(self._for(host).submit(_give_templates, {host: template}))

    async def take_templates(self, hosts: Iterable[str]) -> dict[str, SiteTemplate]:
        out: dict[str, SiteTemplate] = {}
        for host in hosts:
            out.update(await _wait(self._for(host).submit(_take_templates, [host])))
        return out

    def shutdown(self) -> None:
        for executor in self.executors:
            executor.shutdown(wait=True, cancel_futures=True)
        self.executors = []


async def _wait(future: Future[T]) -> T:
    """The worker's result, awaited on the reactor."""
    d: Deferred[T] = Deferred()

    def done(f: Future[T]) -> None:
        exc = f.exception()
        if exc is not None:
            reactor.callFromThread(d.errback, exc)
        else:
            reactor.callFromThread(d.callback, f.result())

    future.add_done_callback(done)
    return await maybe_deferred_to_future(d)


@cache
def processing_pool(workers: int) -> ProcessingPool:
    """The crawler process's pool (one per process, like the writer thread)."""
    return ProcessingPool(workers)
