"""Helpers shared by the set E layouts: the teasers a page may show, the body it shows, wording choices.

An uncredited copy must not name its source anywhere (gold says "nobody credited"), so the related lists
skip teasers from the same outlet, a quoted paragraph naming the source is left out, and URLs never carry the
story key (corpus keys name the outlet); only ``url_slug`` copies put the outlet's slug in the URL.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import TypeVar

from newscrawl_kit.layouts.base import CopySpec, Source, Teaser, esc, with_dateline

T = TypeVar("T")
RTL = {"ar", "fa", "ur", "he"}


def tokens(src: Source) -> list[str]:
    """Every string under which a page would name ``src``."""
    out = [src.name, src.domain]
    if src.name_latin:
        out.append(src.name_latin)
    if src.slug:
        out.append(src.slug)
    return [t for t in out if t and len(t) >= 3]


def names(src: Source, text: str) -> bool:
    low = text.lower()
    return any(t.lower() in low for t in tokens(src))


def teasers(spec: CopySpec, n: int, start: int = 0) -> list[Teaser]:
    """Other stories for a list, never one naming the copy's own source (of any family: real lists that
    name the source would be a fair second credit, which the truth does not describe)."""
    src = spec.story.source
    ok = [t for t in spec.teasers if not names(src, f"{t.outlet} {t.outlet_url or ''} {t.title}")]
    return ok[start : start + n]


def body(spec: CopySpec) -> tuple[str, ...]:
    """The paragraphs the copy shows: a wire dateline for ``wire_dateline``; no quote naming the source."""
    if spec.family == "wire_dateline":
        first = spec.story.paragraphs[0] if spec.story.paragraphs else ""
        if re.match(r"^.{2,40}?(\(|\s[-–]\s)", first):  # the wire's own dateline already opens the text
            return spec.paragraphs
        return with_dateline(spec)
    src = spec.story.source
    ps = spec.story.paragraphs if spec.quote and names(src, spec.quote) else spec.paragraphs
    if spec.family is None:
        # A real article may name its own outlet ("... told the X", "X takes stock"): an uncredited copy that
        # kept such a paragraph would credit it after all, so the copy drops it (aggregators trim anyway).
        kept = tuple(p for p in ps if not names(src, p))
        if len(kept) >= 2:
            return kept
    return ps


def pick(spec: CopySpec, options: Sequence[T], salt: str = "") -> T:
    return random.Random(f"{spec.seed}|{salt}").choice(list(options))


def title_slug(title: str, words: int = 8) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:words]) or "story"


def slug_of(src: Source) -> str:
    return src.slug or re.sub(r"[^a-z0-9]", "", src.domain.split(".")[0].lower()) or "source"


def a(href: str, text: str, cls: str = "", extra: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{c}{extra}>{esc(text)}</a>'


def doc(lang: str, head: str, body_html: str, html_attrs: str = "") -> str:
    d = "rtl" if lang.split("-")[0].lower() in RTL else "ltr"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{d}"{html_attrs}><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head>'
        f"<body>{body_html}</body></html>"
    )
