"""`make demo` runs `newscrawl demo`: the same entry point, on a fresh database, must report what came in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.conftest import Runner


@pytest.mark.slow
def test_demo_reports_non_zero_counts(tmp_path: Path, newscrawl: Runner) -> None:
    result = newscrawl("demo", db=f"sqlite:///{tmp_path / 'demo.db'}", timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    counts = re.search(r"sites crawled: (\d+)\s+articles stored: (\d+)\s+stories: (\d+)", out)
    assert counts, out
    sites, articles, stories = map(int, counts.groups())
    assert sites >= 10 and articles >= 50 and 0 < stories < articles
    assert "original outlet: " in out and "unknown" not in out.split("original outlet: ")[1].splitlines()[0]
    assert re.search(r"^\s+\* \S+\.test\s+http://", out, re.M)  # the original copy is marked
