"""What a page declares about itself: JSON-LD objects and ``<meta>`` tags, read once into a ``PageMeta``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenews", "analysisnewsarticle", "backgroundnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
        "socialmediaposting", "report", "scholarlyarticle", "techarticle", "satiricalarticle", "advertisernewsarticle",
    }
)  # fmt: skip
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "website", "profilepage"})
_JSON_JUNK = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$|;\s*$")


@dataclass(slots=True)
class PageMeta:
    """``<meta>`` values by lowercased name/property, the JSON-LD objects, and the main article object."""

    tags: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    article: dict[str, Any] | None = None

    def first(self, *names: str) -> str | None:
        for name in names:
            for value in self.tags.get(name, ()):
                if value:
                    return value
        return None

    def all(self, *names: str) -> list[str]:
        return [v for name in names for v in self.tags.get(name, ()) if v]

    def article_value(self, key: str) -> Any:
        return self.article.get(key) if self.article else None

    @property
    def jsonld_types(self) -> set[str]:
        return {t for obj in self.jsonld for t in types_of(obj)}


def read_meta(root: HtmlElement) -> PageMeta:
    meta = PageMeta(tags=_meta_tags(root), jsonld=list(_jsonld_objects(root)))
    articles = [obj for obj in meta.jsonld if types_of(obj) & ARTICLE_TYPES]
    # The richest article object wins: pages embed small Article stubs for related stories too.
    if articles:
        meta.article = max(
            articles, key=lambda o: (bool(o.get("articleBody")), bool(o.get("headline")), len(o))
        )
    return meta


def types_of(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values if v}


def _meta_tags(root: HtmlElement) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value is not None:
            value = " ".join(value.split())
            tags.setdefault(key.strip().lower(), []).append(value)
    return tags


def _jsonld_objects(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _loads(script.text or "")
        if data is not None:
            yield from _walk(data)


def _loads(text: str) -> Any:
    text = _JSON_JUNK.sub("", text.strip())
    if not text:
        return None
    try:
        return json.loads(text, strict=False)  # strict=False: raw newlines inside strings are common
    except ValueError:
        return None


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document: top-level arrays, ``@graph``, and nested ``mainEntity``."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), list | dict):
                yield from _walk(data[key])


def as_text(value: Any) -> str | None:
    """A JSON-LD value as one string: strings as they are, objects by their name/url/@id, lists by first item."""
    if isinstance(value, list):
        for item in value:
            text = as_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return as_text(value.get("name") or value.get("url") or value.get("@id"))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def as_texts(value: Any) -> list[str]:
    """A JSON-LD value as a list of strings (lists kept, objects by name)."""
    items = value if isinstance(value, list) else [value]
    return [t for t in (as_text(item) for item in items) if t]


def as_url(value: Any) -> str | None:
    """A URL from a JSON-LD value: a string, an ImageObject/Organization's url, or the first of a list."""
    if isinstance(value, list):
        for item in value:
            url = as_url(item)
            if url:
                return url
        return None
    if isinstance(value, dict):
        return as_url(value.get("url") or value.get("contentUrl") or value.get("@id"))
    return value.strip() or None if isinstance(value, str) else None
