"""Quality floors of dedup on the generated labelled set (see bench/dedup.py for the numbers):
pairwise precision >= 0.99 and recall >= 0.97, end to end (LSH candidates, verification, merges)."""

from __future__ import annotations

import random

import pytest

from crawler.config import Config
from newscrawl_kit.labelled.dedup_eval import clustering, fingerprints, pairwise_verification
from newscrawl_kit.labelled.dedup_set import build_labelled_set

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


def test_the_replay_web_groups_into_exactly_its_stories() -> None:
    """Every copy of the demo web (full, truncated, lightly edited, both scripts) lands in its story, and no
    two stories meet: the groups found are exactly the stories written."""
    from crawler.dedup.fingerprint import fingerprint
    from crawler.dedup.memory_index import StoryIndex
    from newscrawl_kit.replay.web import build_demo_web

    web = build_demo_web()
    index = StoryIndex(Config().dedup_threshold)
    pages = sorted(web.truth.values(), key=lambda t: t.url)
    assert {"full", "truncated", "edited"} <= {t.variant for t in pages}
    for truth in pages:
        index.add(truth.url, fingerprint(truth.title, truth.body))
    found: dict[int, set[str]] = {}
    for truth in pages:
        found.setdefault(index.story_of(truth.url), set()).add(truth.story_key)
    assert all(len(keys) == 1 for keys in found.values()), "different stories merged"
    assert len(found) == len({t.story_key for t in pages}), "a story split in two"
