"""One small function per article field, reading the parsed tree and the page's declared metadata."""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

from lxml.html import HtmlElement

from crawler.extraction.bylines import clean_authors
from crawler.extraction.metadata import ARTICLE_TYPES, PageMeta, as_text, as_texts, as_url, types_of
from crawler.extraction.tree import absolute


def authors_from_meta(meta: PageMeta, site_names: set[str]) -> list[str]:
    """People named by JSON-LD ``author`` or the author ``<meta>`` tags (not the site's own name).

    A JSON-LD author is often a reference (``{"@id": ".../#/schema/person/..."}``, as WordPress SEO plugins
    write it) to a Person elsewhere in the graph: it is followed. When the JSON-LD names nobody, the tags do.
    """
    raw = meta.article_value("author") or next(
        (obj["author"] for obj in meta.jsonld if obj.get("author") and types_of(obj) & ARTICLE_TYPES), None
    )
    found = clean_authors(as_texts(_resolved(raw, meta)), site_names)
    if found:
        return found
    return clean_authors(meta.all(*_AUTHOR_TAGS), site_names)


_AUTHOR_TAGS = (
    "author",
    "article:author",
    "parsely-author",
    "dc.creator",
    "sailthru.author",
    "cxenseparse:author",
)


def _resolved(value: Any, meta: PageMeta) -> Any:
    """JSON-LD ``{"@id": ...}`` references replaced by the named objects they point at."""
    items = value if isinstance(value, list) else [value]
    by_id = {obj["@id"]: obj for obj in meta.jsonld if isinstance(obj.get("@id"), str) and obj.get("name")}
    return [
        by_id.get(item["@id"], item)
        if isinstance(item, dict) and not item.get("name") and "@id" in item
        else item
        for item in items
        if item
    ]


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


def description_from_meta(meta: PageMeta) -> str | None:
    """The summary the page gives of itself (for search results and link previews)."""
    value = meta.first("og:description", "description", "twitter:description", "dc.description")
    value = value or as_text(meta.article_value("description"))
    value = " ".join(htmllib.unescape(value).split()) if value else ""
    return value or None


def clip(value: str | None, limit: int = 200) -> str | None:
    """A short label field (section) cut to what the database column holds."""
    return value[:limit].rstrip() if value else None


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
