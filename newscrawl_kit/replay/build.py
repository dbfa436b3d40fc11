"""Turn stories + a republication plan into a ReplayWeb (shared by the demo web and the large generator)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from newscrawl_kit.replay.content import OUTLETS, Story
from newscrawl_kit.replay.render.base import Site, publish_site
from newscrawl_kit.replay.render.common import Copy, slugify
from newscrawl_kit.replay.render.jsnews import JsNewsSite
from newscrawl_kit.replay.render.masress import MasressSite
from newscrawl_kit.replay.render.mogaz import MogazSite
from newscrawl_kit.replay.render.oldnews import OldNewsSite
from newscrawl_kit.replay.render.outlets import outlet_num, outlet_sites
from newscrawl_kit.replay.render.worldbrief import WorldBriefSite
from newscrawl_kit.replay.web import ReplayWeb


@dataclass(frozen=True, slots=True)
class Republish:
    """One aggregator copy in a plan: which story, how it was altered, how the page credits its source."""

    story: str
    variant: str = "full"  # "full" | "truncated" | "edited"
    credit: str | None = "default"  # site-specific style; "default": the site's usual credit; None: none


AGGREGATOR_SITES: dict[str, type[Site]] = {
    "mogaz.test": MogazSite,
    "masress.test": MasressSite,
    "worldbrief.test": WorldBriefSite,
    "oldnews.test": OldNewsSite,
    "jsnews.test": JsNewsSite,
}
DEFAULT_CREDIT = {
    "mogaz.test": "footer",
    "masress.test": "slug",
    "worldbrief.test": "source",
    "oldnews.test": "source",
    "jsnews.test": "source",
}
TRUNCATED_PARAGRAPHS = 3


def variant_text(story: Story, variant: str) -> tuple[str, list[str]]:
    paragraphs = list(story.paragraphs)
    if variant == "truncated":
        return story.title, paragraphs[:TRUNCATED_PARAGRAPHS]
    if variant == "edited":
        if story.alt_lead:
            paragraphs[0] = story.alt_lead
        return story.alt_title or story.title, paragraphs
    return story.title, paragraphs


def _delay(host: str, key: str) -> timedelta:
    # Aggregators republish 17-166 minutes after the original, deterministically.
    return timedelta(minutes=17 + zlib.crc32(f"{host}|{key}".encode()) % 150)


def aggregator_num(host: str, story: Story, index: int) -> int:
    if host == "masress.test":
        return 100000 + zlib.crc32(f"masress|{story.key}".encode()) % 1800000
    base = {"mogaz.test": 48210, "jsnews.test": 900, "oldnews.test": 3100}.get(host, 1000)
    step = {"mogaz.test": 7, "oldnews.test": 3}.get(host, 1)
    return base + index * step


def assemble_web(
    stories: Iterable[Story],
    plan: Mapping[str, list[Republish]],
    today: date,
    *,
    aggregator_hosts: Mapping[str, str] | None = None,
) -> ReplayWeb:
    """Build a web: every story with an outlet on its outlet's site, plus the aggregator copies of ``plan``.

    ``aggregator_hosts`` maps a served host name to the kind of aggregator it is (default: host -> itself).
    """
    web = ReplayWeb()
    by_key = {s.key: s for s in stories}
    web.stories = dict(by_key)
    o_sites = outlet_sites()

    originals: dict[str, Copy] = {}
    per_outlet: dict[str, list[Copy]] = {k: [] for k in o_sites}
    for s in by_key.values():
        if s.outlet is None:
            continue
        site = o_sites[s.outlet]
        c = Copy(
            s,
            site.host,
            "",
            s.title,
            list(s.paragraphs),
            s.published,
            True,
            "own",
            num=outlet_num(s.key, s.outlet),
        )
        c.path = site.article_path(c)
        originals[s.key] = c
        per_outlet[s.outlet].append(c)

    kinds = dict(aggregator_hosts or {h: h for h in plan})
    for host, entries in plan.items():
        site = AGGREGATOR_SITES[kinds[host]]()
        site.host = host
        copies = []
        used: set[str] = set()
        for i, entry in enumerate(entries):
            s = by_key[entry.story]
            title, paragraphs = variant_text(s, entry.variant)
            credit = DEFAULT_CREDIT[kinds[host]] if entry.credit == "default" else entry.credit
            when = s.published if kinds[host] == "masress.test" else s.published + _delay(host, s.key)
            c = Copy(
                s,
                host,
                "",
                title,
                paragraphs,
                when,
                False,
                credit if s.outlet else None,
                num=aggregator_num(kinds[host], s, i),
                variant=entry.variant,
                original=originals.get(s.key),
                extra={"slug": slugify(title, 9)},
            )
            c.path = site.article_path(c)
            while c.path in used:  # two titles with the same slug on one day, or two equal id hashes
                c.num += 1
                c.extra["slug"] = f"{slugify(title, 9)}-{c.num}"
                c.path = site.article_path(c)
            used.add(c.path)
            copies.append(c)
        _link_next(copies)
        publish_site(web, site, copies, today)

    for key, site in o_sites.items():
        if per_outlet[key]:
            publish_site(web, site, per_outlet[key], today)
    return web


def _link_next(copies: list[Copy]) -> None:
    """Each copy's "next story": the following one credited to a DIFFERENT outlet (as on the seed page)."""
    for i, c in enumerate(copies):
        for k in range(1, len(copies)):
            n = copies[(i + k) % len(copies)]
            if n.outlet is not None and n.credit and n.outlet != c.outlet:
                c.next = n
                break


def outlet_hosts() -> dict[str, str]:
    """Outlet key -> its replay host."""
    return {k: o.host for k, o in OUTLETS.items()}
