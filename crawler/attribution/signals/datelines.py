"""Datelines naming an agency or outlet: "القاهرة - أ ش أ", "بيروت (أ ف ب) -", "LONDON (Reuters) -".

Only the first paragraph (and extraction's ``meta["dateline"]``) can hold a dateline; the name must be a
registered outlet, since an unknown dateline word is far more often a city or a reporter than an outlet.
"""

from __future__ import annotations

import re

from crawler.attribution.context import AttributionContext
from crawler.attribution.names import clean_name, evidence
from crawler.items import Evidence

_AR = "\u0621-\u064a"
# "CITY (Agency) -" / "(Reuters) -" / "WASHINGTON, Jan 5 (AP) —"
_PARENTHESISED = re.compile(
    r"^(?:\(\s*([^()\n]{1,40}?)\s*\)|[^()\n]{0,60}?\(\s*([^()\n]{1,40}?)\s*\)\s*[.,]?\s*[-–—:])"
)
# "القاهرة - أ ش أ:" / "الرياض – واس -" / "دبي - «الخليج»:" / "القاهرة ـ أ.ش.أ ـ"
_ARABIC = re.compile(
    rf"^[{_AR}]+(?:\s[{_AR}]+){{0,2}}\s*[-–—ـ]\s*"
    rf"([«\"“][^»\"”\n]{{1,45}}[»\"”]|[^\-–—ـ:\n]{{1,45}}?)\s*(?:[-–—ـ:]|$)"
)


def _dateline_names(text: str) -> list[str]:
    names = []
    for pattern in (_PARENTHESISED, _ARABIC):
        match = pattern.match(text.strip())
        if match:
            names.append(next(g for g in match.groups() if g))
    return names


# Reuters signs its wire copy "Reporting by …; Editing by …"; AP, AFP and others end with "— AP".
_REUTERS_FOOTER = re.compile(
    r"^\s*[(\[]?\s*(?:additional\s+)?reporting\s+by\b.{0,300}?\b(?:editing|writing)\s+by\b", re.I
)
_SIGN_OFF = re.compile(r"(?:^|\s)[-–—]{1,2}\s*([A-Za-z][A-Za-z .&'-]{1,30}?)\s*\.?\s*$")


def signoffs(ctx: AttributionContext) -> list[Evidence]:
    """A wire's sign-off at the end of the copy (its own text, so the agency of whoever ran it)."""
    out: list[Evidence] = []
    feats = {"kind_dateline": 1.0, "at_body_edge": 1.0, "short_block": 1.0}
    lines = [*ctx.extracted.credit_lines, *ctx.tail]
    for line in lines:
        record = ctx.registry.get("Reuters")
        if _REUTERS_FOOTER.search(line) and record is not None:
            out.append(
                evidence(
                    "signoff", line, record, record.name, agency_signal=True, where="signoff", features=feats
                )
            )
    for line in [*ctx.extracted.credit_lines, *(ctx.tail[-1:] or ctx.head[-1:])]:
        match = _SIGN_OFF.search(line)
        record = ctx.registry.match_name(match.group(1), ctx.country) if match else None
        if record is not None and record.kind == "wire":
            out.append(
                evidence(
                    "signoff",
                    match.group(0),
                    record,
                    record.name,
                    agency_signal=True,
                    where="signoff",
                    features=feats,
                )
            )  # type: ignore[union-attr]
    return out


def datelines(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    candidates: list[str] = []
    # The story's first paragraph: a caption ("صورة أرشيفية - رويترز"), a label ("Kenya:"), a date line or
    # sidebar text extracted ahead of it is not where a dateline sits, and an intro line ("Text below is
    # from the wire:") may come first, so the first two real paragraphs are read.
    story = [b.text for b in ctx.extracted.blocks if b.position == "body" and b.index not in ctx.edge_notes]
    paragraphs = story or ctx.extracted.body.split("\n\n")
    candidates += [p for p in paragraphs[:8] if len(p.split()) >= 6][:2]
    dateline = ctx.extracted.meta.get("dateline")
    if isinstance(dateline, str) and dateline:
        candidates.append(dateline)
    candidates += [line for line in ctx.extracted.credit_lines if len(line) < 60]
    seen: set[str] = set()
    for text in candidates:
        for raw in _dateline_names(text):
            name = clean_name(raw)
            record = ctx.registry.match_name(name, ctx.country) if name else None
            if record is None or record.name in seen:
                continue
            seen.add(record.name)
            feats = {"kind_dateline": 1.0, "at_body_edge": 1.0, "short_block": 1.0}
            out.append(
                evidence(
                    "dateline",
                    text[:80],
                    record,
                    record.name,
                    agency_signal=True,
                    where="dateline",
                    features=feats,
                )
            )
    return out
