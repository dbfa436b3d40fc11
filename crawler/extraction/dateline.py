"""The dateline that opens many wire stories: "CAIRO (Reuters) -", "القاهرة - أ ش أ", "بيروت (أ ف ب) -"."""

from __future__ import annotations

import re

_AR = "\u0621-\u064a"
# "CITY (Agency) -" in either script; an optional ", date" between city and agency.
_PARENTHESISED = re.compile(
    r"^(?P<city>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})(?:\s*[,،]\s*[^()\n]{1,30}?)?"
    r"\s*\((?P<agency>[^()\n]{1,40})\)\s*[-–—:]+\s*"
)
# "القاهرة - أ ش أ" / "القاهرة - رويترز:" / "دبي - «الخليج» -": an Arabic city, a dash, a short agency name
# (quoted, a spaced abbreviation like "أ ش أ", or one or two words closed by a dash or colon).
_ARABIC = re.compile(
    rf"^(?P<city>[{_AR}]+(?:\s[{_AR}]+){{0,2}})\s*[-–—]\s*"
    rf"(?P<agency>[«\"“][^»\"”\n]{{1,30}}[»\"”]"
    rf"|[{_AR}](?:\s[{_AR}]){{1,3}}(?![{_AR}])"
    rf"|[{_AR}]+(?:\s[{_AR}]+)?(?=\s*[-–—:]|\s*$))\s*[-–—:]*\s*"
)


def find_dateline(paragraphs: list[str]) -> str | None:
    """The dateline prefix opening the story ("القاهرة - أ ش أ"), or None.

    The second paragraph is tried too: pages often put a bare date line above the story.
    """
    for paragraph in paragraphs[:2]:
        text = paragraph.strip()
        for pattern in (_PARENTHESISED, _ARABIC):
            match = pattern.match(text)
            if match:
                return match.group(0).strip().rstrip("-–—:").strip()
    return None
