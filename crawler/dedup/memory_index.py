"""The story index in memory: the algorithm of ``crawler.dedup.engine`` (the one the database runs) over
dictionaries. Used by the quality gates and benchmarks, so they measure what the crawler stores."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from crawler.dedup import engine
from crawler.dedup.fingerprint import Fingerprint, Shingled


@dataclass(slots=True)
class MemoryStore:
    """``engine.StoryStore`` over dictionaries; stories merged away point at their survivor."""

    bands: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    hashes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    fps: dict[str, Fingerprint] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    story: dict[str, int] = field(default_factory=dict)
    merged: dict[int, int] = field(default_factory=dict)
    next_story: int = 1

    def story_of(self, doc_id: str) -> int:
        sid = self.story[doc_id]
        while sid in self.merged:
            sid = self.merged[sid]
        return sid

    def exact_stories(self, hashes: Sequence[str]) -> dict[str, set[int]]:
        return {h: {self.story_of(d) for d in self.hashes[h]} for h in hashes if h in self.hashes}

    def postings(self, keys: Sequence[int]) -> dict[int, list[engine.Posting]]:
        return {
            k: [
                engine.Posting(d, self.order[d], self.story_of(d), self.fps[d].content_hash)
                for d in self.bands[k]
            ]
            for k in keys
            if k in self.bands
        }

    def shingles(self, postings: Sequence[engine.Posting]) -> dict[Hashable, Shingled]:
        return {p.doc: self.fps[p.doc] for p in postings}  # type: ignore[misc]  # a Fingerprint has the sets

    def create_stories(self, firsts: Sequence[engine.Entry]) -> list[int]:
        ids = list(range(self.next_story, self.next_story + len(firsts)))
        self.next_story += len(firsts)
        return ids

    def merge(self, into: int, others: Sequence[int], reason: str) -> None:
        for sid in others:
            self.merged[sid] = into

    def place(self, placed: Sequence[tuple[engine.Entry, int]]) -> None:
        for e, sid in placed:
            self.story[e.doc] = sid
            self.fps[e.doc] = e.fp
            self.order[e.doc] = e.order
            self.hashes[e.fp.content_hash].append(e.doc)
            for k in e.keys:
                self.bands[k].append(e.doc)


@dataclass(slots=True)
class StoryIndex:
    threshold: float
    store: MemoryStore = field(default_factory=MemoryStore)

    def story_of(self, doc_id: str) -> int:
        return self.store.story_of(doc_id)

    def add(self, doc_id: str, fp: Fingerprint) -> int:
        return self.add_batch([(doc_id, fp)])[0]

    def add_batch(self, docs: Sequence[tuple[str, Fingerprint]]) -> list[int]:
        """Place texts as the crawler's writer does a batch (in-batch matches found in memory)."""
        start = len(self.store.order)
        entries = [engine.Entry.of(doc, start + i, fp) for i, (doc, fp) in enumerate(docs)]
        return engine.assign(entries, self.store, self.threshold)
