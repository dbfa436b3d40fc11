"""Inferring a site's article URL pattern from the links found on it (pure).

URLs are grouped by shape: each path segment becomes a class (a year, a short or long number, a slug of
several words, a word), plus the names of the query parameters. Article URLs of one site share a shape
(``/story/2026/10/20/<slug>/8051721``, ``/news/48252``, ``/article.php?id=3106``); section pages and
furniture have other shapes. The shapes that hold most of the known articles (feed items, sitemap entries)
become the pattern; without such evidence, the shapes that look like articles (a slug, a long numeric id, a
date) and hold enough links on the home page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

_EXT = re.compile(r"^(?P<stem>.+?)\.(?P<ext>s?html?|php|aspx?|cms|jsp)$", re.I)
_WORDS = re.compile(r"[-_+\s]+")
_HEXISH = re.compile(r"^(?=.*\d)[0-9a-f-]{8,}$", re.I)
MIN_CLUSTER = 3
MAX_SHAPES = 3


def segment_class(segment: str) -> str:
    """The class of one (decoded) path segment: YEAR, NUM2, NUM, ID, SLUG or WORD (with ``.ext``)."""
    m = _EXT.match(segment)
    if m:
        return segment_class(m.group("stem")) + "." + m.group("ext").lower()
    if segment.isdigit():
        if len(segment) == 4 and 1990 <= int(segment) <= 2100:
            return "YEAR"
        return "NUM2" if len(segment) <= 2 else "NUM"
    if _HEXISH.match(segment):
        return "ID"
    words = [w for w in _WORDS.split(segment) if w]
    if len(words) >= 3 or len(segment) >= 25:
        return "SLUG"
    if len(words) >= 2 and words[-1].isdigit() and len(words[-1]) >= 4:
        return "SLUG"  # "name-48252": a slug ending in the story id
    return "WORD"


def _query_class(value: str) -> str:
    return "NUM" if value.isdigit() else ("ID" if _HEXISH.match(value) else "ANY")


Shape = tuple[tuple[str, ...], tuple[tuple[str, str], ...]]


def shape_of(url: str) -> Shape:
    parts = urlsplit(url)
    segments = tuple(segment_class(unquote(s)) for s in parts.path.split("/") if s)
    query = tuple(sorted((k, _query_class(v)) for k, v in parse_qsl(parts.query, keep_blank_values=True)))
    return segments, query


def _path_segments(url: str) -> list[str]:
    return [unquote(s) for s in urlsplit(url).path.split("/") if s]


def article_likeness(shape: Shape) -> int:
    """How much a shape looks like an article URL: slugs, long ids and dates count; bare words do not."""
    segments, query = shape
    score = 0
    for cls in segments:
        base = cls.split(".", 1)[0]
        score += {"SLUG": 2, "NUM": 2, "ID": 2, "YEAR": 1, "NUM2": 0}.get(base, 0)
        score += 1 if "." in cls else 0
    score += 2 * sum(1 for _, cls in query if cls in ("NUM", "ID"))
    return score


_CLASS_RE = {"YEAR": r"\d{4}", "NUM2": r"\d{1,2}", "NUM": r"\d+", "ID": r"[^/]+", "SLUG": r"[^/]+"}


def _segment_regex(cls: str, values: set[str]) -> str:
    base, _, ext = cls.partition(".")
    if base == "WORD" and len(values) == 1:
        (value,) = values
        literal = value if not ext else value[: -len(ext) - 1]
        if literal.isascii():
            return re.escape(literal) + (rf"\.{ext}" if ext else "")
    body = _CLASS_RE.get(base, r"[^/]+")
    if ext:
        body = (r"[^/]+?" if body == r"[^/]+" else body) + rf"\.{ext}"
    return body


def shape_regex(shape: Shape, urls: Sequence[str]) -> str:
    """A regex for the paths (and queries) of ``urls``, which all have ``shape``."""
    segments, query = shape
    values: list[set[str]] = [set() for _ in segments]
    for url in urls:
        for i, seg in enumerate(_path_segments(url)):
            values[i].add(seg)
    path = "".join("/" + _segment_regex(cls, values[i]) for i, cls in enumerate(segments))
    regex = "^" + (path or "/")
    if not query:
        return regex + "/?$"
    # Parameters in any order: one look-ahead per required parameter.
    looks = "".join(
        rf"(?=(?:.*&)?{re.escape(k)}={_CLASS_RE['NUM'] if cls == 'NUM' else ''})" for k, cls in query
    )
    return regex + r"\?" + looks


@dataclass(frozen=True, slots=True)
class Inferred:
    regex: str  # the article_url of the profile
    shapes: list[Shape]
    covered: int  # evidence URLs (or candidates) the regex matches
    evidence: int  # how many there were
    examples: list[str]

    @property
    def coverage(self) -> float:
        return self.covered / self.evidence if self.evidence else 0.0


def _group(urls: Iterable[str]) -> dict[Shape, list[str]]:
    groups: dict[Shape, list[str]] = defaultdict(list)
    for url in dict.fromkeys(urls):
        shape = shape_of(url)
        if shape[0] or shape[1]:  # the home page itself is never an article
            groups[shape].append(url)
    return groups


def infer_article_pattern(articles: Sequence[str], links: Sequence[str] = ()) -> Inferred | None:
    """The article URL pattern of one site.

    ``articles``: URLs known to be articles (feed items, sitemap entries) of the site; ``links``: other
    same-site links (the home page's). The known articles decide when there are enough of them; else the
    links' article-like shapes do. None when nothing article-like was found.
    """
    if len(set(articles)) >= MIN_CLUSTER:
        groups = _group(articles)
        total = sum(len(v) for v in groups.values())
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), -article_likeness(kv[0])))
        chosen = [(s, u) for s, u in ranked[:MAX_SHAPES] if len(u) >= max(MIN_CLUSTER, 0.1 * total)]
    else:
        groups = _group(list(articles) + list(links))
        total = sum(len(v) for v in groups.values())
        ranked = sorted(
            ((s, u) for s, u in groups.items() if article_likeness(s) >= 2 and len(u) >= MIN_CLUSTER),
            key=lambda kv: -len(kv[1]) * article_likeness(kv[0]),
        )
        chosen = ranked[:MAX_SHAPES]
        if chosen:  # shapes much rarer than the best one are more likely furniture than a second layout
            best = len(chosen[0][1])
            chosen = [(s, u) for s, u in chosen if len(u) >= 0.2 * best]
    if not chosen:
        return None
    regexes = list(dict.fromkeys(shape_regex(shape, urls) for shape, urls in chosen))
    regex = regexes[0] if len(regexes) == 1 else "|".join(f"(?:{r})" for r in regexes)
    compiled = re.compile(regex)
    pool = (
        list(dict.fromkeys(articles))
        if len(set(articles)) >= MIN_CLUSTER
        else [u for _, us in chosen for u in us]
    )
    covered = [u for u in pool if compiled.search(path_and_query(u))]
    return Inferred(regex, [s for s, _ in chosen], len(covered), len(pool) or total, covered[:5])


def path_and_query(url: str) -> str:
    """What a profile's article_url is matched against (as ``SiteProfile.is_article_url`` does)."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
