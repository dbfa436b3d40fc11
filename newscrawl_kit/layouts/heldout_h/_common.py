"""Chores shared by the set-H layouts (no skeleton and no wording lives here: each module has its own).

List items that never come from the copied outlet (an uncredited copy must not name it, even in a "most read"
box), chrome texts long enough to be checked, a path segment for mirrors that file copies under the outlet, a
wire dateline put in front of a body that does not open with one, and a small ``<a>`` builder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl_kit.layouts.base import CopySpec, Source, Teaser, esc


def pick(spec: CopySpec, n: int, skip: int = 0) -> list[Teaser]:
    """``n`` teasers (after ``skip``) that neither come from nor name the copied story's outlet."""
    src = spec.story.source
    names = [x for x in (src.name, src.name_latin) if x]
    good = [
        t
        for t in spec.teasers
        if t.outlet not in names
        and not any(x in t.title for x in names)
        and src.domain not in t.url
        and src.domain not in (t.outlet_url or "")
    ]
    return good[skip : skip + n]


def chrome_of(texts: Iterable[str]) -> tuple[str, ...]:
    """Visible texts that are not the article, whitespace-folded, unique, 20 characters or more."""
    seen: dict[str, None] = {}
    for text in texts:
        folded = " ".join(text.split())
        if len(folded) >= 20:
            seen.setdefault(folded, None)
    return tuple(seen)


def a(href: str, text: str, **attrs: str) -> str:
    """``<a href=...>text</a>``; ``data_id="3"`` becomes ``data-id="3"``, ``class_`` becomes ``class``."""
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def slug_of(src: Source) -> str:
    if src.slug:
        return src.slug
    return re.sub(r"[^a-z0-9]+", "-", src.domain.split(".")[0].lower()).strip("-") or "source"


def words_slug(title: str, n: int = 6) -> str:
    """A Latin slug from a headline (accents dropped); an Arabic headline gives none."""
    table = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñß", "aaaaaeeeeiiiiooooouuuucns")
    return "-".join(re.findall(r"[a-z0-9]+", title.lower().translate(table))[:n])


# "CITY (Wire) -", "CITY, 4 March /Wire/ --", "المدينة - الوكالة -": the first paragraph is dated already.
_DATELINE = re.compile(
    r"^[^.\u060c]{0,60}?(?:\([^()]{1,40}\)\s*[-\u2013\u2014]|/[^/]{1,30}/\s*--|\s[-\u2013\u2014]\s[^.\u060c]{1,35}?\s[-\u2013\u2014:])"
)


def dated(spec: CopySpec, template: str) -> tuple[str, ...] | None:
    """The body with ``template`` (``{wire}`` in it) opening the first paragraph; None if it has a dateline."""
    ps = list(spec.paragraphs)
    if not ps or _DATELINE.match(ps[0]):
        return None
    src = spec.story.source
    wire = src.name if spec.story.language == "ar" else (src.name_latin or src.name)
    ps[0] = template.format(wire=wire) + ps[0]
    return tuple(ps)


def refuse_bare_slug(spec: CopySpec, segment: str) -> None:
    """An uncredited copy filed under the outlet's path segment would carry a credit: refused."""
    if spec.family is None and f"/{segment}/" in spec.url:
        raise ValueError("an uncredited copy cannot sit at a URL carrying the outlet's slug")
