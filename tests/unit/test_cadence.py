"""Adaptive cadence: multiplicative back-off/speed-up within the profile's bounds, and the due check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.scheduling.cadence import (
    DUE_SLACK_SECONDS,
    clamp_interval,
    is_due,
    next_interval,
)
from crawler.sites.profile import Cadence

BOUNDS = Cadence(default=900, min=300, max=6 * 3600)
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_almost_nothing_new_backs_off() -> None:
    assert next_interval(900, new_items=1, seen_items=40, bounds=BOUNDS) == 1800
    assert next_interval(900, new_items=0, seen_items=40, bounds=BOUNDS) == 1800


def test_mostly_new_speeds_up() -> None:
    assert next_interval(1800, new_items=30, seen_items=40, bounds=BOUNDS) == 900
    assert next_interval(1800, new_items=20, seen_items=40, bounds=BOUNDS) == 900  # exactly the threshold


def test_some_new_keeps_the_interval() -> None:
    assert next_interval(1200, new_items=10, seen_items=40, bounds=BOUNDS) == 1200


def test_zero_items_seen_backs_off() -> None:
    assert next_interval(900, new_items=0, seen_items=0, bounds=BOUNDS) == 1800


def test_clamped_to_max_and_min() -> None:
    assert next_interval(5 * 3600, 0, 50, BOUNDS) == BOUNDS.max
    assert next_interval(BOUNDS.max, 0, 0, BOUNDS) == BOUNDS.max
    assert next_interval(400, 50, 50, BOUNDS) == BOUNDS.min
    assert next_interval(BOUNDS.min, 50, 50, BOUNDS) == BOUNDS.min


def test_current_outside_bounds_is_brought_back_first() -> None:
    # A stored interval from before a profile change: the new bounds win even when the ratio says "keep".
    assert next_interval(10, 10, 40, BOUNDS) == BOUNDS.min
    assert next_interval(10**9, 10, 40, BOUNDS) == BOUNDS.max


def test_no_current_interval_starts_from_default() -> None:
    assert next_interval(0, 10, 40, BOUNDS) == BOUNDS.default
    assert next_interval(-5, 0, 40, BOUNDS) == 2 * BOUNDS.default


def test_more_new_than_seen_counts_as_all_new() -> None:
    assert next_interval(900, new_items=60, seen_items=40, bounds=BOUNDS) == 450


def test_negative_counts_are_rejected() -> None:
    with pytest.raises(ValueError):
        next_interval(900, -1, 10, BOUNDS)
    with pytest.raises(ValueError):
        next_interval(900, 1, -10, BOUNDS)


def test_result_is_always_an_int_within_bounds() -> None:
    odd = Cadence(default=333, min=101, max=1001)
    for current in (1, 101, 333, 555, 1001, 5000):
        for new, seen in ((0, 0), (0, 7), (1, 7), (3, 7), (7, 7)):
            got = next_interval(current, new, seen, odd)
            assert isinstance(got, int)
            assert odd.min <= got <= odd.max


@pytest.mark.parametrize("start", [BOUNDS.min, BOUNDS.default, BOUNDS.max])
def test_converges_to_a_steady_interval_for_a_steady_site(start: int) -> None:
    # A listing of 40 items, 1 new story every 120 s: the interval settles where 10-50% of the listing is new.
    interval = start
    history = []
    for _ in range(20):
        new = min(40, interval // 120)
        interval = next_interval(interval, new, 40, BOUNDS)
        history.append(interval)
    assert len(set(history[-5:])) == 1
    assert 0.1 * 40 < history[-1] / 120 < 0.5 * 40


def test_inverted_bounds_do_not_crash() -> None:
    assert clamp_interval(50, Cadence(default=100, min=600, max=300)) == 300


def test_never_run_is_due() -> None:
    assert is_due(None, 900, NOW)


def test_due_once_the_interval_has_elapsed() -> None:
    assert is_due(NOW - timedelta(seconds=900), 900, NOW)
    assert is_due(NOW - timedelta(hours=5), 900, NOW)
    assert not is_due(NOW - timedelta(seconds=600), 900, NOW)
    assert not is_due(NOW, 900, NOW)


def test_slack_absorbs_tick_jitter() -> None:
    # Last run started 1.5 s after a cron tick; the next tick is 298.5 s later: still due.
    assert is_due(NOW - timedelta(seconds=298.5), 300, NOW)
    assert is_due(NOW - timedelta(seconds=300 - DUE_SLACK_SECONDS), 300, NOW)
    assert not is_due(NOW - timedelta(seconds=300 - DUE_SLACK_SECONDS - 1), 300, NOW)
    assert not is_due(NOW - timedelta(seconds=298.5), 300, NOW, slack=0)


def test_slack_is_at_most_a_tenth_of_the_interval() -> None:
    assert not is_due(NOW - timedelta(seconds=50), 60, NOW)
    assert is_due(NOW - timedelta(seconds=54), 60, NOW)


def test_naive_datetimes_are_read_as_utc() -> None:
    # SQLite returns naive datetimes; they are UTC in our database.
    naive_last = (NOW - timedelta(seconds=1000)).replace(tzinfo=None)
    assert is_due(naive_last, 900, NOW)
    assert not is_due(naive_last, 1200, NOW)
    assert is_due(naive_last, 900, NOW.replace(tzinfo=None))


def test_offsets_are_compared_as_instants() -> None:
    cairo = timezone(timedelta(hours=3))
    last = (NOW - timedelta(seconds=1000)).astimezone(cairo)
    assert is_due(last, 900, NOW)
    assert not is_due(last, 1200, NOW)


def test_last_success_far_in_the_future_is_due() -> None:
    assert not is_due(NOW + timedelta(seconds=60), 900, NOW)  # small skew: wait
    assert is_due(NOW + timedelta(days=1), 900, NOW)  # nonsense timestamp: do not stall forever
