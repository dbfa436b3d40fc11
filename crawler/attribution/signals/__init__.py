"""Attribution signals: pure functions ``(ctx) -> list[Evidence]``, each reading one kind of clue."""

from __future__ import annotations

from collections.abc import Callable

from crawler.attribution.context import AttributionContext
from crawler.attribution.signals.arabic_credits import arabic_credits
from crawler.attribution.signals.bylines import bylines
from crawler.attribution.signals.datelines import datelines
from crawler.attribution.signals.english_credits import english_credits
from crawler.attribution.signals.links import links_and_meta
from crawler.attribution.signals.own_site import own_site
from crawler.attribution.signals.url_slug import url_slug
from crawler.items import Evidence

Signal = Callable[[AttributionContext], list[Evidence]]

SIGNALS: tuple[Signal, ...] = (
    own_site,
    arabic_credits,
    english_credits,
    datelines,
    bylines,
    links_and_meta,
    url_slug,
)

__all__ = [
    "SIGNALS",
    "Signal",
    "arabic_credits",
    "bylines",
    "datelines",
    "english_credits",
    "links_and_meta",
    "own_site",
    "url_slug",
]
