"""Body paragraphs from a container element: one paragraph per block, ``<br><br>`` splits a block."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from crawler.extraction.tree import NON_CONTENT

# Block-level elements: their boundaries end a paragraph. Everything else is inline and joins its text.
BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_BREAK = "\x00"  # marks a <br> while collecting; two in a row (spaces between) split the paragraph
_DOUBLE_BREAK = re.compile(rf"{_BREAK}\s*{_BREAK}")


def block_paragraphs(container: HtmlElement) -> list[str]:
    """The paragraphs of a container, in document order, whitespace collapsed (not yet cleaned)."""
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = "".join(buffer)
        buffer.clear()
        for chunk in _DOUBLE_BREAK.split(text):
            chunk = " ".join(chunk.replace(_BREAK, " ").split())
            if chunk:
                paragraphs.append(chunk)

    def walk(el: HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            buffer.append(_BREAK)
        elif tag and tag not in NON_CONTENT:
            block = tag in BLOCK
            if block:
                flush()
            if el.text:
                buffer.append(el.text)
            for child in el:
                walk(child)
            if block:
                flush()
        if el.tail:
            buffer.append(el.tail)

    if container.text:
        buffer.append(container.text)
    for child in container:
        walk(child)
    flush()
    return paragraphs
