"""Decode an HTML body to text the way a browser does (WHATWG sniffing order), correcting only clear mistakes.

The order: a byte-order mark; the HTTP ``charset``; a ``<meta charset>`` / ``http-equiv`` declaration in the
first 1,024 bytes; else detection. A declared codec is believed unless

- it cannot decode the bytes (more than a stray bad byte), or
- its reading carries clear mojibake evidence: bytes that are valid multi-byte UTF-8 read in a legacy
  single-byte codepage ("Ã©" for "é", "ط§" for "ا": pages re-saved as UTF-8 keep their old declaration),
  C1 control characters, Arabic letters glued to Latin accents (ISO-8859-6 read as windows-1256), or words made
  of Latin-1 accents only (Arabic windows-1256 read as Latin-1).

Accented Latin letters alone are never evidence: French, German or Swedish text is full of them.

Detection, for an undeclared page or a rejected declaration: valid UTF-8; a declaration found after the first
1,024 bytes; the Arabic codepages (windows-1256, ISO-8859-6), kept only when the reading is Arabic and clean;
then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

ARABIC_ENCODINGS = ("cp1256", "iso8859-6")
PRESCAN_BYTES = 1024  # the WHATWG prescan window for <meta charset>
_LATE_DECLARATION_BYTES = 8192  # a declaration past the prescan window is still a good detection hint
_STRAY_BAD_BYTES = 3  # a declared codec failing on this few bytes is kept, with replacement characters
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN1_ACCENTED = re.compile("[\u00c0-\u00ff]")
_C1 = re.compile("[\u0080-\u009f\ufffd]")
_MIXED_SCRIPT = re.compile("[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_WORD = re.compile(r"[^\W\d_]{3,}")
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_MIN_ARABIC = 20
_MIN_EVIDENCE = 3


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used) for an HTML body and its Content-Type header (None when absent)."""
    bom, bom_bytes = read_bom(body)
    if bom:
        return body[len(bom_bytes) :].decode(bom, "replace"), _canonical(bom)
    declared = http_content_type_encoding(content_type) if content_type else None
    declared = declared or html_body_declared_encoding(body[:PRESCAN_BYTES])
    if declared:
        text = _decode(body, declared)
        if text is not None and not _mojibake(text, body, declared):
            return text, _canonical(declared)
    late = html_body_declared_encoding(body[:_LATE_DECLARATION_BYTES])
    return _detect(body, [e for e in (late, declared) if e])


def _decode(body: bytes, encoding: str) -> str | None:
    """The text in ``encoding``; None when it fails on more than a stray byte or two."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        text = body.decode(encoding, "replace")
        return text if text.count("\ufffd") <= _STRAY_BAD_BYTES else None
    except LookupError:
        return None


def _mojibake(text: str, body: bytes, encoding: str) -> bool:
    """Clear evidence that ``text`` is ``body`` read in the wrong codec."""
    if _is_utf8(encoding):
        return False  # strict UTF-8 decoding succeeding is the strongest evidence there is
    if _single_byte(encoding) and _MULTIBYTE_UTF8.search(body) and _valid_utf8(body):
        return True
    if len(_C1.findall(text)) >= _MIN_EVIDENCE or len(_MIXED_SCRIPT.findall(text)) >= _MIN_EVIDENCE:
        return True
    return _accent_words(text) >= 10


def _accent_words(text: str) -> int:
    """Words made mostly of Latin-1 accented letters ("ÇáÞÇåÑÉ"): Arabic bytes read as Latin-1.

    Real Latin-script words carry one or two accents among plain letters ("été", "Übersee", "hålla").
    """
    heavy = accented = 0
    for word in _WORD.findall(text):
        n = len(_LATIN1_ACCENTED.findall(word))
        if n:
            accented += 1
            heavy += n > 0.6 * len(word)
    return heavy if heavy > 0.5 * accented else 0


def _detect(body: bytes, hints: list[str]) -> tuple[str, str]:
    for encoding in _candidates(hints):
        text = _decode(body, encoding)
        if text is not None and not _mojibake(text, body, encoding):
            return text, _canonical(encoding)
    arabic = _best_arabic(body)
    if arabic:
        return arabic
    guessed = _charset_normalizer(body)
    if guessed:
        return guessed
    return body.decode("cp1252", "replace"), "cp1252"  # the WHATWG default for an unknown page


def _candidates(hints: list[str]) -> Iterator[str]:
    yield "utf-8"
    for hint in hints:
        if not _is_utf8(hint):
            yield hint


def _best_arabic(body: bytes) -> tuple[str, str] | None:
    scored = []
    for encoding in ARABIC_ENCODINGS:
        text = _decode(body, encoding)
        if text is not None and _reads_as_arabic(text) and not _mojibake(text, body, encoding):
            scored.append((len(_ARABIC_LETTER.findall(text)), encoding, text))
    if not scored:
        return None
    _, encoding, text = max(scored)
    return text, encoding


def _charset_normalizer(body: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # only undeclared, non-UTF-8, non-Arabic pages get here

    best = from_bytes(body).best()
    if best is None:
        return None
    return str(best), _canonical(resolve_encoding(best.encoding) or best.encoding)


def _reads_as_arabic(text: str) -> bool:
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic >= _MIN_ARABIC and arabic > 4 * len(_LATIN1_ACCENTED.findall(text))


def _valid_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_utf8(encoding: str) -> bool:
    return _canonical(encoding) in ("utf-8", "utf-8-sig")


def _single_byte(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name not in _MULTI_BYTE
    except LookupError:
        return False


_MULTI_BYTE = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk", "gb2312",
     "big5", "big5hkscs", "cp932", "shift_jis", "euc_jp", "iso2022_jp", "cp949", "euc_kr", "cp950"}
)  # fmt: skip


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name
