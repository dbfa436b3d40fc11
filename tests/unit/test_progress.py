"""Progress of the commands that work through saved pages: a line every few seconds while a batch is being
processed (a batch of 100 pages takes minutes), not only when the next batch is read."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from crawler.attribution.registry import OutletRegistry
from crawler.items import Page
from crawler.processing import process_pages
from crawler.progress import Ticker


def _page(n: int) -> Page:
    words = " ".join(f"word{i}" for i in range(80))
    html = (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        f"<p>{words} number {n}.</p></article></body></html>"
    )
    return Page(
        url=f"http://blog.example/news/{n}", html=html, site="blog.example", fetched_at=datetime.now(UTC)
    )


def test_a_batch_reports_each_page_as_it_is_extracted() -> None:
    clock = iter(float(t) for t in range(100))
    stream = io.StringIO()
    ticker = Ticker("ingest", 4, every=1.0, stream=stream, clock=lambda: next(clock))
    seen: list[int] = []

    def extracted_one() -> None:
        seen.append(len(seen) + 1)
        ticker.step()

    results = process_pages(
        [(_page(n), None) for n in range(4)], OutletRegistry.load_default(), {}, extracted_one=extracted_one
    )
    assert len(results) == 4 and seen == [1, 2, 3, 4]
    # The clock moves a second per reading, so each step is due a line: written during the batch.
    lines = stream.getvalue().splitlines()
    assert [line.split(", ")[0] for line in lines] == [
        f"ingest: {n}/4 pages ({25 * n}%)" for n in range(1, 5)
    ]
