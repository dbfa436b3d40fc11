"""Chores shared by the set-G layouts; each site's skeleton, chrome and credit wordings live in its own module.

Four chores only: lists that never show the copied outlet (an uncredited copy must not name it anywhere, not
even in a "most read" box), chrome texts long enough to be checked, a wire dateline in front of a body that
has none, and a guard for sites whose URLs name the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl_kit.layouts.base import CopySpec, Source, Teaser, esc


def others(spec: CopySpec, n: int, skip: int = 0) -> list[Teaser]:
    """``n`` teasers (after ``skip``) neither from the copied outlet nor naming it."""
    src = spec.story.source
    names = [x for x in (src.name, src.name_latin, src.domain) if x]
    kept = [
        t
        for t in spec.teasers
        if not any(x in t.outlet or x in t.title or x in t.url or x in (t.outlet_url or "") for x in names)
    ]
    return kept[skip : skip + n]


def shown(texts: Iterable[str]) -> tuple[str, ...]:
    """Visible non-article texts of 20 characters or more, whitespace-folded, unique, in page order."""
    seen: dict[str, None] = {}
    for text in texts:
        folded = " ".join(text.split())
        if len(folded) >= 20:
            seen.setdefault(folded, None)
    return tuple(seen)


# A body that already opens with a dateline: "CITY (Wire) -", "CITY, Country (Wire) -", "المدينة - الوكالة -".
_OPENS_DATED = re.compile(
    r"^.{0,60}?(?:\([^()]{1,40}\)\s*[-\u2013\u2014:]|\s[-\u2013\u2014]\s[^.\u060c]{1,40}?\s?[-\u2013\u2014:])"
)


def dateline_body(spec: CopySpec, template: str) -> tuple[str, ...]:
    """The body with ``template`` (holding ``{wire}``) opening its first paragraph, unless one is there."""
    ps = list(spec.paragraphs)
    if not ps or _OPENS_DATED.match(ps[0]):
        return tuple(ps)
    src = spec.story.source
    wire = src.name if spec.story.language == "ar" else (src.name_latin or src.name)
    ps[0] = template.format(wire=wire) + ps[0]
    return tuple(ps)


def slug_of(src: Source) -> str:
    """The outlet's path segment on sites that file copies under the outlet."""
    return src.slug or re.sub(r"[^a-z0-9]+", "", src.domain.split(".")[0].lower()) or "source"


def refuse_stray_slug(layout_name: str, spec: CopySpec) -> None:
    """A copy not credited by its URL must not sit at a URL naming the outlet (its label would be wrong)."""
    if spec.family != "url_slug" and f"/{slug_of(spec.story.source)}/" in spec.url:
        raise ValueError(f"{layout_name}: an uncredited or otherwise credited copy at a slug URL")


def a(href: str, text: str, cls: str = "", rel: str = "") -> str:
    attrs = (f' class="{cls}"' if cls else "") + (f' rel="{rel}"' if rel else "")
    return f'<a href="{esc(href)}"{attrs}>{esc(text)}</a>'


def latin_slug(title: str, words: int = 6) -> str:
    folded = title.lower()
    for chars, repl in (("àâäá", "a"), ("éèêë", "e"), ("îïí", "i"), ("ôöó", "o"), ("ùûüú", "u"), ("ç", "c"),
                        ("ñ", "n"), ("ß", "ss")):  # fmt: skip
        for ch in chars:
            folded = folded.replace(ch, repl)
    return "-".join(re.findall(r"[a-z0-9]+", folded)[:words]) or "article"
