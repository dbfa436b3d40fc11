"""Saved pages as ``Page`` objects: single HTML files (``.html``/``.html.gz``), folders of them, WARC files.

Bad input raises ``BadInput`` with a one-line reason; a bad record inside a WARC is reported and skipped so the
good records around it still come through. Every page is capped at ``max_bytes`` once decompressed (a
``.html.gz`` or a gzip-encoded WARC record expands at most one chunk past it), and a folder is read without
following links out of it.
"""

from __future__ import annotations

import codecs
import gzip
import html as htmllib
import logging
import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from crawler.cleaning.encoding import decode_html
from crawler.items import Page
from crawler.limits import CORRUPT_GZIP, MAX_PAGE_BYTES, TooLarge, read_capped

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
_CANONICAL = re.compile(
    r"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']""",
    re.I,
)


class BadInput(Exception):
    """An input file that cannot be read as a page."""


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def is_html(path: Path) -> bool:
    return path.name.lower().endswith(HTML_SUFFIXES)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.") or "local"


_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(raw: bytes) -> bool:
    """An image, an archive or random bytes saved under an HTML name (not a page with a stray NUL byte).

    Text has almost no C0 control bytes; binary data has them everywhere (UTF-16/32 text is recognised by
    its byte-order mark first).
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return False
    head = raw[:65536]
    if head.startswith(_BINARY_MAGIC):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 100)


def read_html_file(path: Path, url: str | None = None, max_bytes: int = MAX_PAGE_BYTES) -> Page:
    try:
        with path.open("rb") as fh:
            if path.name.lower().endswith(".gz"):
                with gzip.GzipFile(fileobj=fh) as inflated:
                    raw = read_capped(inflated, max_bytes, "decompressed")
            else:
                raw = read_capped(fh, max_bytes, "the file")
    except TooLarge as exc:
        raise BadInput(f"{path}: {exc}") from None
    except CORRUPT_GZIP as exc:
        raise BadInput(f"{path}: cannot read: {exc}") from None
    if _looks_binary(raw):
        raise BadInput(f"{path}: not an HTML page (binary data)")
    html, encoding = decode_html(raw)
    if url is None:
        m = _CANONICAL.search(html[:200_000])
        # An attribute value: "&amp;" in a query string is "&" (else the URL misses its profile's pattern).
        found = htmllib.unescape(m.group(1) or m.group(2)).strip() if m else None
        url = found if found and found.startswith(("http://", "https://")) else path.resolve().as_uri()
    fetched = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return Page(url=url, html=html, site=host_of(url), fetched_at=fetched, raw=raw, encoding=encoding)


def _warn(exc: BadInput) -> None:
    logger.warning("%s", exc)


def iter_warc(
    path: Path, max_bytes: int = MAX_PAGE_BYTES, on_error: Callable[[BadInput], None] | None = None
) -> Iterator[Page]:
    """One Page per HTML response record, in file order; a record over ``max_bytes`` (its payload decoded)
    is reported to ``on_error`` (default: a warning) and skipped."""
    # warcio only when there is a WARC to read: `newscrawl extract FILE.html` need not import it at start.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skip = on_error or _warn
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise BadInput(f"{path}: cannot read: {exc}") from None
    with fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if ctype and "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                try:
                    raw = read_capped(record.content_stream(), max_bytes, "the record")
                except TooLarge as exc:
                    skip(BadInput(f"{path}: {url}: {exc}"))
                    continue
                except CORRUPT_GZIP as exc:
                    skip(BadInput(f"{path}: {url}: cannot decode the record: {exc}"))
                    continue
                html, encoding = decode_html(raw, ctype or None)
                date = record.rec_headers.get_header("WARC-Date")
                try:
                    fetched = datetime.fromisoformat(date.replace("Z", "+00:00")) if date else None
                except ValueError:
                    fetched = None
                status = int((record.http_headers.get_statuscode() or "200")[:3] or 200)
                yield Page(
                    url=url,
                    html=html,
                    site=host_of(url),
                    fetched_at=fetched,
                    status=status,
                    raw=raw,
                    encoding=encoding,
                )
        except ArchiveLoadFailed as exc:
            raise BadInput(f"{path}: not a readable WARC file: {str(exc).splitlines()[0]}") from None


def iter_pages(
    path: Path, on_error: Callable[[BadInput], None] | None = None, max_bytes: int = MAX_PAGE_BYTES
) -> Iterator[Page]:
    """Pages from a WARC file, an HTML file, or every HTML file below a folder (sorted, deterministic).

    With ``on_error``, a file that cannot be read is reported to it and the others are still read (one bad
    file in a folder of thousands must not lose the rest); without, the first bad file raises BadInput.
    A link inside a folder that leads out of it is not followed (reported like a bad file).
    """
    if not path.exists():
        raise BadInput(f"{path}: no such file or folder")
    if path.is_dir():
        for child in _files_below(path, on_error):
            if is_html(child) or is_warc(child):
                yield from _guarded(_iter_file(child, max_bytes, on_error), on_error)
        return
    yield from _guarded(_iter_file(path, max_bytes, on_error), on_error)


def _files_below(folder: Path, on_error: Callable[[BadInput], None] | None) -> list[Path]:
    """Regular files under ``folder``, sorted; links are followed only to files inside it (no cycles, no
    escape to the rest of the disk)."""
    root = folder.resolve()
    files: list[Path] = []
    for dirpath, dirs, names in os.walk(folder, followlinks=False):
        for name in [*dirs, *names]:
            child = Path(dirpath) / name
            if child.is_symlink() and not child.resolve().is_relative_to(root):
                error = BadInput(f"{child}: a link out of {folder}, not followed")
                if on_error is None:
                    raise error
                on_error(error)
            elif name in names and child.is_file():
                files.append(child)
    return sorted(files)


def _guarded(pages: Iterator[Page], on_error: Callable[[BadInput], None] | None) -> Iterator[Page]:
    try:
        yield from pages
    except BadInput as exc:
        if on_error is None:
            raise
        on_error(exc)


def _iter_file(
    path: Path, max_bytes: int = MAX_PAGE_BYTES, on_error: Callable[[BadInput], None] | None = None
) -> Iterator[Page]:
    if is_warc(path):
        yield from iter_warc(path, max_bytes, on_error)
    elif is_html(path):
        yield read_html_file(path, max_bytes=max_bytes)
    else:
        raise BadInput(f"{path}: expected .html, .html.gz, .warc or .warc.gz")
