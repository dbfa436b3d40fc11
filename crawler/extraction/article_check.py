"""Is this page an article? Listing, section, tag, search, home and error pages are recognised and refused."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.extraction.metadata import LISTING_TYPES, PageMeta
from crawler.extraction.tree import element_text
from crawler.sites.profile import SiteProfile

_ERROR_TITLE = re.compile(
    r"\b(?:404|403|410|500)\b|not found|page (?:does not|doesn't) exist|\berror\b"
    r"|غير موجود|لم يتم العثور|خطأ|الصفحة المطلوبة",
    re.IGNORECASE,
)
_HOME_PATH = re.compile(r"^/?(?:index\.\w+|home|default\.\w+|[a-z]{2}/?)?$", re.IGNORECASE)
_LISTING_PATH = re.compile(
    r"/(?:tag|tags|category|categories|section|search|author|archive|topics?)(?:/|$)", re.I
)
MIN_WORDS = 20  # below this a page without article metadata is too short to be one
MIN_WORDS_DECLARED = 8  # a page declaring itself an article (JSON-LD/og:type) may be shorter
HEADLINE_WORDS = 4  # a link with at least this many words looks like a headline pointing at a story


def not_article_reason(
    url: str,
    status: int,
    root: HtmlElement,
    meta: PageMeta,
    profile: SiteProfile | None,
    title: str | None,
    body_words: int,
) -> str | None:
    """Why the page is not an article ("error", "home", "listing", "too_short"), or None for an article."""
    declared = meta.article is not None or (meta.first("og:type") or "").lower() == "article"
    if status >= 400:
        return "error"
    if body_words < 150 and not declared and _ERROR_TITLE.search(title or _page_title(root)):
        return "error"
    path = urlsplit(url).path
    if _HOME_PATH.match(path) and not urlsplit(url).query:
        return "home"
    if profile is not None and profile.owns(url) and not profile.is_article_url(url):
        return "listing"
    if not declared and _LISTING_PATH.search(path):
        return "listing"
    if _looks_like_listing(root, meta, declared, body_words):
        return "listing"
    if body_words < (MIN_WORDS_DECLARED if declared else MIN_WORDS):
        return "too_short"
    return None


def _looks_like_listing(root: HtmlElement, meta: PageMeta, declared: bool, body_words: int) -> bool:
    """Many headline-like links and little running text: a listing, whatever the page claims."""
    headlines = 0
    link_words = 0
    body = root.find("body")
    for a in (body if body is not None else root).iter("a"):
        words = len(element_text(a).split())
        if words >= HEADLINE_WORDS:
            headlines += 1
            link_words += words
    if not declared and meta.jsonld_types & LISTING_TYPES and headlines >= 5 and body_words < link_words:
        return True
    if not declared:
        return headlines >= 10 and body_words < max(120, 0.6 * link_words)
    return headlines >= 25 and body_words < 0.2 * link_words


def _page_title(root: HtmlElement) -> str:
    head = root.find(".//title")
    return head.text_content() if head is not None else ""
