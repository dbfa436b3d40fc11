"""Parsing a page once, and the small tree helpers every extraction stage shares."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urljoin, urlparse, urlsplit, urlunparse

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from crawler.cleaning.css import SelectorError, css_to_xpath

log = logging.getLogger(__name__)

# Characters XML trees cannot hold (C0 controls except tab/newline/CR): binary garbage would make lxml raise.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Elements whose text is never article text.
NON_CONTENT = frozenset(
    {"script", "style", "noscript", "template", "svg", "button", "select", "option", "iframe"}
)


# Every element as a plain HtmlElement, decided in C. lxml.html's own lookup is a Python call for each
# element proxy (a tenth of extraction's time) only to give form controls their form-field classes.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse_html(html: str | bytes | None, comments: bool = False) -> HtmlElement | None:
    """The document's root element, or None when there is nothing to parse (empty input, no elements).

    ``comments``: keep HTML comments (some CMSs leave the date in one); ``strip_comments`` removes them once
    the stages that read them are done, leaving the tree a comment-free parse would have given."""
    if html is None:
        return None
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    html = _CONTROL.sub("", html)
    if not html.strip():
        return None
    # Bytes plus an explicit encoding: lxml refuses str input that carries an XML encoding declaration.
    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=not comments)
    parser.set_element_class_lookup(_LOOKUP)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    if not isinstance(root, HtmlElement):
        return None
    if root.find("body") is None:  # every later stage may assume a <body>, even for a head-only document
        root.append(root.makeelement("body", {}))
    return root


def strip_comments(root: HtmlElement) -> None:
    """Remove every comment from the tree, keeping the text around it (as the parser would have)."""
    lxml.etree.strip_tags(root, lxml.etree.Comment)


def select(root: HtmlElement, selector: str | None) -> list[HtmlElement | str]:
    """Elements (or XPath strings such as ``@content``) matching a CSS selector or an ``xpath:`` expression.

    A broken selector in a profile is logged and matches nothing: one bad profile line must not lose the page.
    """
    if not selector:
        return []
    try:
        if selector.startswith("xpath:"):
            found = root.xpath(selector[len("xpath:") :])
            if not isinstance(found, list):
                found = [found]
            return [f if isinstance(f, HtmlElement) else str(f) for f in found if f is not None]
        return list(root.xpath(css_to_xpath(selector)))
    except (lxml.etree.XPathError, ValueError, SyntaxError, SelectorError) as exc:
        log.warning("bad selector %r: %s", selector, exc)
        return []


def select_text(root: HtmlElement, selector: str | None) -> list[str]:
    """The whitespace-collapsed text of every match (XPath string results as they are)."""
    out = []
    for found in select(root, selector):
        text = found if isinstance(found, str) else element_text(found)
        text = " ".join(text.split())
        if text:
            out.append(text)
    return out


def element_text(element: HtmlElement) -> str:
    """Visible text of an element: script/style and friends skipped, block boundaries become spaces."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        if isinstance(el.tag, str) and el.tag not in NON_CONTENT:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
            parts.append(" ")
        if el.tail:
            parts.append(el.tail)

    if element.text:
        parts.append(element.text)
    for child in element:
        walk(child)
    return " ".join("".join(parts).split())


def drop(elements: Iterable[HtmlElement | str]) -> None:
    """Remove elements (and their content) from the tree, keeping the text that follows them."""
    for element in elements:
        if isinstance(element, HtmlElement) and element.getparent() is not None:
            element.drop_tree()


def base_url(root: HtmlElement, url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` when the page has one."""
    for href in root.xpath("//base/@href"):
        href = str(href).strip()
        if href:
            return urljoin(url, href)
    return url


def absolute(href: str | None, base: str) -> str | None:
    """An absolute http(s) URL for href, or None for javascript:, mailto:, fragments and empty values."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    return _joined(base, href)


def _joined(base: str, href: str) -> str | None:
    if _PLAIN_ABSOLUTE.fullmatch(href):
        return href  # what urljoin returns for it under any base: urlsplit/urlunsplit change nothing in it
    if href[:8].lower().startswith(("http://", "https://")):
        # Most links of a page are absolute: what urljoin makes of one depends only on whether the base has
        # its scheme, so they are cached by that (and shared by every page of a site), not by the base.
        found = _absolute_joined(_scheme(base), href)
        if found != _NO_NETLOC:
            return found
    return _relative_joined(base, href)


# An absolute URL urljoin hands back as it is: lowercase scheme, a plain host (no userinfo, brackets or
# non-ASCII to check), a path without ";params", a query or fragment only when not empty, no whitespace.
_PLAIN_ABSOLUTE = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[^\s?#;]*)?(?:\?[^\s#]+)?(?:#\S+)?")
_NO_NETLOC = "\x00"  # "http:path": not absolute after all, urljoin reads it against the base


@lru_cache(maxsize=1024)
def _scheme(base: str) -> str:
    try:
        return urlsplit(base).scheme
    except ValueError:
        return ""


@lru_cache(maxsize=16384)
def _absolute_joined(base_scheme: str, href: str) -> str | None:
    try:
        parts = urlparse(href)
    except ValueError:  # "http://[not-an-address]/": a broken link, not a reason to lose the page
        return None
    if not parts.netloc:
        return _NO_NETLOC
    # urljoin's own rule for a URL with a netloc: as it is under another scheme, re-assembled under the same.
    return href if parts.scheme != base_scheme else urlunparse(parts)


@lru_cache(maxsize=16384)
def _relative_joined(base: str, href: str) -> str | None:
    # Cached: a site's pages repeat the same menus and footers, and urljoin is the page map's costliest call.
    try:
        full = urljoin(base, href)
        return full if urlsplit(full).scheme in ("http", "https") else None
    except ValueError:
        return None
