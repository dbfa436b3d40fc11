"""An in-memory story index with the same algorithm as the database one (``crawler.db.stories``):
exact hash first, then LSH band candidates, verified, with stories merged when a text bridges them.
Used by the quality benchmark and tests; the database version is the one the crawler runs."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from crawler.dedup.fingerprint import Fingerprint, band_keys, verify

# Verify at most this many candidates (most band hits first): a story with hundreds of copies needs
# one verified copy, not all of them.
MAX_VERIFY = 40


@dataclass(slots=True)
class StoryIndex:
    threshold: float
    _bands: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    _hashes: dict[str, str] = field(default_factory=dict)
    _fps: dict[str, Fingerprint] = field(default_factory=dict)
    _story: dict[str, int] = field(default_factory=dict)
    _merged: dict[int, int] = field(default_factory=dict)
    _next: int = 1

    def story_of(self, doc_id: str) -> int:
        sid = self._story[doc_id]
        while sid in self._merged:
            sid = self._merged[sid]
        return sid

    def add(self, doc_id: str, fp: Fingerprint) -> int:
        keys = band_keys(fp)
        matched: set[int] = set()
        if fp.content_hash in self._hashes:
            matched.add(self.story_of(self._hashes[fp.content_hash]))
        hits = Counter(other for k in keys for other in self._bands.get(k, ()))
        verified = 0
        for other, _n in hits.most_common():
            if verified >= MAX_VERIFY:
                break
            sid = self.story_of(other)
            if sid in matched:
                continue
            verified += 1
            if verify(fp, self._fps[other], self.threshold).same:
                matched.add(sid)
        if matched:
            target = min(matched)
            for sid in matched - {target}:
                self._merged[sid] = target
        else:
            target, self._next = self._next, self._next + 1
        self._story[doc_id] = target
        self._fps[doc_id] = fp
        self._hashes.setdefault(fp.content_hash, doc_id)
        for k in keys:
            self._bands[k].append(doc_id)
        return target
