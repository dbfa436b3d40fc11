"""Attribution quality gates on aggregator layouts, per layout set (never mixed), and on real outlet pages.

Floors are today's measured figures (bench/attribution.py prints them), slightly below, so that a change that
makes attribution worse on layouts it was not tuned on fails here. Held-out set C is the one whose pages nobody
changing the code has read; its floors only catch regressions (they are far from the aim).
"""

from __future__ import annotations

import re
from functools import cache
from html import unescape
from pathlib import Path

import pytest

from crawler.items import Page
from crawler.outlets import OutletRegistry
from crawler.processing import process_page
from newscrawl_kit.labelled.layout_set import LabelledPage, build_layout_set
from newscrawl_kit.labelled.score_attribution import Figures, page_figures, run_pages, story_figures

pytestmark = pytest.mark.quality
REGISTRY = OutletRegistry.load_default()
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# (credited accuracy, original URL, chrome share, story origin, original elected, uncredited copies given an
# outlet) floors per set
FLOORS = {
    "heldout_c": (0.68, 0.78, 0.09, 0.90, 0.92, 0.20),
    # D: a development set since its first (held-out) measurement on 2026-12-01
    "heldout_d": (0.92, 0.93, 0.03, 0.93, 0.90, 0.0),
    "heldout_b": (0.92, 0.97, 0.02, 0.95, 0.95, 0.0),
    "heldout": (0.94, 0.97, 0.035, 0.93, 0.95, 0.0),
    "tuning": (0.95, 0.97, 0.02, 0.95, 0.97, 0.0),
}


def _layouts(name: str) -> tuple:  # type: ignore[type-arg]
    if name == "heldout_e":
        from newscrawl_kit.layouts.heldout_e import HELDOUT_E

        return HELDOUT_E
    if name == "heldout_d":
        from newscrawl_kit.layouts.heldout_d import HELDOUT_D

        return HELDOUT_D
    if name == "heldout_c":
        from newscrawl_kit.layouts.heldout_c import HELDOUT_C

        return HELDOUT_C
    if name == "heldout_b":
        from newscrawl_kit.layouts.heldout_b import HELDOUT_B

        return HELDOUT_B
    if name == "heldout":
        from newscrawl_kit.layouts.heldout import HELDOUT

        return HELDOUT
    from newscrawl_kit.layouts.tuning import TUNING

    return TUNING


@cache
def _pages(name: str) -> list[LabelledPage]:
    corpus = CORPUS if CORPUS.is_dir() else None
    return build_layout_set(_layouts(name), REGISTRY, seed=1, corpus=corpus)


@cache
def _figures(name: str) -> Figures:
    return page_figures(run_pages(_pages(name), REGISTRY))


@pytest.mark.parametrize("name", list(FLOORS))
def test_pages_meet_the_floors(name: str) -> None:
    f = _figures(name)
    credited, url, chrome, _, _, guessed = FLOORS[name]
    assert f.credited >= 60 and f.uncredited >= 20
    assert f.uncredited_wrong <= guessed * f.uncredited, [x for x in f.failures if "uncredited" in x]
    assert f.accuracy >= credited, f.failures[:20]
    assert f.url_rate >= url, [x for x in f.failures if "original_url" in x]
    assert f.url_wrong == 0
    assert f.chrome_rate <= chrome, [x for x in f.failures if "chrome" in x]


# Story figures need a real ingest per set (a minute each): the two blind sets here, all four in the bench.
@pytest.mark.parametrize("name", ["heldout_c", "heldout_b"])
def test_stories_meet_the_floors(name: str, tmp_path: Path) -> None:
    s = story_figures(_pages(name), tmp_path)
    _, _, _, origin, elected, _ = FLOORS[name]
    assert s.stories >= 20
    assert s.origin_rate >= origin, s.failures
    assert s.elected_rate >= elected, s.failures


def test_set_d_pages_generate_with_gold() -> None:
    """Set D (written blind on 2026-12-01) has no floors yet: every layout renders its families and uncredited
    copies, and every page carries its truth (a source, a body, a known family, a URL on its own site)."""
    from newscrawl_kit.layouts.base import FAMILIES

    pages = _pages("heldout_d")
    copies = [p for p in pages if not p.is_original]
    layouts = _layouts("heldout_d")
    assert {p.layout for p in copies} == {lay.name for lay in layouts}
    for lay in layouts:
        mine = [p for p in copies if p.layout == lay.name]
        assert {p.family for p in mine if p.family} == set(lay.families), lay.name
        assert sum(p.family is None for p in mine) >= 2, lay.name
    for p in copies:
        assert p.family is None or p.family in FAMILIES, p.key
        assert p.source.name and p.source.domain and p.source_names, p.key
        assert p.body and all(p.body), p.key
        assert p.url.startswith(("https://", "http://")) and p.site in p.url, p.key
        assert "<html" in p.html and p.source.name != p.site, p.key
        if p.exposes_original_url:
            assert p.source.article_url in unescape(p.html), p.key
        else:
            assert p.source.article_url not in unescape(p.html), p.key
        if p.family is None:  # an uncredited copy shows neither the original's URL nor its outlet's domain
            assert p.source.domain not in p.html.replace(p.source.article_url, ""), p.key


def _without_headline(page: str) -> str:
    """The page without its headline's words (every segment of its <title>): an outlet named by a common word
    (الجديد, "the new") may sit in a headline ("الموسم الجديد") without crediting anyone."""
    m = re.search(r"<title>(.*?)</title>", page, re.S)
    for part in re.split(r"\s[-|–:]\s|:\s", m.group(1) if m else ""):
        if len(part.strip()) >= 12:
            page = page.replace(part.strip(), " ")
    return page


def test_set_e_pages_generate_with_gold() -> None:
    """Set E (written blind on 2026-12-01, scored only by the lead at the end of the session): no floors, and
    nothing here runs attribution on it. Every layout renders all its families and at least two uncredited
    copies; an uncredited copy never shows its outlet's name, domain or slug (in text, markup or URL); the
    original's URL is in the page exactly when the page says it exposes it."""
    from newscrawl_kit.layouts.base import FAMILIES

    pages = _pages("heldout_e")
    copies = [p for p in pages if not p.is_original]
    layouts = _layouts("heldout_e")
    assert len(layouts) >= 16
    assert {p.layout for p in copies} == {lay.name for lay in layouts}
    for lay in layouts:
        mine = [p for p in copies if p.layout == lay.name]
        assert set(lay.families) <= set(FAMILIES), lay.name
        assert {p.family for p in mine if p.family} == set(lay.families), lay.name
        assert sum(p.family is None for p in mine) >= 2, lay.name
    for p in copies:
        page = unescape(p.html)
        assert p.source.name and p.source.domain and p.source_names, p.key
        assert p.body and all(p.body), p.key
        assert p.url.startswith(("https://", "http://")) and p.site in p.url, p.key
        assert "<html" in p.html and p.source.domain not in p.site, p.key
        assert (p.source.article_url in page) == p.exposes_original_url, p.key
        if p.family is None:  # (the story's own headline aside: "الموسم الجديد" does not name الجديد)
            seen = f"{p.url}\n{_without_headline(page)}".lower()
            for token in (p.source.name, p.source.name_latin, p.source.domain, p.source.slug):
                assert not token or token.lower() not in seen, (p.key, token)


def test_real_outlet_pages_are_attributed_to_their_own_outlet(corpus: Path) -> None:
    """Every fourth real outlet page of the corpus whose publisher the registry knows (the bench runs all)."""
    from newscrawl_kit.labelled.train_attribution import corpus_outlet_pages

    pages = [
        *corpus_outlet_pages(corpus, held_out=False, limit=10**6),
        *corpus_outlet_pages(corpus, held_out=True, limit=10**6),
    ]
    checked = 0
    wrong = []
    for url, host, html in pages[::4]:
        record = REGISTRY.by_domain(host)
        if record is None or record.kind == "aggregator":
            continue
        result = process_page(Page(url=url, html=html, site=host), None, REGISTRY)
        if result.attribution is None:
            continue  # extraction refused the page (a non-article, or a body it could not read): no article
        checked += 1
        if result.attribution.outlet != record.name:
            wrong.append((host, result.attribution.outlet))
    assert checked >= 50
    assert not wrong, wrong
