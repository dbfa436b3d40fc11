"""Attribution quality gates: the seed page, and the generated labelled set (floors from issue 4)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from crawler.attribution.resolve import attribute
from crawler.attribution.testset import build_labelled_set, evaluate
from crawler.extraction import extract
from crawler.items import Page
from crawler.outlets import OutletRegistry

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_1e4be8e7b8237beb.txt"
REGISTRY = OutletRegistry.load_default()

pytestmark = pytest.mark.quality


def test_seed_page_attributes_to_masr_alarabia() -> None:
    if not SEED.exists():
        pytest.skip(f"seed page not found at {SEED}")
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    page_html = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>'
        + html.escape(lines[2])
        + "</title></head><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>"
    )
    url = "https://www.mogaznews.com/World-News/1234567/putin-assad"
    extracted = extract(Page(url=url, html=page_html, site="www.mogaznews.com"))
    result = attribute(extracted, "www.mogaznews.com", None, REGISTRY)
    assert (result.outlet, result.domain) == ("مصر العربية", "masralarabia.com")
    assert result.verified and result.method == "credit_footer"
    assert all(e.outlet not in ("فيتو", "موجز نيوز") for e in result.evidence)


@pytest.mark.parametrize("seed", [7, 11])
def test_labelled_set_floors(seed: int) -> None:
    pages = build_labelled_set(REGISTRY, seed=seed, per_case=15)
    report = evaluate(pages, REGISTRY)
    assert report.pages >= 400
    assert report.accuracy >= 0.98, report.failures
    assert report.uncredited_wrong == 0, report.failures
    assert report.agency_right == report.agency_pages
