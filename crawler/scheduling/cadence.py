"""Adaptive crawl cadence: each site settles at an interval where a run finds some, but not only, new items.

Multiplicative increase/decrease in the spirit of Media Cloud's feed poller: when almost nothing on the
site's feeds/listings is new, wait twice as long next time; when most of it is new (we are likely missing
items that scrolled off), poll twice as often. Between the two thresholds the interval stays put, which keeps
it from oscillating. With a listing of N items and stories arriving at rate r per second, the interval I
settles where LOW_NEW_RATIO * N <= r * I <= HIGH_NEW_RATIO * N, always within the profile's bounds.
Pure functions: no clock, no I/O.
"""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.sites.profile import Cadence

LOW_NEW_RATIO = 0.1  # at or below this share of new items, back off
HIGH_NEW_RATIO = 0.5  # at or above this share of new items, speed up
BACKOFF_FACTOR = 2.0
SPEEDUP_FACTOR = 0.5
# A site counts as due up to this many seconds early (at most a tenth of its interval): cron/timer ticks and
# run start-up jitter by a few seconds, and without slack an interval equal to the tick period would run
# only every other tick.
DUE_SLACK_SECONDS = 30


def clamp_interval(seconds: float, bounds: Cadence) -> int:
    """``seconds`` rounded and held within ``[bounds.min, bounds.max]``."""
    low, high = min(bounds.min, bounds.max), max(bounds.min, bounds.max)
    return max(low, min(high, round(seconds)))


def next_interval(current: int, new_items: int, seen_items: int, bounds: Cadence) -> int:
    """The interval (seconds) to wait before the next run, given what the last successful run found.

    ``seen_items``: article links the run discovered (feeds, sitemaps, listings); ``new_items``: how many of
    them were not stored yet. A run that saw nothing backs off too (an empty or quiet site; a failing one
    should not be polled harder). ``current`` <= 0 means "no interval yet" and starts from the default.
    """
    if new_items < 0 or seen_items < 0:
        raise ValueError(f"item counts must be >= 0 (new={new_items}, seen={seen_items})")
    base = clamp_interval(current if current > 0 else bounds.default, bounds)
    if seen_items == 0:
        return clamp_interval(base * BACKOFF_FACTOR, bounds)
    # new > seen happens when one run's counters overlap (e.g. the same link in a feed and a listing).
    ratio = min(1.0, new_items / seen_items)
    if ratio <= LOW_NEW_RATIO:
        return clamp_interval(base * BACKOFF_FACTOR, bounds)
    if ratio >= HIGH_NEW_RATIO:
        return clamp_interval(base * SPEEDUP_FACTOR, bounds)
    return base


def _as_utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone-aware columns; we only ever store UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def is_due(
    last_success_at: datetime | None,
    interval: int,
    now: datetime,
    slack: int = DUE_SLACK_SECONDS,
) -> bool:
    """Whether a site whose last successful run started at ``last_success_at`` should run at ``now``.

    Never run: due. A last success more than one interval in the future means the stored time is wrong
    (clock moved back, another host's clock is off): due, rather than never again.
    """
    if last_success_at is None:
        return True
    elapsed = (_as_utc(now) - _as_utc(last_success_at)).total_seconds()
    if elapsed < -max(interval, 0):
        return True
    # The slack never exceeds a tenth of the interval, so short intervals are not cut by much.
    return elapsed >= interval - min(slack, interval / 10)
