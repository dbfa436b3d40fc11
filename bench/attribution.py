"""Attribution quality on the generated labelled set (newscrawl_kit/labelled/attribution_set.py).

Usage: .venv/bin/python bench/attribution.py [--seeds 7 8 9] [--per-case 20] [--verbose]
Prints, per seed: accuracy on credited pages (the outlet, plus the agency on chain pages and the original URL
where the page gives one, must all be right), wrong outlets on uncredited pages, per-case accuracy,
per-signal hit counts, pages/s (extraction + attribution, and attribution alone).
"""

from __future__ import annotations

import argparse

from crawler.outlets import OutletRegistry
from newscrawl_kit import use_replay_web
from newscrawl_kit.labelled.attribution_set import build_labelled_set, evaluate


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 8, 9])
    parser.add_argument("--per-case", type=int, default=20)
    parser.add_argument("--verbose", action="store_true", help="list every failure")
    args = parser.parse_args()
    use_replay_web()  # the replay web's profiles load in this process and its children
    registry = OutletRegistry.load_default()
    print(f"registry: {len(registry.records)} records")
    for seed in args.seeds:
        pages = build_labelled_set(registry, seed=seed, per_case=args.per_case)
        r = evaluate(pages, registry)
        total = r.seconds_extract + r.seconds_attribute
        print(
            f"seed {seed}: {r.pages} pages | credited {r.credited}: accuracy {r.accuracy:.4f} "
            f"({r.credited_right}/{r.credited}) | uncredited {r.uncredited}: wrong outlet {r.uncredited_wrong} | "
            f"agency {r.agency_right}/{r.agency_pages} | original_url {r.url_right}/{r.url_pages} | "
            f"{r.pages / total:.0f} pages/s end-to-end, {r.pages / r.seconds_attribute:.0f} pages/s attribution"
        )
        assert r.per_case is not None and r.signal_hits is not None and r.failures is not None
        print("  per case: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(r.per_case.items())))
        print("  signal hits (pages): " + ", ".join(f"{k} {v}" for k, v in sorted(r.signal_hits.items())))
        for key, expected, got in r.failures if args.verbose else r.failures[:5]:
            print(f"  FAIL {key}: expected {expected!r}, got {got}")


if __name__ == "__main__":
    main()
