"""Bylines: "By Jane Doe · 28 November 2026", "كتب: محمد علي", "Par Marie Dupont", "Von Hans Müller".

A byline paragraph leaves the body (attribution still sees it, as a credit line) and its names fill
``authors``. Names from metadata are cleaned the same way: prefixes dropped, several names split, and values
that are not a person dropped (the site's own name, photo credits, slugs, ids).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from crawler.extraction.tree import element_text

# "By", "Written by", Arabic "كتب/كتبت/بقلم", French "Par", German "Von", Spanish/Portuguese "Por", Dutch
# "Door", Italian "Di" (only with a capitalised name after it), Swedish/Norwegian "Av".
_PREFIX = re.compile(
    r"^(?:(?:written|words|story|text|reporting)\s+by|by|par|von|por|door|av|di|author|autor|auteur|autore|"
    r"كتب(?:ت|ه|ها)?|بقلم|إعداد|اعداد|تقرير|متابعة|حوار|تحرير)\s*[:：\-–]?\s+",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|،|;|&|\||/)\s*|\s+(?:and|und|et|y|e|og|och|en|و)\s+", re.I)
# What follows the names on a byline line: a date, a role, a place ("· 28 November 2026", "| Reuters").
_TAIL = re.compile(r"\s+(?:[·•|–—]|-{1,2})\s+.*$|\s*\d.*$")
_ROLE_SUFFIX = re.compile(
    r"\s*(?:\([^)]*\)|기자|記者|特派員|,?\s*(?:staff|correspondent|reporter)\b.*)$", re.I
)
# Photo credits, ids, URLs and handles are not names (agencies and newsrooms are: "AFP", "BR24 Redaktion").
_NOT_A_PERSON = re.compile(
    r"\d{3,}|^[\d\W]+$|https?:|www\.|@|\[at\]|\(|\)|^no author$|^unknown$|^admin$"
    r"|\b(?:image|images|photo|photos|foto|fotos|getty|istock|shutterstock)\b",
    re.I,
)
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "da",
        "di",
        "du",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "y",
        "e",
        "dos",
        "das",
        "do",
        "mc",
        "mac",
        "st.",
    ]
)
_CAPITALISED = re.compile(r"^[^\W\d_][\w'’.-]*$")
_ARABIC_FUNCTION_WORDS = re.compile(
    r"(?:^|\s)(?:في|فى|من|على|إلى|الى|عن|أن|إن|ان|التي|الذي|قد|لقد|هذا|هذه)(?:\s|$)"
)
MAX_BYLINE_CHARS = 160
MAX_NAME_WORDS = 5
MAX_AUTHORS = 6
AUTHOR_LINE_WORDS = 15


def byline_names(paragraph: str) -> list[str] | None:
    """The names of a byline paragraph ("By Jane Doe and John Roe · 2 May 2026"), or None when it is not one."""
    text = " ".join(paragraph.split())
    if len(text) > MAX_BYLINE_CHARS:
        return None
    match = _PREFIX.match(text)
    if not match:
        return None
    rest = _TAIL.sub("", text[match.end() :]).strip(" :-–")
    names = _drop_place([n for n in (_clean(part) for part in _SPLIT.split(rest)) if n])
    if not names or not all(looks_like_name(n) for n in names):
        return None
    if not _cased(rest) and (len(rest.split()) > 4 or _ARABIC_FUNCTION_WORDS.search(rest)):
        return None  # "كتب الرئيس في رسالته أن ...": a sentence that starts with "wrote", not a byline
    return names


def looks_like_name(name: str) -> bool:
    """A person's name: a few words, no digits or URLs, capitalised in a cased script."""
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > 60 or _NOT_A_PERSON.search(name):
        return False
    if any(c.isdigit() for c in name):
        return False
    cased = [w for w in words if _cased(w)]  # scripts with letter case (Latin, Cyrillic, Greek)
    if not cased:
        return True  # Arabic, CJK, Hangul, ...: no case to check
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in cased if _CAPITALISED.match(w))


def clean_authors(
    values: Iterable[str], site_names: set[str] | None = None, site_fallback: bool = True
) -> list[str]:
    """Author names from metadata or markup: prefixes and roles dropped, lists split, photo credits and ids
    dropped. The site's own name (``site_names``) counts only when nobody else is named, and only with
    ``site_fallback`` (declared metadata; a "By World Brief staff" byline names nobody)."""
    people = _clean_names(values, set())
    if site_names:
        named = [n for n in people if not names_site(n, site_names)]
        return named or (people if site_fallback else [])
    return people


def _drop_place(names: list[str]) -> list[str]:
    """ "Anna Sleegers, Frankfurt": a one-word last item after full names is where the author writes from."""
    if len(names) >= 2 and len(names[-1].split()) == 1 and all(len(n.split()) >= 2 for n in names[:-1]):
        return names[:-1]
    return names


def _clean_names(values: Iterable[str], site_names: set[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        value = " ".join(value.split())
        if not value or "://" in value:
            continue
        value = _PREFIX.sub("", value)
        for name in _drop_place(_SPLIT.split(value)):
            name = _clean(name)
            if not name or names_site(name, site_names) or _NOT_A_PERSON.search(name) or len(name) > 80:
                continue
            if _PREFIX.match(name + " "):
                continue  # a lone "Von" / "By" left by the markup
            if re.fullmatch(r"[a-z]+(?:-[a-z]+)+", name) and any(_slug(o) == name for o in out):
                continue  # "sophie-foster" next to "Sophie Foster": a profile slug
            if name.casefold() not in (o.casefold() for o in out) and _slug(name) not in (
                _slug(o) for o in out
            ):
                out.append(name)
    return out


def authors_from_markup(root: HtmlElement) -> list[str]:
    """Names in the page's author markup: rel=author links, itemprop=author, byline/author elements."""
    found: list[str] = []
    queries = (
        "//*[@itemprop='author']//*[@itemprop='name']",
        "//*[@itemprop='author' and not(.//*[@itemprop='name'])]",
        "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
        "//*[contains(@class, 'byline') or contains(@class, 'author-name') or contains(@class, 'author__name')"
        " or contains(@class, 'article-author')]",
        # The plain class word ("<p class="author">von …"), and BEM lists ("authors__list-item"), last: they
        # are also used for author boxes under other stories, which MAX_AUTHORS turns away.
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' author ') or contains(@class, 'authors__')]",
    )
    for query in queries:
        found = []
        for element in root.xpath(query):
            text = element.get("content") or element_text(element)
            if text and len(text) <= MAX_BYLINE_CHARS:
                names = byline_names(text) or [n for n in _SPLIT.split(_PREFIX.sub("", text)) if n]
                found += [n for n in (_clean(n) for n in names) if n and looks_like_name(n)]
        if 0 < len(set(found)) <= MAX_AUTHORS:
            return found
    return []  # more names than one article has: the authors of the stories listed around it


def _cased(text: str) -> bool:
    return text.lower() != text.upper()


def _clean(name: str) -> str:
    name = _ROLE_SUFFIX.sub("", name.strip(" .,:;-–—·•|"))
    return _PREFIX.sub("", name).strip(" .,:;-–—·•|")


def _slug(name: str) -> str:
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-")


def names_site(name: str, site_names: set[str]) -> bool:
    key = re.sub(r"[\W_]+", "", name.lower().removeprefix("www."))
    key = re.sub(r"(?:com|de|net|org|co|uk|lt|tv)$", "", key) if "." in name else key
    return any(key == s or (len(s) >= 3 and (key.startswith(s) or s.startswith(key))) for s in site_names)


def is_acronym(name: str) -> bool:
    """ "APA", "AFP", "dpa": an agency's short name, weaker than a newsroom named in the page's metadata."""
    return len(name.split()) == 1 and len(name) <= 5 and (name.isupper() or name.islower())


def take_bylines(paragraphs: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(body without byline paragraphs, the byline paragraphs, their names): the first three and last two
    paragraphs are where bylines sit."""
    body: list[str] = []
    lines: list[str] = []
    names: list[str] = []
    last = len(paragraphs) - 2
    for i, paragraph in enumerate(paragraphs):
        found = byline_names(paragraph) if i < 3 or i >= last else None
        if found:
            lines.append(paragraph)
            names += [n for n in found if n not in names]
        else:
            body.append(paragraph)
    return body, lines, names


def take_author_lines(paragraphs: list[str], authors: list[str]) -> tuple[list[str], list[str]]:
    """(body, author lines): a short paragraph among the first three that names one of the article's authors
    without a "By" ("Robert Burns, AP National Security Writer") is a byline too."""
    if not authors:
        return paragraphs, []
    names = [a.casefold() for a in authors if len(a) >= 5]
    body: list[str] = []
    lines: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        short = len(paragraph.split()) <= AUTHOR_LINE_WORDS and len(paragraph) <= MAX_BYLINE_CHARS
        if i < 3 and short and any(n in paragraph.casefold() for n in names):
            lines.append(paragraph)
        else:
            body.append(paragraph)
    return body, lines
