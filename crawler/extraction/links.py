"""Links that may lead to the original story: raw material for attribution, not interpreted here."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from crawler.extraction.paragraphs import BLOCK
from crawler.extraction.tree import absolute, element_text

SourceLink = tuple[str, str, str]  # (absolute href, anchor text, where: "credit" | "body" | "meta")

# Anchor texts that announce a link to the original ("اقرأ الخبر من المصدر", "Read the original", "Source").
SOURCE_ANCHOR = re.compile(
    r"المصدر|مصدر الخبر|الخبر الأصلي|الرابط الأصلي|\bread (?:the )?(?:original|full (?:story|article))\b"
    r"|^\s*(?:source|original (?:article|story|post))\s*:?\s*$|\bvia\b",
    re.IGNORECASE,
)
# Page furniture whose links never point at a story's original (menus, tickers, "next"/"related" boxes).
_FURNITURE = re.compile(
    r"ticker|breaking|marquee|related|next|prev|nav|menu|footer|header|sidebar|share|social", re.I
)


def links_in(elements: Iterable[HtmlElement | str], base: str, where: str) -> list[SourceLink]:
    """Every link in (or being) the given elements."""
    out: list[SourceLink] = []
    for element in elements:
        if isinstance(element, str):
            href = absolute(element, base)
            if href:
                out.append((href, "", where))
            continue
        anchors = [element] if element.tag == "a" else list(element.iter("a"))
        for a in anchors:
            href = absolute(a.get("href"), base)
            if href:
                out.append((href, element_text(a), where))
    return out


def source_anchors(scope: HtmlElement, base: str) -> list[SourceLink]:
    """Links whose text says "source"/"read the original", outside menus, tickers and next/related boxes."""
    out: list[SourceLink] = []
    for a in scope.iter("a"):
        text = element_text(a)
        if not text or len(text) > 80 or not SOURCE_ANCHOR.search(text) or _in_furniture(a):
            continue
        href = absolute(a.get("href"), base)
        if href:
            out.append((href, text, "body"))
    return out


def credit_line_links(root: HtmlElement, credit_lines: list[str], base: str) -> list[SourceLink]:
    """Links inside the blocks whose text is one of the credit lines (the footer naming the source)."""
    if not credit_lines:
        return []
    wanted = [" ".join(c.split()) for c in credit_lines]
    out: list[SourceLink] = []
    for a in root.iter("a"):
        block = _block_of(a)
        text = element_text(block) if block is not None else ""
        if text and any(w in text or text in w for w in wanted if len(text) <= 3 * len(w)):
            href = absolute(a.get("href"), base)
            if href:
                out.append((href, element_text(a), "credit"))
    return out


def unique(links: Iterable[SourceLink]) -> list[SourceLink]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link[0] not in seen:
            seen.add(link[0])
            out.append(link)
    return out


def _block_of(element: HtmlElement) -> HtmlElement | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in BLOCK:
        parent = parent.getparent()
    return parent


def _in_furniture(element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None:
        if node.tag in ("nav", "header", "footer", "aside"):
            return True
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if marks.strip() and _FURNITURE.search(marks):
            return True
        node = node.getparent()
    return False
