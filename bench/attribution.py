"""Attribution on aggregator layouts it was not tuned on (leave-layouts-out), held-out figures first.

Usage: .venv/bin/python bench/attribution.py [--seeds 1 2] [--sets heldout_g heldout_f heldout_d heldout_b heldout tuning]
                                              [--no-stories] [--verbose] [--corpus-originals]

Nine layout sets, never mixed: ``tuning`` (the layouts the weights and cue lists were tuned on);
development sets, each written blind to the code, measured once on hand-over, then used to improve the code
(their failing pages are read with ``--verbose``): ``heldout`` (set A), ``heldout_b`` (set B), ``heldout_d``
(set D, 2026-12-01), ``heldout_f`` (set F, 2026-12-02, a development set since 2026-12-03) and ``heldout_g``
(set G, 2026-12-03, scored blind twice, a development set since its second score); blind sets, written by
other engineers and never read by the people changing the code: ``heldout_c`` (set C), ``heldout_e`` (set E,
2026-12-01) and ``heldout_h`` (set H, 2026-12-03). The blind sets are not in the default
``--sets``: only the lead scores them, at the end of a session, without ``--verbose`` and without a cache.
Story texts are the kit's own plus real articles from ../shared/corpus (read at run time) with their real
pages as originals. Per set: credited accuracy, wrong outlets on uncredited copies, original URL, chrome left
in bodies, originals attributed to themselves; per story (a real ``newscrawl ingest`` into SQLite): origin
outlet and elected original; and the calibration of the confidence.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from crawler.outlets import OutletRegistry
from newscrawl_kit.labelled.layout_set import LabelledPage, build_layout_set
from newscrawl_kit.labelled.score_attribution import (
    PageOutcome,
    StoryFigures,
    page_figures,
    run_pages,
    story_figures,
)

# Scored only by the lead, once, at the end of a session: no --verbose, no cache.
BLIND = ("heldout_c", "heldout_e", "heldout_h")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def layout_sets() -> dict[str, tuple]:  # type: ignore[type-arg]
    from newscrawl_kit.layouts.heldout import HELDOUT
    from newscrawl_kit.layouts.heldout_b import HELDOUT_B
    from newscrawl_kit.layouts.heldout_c import HELDOUT_C
    from newscrawl_kit.layouts.heldout_d import HELDOUT_D
    from newscrawl_kit.layouts.heldout_e import HELDOUT_E
    from newscrawl_kit.layouts.heldout_f import HELDOUT_F
    from newscrawl_kit.layouts.heldout_g import HELDOUT_G
    from newscrawl_kit.layouts.heldout_h import HELDOUT_H
    from newscrawl_kit.layouts.tuning import TUNING

    return {
        "heldout_h": HELDOUT_H,
        "heldout_g": HELDOUT_G,
        "heldout_f": HELDOUT_F,
        "heldout_e": HELDOUT_E,
        "heldout_d": HELDOUT_D,
        "heldout_c": HELDOUT_C,
        "heldout_b": HELDOUT_B,
        "heldout": HELDOUT,
        "tuning": TUNING,
    }


def calibration(outcomes: list[PageOutcome]) -> str:
    """Named answers binned by confidence: how often each bin was right."""
    bins = [(0.0, 0.7), (0.7, 0.85), (0.85, 0.9), (0.9, 0.95), (0.95, 1.01)]
    parts = []
    for lo, hi in bins:
        got = [o for o in outcomes if o.outlet and not o.page.is_original and lo <= o.confidence < hi]
        if got:
            right = sum(o.outlet_right for o in got)
            parts.append(f"[{lo:.2f},{min(hi, 1):.2f}) {right}/{len(got)}={right / len(got):.2f}")
    return "; ".join(parts) or "no named answers"


def report(
    name: str,
    per_seed: list[list[LabelledPage]],
    registry: OutletRegistry,
    stories: bool,
    verbose: bool,
    cache: Path | None = None,
) -> None:
    pages = [p for seed_pages in per_seed for p in seed_pages]
    t0 = time.perf_counter()
    outcomes = run_pages(pages, registry, cache)
    seconds = time.perf_counter() - t0
    f = page_figures(outcomes)
    layouts = len({p.layout for p in pages if not p.is_original})
    print(
        f"[{name}] {layouts} layouts, {f.copies} copies + {f.originals} originals | "
        f"credited {f.credited_right}/{f.credited} = {f.accuracy:.3f} | "
        f"uncredited wrong {f.uncredited_wrong}/{f.uncredited} | "
        f"original URL {f.url_right}/{f.url_pages} = {f.url_rate:.3f} (given where none is exposed: {f.url_wrong}) | "
        f"chrome left {f.chrome_pages}/{f.copies} = {f.chrome_rate:.3f} | "
        f"originals right {f.originals_right}/{f.originals} | {len(pages) / seconds:.0f} pages/s"
    )
    print(
        "  per family: "
        + ", ".join(f"{k} {f.per_family_right[k]}/{v}" for k, v in sorted(f.per_family.items()))
    )
    by_lang: dict[str, list[int]] = {}
    for o in outcomes:
        if o.page.is_original or o.page.family is None:
            continue
        row = by_lang.setdefault(o.page.language, [0, 0])
        row[0] += o.outlet_right
        row[1] += 1
    print("  per language: " + ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(by_lang.items())))
    print(f"  confidence calibration (credited and uncredited copies named): {calibration(outcomes)}")
    if stories:
        s = StoryFigures()
        for seed_pages in per_seed:  # story keys repeat across seeds: one ingest per seed
            one = story_figures(seed_pages)
            for attr in (
                "stories",
                "origin_right",
                "with_original",
                "original_elected",
                "split",
                "stored_copies",
                "stored_chrome",
            ):
                setattr(s, attr, getattr(s, attr) + getattr(one, attr))
            s.failures += one.failures
        print(
            f"  stories {s.stories}: origin right {s.origin_right} = {s.origin_rate:.3f} | original elected "
            f"{s.original_elected}/{s.with_original} = {s.elected_rate:.3f} | split over several stories {s.split} | "
            f"chrome left in stored bodies {s.stored_chrome}/{s.stored_copies} (site templates learned over the batch)"
        )
        if verbose:
            for line in s.failures:
                print("    " + line)
    if verbose:
        for line in f.failures:
            print("    " + line)


def corpus_originals(registry: OutletRegistry) -> None:
    """Every real outlet page of the corpus whose publisher the registry knows: attributed to that outlet?"""
    from crawler.processing import process_page
    from newscrawl_kit.labelled.train_attribution import corpus_outlet_pages

    pages = corpus_outlet_pages(CORPUS, held_out=False, limit=10**6) + corpus_outlet_pages(
        CORPUS, held_out=True, limit=10**6
    )
    from crawler.items import Page

    right = known = 0
    wrong: list[str] = []
    for url, host, html in pages:
        record = registry.by_domain(host)
        if record is None or record.kind == "aggregator":
            continue
        known += 1
        att = process_page(Page(url=url, html=html, site=host), None, registry).attribution
        if att is not None and att.outlet == record.name:
            right += 1
        else:
            wrong.append(f"{host}: {att.outlet if att else None!r}")
    print(f"[corpus originals] {right}/{known} real outlet pages attributed to their own outlet")
    for line in wrong[:10]:
        print("    " + line)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[1])
    parser.add_argument(
        "--sets", nargs="+", default=["heldout_g", "heldout_f", "heldout_d", "heldout_b", "heldout", "tuning"]
    )
    parser.add_argument("--no-stories", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--corpus-originals", action="store_true")
    parser.add_argument(
        "--cache",
        type=Path,
        help="cache extracted pages in DIR between runs (development sets only; never for the blind sets C, E and H)",
    )
    args = parser.parse_args()
    registry = OutletRegistry.load_default()
    corpus = CORPUS if CORPUS.is_dir() else None
    print(
        f"registry: {len(registry.records)} records; corpus: {'yes' if corpus else 'absent (kit stories only)'}"
    )
    sets = layout_sets()
    held = [
        lay.name
        for key in (
            "heldout",
            "heldout_b",
            "heldout_c",
            "heldout_d",
            "heldout_e",
            "heldout_f",
            "heldout_g",
            "heldout_h",
        )
        for lay in sets[key]
    ]
    for name in args.sets:
        per_seed = [
            build_layout_set(sets[name], registry, seed=seed, corpus=corpus, held_out=held)
            for seed in args.seeds
        ]
        blind = name in BLIND
        if blind and args.verbose:
            parser.error(f"--verbose shows a blind set's pages: not for {name}")
        report(name, per_seed, registry, not args.no_stories, args.verbose, None if blind else args.cache)
    if args.corpus_originals and corpus:
        corpus_originals(registry)


if __name__ == "__main__":
    main()
