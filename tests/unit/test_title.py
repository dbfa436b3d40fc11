"""choose_title: the visible headline, matched against the declared titles, with the site's name kept out."""

from __future__ import annotations

from crawler.extraction.metadata import read_meta
from crawler.extraction.title import choose_title, strip_site_name
from crawler.extraction.tree import parse_html


def title_of(html: str, url: str = "https://news.example/a/1") -> str | None:
    root = parse_html(html)
    assert root is not None
    return choose_title(root, read_meta(root), url)


def test_the_h1_that_matches_the_declared_title_beats_a_logo_and_teasers() -> None:
    html = """<html><head><title>Storm closes the port of Alexandria for two days | Daily Example</title>
    <meta property="og:title" content="Storm closes Alexandria port"></head><body>
    <header><h1 class="logo">Daily Example</h1></header>
    <article><h1>Storm closes the port of Alexandria for two days</h1><p>Text.</p></article>
    <aside><h1>Most read today</h1></aside></body></html>"""
    assert title_of(html) == "Storm closes the port of Alexandria for two days"


def test_a_lone_article_h1_wins_over_a_rewritten_social_title() -> None:
    html = """<html><head><meta property="og:title" content="You will not believe what the council did">
    </head><body><article><h1>Council approves the new harbour budget</h1></article></body></html>"""
    assert title_of(html) == "Council approves the new harbour budget"


def test_kicker_inside_the_h1_goes_when_the_declared_title_lacks_it() -> None:
    html = """<html><head><meta property="og:title" content="Two resignations and many open questions">
    </head><body><article><h1><span class="headline__kicker">Flood inquiry</span>
    <span class="headline__text">Two resignations and many open questions</span></h1></article></body></html>"""
    assert title_of(html) == "Two resignations and many open questions"


def test_inline_parts_join_without_a_space_before_punctuation() -> None:
    html = """<html><head><meta property="og:title" content="Back again: the coach asks for patience"></head>
    <body><h1><span class="kicker">Back again</span><span>: </span><span>the coach asks for patience</span></h1>
    </body></html>"""
    assert title_of(html) == "Back again: the coach asks for patience"


def test_no_h1_uses_the_declared_title_without_the_site_name() -> None:
    html = """<html><head><meta property="og:site_name" content="CBC News">
    <title>What comes next for the ceasefire talks | Politics | CBC News</title></head><body></body></html>"""
    assert title_of(html, "https://www.cbc.ca/news/1") == "What comes next for the ceasefire talks"


def test_site_name_forms() -> None:
    names = {"asahi", "朝日新聞デジタル"}
    assert strip_site_name("津波注意報 気象庁：朝日新聞デジタル", names) == "津波注意報 気象庁"
    assert strip_site_name("Ziele, Chancen, Risiken | DW | 28.04.2023", {"dw"}) == "Ziele, Chancen, Risiken"
    assert (
        strip_site_name("A headline - with a dash inside", {"example"}) == "A headline - with a dash inside"
    )
    assert strip_site_name("Leader - Sitename", {"example"}, guess=True) == "Leader - Sitename"
    assert strip_site_name("Minister resigns over the harbour affair - Brand", set(), guess=True) == (
        "Minister resigns over the harbour affair"
    )
