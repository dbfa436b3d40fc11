"""The site profile schema: every key, its type and meaning, and validation that names the bad key.

``validate(data)`` returns every problem of a profile (never only the first), each with the dotted key it is
about, so ``newscrawl sites check`` can print one clear line per error. ``docs/profiles.md`` documents the
same keys (a test keeps the two in step).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import lxml.etree

from crawler.cleaning.css import SelectorError, css_to_xpath

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_HOST_RE = re.compile(
    r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)
KINDS = ("aggregator", "outlet", "wire")
RENDERS = ("http", "browser")
SELECTOR_KEYS = (
    "title",
    "body",
    "published",
    "updated",
    "author",
    "credit",
    "source_link",
    "section",
    "tags",
    "lead_image",
)
CADENCE_KEYS = ("default", "min", "max")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a profile: the (dotted) key and what is wrong with its value."""

    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


class ProfileError(ValueError):
    """A profile file that does not follow the schema; ``problems`` has one entry per bad key."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        first = problems[0] if problems else Problem("?", "invalid")
        more = f" (+{len(problems) - 1} more: newscrawl sites check)" if len(problems) > 1 else ""
        super().__init__(f"{source}: {first}{more}")


# -- value checks: each returns an error message or None ---------------------------------------------------
def _string(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "expected a non-empty string"


def _int(minimum: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"expected an integer, got {value!r}"
        return None if value >= minimum else f"must be >= {minimum}, got {value}"

    return check


def _choice(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in options else f"must be one of {', '.join(options)}; got {value!r}"

    return check


def _name(value: Any) -> str | None:
    if not isinstance(value, str) or not NAME_RE.match(value):
        return f"{value!r} is not a site name (lowercase letters, digits, '-' and '_'; at most 63)"
    return None


def _host(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected a host name, got {value!r}"
    host = value.lower().removeprefix("www.")
    if "/" in host or ":" in host or not _HOST_RE.match(host):
        return f"{value!r} is not a host name (no scheme, port or path: 'example.com')"
    return None


def _url(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected a URL, got {value!r}"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{value!r} is not an http(s) URL"
    return None


def _regex(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected a regular expression, got {value!r}"
    try:
        re.compile(value)
    except re.error as exc:
        return f"invalid regular expression {value!r}: {exc}"
    return None


def _selector(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"expected a CSS selector (or 'xpath:...'), got {value!r}"
    try:
        if value.startswith("xpath:"):
            lxml.etree.XPath(value[len("xpath:") :])
        else:
            css_to_xpath(value)
    except (SelectorError, lxml.etree.XPathSyntaxError) as exc:
        return f"invalid selector {value!r}: {exc}"
    return None


def _timezone(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected a time zone name, got {value!r}"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {value!r} (an IANA name such as 'Africa/Cairo')"
    return None


def _language(value: Any) -> str | None:
    ok = isinstance(value, str) and re.fullmatch(r"[a-z]{2,3}", value)
    return None if ok else f"expected an ISO 639 language code such as 'ar' or 'en', got {value!r}"


@dataclass(frozen=True, slots=True)
class Key:
    kind: str  # "scalar" | "list" | "table"
    check: Callable[[Any], str | None] | None
    help: str


KEYS: dict[str, Key] = {
    "name": Key("scalar", _name, "the site's name (default: the file name); used by crawl, runs and scrapy"),
    "hosts": Key(
        "list", _host, "host names the site serves pages from ('www.' folded); the first one names it"
    ),
    "kind": Key(
        "scalar", _choice(KINDS), "aggregator, outlet (publishes its own stories) or wire (an agency)"
    ),
    "language": Key("scalar", _language, "the site's main language (ISO 639-1)"),
    "timezone": Key("scalar", _timezone, "the site's time zone, for dates printed without an offset"),
    "outlet": Key("scalar", _string, "for an outlet's own site: its name in the outlet registry"),
    "home": Key(
        "scalar", _url, "the home page: where runtime discovery starts when no feeds/sitemaps/listings"
    ),
    "feeds": Key("list", _url, "RSS/Atom feeds listing new articles"),
    "sitemaps": Key("list", _url, "sitemaps (indexes and Google News sitemaps too)"),
    "listings": Key("list", _url, "listing pages (home, sections) whose links lead to articles"),
    "next_page": Key("scalar", _selector, "selector of a listing's 'next page' link"),
    "max_listing_pages": Key("scalar", _int(1), "how many pages of one listing are followed"),
    "article_url": Key("scalar", _regex, "regex (searched) an article URL's path (+ '?query') must match"),
    "deny_url": Key("scalar", _regex, "regex of URL paths never followed"),
    "selectors": Key("table", None, "CSS selectors (or 'xpath:...') of the article's fields"),
    "strip": Key(
        "list", _selector, "selectors removed before extraction (tickers, share bars, related links)"
    ),
    "strip_text": Key("list", _regex, "regexes: body paragraphs matching one are boilerplate"),
    "render": Key("scalar", _choice(RENDERS), "http, or browser for sites that need JavaScript (Chromium)"),
    "wait_for": Key("scalar", _selector, "with render = 'browser': selector that appears once scripts ran"),
    "cadence": Key("table", None, "seconds between runs: default, min, max (adapted to how much is new)"),
    "refresh_after": Key(
        "scalar", _int(0), "seconds after which a stored article is fetched again (0: never)"
    ),
    "settings": Key(
        "table", None, "Scrapy settings for this site (e.g. DOWNLOAD_DELAY, CONCURRENT_REQUESTS)"
    ),
}
SELECTOR_HELP: dict[str, str] = {
    "title": "the headline",
    "body": "the container of the article's paragraphs",
    "published": "element whose @datetime, @content or text holds the publication date",
    "updated": "element holding the last-modified date",
    "author": "the byline (one element per author, or one with 'A and B')",
    "credit": "credit or source line (kept out of the body, handed to attribution)",
    "source_link": "the 'read the original' link",
    "section": "the section or category",
    "tags": "tag links",
    "lead_image": "the lead image (<img>, or an element with @content)",
}


def _check_list(key: str, value: Any, check: Callable[[Any], str | None] | None) -> list[Problem]:
    if isinstance(value, str):
        return [Problem(key, f"expected a list, e.g. {key} = [{value!r}]")]
    if not isinstance(value, list):
        return [Problem(key, f"expected a list, got {value!r}")]
    problems = []
    for i, item in enumerate(value):
        message = check(item) if check else None
        if message:
            problems.append(Problem(f"{key}[{i}]", message))
    return problems


def _check_table(key: str, value: Any) -> list[Problem]:
    if not isinstance(value, Mapping):
        return [Problem(key, f"expected a table ([{key}]), got {value!r}")]
    problems: list[Problem] = []
    if key == "selectors":
        for sub, v in value.items():
            if sub not in SELECTOR_KEYS:
                problems.append(
                    Problem(f"selectors.{sub}", f"unknown selector (known: {', '.join(SELECTOR_KEYS)})")
                )
            elif message := _selector(v):
                problems.append(Problem(f"selectors.{sub}", message))
    elif key == "cadence":
        for sub, v in value.items():
            if sub not in CADENCE_KEYS:
                problems.append(Problem(f"cadence.{sub}", "unknown key (known: default, min, max)"))
            elif message := _int(60)(v):
                problems.append(Problem(f"cadence.{sub}", message))
        if not problems:
            mid, lo, hi = (value.get(k) for k in CADENCE_KEYS)
            lo, hi = lo or 300, hi or 6 * 3600
            mid = mid if mid is not None else min(max(900, lo), hi)
            if not lo <= mid <= hi:
                problems.append(Problem("cadence", f"needs min <= default <= max, got {lo}, {mid}, {hi}"))
    elif key == "settings":
        from crawler.settings_check import check_setting

        for sub, v in value.items():
            if message := check_setting(str(sub), v):
                problems.append(Problem(f"settings.{sub}", message))
    return problems


def validate(data: Mapping[str, Any]) -> list[Problem]:
    """Every problem of one profile's data (as read from its TOML file), in key order."""
    problems: list[Problem] = []
    for key, value in data.items():
        spec = KEYS.get(key)
        if spec is None:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(Problem(key, f"unknown key{hint}"))
        elif spec.kind == "list":
            problems += _check_list(key, value, spec.check)
        elif spec.kind == "table":
            problems += _check_table(key, value)
        elif spec.check and (message := spec.check(value)):
            problems.append(Problem(key, message))
    if not data.get("hosts"):
        problems.append(Problem("hosts", "a profile needs at least one host"))
    if data.get("wait_for") and data.get("render", "http") != "browser":
        problems.append(Problem("wait_for", "only used with render = 'browser'"))
    return problems
