"""Titles, authors and languages on real pages with gold, beside trafilatura's and readability's metadata.

- title exact: the extracted title equals the gold headline (both NFC, HTML entities and whitespace collapsed);
- authors exact: the same set of names (case-insensitive); authors found: every gold name is among ours;
  spurious: pages whose gold has no author where we still name one;
- language: our ISO 639-1 code equals the set's language (fundus: the publisher's country language;
  newspaper4k: its metadata; trafilatura-eval: the page's own ``<html lang>``, a weaker gold).
fundus is reported per language, today's numbers first. The held-out third (bench/corpus.py) is printed
first; trafilatura-eval was never used for tuning at all.

    .venv/bin/python bench/fields.py [--verbose] [--collections fundus,trafilatura,newspaper4k]
"""

from __future__ import annotations

import argparse
import html as htmllib
import re
import sys
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import corpus as C
import trafilatura
from readability import Document

from crawler.extraction import extract
from crawler.items import Page

_NAME_JOINERS = re.compile(r"\s*(?:,|;|&|\||/)\s*|\s+(?:and|und|et|y|e|og|och|i|en)\s+", re.I)


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", htmllib.unescape(text or "")).split())


def names(values: list[str]) -> set[str]:
    out = set()
    for value in values:
        for name in _NAME_JOINERS.split(norm(value)):
            name = name.strip(" .-–:").casefold()
            if name:
                out.add(name)
    return out


@dataclass
class Tally:
    pages: int = 0
    title: int = 0
    authored: int = 0
    authors_exact: int = 0
    authors_found: int = 0
    unauthored: int = 0
    spurious: int = 0
    with_language: int = 0
    language: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, page: C.CorpusPage, title: str | None, authors: list[str], language: str | None) -> None:
        self.pages += 1
        if page.title:
            ok = norm(title) == norm(page.title)
            self.title += ok
            if not ok:
                self.misses.append(
                    f"title {page.key}: got {norm(title)[:70]!r} want {norm(page.title)[:70]!r}"
                )
        gold, got = names(page.authors), names(authors)
        if gold:
            self.authored += 1
            self.authors_exact += gold == got
            self.authors_found += gold <= got
            if gold != got:
                self.misses.append(f"authors {page.key}: got {sorted(got)} want {sorted(gold)}")
        else:
            self.unauthored += 1
            self.spurious += bool(got)
        if page.language:
            self.with_language += 1
            self.language += (language or "") == page.language
            if (language or "") != page.language:
                self.misses.append(f"language {page.key}: got {language} want {page.language}")

    def line(self, titled: int) -> str:
        def pct(n: int, d: int) -> str:
            return f"{n / d:.3f} ({n}/{d})" if d else "-"

        return (
            f"title {pct(self.title, titled)}  authors exact {pct(self.authors_exact, self.authored)} "
            f"found {pct(self.authors_found, self.authored)}  spurious {pct(self.spurious, self.unauthored)}  "
            f"language {pct(self.language, self.with_language)}"
        )


def ours(page: C.CorpusPage) -> tuple[str | None, list[str], str | None]:
    result = extract(Page(url=page.url, html=page.html(), site=urlsplit(page.url).hostname or ""))
    return result.title, result.authors, result.language


def trafilatura_meta(page: C.CorpusPage) -> tuple[str | None, list[str], str | None]:
    meta = trafilatura.extract_metadata(page.html(), default_url=page.url)
    if meta is None:
        return None, [], None
    return meta.title, [str(meta.author)] if meta.author else [], None


def readability_title(page: C.CorpusPage) -> tuple[str | None, list[str], str | None]:
    try:
        return Document(page.html()).short_title(), [], None
    except Exception:
        return None, [], None


EXTRACTORS = {"newscrawl": ours, "trafilatura": trafilatura_meta, "readability": readability_title}


def measure(collection: str, verbose: bool = False) -> dict[str, dict[str, Tally]]:
    """extractor -> group ("held-out", "all", "lang:xx") -> tally."""
    pages = list(C.COLLECTIONS[collection]())
    out: dict[str, dict[str, Tally]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, extractor in EXTRACTORS.items():
            groups: dict[str, Tally] = defaultdict(Tally)
            for page in pages:
                title, authors, language = extractor(page)
                keys = ["all", *(["held-out"] if page.held_out else [])]
                if collection == "fundus":
                    keys.append(f"lang:{page.language}")
                for key in keys:
                    groups[key].add(page, title, authors, language)
            out[name] = dict(groups)
            if verbose and name == "newscrawl":
                for miss in groups["all"].misses:
                    print("   ", miss)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list our misses")
    parser.add_argument("--collections", default="fundus,trafilatura,newspaper4k")
    args = parser.parse_args()
    if not C.CORPUS.is_dir():
        print(f"corpus not found at {C.CORPUS}", file=sys.stderr)
        return 2
    for collection in args.collections.split(","):
        titled = defaultdict(int)
        for page in C.COLLECTIONS[collection]():
            if page.title:
                for key in ["all", *(["held-out"] if page.held_out else [])]:
                    titled[key] += 1
                titled[f"lang:{page.language}"] += 1
        results = measure(collection, args.verbose)
        print(f"{collection}:")
        for name, groups in results.items():
            for key in ("held-out", "all"):
                print(f"  {name:<12} {key:<9} {groups[key].line(titled[key])}")
        if collection == "fundus":
            print("  newscrawl per language:")
            for key, tally in sorted(results["newscrawl"].items()):
                if key.startswith("lang:"):
                    print(f"    {key[5:]:<4} pages {tally.pages:3d}  {tally.line(titled[key])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
