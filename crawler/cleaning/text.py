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
