"""Body-text quality of the generic extraction path on the Article Extraction Benchmark (181 real pages).

Token-level precision/recall/F1 per page (lowercased ``\\w+`` tokens, bag-of-tokens overlap, as the AEB
evaluation does), averaged over pages; the same for plain trafilatura and readability-lxml as baselines.

    .venv/bin/python bench/extraction.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from readability import Document

from crawler.extraction import extract
from crawler.items import Page

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
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


def aeb_pages(corpus: Path) -> Iterator[tuple[str, str, str, str]]:
    """(id, url, html, gold body) for every AEB page."""
    root = corpus / "article-extraction-benchmark"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        yield key, gold[key]["url"], html, gold[key]["articleBody"]


def ours(url: str, html: str, refused: list[str] | None = None) -> str:
    result = extract(Page(url=url, html=html, site=urlsplit(url).hostname or ""))
    if refused is not None and not result.is_article:
        refused.append(f"{url} ({result.not_article_reason})")
    return result.body


def plain_trafilatura(url: str, html: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def plain_readability(url: str, html: str) -> str:
    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def evaluate(
    name: str, extractor: Callable[[str, str], str], pages: list[tuple[str, str, str, str]]
) -> tuple[float, float, float]:
    scores = []
    started = time.perf_counter()
    for _key, url, html, gold in pages:
        scores.append(prf(extractor(url, html), gold))
    elapsed = time.perf_counter() - started
    p, r, f = (sum(s[i] for s in scores) / len(scores) for i in range(3))
    print(f"{name:<24} P={p:.4f} R={r:.4f} F1={f:.4f}  {len(pages) / elapsed:6.1f} pages/s")
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not (args.corpus / "article-extraction-benchmark").is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    pages = list(aeb_pages(args.corpus))
    print(f"AEB: {len(pages)} pages, generic path (profile=None)")
    refused: list[str] = []
    evaluate("newscrawl extract", lambda url, html: ours(url, html, refused), pages)
    evaluate("trafilatura (default)", plain_trafilatura, pages)
    evaluate("readability-lxml", plain_readability, pages)
    print(f"AEB pages wrongly refused as not-an-article: {len(refused)} {refused[:5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
