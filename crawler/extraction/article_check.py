"""Is this page an article? Feeds, sitemaps, consent walls, paywall stubs, listings, home and error pages are
recognised and refused, each with its reason."""

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
# The first element of an XML document that is a feed or a sitemap, after any declaration/comment/doctype.
_XML_ROOT = re.compile(
    r"^(?:\ufeff|\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)*<(?P<tag>[\w:.-]+)",
    re.S | re.I,
)
_FEED_TAGS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_SITEMAP_TAGS = frozenset({"urlset", "sitemapindex"})
# A consent wall: the page's text is about cookies and the visitor's choices, in the languages we crawl.
_CONSENT = re.compile(
    r"\bcookies?\b|\bconsent|\bgdpr\b|\bprivacy (?:settings|preferences|policy|choices)|accept all|reject all"
    r"|manage (?:preferences|options|choices)|your choices|we value your privacy|our partners"
    r"|einwilligung|zustimmen|datenschutz|alle akzeptieren|consentement|tout accepter|vie privée"
    r"|consentimiento|aceptar todo|privacidad|ملفات تعريف الارتباط|الكوكيز|ملفات الكوكيز|سياسة الخصوصية",
    re.I,
)
_CONSENT_TITLE = re.compile(r"before you continue|cookie|consent|privacy|datenschutz|einwilligung", re.I)
# A paywall stub: the story stops at a prompt to subscribe or sign in (strong phrases only).
_PAYWALL = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|sign in|log in)"
    r"|already a subscriber\?? ?(?:sign|log) in|(?:this|the) (?:article|story|content) is "
    r"(?:only |exclusively )?(?:available|reserved) (?:to|for) (?:subscribers|members|premium)|subscribers only"
    r"|exclusive(?:ly)? for subscribers|für abonnenten|nur für abonnenten|jetzt weiterlesen|abo abschließen"
    r"|réservé aux abonnés|exclusivo para (?:suscriptores|assinantes)|solo para suscriptores"
    r"|للمشتركين فقط|اشترك (?:الآن )?(?:لمتابعة|لقراءة|لمواصلة)",
    re.I,
)
# A page declaring itself paywalled (isAccessibleForFree: false) and showing fewer words: a stub.
PAYWALLED_WORDS = 40
_UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
STUB_WORDS = 150  # a body shorter than this behind a paywall prompt is the teaser, not the story
CONSENT_SHARE = 0.4  # share of a short body's words in consent paragraphs that makes it a consent wall
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
    """Why the page is not an article ("error", "consent_wall", "paywall", "home", "listing", "too_short"), or
    None for an article ("feed" and "sitemap" are recognised before parsing, see ``document_kind``)."""
    declared = meta.article is not None or (meta.first("og:type") or "").lower() == "article"
    body_words = word_count(paragraphs)
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
    if body_words < 300 and _is_consent_wall(title or _page_title(root), paragraphs, body_words):
        return "consent_wall"
    if body_words < STUB_WORDS and _is_paywall_stub(root, meta, paragraphs, body_words):
        return "paywall"
    if _looks_like_listing(root, meta, declared, paragraphs):
        return "listing"
    if body_words < (MIN_WORDS_DECLARED if declared else MIN_WORDS):
        return "too_short"
    return None


def word_count(paragraphs: list[str]) -> int:
    """Words, counting scripts written without spaces (Chinese, Japanese, Thai) as two characters a word."""
    total = 0
    for paragraph in paragraphs:
        total += max(len(paragraph.split()), len(_UNSPACED.findall(paragraph)) // 2)
    return total


def document_kind(text: str) -> str | None:
    """ "feed" or "sitemap" for an XML document of that kind (whatever its file name), else None."""
    match = _XML_ROOT.match(text[:4096])
    tag = match.group("tag").lower() if match else ""
    if tag in _FEED_TAGS:
        return "feed"
    if tag in _SITEMAP_TAGS:
        return "sitemap"
    return None


def _is_consent_wall(title: str, paragraphs: list[str], body_words: int) -> bool:
    consent_words = sum(len(p.split()) for p in paragraphs if _CONSENT.search(p))
    if body_words and consent_words >= CONSENT_SHARE * body_words:
        return True
    return bool(_CONSENT_TITLE.search(title)) and consent_words > 0


def _is_paywall_stub(root: HtmlElement, meta: PageMeta, paragraphs: list[str], body_words: int) -> bool:
    if (
        meta.article_value("isAccessibleForFree") in (False, "False", "false")
        and body_words < PAYWALLED_WORDS
    ):
        return True
    body = root.find("body")
    text = " ".join((body if body is not None else root).text_content().split())
    return bool(_PAYWALL.search(text)) or any(_PAYWALL.search(p) for p in paragraphs)


def _looks_like_listing(root: HtmlElement, meta: PageMeta, declared: bool, paragraphs: list[str]) -> bool:
    """Running text made of headlines (a list of teasers), or many headline links around almost no text."""
    body_words = word_count(paragraphs)
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
