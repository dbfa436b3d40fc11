"""Arabic credit phrases: "جميع الحقوق محفوظة لمصدر الخبر X", "المصدر: X", "نقلاً عن X", "نشر في X يوم …"."""

from __future__ import annotations

import re

from crawler.attribution.context import AttributionContext
from crawler.attribution.signals.credit_phrases import CreditPhrase, scan
from crawler.items import Evidence

_LI = r"ل\s*ـ?\s*"  # "لمصدر" / "لـ مصدر" / "ل مصدر"
_OUTLET_WORD = r"(?:(?:ال)?(?:موقع|صحيفة|صحيفه|جريدة|جريده|بوابة|بوابه|وكالة|وكاله|قناة|قناه|مجلة|مجله)\s+)?"

PHRASES: tuple[CreditPhrase, ...] = (
    # masress/mogaznews footer: "جميع الحقوق محفوظة لمصدر الخبر مصر العربية وتحت مسؤليتة ..."
    CreditPhrase(
        "credit_footer",
        re.compile(
            rf"(?:جميع\s+)?(?:ال)?حقوق\s+(?:النشر\s+)?محفوظة\s+{_LI}مصدر(?:ه|ها)?\s+(?:الخبر|المقال|الأصلي|الاصلي)\s*[:：\-–]?\s*"
        ),
        0.95,
        unknown_in_body=True,
        body_anchored=False,
    ),
    # "المصدر: X", "المصدر : (أبوظبي - البيان)", "مصدر الخبر: X"
    CreditPhrase(
        "source_line",
        re.compile(
            r"(?:(?:ال)?مصدر(?:\s+(?:الخبر|المقال|الأصلي|الاصلي))?|المصادر)\s*[:：|\-–—]\s*" + _OUTLET_WORD
        ),
        0.9,
        unknown_in_body=True,
        body_weight=0.85,
    ),
    # "نشر في اليوم السابع يوم 12 - 03 - 2024" (the masress line under the title)
    CreditPhrase(
        "published_in",
        re.compile(
            r"نُ?شِ?رَ?\s*(?:ت\s+)?(?:في|فى|على|ب)\s*" + _OUTLET_WORD + r"(?=\S.{0,80}?\s(?:يوم|بتاريخ)\s)"
        ),
        0.9,
        unknown_in_body=True,
    ),
    # "نقلاً عن X" opening a credit line or paragraph
    CreditPhrase(
        "quoted_from",
        re.compile(r"(?:نقلاً|نقلًا|نقلا|نقل)\s+عن\s+" + _OUTLET_WORD),
        0.8,
        body_weight=0.6,
    ),
    # In-text citation: "وفق ما نقل موقع دايلي ميل", "بحسب ما ذكرت صحيفة X", "حسبما أفادت وكالة X"
    CreditPhrase(
        "in_text_citation",
        re.compile(
            r"(?:وفق|وفقا\s+ل|وفقاً\s+ل|حسب|بحسب|طبقا\s+ل|طبقاً\s+ل)\s*ما\s+"
            r"(?:نقل|نقلت|ذكر|ذكرت|أورد|أوردت|اورد|اوردت|نشر|نشرت|أفاد|أفادت|افادت|أعلن|أعلنت)(?:ه|ها)?\s+"
            + _OUTLET_WORD
        ),
        0.5,
        unknown_in_credits=False,
        body_anchored=False,
    ),
    # Copyright footers: "© 2020 حقوق النشر محفوظة لـ اليوم السابع" (registry names only: the
    # aggregator's own footer or a media group, never a reason to invent an outlet)
    CreditPhrase(
        "copyright",
        re.compile(rf"(?:جميع\s+)?(?:ال)?حقوق\s+(?:النشر\s+|الطبع\s+)?محفوظة\s+{_LI}(?!مصدر)" + _OUTLET_WORD),
        0.5,
        unknown_in_credits=False,
        body_anchored=False,
    ),
    # "لا مانع من الاقتباس وإعادة النشر شرط ذكر المصدر ( المدينة نيوز )"
    CreditPhrase(
        "republication_notice",
        re.compile(r"(?:شرط|شريطة|شريط|بشرط)\s+ذكر\s+المصدر\s*[:：\-–]?\s*"),
        0.6,
        unknown_in_credits=False,
        body_anchored=False,
    ),
)


def arabic_credits(ctx: AttributionContext) -> list[Evidence]:
    return scan(ctx, PHRASES)
