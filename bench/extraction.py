"""Body-text quality and speed of the generic extraction path on real pages, beside trafilatura and readability.

AEB (the Article Extraction Benchmark, 181 pages, human ``articleBody`` gold): token-level precision/recall/F1
per page (lowercased ``\\w+`` tokens, bag-of-tokens overlap, as the AEB evaluation does), averaged over pages.
fundus (258 pages, other layouts and languages, gold = the publishers' own parsers): the same F1, reported as
a second opinion. Pages are read as bytes and decoded the way ``newscrawl extract FILE`` decodes them; the
baselines get the same decoded text. The held-out third of each set (bench/corpus.py) is reported first.
Speed: the extractors take turns on each page (after one warm-up page), so a loaded machine slows them alike;
the ratio is given in wall time and in CPU time.

    .venv/bin/python bench/extraction.py [--corpus ../shared/corpus] [--skip-fundus]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import corpus as C
import lxml.html
import trafilatura
from readability import Document

from crawler.extraction import extract
from crawler.items import Page

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    pred, ref = tokens(predicted), tokens(gold)
    if not pred and not ref:
        return 1.0, 1.0, 1.0
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


Case = tuple[str, str, str, str, bool]  # (key, url, decoded html, gold body, held out)


def cases(collection: str, corpus: Path = C.CORPUS) -> list[Case]:
    return [
        (p.key, p.url, p.html(), p.body or "", p.held_out)
        for p in C.COLLECTIONS[collection](corpus)
        if p.body
    ]


def aeb_pages(corpus: Path = C.CORPUS) -> list[Case]:
    return cases("aeb", corpus)


def ours(url: str, html: str, refused: list[str] | None = None) -> str:
    result = extract(Page(url=url, html=html, site=urlsplit(url).hostname or ""))
    if refused is not None and not result.is_article:
        refused.append(f"{url} ({result.not_article_reason})")
    return result.body


def plain_trafilatura(url: str, html: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def plain_readability(url: str, html: str) -> str:
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises on control characters and odd markup: nothing extracted
        return ""
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def mean_prf(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    if not scores:
        return 0.0, 0.0, 0.0
    p, r, f = (sum(s[i] for s in scores) / len(scores) for i in range(3))
    return p, r, f


@dataclass
class Run:
    """One extractor's outputs over a set, with the time it took (wall and CPU)."""

    name: str
    extractor: Callable[[str, str], str]
    outputs: list[str] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0

    def __call__(self, url: str, html: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.outputs.append(self.extractor(url, html))
        self.wall += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu


def interleaved(runs: list[Run], pages: list[Case]) -> None:
    """Every extractor on each page in turn: on a shared machine the load then weighs on all of them alike,
    which makes their speed ratio meaningful even when the absolute pages/s are not."""
    for _key, url, html, _gold, _held in pages:
        for run in runs:
            run(url, html)


def report(run: Run, pages: list[Case]) -> tuple[float, float, float, float]:
    """(held-out F1, P, R, F1 over all pages), printed with pages/s."""
    scores = [prf(out, gold) for out, (_k, _u, _h, gold, _held) in zip(run.outputs, pages, strict=True)]
    held = [score for score, page in zip(scores, pages, strict=True) if page[4]]
    p, r, f = mean_prf(scores)
    hf = mean_prf(held)[2]
    print(f"  {run.name:<22} held-out F1={hf:.4f} (n={len(held)})  all: P={p:.4f} R={r:.4f} F1={f:.4f}  "
          f"{len(pages) / run.wall:6.1f} pages/s ({1000 * run.cpu / len(pages):.0f} ms CPU/page)")  # fmt: skip
    return hf, p, r, f


def evaluate(
    name: str, extractor: Callable[[str, str], str], pages: list[Case]
) -> tuple[float, float, float, float]:
    """One extractor alone: (held-out F1, P, R, F1 over all pages), printed with pages/s."""
    run = Run(name, extractor)
    interleaved([run], pages)
    return report(run, pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=C.CORPUS)
    parser.add_argument("--skip-fundus", action="store_true", help="AEB only")
    args = parser.parse_args(argv)
    if not (args.corpus / "article-extraction-benchmark").is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    for collection in ("aeb",) if args.skip_fundus else ("aeb", "fundus"):
        pages = cases(collection, args.corpus)
        print(f"{collection}: {len(pages)} pages, generic path (profile=None)")
        refused: list[str] = []
        warm = pages[0]
        for extractor in (ours, plain_trafilatura, plain_readability):  # imports and models: not per page
            extractor(warm[1], warm[2])
        runs = [
            Run("newscrawl extract", lambda url, html, refused=refused: ours(url, html, refused)),
            Run("trafilatura (default)", plain_trafilatura),
            Run("readability-lxml", plain_readability),
        ]
        interleaved(runs, pages)
        for run in runs:
            report(run, pages)
        print(f"  speed vs trafilatura alone: {runs[1].wall / runs[0].wall:.2f}x wall, "
              f"{runs[1].cpu / runs[0].cpu:.2f}x CPU (same pages, interleaved)")  # fmt: skip
        print(f"  pages wrongly refused as not-an-article: {len(refused)} {refused[:5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
