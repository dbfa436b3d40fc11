"""Publication-date accuracy on htmldate's MediaCloud 2020 set: ours vs plain htmldate.

Usage: .venv/bin/python bench/dates.py [--verbose]
Exact-day accuracy over 200 real news pages (gold: day of publication; a page whose gold is NaN expects no
date), on the 8 Arabic pages, and pages/s. The day of a result is read in the offset the page itself gave.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from htmldate import find_date

from crawler.cleaning.dates import find_published_date

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "htmldate-mediacloud-2020"
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


@dataclass
class Score:
    name: str
    right: int = 0
    arabic_right: int = 0
    seconds: float = 0.0


def load_cases(corpus: Path = CORPUS) -> list[Case]:
    gold = json.loads((corpus / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    cases = []
    for url, entry in gold.items():
        file_id = entry["file"].removesuffix(".html")
        with gzip.open(corpus / "html" / f"{file_id}.html.gz", "rb") as fh:
            html = fh.read().decode("utf-8", "replace")
        day = entry["date"]
        missing = day is None or (isinstance(day, float) and math.isnan(day)) or day == "nan"
        cases.append(Case(file_id, url, None if missing else str(day), html))
    return cases


def ours(case: Case, now: datetime) -> str | None:
    found = find_published_date(case.html, url=case.url, now=now)
    return found.date().isoformat() if found else None


def baseline(case: Case, now: datetime) -> str | None:
    return find_date(case.html, url=case.url, original_date=True, extensive_search=True)


def run(method: Callable[[Case, datetime], str | None], name: str, cases: list[Case], verbose: bool) -> Score:
    score = Score(name)
    now = datetime.now().astimezone()
    start = time.perf_counter()
    for case in cases:
        got = method(case, now)
        if got == case.gold:
            score.right += 1
            score.arabic_right += case.file_id in ARABIC
        elif verbose:
            print(f"  {name} MISS {case.file_id} gold={case.gold} got={got} {case.url[:90]}")
    score.seconds = time.perf_counter() - start
    return score


def measure(verbose: bool = False) -> dict[str, Score]:
    cases = load_cases()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {
            "htmldate": run(baseline, "htmldate", cases, verbose),
            "newscrawl": run(ours, "newscrawl", cases, verbose),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    total = len(load_cases())
    for score in measure(args.verbose).values():
        print(
            f"{score.name:10s} exact-day accuracy {score.right / total:.3f} ({score.right}/{total})  "
            f"arabic {score.arabic_right}/{len(ARABIC)}  {total / score.seconds:.1f} pages/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
