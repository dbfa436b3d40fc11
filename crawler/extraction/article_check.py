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
LINKED_SHARE = 0.5  # a body with this share of its words in headline links is a list of teasers
LINKED_SHARE_DECLARED = 0.85  # ... higher for a page declaring itself an article (link-list articles exist)


def not_article_reason(
    url: str,
    status: int,
    root: HtmlElement,
    meta: PageMeta,
    profile: SiteProfile | None,
    title: str | None,
    paragraphs: list[str],
) -> str | None:
    """Why the page is not an article ("error", "home", "listing", "too_short"), or None for an article."""
    declared = meta.article is not None or (meta.first("og:type") or "").lower() == "article"
    body_words = sum(len(p.split()) for p in paragraphs)
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
    if _looks_like_listing(root, meta, declared, paragraphs):
        return "listing"
    if body_words < (MIN_WORDS_DECLARED if declared else MIN_WORDS):
        return "too_short"
    return None


def _looks_like_listing(root: HtmlElement, meta: PageMeta, declared: bool, paragraphs: list[str]) -> bool:
    """Running text made of headlines (a list of teasers), or many headline links around almost no text."""
    body_words = sum(len(p.split()) for p in paragraphs)
    body = root.find("body")
    headlines = {
        text for a in (body if body is not None else root).iter("a")
        if len((text := element_text(a).lower()).split()) >= HEADLINE_WORDS
    }  # fmt: skip
    linked = sum(len(p.split()) for p in paragraphs if _is_headline(p.lower(), headlines))
    if body_words and linked >= (LINKED_SHARE_DECLARED if declared else LINKED_SHARE) * body_words:
        return True
    if declared:
        return False
    if meta.jsonld_types & LISTING_TYPES and len(headlines) >= 5 and body_words < 2 * MIN_WORDS:
        return True
    return len(headlines) >= 10 and body_words < 2 * MIN_WORDS


def _is_headline(paragraph: str, headlines: set[str]) -> bool:
    if paragraph in headlines:
        return True
    # a teaser block: a headline link followed by a line of summary
    return any(paragraph.startswith(h) and len(h) >= 0.4 * len(paragraph) for h in headlines)


def _page_title(root: HtmlElement) -> str:
    head = root.find(".//title")
    return head.text_content() if head is not None else ""
