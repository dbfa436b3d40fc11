"""Small pieces the set D layouts share: teasers that never name the copied outlet, a slug, chrome bookkeeping.

Each layout has its own skeleton and wordings; only bookkeeping lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl_kit.layouts.base import CopySpec, Source, Teaser, esc


def teasers(spec: CopySpec, n: int, skip: int = 0) -> list[Teaser]:
    """Other stories for lists, never from the copied story's own outlet (an uncredited copy must not name it)."""
    src = spec.story.source
    out = [
        t
        for t in spec.teasers
        if t.outlet != src.name
        and t.outlet != src.name_latin
        and src.domain not in (t.outlet_url or "")
        and src.domain not in t.url
    ]
    return out[skip : skip + n]


def slug(src: Source) -> str:
    """The outlet's path segment on a slug aggregator (``/<slug>/<id>``)."""
    if src.slug:
        return src.slug
    return re.sub(r"[^a-z0-9]", "", src.domain.split(".")[0].lower()) or "source"


def long_texts(texts: Iterable[str]) -> tuple[str, ...]:
    """Chrome texts worth checking (the scorer ignores short ones): unique, in order."""
    seen: dict[str, None] = {}
    for t in texts:
        t = " ".join(t.split())
        if len(t) >= 20:
            seen.setdefault(t, None)
    return tuple(seen)


def shown_name(src: Source, prefer_latin: bool = False) -> str:
    """The outlet's name as a site in another script would print it."""
    if prefer_latin and src.name_latin:
        return src.name_latin
    return src.name


def a(href: str, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


_HAS_DATELINE = re.compile(
    r"^(?:\S[^.\u060c]{0,40}? [-\u2013] \S[^.\u060c]{0,30}? [-\u2013] |[A-Z][A-Z ,.]{1,40}\([^)]{1,40}\) [-\u2013] )"
)


def dateline(spec: CopySpec, template: str) -> tuple[str, ...]:
    """The body opening with a wire dateline (``template`` has ``{name}``), unless the wire's text already
    opens with one (the kit's wire stories do): a copy does not date a story twice."""
    ps = list(spec.paragraphs)
    if not ps or _HAS_DATELINE.match(ps[0]):
        return tuple(ps)
    src = spec.story.source
    name = src.name if spec.story.language == "ar" else (src.name_latin or src.name)
    ps[0] = template.format(name=name) + ps[0]
    return tuple(ps)
