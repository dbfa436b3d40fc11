"""Attribution signals: pure functions ``(ctx) -> list[Evidence]``, each reading one kind of clue.

Every clue carries named features (``crawler.attribution.features``); none decides alone: the model scores
each clue and resolution combines them per outlet.
"""

from __future__ import annotations

from collections.abc import Callable

from crawler.attribution.context import AttributionContext
from crawler.attribution.signals.bylines import bylines
from crawler.attribution.signals.cue_values import cue_values
from crawler.attribution.signals.datelines import datelines, signoffs
from crawler.attribution.signals.declared import declared
from crawler.attribution.signals.links import links_and_logos
from crawler.attribution.signals.own_site import own_site
from crawler.attribution.signals.text_names import text_names
from crawler.attribution.signals.url_slug import url_slug
from crawler.items import Evidence

Signal = Callable[[AttributionContext], list[Evidence]]

SIGNALS: tuple[Signal, ...] = (
    own_site,
    text_names,
    cue_values,
    links_and_logos,
    declared,
    datelines,
    signoffs,
    bylines,
    url_slug,
)

__all__ = [
    "SIGNALS",
    "Signal",
    "bylines",
    "cue_values",
    "datelines",
    "declared",
    "links_and_logos",
    "own_site",
    "signoffs",
    "text_names",
    "url_slug",
]
