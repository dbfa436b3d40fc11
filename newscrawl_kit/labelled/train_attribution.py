"""Fit and calibrate the attribution model (``crawler/attribution/model.json``) reproducibly, and measure
whether fitting beats the hand-set weights by leave-one-set-out cross-validation.

    .venv/bin/python -m newscrawl_kit.labelled.train_attribution [--sets tuning heldout heldout_b ...]
        [--seeds 1 2] [--cv] [--fit] [--l2 3] [--prior hand|zero] [--dry-run] [--cache DIR]

Development layout sets only (tuning, A = ``heldout``, B = ``heldout_b``, D = ``heldout_d`` once measured):
the blind set C (``heldout_c``) is refused. ``--cv`` leaves each set out in turn: the weights are fitted and
the threshold chosen on the other sets, and the held-out set is scored page by page (credited right, wrong
outlets on uncredited copies, real outlet pages credited to someone else), for the hand-set weights and for
each fitted variant (L2 strength, prior at zero or at the hand-set weights). Without ``--fit`` the shipped
weights stay hand-set and only the abstain threshold (the one with the best utility: right answers minus
wrong ones, an uncredited copy or a real page credited weighing most) and the confidence calibration (Platt
scaling) are recomputed on all the given sets; ``--fit`` ships fitted weights (do that only when ``--cv``
says they beat the hand-set ones). Rows of the fit are clues, labelled 1 when they name the page's source;
real outlet pages of the corpus (half of the publishers, by a hash of the host) give real-world negatives.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from crawler.attribution.context import AttributionContext
from crawler.attribution.features import FEATURES, vector
from crawler.attribution.model import MODEL_PATH, Model, default_model
from crawler.attribution.resolve import Candidate, decide, gather, is_wire_only, score_candidates
from crawler.items import Evidence, Page
from crawler.outlets.registry import OutletRegistry
from newscrawl_kit.labelled.extract_cache import extract_cached
from newscrawl_kit.labelled.layout_set import LabelledPage, build_layout_set
from newscrawl_kit.labelled.score_attribution import outlet_matches

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
NOW = datetime(2026, 12, 1, tzinfo=UTC)
DEV_SETS = ("tuning", "heldout", "heldout_b", "heldout_d")


@dataclass(slots=True)
class Sample:
    page: LabelledPage | None  # None for a real outlet page from the corpus
    key: str
    site: str
    group: str  # the layout set it comes from ("real" for corpus outlet pages)
    ctx: AttributionContext | None = None  # None: not an article
    clues: list[Evidence] = field(default_factory=list)


def held_out_publisher(host: str) -> bool:
    """Half of the corpus publishers (by a hash of the host) are never used for tuning."""
    return hashlib.sha1(host.encode()).digest()[0] % 2 == 1


def corpus_outlet_pages(corpus: Path, *, held_out: bool, limit: int = 400) -> list[tuple[str, str, str]]:
    """(url, host, html) of real outlet pages (fundus, AEB), one half of the publishers."""
    out: list[tuple[str, str, str]] = []
    index = corpus / "fundus-parser-tests" / "gold_index.json"
    records: list[tuple[str, Path]] = []
    if index.exists():
        for rec in json.loads(index.read_text(encoding="utf-8")):
            records.append((rec["url"], corpus / "fundus-parser-tests" / rec["html"]))
    aeb = corpus / "article-extraction-benchmark" / "ground-truth.json"
    if aeb.exists():
        for name, rec in json.loads(aeb.read_text(encoding="utf-8")).items():
            if rec.get("url"):
                records.append(
                    (rec["url"], corpus / "article-extraction-benchmark" / "html" / f"{name}.html.gz")
                )
    for url, path in records:
        host = (url.split("/")[2] if "//" in url else url).lower().removeprefix("www.")
        if held_out_publisher(host) != held_out or not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
            out.append((url, host, fh.read()))
        if len(out) >= limit:
            break
    return out


def samples(
    pages: Sequence[tuple[str, LabelledPage]],
    corpus_pages: Sequence[tuple[str, str, str]],
    registry: OutletRegistry,
    cache: Path | None = None,
) -> list[Sample]:
    """Every page extracted (from the cache when given) and its clues gathered once: models are then scored
    over the same clues without extracting again."""
    out: list[Sample] = []
    todo = [(g, p.key, p.url, p.site, p.html, p) for g, p in pages]
    todo += [("real", f"corpus/{host}", url, host, html, None) for url, host, html in corpus_pages]
    for group, key, url, site, html, page in todo:
        extracted = extract_cached(Page(url=url, html=html, site=site), NOW, cache)
        s = Sample(page, key, site, group)
        if extracted.is_article:
            s.ctx, s.clues = gather(extracted, site, None, registry)
        out.append(s)
    return out


def rows(data: Sequence[Sample]) -> tuple[np.ndarray, np.ndarray]:
    xs: list[list[float]] = []
    ys: list[float] = []
    for s in data:
        for ev in s.clues:
            if ev.method == "own_site":
                continue
            feats = dict(ev.features)
            if s.page is None and (
                feats.get("wire") or feats.get("kind_canonical") or feats.get("kind_meta_strong")
            ):
                # On a real outlet's page a wire byline or a canonical to a sister paper may be a true
                # credit (syndication): neither a positive nor a negative.
                continue
            right = s.page is not None and outlet_matches(s.page, ev.outlet, ev.domain)
            if s.page is not None and s.page.is_original and right:
                continue  # the outlet naming itself on its own page is neither credit nor distractor
            label = 1.0 if right and s.page is not None and s.page.family is not None else 0.0
            xs.append(vector(feats))
            ys.append(label)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def fit(
    x: np.ndarray,
    y: np.ndarray,
    l2: float = 1.0,
    steps: int = 30,
    prior: tuple[float, np.ndarray] | None = None,
) -> tuple[float, np.ndarray]:
    """Logistic regression by Newton's method, classes balanced, L2 on the weights (not the bias) towards
    ``prior`` (bias, weights) when given, else towards zero."""
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    pos = max(y.sum(), 1.0)
    neg = max(n - y.sum(), 1.0)
    sw = np.where(y > 0, n / (2 * pos), n / (2 * neg))
    centre = np.zeros(d + 1) if prior is None else np.concatenate([[prior[0]], prior[1]])
    reg = np.eye(d + 1) * l2
    reg[0, 0] = 0.0

    def loss(w: np.ndarray) -> float:
        z = xb @ w
        return float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)) + 0.5 * (w - centre) @ reg @ (w - centre))

    w = np.zeros(d + 1)  # Newton from a saturated start (a far prior) can diverge: start flat, step halved
    current = loss(w)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (sw * (p - y)) + reg @ (w - centre)
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + reg + np.eye(d + 1) * 1e-6
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-4 and loss(w - t * step) > current:
            t /= 2
        w -= t * step
        previous, current = current, loss(w)
        if np.abs(t * step).max() < 1e-6 or previous - current < 1e-9:
            break
    return float(w[0]), w[1:]


def answers(data: Sequence[Sample], model: Model) -> list[tuple[Sample, str | None, str | None, float]]:
    """(sample, outlet named from clues or None, its domain, confidence or the best clue's weight)."""
    out = []
    for s in data:
        if s.ctx is None:
            continue
        att = decide(s.ctx, s.clues, model)
        top = max((ev.weight for ev in att.evidence if ev.method != "own_site"), default=0.0)
        outlet = None if att.method == "own_site" and (s.page is None or s.page.is_original) else att.outlet
        if s.page is None and outlet is not None and _syndication(att):
            outlet = None  # a real outlet's page crediting a wire or a sister paper's canonical: not false
        out.append((s, outlet, att.domain, att.confidence if outlet else top))
    return out


def _syndication(att: object) -> bool:
    winner = [ev for ev in att.evidence if ev.outlet == att.outlet]  # type: ignore[attr-defined]
    feats = [dict(ev.features) for ev in winner]
    return any(f.get("wire") or f.get("kind_canonical") or f.get("kind_meta_strong") for f in feats)


@dataclass(slots=True)
class Score:
    credited: int = 0
    right: int = 0
    wrong: int = 0  # a credited copy given another outlet
    uncredited: int = 0
    false: int = 0  # an uncredited copy given an outlet
    real_false: int = 0  # a real page (or an original) credited from clues to someone else

    def count(self, page: LabelledPage | None, outlet: str | None, domain: str | None) -> None:
        """Count one page's answer."""
        if page is None or page.is_original:
            # Real pages (outlets, blogs, shops): an answer from clues (not own_site) is a false credit.
            self.real_false += outlet is not None and (
                page is None or not outlet_matches(page, outlet, domain)
            )
        elif page.family is None:
            self.uncredited += 1
            self.false += outlet is not None and not outlet_matches(page, outlet, domain)
        else:
            self.credited += 1
            if outlet_matches(page, outlet, domain):
                self.right += 1
            elif outlet is not None:
                self.wrong += 1

    @property
    def utility(self) -> float:
        # A wrong outlet on an uncredited copy is the costliest error (the target is none); a real page's
        # clue taken for a credit costs as much as a missed credit.
        return self.right - 2 * self.wrong - 5 * self.false - self.real_false

    @property
    def accuracy(self) -> float:
        return self.right / self.credited if self.credited else 0.0

    def add(self, other: Score) -> None:
        for name in ("credited", "right", "wrong", "uncredited", "false", "real_false"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        return (
            f"credited {self.right}/{self.credited} = {self.accuracy:.3f}, wrong {self.wrong}, "
            f"uncredited given an outlet {self.false}/{self.uncredited}, real pages credited {self.real_false}"
        )


def score(data: Sequence[Sample], model: Model) -> Score:
    sc = Score()
    for s, outlet, domain, _ in answers(data, model):
        sc.count(s.page, outlet, domain)
    return sc


THRESHOLDS = tuple(x / 100 for x in range(40, 91, 5))


def fast_scores(data: Sequence[Sample], model: Model) -> dict[float, Score]:
    """``score`` at every threshold of ``THRESHOLDS`` from one scoring of each page's candidates: the
    answer at a threshold is the best outlet at or above it, else the best wire (as ``decide`` does)."""
    out = {t: Score() for t in THRESHOLDS}
    for s in data:
        if s.ctx is None:
            continue
        p = s.page
        own = any(ev.method == "own_site" for ev in s.clues)
        _, candidates = score_candidates(s.ctx.registry, s.clues, model)
        outlets = [c for c in candidates if not is_wire_only(c)]
        wires = [c for c in candidates if is_wire_only(c)]
        for t, sc in out.items():
            if own and (p is None or p.is_original):
                continue  # the page's own outlet: neither right nor wrong here (as in ``answers``)
            best = next((c for c in outlets if c.score >= t), None) or next(
                (c for c in wires if c.score >= t), None
            )
            name, domain = (best.name, best.domain) if best else (None, None)
            if p is None and best is not None and _candidate_syndication(best):
                name = None
            sc.count(p, name, domain)
    return out


def _candidate_syndication(c: Candidate) -> bool:
    feats = [dict(ev.features) for ev in c.clues]
    return any(f.get("wire") or f.get("kind_canonical") or f.get("kind_meta_strong") for f in feats)


def choose_threshold(data: Sequence[Sample], model: Model, verbose: bool = False) -> tuple[float, Score]:
    """The threshold with the best utility on ``data`` (a tie goes to the higher, safer threshold)."""
    best: tuple[float, float, Score] | None = None
    every = fast_scores(data, replace(model, calibration=(1.0, 0.0)))
    for threshold in THRESHOLDS:
        sc = every[threshold]
        if verbose:
            print(f"  threshold {threshold:.2f}: {sc.line()}")
        if best is None or sc.utility >= best[0]:
            best = (sc.utility, threshold, sc)
    assert best is not None
    return best[1], best[2]


def calibrate(data: Sequence[Sample], model: Model) -> tuple[float, float]:
    """Platt scaling: P(the best candidate is the page's source | its raw score), fitted on the best
    candidate of every page (named or not; uncredited copies and real outlet pages count as wrong when
    they have one)."""
    zs, ys = [], []
    m = replace(model, threshold=0.0, calibration=(1.0, 0.0))  # every page names its best candidate
    for s, outlet, domain, conf in answers(data, m):
        if outlet is None:
            continue
        p = min(max(conf, 1e-4), 1 - 1e-4)
        zs.append(math.log(p / (1 - p)))
        right = s.page is not None and not s.page.is_original and s.page.family is not None
        ys.append(1.0 if right and outlet_matches(s.page, outlet, domain) else 0.0)  # type: ignore[arg-type]
    if len(set(ys)) < 2:
        return (1.0, 0.0)
    b, w = fit(np.array(zs)[:, None], np.array(ys), l2=0.1)
    return (float(w[0]), b)


def fitted_model(train: Sequence[Sample], l2: float, prior: str, hand: Model) -> Model:
    x, y = rows(train)
    centre = None
    if prior == "hand":
        centre = (hand.bias, np.array([hand.weights.get(f, 0.0) for f in FEATURES]))
    bias, w = fit(x, y, l2=l2, prior=centre)
    return replace(hand, bias=bias, weights=dict(zip(FEATURES, map(float, w), strict=True)))


VARIANTS = (("zero", 1.0), ("zero", 3.0), ("hand", 1.0), ("hand", 3.0), ("hand", 10.0), ("hand", 30.0))


def cross_validate(
    data: Sequence[Sample],
    sets: Sequence[str],
    hand: Model,
    variants: Sequence[tuple[str, float]] = VARIANTS,
) -> dict[str, Score]:
    """Leave one layout set out: fit and choose the threshold on the others, score the one left out."""
    pooled: dict[str, Score] = {}
    real = [s for s in data if s.group == "real"]
    for held in sets:
        train = [s for s in data if s.group not in (held, "real")] + real
        test = [s for s in data if s.group == held]
        if not test:
            continue
        print(f"[left out: {held}] train {len(train)} pages, test {len(test)} pages")
        models = {"hand-set": hand}
        for prior, l2 in variants:
            models[f"fit prior={prior} l2={l2:g}"] = fitted_model(train, l2, prior, hand)
        for name, model in models.items():
            threshold, _ = choose_threshold(train, model)
            sc = score(test, replace(model, threshold=threshold))
            quick = fast_scores(test, model)[threshold]
            if (quick.right, quick.false, quick.wrong) != (sc.right, sc.false, sc.wrong):
                print(f"  (fast threshold scan differs from decide: {quick.line()})")
            pooled.setdefault(name, Score()).add(sc)
            print(f"  {name:26s} threshold {threshold:.2f}: {sc.line()}")
    print("[pooled over the folds]")
    for name, sc in pooled.items():
        print(f"  {name:26s} {sc.line()} | utility {sc.utility:g}")
    return pooled


def load(
    sets: Sequence[str], seeds: Sequence[int], registry: OutletRegistry, cache: Path | None
) -> list[Sample]:
    import importlib

    corpus = CORPUS if CORPUS.is_dir() else None
    pages: list[tuple[str, LabelledPage]] = []
    for name in sets:
        module = importlib.import_module(f"newscrawl_kit.layouts.{name}")
        layouts = getattr(module, name.upper())
        for seed in seeds:
            for p in build_layout_set(layouts, registry, seed=seed, corpus=corpus):
                if p.is_original and held_out_publisher(p.site.removeprefix("www.")):
                    continue
                pages.append((name, p))
    real = corpus_outlet_pages(corpus, held_out=False) if corpus else []
    data = samples(pages, real, registry, cache)
    print(f"{len(data)} pages ({len(real)} real outlet pages) from {', '.join(sets)}, seeds {list(seeds)}")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", default=["tuning", "heldout", "heldout_b"])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation only")
    parser.add_argument("--fit", action="store_true", help="ship fitted weights (default: the hand-set ones)")
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--prior", choices=("hand", "zero"), default="hand")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write model.json")
    parser.add_argument("--cache", type=Path, help="cache extracted pages in DIR between runs")
    parser.add_argument(
        "--variants",
        nargs="+",
        metavar="PRIOR:L2",
        help="fitted variants --cv compares with the hand-set weights (default: "
        + " ".join(f"{p}:{v:g}" for p, v in VARIANTS)
        + ")",
    )
    args = parser.parse_args(argv)
    unknown = [s for s in args.sets if s not in DEV_SETS]
    if unknown:
        parser.error(f"not a development set: {', '.join(unknown)} (the blind set C is never trained on)")
    registry = OutletRegistry.load_default()
    data = load(args.sets, args.seeds, registry, args.cache)
    hand = default_model()
    if args.cv:
        variants = VARIANTS
        if args.variants:
            variants = tuple((v.split(":")[0], float(v.split(":")[1])) for v in args.variants)
        cross_validate(data, args.sets, hand, variants)
        return 0
    model = fitted_model(data, args.l2, args.prior, hand) if args.fit else hand
    threshold, stats = choose_threshold(data, model, verbose=True)
    model = replace(model, threshold=threshold)
    model = replace(model, calibration=calibrate(data, model))
    model = replace(
        model,
        meta={
            "weights": f"fitted (l2={args.l2:g}, prior={args.prior})" if args.fit else "hand-set",
            "command": "python -m newscrawl_kit.labelled.train_attribution " + " ".join(argv or []),
            "sets": list(args.sets),
            "seeds": args.seeds,
            "pages": len(data),
            "stats": {"threshold": threshold, **{k: getattr(stats, k) for k in Score.__slots__}},
        },
    )
    for name, value in sorted(model.weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:16s} {value:+.3f}")
    print(f"  bias {model.bias:+.3f}  threshold {model.threshold:.2f}  calibration {model.calibration}")
    if not args.dry_run:
        MODEL_PATH.write_text(
            json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
