"""Page processing off the reactor: extraction, cleaning, attribution, the fingerprint and the raw page's gzip
run in worker processes (CPU-bound Python holds the GIL: threads would only take turns with the reactor).

One pool per crawler process, shared by every site crawled in it. A site's pages always go to the same worker,
which keeps that site's learned template: one site's pages are cleaned in the order they arrive, as they were
when processing ran on the reactor. In-flight pages are bounded (``slots``): a page waiting for a slot holds its
response in Scrapy's scraper, which stops the downloader when too much is waiting (back-pressure).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from typing import TypeVar

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.defer import Deferred, DeferredSemaphore

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.template import SiteTemplate
from crawler.items import Page
from crawler.pipelines import worker
from crawler.pipelines.worker import Outcome
from crawler.sites.profile import SiteProfile

T = TypeVar("T")
logger = logging.getLogger(__name__)


def default_workers() -> int:
    """One worker per core, less one for the reactor and the writer; at least one."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


class ProcessingPool:
    def __init__(self, workers: int) -> None:
        self.size = workers
        self.executors: list[ProcessPoolExecutor] = []
        self.registry: OutletRegistry | None = None
        self.slots = DeferredSemaphore(4 * workers)

    def start(self, registry: OutletRegistry) -> None:
        """Start the workers with the outlet registry (the first site to open brings it)."""
        if self.executors:
            return
        self.registry = registry
        self.executors = [self._executor() for _ in range(self.size)]
        reactor.addSystemEventTrigger("after", "shutdown", self.shutdown)

    def _executor(self) -> ProcessPoolExecutor:
        # Spawned, not forked: the crawler process has threads (the writer's, the resolver's).
        ctx = multiprocessing.get_context("spawn")
        # The bundled registry is loaded by the worker itself. Sent along, its 450 KB pickle held the reactor in
        # the spawn's pipe write until the new process had imported everything and read it (seconds, on a
        # loaded machine); only a registry with operator additions is sent.
        registry = None if self.registry is OutletRegistry.load_default() else self.registry
        return ProcessPoolExecutor(1, mp_context=ctx, initializer=worker.start, initargs=(registry,))

    def _index(self, host: str) -> int:
        return zlib.crc32(host.encode()) % len(self.executors)

    def _for(self, host: str) -> ProcessPoolExecutor:
        return self.executors[self._index(host)]

    async def process(self, page: Page, profile: SiteProfile | None, host: str) -> Outcome:
        await maybe_deferred_to_future(self.slots.acquire())
        i = self._index(host)
        executor = self.executors[i]
        try:
            return await _wait(executor.submit(worker.process_in_worker, page, profile, host))
        except BrokenProcessPool:
            # The worker died (killed, out of memory on some page): this page fails, a new worker takes
            # the next ones (its sites' templates start learning again).
            if self.executors[i] is executor:  # not replaced yet after another page that failed with it
                logger.error("processing worker died; starting a new one (%s not processed)", page.url)
                self.executors[i] = self._executor()
            raise
        finally:
            self.slots.release()

    async def give_templates(self, templates: dict[str, SiteTemplate]) -> None:
        for host, template in templates.items():
            await _wait(self._for(host).submit(worker.give_templates, {host: template}))

    async def take_templates(self, hosts: Iterable[str]) -> dict[str, SiteTemplate]:
        out: dict[str, SiteTemplate] = {}
        for host in hosts:
            out.update(await _wait(self._for(host).submit(worker.take_templates, [host])))
        return out

    def shutdown(self, grace: float = 30.0) -> None:
        """Stop the workers; one still there ``grace`` seconds later is killed, so a run always ends (a worker
        process that hung at exit once kept a finished fleet worker alive for minutes)."""
        for executor in self.executors:
            handles = list((executor._processes or {}).values())  # private: there is no public handle
            executor.shutdown(wait=False, cancel_futures=True)
            deadline = time.monotonic() + grace
            for proc in handles:
                proc.join(max(0.0, deadline - time.monotonic()))
                if not proc.is_alive():
                    continue
                state = _process_state(proc.pid)
                # A worker whose Python already finished (its main thread a zombie while the kernel tears the
                # rest down, seen on a loaded machine) has exited: killing it only ends the wait. One still
                # running Python is hung, and said so.
                if state not in ("Z", "X", "gone"):
                    logger.warning(
                        "processing worker %s did not exit within %.0f s (state %s); killed",
                        proc.pid,
                        grace,
                        state,
                    )
                proc.kill()
                proc.join(5)
        self.executors = []


def _process_state(pid: int) -> str:
    """The kernel's one-letter state of a process (R, S, D, Z, ...), or "gone"."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return "gone"
    # "pid (comm) S ...": comm may hold spaces and parentheses, the state follows the last ")".
    return stat[stat.rindex(b")") + 2 :][:1].decode() or "?"


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
