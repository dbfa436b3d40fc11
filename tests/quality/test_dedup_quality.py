"""Quality floors of dedup on the generated labelled set (see bench/dedup.py for the numbers):
pairwise precision >= 0.99 and recall >= 0.97, end to end (LSH candidates, verification, merges)."""

from __future__ import annotations

import random

import pytest

from crawler.config import Config
from crawler.dedup.evaluation import clustering, fingerprints, pairwise_verification
from crawler.dedup.labelled_set import build_labelled_set

pytestmark = pytest.mark.quality


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_story_pairs_precision_and_recall(seed: int) -> None:
    docs = build_labelled_set(seed=seed)
    random.Random(seed).shuffle(docs)
    kinds = {d.kind for d in docs}
    assert kinds == {"original", "copy", "same_event", "follow_up", "footer", "ticker"}
    scores = clustering(docs, fingerprints(docs), Config().dedup_threshold)
    assert scores.tp > 400
    assert scores.precision >= 0.99, dict(scores.false_pos)
    assert scores.recall >= 0.97, dict(scores.false_neg)


def test_the_verifier_alone_never_merges_hard_negatives() -> None:
    docs = build_labelled_set(seed=11)
    scores = pairwise_verification(docs, fingerprints(docs), Config().dedup_threshold)
    assert scores.precision >= 0.99, dict(scores.false_pos)
    assert scores.recall >= 0.9, dict(scores.false_neg)
