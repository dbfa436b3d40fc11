"""The page as attribution sees it: every visible block and link, where it sits, and what surrounds it.

Built once from the parsed tree after the body is known, so that attribution (pure, tree-free) can weigh a
name by its place on the page: next to the headline, in the body's first or last block, in a sidebar widget
headed "Source", in a "Most read" list, in the footer. Nothing here interprets names; it only describes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import lxml.etree
from lxml.html import HtmlElement

from crawler.cleaning.text import Caseless, normalize_text
from crawler.extraction.paragraphs import BLOCK
from crawler.extraction.tree import NON_CONTENT, absolute
from crawler.items import BlockLink, PageBlock, Span

# Elements whose own tag says what the region is.
_TAG_ZONES = {"header": "header", "nav": "nav", "footer": "footer", "aside": "aside"}
# Class/id words that say the same (a sidebar <div>, a "site-footer" <div>).
_MARK_ZONES = (
    ("footer", Caseless(r"(?:^|[-_ ])(?:footer|foot|copyright|site-?info|colophon)(?:$|[-_ \d])")),
    ("nav", Caseless(r"(?:^|[-_ ])(?:nav|navbar|menu|breadcrumbs?|topbar)(?:$|[-_ \d])")),
    ("header", Caseless(r"(?:^|[-_ ])(?:header|masthead|top-?header|site-?header)(?:$|[-_ \d])")),
    (
        "aside",
        Caseless(r"(?:^|[-_ ])(?:sidebar|side-?col|side|aside|widget|rail|right-?col)(?:$|[-_ \d])"),
    ),
)
_HEADING = frozenset({"h2", "h3", "h4", "h5", "h6", "caption", "legend", "th"})
_MARK_WORD = re.compile(r"[a-z]{3,}")
# Hashed class names ("css-1m2ox", "sc-bdVaJa", "x1a2b3c") carry no meaning; a word without digits
# ("source", "sidebar", "domain") does.
_HASHED = Caseless(r"^(?:css|sc|jsx|emotion|styled)-|^(?=[a-z]{1,3}[0-9a-z]{4,}$)[a-z]*[0-9]")
# Inline elements that may split a word (<b>W</b>ord); every other inline boundary separates words.
_JOINING = frozenset({"sup", "sub", "wbr"})
_LIST_TAGS = frozenset({"li", "tr", "dd", "dt", "option"})
_BR = "\x1e"  # a <br> while a block's text is collected
_BREAKS = re.compile(r"\x1e\s*\x1e[\s\x1e]*")
_SPAN_CHARS = 80  # a marked inline element longer than this is prose, not a slot
MAX_BLOCKS = 1500  # a page with more visible blocks is mapped up to here (the article is near the top)


def map_page(
    root: HtmlElement, body_paragraphs: list[str], title: str | None, base: str
) -> tuple[PageBlock, ...]:
    """Blocks in document order, each placed relative to the article body found by extraction."""
    body_set = {_key(p) for p in body_paragraphs}
    raw: list[tuple[HtmlElement, str, list[BlockLink]]] = []
    spans: list[tuple[Span, ...]] = []
    for element, text, links, own_spans in _blocks(root, base):
        raw.append((element, text, links))
        spans.append(own_spans)
        if len(raw) >= MAX_BLOCKS:
            break
    keys = ["".join(text.split())[:200] for _, text, _ in raw]  # _key of a text _blocks already normalised
    body_idx = [i for i, (_, text, _) in enumerate(raw) if text and keys[i] in body_set]
    first = body_idx[0] if body_idx else -1
    last = body_idx[-1] if body_idx else -1
    title_key = _key(title or "")
    title_idx = next(
        (i for i, (el, _, _) in enumerate(raw) if title_key and keys[i] == title_key and el.tag != "title"),
        -1,
    )
    article = _article_element(raw, body_idx, title_idx)
    in_article = _descendants(article) if article is not None else set()
    body_members = set(body_idx)
    boxes = _boxes([el for el, _, _ in raw], body_idx)
    out: list[PageBlock] = []
    zones: dict[HtmlElement, str] = {}
    marks: dict[HtmlElement, tuple[str, ...]] = {}
    headings: dict[HtmlElement, list[tuple[int, str]]] = {}
    kin: dict[tuple[HtmlElement, object, object], int] = {}
    paths: dict[HtmlElement, str] = {}
    for i, (element, text, links) in enumerate(raw):
        zone = _zone(element, zones)
        inside = element in in_article
        if i == title_idx:
            position = "title"
        elif i in body_members:
            position = "body"
        elif first >= 0 and first < i < last:
            position = "body_inner"  # between body paragraphs but not one of them (a credit box, an ad)
        elif inside and (i < first or first < 0):
            position = "head"  # the article's own top: headline, meta line, byline
        elif inside:
            position = "tail"  # the article's own bottom: after the last body paragraph
        elif first >= 0 and i < first:
            position = "before"
        else:
            position = "after"
        out.append(
            PageBlock(
                index=i,
                text=text,
                tag=element.tag if isinstance(element.tag, str) else "",
                zone=zone if not inside or zone == "aside" else "article",
                position=position,
                marks=_marks(element, marks),
                path=_path(element, paths),
                links=tuple(links),
                spans=spans[i],
                heading=_heading_of(element, headings),
                siblings=_repeated_siblings(element, kin),
                body_distance=_distance(i, first, last),
                near_title=title_idx >= 0 and 0 < abs(i - title_idx) <= 3,
                label=_label_of(element),
                box=boxes[i][0],
                box_form=boxes[i][1],
            )
        )
    return tuple(out)


_FORM = lxml.etree.XPath(
    "descendant-or-self::*[self::form or self::input or self::button or self::select or self::textarea]"
)
_STORY_PARAGRAPHS = 3  # the story's container holds at least this many of its paragraphs


def _boxes(elements: list[HtmlElement], body_idx: list[int]) -> list[tuple[int, bool]]:
    """Per block: (first block of its box, whether the box holds a form control), or (-1, False). A box is a
    child of the element holding most of the story's paragraphs that holds two blocks or more, or a block and
    a form control (a card, a sign-up box, a promo between paragraphs); a <blockquote> is the story quoting,
    never a box."""
    out = [(-1, False)] * len(elements)
    parents = Counter(elements[i].getparent() for i in body_idx)
    if not parents:
        return out
    story, count = parents.most_common(1)[0]
    if story is None or count < _STORY_PARAGRAPHS:
        return out
    members: dict[HtmlElement, list[int]] = {}
    for i, element in enumerate(elements):
        node: HtmlElement | None = element
        while node is not None and node.getparent() is not story:
            node = node.getparent()
        if node is not None:
            members.setdefault(node, []).append(i)
    for box, idx in members.items():
        if box.tag == "blockquote" or box.find(".//blockquote") is not None:
            continue
        form = bool(_FORM(box))
        if len(idx) < 2 and not (form and box is not elements[idx[0]]):
            continue
        for i in idx:
            out[i] = (idx[0], form)
    return out


def _key(text: str) -> str:
    # Without any whitespace: inline boundaries add spaces here that the body's own reading does not.
    return "".join(normalize_text(text).split())[:200]


def _normal(collapsed: str) -> str:
    """normalize_text of a whitespace-collapsed string (" ".join(text.split())): an ASCII one already is."""
    return collapsed if collapsed.isascii() else normalize_text(collapsed)


def _blocks(
    root: HtmlElement, base: str
) -> Iterator[tuple[HtmlElement, str, list[BlockLink], tuple[Span, ...]]]:
    """(block element, its own text, its own links, its marked inline elements): text of nested blocks
    belongs to those blocks."""
    body = root.find("body")
    if body is None:
        return
    stack: list[HtmlElement] = [body]
    while stack:
        el = stack.pop()
        parts: list[str] = []
        links: list[BlockLink] = []
        children: list[HtmlElement] = []
        spans: list[Span] = []
        _own(el, parts, links, children, base, top=True, spans=spans)
        raw = "".join(parts)
        if _BR in raw:
            # Paragraphs written as <br><br> inside one element (forum posts, channel mirrors, old CMSs)
            # are blocks of their own, as extraction reads them.
            pieces = [" ".join(p.replace(_BR, " ").split()) for p in _BREAKS.split(raw)]
            pieces = [p for p in pieces if p]
            if len(pieces) > 1:
                for n, piece in enumerate(pieces):
                    mine = [lk for lk in links if lk.text and lk.text in piece]
                    if n == 0:
                        mine += [lk for lk in links if not lk.text or not any(lk.text in p for p in pieces)]
                    yield el, _normal(piece), mine, tuple(sp for sp in spans if sp[1] in piece)
                stack.extend(reversed(children))
                continue
            raw = raw.replace(_BR, " ")
        text = " ".join(raw.split())
        if text or links:
            yield el, _normal(text), links, tuple(spans)
        stack.extend(reversed(children))


def _own(
    el: HtmlElement,
    parts: list[str],
    links: list[BlockLink],
    blocks: list[HtmlElement],
    base: str,
    top: bool = False,
    spans: list[Span] | None = None,
) -> None:
    """Collect the inline text and links of ``el``; nested block elements are queued, not read. ``spans``
    gets the class/id words and text of inline elements that carry some (a meta line's
    ``<span class="source">``), so a slot inside a longer line can still be read on its own."""
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in NON_CONTENT or not tag:
            pass
        elif tag == "br":
            parts.append(_BR)
        elif tag in BLOCK:
            blocks.append(child)
            parts.append(" ")
        elif tag == "a":
            start = len(parts)
            _own(child, parts, links, blocks, base)
            href = absolute(child.get("href"), base)
            if href:
                anchor = " ".join("".join(parts[start:]).split())
                alts = [(img.get("alt") or img.get("title") or "").strip() for img in child.iter("img")]
                links.append(BlockLink(href, anchor, " ".join(a for a in alts if a), bool(alts)))
        elif tag == "img":
            # An image outside any link: its source may be an outlet's own server (a hotlinked logo).
            src = absolute(child.get("src") or child.get("data-src"), base)
            if src:
                alt = (child.get("alt") or child.get("title") or "").strip()
                links.append(BlockLink(src, "", alt, True, image_only=True))
        else:
            if tag not in _JOINING:
                parts.append(" ")
            start = len(parts)
            _own(child, parts, links, blocks, base, spans=spans)
            if spans is not None and (child.get("class") or child.get("id") or tag == "cite"):
                words = _own_marks(child) + (("cite",) if tag == "cite" else ())
                inner = " ".join("".join(parts[start:]).replace(_BR, " ").split())
                if words and 0 < len(inner) <= _SPAN_CHARS:
                    spans.append((words, _normal(inner)))
            if tag not in _JOINING:
                parts.append(" ")  # <span>name</span><time>date</time> are two words, not one
        if child.tail:
            parts.append(child.tail)


def _article_element(
    raw: list[tuple[HtmlElement, str, list[BlockLink]]], body_idx: list[int], title_idx: int
) -> HtmlElement | None:
    """The element holding the article: body blocks and headline together, an <article>/<main> if any."""
    if not body_idx:
        return None
    members = [raw[i][0] for i in body_idx]
    if title_idx >= 0:
        members.append(raw[title_idx][0])
    common = _common_ancestor(members)
    node = common
    while node is not None:
        if node.tag in ("article", "main"):
            return node
        node = node.getparent()
    if common is not None and common.tag in ("body", "html"):
        # Headline and body share only <body>: the body's own container is the article.
        return _common_ancestor([raw[i][0] for i in body_idx])
    return common


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    if not elements:
        return None
    paths = []
    for el in elements:
        chain = []
        node: HtmlElement | None = el
        while node is not None:
            chain.append(node)
            node = node.getparent()
        paths.append(chain[::-1])
    common = None
    for level in zip(*paths, strict=False):
        if all(x is level[0] for x in level):
            common = level[0]
        else:
            break
    return common


def _descendants(element: HtmlElement) -> set[HtmlElement]:
    return {el for el in element.iter() if isinstance(el.tag, str)}


def _zone(element: HtmlElement, known: dict[HtmlElement, str] | None = None) -> str:
    """The region the element sits in; ``known`` memoises it per element (blocks share their ancestors)."""
    known = {} if known is None else known
    chain: list[HtmlElement] = []
    node: HtmlElement | None = element
    zone = "page"
    while node is not None and node.tag not in ("body", "html"):
        if node in known:
            zone = known[node]
            break
        chain.append(node)
        own = _TAG_ZONES.get(node.tag if isinstance(node.tag, str) else "")
        if not own:
            marks = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
            if marks:
                folded = Caseless.fold(marks)  # once for the four patterns
                own = next(
                    (name for name, pattern in _MARK_ZONES if pattern.search_folded(marks, folded)), None
                )
        if own:
            zone = own
            break
        node = node.getparent()
    for visited in chain:
        known[visited] = zone
    return zone


def _path(element: HtmlElement, known: dict[HtmlElement, str] | None = None) -> str:
    """The block's place in the site's template: its tag and classes and those of two ancestors. The same
    slot on every page of a site (its meta line, its source badge) has the same path. ``known`` memoises
    each element's own part (blocks share their ancestors)."""
    known = {} if known is None else known
    parts = []
    node: HtmlElement | None = element
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            break
        part = known.get(node)
        if part is None:
            classes = ".".join(sorted((node.get("class") or "").split())[:2])
            part = known[node] = f"{node.tag}.{classes}" if classes else str(node.tag)
        parts.append(part)
        node = node.getparent()
    return ">".join(reversed(parts))


def _marks(element: HtmlElement, known: dict[HtmlElement, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Class/id words of the element and its ancestors, nearest first (hashed names dropped); "figure" for
    anything inside a <figure> or <picture> (captions and photo credits). ``known`` memoises each element's
    own words (blocks share their ancestors)."""
    known = {} if known is None else known
    out: list[str] = []
    node: HtmlElement | None = element
    depth = 0
    while node is not None and depth < 6 and node.tag not in ("body", "html"):
        words = known.get(node)
        if words is None:
            words = known[node] = _own_marks(node)
        for word in words:
            if word not in out:
                out.append(word)
        node = node.getparent()
        depth += 1
    return tuple(out[:12])


def _own_marks(node: HtmlElement) -> tuple[str, ...]:
    words = ["figure"] if node.tag in ("figure", "figcaption", "picture") else []
    for raw in f"{node.get('class') or ''} {node.get('id') or ''}".split():
        if not _HASHED.search(raw):
            words.extend(_MARK_WORD.findall(raw.lower()))
    return tuple(words)


def _heading_of(element: HtmlElement, known: dict[HtmlElement, list[tuple[int, str]]] | None = None) -> str:
    """The heading of the small section the element sits in ("Most read", "عن المصدر"), if any: its own
    first child heading, else the nearest heading before it in its section. ``known`` memoises each
    parent's headings (the items of a long list share them)."""
    known = {} if known is None else known
    for child in element:
        if isinstance(child.tag, str) and child.tag in _HEADING:
            text = " ".join(child.text_content().split())
            if 0 < len(text) <= 60:
                return _normal(text)
        break
    node = element
    for _ in range(4):
        if node.tag in ("body", "html", "article", "main"):
            break
        parent = node.getparent()
        if parent is None:
            break
        found = known.get(parent)
        if found is None:
            found = known[parent] = _headings(parent)
        position = parent.index(node)
        heading = ""
        for at, text in found:  # the nearest heading before the element wins
            if at >= position:
                break
            heading = text
        if heading:
            return _normal(heading)
        node = parent
    return ""


def _headings(parent: HtmlElement) -> list[tuple[int, str]]:
    """(position, text) of the parent's children that are headings, or a row/box holding only a heading
    (<tr><th>عن المصدر</th></tr>), with a text of at most 60 characters."""
    out = []
    for at, sib in enumerate(parent):
        if not isinstance(sib.tag, str):
            continue
        kids = [k for k in sib if isinstance(k.tag, str)]
        if sib.tag in _HEADING or (
            len(kids) == 1 and kids[0].tag in _HEADING and not (sib.text or "").strip()
        ):
            text = " ".join(sib.text_content().split())
            if 0 < len(text) <= 60:
                out.append((at, text))
    return out


def _label_of(element: HtmlElement) -> str:
    """A label/value pair's label: the <dt> or <th>/first cell before a value cell, or a short preceding
    sibling that reads as a label ("Source:", a "field-label" <div> before a Drupal "field-item")."""
    tag = element.tag
    prev = _previous(element)
    if prev is not None and (tag in ("dd", "td") or prev.tag in ("dt", "th", "label")):
        text = " ".join(prev.text_content().split())
        return _normal(text) if 0 < len(text) <= 40 else ""
    if tag in ("dd", "td", "dt", "th", "tr", "li"):
        return ""
    node = element
    for _ in range(2):  # <div class="label">Source</div><div class="items"><div class="item">X</div></div>
        if prev is not None or node.getparent() is None:
            break
        node = node.getparent()
        prev = _previous(node)
    if prev is None:
        return ""
    text = " ".join(prev.text_content().split())
    if not 0 < len(text) <= 40:
        return ""
    own = " ".join(element.text_content().split())  # only now: a whole container's text is costly
    if own.endswith((":", "：")) or ":" in text.rstrip(":： "):
        return ""  # no label, the element is a label itself, or the "sibling" is a whole label/value pair
    labelled = text.endswith((":", "：")) or bool(
        {"label", "key"} & set(_MARK_WORD.findall(prev.get("class") or ""))
    )
    if labelled and len(text.split()) <= 3 and len(own.split()) <= 12:
        return _normal(text.rstrip(":： "))
    return ""


def _previous(element: HtmlElement) -> HtmlElement | None:
    prev = element.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _repeated_siblings(
    element: HtmlElement, known: dict[tuple[HtmlElement, object, object], int] | None = None
) -> int:
    """How many items the element's list has: list items and table rows, or cards (siblings sharing a tag and
    a class). Plain paragraphs of a text are not a list. ``known`` memoises the count per parent, tag and
    class (each item of a long list would count the same siblings again)."""
    known = {} if known is None else known
    node = element
    for _ in range(3):
        parent = node.getparent()
        if parent is None:
            return 0
        cls = node.get("class")
        if node.tag in _LIST_TAGS or (cls and node.tag != "p"):
            key = (parent, node.tag, cls)
            same = known.get(key)
            if same is None:
                same = known[key] = sum(1 for s in parent if s.tag == node.tag and s.get("class") == cls)
            if same >= 3 or node.tag in _LIST_TAGS:
                return same
        node = parent
    return 0


def _distance(i: int, first: int, last: int) -> int:
    """Blocks between this one and the body: negative before it, positive after it, 0 inside."""
    if first < 0:
        return 0
    if i < first:
        return i - first
    if i > last:
        return i - last
    return 0
