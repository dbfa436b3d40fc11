"""Text normalisation for matching only (never for display): the spelling variants that copies of one
Arabic text pick up on the way through aggregators fold to one form."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

# Harakat, tanween, shadda, sukun, superscript alef, Quranic annotation marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_TATWEEL = "\u0640"
_LETTER_FOLDS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
    }
)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")


@cache
def _punctuation_table() -> dict[int, str]:
    # Every punctuation and symbol code point (Arabic ، ؛ ؟ and emoji included), built once: translating
    # with a table is ~20x faster than asking unicodedata about each character of every article.
    return {cp: " " for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp))[0] in "PS"}


def _strip_punctuation(text: str) -> str:
    # Punctuation and symbols become spaces so that "word،word" stays two words.
    return text.translate(_punctuation_table())


def normalize_for_matching(text: str) -> str:
    """Fold the text so that copies with different spellings compare equal."""
    # NFKC first: Arabic presentation forms and full-width characters become the base letters.
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    text = text.translate(_LETTER_FOLDS).casefold()
    text = _strip_punctuation(text)
    return _SPACES.sub(" ", text).strip()
