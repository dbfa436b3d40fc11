"""The article's title: the visible headline, with the site's name kept out.

The headline a reader sees is an ``<h1>``; pages often have several (the logo, teaser boxes, "more from ..."),
and their declared titles (``og:title``, JSON-LD ``headline``, ``<title>``) are often a social-media variant or
carry the site's name ("… | CBC News", "…：朝日新聞デジタル"). So: the ``h1`` that matches a declared title best
wins; a lone ``h1`` inside the article wins even when the declared titles were rewritten for sharing; else the
declared titles, most specific first, with the site-name part removed.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.extraction.metadata import PageMeta, as_text
from crawler.extraction.tree import NON_CONTENT

# " | ", " - ", " – ", " — ", " :: ", " » ", " · ", full-width "｜" and "：", Korean "ㅣ" between parts.
_SEPARATORS = re.compile(r"\s+(?:[|–—•»«·:/]|--?|::)\s+|\s*(?:｜|：|ㅣ|--)\s*|\s+-(?=\S)|(?<=\S)-\s+")
# Furniture that holds h1s that are not the article's headline (logos, menus, teaser lists).
_FURNITURE = re.compile(
    r"(?<![a-z])(?:nav|navbar|menu|footer|sidebar|aside|logo|brand|masthead|teaser|related|promo|widget"
    r"|breadcrumb|carousel|newsletter|modal|popup|cookie)(?![a-z])",
    re.I,
)
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "a", "form"})
_ARTICLE_TAGS = frozenset({"article", "main"})
# Parts of an h1 that are not the headline proper: kickers/overlines, and text hidden from sighted readers.
_KICKER = re.compile(r"kicker|overline|topline|dachzeile|eyebrow|supertitle|roofline|spitzmarke|rubric", re.I)
_JOIN = "\x00"  # an element boundary: a space, unless punctuation follows (French spaces are the page's own)
_JOIN_BEFORE_PUNCTUATION = re.compile(r"[\x00\s]*\x00[\x00\s]*([:;,.!?])")
_LOOSE_ENDS = re.compile(r"^[\s:|–—-]+|[\s:|–—-]+$")
_DATEISH = re.compile(r"^[\d\s./:-]+$")
MATCH = 0.6  # similarity (character-bigram Dice) at which an h1 is the declared title's visible twin
MIN_CHARS = 6


def choose_title(
    root: HtmlElement, meta: PageMeta, url: str = "", site: set[str] | None = None
) -> str | None:
    """The article's headline, or None when the page has none (``site``: the names from ``site_names``)."""
    site = site if site is not None else site_names(meta, url)
    declared = _declared_titles(root, meta)
    stripped = [
        t
        for t in (strip_site_name(d, site, guess=i == len(declared) - 1) for i, d in enumerate(declared))
        if t
    ]
    headlines = _headlines(root, site)
    if headlines:
        best = max(headlines, key=lambda h: _best_match(h[0], declared, stripped))
        if _best_match(best[0], declared, stripped) >= MATCH:
            return best[0]
        in_article = [h for h in headlines if h[1]]
        if len(in_article) == 1:
            return in_article[0][0]
        if not declared:
            return headlines[0][0]
    return stripped[0] if stripped else None


def site_names(meta: PageMeta, url: str = "", extra: Iterable[str] = ()) -> set[str]:
    """Names the site goes by: og:site_name, application-name, the JSON-LD publisher, the profile's names."""
    publisher = meta.article_value("publisher")
    values = [
        meta.first("og:site_name"),
        meta.first("application-name"),
        meta.first("apple-mobile-web-app-title"),
        as_text(publisher.get("name")) if isinstance(publisher, dict) else as_text(publisher),
        *extra,
    ]
    names = {_key(v) for v in values if v and v.strip()}
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if host:
        names.add(_key(host))
    return names - {""}


def strip_site_name(title: str, names: set[str], guess: bool = False) -> str | None:
    """The title without leading/trailing parts that name the site (and a section or date next to it).

    With ``guess`` (a bare ``<title>``, the last resort), a short trailing part is taken for the brand even
    when it is spelled unlike every known name."""
    title = " ".join(htmllib.unescape(title).split())
    parts = [p for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title or None
    kept = list(parts)
    named = False
    while len(kept) > 1 and (_is_site(kept[-1], names) or _DATEISH.match(kept[-1])):
        named = named or _is_site(kept[-1], names)
        kept.pop()
    # "… | Politics News | Metro News": a short section name next to the site's name goes with it
    if named and len(kept) > 1 and _short_beside(kept[-1], kept[:-1]):
        kept.pop()
    while len(kept) > 1 and _is_site(kept[0], names):
        named = True
        kept.pop(0)
    if not named and guess and len(kept) == 2 and _short_beside(kept[-1], kept[:-1]):
        kept.pop()  # a bare <title> "Headline - Brand" whose brand is spelled unlike the host
    if len(kept) == len(parts):
        return title
    return _rejoin(title, kept)


def _short_beside(part: str, rest: list[str]) -> bool:
    return len(part.split()) <= 3 and len(part) < 0.4 * len(" ".join(rest))


def _rejoin(title: str, kept: list[str]) -> str:
    """The kept parts as the original wrote them (separators inside the headline kept)."""
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " - ".join(kept)


def _is_site(part: str, names: set[str]) -> bool:
    key = _key(part)
    if not key:
        return False
    for name in names:
        if key == name or (len(name) >= 4 and len(part.split()) <= 4 and (name in key or key in name)):
            return True
    return False


def _key(text: str) -> str:
    """A name squashed for comparison: "CBC News" ~ "cbcnews", "www.cbc.ca" ~ "cbc"."""
    text = text.lower().strip()
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", text):  # a host: its longest label
        labels = [lab for lab in text.split(".") if lab not in ("www", "m", "amp")][:-1]
        text = max(labels or [text], key=len)
    return re.sub(r"[\W_]+", "", text)


def _declared_titles(root: HtmlElement, meta: PageMeta) -> list[str]:
    head = root.find(".//title")
    values = [
        as_text(meta.article_value("headline")),
        meta.first("og:title"),
        meta.first("twitter:title", "parsely-title", "dc.title", "headline"),
        head.text_content() if head is not None else None,
    ]
    out: list[str] = []
    for value in values:
        value = " ".join(htmllib.unescape(value).split()) if value else ""
        if value and value not in out:
            out.append(value)
    return out


def _headlines(root: HtmlElement, site: set[str]) -> list[tuple[str, bool]]:
    """Visible h1 texts outside page furniture, each with whether it sits inside the article/main."""
    out: list[tuple[str, bool]] = []
    body = root.find("body")
    for h1 in (body if body is not None else root).iter("h1"):
        furniture, in_article = _placement(h1)
        if furniture:
            continue
        for text in dict.fromkeys((inline_text(h1), inline_text(h1, kicker=False))):
            if len(text) >= MIN_CHARS and not _is_site(text, site) and all(text != t for t, _ in out):
                out.append((text, in_article))
    return out


def inline_text(element: HtmlElement, kicker: bool = True) -> str:
    """The headline's text: parts joined by spaces (never before punctuation); without ``kicker``, the
    kicker/overline parts are left out, with the separator that tied them to the headline."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag not in NON_CONTENT and (kicker or not _KICKER.search(marks)):
            parts.extend((_JOIN, el.text or ""))
            for child in el:
                walk(child)
            parts.append(_JOIN)
        parts.append(el.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
    joined = _JOIN_BEFORE_PUNCTUATION.sub(r"\1", "".join(parts))
    text = " ".join(joined.replace(_JOIN, " ").split())
    return text if kicker else _LOOSE_ENDS.sub("", text)


def _placement(element: HtmlElement) -> tuple[bool, bool]:
    """(inside page furniture, inside the article or main element)."""
    in_article = False
    for node in element.iterancestors():
        if node.tag in _ARTICLE_TAGS or node.get("itemprop") == "articleBody":
            in_article = True
        if node.tag in _FURNITURE_TAGS and not in_article:
            return True, False
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if not in_article and marks.strip() and _FURNITURE.search(marks):
            return True, False
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_FURNITURE.search(marks)), in_article


def _best_match(headline: str, declared: list[str], stripped: list[str]) -> float:
    return max((_similarity(headline, t) for t in [*stripped, *declared]), default=0.0)


def _similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams (spaces and case ignored): works for every script."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def _bigrams(text: str) -> set[str]:
    squashed = re.sub(r"\W+", "", text.lower())
    return {squashed[i : i + 2] for i in range(len(squashed) - 1)}
