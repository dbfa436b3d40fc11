"""The processing workers' side of the pipeline, run in this process: a page comes back as the article
``process_page`` makes, with its fingerprint and gzipped raw page, and a site's template keeps learning in
the worker that owns the site."""

from __future__ import annotations

import gzip
import pickle
from datetime import UTC, datetime

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.template import SiteTemplate
from crawler.dedup.fingerprint import fingerprint
from crawler.items import Page
from crawler.pipelines import worker
from crawler.processing import process_page
from crawler.sites import profile_for_url
from newscrawl_kit.replay.web import build_demo_web

NOW = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def _pages(host: str) -> list[Page]:
    web = build_demo_web()
    out = []
    for truth in sorted(web.truth.values(), key=lambda t: t.url):
        if truth.site != host:
            continue
        resource = web.get_url(truth.url)
        assert resource is not None
        profile = profile_for_url(truth.url)
        out.append(
            Page(
                url=truth.url,
                html=resource.body.decode("utf-8"),
                site=host,
                profile=profile.name if profile else None,
                fetched_at=NOW,
                raw=resource.body,
                encoding="utf-8",
            )
        )
    return out


def test_a_worker_returns_the_article_with_its_fingerprint_and_raw_gzip() -> None:
    registry = OutletRegistry.load_default()
    pages = _pages("mogaz.test")
    assert len(pages) >= 3
    worker.start(registry)
    here = SiteTemplate()
    for page in pages:
        profile = profile_for_url(page.url)
        # Pages and profiles cross to the worker pickled; results come back the same way.
        sent = pickle.loads(pickle.dumps((page, profile)))
        outcome = pickle.loads(pickle.dumps(worker.process_in_worker(*sent, "mogaz.test")))
        expected = process_page(page, profile, registry, now=NOW, template=here).article
        assert outcome.article is not None and expected is not None
        assert (outcome.article.title, outcome.article.body) == (expected.title, expected.body)
        assert outcome.article.attribution.outlet == expected.attribution.outlet
        assert outcome.attribution_method == expected.attribution.method
        assert outcome.article.fingerprint == fingerprint(expected.title, expected.body)
        assert outcome.article.raw_gzip is not None and gzip.decompress(outcome.article.raw_gzip) == page.raw
        assert outcome.article.raw_html is None  # the gzip stands for it
    learned = worker.take_templates(["mogaz.test", "elsewhere.test"])
    assert list(learned) == ["mogaz.test"] and learned["mogaz.test"].pages == here.pages == len(pages)


def test_a_template_given_to_a_worker_does_not_replace_one_learning_there() -> None:
    worker.start(OutletRegistry.load_default())
    first, second = SiteTemplate(), SiteTemplate()
    worker.give_templates({"a.test": first})
    worker.give_templates({"a.test": second})
    assert worker.take_templates(["a.test"])["a.test"] is first


def _sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)


def test_shutdown_ends_an_idle_worker_quietly_and_kills_a_hung_one(caplog) -> None:
    """Real spawned workers: an idle one leaves at shutdown without a word; one stuck in a page past the grace
    is killed and said so, so a run always ends."""
    import logging
    import time

    from crawler.pipelines.pool import ProcessingPool, _process_state

    idle, hung = ProcessingPool(1), ProcessingPool(1)
    for pool in (idle, hung):
        pool.registry = OutletRegistry.from_records([])
        pool.executors = [pool._executor()]
    idle.executors[0].submit(_sleep, 0).result(timeout=60)
    hung.executors[0].submit(_sleep, 0).result(timeout=60)  # started and answering
    hung.executors[0].submit(_sleep, 600)
    idle_pid = next(iter(idle.executors[0]._processes))
    hung_pid = next(iter(hung.executors[0]._processes))
    time.sleep(0.5)  # the long page is running in the worker

    with caplog.at_level(logging.WARNING, logger="crawler.pipelines.pool"):
        idle.shutdown(grace=20)
        assert caplog.records == []
        started = time.monotonic()
        hung.shutdown(grace=1)
    assert time.monotonic() - started < 15
    assert [r.getMessage() for r in caplog.records] == [
        f"processing worker {hung_pid} did not exit within 1 s (state S); killed"
    ]
    assert _process_state(idle_pid) == "gone" and _process_state(hung_pid) == "gone"
    assert idle.executors == [] and hung.executors == []
