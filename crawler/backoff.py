"""Backing off from a struggling site (pure: the caller passes the clock and the random source).

A site that answers 429 or 503 asks us to slow down, and often says for how long (``Retry-After``, seconds
or an HTTP date). Without a date, each failure in a row doubles the pause (exponential backoff), with jitter
so that many crawlers do not come back at the same instant. A site that keeps failing ends the run early: a
scheduler will try again at its next slot, which is kinder to the site and clearer in the ledger than
hammering it until every request has used up its retries.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# Statuses that mean "the site is in trouble or wants fewer requests", as opposed to an answer about a page.
TROUBLE_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
RETRY_AFTER_STATUSES = frozenset({429, 503})


def parse_retry_after(value: str | bytes | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP-date, RFC 9110 10.2.3)."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


@dataclass(slots=True)
class HostState:
    failures: int = 0  # in a row
    not_before: float = 0.0  # clock value before which no request goes to the host
    last_failure: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    wait: float  # seconds before the next request to the host
    give_up: str | None = None  # why the run should end now, or None


@dataclass(slots=True)
class Backoff:
    """Per-host backoff state and policy.

    base, cap: the exponential pause after the n-th failure in a row is ``min(cap, base * 2**(n-1))``, drawn
    between half and all of it ("equal jitter"). max_failures: failures in a row after which the site is
    given up for this run. max_retry_after: the longest ``Retry-After`` honoured within a run; a site asking
    for more is given up (its wish is honoured by not coming back this run).
    """

    base: float = 1.0
    cap: float = 60.0
    max_failures: int = 8
    max_retry_after: float = 300.0
    rng: random.Random = field(default_factory=random.Random)
    hosts: dict[str, HostState] = field(default_factory=dict)

    def state(self, host: str) -> HostState:
        return self.hosts.setdefault(host, HostState())

    def wait(self, host: str, now: float) -> float:
        """Seconds a request to ``host`` must wait before going out."""
        state = self.hosts.get(host)
        return max(0.0, state.not_before - now) if state else 0.0

    def succeeded(self, host: str) -> None:
        state = self.hosts.get(host)
        if state is not None:
            state.failures = 0

    def failed(self, host: str, now: float, what: str, retry_after: float | None = None) -> Verdict:
        state = self.state(host)
        state.failures += 1
        state.last_failure = what
        if retry_after is not None and retry_after > self.max_retry_after:
            return Verdict(
                retry_after,
                f"{host} asked to wait {retry_after:.0f} s (Retry-After on {what}), more than the "
                f"{self.max_retry_after:.0f} s a run waits (NEWSCRAWL_MAX_RETRY_AFTER)",
            )
        if state.failures >= self.max_failures:
            return Verdict(
                0.0, f"{host} kept failing: {state.failures} requests in a row failed (last: {what})"
            )
        if retry_after is not None:
            pause = retry_after
        else:
            step = min(self.cap, self.base * 2 ** (state.failures - 1))
            pause = self.rng.uniform(step / 2, step)
        state.not_before = max(state.not_before, now + pause)
        return Verdict(pause)
