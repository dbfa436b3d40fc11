"""The generic extractor for pages of unknown sites: three independent extractors vote per paragraph.

readability-lxml gives the base paragraphs (it keeps the article's structure well), trafilatura (favouring
precision) and jusText each confirm or not. A paragraph survives when at least one other extractor also holds
most of its words. Measured on the 181-page AEB set this beats every extractor alone (see bench/extraction.py).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from copy import deepcopy

import lxml.html
import trafilatura
from lxml.html import HtmlElement
from readability import Document
from trafilatura.external import basic_cleaning, try_justext

from crawler.extraction.paragraphs import block_paragraphs
from crawler.extraction.tree import drop

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
SUPPORT = 0.9  # share of a paragraph's words another extractor must hold to confirm it
VOTES = 2  # confirmations needed, the proposing extractor included
STUB_WORDS = 50  # a voted body shorter than this is a stub when another extractor found ...
RESCUE_FACTOR = 3  # ... this many times more words


def generic_paragraphs(root: HtmlElement, url: str | None = None) -> list[str]:
    """Article paragraphs of a page found without any site knowledge ([] when nothing looks like one)."""
    work = deepcopy(root)  # captions out for all three; readability consumes this copy last
    drop(e for e in work.iter() if _is_caption(e))
    precise = trafilatura_paragraphs(work, url)
    rescue = justext_paragraphs(work)
    base = readability_paragraphs(work, consume=True)
    if not base:
        return precise or rescue
    voters = [_bag(base), _bag(precise), _bag(rescue)]
    kept = [p for p in base if sum(_supported(p, bag) for bag in voters) >= VOTES]
    chosen = kept or precise or base
    # readability sometimes settles on a subheading or a summary line: when the vote leaves a stub and another
    # extractor found a whole story, that story it is (trafilatura's first: it favours precision).
    if _words(chosen) < STUB_WORDS:
        for other in (precise, rescue):
            if _words(other) >= max(STUB_WORDS, RESCUE_FACTOR * _words(chosen)):
                return other
    return chosen


def trafilatura_paragraphs(root: HtmlElement, url: str | None = None) -> list[str]:
    try:  # trafilatura copies the tree it is given
        # fast: trafilatura's own readability/jusText fallbacks would repeat what the vote already runs
        text = (
            trafilatura.extract(root, url=url, favor_precision=True, include_comments=False, fast=True) or ""
        )
    except Exception as exc:  # a third-party extractor failing on odd markup must not lose the page
        log.debug("trafilatura failed on %s: %s", url, exc)
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def readability_paragraphs(root: HtmlElement, consume: bool = False) -> list[str]:
    """readability-lxml's article, as paragraphs; ``consume``: the tree may be rewritten (saves a copy)."""
    try:  # readability rewrites the tree it is given, hence the copy
        summary = Document(root if consume else deepcopy(root)).summary(html_partial=True)
    except Exception as exc:
        log.debug("readability failed: %s", exc)
        return []
    if not summary or not summary.strip():
        return []
    try:
        return block_paragraphs(lxml.html.fragment_fromstring(summary, create_parent="div"))
    except Exception:  # lxml asserts on some odd fragments; no paragraphs then
        return []


def justext_paragraphs(root: HtmlElement) -> list[str]:

    try:  # jusText with trafilatura's all-languages stoplist; the cleaning mutates, hence the copy
        body = try_justext(basic_cleaning(deepcopy(root)), None, None)
    except Exception as exc:
        log.debug("jusText failed: %s", exc)
        return []
    texts = (" ".join(p.text.split()) for p in body.iter("p") if p.text)
    return [t for t in texts if t]


# Figures and captions: photo descriptions and credits, never body text.
_CAPTION = re.compile(
    r"(?<![a-z])(?:caption|figcaption|wp-caption-text|photo-?credit|image-?credit|img-?credit|media-credit"
    r"|credit-?line|picture-?credit)(?![a-z])",
    re.I,
)


def _is_caption(element: HtmlElement) -> bool:
    if element.tag in ("figcaption", "figure"):
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return (
        bool(marks.strip())
        and bool(_CAPTION.search(marks))
        and element.tag not in ("body", "article", "main")
    )


def _words(paragraphs: list[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _bag(paragraphs: list[str]) -> Counter[str]:
    return Counter(_WORD.findall(" ".join(paragraphs).lower()))


def _supported(paragraph: str, bag: Counter[str]) -> bool:
    words = Counter(_WORD.findall(paragraph.lower()))
    total = sum(words.values())
    return total > 0 and sum((words & bag).values()) >= SUPPORT * total
