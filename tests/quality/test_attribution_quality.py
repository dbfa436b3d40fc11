"""Attribution quality gates: the seed page, and the generated labelled set (floors from issue 4)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from crawler.attribution.resolve import attribute
from crawler.extraction import extract
from crawler.items import Page
from crawler.outlets import OutletRegistry
from newscrawl_kit.labelled.attribution_set import build_labelled_set, evaluate

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
    assert result.verified and result.confidence >= 0.9
    # Every clue is shown, the next-story line naming فيتو too, but scored as the distractor it is.
    assert all(e.weight < 0.2 for e in result.evidence if e.outlet in ("فيتو", "موجز نيوز"))


@pytest.mark.parametrize("seed", [7, 11])
def test_labelled_set_floors(seed: int) -> None:
    pages = build_labelled_set(REGISTRY, seed=seed, per_case=15)
    report = evaluate(pages, REGISTRY)
    assert report.pages >= 400
    assert report.accuracy >= 0.98, report.failures
    assert report.uncredited_wrong == 0, report.failures
    assert report.agency_right == report.agency_pages


def test_every_replay_web_page_gets_the_right_outlet() -> None:
    """Issue 4: on every replay-web page the right outlet (unknown where nothing is credited), the original
    URL exactly when given, and the credited agency wherever the page states one."""
    from crawler.cleaning.encoding import decode_html
    from crawler.sites import profile_for_url
    from newscrawl_kit.replay.web import build_demo_web

    web = build_demo_web()
    checked = uncredited = urls = agencies = 0
    problems: list[str] = []
    for url, truth in web.truth.items():
        profile = profile_for_url(url)
        if profile is not None and profile.needs_browser:
            continue  # served as a script shell; the crawler renders it (tests/integration)
        resource = web.get_url(url)
        assert resource is not None
        text, _ = decode_html(resource.body, resource.content_type)
        result = attribute(
            extract(Page(url=url, html=text, site=truth.site), profile), truth.site, profile, REGISTRY
        )
        checked += 1
        uncredited += truth.outlet_name is None
        expected_agency = REGISTRY.match_name(truth.agency).name if truth.agency else None  # type: ignore[union-attr]
        if result.outlet != truth.outlet_name:
            problems.append(f"{url}: outlet {result.outlet!r}, expected {truth.outlet_name!r}")
        if result.original_url is not None:
            urls += 1
            if result.original_url != truth.original_url:
                problems.append(f"{url}: original_url {result.original_url}, expected {truth.original_url}")
        if result.agency is not None:
            agencies += 1
            if result.agency != expected_agency:
                problems.append(f"{url}: agency {result.agency!r}, expected {expected_agency!r}")
    assert checked >= 50 and not problems, problems
    assert uncredited >= 1 and urls >= checked // 2 and agencies >= 1
