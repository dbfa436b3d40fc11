"""Sane limits for a news page (pure, no I/O beyond the stream handed in).

The same caps hold on every path a page can come in by: the downloader (Scrapy's ``DOWNLOAD_MAXSIZE``, which
also bounds what it decompresses), a sitemap's own gzip layer, ``newscrawl extract``/``ingest`` of files, URLs
and WARC records. A compressed body is never expanded whole before its size is known: a 1 MiB gzip "bomb"
that inflates to 300 MiB is refused after the first ``limit + 1`` bytes.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass, replace
from typing import BinaryIO

from crawler.items import Article

MiB = 1024 * 1024
MAX_PAGE_BYTES = 16 * MiB  # a news article page is rarely over 2 MiB; inline images and JSON push some to 10
WARN_PAGE_BYTES = 4 * MiB
MAX_URL_LENGTH = 2000  # the articles.canonical_url column; longer URLs are traps or garbage


class TooLarge(ValueError):
    """A body (or its decompressed form) over the limit."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what} is larger than {limit:,} bytes (NEWSCRAWL_MAX_PAGE_BYTES)")
        self.limit = limit


def read_capped(stream: BinaryIO, limit: int, what: str = "the page") -> bytes:
    """At most ``limit`` bytes from ``stream``; TooLarge when there are more (a decompressing stream stops
    inflating one chunk past the limit)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(what, limit)
    return data


def gunzip_capped(data: bytes, limit: int, what: str = "the decompressed body") -> bytes:
    """``gzip.decompress`` that refuses to produce more than ``limit`` bytes.

    Raises TooLarge, or ``OSError``/``EOFError``/``zlib.error`` for a corrupt stream, as ``gzip`` does.
    """
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        return read_capped(fh, limit, what)


CORRUPT_GZIP = (OSError, EOFError, zlib.error)
_CHUNK = 64 * 1024


def inflate_capped(data: bytes, limit: int, what: str = "the decompressed body") -> bytes:
    """HTTP ``deflate`` (zlib-wrapped, or raw as some servers send it), at most ``limit`` bytes out."""
    try:
        return _inflate(zlib.decompressobj(), data, limit, what)
    except zlib.error:
        return _inflate(zlib.decompressobj(-zlib.MAX_WBITS), data, limit, what)


def _inflate(decompressor: zlib._Decompress, data: bytes, limit: int, what: str) -> bytes:
    out = io.BytesIO()
    pending = data
    while pending and not decompressor.eof:
        out.write(decompressor.decompress(pending, _CHUNK))
        if out.tell() > limit:
            raise TooLarge(what, limit)
        pending = decompressor.unconsumed_tail
    return out.getvalue()


def unbrotli_capped(data: bytes, limit: int, what: str = "the decompressed body") -> bytes:
    import brotli  # installed with Scrapy, which decodes brotli responses with it

    decompressor = brotli.Decompressor()
    out = io.BytesIO()
    chunk = decompressor.process(data, output_buffer_limit=_CHUNK)
    while True:
        out.write(chunk)
        if out.tell() > limit:
            raise TooLarge(what, limit)
        if decompressor.is_finished():
            return out.getvalue()
        chunk = decompressor.process(b"", output_buffer_limit=_CHUNK)
        if not chunk:
            return out.getvalue()


def decode_capped(data: bytes, content_encoding: str | None, limit: int) -> bytes:
    """An HTTP body decoded per its ``Content-Encoding`` (gzip, deflate, br, or several), capped at ``limit``.

    Raises TooLarge, ValueError for an encoding it does not know, or a decoder's error for corrupt data.
    """
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):  # applied in order, so undone in reverse
        if coding in ("gzip", "x-gzip"):
            data = gunzip_capped(data, limit)
        elif coding == "deflate":
            data = inflate_capped(data, limit)
        elif coding == "br":
            data = unbrotli_capped(data, limit)
        elif coding != "identity":
            raise ValueError(f"unsupported Content-Encoding {coding!r}")
    return data


# -- stored fields ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FieldLimits:
    """Longest text stored per article field, in characters.

    ``section``, ``language`` and ``canonical_url`` are the database columns' own lengths (a test keeps them
    equal to the models); the others are Text columns, capped so that one runaway page cannot store tens of
    millions of characters.
    """

    title: int = 1_000
    body: int = 500_000
    section: int = 200
    language: int = 8
    canonical_url: int = MAX_URL_LENGTH
    lead_image: int = 2_000
    original_url: int = MAX_URL_LENGTH
    author: int = 200
    authors: int = 20  # items
    tag: int = 100
    tags: int = 50  # items


_SPACE = re.compile(r"\s")


def cut_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at the last blank in its final fifth when there is one
    (a word or a paragraph is not split in the middle), else exactly at ``limit``."""
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    floor = limit - max(limit // 5, 1)
    for match in reversed(list(_SPACE.finditer(head, floor))):
        if match.start() <= limit:
            return head[: match.start()].rstrip()
    return text[:limit]


def fit_text(value: str | None, limit: int) -> tuple[str | None, bool]:
    """(value that fits, whether it was cut)."""
    if value is None or len(value) <= limit:
        return value, False
    return cut_at_word(value, limit), True


def fit_list(values: list[str], item_limit: int, count_limit: int) -> tuple[list[str], bool]:
    fitted = [cut_at_word(v, item_limit) for v in values[:count_limit]]
    return fitted, len(values) > count_limit or fitted != values[:count_limit]


def fit_article(article: Article, limits: FieldLimits | None = None) -> tuple[Article, tuple[str, ...]]:
    """A copy of ``article`` whose fields fit their limits, and the names of the fields that were changed.

    Text (title, body, section, authors, tags) is cut at a word boundary. Values that are wrong once cut are
    dropped instead: a URL (lead image, original URL) and the language tag (half of one names another
    language). The canonical URL is left to the caller: cutting an identity key would merge unrelated pages.
    """
    limits = limits or FieldLimits()
    changes: dict[str, object] = {}
    for name in ("title", "body", "section"):
        value, was_cut = fit_text(getattr(article, name), getattr(limits, name))
        if was_cut:
            changes[name] = value
    for name, item, count in (("authors", limits.author, limits.authors), ("tags", limits.tag, limits.tags)):
        values, was_cut = fit_list(list(getattr(article, name)), item, count)
        if was_cut:
            changes[name] = values
    for name in ("lead_image", "language"):
        value = getattr(article, name)
        if value is not None and len(value) > getattr(limits, name):
            changes[name] = None
    cut = list(changes)
    original = article.attribution.original_url
    if original is not None and len(original) > limits.original_url:
        changes["attribution"] = replace(article.attribution, original_url=None)
        cut.append("original_url")
    return (replace(article, **changes) if changes else article), tuple(cut)


__all__ = [
    "CORRUPT_GZIP",
    "MAX_PAGE_BYTES",
    "MAX_URL_LENGTH",
    "WARN_PAGE_BYTES",
    "FieldLimits",
    "TooLarge",
    "cut_at_word",
    "fit_article",
    "fit_text",
    "gunzip_capped",
    "read_capped",
]
