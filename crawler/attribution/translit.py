"""Arabic names against Latin domains and slugs: "منبر الساحل" ~ minbar-sahel, "النخيل" ~ nakheel.

Outlets write their domain in a transliteration of their Arabic name, in no fixed system. Both sides are
reduced to a consonant skeleton (vowels, long-vowel letters, the article and ة dropped; letters that
transliterations confuse folded together) and compared word by word.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Arabic consonants -> a folded Latin consonant class; ا و ي ى ء ة ع are vowels or dropped in most
# transliterations ("saeed", "miraat", "sahel").
_AR = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "b", "چ": "sh", "گ": "j", "ڤ": "f",
}  # fmt: skip
_LATIN_FOLD = str.maketrans({"q": "k", "c": "k", "g": "j", "v": "f", "p": "b", "x": "ks", "e": "", "a": "",
                             "i": "", "o": "", "u": "", "y": "", "w": ""})  # fmt: skip
_LATIN_WORD = re.compile(r"[a-z]+")
_AR_WORD = re.compile("[\u0621-\u064a]+")
_MIN = 3  # consonants: shorter skeletons match by chance


def _latin_skeleton_plain(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word.replace("th", "t").replace("dh", "d").translate(_LATIN_FOLD))


# Words a domain or a name adds around the outlet's own name ("بوابة النخيل" = nakheel-gate, shorouknews).
_AR_GENERIC = frozenset(["موقع", "صحيفة", "جريدة", "بوابة", "قناة", "وكالة", "مجلة", "شبكة", "نيوز"])
_LATIN_GENERIC = frozenset(
    _latin_skeleton_plain(w)
    for w in ["news", "online", "gate", "portal", "net", "tv", "today", "press", "daily", "info", "web"]
)


def _ar_skeleton(word: str, article: bool = False) -> str:
    """``article``: the article written as "l" ("المصري" -> "lmsr", as in "almasry")."""
    lead = ""
    for prefix in ("وال", "بال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            lead = "l" if article else ""
            break
    return _squeeze(lead + "".join(_AR.get(ch, "") for ch in word))


def _squeeze(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)  # "nakheel" and "nakhil", "saeed" and "said"


def _latin_skeleton(word: str, article: bool = False) -> str:
    word = word.lower()
    for prefix in ("al", "el"):
        if not article and word.startswith(prefix) and len(word) > len(prefix) + 3:
            word = word[len(prefix) :]
            break
    # "kh", "sh", "gh" are one Arabic letter each, written so on the Arabic side too; "th", "dh" are not
    word = word.replace("th", "t").replace("dh", "d")
    return _squeeze(word.translate(_LATIN_FOLD))


@lru_cache(maxsize=4096)
def arabic_words(text: str, article: bool = False) -> tuple[str, ...]:
    return tuple(s for w in _AR_WORD.findall(text) if (s := _ar_skeleton(w, article)))


@lru_cache(maxsize=4096)
def latin_words(text: str, article: bool = False) -> tuple[str, ...]:
    return tuple(s for w in _LATIN_WORD.findall(text.lower()) if (s := _latin_skeleton(w, article)))


def _same(a: str, b: str) -> bool:
    return a == b or a + "t" == b or b + "t" == a  # ة written "a", "ah" or "at"


@lru_cache(maxsize=8192)
def arabic_matches_latin(name: str, latin: str) -> bool:
    """An Arabic name and a Latin label or slug that transliterate one another: word by word (every word of
    three consonants or more on the shorter side found on the other), or glued ("almasryalyoum",
    "sawtalwadi", "shorouknews")."""
    ar = [_ar_skeleton(w) for w in _AR_WORD.findall(name) if w not in _AR_GENERIC]
    ar = [w for w in ar if len(w) >= 2]
    la = [w for w in latin_words(latin) if len(w) >= 2 and w not in _LATIN_GENERIC]
    if ar and la:
        # every Arabic word found among the Latin ones, and most Latin words among the Arabic ones;
        # two-consonant words ("مرآة" mr, "الصعيد" sd) count only together with another word
        enough = sum(map(len, ar)) >= 4 and (len(ar) >= 2 or len(ar[0]) >= _MIN)
        found = sum(any(_same(w, v) for v in ar) for w in la)
        if enough and all(any(_same(w, v) for v in la) for w in ar) and 2 * found >= len(la):
            return True
    ar_forms = {"".join(arabic_words(name, article=True)), "".join(arabic_words(name))}
    words = latin_words(latin)
    la_forms = {"".join(latin_words(latin, article=True)), "".join(words), words[0] if words else ""}
    for a in ar_forms:
        for b in la_forms:
            if len(a) < _MIN or len(b) < _MIN:
                continue
            if _same(a, b):
                return True
            if len(a) >= 4 and b.startswith(a) and len(b) - len(a) <= 3:
                return True  # "shorouk" + "news"
            if len(b) >= 4 and a.startswith(b) and len(arabic_words(name)) >= 3:
                return True  # "sawtalwadi" for "صوت الوادي الجديد"
    return False
