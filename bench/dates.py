"""Publication-date accuracy on real pages: ours (what ``newscrawl extract`` prints) vs plain htmldate.

The ruler is htmldate's MediaCloud 2020 set: exact-day accuracy over 200 real news pages (gold: day of
publication; a page whose gold is NaN expects no date), on its 8 Arabic pages, and pages/s. The day of a result
is read in the offset the page itself gave. Pages are decoded from their bytes as production decodes them.
The MediaCloud pages are split in two halves by a hash of their file name: the date rules were tuned looking
only at the dev half's misses; the held-out half (never looked at) is printed first. The fundus (publisher
parsers' gold, UTC instants) and trafilatura-eval (human gold) sets follow, with their held-out third
(bench/corpus.py): pages the date rules were not tuned on.

Usage: .venv/bin/python bench/dates.py [--verbose] [--only-htmldate]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path
from urllib.parse import urlsplit

import corpus as C
from htmldate import find_date

from crawler.extraction import extract
from crawler.items import Page

CORPUS = C.CORPUS / "htmldate-mediacloud-2020"
# The Arabic-script pages, as listed in the corpus README/MANIFEST (by file id, not by content).
ARABIC = {
    "1691196862",
    "1731695567",
    "1806793639",
    "1784190729",
    "1623715966",
    "1588107198",
    "1550981615",
    "1764731404",
}


@dataclass(frozen=True)
class Case:
    file_id: str
    url: str
    gold: str | None  # "YYYY-MM-DD", or None when the page has no publication date
    html: str
    held_out: bool = False
    utc_gold: bool = False  # the gold is the UTC day of an instant (fundus)


@dataclass
class Score:
    name: str
    total: int = 0
    right: int = 0
    arabic_right: int = 0
    held_total: int = 0
    held_right: int = 0
    seconds: float = 0.0


def held_out_half(file_id: str) -> bool:
    """The MediaCloud half whose misses were never looked at while tuning (by file name, stable)."""
    return int(hashlib.sha1(file_id.encode("utf-8")).hexdigest(), 16) % 2 == 1


def load_cases(collection: str = "htmldate", corpus: Path = C.CORPUS) -> list[Case]:
    out = []
    for page in C.COLLECTIONS[collection](corpus):
        if collection != "htmldate" and not page.date:
            continue
        held = held_out_half(page.key) if collection == "htmldate" else page.held_out
        out.append(Case(page.key, page.url, page.date, page.html(), held, collection == "fundus"))
    return out


def ours(case: Case, now: datetime) -> str | None:
    found = extract(Page(url=case.url, html=case.html, site=urlsplit(case.url).hostname or ""), now=now)
    published = found.published_at
    if published is None:
        return None
    if case.utc_gold and published.time() != clock(0):
        return published.astimezone(UTC).date().isoformat()
    return published.date().isoformat()


def baseline(case: Case, now: datetime) -> str | None:
    return find_date(case.html, url=case.url, original_date=True, extensive_search=True)


def run(method: Callable[[Case, datetime], str | None], name: str, cases: list[Case], verbose: bool) -> Score:
    score = Score(name, total=len(cases))
    now = datetime.now().astimezone()
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for case in cases:
            got = method(case, now)
            right = got == case.gold
            score.right += right
            score.arabic_right += right and case.file_id in ARABIC
            score.held_total += case.held_out
            score.held_right += right and case.held_out
            if not right and verbose and not case.held_out:  # held-out misses stay unseen
                print(f"  {name} MISS {case.file_id} gold={case.gold} got={got} {case.url[:90]}")
    score.seconds = time.perf_counter() - start
    return score


def report(score: Score, arabic: bool) -> None:
    held = (
        f"held-out {score.held_right / max(score.held_total, 1):.3f} ({score.held_right}/{score.held_total})"
    )
    line = f"  {score.name:10s} {held}  all {score.right / score.total:.3f} ({score.right}/{score.total})"
    if arabic:
        line += f"  arabic {score.arabic_right}/{len(ARABIC)}"
    print(f"{line}  {score.total / score.seconds:.1f} pages/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss outside the held-out part")
    parser.add_argument("--only-htmldate", action="store_true", help="the 200 MediaCloud pages only")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    collections = ("htmldate",) if args.only_htmldate else ("htmldate", "fundus", "trafilatura")
    for collection in collections:
        cases = load_cases(collection)
        print(f"{collection}: {len(cases)} pages, exact day")
        for method, name in ((baseline, "htmldate"), (ours, "newscrawl")):
            report(run(method, name, cases, args.verbose), arabic=collection == "htmldate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
