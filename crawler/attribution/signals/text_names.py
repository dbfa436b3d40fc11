"""Registered outlet names anywhere in the page's visible text, each described by where it sits.

Every block is read: the footer, the related list, the body's prose and the credit line alike. Whether a
name is the page's credit or a distractor is left to the model, which sees the block's place, the cue words
before the name, the list it belongs to and whether the block recurs across the site's pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.attribution import cues
from crawler.attribution.context import AttributionContext
from crawler.attribution.features import block_features, text_features
from crawler.attribution.names import evidence
from crawler.items import Evidence, PageBlock
from crawler.outlets.matcher import tokens

MAX_BLOCK_TOKENS = 400  # a longer block is read up to here


def credit_blocks(ctx: AttributionContext) -> list[PageBlock]:
    """Credit lines set aside by extraction that the page map does not hold (removed by a profile selector)."""
    known = {b.text for b in ctx.extracted.blocks}
    return [
        PageBlock(index=-1 - i, text=line, tag="p", zone="article", position="tail", marks=("credit",))
        for i, line in enumerate(ctx.extracted.credit_lines)
        if line not in known
    ]


def _site_spans(ctx: AttributionContext, folded: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans where the text names the crawled site itself ("© 2026 نبأ الآن"): no outlet inside them."""
    spans = []
    for name in ctx.identity.names:
        parts = tuple(name.split())
        n = len(parts)
        if not n:
            continue
        for i in range(len(folded) - n + 1):
            window = folded[i : i + n]
            if window == parts or (window[0].removeprefix("ال") == parts[0] and window[1:] == parts[1:]):
                spans.append((i, i + n))
    return spans


_ARABIC = re.compile("[\u0621-\u064a]")


def _in_phrase(text: str, folded: Sequence[str], surface: Sequence[str], i: int) -> bool:
    """A one-word name that is just a word of a phrase: "هذا الخبر" (this news), "اقرأ الخبر" (read the news),
    "هيئة التحرير" (the editorial board), "الوادي الجديد" (the New Valley). A definite Arabic word right after
    another word, with no punctuation between, is the second term of a construct or an adjective, not a
    name; cue words and outlet words before it ("المصدر: الأهرام", "صحيفة الخبر") do not count, nor does a
    name without the article ("مصدر الخبر عكاظ")."""
    prev = folded[i - 1]
    if cues.has_any((prev,), cues.DEMONSTRATIVES | (cues.READ_ON - cues.STRONG)):
        return True
    if not _ARABIC.search(prev) or not folded[i].startswith(("ال", "وال", "بال", "لل", "فال")):
        return False
    if cues.has_any(
        (prev,), cues.STRONG | cues.WEAK | cues.FILLER | cues.PREPOSITIONS | cues.CUE_TAIL | cues.OUTLET_NOUNS
    ):
        return False
    if prev.isdigit():
        return False
    return f"{surface[i - 1]} {surface[i]}" in text


def text_names(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    for block in (*ctx.extracted.blocks, *credit_blocks(ctx)):
        if not block.text or block.position == "title":
            continue
        folded, surface = tokens(block.text)
        folded, surface = folded[:MAX_BLOCK_TOKENS], surface[:MAX_BLOCK_TOKENS]
        own = _site_spans(ctx, folded)
        hits = [
            h
            for h in ctx.matcher.find(folded, ctx.country)
            if not any(a < h.end and h.start < b for a, b in own)
        ]
        if not hits:
            continue
        place = ctx.block_place(block)
        base = block_features(block, place)
        cue_tokens = cues.fold_tokens(block.label or block.heading) if (block.label or block.heading) else ()
        for hit in hits:
            record = hit.record
            shown = " ".join(surface[hit.start : hit.end])
            # A one-word Latin name in lower case is an ordinary word ("a legal guardian").
            if hit.end - hit.start == 1 and shown[:1].isalpha() and shown[:1].islower() and shown.isascii():
                continue
            if ctx.names_site(record, record.name, None):
                continue
            if (
                hit.end - hit.start == 1
                and hit.start > 0
                and _in_phrase(block.text, folded, surface, hit.start)
            ):
                continue
            feats = dict(base)
            feats["kind_text"] = 1.0
            before = tuple(folded[max(0, hit.start - 8) : hit.start])
            words = sum(1 for w in folded if not w.isdigit())
            after = tuple(folded[hit.end : hit.end + 3])
            feats.update(
                text_features(
                    cue_tokens + before,
                    after,
                    words,
                    hit.end - hit.start,
                    lead=hit.start,
                    trail=len(folded) - hit.end,
                )
            )
            out.append(
                evidence(
                    "text",
                    block.text[:160],
                    record,
                    record.name,
                    where=f"block {block.index} {place}/{block.zone}",
                    features=feats,
                    block=block.index,
                )
            )
    return out
