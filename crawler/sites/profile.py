"""A site profile: everything the generic spider and the extractor need to know about one crawled site."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.settings_check import coerce_setting
from crawler.sites.schema import Problem, ProfileError, validate


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors (XPath when prefixed with 'xpath:') for the fields of an article page."""

    title: str | None = None
    body: str | None = None  # the container of the article's paragraphs
    published: str | None = None  # element whose text or @datetime/@content holds the date
    updated: str | None = None
    author: str | None = None
    credit: str | None = None  # credit line / source line (kept out of the body, handed to attribution)
    source_link: str | None = None  # "read the original" link
    section: str | None = None
    tags: str | None = None
    lead_image: str | None = None


@dataclass(frozen=True, slots=True)
class Cadence:
    """How often the site is crawled, in seconds; the scheduler adapts between min and max."""

    default: int = 900
    min: int = 300
    max: int = 6 * 3600


@dataclass(frozen=True)
class SiteProfile:
    name: str
    hosts: tuple[str, ...]
    kind: str = "aggregator"  # "aggregator" | "outlet" | "wire"
    language: str | None = "ar"  # None: unknown (ad hoc crawls), the page says
    timezone: str = "UTC"  # the site's zone, used when a page's date carries none
    outlet: str | None = None  # for an outlet's own site: the registry name of that outlet
    home: str | None = None  # the home page: runtime discovery starts there when nothing else is declared
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    next_page: str | None = None  # selector of the listing's "next page" link
    max_listing_pages: int = 20
    article_url: str = ".*"  # regex (search) an article URL's path must match
    deny_url: str | None = None  # regex of URLs never followed
    selectors: Selectors = field(default_factory=Selectors)
    strip: tuple[str, ...] = ()  # selectors removed from the page before extraction (ticker, share, ...)
    strip_text: tuple[str, ...] = ()  # regexes: body paragraphs matching one are boilerplate
    render: str = "http"  # "http" | "browser"
    wait_for: str | None = None  # with render="browser": selector that appears once the script ran
    cadence: Cadence = field(default_factory=Cadence)
    refresh_after: int = 0  # seconds after which a stored article is fetched again (0: never)
    settings: dict[str, Any] = field(default_factory=dict)  # per-spider Scrapy settings
    source: str | None = None  # file the profile came from
    origin: str = "sites"  # "bundled" | "sites" (NEWSCRAWL_SITES_DIR) | "replay" | "adhoc": set by the loader

    @cached_property
    def article_re(self) -> re.Pattern[str]:
        return re.compile(self.article_url)

    @cached_property
    def deny_re(self) -> re.Pattern[str] | None:
        return re.compile(self.deny_url) if self.deny_url else None

    @cached_property
    def strip_text_re(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.strip_text)

    @property
    def needs_browser(self) -> bool:
        return self.render == "browser"

    def owns(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        return host in self.hosts

    def is_article_url(self, url: str) -> bool:
        if not self.owns(url):
            return False
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if self.deny_re and self.deny_re.search(path):
            return False
        return bool(self.article_re.search(path))

    @property
    def start_urls(self) -> tuple[str, ...]:
        """Where discovery starts: the declared feeds, sitemaps and listings (the home page is the fallback)."""
        return self.feeds + self.sitemaps + self.listings

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str | None = None, origin: str = "sites") -> SiteProfile:
        """A profile from its TOML data; raises ProfileError naming every bad key."""
        where = source or str(data.get("name") or "profile")
        problems = validate(data)
        if problems:
            raise ProfileError(where, problems)
        data = dict(data)
        for key in ("feeds", "sitemaps", "listings", "strip", "strip_text"):
            if key in data:
                data[key] = tuple(data[key])
        data["hosts"] = tuple(dict.fromkeys(h.lower().removeprefix("www.") for h in data["hosts"]))
        data["selectors"] = Selectors(**data.get("selectors", {}))
        data["cadence"] = Cadence(**data.get("cadence", {}))
        data["settings"] = {k: coerce_setting(k, v) for k, v in data.get("settings", {}).items()}
        return cls(source=source, origin=origin, **data)

    @classmethod
    def load(cls, path: Path, origin: str = "sites") -> SiteProfile:
        """The profile in a TOML file (its name defaults to the file name); raises ProfileError."""
        return cls.from_dict(read_profile_file(path), source=str(path), origin=origin)


def read_profile_file(path: Path) -> dict[str, Any]:
    """The TOML data of a profile file, ``name`` defaulting to the file's stem; raises ProfileError."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ProfileError(str(path), [Problem("file", f"cannot read: {exc.strerror or exc}")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(str(path), [Problem("toml", f"not valid TOML: {exc}")]) from None
    data.setdefault("name", path.stem)
    return data
