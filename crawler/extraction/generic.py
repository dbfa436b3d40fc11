"""The generic extractor for pages of unknown sites: three independent extractors vote per paragraph.

readability-lxml gives the base paragraphs (it keeps the article's structure well), trafilatura (favouring
precision) and jusText each confirm or not. A paragraph survives when at least one other extractor also holds
most of its words. Measured on the 181-page AEB set this beats every extractor alone (see bench/extraction.py).

jusText is asked only when its vote can change the answer: readability paragraphs trafilatura does not hold
(25 words of them at least), or a stub to rescue (on most pages the first two agree, and jusText costs as much
as both). The extractors are imported on first use: pages a site profile extracts never load them.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from functools import cache

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from crawler.cleaning.text import Caseless
from crawler.extraction.paragraphs import block_paragraphs
from crawler.extraction.tree import drop

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
SUPPORT = 0.9  # share of a paragraph's words another extractor must hold to confirm it
VOTES = 2  # confirmations needed, the proposing extractor included
STUB_WORDS = 50  # a voted body shorter than this is a stub when another extractor found ...
RESCUE_FACTOR = 3  # ... this many times more words
ASK_JUSTEXT_WORDS = 25  # jusText votes only when the paragraphs trafilatura lacks have this many words


def generic_paragraphs(root: HtmlElement, url: str | None = None) -> list[str]:
    """Article paragraphs of a page found without any site knowledge ([] when nothing looks like one)."""
    work = _without_captions(root)  # captions out for all three; readability consumes this copy
    precise = trafilatura_paragraphs(work, url)
    base = readability_paragraphs(work, consume=True, again=lambda: _without_captions(root))
    rescue = _Lazy(lambda: justext_paragraphs(_without_captions(root), consume=True))
    if not base:
        return precise or rescue.value()
    # Every base paragraph has readability's own vote; one more is needed (trafilatura's, else jusText's).
    # jusText is asked only when what trafilatura does not hold adds up to a passage: a few stray words are
    # dropped unasked (it halves jusText's runs; AEB and fundus F1 unchanged, bench/extraction.py).
    precise_bag = _bag(precise)
    words = [_words([p]) for p in base]
    held = [_supported(p, precise_bag) for p in base]
    ask = sum(n for n, h in zip(words, held, strict=True) if not h) >= ASK_JUSTEXT_WORDS
    kept = [
        p
        for p, n, h in zip(base, words, held, strict=True)
        if 1 + (h or (ask and _supported(p, rescue.bag()))) >= VOTES and n
    ]
    chosen = kept or precise or base
    # readability sometimes settles on a subheading or a summary line: when the vote leaves a stub and another
    # extractor found a whole story, that story it is (trafilatura's first: it favours precision).
    if _words(chosen) < STUB_WORDS:
        for other in (lambda: precise, rescue.value):
            if _words(other()) >= max(STUB_WORDS, RESCUE_FACTOR * _words(chosen)):
                return other()
    return chosen


class _Lazy:
    """An extractor's paragraphs (and their word bag), computed on first use only."""

    def __init__(self, run: Callable[[], list[str]]) -> None:
        self._run = run
        self._value: list[str] | None = None
        self._bag: Counter[str] | None = None

    def value(self) -> list[str]:
        if self._value is None:
            self._value = self._run()
        return self._value

    def bag(self) -> Counter[str]:
        if self._bag is None:
            self._bag = _bag(self.value())
        return self._bag


def _without_captions(root: HtmlElement) -> HtmlElement:
    """A copy without figures and captions (found by XPath: a handful among thousands of elements).

    All of them: the tree walk this replaces removed elements while iterating, which ended the walk inside
    the first figure it dropped and left every later caption in (AEB F1 0.970 -> 0.975, fundus 0.931 ->
    0.938 once all of them go, held-out parts alike).
    """
    work = deepcopy(root)
    drop([e for e in work.xpath("//figure|//figcaption|//*[@class]|//*[@id]") if _is_caption(e)])
    return work


def trafilatura_paragraphs(root: HtmlElement, url: str | None = None) -> list[str]:
    import trafilatura

    try:  # trafilatura copies the tree it is given
        # fast: trafilatura's own readability/jusText fallbacks would repeat what the vote already runs
        text = (
            trafilatura.extract(root, url=url, favor_precision=True, include_comments=False, fast=True) or ""
        )
    except Exception as exc:  # a third-party extractor failing on odd markup must not lose the page
        log.debug("trafilatura failed on %s: %s", url, exc)
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def readability_paragraphs(
    root: HtmlElement, consume: bool = False, again: Callable[[], HtmlElement] | None = None
) -> list[str]:
    """readability-lxml's article, as paragraphs; ``consume``: the tree may be rewritten (saves a copy).

    readability cleans a copy of its input for each pass, so that a second, less ruthless pass (when the
    first finds too little) starts from the page again. Given ``again`` (a maker of that same tree afresh),
    the first pass cleans the consumed tree itself and only a second pass pays for a tree: one copy of the
    page less on most pages, the same input to every pass.
    """
    if not consume:
        original = root
        root, again = deepcopy(original), lambda: deepcopy(original)
    try:
        document = _readability()(root)
        document.again = again
        summary = document.summary(html_partial=True)
    except Exception as exc:
        log.debug("readability failed: %s", exc)
        return []
    if not summary or not summary.strip():
        return []
    try:
        return block_paragraphs(lxml.html.fragment_fromstring(summary, create_parent="div"))
    except Exception:  # lxml asserts on some odd fragments; no paragraphs then
        return []


@cache
def _readability() -> type:
    """readability-lxml's Document, minus the cleaner's javascript pass.

    That pass (rewriting every link and dropping ``on*`` attributes) is a quarter of readability's time and
    changes no text: the scoring reads classes, ids and text only. Everything else of ``Document._parse`` is
    kept as it is (hidden elements out, the same cleaner settings on a copy, ``<base href>`` resolved).
    """
    from readability import Document
    from readability.cleaners import Cleaner  # lxml's cleaner, wherever this lxml keeps it
    from readability.readability import REGEXES

    cleaner = Cleaner(
        scripts=True, javascript=False, comments=True, style=True, links=True, meta=False, add_nofollow=False,
        page_structure=False, processing_instructions=True, embedded=False, frames=False, forms=False,
        annoying_tags=False, remove_tags=None, remove_unknown_tags=False, safe_attrs_only=False,
    )  # fmt: skip

    unlikely, maybe = REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"]
    unlikely_lower, maybe_lower = re.compile(unlikely.pattern), re.compile(maybe.pattern)
    in_code = lxml.etree.XPath("ancestor-or-self::pre | ancestor-or-self::code")
    holds_article = lxml.etree.XPath(
        "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
    )

    class Readability(Document):  # type: ignore[misc]
        again: Callable[[], HtmlElement] | None = None  # the input afresh: passes clean it in place
        _passes = 0

        def _parse(self, input: HtmlElement) -> HtmlElement:
            self.encoding = "utf-8"
            if self.again is not None and self._passes:
                input = self.again()
            self._passes += 1
            for elem in input.xpath("//*[@hidden]"):
                elem.drop_tree()
            for elem in input.xpath("//*[@style]"):
                if REGEXES["displayNoneRe"].search(elem.get("style")):
                    elem.drop_tree()
            if self.again is None:
                doc = cleaner.clean_html(input)  # a copy: the next pass reads the input again
            else:
                cleaner(input)
                doc = input
            doc.resolve_base_href(handle_failures=getattr(self, "handle_failures", None))
            return doc

        def remove_unlikely_candidates(self) -> None:
            # The same test on the same elements in the same order; only elements with a class or an id can
            # pass it, and XPath finds those without a Python proxy for every other element. An ASCII string
            # lowercased meets a case-sensitive copy of each pattern exactly as it meets the re.I original
            # (which is seven times slower: no literal-prefix scan under IGNORECASE). A <blockquote> is never
            # unlikely: it is what the story quotes, an embedded post ('twitter-tweet') the same as a cited passage.
            for elem in self.html.xpath(".//*[@class or @id]"):
                s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
                if s.isascii():
                    low = s.lower()
                    found = unlikely_lower.search(low) is not None and maybe_lower.search(low) is None
                else:
                    found = unlikely.search(s) is not None and maybe.search(s) is None
                if (
                    len(s) >= 2
                    and found
                    and elem.tag not in ("html", "body", "blockquote")
                    and not in_code(elem)
                    and not holds_article(elem)
                ):
                    elem.drop_tree()

        def transform_misused_divs_into_paragraphs(self) -> None:
            # readability's own loop, but where it serialises every child of every <div> (and each inline
            # child again) to search the markup for a block tag, quadratic in the page's depth, the elements
            # holding such a tag below them come from one XPath. Its moves keep that set true: they put <p>s
            # only into <div>s, whose ancestors already hold a block, and the renamed <div>s are <p>s.
            holders = _block_holders(self.html)
            for elem in self.tags(self.html, "div"):
                if elem not in holders:
                    elem.tag = "p"
            for elem in self.tags(self.html, "div"):
                children = list(elem)
                paragraph = None
                if elem.text and elem.text.strip():
                    p = self.html.makeelement("p", {})
                    p.text = elem.text
                    elem.text = None
                    elem.insert(0, p)
                    paragraph = p
                for child in children:
                    if child.tag == "br":
                        paragraph = None
                        continue
                    if child.tag not in _INLINE or child in holders:
                        paragraph = None
                        continue
                    if paragraph is None:
                        paragraph = self.html.makeelement("p", {})
                        child.addprevious(paragraph)
                    paragraph.append(child)
                for pos, child in reversed(list(enumerate(elem))):
                    if child.tail and child.tail.strip():
                        p = self.html.makeelement("p", {})
                        p.text = child.tail
                        child.tail = None
                        elem.insert(pos + 1, p)
                    if child.tag == "br":
                        child.drop_tree()

    return Readability


# readability's inline tags, and what its block-tag regex (``<(blockquote|dl|div|img|ol|p|pre|table|ul)``, any
# case) finds in serialised markup: an element whose tag starts so (<p> but also <picture>, <path>, <param>).
_INLINE = frozenset(
    {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
)
_LOWER = "translate(name(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_BLOCK_TAGS = lxml.etree.XPath(
    "//*[" + " or ".join(f"starts-with({_LOWER}, '{t}')" for t in ("blockquote", "dl", "div", "img", "ol", "p",
                                                                     "table", "ul")) + "]"
)  # fmt: skip


def _block_holders(root: HtmlElement) -> set[HtmlElement]:
    """Every element with a readability block tag somewhere below it (not counting itself)."""
    holders: set[HtmlElement] = set()
    for block in _BLOCK_TAGS(root):
        node = block.getparent()
        while node is not None and node not in holders:
            holders.add(node)
            node = node.getparent()
    return holders


def justext_paragraphs(root: HtmlElement, consume: bool = False) -> list[str]:
    """jusText's good paragraphs, classified with every language's stop words (trafilatura's settings)."""
    from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
    from trafilatura.baseline import basic_cleaning

    try:  # the cleaning mutates, hence the copy
        paragraphs = ParagraphMaker.make_paragraphs(basic_cleaning(root if consume else deepcopy(root)))
        classify_paragraphs(paragraphs, _stoplist(), 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(paragraphs, 150)
    except Exception as exc:
        log.debug("jusText failed: %s", exc)
        return []
    texts = (" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate)
    return [t for t in texts if t]


@cache
def _stoplist() -> frozenset[str]:
    """The union of jusText's stop lists, read straight from its files (trafilatura's own loader takes
    several times longer: it goes word by word)."""
    import justext

    folder = os.path.join(os.path.dirname(justext.__file__), "stoplists")
    words: set[str] = set()
    for name in os.listdir(folder):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), "rb") as file:
                words.update(file.read().decode("utf-8").lower().splitlines())
    return frozenset(words)


# Figures and captions: photo descriptions and credits, never body text.
_CAPTION = Caseless(
    r"(?<![a-z])(?:caption|figcaption|wp-caption-text|photo-?credit|image-?credit|img-?credit|media-credit"
    r"|credit-?line|picture-?credit)(?![a-z])"
)


def _is_caption(element: HtmlElement) -> bool:
    if element.tag in ("figcaption", "figure"):
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(marks.strip()) and _CAPTION.search(marks) and element.tag not in ("body", "article", "main")


def _words(paragraphs: list[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _bag(paragraphs: list[str]) -> Counter[str]:
    return Counter(_WORD.findall(" ".join(paragraphs).lower()))


def _supported(paragraph: str, bag: Counter[str]) -> bool:
    words = Counter(_WORD.findall(paragraph.lower()))
    total = sum(words.values())
    return total > 0 and sum((words & bag).values()) >= SUPPORT * total
