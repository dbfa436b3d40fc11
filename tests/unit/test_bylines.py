"""Bylines leave the body and fill ``authors``; sentences that merely start like a byline stay."""

from __future__ import annotations

import pytest

from crawler.extraction import extract
from crawler.extraction.bylines import byline_names, clean_authors
from crawler.items import Page

# Text written for these tests.
STORY = [
    "The harbour authority said on Tuesday that the northern quay would close for repairs until the spring.",
    "Fishermen who use the quay will be moved to the southern basin, where new moorings are being installed.",
    "The works are expected to cost about twelve million and will be paid for by the regional government.",
]


def html(first: str) -> str:
    body = f"<p>{first}</p>" + "".join(f"<p>{p}</p>" for p in STORY)
    return f"<html><head><title>Quay closes</title></head><body><article><h1>Quay closes</h1>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe · 28 November 2026", ["Jane Doe"]),
        ("By Jane Doe and John Roe | Reuters", ["Jane Doe", "John Roe"]),
        ("كتب: محمد سامي", ["محمد سامي"]),
        ("كتبت - ليلى أحمد", ["ليلى أحمد"]),
        ("Par Marie Dupont, le 3 mai 2026", ["Marie Dupont"]),
        ("Von Hans Müller, Frankfurt", ["Hans Müller"]),
        ("Por Ana García", ["Ana García"]),
    ],
)
def test_byline_paragraph_leaves_the_body_and_fills_authors(line: str, names: list[str]) -> None:
    result = extract(Page(url="https://news.example/2026/05/03/quay", html=html(line), site="news.example"))
    assert result.authors == names
    assert line not in result.body
    assert STORY[0] in result.body
    assert line in result.credit_lines  # attribution still sees it


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the year the quay will have been closed for almost six months, officials said.",
        "Par ailleurs, les pêcheurs seront déplacés vers le bassin sud.",
        "Von Montag an gilt die neue Regelung für alle Boote im Hafen.",
        "كتب الرئيس في رسالته أن الأعمال ستنتهي في الربيع",
    ],
)
def test_sentences_that_start_like_a_byline_stay(sentence: str) -> None:
    assert byline_names(sentence) is None


def test_clean_authors_drops_photo_credits_slugs_and_the_site_itself() -> None:
    values = ["Emma Mackenzie", "emma-mackenzie", "(Image: Getty Images)", "Daily Example", "105092"]
    assert clean_authors(values, {"dailyexample"}) == ["Emma Mackenzie"]
    assert clean_authors(["Daily Example"], {"dailyexample"}) == ["Daily Example"]  # nobody else named


def test_the_plain_author_class_and_bem_author_lists_name_the_author() -> None:
    import lxml.html

    from crawler.extraction.bylines import authors_from_markup

    root = lxml.html.fromstring(
        '<html><body><p class="author">von <a href="mailto:d@x.test">David Straub, MDR THÜRINGEN</a></p></body></html>'
    )
    assert authors_from_markup(root)[0] == "David Straub"  # the newsroom after it is the site (dropped later)
    root = lxml.html.fromstring(
        '<html><body><ul><li class="authors__list-item"><span>von</span> <span>Jemima Kelly</span></li></ul>'
        "</body></html>"
    )
    assert authors_from_markup(root) == ["Jemima Kelly"]
