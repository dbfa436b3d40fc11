"""Consent and sign-in overlays: page furniture that generic extractors mistake for the article.

A cookie dialog is often the longest block of prose on a page (purposes, partners, rights), so it goes before
the body is looked for. Only containers marked as such by id/class (the CMPs' own names) or an ARIA dialog
about consent are removed, never ``<html>``, ``<body>``, ``<main>`` or ``<article>``.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from crawler.cleaning.text import Caseless
from crawler.extraction.tree import drop

_MARK = Caseless(
    r"cookie|consent|gdpr|(?<![a-z])cmp(?![a-z])|didomi|onetrust|usercentrics|sp_message|sourcepoint|truste"
    r"|quantcast|qc-cmp|privacy-?(?:banner|notice|center|manager|wall)|cookiebot|borlabs|klaro|iubenda"
)
MAX_OVERLAY_PARAGRAPHS = 20
_KEEP = frozenset({"html", "body", "main", "article"})
_DIALOG_TEXT = re.compile(r"cookie|consent|privacy|datenschutz|einwilligung|consentement|الخصوصية", re.I)


def drop_overlays(root: HtmlElement) -> None:
    """Remove consent banners and dialogs from the tree (in place)."""
    # Only elements with an id, a class or a role can be one (found in C: most of a page's elements have none).
    doomed = [element for element in root.xpath("//*[@id or @class or @role]") if _is_overlay(element)]
    drop(doomed)


def _is_overlay(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.tag in _KEEP:
        return False
    marks = f"{element.get('id') or ''} {element.get('class') or ''}"
    dialog = element.get("role") in ("dialog", "alertdialog")
    if not (marks.strip() and _MARK.search(marks)) and not dialog:
        return False
    # A page wrapper that merely carries a "cookies-accepted" class holds the article: never that.
    if element.find(".//article") is not None or element.find(".//h1") is not None:
        return False
    if len(element.findall(".//p")) > MAX_OVERLAY_PARAGRAPHS:
        return False
    return not dialog or bool(_DIALOG_TEXT.search(element.text_content()[:2000]))
