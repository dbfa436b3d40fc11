"""Class/id words that name page furniture (related lists, tickers, share bars, banners, comments), in the
split form the page map gives them ("td-related-posts" -> "related", "posts").

One vocabulary for the two readers of it: body cleaning (``crawler.extraction.chrome``) and attribution's
context features (``crawler.attribution.cues``), each adding the words only it can use.
"""

from __future__ import annotations

from collections.abc import Iterable

from crawler.items import PageBlock

FURNITURE_MARKS = frozenset(
    [
        "advert",
        "advertisement",
        "banner",
        "breaking",
        "comment",
        "comments",
        "follow",
        "keywords",
        "marquee",
        "newsletter",
        "outbrain",
        "pager",
        "pagination",
        "partner",
        "partners",
        "promo",
        "recommended",
        "related",
        "share",
        "sharing",
        "social",
        "sponsor",
        "sponsored",
        "subscribe",
        "taboola",
        "tags",
        "ticker",
        "trending",
        "urgent",
    ]
)


def story_marks(blocks: Iterable[PageBlock]) -> frozenset[str]:
    """Class/id words every body paragraph carries: the article's own wrapper ("card urgent", "social-post"),
    which says nothing about a block inside it. Empty with fewer than two paragraphs."""
    body = [set(b.marks) for b in blocks if b.position == "body" and b.text.strip()]
    return frozenset(set.intersection(*body)) if len(body) >= 2 else frozenset()
