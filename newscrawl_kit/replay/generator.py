"""A large synthetic replay web for benchmarks: same site kinds and hosts as the demo web, seeded.

Sentences are assembled from word lists written for this project (Arabic and English), deterministically from
the seed. Unlike the demo web, every aggregator carries every story (so ``stories=1000, aggregators=4`` gives
1,000 originals + 4,000 copies), plus ``stories // 50`` stories that exist only on aggregators (not on masress,
whose URLs need an outlet slug) and are credited nowhere.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from newscrawl_kit.replay.build import Republish, assemble_web
from newscrawl_kit.replay.content import OUTLETS, SECTIONS, Story
from newscrawl_kit.replay.web import ReplayWeb

# The aggregators in the order they are added; jsnews last (it needs a browser to crawl).
AGGREGATOR_ORDER = ("mogaz.test", "masress.test", "worldbrief.test", "oldnews.test", "jsnews.test")
START = datetime(2026, 10, 1, 6, 0, tzinfo=UTC)
SPAN_MINUTES = 50 * 24 * 60  # 1 October .. 20 November 2026
GENERATED_TODAY = date(2026, 11, 29)

AR_OUTLETS = ("masralarabia", "youm7", "shorouk", "ahram", "vetogate")
EN_OUTLETS = ("reuters", "apnews", "theguardian")

_AR_SUBJECTS_M = (
    "محافظ القاهرة",
    "وزير التعليم العالي",
    "مجلس الوزراء",
    "البنك المركزي",
    "اتحاد الصناعات",
    "جهاز حماية المستهلك",
    "وزير النقل",
    "محافظ الإسكندرية",
    "رئيس هيئة الاستثمار",
    "وزير الزراعة",
    "مجلس إدارة البورصة",
    "رئيس جامعة القاهرة",
    "وزير الكهرباء",
    "محافظ أسوان",
)
_AR_SUBJECTS_F = (
    "وزارة الصحة",
    "هيئة السكك الحديدية",
    "هيئة الأرصاد الجوية",
    "وزارة الزراعة",
    "شركة مياه الشرب",
    "الهيئة العامة للاستثمار",
    "وزارة التموين",
    "هيئة تنمية الصادرات",
    "محافظة الجيزة",
    "وزارة الإسكان",
    "الغرفة التجارية",
    "هيئة الطرق والكباري",
)
_AR_VERBS = (
    ("أعلن", "أعلنت"),
    ("قرر", "قررت"),
    ("بحث", "بحثت"),
    ("تابع", "تابعت"),
    ("افتتح", "افتتحت"),
    ("أطلق", "أطلقت"),
    ("ناقش", "ناقشت"),
    ("اعتمد", "اعتمدت"),
    ("راجع", "راجعت"),
)
_AR_OBJECTS = (
    "خطة جديدة لتطوير الطرق الداخلية",
    "برنامجًا لدعم المشروعات الصغيرة",
    "حملة لمتابعة الأسواق",
    "مشروعًا لتوسيع شبكة الصرف الصحي",
    "منظومة إلكترونية لتلقي الشكاوى",
    "مبادرة لتدريب الشباب على البرمجة",
    "خطة لزيادة المساحات الخضراء",
    "مشروعًا لتحلية مياه البحر",
    "برنامجًا لرفع كفاءة المستشفيات",
    "خطة لتطوير محطات القطارات",
    "مشروعًا لإنشاء مدارس جديدة",
    "حملة للتوعية بترشيد استهلاك المياه",
    "برنامجًا لتمويل صغار المزارعين",
    "خطة لتوسيع شبكة النقل الجماعي",
    "مشروعًا لتبطين الترع",
    "منصة رقمية لحجز مواعيد العيادات",
    "خطة لدعم صادرات الحاصلات الزراعية",
    "مشروعًا لإنشاء سوق حضاري",
)
_AR_PLACES = (
    "في محافظة أسيوط",
    "بمدينة الإسكندرية",
    "في العاصمة الإدارية",
    "بمحافظات الدلتا",
    "في مدينة أسوان",
    "بمحافظة الشرقية",
    "في مدينة بورسعيد",
    "بمحافظة المنيا",
    "في شمال سيناء",
    "بمحافظة الفيوم",
    "في مدينة طنطا",
    "بمحافظة سوهاج",
    "في مدينة الغردقة",
    "بمحافظة دمياط",
)
_AR_TIMES = (
    "اليوم",
    "خلال الأسبوع الجاري",
    "منذ بداية الشهر",
    "صباح اليوم",
    "مساء أمس",
    "خلال اجتماعه الدوري",
)
_AR_TAILS = (
    "وذلك في إطار خطة الدولة لتحسين الخدمات المقدمة للمواطنين",
    "بتكلفة تقدر بنحو {n} مليون جنيه",
    "بمشاركة عدد من الخبراء والمسؤولين التنفيذيين",
    "على أن تبدأ المرحلة الأولى خلال {k} أشهر",
    "ويستفيد من المشروع نحو {n} ألف مواطن",
    "وسط ترحيب من الأهالي والعاملين في المنطقة",
    "مع متابعة دورية لمعدلات التنفيذ على أرض الواقع",
    "ضمن خطة تمتد حتى عام {y}",
)
_AR_QUOTES = (
    "وقال مسؤول مطلع إن الأعمال تسير وفق الجدول الزمني المحدد",
    "وأكد المتحدث الرسمي أن الخطة تراعي احتياجات المناطق الأكثر كثافة",
    "وأشار البيان إلى أن التمويل متوفر بالكامل من الموازنة العامة",
    "وأوضح مصدر أن اللجان الفنية انتهت من دراسة المواقع المقترحة",
    "ولفت إلى أن المرحلة الثانية ستشمل عددًا من القرى المجاورة",
    "وأضاف أن نسبة التنفيذ تجاوزت {p} في المئة حتى الآن",
)

_EN_SUBJECTS = (
    "The central bank",
    "The transport ministry",
    "A regional development fund",
    "The health ministry",
    "The national railway company",
    "A state-owned utility",
    "The tourism authority",
    "Port officials",
    "The finance ministry",
    "City planners",
    "The energy regulator",
    "A group of farmers' cooperatives",
)
_EN_VERBS = ("announced", "approved", "unveiled", "launched", "postponed", "expanded", "reviewed", "outlined")
_EN_OBJECTS = (
    "a plan to upgrade suburban rail lines",
    "a programme of loans for small businesses",
    "new rules for food imports",
    "a project to build desalination capacity",
    "a scheme to cut water losses",
    "a digital system for customs clearance",
    "funding for rural clinics",
    "a tender for solar power plants",
    "a review of fuel subsidies",
    "a drive to attract more cruise ships",
    "a road safety campaign",
    "plans for new school buildings",
    "an overhaul of bus routes",
    "support for date palm growers",
)
_EN_PLACES = (
    "in the capital",
    "along the Red Sea coast",
    "in the Nile Delta",
    "in the northern provinces",
    "near the border",
    "in the eastern region",
    "in coastal cities",
    "across the country",
)
_EN_TAILS = (
    "officials said on {day}",
    "at a cost of about ${n} million",
    "according to a government statement",
    "with the first phase due within {k} months",
    "benefiting an estimated {n},000 people",
    "as part of a wider reform programme",
    "after months of consultation with local authorities",
)
_EN_QUOTES = (
    "Officials said work was on schedule",
    "Critics said the timetable was too ambitious",
    "Economists said the move should support growth next year",
    "Residents welcomed the decision",
    "The statement did not give further details",
    "Analysts said financing remained the main risk",
)
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_CITIES = {
    "reuters": ("CAIRO", "DUBAI", "RIYADH", "AMMAN", "DOHA"),
    "apnews": ("CAIRO", "BEIRUT", "AMMAN, Jordan", "KUWAIT CITY"),
}


def _fill(text: str, rng: random.Random) -> str:
    return text.format(
        n=rng.randint(12, 950),
        k=rng.randint(2, 9),
        y=rng.randint(2027, 2035),
        p=rng.randint(35, 95),
        day=rng.choice(_EN_DAYS),
    )


def _ar_sentence(rng: random.Random) -> str:
    fem = rng.random() < 0.5
    subject = rng.choice(_AR_SUBJECTS_F if fem else _AR_SUBJECTS_M)
    verb = rng.choice(_AR_VERBS)[1 if fem else 0]
    parts = [verb, subject, rng.choice(_AR_OBJECTS), rng.choice(_AR_PLACES), rng.choice(_AR_TIMES)]
    return _fill(" ".join(parts) + "، " + rng.choice(_AR_TAILS), rng) + "."


def _en_sentence(rng: random.Random) -> str:
    parts = [rng.choice(_EN_SUBJECTS), rng.choice(_EN_VERBS), rng.choice(_EN_OBJECTS), rng.choice(_EN_PLACES)]
    return _fill(" ".join(parts) + ", " + rng.choice(_EN_TAILS), rng) + "."


def _paragraphs(rng: random.Random, language: str) -> list[str]:
    sentence = _ar_sentence if language == "ar" else _en_sentence
    quotes = _AR_QUOTES if language == "ar" else _EN_QUOTES
    out = []
    for _ in range(rng.randint(4, 7)):
        extra = _fill(rng.choice(quotes), rng) + "." if rng.random() < 0.5 else sentence(rng)
        out.append(f"{sentence(rng)} {extra}")
    return out


def _story(i: int, seed: int, rng: random.Random, aggregator_only: bool = False) -> Story:
    language = "ar" if rng.random() < 0.7 else "en"
    outlet = None if aggregator_only else rng.choice(AR_OUTLETS if language == "ar" else EN_OUTLETS)
    published = START + timedelta(minutes=rng.randrange(SPAN_MINUTES))
    paragraphs = _paragraphs(rng, language)
    title = re.split("[،,]", paragraphs[0])[0].rstrip(".")
    if outlet in _EN_CITIES:  # wire copy starts with its dateline, as the real wires do
        marker = "(Reuters) -" if outlet == "reuters" else "(AP) —"
        paragraphs[0] = f"{rng.choice(_EN_CITIES[outlet])} {marker} {paragraphs[0]}"
    zone = OUTLETS[outlet].timezone if outlet else "Africa/Cairo"
    return Story(
        key=f"gen-{seed}-{i:05d}",
        language=language,
        outlet=outlet,
        published=published.astimezone(ZoneInfo(zone)),
        section=rng.choice(tuple(SECTIONS)),
        title=title,
        paragraphs=tuple(paragraphs),
        alt_title=("عاجل: " if language == "ar" else "Update: ") + title,
    )


def build_large_web(stories: int = 1000, aggregators: int = 4, seed: int = 0) -> ReplayWeb:
    """``stories`` originals on the 8 outlet sites plus one copy of each on the first ``aggregators`` aggregators.

    Same seed -> same bytes. At most 5 aggregators (the site kinds of the demo web, same hosts and profiles).
    """
    if not 1 <= aggregators <= len(AGGREGATOR_ORDER):
        raise ValueError(f"aggregators must be between 1 and {len(AGGREGATOR_ORDER)}")
    rng = random.Random(seed)
    made = [_story(i, seed, rng) for i in range(stories)]
    # Plus 2% stories that exist only on aggregators, credited nowhere (attribution: unknown).
    made += [_story(stories + i, seed, rng, aggregator_only=True) for i in range(max(1, stories // 50))]
    with_outlet = {s.key for s in made if s.outlet}
    plan: dict[str, list[Republish]] = {}
    for host in AGGREGATOR_ORDER[:aggregators]:
        entries = []
        for s in made:
            roll = rng.random()
            variant = "truncated" if roll < 0.08 else "edited" if roll < 0.12 else "full"
            credit: str | None = "default"
            if host == "worldbrief.test" and s.outlet in ("reuters", "apnews"):
                credit = "dateline" if s.outlet == "reuters" else "signoff"
            entries.append(Republish(s.key, variant, credit if s.outlet else None))
        if host == "masress.test":  # "*ress" URLs need the outlet's slug: uncredited stories cannot be there
            entries = [e for e in entries if e.story in with_outlet]
        plan[host] = entries
    web = assemble_web(made, plan, GENERATED_TODAY)
    web.today = GENERATED_TODAY
    return web
