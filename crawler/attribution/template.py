"""A site's template, learned from its pages: the blocks that recur whatever story the page carries.

Tickers, related and most-read lists, footers, banners, "N sources cover this story" widgets repeat across a
site's pages; a credit line ("المصدر: الأهرام") repeats too, but only on pages of the same outlet. So a block
counts as template chrome when it was seen on enough of the site's pages *and* on pages credited to different
outlets (or to none, repeatedly). Chrome is dropped from bodies and its clues are marked ``repeated``.

Pure: the adapters load a site's template from the database, hand it to ``process_page`` and store it back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from crawler.attribution.cues import fold
from crawler.items import PageBlock

MIN_PAGES = 3  # a template needs this many pages of the site
MIN_SHARE = 0.2  # ... and a block on this share of them (at least two pages)
MAX_BLOCKS = 4000  # fingerprints kept per site (the rarest go first)
NONE = "-"  # the outlet of an uncredited page
SLOTS = "slots"  # key of the learned credit slots in the stored document
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


# Each block is looked up (apply_template) and counted (observe) on every page, and chrome recurs on every page
# of a site: a block's fingerprint is computed once (issue 12). Bounded: keys are block texts.
@lru_cache(maxsize=2048)
def fingerprint(text: str) -> str:
    """The same block, whatever its numbers ("71 sources", "9h ago", a date): folded text, digits as '#'."""
    key = _SPACE.sub(" ", _DIGITS.sub("#", fold(text))).strip()
    return hashlib.sha1(key.encode()).hexdigest()[:16]


@dataclass(slots=True)
class SiteTemplate:
    pages: int = 0
    # fingerprint -> [pages it was seen on, outlets of those pages (up to 3 distinct, NONE for uncredited)]
    blocks: dict[str, list[Any]] = field(default_factory=dict)
    # block path -> [pages where it held the page's credit, the outlets it named (up to 3 distinct)]
    slots: dict[str, list[Any]] = field(default_factory=dict)

    def observe(
        self, blocks: Iterable[PageBlock], outlet: str | None, credit_blocks: Iterable[int] = ()
    ) -> None:
        """Count one page: each distinct block once, with the outlet the page was credited to; and the slots
        (block paths) where that credit was read."""
        blocks = list(blocks)
        credited = set(credit_blocks)
        for path in {b.path for b in blocks if b.index in credited and b.path}:
            entry = self.slots.setdefault(_slot_key(path), [0, []])
            entry[0] += 1
            if outlet and outlet not in entry[1] and len(entry[1]) < 3:
                entry[1].append(outlet)
        self.pages += 1
        who = outlet or NONE
        for fp in {fingerprint(b.text) for b in blocks if b.text and b.position != "title"}:
            entry = self.blocks.get(fp)
            if entry is None:
                self.blocks[fp] = [1, [who]]
                continue
            entry[0] += 1
            if who not in entry[1] and len(entry[1]) < 3:
                entry[1].append(who)
        if len(self.blocks) > MAX_BLOCKS:
            self._prune()

    def is_chrome(self, text: str) -> bool:
        if self.pages < MIN_PAGES or not text:
            return False
        entry = self.blocks.get(fingerprint(text))
        if entry is None:
            return False
        seen, outlets = entry[0], entry[1]
        if seen < max(2, MIN_SHARE * self.pages):
            return False
        credited = [o for o in outlets if o != NONE]
        # Recurring on pages of different outlets, or on most pages when none of them is credited (an
        # aggregator's fixed furniture; a credit attribution missed recurs only on that outlet's pages).
        return len(set(credited)) >= 2 or (not credited and seen >= max(MIN_PAGES, 0.5 * self.pages))

    def is_credit_slot(self, path: str) -> bool:
        """The slot named a different outlet on different pages: it is where this site shows the source."""
        entry = self.slots.get(_slot_key(path)) if path else None
        return entry is not None and entry[0] >= MIN_PAGES and len(entry[1]) >= 2

    def _prune(self) -> None:
        keep = sorted(self.blocks.items(), key=lambda kv: -kv[1][0])[: MAX_BLOCKS * 3 // 4]
        self.blocks = dict(keep)

    def to_dict(self) -> dict[str, Any]:
        # Slots ride in the same JSON document as the block fingerprints, under a key no fingerprint has.
        return {"pages": self.pages, "blocks": {**self.blocks, SLOTS: self.slots}}

    @classmethod
    def from_dict(cls, pages: int, blocks: dict[str, Any] | None) -> SiteTemplate:
        data = dict(blocks or {})
        slots = data.pop(SLOTS, {}) or {}
        return cls(
            pages=pages,
            blocks={k: [int(v[0]), list(v[1])] for k, v in data.items()},
            slots={k: [int(v[0]), list(v[1])] for k, v in slots.items()},
        )


def _slot_key(path: str) -> str:
    return hashlib.sha1(path.encode()).hexdigest()[:16]
