"""extract() over small HTML documents written for these tests: one behaviour per test."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from crawler.cleaning.language import identify
from crawler.extraction import extract
from crawler.extraction.bylines import clean_authors
from crawler.extraction.dateline import find_dateline
from crawler.items import Page
from crawler.sites.profile import SiteProfile

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)

AR_PARAS = [
    "أعلنت وزارة الزراعة اليوم عن خطة جديدة لزيادة إنتاج القمح في المحافظات الجنوبية خلال الموسم المقبل.",
    "وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع بذور محسنة على المزارعين وتوسيع شبكات الري الحديثة.",
    "وأضاف أن الحكومة تتوقع ارتفاع الإنتاج بنسبة كبيرة مقارنة بالعام الماضي إذا استقرت الأحوال الجوية.",
    "وأشار إلى أن الوزارة ستنظم ندوات إرشادية في القرى لشرح طرق الزراعة الجديدة وتقليل الفاقد من المحصول.",
]
EN_PARAS = [
    "The city council approved a plan on Tuesday to rebuild the old river bridge, which has been closed since spring.",
    "Engineers said the work would take two years and that a temporary ferry would carry cyclists in the meantime.",
    "Residents who spoke at the meeting welcomed the decision but asked for the ferry to run late in the evening.",
    "The council will publish the full timetable for the works and the ferry service next month, officials said.",
]


def page(
    html: str, url: str = "https://news.example/world/2024/05/31/bridge-plan", status: int = 200
) -> Page:
    return Page(url=url, html=html, site="news.example", status=status)


def doc(body: str, head: str = "", lang: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!doctype html><html{lang_attr}><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


MOGAZ = SiteProfile.from_dict(
    {
        "name": "aggr",
        "hosts": ["aggr.example"],
        "timezone": "Africa/Cairo",
        "article_url": r"^/news/\d+",
        "selectors": {
            "title": "h1.headline",
            "body": "div.story",
            "published": "time.pub",
            "author": ".byline",
            "credit": ".source-credit",
            "source_link": "a.original",
            "section": ".crumb",
        },
        "strip": [".ticker", ".share", ".next-story"],
        "strip_text": [r"^اشترك في النشرة"],
    }
)

AGGR_PAGE = doc(
    f"""
    <div class="ticker"><a href="/news/999">عاجل: خبر في الشريط لا علاقة له بالمقال</a></div>
    <span class="crumb">اقتصاد</span>
    <h1 class="headline">خطة جديدة لزيادة إنتاج القمح</h1>
    <time class="pub" datetime="2024-05-31T10:30:00+03:00">31 مايو 2024</time>
    <span class="byline">كتب: أحمد علي و سارة حسن</span>
    <div class="story">
      <p>القاهرة - أ ش أ أعلنت وزارة الزراعة اليوم عن خطة جديدة لزيادة إنتاج القمح في المحافظات الجنوبية.</p>
      <div class="share"><a href="https://facebook.com/share">شارك على فيسبوك</a></div>
      <p>{AR_PARAS[1]}</p>
      <div>{AR_PARAS[2]}<br><br>{AR_PARAS[3]}</div>
      <p>اشترك في النشرة البريدية لتصلك أهم الأخبار</p>
      <p class="source-credit">المصدر: <a href="https://outlet.example/a/123">صحيفة المثال</a></p>
      <a class="original" href="https://outlet.example/a/123?ref=aggr">اقرأ الخبر من المصدر</a>
    </div>
    <div class="next-story"><a href="/news/1001">التالي: خبر آخر تماما عن موضوع مختلف</a></div>
    """
)


def test_selectors_path_fields() -> None:
    result = extract(
        Page(url="https://aggr.example/news/42", html=AGGR_PAGE, site="aggr.example"), MOGAZ, NOW
    )
    assert result.is_article and result.method == "selectors"
    assert result.title == "خطة جديدة لزيادة إنتاج القمح"
    body = result.body.split("\n\n")
    assert body[1:] == AR_PARAS[1:]  # <br><br> split the div into two paragraphs
    assert result.published_at == datetime(2024, 5, 31, 7, 30, tzinfo=UTC)
    assert result.authors == ["أحمد علي", "سارة حسن"]
    assert result.section == "اقتصاد"
    assert result.language == "ar"
    assert result.meta["dateline"] == "القاهرة - أ ش أ"


def test_strip_selectors_and_strip_text_keep_furniture_out() -> None:
    result = extract(
        Page(url="https://aggr.example/news/42", html=AGGR_PAGE, site="aggr.example"), MOGAZ, NOW
    )
    for furniture in ("عاجل", "شارك على فيسبوك", "التالي", "اشترك في النشرة"):
        assert furniture not in result.body
    hrefs = [href for href, _text, _where in result.source_links]
    assert "https://aggr.example/news/999" not in hrefs  # ticker
    assert "https://aggr.example/news/1001" not in hrefs  # next story


def test_credit_lines_kept_out_of_body_and_source_links_found() -> None:
    result = extract(
        Page(url="https://aggr.example/news/42", html=AGGR_PAGE, site="aggr.example"), MOGAZ, NOW
    )
    assert "المصدر" not in result.body and "اقرأ الخبر" not in result.body
    assert "المصدر: صحيفة المثال" in result.credit_lines
    assert ("https://outlet.example/a/123", "صحيفة المثال", "credit") in result.source_links
    assert ("https://outlet.example/a/123?ref=aggr", "اقرأ الخبر من المصدر", "credit") in result.source_links


def test_profile_article_url_regex_refuses_listing_urls() -> None:
    result = extract(Page(url="https://aggr.example/section/eco", html=AGGR_PAGE, site="aggr.example"), MOGAZ)
    assert not result.is_article and result.not_article_reason == "listing"


def test_selector_missing_falls_back_to_generic() -> None:
    html = doc(
        "<nav><a href='/'>Home</a></nav><article><h1>Bridge plan</h1>" + paras(EN_PARAS) + "</article>"
    )
    result = extract(Page(url="https://aggr.example/news/7", html=html, site="aggr.example"), MOGAZ, NOW)
    assert result.method == "generic"
    assert result.body.split("\n\n") == EN_PARAS


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_jsonld_graph_fields() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example News", "url": "https://news.example/"},
            {
                "@type": "NewsArticle",
                "headline": "Council approves bridge plan",
                "datePublished": "2024-05-31T08:00:00Z",
                "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
                "publisher": {
                    "@type": "Organization",
                    "name": "Example News",
                    "url": "https://news.example/",
                },
                "image": {"@type": "ImageObject", "url": "https://news.example/img/bridge.jpg"},
                "keywords": "bridges, city council",
                "articleSection": "Local",
                "isBasedOn": "https://wire.example/story/1",
                "url": "https://news.example/world/2024/05/31/bridge-plan",
            },
        ],
    }
    result = extract(
        page(doc("<h1>Council approves bridge plan</h1>" + paras(EN_PARAS), jsonld(graph))), now=NOW
    )
    assert result.title == "Council approves bridge plan"
    assert result.authors == ["Jane Roe", "John Doe"]
    assert result.published_at == datetime(2024, 5, 31, 8, 0, tzinfo=UTC)
    assert result.lead_image == "https://news.example/img/bridge.jpg"
    assert result.tags == ["bridges", "city council"] and result.section == "Local"
    assert result.meta["publisher"] == "Example News"
    assert result.meta["publisher_url"] == "https://news.example/"
    assert result.meta["isBasedOn"] == "https://wire.example/story/1"
    assert ("https://wire.example/story/1", "", "meta") in result.source_links
    assert result.language == "en"


def test_jsonld_top_level_array_and_article_body_when_page_text_is_missing() -> None:
    data = [
        {"@type": "BreadcrumbList", "itemListElement": []},
        {"@type": ["NewsArticle"], "headline": "Ferry timetable", "articleBody": "\n".join(EN_PARAS)},
    ]
    result = extract(page(doc("<div id='app'></div>", jsonld(data))), now=NOW)
    assert result.method == "metadata"
    assert result.title == "Ferry timetable"
    assert result.body.split("\n\n") == EN_PARAS
    assert result.is_article


def test_meta_tags_path() -> None:
    head = (
        '<meta property="og:title" content="Bridge plan approved | Example News">'
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:section" content="City">'
        '<meta property="article:tag" content="bridges"><meta property="article:tag" content="transport">'
        '<meta name="author" content="By Jane Roe and John Doe">'
        '<meta property="og:image" content="/img/lead.jpg">'
        '<meta property="og:url" content="https://news.example/bridge">'
        '<meta property="og:locale" content="en_GB">'
    )
    result = extract(page(doc(paras(EN_PARAS), head)), now=NOW)
    assert result.title == "Bridge plan approved"
    assert result.section == "City" and result.tags == ["bridges", "transport"]
    assert result.authors == ["Jane Roe", "John Doe"]
    assert result.lead_image == "https://news.example/img/lead.jpg"
    assert result.canonical_url == "https://news.example/bridge"
    assert result.meta["og:site_name"] == "Example News"
    assert result.language == "en"


def test_generic_path_drops_navigation_and_footer() -> None:
    html = doc(
        "<header><nav><a href='/a'>World news today</a> <a href='/b'>Sport results</a></nav></header>"
        "<main><article><h1>Bridge plan</h1>" + paras(EN_PARAS) + "</article></main>"
        "<footer><p>Copyright Example News. All rights reserved. Contact us for syndication.</p></footer>"
    )
    result = extract(page(html), now=NOW)
    assert result.is_article and result.method == "generic"
    assert result.body.split("\n\n") == EN_PARAS
    assert result.title == "Bridge plan"


def test_in_body_source_link_by_anchor_text() -> None:
    html = doc(
        "<article>" + paras(AR_PARAS) + "<p><a href='https://outlet.example/n/5'>اقرأ الخبر من المصدر</a></p>"
        "</article><div class='related'><a href='https://other.example/x'>المصدر</a></div>",
        lang="ar",
    )
    result = extract(page(html, url="https://aggr.example/news/5"), now=NOW)
    hrefs = [href for href, _t, where in result.source_links if where == "body"]
    assert hrefs == ["https://outlet.example/n/5"]


def test_canonical_is_absolutised() -> None:
    html = doc(paras(EN_PARAS), '<link rel="canonical" href="/world/bridge-plan?amp=0">')
    assert extract(page(html)).canonical_url == "https://news.example/world/bridge-plan?amp=0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("القاهرة - أ ش أ أعلنت الوزارة اليوم", "القاهرة - أ ش أ"),
        ("بيروت (أ ف ب) - قال مسؤول", "بيروت (أ ف ب)"),
        ("CAIRO (Reuters) - The ministry said", "CAIRO (Reuters)"),
        ("LONDON, May 31 (Reuters) - Shares fell", "LONDON, May 31 (Reuters)"),
        ("القاهرة - أعلنت الوزارة اليوم عن خطة", None),
        ("The council met on Tuesday.", None),
    ],
)
def test_dateline(text: str, expected: str | None) -> None:
    assert find_dateline([text]) == expected


def test_language_from_script_overrides_a_wrong_template_default() -> None:
    assert extract(page(doc(paras(AR_PARAS), lang="en"))).language == "ar"
    assert extract(page(doc(paras(AR_PARAS)))).language == "ar"
    assert extract(page(doc(paras(EN_PARAS), lang="en-US"))).language == "en"
    assert identify("12345") == []


def test_clean_authors() -> None:
    assert clean_authors(["كتب: محمد سامي و ليلى أحمد"]) == ["محمد سامي", "ليلى أحمد"]
    assert clean_authors(["By Jane Roe, John Doe", "https://facebook.com/someone"]) == [
        "Jane Roe",
        "John Doe",
    ]


def test_listing_page_is_not_an_article() -> None:
    links = "".join(
        f"<li><a href='/news/{i}'>Headline number {i} about the city council and its plans</a></li>"
        for i in range(20)
    )
    result = extract(page(doc(f"<h1>Local news</h1><ul>{links}</ul>"), url="https://news.example/local/"))
    assert not result.is_article and result.not_article_reason == "listing"


def test_error_home_and_too_short_pages() -> None:
    error = extract(page(doc("<h1>Page not found</h1><p>Sorry.</p>", "<title>404 Not Found</title>")))
    assert error.not_article_reason == "error"
    assert extract(page(doc(paras(EN_PARAS)), status=404)).not_article_reason == "error"
    assert extract(page(doc(paras(EN_PARAS)), url="https://news.example/")).not_article_reason == "home"
    short = extract(page(doc("<p>Weather: sunny.</p>")))
    assert not short.is_article and short.not_article_reason == "too_short"


def test_short_real_article_is_an_article() -> None:
    three = [
        "Heavy rain closed two roads in the north of the city on Friday morning.",
        "Police asked drivers to avoid the area until the water drains away.",
        "Both roads are expected to reopen by the evening, the council said.",
    ]
    result = extract(page(doc("<article><h1>Roads closed</h1>" + paras(three) + "</article>")))
    assert result.is_article, result.not_article_reason
    assert result.body.split("\n\n") == three


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html><head><title>x</title></head></html>",
        "<p>unclosed <b>bold <div>nested",
        "no markup at all, just one line of text",
        "\x00\x01\x02\xff\xfe garbage \x89PNG\r\n\x1a\n" + "\x00" * 50,
        "<html><body><script>var a = '<p>not text</p>';</script></body></html>",
    ],
)
def test_malformed_html_never_crashes(html: str) -> None:
    result = extract(page(html), now=NOW)
    assert not result.is_article
    assert result.not_article_reason in {"empty", "too_short", "error"}


def test_unclosed_tags_still_give_the_text() -> None:
    html = "<html><body><article><h1>Bridge plan" + "".join(f"<p>{t}" for t in EN_PARAS)
    result = extract(page(html), now=NOW)
    assert result.is_article
    assert result.body.split("\n\n") == EN_PARAS


def test_a_link_with_a_broken_bracketed_host_does_not_lose_the_page() -> None:
    # urljoin raises on "http://[not-an-address]": such a link is dropped, the page is still extracted.
    body = "".join(
        f"<p>Paragraph {i} of the story, with enough words to be one of its paragraphs.</p>" for i in range(6)
    )
    html = (
        "<html><head><title>A story</title></head><body><h1>A story</h1>"
        f'<a href="http://[ccpa-preferences]/">Privacy</a><article>{body}</article></body></html>'
    )
    result = extract(Page(url="https://example.test/news/a-story", html=html, site="example.test"))
    assert "Paragraph 5 of the story" in result.body
    assert all("ccpa" not in link for link, _, _ in result.source_links)


def test_one_parse_keeps_comment_dates_for_the_date_stage_and_out_of_the_text() -> None:
    # The page is parsed once with its comments (the date stage may read them), then the comments leave the
    # tree: the text joins around them exactly as a comment-free parse would have read it.
    paragraphs = "".join(
        f"<p>Sentence {i} of the re<!-- cms:split -->port, long enough to count as one of its paragraphs.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>A report</title>"
        '<meta property="article:published_time" content="2024-05-20T08:30:00+03:00"></head>'
        f"<body><h1>A report</h1><article>{paragraphs}</article></body></html>"
    )
    result = extract(Page(url="https://example.test/news/a-report", html=html, site="example.test"))
    assert "Sentence 3 of the report, long enough" in result.body
    assert "cms:split" not in result.body
    assert result.published_at == datetime(2024, 5, 20, 5, 30, tzinfo=UTC)


_BODY = (
    "<p>" + "The council met on Tuesday to discuss the budget for the coming year at length. " * 6 + "</p>"
)


def test_a_jsonld_author_reference_is_followed_to_the_person() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Budget approved",
                "author": [{"@id": "https://x.test/#/p/1"}],
            },
            {"@type": "Person", "@id": "https://x.test/#/p/1", "name": "Paul Sawers"},
        ],
    }
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(graph)}</script></head>'
        f"<body><article><h1>Budget approved</h1>{_BODY}</article></body></html>"
    )
    assert extract(Page(url="https://x.test/a", html=html, site="x.test")).authors == ["Paul Sawers"]


def test_author_tags_speak_when_the_jsonld_names_nobody() -> None:
    graph = {"@type": "NewsArticle", "headline": "Budget approved", "author": {"@id": "https://x.test/#/p/9"}}
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(graph)}</script>'
        '<meta name="author" content="Jane Doe"></head>'
        f"<body><article><h1>Budget approved</h1>{_BODY}</article></body></html>"
    )
    assert extract(Page(url="https://x.test/a", html=html, site="x.test")).authors == ["Jane Doe"]


def test_readability_reads_its_second_pass_from_the_page_afresh() -> None:
    """The story sits in an "agegate" box: the ruthless pass drops it and readability tries again on
    the page as it was; the result is stock readability-lxml's, and the caller's tree is left alone."""
    from copy import deepcopy

    import lxml.html
    from readability import Document

    from crawler.extraction.generic import readability_paragraphs
    from crawler.extraction.paragraphs import block_paragraphs
    from crawler.extraction.tree import parse_html

    story = "".join(f"<p>{p}</p>" for p in EN_PARAS)
    root = parse_html(f"<html><body><div class='agegate'>{story}</div><p>Short.</p></body></html>")
    assert root is not None
    before = lxml.html.tostring(root)
    stock = Document(deepcopy(root)).summary(html_partial=True)
    expected = block_paragraphs(lxml.html.fragment_fromstring(stock, create_parent="div"))
    assert expected[: len(EN_PARAS)] == EN_PARAS  # found by the second pass only
    assert readability_paragraphs(root) == expected
    assert lxml.html.tostring(root) == before
    fresh = lambda: deepcopy(root)  # noqa: E731
    assert readability_paragraphs(fresh(), consume=True, again=fresh) == expected


@pytest.mark.parametrize(
    "href",
    [
        "https://example.com/a/b?c=1#d",
        "http://example.com",
        "https://example.com:8080/x",
        "http://example.com?",  # urljoin drops the empty query
        "http://example.com/x#",
        "HTTP://example.com/x",  # and lowercases the scheme
        "http://example.com/x;p",
        "https://user@example.com/",
        "http://[::1]/",
        "http://example.com/a/../b",
        "http:relative",
        "/path?q",
        "../up",
    ],
)
def test_absolute_is_urljoin(href: str) -> None:
    from urllib.parse import urljoin, urlsplit

    from crawler.extraction.tree import absolute

    for base in ("https://site.org/news/1.html", "http://site.org/"):
        expected = urljoin(base, href)
        assert absolute(href, base) == (expected if urlsplit(expected).scheme in ("http", "https") else None)
