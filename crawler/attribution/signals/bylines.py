"""Bylines that name an outlet: "كتب: محمد علي - مصر العربية", "بوابة الأهرام", an author field "Reuters".

A byline usually names a person ("كتب | ضحى عرفة |"), so only parts that are exactly a registered name count.
"""

from __future__ import annotations

import re

from crawler.attribution import cues
from crawler.attribution.context import AttributionContext
from crawler.attribution.names import clean_name, evidence, match_leading
from crawler.items import Evidence

_BYLINE = re.compile(
    r"^\s*(?:كتب|كتبت|كتبه|كتبها|كتب\s+ـ|إعداد|اعداد|بقلم|تقرير|تحرير|by|written\s+by|words\s+by)\b\s*[:|\-–—ـ]?\s*(.+)$",
    re.IGNORECASE,
)
# Words of a newspaper's masthead: an author field "The Riverside Chronicle" or "By Staff, Metro Dispatch
# Daily" names an outlet, not a person, even when the registry does not know it.
_MASTHEAD = (
    cues._set(
        "news times post herald gazette journal tribune chronicle daily dispatch courier observer telegraph "
        "express mirror standard monitor ledger bulletin weekly magazine radio television network agency wire "
        "zeitung nachrichten rundschau kurier anzeiger tagblatt presse quotidien dépêche diario periódico "
        "noticias heraldo prensa crónica correo"
    )
    | (cues.OUTLET_NOUNS - cues._set("مراسل مراسله محرر"))  # a correspondent or an editor is a person
)
_FEATURES = {"kind_byline": 1.0, "at_head": 1.0, "short_block": 1.0}
_ARTICLES = cues._set("the le la les el los las die der das al")
_STAFF = re.compile(r"\s+(?:staff(?:\s+reports?)?|newsroom|news\s+desk|desk)\s*$", re.IGNORECASE)
_PARTS = re.compile(r"\s*(?:[|/\\،,:;•]|\s[-–—ـ]\s|\band\b|\sو\s)\s*")


def _parts(text: str) -> list[str]:
    return [p for p in (clean_name(x) for x in _PARTS.split(text)) if p]


def bylines(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    # Byline lines set aside by extraction, the body's first paragraph, and the meta lines by the headline.
    meta_lines = [
        b.text for b in ctx.extracted.blocks if b.position == "head" and b.near_title and len(b.text) < 200
    ]
    lines = [*ctx.extracted.credit_lines, *ctx.head[:1], *meta_lines]
    texts: list[tuple[str, str]] = []
    for line in lines:
        match = _BYLINE.match(line)
        if match:
            texts.append((line, match.group(1)[:120]))
    texts += [(author, author) for author in ctx.extracted.authors]
    seen: set[str] = set()
    for line, text in texts:
        for part in _parts(text):
            if ctx.identity.names_site(name=part):
                continue  # the site's own name as the author ("بوابة الخليج الإخبارية")
            if line == text:  # an author field: exactly a name
                record = ctx.registry.match_name(part, ctx.country)
            else:  # a byline line: "LBCI 13 أكتوبر 2026", the name is the part's leading words
                found = match_leading(ctx, part)
                record = found[0] if found else None
            if record is None:
                name = _unknown_masthead(_STAFF.sub("", part))
                if name and name not in seen and not ctx.names_site(None, name, None):
                    seen.add(name)
                    out.append(evidence("byline", line, None, name, where="byline", features=dict(_FEATURES)))
                continue
            if record.name in seen or ctx.names_site(record, record.name, None):
                continue
            seen.add(record.name)
            feats = dict(_FEATURES)
            out.append(
                evidence(
                    "byline", line, record, record.name, agency_signal=True, where="byline", features=feats
                )
            )
    return out


def _unknown_masthead(part: str) -> str | None:
    """An author part that is an outlet's name ("The Riverside Chronicle", "Metro Dispatch Daily"): a
    capitalised name with a masthead word, led by an article or of three words or more."""
    words = part.split()
    folded = cues.fold_tokens(part)
    if not 2 <= len(words) <= 6 or not cues.has_any(folded, _MASTHEAD):
        return None
    if not all(w[:1].isupper() or not w[:1].isascii() for w in words if len(w) > 3):
        return None
    if len(words) < 3 and not cues.has_any(folded[:1], _ARTICLES):
        return None  # "Emily Post", "Jane Herald": a person's name may hold such a word
    return part
