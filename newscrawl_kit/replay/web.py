"""The replay web: a mapping ``(host, path?query) -> Resource`` plus the truth about every article page."""

from __future__ import annotations

import gzip
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote, unquote, urlsplit

from newscrawl_kit.replay.content import Story

# Characters left as they are when a request path is normalised (everything else is percent-encoded).
_PATH_SAFE = "/?&=:+,;@!$'()*~-._%"


def normalize_path(path: str) -> str:
    """One spelling per path: non-ASCII percent-encoded, hex upper-case (so raw and encoded requests match)."""
    if not path:
        return "/"
    return quote(unquote(path), safe=_PATH_SAFE.replace("%", ""))


def normalize_host(host: str) -> str:
    return host.split(":", 1)[0].strip().lower().rstrip(".")


def split_url(url: str) -> tuple[str, str]:
    """``http://host/p?q`` -> ``("host", "/p?q")`` (normalised)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return normalize_host(parts.netloc), normalize_path(path)


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(UTC), usegmt=True)


@dataclass(slots=True)
class Resource:
    """One served response body with its validators (ETag from the bytes, Last-Modified from the content)."""

    body: bytes
    content_type: str
    etag: str
    last_modified: datetime  # aware, whole seconds
    _gzipped: bytes | None = field(default=None, repr=False)

    @classmethod
    def make(
        cls, body: bytes | str, content_type: str, last_modified: datetime, encoding: str = "utf-8"
    ) -> Resource:
        data = body.encode(encoding, "xmlcharrefreplace") if isinstance(body, str) else body
        etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
        return cls(data, content_type, etag, last_modified.astimezone(UTC).replace(microsecond=0))

    @property
    def last_modified_http(self) -> str:
        return http_date(self.last_modified)

    def gzipped(self) -> bytes:
        # Compressed lazily and kept: the server sends the same bytes to every client that accepts gzip.
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=5, mtime=0)
        return self._gzipped


@dataclass(frozen=True, slots=True)
class PageTruth:
    """What an article page really contains, for scoring extraction, attribution and dedup.

    ``outlet_*`` / ``original_url`` name the outlet that originally published the story (None when the story
    exists only on an aggregator that credits nobody: the right attribution answer is "unknown").
    ``credited`` says whether the page itself names its source in some way (footer, slug, dateline, link).
    ``paragraphs`` are exactly the body paragraphs shown on the page (no ticker, credit or footer text).
    """

    url: str
    site: str
    story_key: str
    title: str
    paragraphs: tuple[str, ...]
    language: str
    outlet_name: str | None
    outlet_domain: str | None
    original_url: str | None
    is_original: bool
    published_at: datetime
    agency: str | None = None
    credited: bool = True
    variant: str = "full"  # "full" | "truncated" | "edited"
    authors: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


class ReplayWeb:
    """All resources of the replay web, the truth of its article pages and the stories behind them."""

    def __init__(self) -> None:
        self._resources: dict[tuple[str, str], Resource] = {}
        self._host_counts: Counter[str] = Counter()  # resources per host, kept current by add/remove
        self.truth: dict[str, PageTruth] = {}
        self.stories: dict[str, Story] = {}
        self.today: date | None = None
        # For pages built by JavaScript: the DOM a browser ends up with (fixtures and browser-free tests).
        self.rendered_dom: dict[str, str] = {}

    # -- reading -------------------------------------------------------------------------------------------
    @property
    def hosts(self) -> list[str]:
        return sorted(h for h, n in self._host_counts.items() if n > 0)

    def has_host(self, host: str) -> bool:
        host = normalize_host(host)
        return self._host_counts[host] > 0 or (host.startswith("www.") and self._host_counts[host[4:]] > 0)

    def get(self, host: str, path: str) -> Resource | None:
        host = normalize_host(host)
        path = normalize_path(path)
        found = self._resources.get((host, path))
        if found is None and host.startswith("www."):
            found = self._resources.get((host[4:], path))
        return found

    def get_url(self, url: str) -> Resource | None:
        return self.get(*split_url(url))

    def __contains__(self, url: str) -> bool:
        return self.get_url(url) is not None

    def __len__(self) -> int:
        return len(self._resources)

    def urls(self, host: str | None = None) -> Iterator[str]:
        for h, path in self._resources:
            if host is None or h == host:
                yield f"http://{h}{path}"

    def article_urls(self, host: str | None = None) -> list[str]:
        return [u for u, t in self.truth.items() if host is None or t.site == host]

    def text(self, url: str, encoding: str = "utf-8") -> str:
        res = self.get_url(url)
        if res is None:
            raise KeyError(url)
        return res.body.decode(encoding)

    # -- writing (used by the builders and by tests of re-crawls, edits and late originals) ----------------
    def add(self, url: str, resource: Resource, truth: PageTruth | None = None) -> None:
        key = split_url(url)
        if key not in self._resources:
            self._host_counts[key[0]] += 1
        self._resources[key] = resource
        if truth is not None:
            self.truth[truth.url] = truth

    def put(
        self,
        url: str,
        body: str | bytes | Resource,
        content_type: str = "text/html; charset=utf-8",
        *,
        truth: PageTruth | None = None,
        last_modified: datetime | None = None,
        encoding: str = "utf-8",
    ) -> Resource:
        """Add or replace a resource. A replaced page gets a later Last-Modified (and a new ETag if it changed)."""
        if isinstance(body, Resource):
            resource = body
        else:
            previous = self.get_url(url)
            when = last_modified or datetime.now(UTC)
            if previous is not None and when <= previous.last_modified:
                when = previous.last_modified + timedelta(seconds=1)
            resource = Resource.make(body, content_type, when, encoding)
        self.add(url, resource, truth)
        return resource

    def remove(self, url: str) -> Resource | None:
        """Take a page off the web (it answers 404 afterwards); its truth goes too. Returns what was there."""
        key = split_url(url)
        self.truth.pop(f"http://{key[0]}{key[1]}", None)
        removed = self._resources.pop(key, None)
        if removed is not None:
            self._host_counts[key[0]] -= 1
        return removed


def build_demo_web(today: date | None = None) -> ReplayWeb:
    """The bundled demo web (see ``newscrawl_kit.replay.demo``); ``today`` is the render date of the tickers."""
    from newscrawl_kit.replay.demo import build_demo_web as build  # late: demo imports this module

    return build(today)
