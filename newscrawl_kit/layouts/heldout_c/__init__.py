"""Set C: held-out aggregator layouts written blind to the attribution code and to every other layout set.

The lead scores the crawler on these once, at the end: they measure how attribution generalises to page
templates and credit wordings nobody tuned for. One module per aggregator; ``_kit`` holds only presentation
helpers (dates, teaser picking).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_c.nabdha_ar import NabdhaAr

HELDOUT_C: tuple[Layout, ...] = (NabdhaAr(),)

__all__ = ["HELDOUT_C"]
