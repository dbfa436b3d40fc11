"""One small function per article field, reading the parsed tree and the page's declared metadata."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from crawler.extraction.bylines import clean_authors
from crawler.extraction.metadata import PageMeta, as_text, as_texts, as_url
from crawler.extraction.tree import absolute

_BYLINE_PREFIX = re.compile(
    r"^(?:by|written by|words by|كتب(?:ت|ه|ها)?|بقلم|إعداد|اعداد|تقرير|متابعة|حوار|تحرير)\s*[:：\-–]?\s*",
    re.I,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|،|;|&|\|)\s*|\s+(?:and|و)\s+", re.I)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u0750-\u077f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_ENGLISH_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "at", "from"]
)
_ARABIC_SCRIPT_LANGS = frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"})


def authors_from_meta(meta: PageMeta, site_names: set[str]) -> list[str]:
    """People named by JSON-LD ``author`` or the author ``<meta>`` tags (not the site's own name)."""
    values = as_texts(meta.article_value("author"))
    if not values:
        values = meta.all("author", "article:author", "parsely-author", "dc.creator", "sailthru.author")
    return clean_authors(values, site_names)


def declared_language(root: HtmlElement, meta: PageMeta) -> str | None:
    for raw in (
        root.get("lang"),
        root.get("xml:lang"),
        meta.first("og:locale"),
        meta.first("content-language"),
    ):
        code = _language_code(raw)
        if code:
            return code
    return None


def guess_language(text: str) -> str | None:
    """A cheap script-based guess: mostly Arabic letters -> "ar"; Latin with English function words -> "en"."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic + latin < 20:
        return None
    if arabic >= 0.5 * (arabic + latin):
        return "ar"
    words = re.findall(r"[a-z]+", text.lower())
    if words and sum(w in _ENGLISH_WORDS for w in words) >= 0.12 * len(words):
        return "en"
    return None


def choose_language(declared: str | None, guessed: str | None, fallback: str | None) -> str | None:
    # Templates often declare a wrong default (lang="en" on an Arabic site); the script cannot lie.
    if guessed == "ar" and declared not in _ARABIC_SCRIPT_LANGS:
        return "ar"
    return declared or guessed or fallback


def _language_code(raw: str | None) -> str | None:
    if not raw:
        return None
    code = re.split(r"[-_,;\s]", raw.strip().lower(), maxsplit=1)[0]
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def canonical_url(root: HtmlElement, meta: PageMeta, base: str) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            url = absolute(link.get("href"), base)
            if url:
                return url
    return absolute(meta.first("og:url"), base)


def lead_image(root: HtmlElement, meta: PageMeta, base: str) -> str | None:
    declared = meta.first(
        "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"
    )
    declared = declared or as_url(meta.article_value("image")) or as_url(meta.article_value("thumbnailUrl"))
    if declared:
        return absolute(declared, base)
    for scope in ("//article//img", "//main//img", "//body//img"):
        for img in root.xpath(scope):
            if _is_big(img):
                url = absolute(img.get("src") or img.get("data-src"), base)
                if url:
                    return url
    return None


def image_from(found: HtmlElement | str, base: str) -> str | None:
    if isinstance(found, str):
        return absolute(found, base)
    if found.tag != "img":
        img = found.find(".//img")
        found = img if img is not None else found
    raw = found.get("src") or found.get("data-src") or found.get("content") or found.get("href")
    return absolute(raw, base)


def _is_big(img: HtmlElement) -> bool:
    width = img.get("width") or ""
    return (not width.isdigit() or int(width) >= 300) and "logo" not in (img.get("src") or "").lower()


def section_from_meta(meta: PageMeta) -> str | None:
    return meta.first("article:section") or as_text(meta.article_value("articleSection"))


def tags_from_meta(meta: PageMeta) -> list[str]:
    values = meta.all("article:tag")
    keywords = meta.article_value("keywords")
    if isinstance(keywords, str):
        values += keywords.split(",")
    else:
        values += as_texts(keywords)
    for value in meta.all("news_keywords"):
        values += value.split(",")
    out: list[str] = []
    for value in values:
        value = " ".join(value.split())
        if value and value not in out:
            out.append(value)
    return out
