"""Reading an outlet name out of the text that follows a credit phrase ("المصدر: ..." / "Source: ...").

The registry guides the cut: the longest run of leading words that is exactly a registered name wins, so
"مصر العربية وتحت مسؤليتة" yields مصر العربية. Only explicit credits may yield a name the registry does not
know, and then only a short one cut at the first delimiter, never a sentence.
"""

from __future__ import annotations

import re

from crawler.attribution import cues
from crawler.attribution.context import AttributionContext
from crawler.attribution.features import finish
from crawler.items import Evidence
from crawler.outlets.normalize import normalize_name
from crawler.outlets.registry import OutletRecord

MAX_NAME_WORDS = 8
MAX_UNKNOWN_WORDS = 5
# Where a name ends at the latest: list punctuation, a spaced dash, a sentence end, a colon.
_HARD_END = re.compile(
    r"[،,;؛|\n•·∙⋅‧()«»\"“”]|\s[-–—/]+\s|[-–—]{2,}|\.(?:\s|$)|[:：]\s|\s\d+\s?(?:h|m|min|mins|hrs?|d)\b"
)
# Words that follow a name in credit footers and are not part of it.
_SOFT_END = re.compile(
    r"\s(?:و\s*تحت|وتحت|يوم|بتاريخ|في\s+تاريخ|فى\s+تاريخ|منذ|الساعة|على\s+الرابط|ويمكن|ونرجو|ونرجوا"
    r"|ولا\s|وقد\s|وهو\s|وهي\s|وليس|وإنما|وانما|وال\S+|وتقع|بموجب|برخصة|بترخيص|تحت\s+رخصة|بإذن|باذن"
    r"|و[تي]\S{2,}|وتم\S*|ويتم|وجر[ىي]|و[أا]عيد\S*|ونشر\S*|ونقل\S*|وين?شر\S*|وتنشر\S*|[إا]عادة\s|المزيد|للمزيد"
    r"|more\s+(?:from|news|stories)|plus\s+d|más\s+(?:de|noticias)|mehr\s+(?:von|aus)"
    r"|on\s|at\s|in\s\d|and\s|with\s|under\s|is\s|are\s|was\s|has\s|reports?\s|says?\s|republished|reprinted"
    r"|sous\s|avec\s|est\s|sont\s|et\s|bajo\s|con\s|y\s|es\s|unter\s|mit\s|und\s|ist\s|\d{1,2}\s|\d{4})",
    re.IGNORECASE,
)
_QUOTES = "«»\"“”'‘’()[]{}<>#*"
_OPEN_CLOSE = {"(": ")", "«": "»", '"': '"', "“": "”", "[": "]"}
# Credits that name nobody in particular.
_GENERIC = frozenset(
    normalize_name(n)
    for n in (
        "وكالات",
        "وكالات الأنباء",
        "الوكالات",
        "مواقع",
        "مواقع إخبارية",
        "متابعات",
        "خاص",
        "مصادر",
        "مصادر إعلامية",
        "صحف",
        "الصحف",
        "وسائل الإعلام",
        "وسائل إعلام",
        "مواقع التواصل الاجتماعي",
        "الإنترنت",
        "رسمي",
        "بيان",
        "agencies",
        "news agencies",
        "wires",
        "staff",
        "staff reports",
        "press release",
        "internet",
        "social media",
        "unknown",
    )
)


def _strip_list_words(name: str) -> str:
    """ "More from Reuters" / "Latest from X" / "المزيد من X": the name is what the list is from."""
    words = name.split()
    if len(words) < 2 or not cues.has_any(cues.fold_tokens(words[0]), cues.LIST_WORDS):
        return name
    i = 1
    while i < len(words) - 1 and cues.has_any(
        cues.fold_tokens(words[i]), cues.LIST_WORDS | cues.PREPOSITIONS
    ):
        i += 1
    return " ".join(words[i:])


def clean_name(text: str) -> str:
    text = " ".join(text.split())
    return text.strip(_QUOTES + " .،,:;-–—|ـ")


def _bracketed(text: str) -> str | None:
    """The inside of a leading "( ... )" / "« ... »", as in "المصدر: (أبوظبي - البيان)"."""
    if not text or text[0] not in _OPEN_CLOSE:
        return None
    end = text.find(_OPEN_CLOSE[text[0]], 1)
    return text[1:end] if end > 0 else None


def match_leading(ctx: AttributionContext, text: str) -> tuple[OutletRecord, str] | None:
    """The longest run of leading words of ``text`` that is exactly a registered name."""
    words = text.split()[:MAX_NAME_WORDS]
    for n in range(len(words), 0, -1):
        candidate = clean_name(" ".join(words[:n]))
        if candidate:
            record = ctx.registry.match_name(candidate, ctx.country)
            if record is not None:
                return record, candidate
    return None


def read_name(
    ctx: AttributionContext, text: str, allow_unknown: bool
) -> tuple[OutletRecord | None, str] | None:
    """The outlet named at the start of ``text``: a registry record, or (explicit credits only) a bare name."""
    text = text.strip().lstrip("ـ").strip()
    inner = _bracketed(text)
    if inner is not None:
        # "(أبوظبي - البيان)": city then outlet; try the parts from the right.
        for part in reversed(re.split(r"\s*[-–—/|]\s*", inner)):
            found = match_leading(ctx, part)
            if found:
                return found
        text = inner.split(" - ")[-1]
    end = _HARD_END.search(text)
    head = text[: end.start()] if end else text
    found = match_leading(ctx, head)
    if not allow_unknown:
        return found
    soft = _SOFT_END.search(" " + head)
    name = clean_name((" " + head)[: soft.start()] if soft else head)
    # A registered name that is only an outlet noun ("البوابة" matched by the "بوابة" of "بوابة النخيل")
    # heads a longer name here: the longer one is what the line credits.
    matched = cues.fold_tokens(found[1]) if found else ()
    generic = len(matched) == 1 and cues.has_any(matched, cues.OUTLET_NOUNS)
    if found and ((found[0].kind != "aggregator" and not generic) or len(name) <= len(found[1])):
        return found
    # Here the registry only knows an aggregator named like the credit's first word ("نبض" in
    # "نبض الجنوب اليوم"): a credit never names an aggregator as the source, so the longer name wins.
    words = name.split()
    if not words or len(words) > MAX_UNKNOWN_WORDS or len(name) > 60:
        return None
    if not any(ch.isalpha() for ch in name) or normalize_name(name) in _GENERIC:
        return None
    if cues.is_list_heading(name) and not cues.has_any(cues.fold_tokens(name), cues.PREPOSITIONS):
        return None  # "Les plus lus", "Most read": a list's title ("More from X" keeps X below)
    name = _strip_list_words(name)
    if not name or cues.has_any(cues.fold_tokens(name)[:1], cues.NOT_NAME):
        return None
    return None, name


def evidence(
    method: str,
    matched: str,
    record: OutletRecord | None,
    name: str,
    weight: float = 0.0,
    *,
    agency_signal: bool = False,
    url: str | None = None,
    domain: str | None = None,
    where: str = "",
    features: dict[str, float] | None = None,
    block: int = -1,
) -> Evidence:
    """A clue naming an outlet. ``agency_signal``: the clue is how outlets credit wires (datelines)."""
    role = "agency" if agency_signal and record is not None and record.kind == "wire" else "outlet"
    feats = dict(features or {})
    if record is not None:
        feats["registered"] = 1.0
        if record.kind == "wire":
            feats["wire"] = 1.0
    # An unknown name is one word only as written: "بوابة الواحة" keeps the noun that heads it.
    key = normalize_name(record.name) if record else clean_name(name)
    if " " not in key and not feats.get("from_domain"):
        feats["one_token"] = 1.0
    finish(feats)
    return Evidence(
        method=method,
        matched=matched.strip()[:300],
        outlet=record.name if record else name,
        domain=record.domain if record else domain,
        url=url,
        weight=weight,
        role=role,
        where=where,
        features=tuple(sorted((k, v) for k, v in feats.items() if v)),
        registered=record is not None,
        block=block,
    )
