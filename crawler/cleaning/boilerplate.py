"""Boilerplate paragraphs: tickers, prompts, "next"/"related" links, and credit footers.

Each rule is anchored on what a whole short paragraph looks like, not on a word it happens to contain:
a body paragraph that mentions "المصدر" mid-sentence, or English prose about Reuters, stays in the body.
Credit and source lines are not thrown away: attribution reads them, so they come back as `credit_lines`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.cleaning.text import normalize_text

# Kinds whose paragraphs are kept for attribution instead of being discarded.
CREDIT_KINDS = frozenset({"credit", "copyright"})
# A boilerplate line is short; past this length a paragraph is prose even if it starts like a prompt.
_SHORT = 220
_VERY_SHORT = 90

_I = re.IGNORECASE
_SOCIAL = (
    r"(?:التواصل|فيسبوك|فيس\s?بوك|تويتر|تلغرام|تليجرام|يوتيوب|انستغرام|إنستغرام|انستجرام|واتساب|واتس\s?اب|"
    r"جوجل\s+نيوز|حساب|صفحت|قنات)"
)
# The *ress aggregators print a ticker as one line of headlines separated by runs of spaces.
_SPACED_HEADLINES = re.compile(r"\S(?: {3,}|\t+)\S")
# Inside a ticker block, each item ends with a separator: "headline -", "headline |".
_TICKER_ITEM = re.compile(r"\s[-–|•]\s*$")
# (kind, pattern, max length). Patterns are searched in the normalised paragraph.
_RULES: list[tuple[str, re.Pattern[str], int]] = [
    # Credit footers and source lines: kept for attribution.
    ("credit", re.compile(r"جميع\s+الحقوق\s+محفوظة\s+ل(?:مصدر|ـ?\s*مصدر)\s+الخبر"), 400),
    ("credit", re.compile(r"^(?:ال)?مصدر\s*[:：\-–]"), _SHORT),
    ("credit", re.compile(r"^نشر\s+(?:في|فى|ب)\s+\S+.{0,80}يوم"), _SHORT),
    ("credit", re.compile(r"^نقلا\s+عن\s+\S+"), _VERY_SHORT),
    ("credit", re.compile(r"مصدره\s+الأ?ساسي|من\s+مصدره\s+الا?صلي"), 400),
    ("credit", re.compile(r"لا\s+مانع\s+من\s+ال[إا]قتباس"), 400),
    ("credit", re.compile(r"^source\s*:", _I), _SHORT),
    (
        "credit",
        re.compile(
            r"^(?:this\s+(?:article|story|post)\s+)?(?:was\s+)?originally\s+(?:published|appeared)", _I
        ),
        _SHORT,
    ),
    (
        "credit",
        re.compile(
            r"^this\s+(?:article|story|post|piece)\s+(?:was\s+)?(?:first\s+)?(?:appeared|published|reported)\b",
            _I,
        ),
        _SHORT,
    ),
    ("credit", re.compile(r"^(?:\(|\[)?reporting\s+by\b.*(?:editing|writing)\s+by\b", _I), 400),
    (
        "credit",
        re.compile(r"^(?:\(|\[)?(?:reporting|editing|writing|additional\s+reporting)\s+by\b", _I),
        _SHORT,
    ),
    ("credit", re.compile(r"^republished\s+(?:with\s+permission\s+)?(?:from|courtesy)", _I), _SHORT),
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\b)", _I), _SHORT),
    ("copyright", re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:19|20)\d\d", _I), _SHORT),
    ("copyright", re.compile(r"all\s+rights\s+reserved", _I), _VERY_SHORT),
    (
        "copyright",
        re.compile(r"(?:جميع\s+)?الحقوق\s+(?:محفوظة|النشر\s+محفوظة)|حقوق\s+النشر\s+محفوظة"),
        _SHORT,
    ),
    # Discarded page furniture.
    (
        "caption",
        re.compile(
            r"(?:\(\s*(?:image|images|photo|picture|pic|foto|bild|video)s?\s*:[^()]{1,60}\)"
            # the credit closing a caption, glued to it or after its full stop ("... this week. Photo: AFP")
            r"|(?:(?<=\S)|(?<=[.!?]\s))(?:credit|photo|image|picture)s?\s*:\s*[^.:!?]{1,60})\s*$",
            _I,
        ),
        400,
    ),
    ("caption", re.compile(r"^(?:photo|image|picture|foto|bild|credit)s?\s*:\s*\S.{0,60}$", _I), 90),
    (
        "dateline",
        re.compile(r"^(?:updated|published|posted|last updated|aktualisiert|mis à jour)\b[^.!?]{0,60}\d", _I),
        90,
    ),
    ("related", re.compile(r"^(?:don'?t|do not)\s+miss\b", _I), _SHORT),
    ("tags", re.compile(r"^(?:tags?|topics|schlagwörter|mots-clés|etiquetas)\s*:?\s+\S", _I), _SHORT),
    ("copyright", re.compile(r"subject to copyright|may be reproduced without", _I), 400),
    (
        "ticker",
        re.compile(r"^(?:أخبار|اخبار)\s+عاجلة|^عاجل\s*[:|\-–]?$|^breaking(?:\s+news)?\s*[:|]?$", _I),
        _SHORT,
    ),
    (
        "newsletter",
        re.compile(r"(?:اشترك|إشترك|سجل)\s+(?:فى|في|ب)?\s*(?:ال)?(?:نشرة|القائمة)\s+البريدية", _I),
        _SHORT,
    ),
    (
        "newsletter",
        re.compile(r"^(?:sign\s+up|subscribe)\b.{0,60}\bnewsletters?\b|^newsletters?\s*[:!]?$", _I),
        140,
    ),
    ("follow", re.compile(r"^(?:تابعونا|تابعنا)$|^(?:تابعونا|تابعنا|تابعوا|تابع)\s.{0,40}" + _SOCIAL), 140),
    ("follow", re.compile(r"^follow\s+(?:us|@?\w+)\s+(?:on|at)\b|^follow\s+us\b", _I), _VERY_SHORT),
    (
        "share",
        re.compile(r"^(?:شارك|مشاركة|انشر)\s*:?$|^(?:شارك|انشر)\s+(?:هذا\s+)?(?:الخبر|المقال|الموضوع)"),
        60,
    ),
    ("share", re.compile(r"^(?:شارك|مشاركة|انشر)\s.{0,20}" + _SOCIAL), 60),
    (
        "share",
        re.compile(r"^(?:share|share\s+this(?:\s+\w+)?|share\s+on\s+\w+|tweet|email|print)\s*[:!]?$", _I),
        _VERY_SHORT,
    ),
    (
        "share",
        re.compile(r"^(?:اضف|أضف)\s+تعليق|^اقرأ\s+تعليقات|^leave\s+a\s+comment|^comments?\s*\(?\d*\)?$", _I),
        _VERY_SHORT,
    ),
    ("next", re.compile(r"^(?:التالي|التالى|(?:الخبر|المقال)\s+(?:التالي|التالى|السابق))(?:\s|:|$)"), _SHORT),
    ("next", re.compile(r"^(?:next|previous)\s*(?:article|story|post|page)?\s*[:>»›|]?$", _I), _VERY_SHORT),
    ("next", re.compile(r"^(?:next|previous)\s+(?:article|story|post)\s*[:>»›|\-–]", _I), _SHORT),
    ("next", re.compile(r"^(?:read\s+more|continue\s+reading|read\s+next|see\s+also)\b", _I), _VERY_SHORT),
    ("next", re.compile(r"^(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)"), _SHORT),
    (
        "related",
        re.compile(r"^(?:أخبار|اخبار|مقالات|موضوعات|مواضيع)\s+(?:ذات\s+صلة|متعلقة|مشابهة|مقترحة)"),
        _SHORT,
    ),
    (
        "related",
        re.compile(
            r"^(?:related(?:\s+(?:articles|stories|news|posts|coverage))?|more\s+from\b|you\s+may\s+also\s+like|recommended)\b",
            _I,
        ),
        _VERY_SHORT,
    ),
]


def boilerplate_kind(paragraph: str) -> str | None:
    """What kind of boilerplate a paragraph is ("ticker", "credit", "copyright", ...), or None for body text."""
    if len(_SPACED_HEADLINES.findall(paragraph)) >= 2:
        return "ticker"
    text = normalize_text(paragraph)
    if not text:
        return None
    for kind, pattern, limit in _RULES:
        if len(text) <= limit and pattern.search(text):
            return kind
    return None


def split_boilerplate(
    paragraphs: list[str], extra: Sequence[re.Pattern[str]] = ()
) -> tuple[list[str], list[str]]:
    """(body paragraphs, credit lines): boilerplate dropped, credit/copyright lines set aside for attribution.

    `extra` are a site profile's `strip_text` patterns; a paragraph matching one is dropped outright.
    """
    body: list[str] = []
    credits: list[str] = []
    in_ticker = False  # after an "أخبار عاجلة" bar, its "headline -" items are ticker too
    for paragraph in paragraphs:
        kind = boilerplate_kind(paragraph)
        text = normalize_text(paragraph)
        if not text:
            continue
        if any(pattern.search(text) for pattern in extra):
            continue
        if kind is None and in_ticker and len(text) <= _SHORT and _TICKER_ITEM.search(text):
            continue
        in_ticker = kind == "ticker"
        if kind is None:
            body.append(text)
        elif kind in CREDIT_KINDS:
            credits.append(text)
    return body, credits
