"""Bookkeeping shared by the set-F layouts; every skeleton and every wording lives in its own module.

Only three chores are common: picking list items that do not come from the copied outlet (an uncredited copy
must not name it, even in a "most read" box), keeping the chrome texts long enough to be checked, and putting
a wire dateline in front of a body that does not open with one already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl_kit.layouts.base import CopySpec, Source, Teaser, esc


def other_items(spec: CopySpec, n: int, skip: int = 0) -> list[Teaser]:
    """``n`` teasers (after ``skip``) whose outlet is not the copied story's source, in order."""
    src = spec.story.source
    names = {src.name, src.name_latin} - {None}
    keep = [
        t
        for t in spec.teasers
        if t.outlet not in names
        and not any(name in t.title for name in names if name)
        and src.domain not in t.url
        and src.domain not in (t.outlet_url or "")
    ]
    return keep[skip : skip + n]


def chrome_texts(texts: Iterable[str]) -> tuple[str, ...]:
    """Visible non-article texts worth checking (20 characters or more), whitespace-folded, unique, in order."""
    out: dict[str, None] = {}
    for text in texts:
        folded = " ".join(text.split())
        if len(folded) >= 20:
            out.setdefault(folded, None)
    return tuple(out)


def outlet_slug(src: Source) -> str:
    """The outlet's path segment on a mirror that files copies under ``/<outlet>/``."""
    if src.slug:
        return src.slug
    return re.sub(r"[^a-z0-9]+", "", src.domain.split(".")[0].lower()) or "outlet"


# "CITY (Wire) -", "CITY, Country (Wire) -", "المدينة - الوكالة -": the text already carries a dateline.
_DATED = re.compile(
    r"^.{0,50}?(?:\([^()]{1,40}\)\s*[-\u2013\u2014]|\s[-\u2013\u2014]\s[^.\u060c]{1,35}?\s?[-\u2013\u2014:])"
)


def dated_body(spec: CopySpec, template: str) -> tuple[str, ...]:
    """The body with ``template`` (it holds ``{wire}``) opening the first paragraph, unless it has a dateline."""
    ps = list(spec.paragraphs)
    if not ps or _DATED.match(ps[0]):
        return tuple(ps)
    src = spec.story.source
    wire = src.name if spec.story.language == "ar" else (src.name_latin or src.name)
    ps[0] = template.format(wire=wire) + ps[0]
    return tuple(ps)


def link(href: str, text: str, **attrs: str) -> str:
    """``<a href=...>text</a>``; attribute names take ``_`` for ``-`` (``data_src`` -> ``data-src``)."""
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def title_slug(title: str, words: int = 7) -> str:
    """A URL slug from the headline, as CMSs make them (the story's key may name its outlet: never used)."""
    folded = title.lower()
    for a, b in (
        ("àâä", "a"),
        ("éèêë", "e"),
        ("îï", "i"),
        ("ôö", "o"),
        ("ùûü", "u"),
        ("ç", "c"),
        ("ñ", "n"),
        ("ß", "ss"),
    ):
        for ch in a:
            folded = folded.replace(ch, b)
    return "-".join(re.findall(r"[a-z0-9]+", folded)[:words]) or "story"
