"""Which copy of a story is the original, who published it, and how late each copy was.

The story's outlet is the best evidence across all copies: a copy on the outlet's own site outweighs any
credit, credits add up by their confidence. The original is then the outlet's own page when it is among the
copies, recognised by identity, never by time alone (a copy may claim an earlier time than the original):
1. ``own_site``: a copy on the credited outlet's own site (registered domain, or attribution said so);
2. ``pointed_at``: the page other copies name as the original (their ``original_url``);
3. ``site_identity``: a page whose site calls itself by the credited outlet's name (an outlet the registry
   does not know yet);
4. ``credit_agreement``: else the earliest copy crediting the story's outlet;
5. ``earliest_published`` / ``earliest_fetched``: no credit anywhere.
A copy whose canonical points at another site's page (a declared copy) is never elected while another is left.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from crawler.dedup.urls import registered_domain
from crawler.outlets.normalize import normalize_name

_SCHEME = re.compile(r"^https?://(?:www\.)?")
OWN_SITE_WEIGHT = 2.0  # an outlet's own copy counts as much as two confident credits
MIN_CREDIT_WEIGHT = 0.3


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
    url: str = ""  # the copy's own (canonical) URL
    original_url: str | None = None  # the original the copy points at (a link, isBasedOn, its canonical)
    site_name: str | None = None  # how the copy's own site calls itself (og:site_name, JSON-LD publisher)
    outlet_name: str | None = None  # the credited outlet's name (``outlet`` may be an id)
    confidence: float = 1.0  # attribution's confidence in ``outlet``


@dataclass(frozen=True, slots=True)
class Election:
    index: int  # the elected original in the copies given
    method: str  # own_site | pointed_at | site_identity | credit_agreement | earliest_published | earliest_fetched
    outlet: str | None  # the story's origin outlet
    original_url: str | None = None  # the original's URL when known (the elected page, or what copies credit)


def _norm(url: str | None) -> str:
    return _SCHEME.sub("", (url or "").strip().lower()).rstrip("/")


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


def _story_outlet(copies: Sequence[CopyInfo]) -> str | None:
    """The outlet with the most weight of evidence: own copies count double, credits by their confidence;
    a tie goes to the outlet whose earliest copy came first."""
    weight: dict[str, float] = defaultdict(float)
    for c in copies:
        if c.outlet:
            weight[c.outlet] += OWN_SITE_WEIGHT if is_own_site(c) else max(c.confidence, MIN_CREDIT_WEIGHT)
    if not weight:
        return None
    best = max(weight.values())
    tied = {o for o, w in weight.items() if w >= best - 1e-9}
    pool = [i for i, c in enumerate(copies) if c.outlet in tied]
    return copies[_earliest(copies, pool)].outlet


def _declared_copy(copies: Sequence[CopyInfo], i: int) -> bool:
    """The copy's canonical/original link names another site's page: it says itself that it is a copy."""
    c = copies[i]
    if not c.original_url:
        return False
    return registered_domain(c.original_url) != registered_domain(c.site_host)


def elect_original(copies: Sequence[CopyInfo]) -> Election:
    if not copies:
        raise ValueError("a story without copies has no original")
    everyone = range(len(copies))
    outlet = _story_outlet(copies)
    credited = [i for i in everyone if outlet is not None and copies[i].outlet == outlet]
    domains = {registered_domain(copies[i].outlet_domain) for i in credited if copies[i].outlet_domain}
    names = {normalize_name(n) for i in credited if (n := copies[i].outlet_name)}

    own = [i for i in credited if is_own_site(copies[i])]
    if not own and domains:
        own = [i for i in everyone if registered_domain(copies[i].site_host) in domains]
    if own:
        winner = _earliest(copies, own)
        return Election(winner, "own_site", outlet, copies[winner].url or None)

    pointed = {_norm(copies[i].original_url) for i in credited if copies[i].original_url}
    named_by_others = [i for i in everyone if copies[i].url and _norm(copies[i].url) in pointed]
    if named_by_others:
        winner = _earliest(copies, named_by_others)
        return Election(winner, "pointed_at", outlet, copies[winner].url)

    if names:
        same_name = [
            i
            for i in everyone
            if copies[i].site_name
            and normalize_name(copies[i].site_name) in names
            and not _declared_copy(copies, i)
        ]
        if same_name:
            winner = _earliest(copies, same_name)
            return Election(winner, "site_identity", outlet, copies[winner].url or None)

    if credited:
        pool = [i for i in credited if not _declared_copy(copies, i)] or credited
        winner = _earliest(copies, pool)
        return Election(winner, "credit_agreement", outlet, _credited_url(copies, credited))
    pool = [i for i in everyone if not _declared_copy(copies, i)] or list(everyone)
    if any(copies[i].published_at for i in pool):
        winner = _earliest(copies, pool)
        return Election(winner, "earliest_published", copies[winner].outlet)
    winner = min(pool, key=lambda i: (copies[i].fetched_at, i))
    return Election(winner, "earliest_fetched", copies[winner].outlet)


def _credited_url(copies: Sequence[CopyInfo], credited: Sequence[int]) -> str | None:
    """The original URL most copies crediting the outlet point at (the most confident on a tie)."""
    votes: dict[str, float] = defaultdict(float)
    first: dict[str, str] = {}
    for i in credited:
        url = copies[i].original_url
        if url:
            votes[_norm(url)] += copies[i].confidence
            first.setdefault(_norm(url), url)
    if not votes:
        return None
    return first[max(votes, key=lambda k: votes[k])]


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
