"""Backoff policy (crawler.backoff): Retry-After parsing, exponential pauses with jitter, giving up."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from crawler.backoff import Backoff, parse_retry_after

NOW = datetime(2026, 12, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (b"60", 60.0),
        (" 5 ", 5.0),
        ("Tue, 01 Dec 2026 12:00:30 GMT", 30.0),
        ("Tuesday, 01-Dec-26 12:01:00 GMT", 60.0),  # RFC 850 form
        ("Tue, 01 Dec 2026 11:00:00 GMT", 0.0),  # in the past: no wait
        ("soon", None),
        ("-5", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | bytes | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_pauses_double_with_jitter_and_reset_on_success() -> None:
    b = Backoff(base=1.0, cap=8.0, max_failures=20, rng=random.Random(7))
    pauses = [b.failed("h", 0.0, "503").wait for _ in range(6)]
    steps = [1, 2, 4, 8, 8, 8]
    assert all(step / 2 <= p <= step for p, step in zip(pauses, steps, strict=True)), pauses
    assert len(set(pauses)) == len(pauses)  # jittered
    b.succeeded("h")
    assert b.failed("h", 0.0, "503").wait <= 1.0
    assert b.wait("other", 0.0) == 0.0  # per host


def test_retry_after_is_the_pause_and_the_host_waits() -> None:
    b = Backoff()
    verdict = b.failed("h", 100.0, "429", retry_after=42.0)
    assert verdict.wait == 42.0 and verdict.give_up is None
    assert b.wait("h", 110.0) == pytest.approx(32.0)


def test_giving_up() -> None:
    b = Backoff(max_failures=3, max_retry_after=300)
    assert b.failed("h", 0, "503").give_up is None
    assert b.failed("h", 0, "503").give_up is None
    assert (
        b.failed("h", 0, "503 on /x").give_up
        == "h kept failing: 3 requests in a row failed (last: 503 on /x)"
    )
    long = Backoff(max_retry_after=300).failed("h", 0, "429", retry_after=3600)
    assert long.give_up is not None and "asked to wait 3600 s" in long.give_up
