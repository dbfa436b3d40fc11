"""Quality floor: publication dates on htmldate's MediaCloud 2020 set (200 real pages, 8 Arabic).

htmldate alone scores about 0.89 exact-day there; we must reach 0.935 (measured 0.940, held-out half 0.941) and get every Arabic page right.
The measurement is bench/dates.py's, so the benchmark and the gate cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.quality.bench import load_bench

pytestmark = pytest.mark.quality

OVERALL_FLOOR = 0.935

bench = load_bench("dates")


@pytest.mark.skipif(not bench.CORPUS.is_dir(), reason=f"corpus not found at {bench.CORPUS}")
def test_publication_date_accuracy_floor() -> None:
    cases = bench.load_cases()
    assert len(cases) == 200
    score = bench.run(bench.ours, "newscrawl", cases, verbose=False)
    accuracy = score.right / len(cases)
    assert accuracy >= OVERALL_FLOOR, f"exact-day accuracy {accuracy:.3f} < {OVERALL_FLOOR}"
    assert score.arabic_right == len(bench.ARABIC), (
        f"Arabic pages right: {score.arabic_right}/{len(bench.ARABIC)}"
    )


@pytest.mark.skipif(not bench.CORPUS.is_dir(), reason=f"corpus not found at {bench.CORPUS}")
def test_every_arabic_page_is_right_on_its_own() -> None:
    now = datetime.now().astimezone()
    results = {case.file_id: (case.gold, bench.ours(case, now)) for case in bench.load_cases()}
    wrong = {
        file_id: results[file_id] for file_id in bench.ARABIC if results[file_id][0] != results[file_id][1]
    }
    assert wrong == {}
