"""Decode an HTML body to text, getting Arabic right even when the declared charset is missing or wrong.

w3lib follows the browser order (BOM, HTTP header, <meta>, default). We then check its answer: text full of
replacement characters, C1 controls or Latin-1 accented letters where Arabic was meant is mojibake. Only then
are the encodings Arabic pages really use (UTF-8, windows-1256, ISO-8859-6) tried, and one is kept only when
it decodes cleanly and reads as Arabic. No statistical guessing without that validation.
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_to_unicode

ARABIC_ENCODINGS = ("utf-8", "cp1256", "iso8859-6")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN1_ACCENTED = re.compile("[\u00c0-\u00ff]")
_BROKEN = re.compile("[\ufffd\u0080-\u009f]")  # replacement characters and C1 controls: bytes misread
# windows-1256 reading of UTF-8 Arabic: lead bytes D8/D9 become ط/ظ, followed by a continuation-byte symbol.
_UTF8_AS_CP1256 = re.compile(
    "[طظ][\u0080-\u00bf\u2000-\u206f\u0152\u0153\u0192\u02c6\u060c\u061b\u061f\u0679-\u06ff]"
)
# ISO-8859-6 read as windows-1256 (or the reverse): Latin accents glued to Arabic letters inside words.
_MIXED_SCRIPT = re.compile("[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_MIN_ARABIC = 20


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used) for an HTML body and its Content-Type header (None when absent)."""
    encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_sniff)
    encoding = _canonical(encoding)
    if not _looks_wrong(text, body):
        return text, encoding
    best = (_quality(text), text, encoding)
    for candidate in ARABIC_ENCODINGS:
        if candidate == encoding:
            continue
        try:
            decoded = body.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(decoded):
            score = _quality(decoded)
            if score > best[0]:
                best = (score, decoded, candidate)
    _, text, encoding = best
    return text.lstrip("\ufeff"), encoding


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _sniff(body: bytes) -> str | None:
    """No charset declared anywhere: UTF-8 if the bytes are valid UTF-8, else a validated Arabic codepage."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for candidate in ARABIC_ENCODINGS[1:]:
        try:
            decoded = body.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(decoded):
            scored.append((_quality(decoded), candidate))
    return max(scored)[1] if scored else None


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _looks_wrong(text: str, body: bytes) -> bool:
    if _BROKEN.search(text) and len(_BROKEN.findall(text)) >= 3:
        return True
    if len(_UTF8_AS_CP1256.findall(text)) >= 3 or len(_MIXED_SCRIPT.findall(text)) >= 3:
        return True
    latin = len(_LATIN1_ACCENTED.findall(text))
    if latin < _MIN_ARABIC or len(_ARABIC_LETTER.findall(text)) >= latin:
        return False
    # Many accented Latin letters and no Arabic in a page whose bytes are mostly non-ASCII: a codepage mix-up.
    non_ascii = len(body) - len(body.translate(None, _HIGH_BYTES))
    return latin > non_ascii * 0.3


def _reads_as_arabic(text: str) -> bool:
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic >= _MIN_ARABIC and arabic > 4 * len(_LATIN1_ACCENTED.findall(text))


def _quality(text: str) -> int:
    """More Arabic letters is better; misread bytes and Latin-1 accents (mojibake symptoms) cost."""
    return (
        len(_ARABIC_LETTER.findall(text))
        - 3 * len(_LATIN1_ACCENTED.findall(text))
        - 5 * len(_BROKEN.findall(text))
        - 5 * len(_UTF8_AS_CP1256.findall(text))
        - 5 * len(_MIXED_SCRIPT.findall(text))
    )
