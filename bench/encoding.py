"""Garbled pages: every corpus page through the real decode, compared with the page's correctly decoded text.

A page is garbled when the decoded text holds a letter or symbol (or U+FFFD) that its correct decoding does
not contain: mojibake always brings characters the page never had ("Ã©", "â€™", "أ¼" for "ü").

The correct decoding (the reference) is defined here, independently of ``crawler.cleaning.encoding``:
- bytes that are valid UTF-8 are UTF-8 (legacy single-byte text with non-ASCII letters is practically never
  valid UTF-8; on this corpus the gold titles confirm it, see ``gold_found``), and so are bytes that are UTF-8
  but for one or two stray bad bytes (shown as U+FFFD, as a browser shows them; legacy text fails everywhere);
- otherwise the charset the page declares (BOM, ``<meta>``), decoded strictly;
- otherwise charset-normalizer's best guess.
``gold_found`` is the second, independent check: the page's gold title must occur in the decoded text.

    .venv/bin/python bench/encoding.py [--verbose]
"""

from __future__ import annotations

import argparse
import html as htmllib
import sys
import time
import unicodedata
from collections.abc import Iterable

import corpus as C
from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, read_bom

from crawler.cleaning.encoding import decode_html

COLLECTIONS = ("aeb", "fundus", "htmldate", "trafilatura", "newspaper4k")


def reference_text(raw: bytes) -> str:
    bom, _ = read_bom(raw)
    if bom:
        return raw.decode(bom, "replace").lstrip("\ufeff")
    utf8 = raw.decode("utf-8", "replace")
    if utf8.count("\ufffd") <= 2:
        return utf8
    declared = html_body_declared_encoding(raw[:4096])
    if declared:
        try:
            return raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("cp1252", "replace")


def _marks(text: str) -> set[str]:
    return {
        c for c in set(text) if c.isalpha() or c == "\ufffd" or unicodedata.category(c) in ("So", "Sc", "Sk")
    }


def foreign_characters(decoded: str, reference: str) -> set[str]:
    """Letters and symbols of the decoded text that the correct decoding does not contain."""
    return _marks(decoded) - set(reference)


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", htmllib.unescape(text)).split())


def gold_found(decoded: str, title: str | None) -> bool | None:
    """The gold title occurs in the decoded page (None when there is no usable gold title)."""
    if not title or len(title) < 8:
        return None
    return _squash(title) in _squash(decoded)


def scan(collections: Iterable[str] = COLLECTIONS) -> dict[str, list[tuple[str, set[str], bool | None]]]:
    """Per collection: (page key, foreign characters, gold title found) for every page."""
    out: dict[str, list[tuple[str, set[str], bool | None]]] = {}
    for name in collections:
        rows = []
        for page in C.COLLECTIONS[name]():
            decoded, _ = decode_html(page.raw)
            rows.append((page.key, foreign_characters(decoded, reference_text(page.raw)),
                         gold_found(decoded, page.title)))  # fmt: skip
        out[name] = rows
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="name every garbled page")
    args = parser.parse_args()
    if not C.CORPUS.is_dir():
        print(f"corpus not found at {C.CORPUS}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    total = 0
    for name, rows in scan().items():
        garbled = [(key, chars) for key, chars, _ in rows if chars]
        checked = [found for _, _, found in rows if found is not None]
        total += len(garbled)
        print(f"{name:<12} garbled {len(garbled):3d}/{len(rows)}   gold title found in the decoded page "
              f"{sum(checked)}/{len(checked)}")  # fmt: skip
        if args.verbose:
            for key, chars in garbled:
                print(f"   {key}: {''.join(sorted(chars))[:40]}")
    print(f"garbled pages: {total}  ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
