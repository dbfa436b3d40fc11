"""Finding registered outlet names anywhere in a text: "… نقلاً عن بوابة الأهرام …", "(Reuters) -", "via The Guardian".

Matching is exact on ``normalize_name`` keys, token by token: the text is folded and split the way names are,
Arabic clitics glued to a name ("والأهرام", "لليوم السابع") are tried off, and the longest registered name
starting at a token wins. Nothing is fuzzy, so no spelling can drift onto another outlet.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from crawler.attribution import cues
from crawler.outlets.normalize import _NON_WORD, _PREFIX_WORDS, _fold, normalize_name
from crawler.outlets.registry import OutletRecord, OutletRegistry

_CLITICS = ("وال", "بال", "فال", "كال", "لل", "و", "ب", "ل", "ف", "ك")
_PREFIXES = _PREFIX_WORDS | {"ال"}
_ARTICLE = "ال"
MAX_NAME_TOKENS = 7
# Folding is pure and a site's pages share most of their words: each word is folded once, not once per block
# and per page (the fold was the largest single cost of attribution, issue 12). Bounded: a few MB at most.
_fold_word = lru_cache(maxsize=16384)(_fold)


@dataclass(frozen=True, slots=True)
class NameHit:
    record: OutletRecord
    start: int  # token index in the folded text
    end: int  # one past the last token
    local: bool  # matched through a country-local alias


@cues.text_cache(8192)
def tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(folded, surface) tokens names are matched on; abbreviations spelled letter by letter are joined
    ("أ ش أ" -> "اشا"), as ``normalize_name`` joins them. Cached: attribution tokenises each block several
    times (names, cue values, the values themselves), and a site's chrome recurs on every page (short texts
    are kept apart from long ones, which recur less: ``cues.text_cache``)."""
    # Harakat and other combining marks are not word breaks ("نُشر" is one word).
    bare = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not unicodedata.combining(ch))
    raw = [sys.intern(w) for w in _NON_WORD.sub(" ", bare).split()]  # cached tuples share their words
    folded: list[str] = []
    surface: list[str] = []
    run_f: list[str] = []
    run_s: list[str] = []
    for word in [*raw, ""]:
        f = _fold_word(word) if word else ""
        if len(f) == 1 and f.isalpha():
            run_f.append(f)
            run_s.append(word)
            continue
        if run_f:
            if len(run_f) > 1:
                folded.append("".join(run_f))
                surface.append(" ".join(run_s))
            else:
                folded.extend(run_f)
                surface.extend(run_s)
            run_f, run_s = [], []
        if f:
            folded.append(f)
            surface.append(word)
    return tuple(folded), tuple(surface)


class NameMatcher:
    def __init__(self, registry: OutletRegistry) -> None:
        self.registry = registry
        # first token -> [(token tuple, key)] for every global and local key
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        keys = set(registry._by_name) | {key for _, key in registry._by_local}
        # One-word keys that every name of the outlet spells with a leading word ("The Sun", "The Times"):
        # the bare word ("Sun, 2 Nov", "in times of crisis") is not the name.
        self._needs_prefix: set[str] = set()
        for rec in registry.records:
            for name in (*rec.all_names, *rec.local_aliases):
                key = normalize_name(name)
                if " " not in key and len(tokens(name)[0]) > 1:
                    self._needs_prefix.add(key)
        # One-word Arabic names written with the article ("الأخبار", "الخبر"): the bare noun ("أخبار هذا
        # المصدر") is not the name; the article, alone or after a clitic ("والأخبار"), must be there.
        self._needs_article: set[str] = set()
        for rec in registry.records:
            for name in (*rec.all_names, *rec.local_aliases):
                folded = tokens(name)[0]
                key = normalize_name(name)
                if len(folded) == 1 and " " not in key:
                    self._needs_prefix.discard(key)  # the one word alone is a name of the outlet
                    if folded[0].startswith(_ARTICLE) and folded[0][len(_ARTICLE) :] == key:
                        self._needs_article.add(key)
        for rec in registry.records:
            for name in (*rec.all_names, *rec.local_aliases):
                folded = tokens(name)[0]
                if len(folded) == 1 and not folded[0].startswith(_ARTICLE):
                    self._needs_article.discard(normalize_name(name))
        for key in keys:
            parts = tuple(key.split())
            # A name that is only digits ("24") is never recognised in running text (times, dates).
            if parts and not all(p.isdigit() for p in parts):
                self._first.setdefault(parts[0], []).append((parts, key))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, words: Sequence[str], country: str | None = None) -> list[NameHit]:
        """Registered names in a token list (from ``tokens``), longest first at each position, no overlaps."""
        hits: list[NameHit] = []
        i = 0
        while i < len(words):
            hit = self._at(words, i, country)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.end
        return hits

    def _at(self, words: Sequence[str], i: int, country: str | None) -> NameHit | None:
        for first in _forms(words[i]):
            for parts, key in self._first.get(first, ()):
                n = len(parts)
                if tuple(words[i + 1 : i + n]) != parts[1:]:
                    continue
                if n == 1 and key in self._needs_article and not _has_article(words[i]):
                    continue
                if n == 1 and not (i > 0 and words[i - 1] in _PREFIXES):
                    if key in self._needs_prefix:
                        continue  # "in times of crisis" is not The Times
                    if cues.has_any((words[i],), cues.CALENDAR):
                        continue  # "تشرين الثاني", "Sun, 2 Nov": a date, unless "صحيفة تشرين"
                record = None
                local = False
                if country:
                    record = self.registry._by_local.get((country, key))
                    local = record is not None
                record = record or self.registry._by_name.get(key)
                if record is not None:
                    return NameHit(record, i, i + n, local)
        return None


def _has_article(word: str) -> bool:
    return word.startswith(("ال", "وال", "بال", "فال", "كال", "لل"))


@lru_cache(maxsize=32768)
def _forms(word: str) -> tuple[str, ...]:
    """The word as a name's first token may appear: as is, without a clitic, without the article."""
    out = [word]
    for prefix in _CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            out.append(word[len(prefix) :])
    more = [w[len(_ARTICLE) :] for w in out if w.startswith(_ARTICLE) and len(w) > len(_ARTICLE) + 1]
    # normalize_name drops a leading article; a key never starts with one unless the name is just it.
    return tuple(dict.fromkeys([*more, *out]))


__all__ = ["NameHit", "NameMatcher", "normalize_name", "tokens"]
