"""Small pure ``str -> str`` functions for article text."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi control characters: invisible, but they break matching and search.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_TATWEEL = "\u0640"


def normalize_text(text: str) -> str:
    """NFC, invisible characters dropped, tatweel removed, runs of spaces (NBSP included) collapsed."""
    if not text.isascii():  # ASCII is already NFC and holds no invisible character nor tatweel
        text = unicodedata.normalize("NFC", text)
        text = _INVISIBLE.sub("", text).replace(_TATWEEL, "")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines()).strip()


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Normalise each paragraph and drop the empty ones (blank and NBSP-only padding)."""
    out = []
    for p in paragraphs:
        p = normalize_text(p)
        if p:
            out.append(p)
    return out


def join_paragraphs(paragraphs: list[str]) -> str:
    """The body format everywhere: paragraphs separated by one blank line."""
    return "\n\n".join(paragraphs)


class Caseless:
    """A case-insensitive pattern tested on class names, ids and other mostly-ASCII strings, quickly.

    Under ``re.IGNORECASE`` the regex engine loses its literal-prefix scan (an alternation of words runs about
    seven times slower). An ASCII string lowercased meets a case-sensitive copy of a lowercase pattern exactly
    as the string meets the ``re.I`` pattern, so ASCII strings take that copy; any other string the original.
    """

    __slots__ = ("_folded", "_original")

    def __init__(self, pattern: str) -> None:
        if re.search(r"(?<!\\)[A-Z]", pattern):  # an uppercase letter would never meet lowercased text
            raise ValueError(f"Caseless patterns are written in lowercase: {pattern!r}")
        self._folded = re.compile(pattern)
        self._original = re.compile(pattern, re.IGNORECASE)

    @staticmethod
    def fold(text: str) -> str | None:
        """What ``search`` matches ``text`` as, for several patterns to share: None when not ASCII."""
        return text.lower() if text.isascii() else None

    def search(self, text: str) -> bool:
        if text.isascii():
            return self._folded.search(text.lower()) is not None
        return self._original.search(text) is not None

    def search_folded(self, text: str, folded: str | None) -> bool:
        """``search(text)`` given ``folded = fold(text)``, computed once for several patterns."""
        if folded is not None:
            return self._folded.search(folded) is not None
        return self._original.search(text) is not None
