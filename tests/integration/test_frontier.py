"""The claiming frontier on a real Redis (its own key prefix): nothing popped is lost, nothing new is skipped."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from redis import Redis

from crawler.distributed.frontier import Frontier
from tests.integration.fleet import REDIS_URL, drop_prefix, need_redis


@pytest.fixture
def frontier() -> Iterator[Frontier]:
    need_redis()
    prefix = f"nctest-{uuid.uuid4().hex[:10]}:"
    try:
        yield Frontier(Redis.from_url(REDIS_URL), prefix)
    finally:
        drop_prefix(REDIS_URL, prefix)


def test_a_pop_is_a_claim_until_released(frontier: Frontier) -> None:
    frontier.start_run("s", 7, "owner", [(None, 0.0, b"feed")])
    frontier.heartbeat("w1")
    claim = frontier.pop("s", "w1")
    assert claim is not None and claim.data == b"feed"
    assert frontier.pending("s") == (0, 1)  # not in the queue, not gone either
    assert frontier.try_finish("s", 7) is False  # claimed work keeps the run open
    frontier.ack("s", [claim.id])
    assert frontier.pending("s") == (0, 0)
    assert frontier.try_finish("s", 7) is True
    assert frontier.active_runs() == {}


def test_the_dupefilter_skips_what_was_seen_but_not_a_request_given_back(frontier: Frontier) -> None:
    frontier.start_run("s", 1, "o", [])
    assert frontier.push("s", "fp1", 0.0, b"a") is True
    assert frontier.push("s", "fp1", 0.0, b"a") is False  # seen this run
    assert frontier.push("s", None, 0.0, b"again") is True  # dont_filter
    frontier.heartbeat("w1")
    first = frontier.pop("s", "w1")
    assert first is not None
    assert frontier.release_claims("s", "w1") == 1  # the worker stops: its claim goes back, fingerprint kept
    datas = set()
    while (c := frontier.pop("s", "w2")) is not None:
        datas.add(c.data)
    assert datas == {b"a", b"again"}


def test_a_dead_workers_claims_come_back_after_the_visibility_timeout(frontier: Frontier) -> None:
    frontier.start_run("s", 1, "o", [(None, 0.0, b"x"), (None, 0.0, b"y")])
    frontier.heartbeat("dead")
    frontier.heartbeat("alive")
    frontier.join("s", "dead")
    frontier.join("s", "alive")
    assert frontier.pop("s", "dead") is not None
    assert frontier.pop("s", "alive") is not None
    assert frontier.reap("s", timeout=5) == (0, 2, [])  # both beat just now
    time.sleep(1.2)
    frontier.heartbeat("alive")
    returned, members, gone = frontier.reap("s", timeout=1)
    assert (returned, members, gone) == (1, 1, ["dead"])
    assert frontier.pending("s") == (1, 1)


def test_a_new_run_starts_from_nothing(frontier: Frontier) -> None:
    frontier.start_run("s", 1, "o", [("fp", 0.0, b"old")])
    frontier.heartbeat("w")
    frontier.pop("s", "w")
    frontier.start_run("s", 2, "o2", [("fp", 0.0, b"new")])
    assert frontier.pending("s") == (1, 0)
    assert frontier.run_of("s") == 2
    assert frontier.active_runs() == {"s": (2, "o2")}
