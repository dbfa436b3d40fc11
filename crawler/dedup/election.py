"""Which copy of a story is the original, and how late each copy was.

The evidence, strongest first (issue 5 §3):
1. ``own_site``: a copy found on the credited outlet's own site beats everything.
2. ``credit_agreement``: the outlet most copies credit; its earliest copy stands for the original.
3. ``earliest_published``: the earliest publication time.
4. ``earliest_fetched``: the earliest fetch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from crawler.dedup.urls import registered_domain


@dataclass(frozen=True, slots=True)
class CopyInfo:
    """What election needs to know about one copy of a story."""

    site_host: str  # where the copy was found
    outlet: str | None  # the outlet the copy is credited to (name or id as text), None when unknown
    outlet_domain: str | None  # that outlet's own domain, when known
    published_at: datetime | None
    fetched_at: datetime
    # Attribution already established that the copy sits on its outlet's own site (also where the site's
    # host is not the registry domain, e.g. a site profile that names its outlet).
    own_site: bool = False


@dataclass(frozen=True, slots=True)
class Election:
    index: int  # the elected original in the copies given
    method: str  # own_site | credit_agreement | earliest_published | earliest_fetched
    outlet: str | None  # the story's origin outlet


def is_own_site(copy: CopyInfo) -> bool:
    if copy.own_site:
        return True
    if not copy.outlet_domain:
        return False
    own = registered_domain(copy.outlet_domain)
    return bool(own) and own == registered_domain(copy.site_host)


def _earliest(copies: Sequence[CopyInfo], indexes: Sequence[int]) -> int:
    # Published time first (unknown last), then fetch time, then arrival order: a stable choice.
    return min(
        indexes,
        key=lambda i: (
            copies[i].published_at is None,
            copies[i].published_at or copies[i].fetched_at,
            copies[i].fetched_at,
            i,
        ),
    )


def _most_credited(copies: Sequence[CopyInfo], indexes: Sequence[int]) -> str | None:
    counts = Counter(copies[i].outlet for i in indexes if copies[i].outlet)
    if not counts:
        return None
    best = max(counts.values())
    tied = {o for o, n in counts.items() if n == best}
    # A tie goes to the outlet whose earliest credited copy came first.
    return copies[_earliest(copies, [i for i in indexes if copies[i].outlet in tied])].outlet


def elect_original(copies: Sequence[CopyInfo]) -> Election:
    if not copies:
        raise ValueError("a story without copies has no original")
    everyone = range(len(copies))
    own = [i for i in everyone if is_own_site(copies[i])]
    if own:
        # Several outlets' own copies (a wire story on two outlet sites): the credits decide, then time.
        outlet = _most_credited(copies, everyone)
        pool = [i for i in own if copies[i].outlet == outlet] or own
        winner = _earliest(copies, pool)
        return Election(winner, "own_site", copies[winner].outlet)
    outlet = _most_credited(copies, everyone)
    if outlet is not None:
        winner = _earliest(copies, [i for i in everyone if copies[i].outlet == outlet])
        return Election(winner, "credit_agreement", outlet)
    if any(c.published_at for c in copies):
        winner = _earliest(copies, everyone)
        return Election(winner, "earliest_published", copies[winner].outlet)
    winner = min(everyone, key=lambda i: (copies[i].fetched_at, i))
    return Election(winner, "earliest_fetched", copies[winner].outlet)


def republication_lags(copies: Sequence[CopyInfo], original: int) -> list[int | None]:
    """Seconds each copy appeared after the original: publication times when both have one, else fetch
    times. Negative when a copy claims an earlier time than the elected original (kept, not hidden)."""
    ref = copies[original]
    lags: list[int | None] = []
    for i, c in enumerate(copies):
        if i == original:
            lags.append(0)
        elif c.published_at and ref.published_at:
            lags.append(round((c.published_at - ref.published_at).total_seconds()))
        else:
            lags.append(round((c.fetched_at - ref.fetched_at).total_seconds()))
    return lags
