"""Pages that are not articles are refused with a reason; an article behind a cookie banner is still one."""

from __future__ import annotations

import pytest

from crawler.extraction import extract
from crawler.items import Page

# Text written for these tests.
STORY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The harbour authority said on Tuesday that the northern quay would close for repairs until the spring.",
        "Fishermen who use the quay will be moved to the southern basin, where new moorings are being installed.",
        "The works are expected to cost about twelve million and will be paid for by the regional government.",
        "Local traders said they feared the closure would keep visitors away during the busiest weeks.",
    ]
)
URL = "https://news.example/2026/05/03/quay-closes"


def reason(html: str, url: str = URL) -> str | None:
    result = extract(Page(url=url, html=html, site="news.example"))
    return None if result.is_article else result.not_article_reason


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>
<item><title>Quay closes for repairs until spring</title><link>https://news.example/1</link>
<description>The harbour authority said on Tuesday that the northern quay would close.</description></item>
<item><title>Traders fear fewer visitors</title><link>https://news.example/2</link></item></channel></rss>"""
ATOM = """<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<entry><title>Quay closes</title><link href="https://news.example/1"/></entry></feed>"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/1</loc></url></urlset>"""
CONSENT = """<html><head><title>Before you continue</title></head><body><div class="wall">
<p>We and our partners use cookies and similar technologies to store and access information on your device.</p>
<p>With your consent we process personal data for personalised ads, ad measurement and audience insights.</p>
<p>You can accept all, reject all or manage your privacy settings and choices at any time.</p>
<button>Accept all</button></div></body></html>"""
PAYWALL = """<html><head><title>Quay closes</title><script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Quay closes", "isAccessibleForFree": false}</script></head><body>
<article><h1>Quay closes</h1><p>The harbour authority said on Tuesday that the northern quay would close.</p>
<div class="paywall">This article is available to subscribers only. Subscribe now to continue reading.</div>
</article></body></html>"""


@pytest.mark.parametrize(
    ("html", "expected"),
    [(RSS, "feed"), (ATOM, "feed"), (SITEMAP, "sitemap"), (CONSENT, "consent_wall"), (PAYWALL, "paywall")],
)
def test_refused_with_a_reason(html: str, expected: str) -> None:
    assert reason(html) == expected


def test_error_and_section_pages() -> None:
    error = "<html><head><title>404 Page not found</title></head><body><h1>Page not found</h1></body></html>"
    assert reason(error) == "error"
    teasers = "".join(
        f"<li><a href='/news/{i}'>Harbour story number {i} about the quay and the traders</a></li>"
        for i in range(12)
    )
    section = f"<html><head><title>Harbour</title></head><body><ul>{teasers}</ul></body></html>"
    assert reason(section, "https://news.example/section/harbour") == "listing"


def test_an_article_behind_a_cookie_banner_is_still_an_article() -> None:
    banner = """<div id="onetrust-banner-sdk"><p>We and our 214 partners use cookies to store and access
    information on your device, process personal data such as unique identifiers for personalised ads and content,
    ad and content measurement, audience research and services development. With your permission we and our
    partners may use precise geolocation data and identification through device scanning.</p>
    <p>You may click to consent to our and our partners' processing as described above.</p></div>"""
    html = f"<html><head><title>Quay closes</title></head><body>{banner}<article><h1>Quay closes</h1>{STORY}</article></body></html>"
    result = extract(Page(url=URL, html=html, site="news.example"))
    assert result.is_article, result.not_article_reason
    assert "cookies" not in result.body and "northern quay" in result.body
