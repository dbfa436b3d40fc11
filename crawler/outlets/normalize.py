"""Name normalisation for outlet matching: one string per outlet name, whatever the spelling.

Folds what people vary without meaning a different outlet (hamza/alef forms, ta marbuta, alef maqsura,
diacritics, tatweel, Latin case and punctuation, a leading article or "موقع"/"جريدة"/... word) and nothing
more: matching stays exact on the folded string, so no spelling can drift onto a different outlet.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic marks and superscript alef: never part of an outlet's identity.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": "",
    }
)
# Anything that is not a letter or digit separates words ("أ.ش.أ", "Agence France-Presse", "24.ae").
_NON_WORD = re.compile(r"[^\w]+|_")
# Descriptive words that may precede a name ("موقع دايلي ميل", "جريدة الأهرام", "وكالة رويترز"), already folded.
_PREFIX_WORDS = frozenset(
    {
        "موقع",
        "جريده",
        "صحيفه",
        "بوابه",
        "وكاله",
        "مجله",
        "قناه",
        "شبكه",
        "الموقع",
        "الجريده",
        "الصحيفه",
        "الوكاله",
        "المجله",
        "القناه",
        "الشبكه",
        "the",
    }
)
_ARTICLE = "ال"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _DIACRITICS.sub("", text).translate(_FOLD)
    # Latin accents are spelling, not identity ("El País" = "El Pais"); Arabic letters are already folded.
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", text).casefold()


def _join_letter_runs(words: list[str]) -> list[str]:
    """Abbreviations spelled letter by letter ("ا ش ا", "a f p") become one word ("اشا", "afp")."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        if run:
            out.extend(["".join(run)] if len(run) > 1 else run)
            run = []
        if word:
            out.append(word)
    return out


def _is_agency_title(words: list[str]) -> bool:
    """ "وكالة الأنباء الكويتية" (KUNA) must not lose "وكالة" and become "الأنباء الكويتية" (a newspaper)."""
    return words[0] in ("وكاله", "الوكاله") and words[1] in ("انباء", "الانباء")


def normalize_name(text: str) -> str:
    """The matching key of an outlet name: folded, unpunctuated, without a leading article or "موقع"-word."""
    words = _NON_WORD.sub(" ", _fold(text)).split()
    words = _join_letter_runs(words)
    # Leading descriptive words go only when a name remains after them ("الجريدة" alone stays a name).
    while len(words) > 1 and words[0] in _PREFIX_WORDS and not _is_agency_title(words):
        words = words[1:]
    if words and words[0].startswith(_ARTICLE) and len(words[0]) > len(_ARTICLE) + 1:
        words[0] = words[0][len(_ARTICLE) :]
    return " ".join(words)
