"""Class/id words that name page furniture (related lists, tickers, share bars, banners, comments), in the
split form the page map gives them ("td-related-posts" -> "related", "posts").

One vocabulary for the two readers of it: body cleaning (``crawler.extraction.chrome``) and attribution's
context features (``crawler.attribution.cues``), each adding the words only it can use.
"""

from __future__ import annotations

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
