"""Shared machinery of the credit-phrase signals: a phrase, then a name read with the registry's help."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.attribution.context import AttributionContext
from crawler.attribution.names import evidence, read_name
from crawler.items import Evidence


@dataclass(frozen=True, slots=True)
class CreditPhrase:
    method: str
    pattern: re.Pattern[str]  # the name starts where the match ends
    weight: float
    # An unregistered name is believed in credit lines (extraction set them apart as credits) ...
    unknown_in_credits: bool = True
    # ... and in the body's first/last paragraphs only for phrases that cannot be ordinary prose.
    unknown_in_body: bool = False
    # In body paragraphs: the phrase must open the paragraph (else it is prose citing someone).
    body_anchored: bool = True
    body_weight: float | None = None  # weight when found in the body instead of a credit line


def scan(ctx: AttributionContext, phrases: tuple[CreditPhrase, ...]) -> list[Evidence]:
    out: list[Evidence] = []
    sources = [(line, True) for line in ctx.extracted.credit_lines] + [
        (p, False) for p in ctx.edge_paragraphs
    ]
    for text, is_credit in sources:
        for phrase in phrases:
            for match in phrase.pattern.finditer(text):
                if not is_credit and phrase.body_anchored and text[: match.start()].strip():
                    continue
                allow_unknown = phrase.unknown_in_credits if is_credit else phrase.unknown_in_body
                found = read_name(ctx, text[match.end() :], allow_unknown)
                if found is None:
                    continue
                record, name = found
                weight = phrase.weight if is_credit else (phrase.body_weight or phrase.weight)
                matched = text[match.start() : match.end() + len(name) + 8]
                out.append(evidence(phrase.method, matched, record, name, weight))
    return out
