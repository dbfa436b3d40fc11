"""Dedup quality on the generated labelled set: pairwise precision and recall.

.venv/bin/python bench/dedup.py [--threshold 0.6] [--seeds 7 8 9] [--sweep]
"""

from __future__ import annotations

import argparse
import random
import time

from crawler.config import Config
from newscrawl_kit import use_replay_web
from newscrawl_kit.labelled.dedup_eval import clustering, fingerprints, pairwise_verification
from newscrawl_kit.labelled.dedup_set import build_labelled_set


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threshold", type=float, default=Config.from_env().dedup_threshold)
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 8, 9])
    parser.add_argument("--sweep", action="store_true", help="also sweep the Jaccard threshold")
    args = parser.parse_args()
    use_replay_web()  # the replay web's profiles load in this process and its children

    for seed in args.seeds:
        docs = build_labelled_set(seed=seed)
        # Documents arrive in crawl order, not story order.
        random.Random(seed).shuffle(docs)
        t0 = time.perf_counter()
        fps = fingerprints(docs)
        t_fp = (time.perf_counter() - t0) / len(docs) * 1000
        n_pos = sum(1 for i, a in enumerate(docs) for b in docs[i + 1 :] if a.story == b.story)
        kinds = sorted({d.kind for d in docs})
        print(
            f"seed {seed}: {len(docs)} docs ({', '.join(kinds)}), {n_pos} positive pairs, "
            f"fingerprint {t_fp:.2f} ms/doc"
        )
        thresholds = [0.4, 0.5, 0.6, 0.7, 0.8] if args.sweep else [args.threshold]
        for thr in thresholds:
            ver = pairwise_verification(docs, fps, thr)
            clu = clustering(docs, fps, thr)
            print(
                f"  threshold {thr:.2f}  verifier P={ver.precision:.4f} R={ver.recall:.4f}   "
                f"stories (LSH+verify+merge) P={clu.precision:.4f} R={clu.recall:.4f} "
                f"(tp={clu.tp} fp={clu.fp} fn={clu.fn})"
            )
            if clu.false_pos:
                print(f"    false positives by kind: {dict(clu.false_pos)}")
            if clu.false_neg:
                print(f"    false negatives by kind: {dict(clu.false_neg)}")


if __name__ == "__main__":
    main()
