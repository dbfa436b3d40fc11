"""Body-text quality and speed of the generic extraction path on real pages, beside trafilatura and readability.

AEB (the Article Extraction Benchmark, 181 pages, human ``articleBody`` gold): token-level precision/recall/F1
per page (lowercased ``\\w+`` tokens, bag-of-tokens overlap, as the AEB evaluation does), averaged over pages.
fundus (258 pages, other layouts and languages, gold = the publishers' own parsers): the same F1, reported as
a second opinion. Pages are read as bytes and decoded the way ``newscrawl extract FILE`` decodes them; the
baselines get the same decoded text. The held-out third of each set (bench/corpus.py) is reported first.

    .venv/bin/python bench/extraction.py [--corpus ../shared/corpus] [--skip-fundus]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
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


def evaluate(
    name: str, extractor: Callable[[str, str], str], pages: list[Case]
) -> tuple[float, float, float, float]:
    """(held-out F1, P, R, F1 over all pages) and prints them with pages/s."""
    scores: list[tuple[float, float, float]] = []
    held: list[tuple[float, float, float]] = []
    started = time.perf_counter()
    for _key, url, html, gold, held_out in pages:
        score = prf(extractor(url, html), gold)
        scores.append(score)
        if held_out:
            held.append(score)
    rate = len(pages) / (time.perf_counter() - started)
    p, r, f = mean_prf(scores)
    hf = mean_prf(held)[2]
    print(f"  {name:<22} held-out F1={hf:.4f} (n={len(held)})  all: P={p:.4f} R={r:.4f} F1={f:.4f}  "
          f"{rate:6.1f} pages/s")  # fmt: skip
    return hf, p, r, f


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
        started = time.perf_counter()
        evaluate("newscrawl extract", lambda url, html, refused=refused: ours(url, html, refused), pages)
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        evaluate("trafilatura (default)", plain_trafilatura, pages)
        trafilatura_s = time.perf_counter() - started
        evaluate("readability-lxml", plain_readability, pages)
        print(f"  speed vs trafilatura alone: {trafilatura_s / ours_s:.2f}x")
        print(f"  pages wrongly refused as not-an-article: {len(refused)} {refused[:5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
