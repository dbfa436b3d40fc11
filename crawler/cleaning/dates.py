"""Dates: one string (`parse_date`) and a whole page (`find_published_date`, `find_modified_date`).

A page's date comes from the most explicit signal it offers, in this order of trust: JSON-LD on the article
object, `<meta>` tags, `itemprop`/`<time>` markup, a full date in the URL, a visible date line next to the
article (Arabic, English and the other major news languages; Solar Hijri and CJK dates too), then htmldate's
heuristics as the last resort. A full date in the URL also beats a declared date more than a day later.
Tickers, headers and other page furniture are removed first: they print today's date or other stories'
dates, never the article's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from crawler.cleaning.css import css_to_xpath
from crawler.cleaning.date_text import FUTURE_TOLERANCE, as_tzinfo, parse_date

__all__ = ["find_dates", "find_dates_in_tree", "find_modified_date", "find_published_date", "parse_date"]

# Lower-cased values of name=/property=/itemprop=/http-equiv= on <meta>, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "published_time",
    "datepublished",
    "rnews:datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "publishdate",
    "publication_date",
    "pubdate",
    "og:pubdate",
    "originalpublicationdate",
    "article.published",
    "published_at",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
)
# Names that say only "a date" (of the page, the print issue, the last change): read after the article's
# JSON-LD, which names its publication explicitly.
GENERIC_META = ("dc.date", "dcterms.date", "date")
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last_updated_date",
    "last-modified",
    "lastmod",
)
# JSON-LD types that describe the article itself; a WebPage or a site-wide object is weaker evidence.
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "report",
    "techarticle",
    "scholarlyarticle",
    "videoobject",
}
# Page furniture whose dates are not the article's: tickers print other stories' (or today's) dates.
_FURNITURE_TAGS = {"nav", "footer", "aside", "marquee", "form"}
_FURNITURE_WORDS = re.compile(
    r"ticker|breaking|marquee|urgent|news-?bar|"
    # A site's header, not the article's own ("article-header", "post_header", "entryheader").
    r"(?<!article)(?<!entry)(?<!post)(?<!story)(?<!article[-_])(?<!entry[-_])(?<!post[-_])(?<!story[-_])"
    r"(?<![-_])[-_]?header|navbar|"
    r"(?<![a-z])nav(?![a-z])|menu|footer|"
    r"sidebar|widget|related|recommend|comment|most-?read|popular|trending|weather|prayer|clock|today",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"date|time|publish|posted|byline|timestamp|article-?info|meta|info|تاريخ", re.IGNORECASE
)
# "Updated"/"Published" labels on date lines in the major news languages (lower-case, matched as words).
_UPDATED_WORDS = re.compile(
    r"(?<![^\W\d_])(?:updated|last modified|modified|aktualisiert|geändert|actualizad[oa]|actualización|"
    r"mis à jour|mise à jour|modifié|aggiornat[oa]|atualizad[oa]|bijgewerkt|opdateret|oppdatert|uppdaterad|"
    r"päivitetty|zaktualizowano|aktualizováno|обновлено|оновлено|güncellendi|güncelleme|تحديث|محدث|"
    r"به‌روزرسانی|بروزرسانی)(?![^\W\d_])|更新|수정",
    re.IGNORECASE,
)
_PUBLISHED_WORDS = re.compile(
    r"(?<![^\W\d_])(?:published|posted|first published|publié|veröffentlicht|publicad[oa]|pubblicat[oa]|"
    r"gepubliceerd|opublikowano|опубликовано|yayınlanma|نشر|نُشر|منتشر)(?![^\W\d_])|公開|発行|发布|發布|입력|게재",
    re.IGNORECASE,
)
# The label part of a line: everything before its first digit (dates and clocks start with one).
_LEAD_LABEL = re.compile(r"^[^\d]{0,40}")
_TAIL_LABEL = re.compile(r"[^\d]{0,40}$")
# Elements whose own class says they hold the update time.
_UPDATED_CLASS = re.compile(r"updated|modified|dateModified", re.IGNORECASE)
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE_SLASHED = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
_MAX_LINE = 160  # a date line is short; a longer text block is prose that merely mentions dates
# The headline's date line is among the first few text blocks after it, before the story's prose.
_HEADLINE_NODES = 25
_HEADLINE_CHARS = 600
# A date line's words besides numbers: weekday, month, "Published", a source or a byline ("By Jane Doe").
_DATELINE_WORDS = 8
# The date a paragraph opens with, closed by a bracket or a dash: "(21. November 2022) ...",
# "BERLIN, 3 May 2020 – ...", "20.05.2024 | ...". A place name may come first; a few words at most.
_LEAD_DATELINE = re.compile(r"^\(?(?P<line>[^()–—|]{6,60}?)\s*(?:\)|–|—|\||\s-\s)")
_LEAD_WORDS = 4
_PLAIN_WORD = re.compile(r"(?<!\w)[^\W\d]+(?!\w)")
_MIN_HEADLINE = 12  # characters: shorter headings ("News", "Sport") name a section, not a story
_NOT_TEXT = {"script", "style", "noscript", "template"}
_EPOCH_ATTRIBUTES = ("data-time", "data-timestamp", "data-utime", "data-epoch", "data-unix", "data-time-ms")
# Data attributes that hold a written date ("18. März 2020", "2020-03-18").
_DATE_ATTRIBUTES = ("data-date", "data-published", "data-publish-date", "data-pubdate", "data-datetime")
MIN_EPOCH = datetime(1995, 1, 1, tzinfo=UTC)
# A UTC timestamp at exactly this hour or later is read as the next day's midnight in Europe/Middle East.
_LOCAL_MIDNIGHT_HOUR = 21


def find_published_date(
    html: str,
    url: str | None = None,
    tz: str = "UTC",
    now: datetime | None = None,
    ignore: Sequence[str] = (),
) -> datetime | None:
    """The publication date of a page as an aware datetime (time kept when the page gives one), or None."""
    return find_dates(html, url, tz, now, ignore)[0]


def find_modified_date(
    html: str,
    url: str | None = None,
    tz: str = "UTC",
    now: datetime | None = None,
    ignore: Sequence[str] = (),
) -> datetime | None:
    """The last-modified date a page declares (<meta>, JSON-LD, itemprop), or None."""
    return find_dates(html, url, tz, now, ignore)[1]


def find_dates(
    html: str,
    url: str | None = None,
    tz: str = "UTC",
    now: datetime | None = None,
    ignore: Sequence[str] = (),
    published: bool = True,
    modified: bool = True,
) -> tuple[datetime | None, datetime | None]:
    """(publication date, last-modified date) of a page, from one parse of it.

    The modified date is only what the page declares: htmldate's "latest date on the page" costs more than
    the rest of the extraction together and is mostly a related-story or comment date, not an update.
    """
    tree = _load(html, ignore) if published or modified else None
    if tree is None:
        return None, None
    return find_dates_in_tree(tree, url, tz, now, published, modified)


def find_dates_in_tree(
    tree: lxml.html.HtmlElement,
    url: str | None = None,
    tz: str = "UTC",
    now: datetime | None = None,
    published: bool = True,
    modified: bool = True,
) -> tuple[datetime | None, datetime | None]:
    """``find_dates`` on a page already parsed (comments kept, the profile's furniture already removed), so
    that extraction parses each page once. The tree is read, never changed."""
    page = _Page(tree, as_tzinfo(tz), now or datetime.now(UTC), url)
    return (
        _published(page, url) if published else None,
        _modified(page) if modified else None,
    )


class _Page:
    """One parsed page and what it declares, each signal read once: the publication and modification passes
    (and the localisation of a UTC timestamp) ask for the same values several times."""

    def __init__(
        self, tree: lxml.html.HtmlElement, zone: tzinfo, now: datetime, url: str | None = None
    ) -> None:
        self.tree, self.zone, self.now, self.url = tree, zone, now, url
        self._declared: dict[bool, list[datetime]] = {}
        self._visible: list[datetime | None] = []
        self._line: list[datetime | None] | None = None
        self._meta: dict[str, str] | None = None
        self._jsonld: list[dict[str, Any]] | None = None

    def declared(self, published: bool) -> list[datetime]:
        """Machine-readable dates, most trusted first: <meta>, then JSON-LD, then itemprop/<time pubdate>."""
        if published not in self._declared:
            if published:
                values = _chain(
                    self.meta_values(PUBLISHED_META),
                    _jsonld_values(self.jsonld(), ("datePublished", "dateCreated", "uploadDate")),
                    self.meta_values(GENERIC_META),
                    _markup_values(self.tree, "datepublished", pubdate=True),
                )
            else:
                values = _chain(
                    self.meta_values(MODIFIED_META),
                    _jsonld_values(self.jsonld(), ("dateModified",)),
                    _markup_values(self.tree, "datemodified", pubdate=False),
                )
            self._declared[published] = _parsed(values, self.zone, self.now)
        return self._declared[published]

    def visible(self) -> datetime | None:
        if not self._visible:
            self._visible.append(
                _visible_date(self.tree, self.zone, self.now, _own_paths(self.tree, self.url))
            )
        return self._visible[0]

    def line(self) -> datetime | None:
        """The date line readers see: a date-marked element, else the line under the headline."""
        if self._line is None:
            self._line = [self.visible() or _headline_date(self)]
        return self._line[0]

    def meta_values(self, names: Sequence[str]) -> list[str]:
        if self._meta is None:
            self._meta = _meta_map(self.tree)
        return [self._meta[name] for name in names if name in self._meta]

    def jsonld(self) -> list[dict[str, Any]]:
        if self._jsonld is None:
            self._jsonld = _ranked(list(_jsonld_objects(self.tree)))
        return self._jsonld


def _published(page: _Page, url: str | None) -> datetime | None:
    from_url = _url_date(url, page.zone, page.now)
    declared = page.declared(published=True)
    if _is_revision_view(url) and page.declared(published=False):
        return _modified(page)  # the page shows one revision: its text dates from the last change
    if declared:
        first = _first_published(declared, page.declared(published=False))
        if from_url and (first.date() - from_url.date()).days > 1:
            return from_url  # the URL was minted when the story first ran; the later date is a re-publication
        return _localise(first, page, url_day=from_url)
    if from_url:
        return from_url
    visible = page.line()
    if visible:
        return visible
    return _htmldate(page.tree, url, page.zone, page.now, original=True)


def _is_revision_view(url: str | None) -> bool:
    """A wiki's view of one revision or a diff (``?oldid=``, ``&diff=``): what it shows is that revision,
    while its declared publication is the article's creation, years before."""
    if not url:
        return False
    try:
        query = urlsplit(url).query
    except ValueError:
        return False
    return any(part.split("=", 1)[0] in {"oldid", "diff"} for part in query.split("&"))


def _first_published(declared: list[datetime], modified: list[datetime]) -> datetime:
    """The declared publication date to believe, from the candidates in order of trust.

    Two corrections to "the first one": a published time equal to the modified time, to the second, while
    another source declares an earlier publication, was overwritten on update (live blogs: every new post
    rewrites it); a bare day followed by a local timestamp (an explicit offset) of the evening before is the
    print issue's day; the timestamp says when the story went online.
    """
    first = declared[0]
    if first.time() == time(0):
        for other in declared[1:]:
            if other.time() != time(0) and other.utcoffset() and (first.date() - other.date()).days == 1:
                return other
    return first


def _modified(page: _Page) -> datetime | None:
    declared = page.declared(published=False)
    if declared:
        return _localise(declared[0], page, url_day=None)
    return None


def _parsed(values: Iterable[str], zone: tzinfo, now: datetime) -> list[datetime]:
    return [found for found in (parse_date(value, zone, now) for value in values) if found]


def _localise(found: datetime, page: _Page, url_day: datetime | None) -> datetime:
    """Re-express a timestamp the page wrote in UTC in the site's local time; the instant never changes.

    CMSs often emit UTC ("...Z") in one tag while the site's own day (in its URLs, on its pages) is local.
    The local offset is taken from, in order: the site zone we were given; the visible date line (local clock
    minus UTC clock: the day readers saw); another declared timestamp on the page written with a non-zero
    offset; a URL date or a declared date without a clock, one day away from the UTC day (the smallest
    whole-hour offset that lands on it); else a time on the hour late in the UTC evening is a local midnight.
    """
    if found.utcoffset() != timedelta(0) or found.time() == time(0):  # midnight: a bare date, no clock
        return found
    zone = page.zone
    if zone.utcoffset(found.replace(tzinfo=None)) != timedelta(0):
        return found.astimezone(zone)
    visible = page.line()
    if (
        visible is not None
        and visible.utcoffset() == timedelta(0)
        and (visible.hour or visible.minute)
        and visible != found  # the same machine value shown again (a <time datetime> in UTC) says nothing
    ):
        # The visible clock is local time that parse_date read as UTC: the difference is the site's offset
        # (none at all when the page prints the UTC clock itself).
        gap = visible.replace(second=0) - found.replace(second=0, microsecond=0)
        quarters = round(gap / timedelta(minutes=15))
        if abs(gap - quarters * timedelta(minutes=15)) <= timedelta(minutes=2) and abs(quarters) <= 56:
            return found.astimezone(timezone(quarters * timedelta(minutes=15))) if quarters else found
    others = page.declared(published=True) + page.declared(published=False)
    for other in others:
        offset = other.utcoffset()
        if offset and abs(other - found) < timedelta(days=2):
            return found.astimezone(timezone(offset))
    # Day-only statements of the local day: the URL's date, or a declared date written without a clock.
    days = [day.date() for day in [url_day, *others] if day is not None and day.time() == time(0)]
    for day in days:
        gap_days = (day - found.date()).days
        if gap_days == 1 and found.hour >= 10:  # local zone ahead of UTC, at most +14
            return found.astimezone(timezone(timedelta(hours=24 - found.hour)))
        if gap_days == -1 and found.hour < 10:  # behind UTC, at most -10 (Hawaii)
            return found.astimezone(timezone(-timedelta(hours=found.hour + 1)))
        if gap_days == 0:
            return found
    if found.hour >= _LOCAL_MIDNIGHT_HOUR and found.time().replace(hour=0) == time(0):
        # 23:00:00Z on the dot is a day-only date the CMS stored as local midnight (UTC+1..+3) in UTC.
        return found.astimezone(timezone(timedelta(hours=24 - found.hour)))
    return found


def _chain(*sources: Iterable[str]) -> Iterator[str]:
    for source in sources:
        yield from source


def _load(html: str, ignore: Sequence[str]) -> lxml.html.HtmlElement | None:
    if not html or not html.strip():
        return None
    # Comments stay: htmldate reads dates some CMSs leave in them.
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    for selector in ignore:
        try:
            doomed = tree.xpath(css_to_xpath(selector))
        except Exception:  # a bad selector in a profile must not lose the page's date
            continue
        for element in doomed:
            _drop(element)
    return tree


def _drop(element: lxml.html.HtmlElement) -> None:
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


# --- JSON-LD -----------------------------------------------------------------------------------------------


def _jsonld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        yield from _walk(data)


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                yield from _walk(data[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _ranked(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Article-typed objects first, then any other, each group in page order."""
    order = sorted(range(len(objects)), key=lambda i: (not (_types(objects[i]) & ARTICLE_TYPES), i))
    return [objects[i] for i in order]


def _jsonld_values(ranked: list[dict[str, Any]], keys: Sequence[str]) -> Iterator[str]:
    """Values of `keys`, from article-typed objects first, then from any object."""
    for key in keys:
        for obj in ranked:
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                yield value


# --- <meta>, itemprop, <time> ------------------------------------------------------------------------------


def _meta_map(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """The first value of every <meta> name (property=, name=, itemprop=, http-equiv=, lower-cased)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        value = meta.get("content") or meta.get("value") or meta.get("datetime")
        if not value:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = value
    return found


def _markup_values(tree: lxml.html.HtmlElement, itemprop: str, pubdate: bool) -> Iterator[str]:
    for element in tree.xpath(
        f'//*[translate(@itemprop, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")="{itemprop}"]'
    ):
        value = element.get("datetime") or element.get("content") or element.text_content()
        if value and value.strip():
            yield value
    if pubdate:
        for element in tree.xpath("//time[@pubdate]"):
            value = element.get("datetime") or element.text_content()
            if value and value.strip():
                yield value


# --- URL and visible text ----------------------------------------------------------------------------------


def _url_date(url: str | None, zone: tzinfo, now: datetime) -> datetime | None:
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for pattern in (_URL_DATE_SLASHED, _URL_DATE):
        m = pattern.search(path)
        if m:
            found = parse_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", zone, now)
            if found:
                return found
    return None


def _is_furniture(element: lxml.html.HtmlElement) -> bool:
    ancestors = list(element.iterancestors())
    in_article = any(node.tag == "article" for node in ancestors)
    for node in ancestors:
        if node.tag in {
            "article",
            "body",
        }:  # inside the article: its own <header> is where the date line lives
            return False  # (and the body's classes describe the whole page, not a box on it)
        if (node.tag in _FURNITURE_TAGS and not _wraps_page(node)) or (
            node.tag == "header" and not in_article and not _DATE_WORDS.search(str(node.get("class")))
        ):
            return True
        marker = _marker(node)
        if marker and _FURNITURE_WORDS.search(marker):
            return True
    return False


def _marker(element: lxml.html.HtmlElement) -> str:
    """class and id words, without the ``js-*`` hooks scripts bind to ("js-nav" on a link is behaviour,
    not a navigation bar)."""
    words = f"{element.get('class', '')} {element.get('id', '')}".split()
    return " ".join(word for word in words if not word.startswith("js-"))


def _wraps_page(form: lxml.html.HtmlElement) -> bool:
    """A form around the whole page (ASP.NET WebForms wraps every page in one) is not a search box."""
    return form.tag == "form" and form.find(".//h1") is not None


def _visible_date(
    tree: lxml.html.HtmlElement, zone: tzinfo, now: datetime, own: frozenset[str] = frozenset()
) -> datetime | None:
    """The first short date line in the article area: an element whose class/id says it holds a date.

    A date inside a link to the page itself (the permalink, `own`) is the page's own date even in a box that
    looks like furniture (a post's "permalink-header"): other stories' dates link to other stories.

    A class that carries three or more different days is a list of other stories (related, latest), not
    the article's own date line, so it is skipped.
    """
    body = tree.find("body")
    if body is None:
        return None
    lines: list[tuple[str, datetime, bool]] = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in {"script", "style", "noscript"}:
            continue
        marker = _marker(element)
        if element.tag != "time" and not _DATE_WORDS.search(marker):
            continue
        if (_FURNITURE_WORDS.search(marker) or _is_furniture(element)) and not _links_to(element, own):
            continue
        found = _epoch(element, now)
        shown = element.text_content()
        if found is None:
            # An empty marker (a timeline's arrow) may carry its date in a data attribute.
            text = element.get("datetime") or (shown if shown.strip() else _date_attribute(element))
            if not text or len(text) > _MAX_LINE:
                continue
            found = parse_date(_published_part(text), zone, now)
        if found:
            key = f"{element.tag}.{element.get('class', '')}"
            update = _is_update(shown, _label(element)) or bool(_UPDATED_CLASS.search(marker))
            lines.append((key, found, update))
    days: dict[str, set[object]] = {}
    for key, found, _ in lines:
        days.setdefault(key, set()).add(found.date())
    own = [(found, update) for key, found, update in lines if len(days[key]) < 3]
    # An "Updated ..." line gives the page's date only when no other date line does.
    return next((found for found, update in own if not update), own[0][0] if own else None)


def _date_attribute(element: lxml.html.HtmlElement) -> str:
    return next((value for name in _DATE_ATTRIBUTES if (value := element.get(name, "").strip())), "")


def _label(element: lxml.html.HtmlElement) -> str:
    """The text just before an element in its parent (where "Updated:" labels a bare <time>)."""
    previous = element.getprevious()
    if previous is not None:
        own = previous.text_content() if isinstance(previous.tag, str) else ""  # a comment has no text
        return f"{own} {previous.tail or ''}"[-40:]
    parent = element.getparent()
    return (parent.text or "")[-40:] if parent is not None else ""


def _is_update(text: str, before: str = "") -> bool:
    """Whether a date line says when the story was updated: by its own label (the words before its first
    digit), else by the label just before it ("Updated:" beside a bare <time>)."""
    found = _LEAD_LABEL.match(" ".join(text.split()))
    lead = found.group(0) if found else ""
    if not _PLAIN_WORD.search(lead):
        found = _TAIL_LABEL.search(before)
        lead = found.group(0) if found else ""
    return bool(_UPDATED_WORDS.search(lead)) and not _PUBLISHED_WORDS.search(lead)


def _published_part(text: str) -> str:
    """A line "Updated 5 Oct 2020 | Published 3 Oct 2020" from its publication label on."""
    if not _UPDATED_WORDS.search(text):
        return text
    found = _PUBLISHED_WORDS.search(text)
    return text[found.start() :] if found else text


def _own_paths(tree: lxml.html.HtmlElement, url: str | None) -> frozenset[str]:
    """The paths that name this page: its URL's and its declared canonical/og:url (lower-cased, no slash at
    the end); the site root names every page, so it is left out."""
    urls = [
        url,
        *tree.xpath('//link[@rel="canonical"]/@href'),
        *tree.xpath('//meta[@property="og:url"]/@content'),
    ]
    paths = {_link_path(str(u)) for u in urls if u}
    return frozenset(path for path in paths if path)


def _link_path(href: str) -> str:
    try:
        path = urlsplit(href.strip()).path
    except ValueError:
        return ""
    return path.rstrip("/").lower()


def _links_to(element: lxml.html.HtmlElement, own: frozenset[str]) -> bool:
    """Whether the element is (or sits inside) a link to one of the page's own paths."""
    if not own:
        return False
    for node in (element, *element.iterancestors("a")):
        if node.tag == "a" and _link_path(node.get("href") or "") in own:
            return True
    return False


def _epoch(element: lxml.html.HtmlElement, now: datetime) -> datetime | None:
    """The instant a date element carries as Unix time (``data-time="1594448702"``, milliseconds too): the
    visible text beside it is often shortened ("Jul 10") or in the reader's zone, the attribute is exact."""
    for name in _EPOCH_ATTRIBUTES:
        value = (element.get(name) or "").strip()
        if not value.isdigit() or len(value) not in (10, 13):
            continue
        found = datetime.fromtimestamp(int(value[:10]), UTC)
        if MIN_EPOCH <= found <= now + FUTURE_TOLERANCE:
            return found
    return None


def _headline_date(page: _Page) -> datetime | None:
    """The date line printed with the headline: the first short date among the few text blocks after the
    article's ``<h1>`` (the h1 the page's own title names; a site header's "today" date sits above it)."""
    headline = _headline(page)
    if headline is None:
        return None
    seen = 0
    update: datetime | None = None
    for node in headline.xpath(f"following::text()[normalize-space()][position() <= {_HEADLINE_NODES}]"):
        parent = node.getparent()
        if parent is not None and node.is_tail:  # text after a child (or a comment) is its container's
            parent = parent.getparent()
        if parent is None or parent.tag in _NOT_TEXT or _is_furniture(parent):
            continue
        text = " ".join(str(node).split())
        whole = " ".join(parent.text_content().split())
        for line in dict.fromkeys((whole, text)):  # the whole line, else this piece (<br>-split lines)
            if len(line) > _MAX_LINE or len(_PLAIN_WORD.findall(line)) > _DATELINE_WORDS:
                # A sentence or a teaser that mentions a date is not a date line, but the story's first
                # paragraph may open with one ("(21. November 2022) Energy ...", "BERLIN, 3 May 2020 – ...").
                lead = _LEAD_DATELINE.match(line)
                if lead is None or len(_PLAIN_WORD.findall(lead.group("line"))) > _LEAD_WORDS:
                    continue
                line = lead.group("line")
            found = parse_date(_published_part(line), page.zone, page.now)
            if found and _is_update(line):
                update = update or found  # "Updated ...": the page's date only if no other line gives one
            elif found:
                return found
        seen += len(text)
        if seen > _HEADLINE_CHARS:
            break
    return update


def _headline(page: _Page) -> lxml.html.HtmlElement | None:
    """The article's headline: the only h1 outside page furniture, else the h1 (then h2) that the page's
    declared title contains."""
    body = page.tree.find("body")
    if body is None:
        return None
    heads = [h for h in body.iter("h1") if _text(h) and not _is_furniture(h)]
    if len(heads) == 1:
        return heads[0]
    titles = [
        *page.meta_values(("og:title", "twitter:title")),
        *(t.text_content() for t in page.tree.iter("title")),
    ]
    declared = " ".join(" ".join(titles).split()).lower()
    for candidates in (heads, [h for h in body.iter("h2") if not _is_furniture(h)]):
        for heading in candidates:
            text = _text(heading).lower()
            if len(text) >= _MIN_HEADLINE and text in declared:
                return heading
    return None


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _htmldate(
    tree: lxml.html.HtmlElement, url: str | None, zone: tzinfo, now: datetime, original: bool
) -> datetime | None:
    from htmldate import find_date  # the last resort, so imported only when a page needs it

    try:
        day = find_date(
            tree,
            url=url,
            original_date=original,
            extensive_search=True,
            outputformat="%Y-%m-%d",
            max_date=now.astimezone(zone).strftime("%Y-%m-%d"),
        )
    except Exception:  # htmldate raises on odd markup; a missing date is the honest answer then
        return None
    # htmldate answers January 1 when all it found is a year (a copyright line): that is not a day.
    if not day or day.endswith("-01-01"):
        return None
    found = datetime.combine(datetime.strptime(day, "%Y-%m-%d").date(), time(0), tzinfo=zone)
    return found if found <= now else None
