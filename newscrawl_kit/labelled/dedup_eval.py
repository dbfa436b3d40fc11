"""Pairwise precision and recall of dedup on a labelled set (shared by the benchmark and the quality test)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from crawler.dedup.fingerprint import Fingerprint, fingerprint, verify
from crawler.dedup.memory_index import StoryIndex
from newscrawl_kit.labelled.dedup_set import Doc


@dataclass(slots=True)
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # Errors by the kinds of the two documents ("copy/original", "original/footer", ...).
    false_pos: Counter[str] = field(default_factory=Counter)
    false_neg: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, a: Doc, b: Doc, predicted: bool) -> None:
        truth = a.story == b.story
        pair = "/".join(sorted((a.kind, b.kind)))
        if predicted and truth:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_pos[pair] += 1
        elif truth:
            self.fn += 1
            self.false_neg[pair] += 1


def fingerprints(docs: Sequence[Doc]) -> list[Fingerprint]:
    return [fingerprint(d.title, d.body) for d in docs]


def pairwise_verification(docs: Sequence[Doc], fps: Sequence[Fingerprint], threshold: float) -> Scores:
    """Every pair judged by ``verify`` alone (no LSH, no transitivity): the verifier's own quality."""
    scores = Scores()
    for i, j in combinations(range(len(docs)), 2):
        scores.add(docs[i], docs[j], verify(fps[i], fps[j], threshold).same)
    return scores


def clustering(docs: Sequence[Doc], fps: Sequence[Fingerprint], threshold: float) -> Scores:
    """The end-to-end result: documents added one by one to a story index (LSH candidates, verification,
    merges); a pair is predicted the same story when both end in one story."""
    index = StoryIndex(threshold)
    for d, fp in zip(docs, fps, strict=True):
        index.add(d.doc_id, fp)
    scores = Scores()
    for a, b in combinations(docs, 2):
        scores.add(a, b, index.story_of(a.doc_id) == index.story_of(b.doc_id))
    return scores
