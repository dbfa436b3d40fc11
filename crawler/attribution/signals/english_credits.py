"""English credit phrases: "Source: X", "Originally published by/on X", "This article first appeared in X",
"Republished with permission from X", "©2024 X", and the Reuters "Reporting by …; Editing by …" footer."""

from __future__ import annotations

import re

from crawler.attribution.context import AttributionContext
from crawler.attribution.names import evidence
from crawler.attribution.signals.credit_phrases import CreditPhrase, scan
from crawler.items import Evidence

_I = re.IGNORECASE
_THE_SITE = r"(?:the\s+(?:website|site|newspaper|paper|magazine|outlet)\s+(?:of\s+)?)?"

PHRASES: tuple[CreditPhrase, ...] = (
    CreditPhrase(
        "source_line", re.compile(r"\bsources?\s*[:：|]\s*", _I), 0.9, unknown_in_body=True, body_weight=0.85
    ),
    CreditPhrase(
        "originally_published",
        re.compile(
            r"\b(?:(?:this\s+(?:article|story|post|piece|report|item)\s+)?(?:was\s+|is\s+)?"
            r"(?:originally|first)\s+(?:published|appeared|posted|ran|aired)"
            r"|(?:this\s+(?:article|story|post|piece|report|item)\s+)(?:first\s+)?(?:appeared|ran))"
            r"\s+(?:by|on|in|at|with)\s+" + _THE_SITE,
            _I,
        ),
        0.9,
        unknown_in_body=True,
        body_anchored=False,
    ),
    CreditPhrase(
        "republished",
        re.compile(
            r"\b(?:republished|reprinted|reproduced|syndicated)\s+(?:with\s+permission\s+)?(?:from|by|courtesy\s+of)\s+"
            r"|\bcourtesy\s+of\s+",
            _I,
        ),
        0.85,
        unknown_in_body=True,
        body_anchored=False,
    ),
    # "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights reserved." (registry names only)
    CreditPhrase(
        "copyright",
        re.compile(
            r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?", _I
        ),
        0.5,
        unknown_in_credits=False,
        body_anchored=False,
    ),
)

# Reuters signs its wire copy with this footer; nobody else uses the form.
_REUTERS_FOOTER = re.compile(
    r"^\s*[(\[]?\s*(?:additional\s+)?reporting\s+by\b.{0,300}?\b(?:editing|writing)\s+by\b", _I
)
# "— AP", "- AFP", "— The Associated Press" ending the story (a wire sign-off)
_SIGN_OFF = re.compile(r"(?:^|\s)[-–—]{1,2}\s*([A-Za-z][A-Za-z .&'-]{1,30}?)\s*\.?\s*$")


def english_credits(ctx: AttributionContext) -> list[Evidence]:
    out = scan(ctx, PHRASES)
    lines = [*ctx.extracted.credit_lines, *ctx.tail]
    for line in lines:
        if _REUTERS_FOOTER.search(line):
            record = ctx.registry.get("Reuters")
            if record is not None:
                out.append(evidence("wire_footer", line, record, record.name, 0.6, agency_signal=True))
    if ctx.tail or ctx.extracted.credit_lines:
        last = [*ctx.extracted.credit_lines, *(ctx.tail[-1:] if ctx.tail else ctx.head[-1:])]
        for line in last:
            match = _SIGN_OFF.search(line)
            if match:
                record = ctx.registry.match_name(match.group(1), ctx.country)
                if record is not None:
                    out.append(
                        evidence("sign_off", match.group(0), record, record.name, 0.7, agency_signal=True)
                    )
    return out
