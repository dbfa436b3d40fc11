"""A labelled set for near-duplicate detection, generated from a small grammar written for this project.

Each *story* is an original text; its *copies* are what aggregators make of it (other wrappers, other
titles, truncation, paragraphs added or dropped, light edits, spelling variants). The *hard negatives* are
different stories that look alike: other reports of the same event, follow-ups reusing a paragraph, short
stories sharing a long wire footer, stories carrying the same site ticker. Every document has a story label;
two documents are a positive pair when their labels are equal.

Deterministic for a seed. No third-party text: every phrase below was written for this file.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------------
# Arabic grammar
AR_PLACES = [
    "القاهرة", "الإسكندرية", "عمان", "بيروت", "الرياض", "جدة", "الدار البيضاء", "تونس", "الكويت",
    "الدوحة", "أبوظبي", "الخرطوم", "بغداد", "مسقط", "المنامة", "وهران", "طرابلس", "إربد", "أسوان", "صفاقس",
]  # fmt: skip
AR_SPEAKERS = [
    "وزير المالية خالد السعيد", "وزيرة التخطيط هالة منصور", "محافظ البنك المركزي طارق الحسيني",
    "رئيس الوزراء سامي العبدالله", "وزير الصحة ماجد الشريف", "وزيرة التعليم ريم القاسم",
    "رئيس هيئة الاستثمار نبيل فهمي", "المتحدث باسم الحكومة عمر الخطيب", "وزير النقل فؤاد الراشد",
    "محافظ المدينة يوسف البدري", "رئيس الاتحاد العام للغرف التجارية حسن عثمان",
    "وزير الطاقة مازن الفاضل", "مدير عام الدفاع المدني العميد كمال ناصر", "وزيرة البيئة سلمى الحداد",
    "رئيس اللجنة الاقتصادية بالبرلمان جمال يوسف", "وزير الزراعة عادل المهدي",
]  # fmt: skip
AR_SUBJECTS = [
    "الحكومة", "الوزارة", "الهيئة العامة للاستثمار", "البنك المركزي", "المجلس البلدي",
    "الشركة القابضة للكهرباء", "جامعة الدولة", "الإدارة العامة للمرور", "المحافظة",
    "اللجنة العليا للانتخابات", "هيئة الطرق والمواصلات", "صندوق التنمية الوطني",
]  # fmt: skip
AR_VERBS = [
    "تعتزم إطلاق", "بدأت تنفيذ", "انتهت من إعداد", "تدرس تمويل", "وافقت على", "أرجأت",
    "أعلنت عن", "خصصت ميزانية إضافية من أجل", "وقعت اتفاقية بشأن", "طرحت مناقصة دولية لتنفيذ",
]  # fmt: skip
AR_OBJECTS = [
    "مشروع لتطوير الطرق الداخلية", "خطة لدعم المشروعات الصغيرة والمتوسطة",
    "برنامج لتدريب الشباب على المهارات الرقمية", "مبادرة لترشيد استهلاك المياه في المنازل",
    "حزمة حوافز للمستثمرين الأجانب", "محطة جديدة لمعالجة مياه الصرف", "مستشفى تخصصي لعلاج الأطفال",
    "شبكة حافلات كهربائية تربط الأحياء الجديدة", "منصة إلكترونية لتسجيل الشكاوى",
    "مزرعة رياح على الساحل الغربي", "خطة لإعادة تأهيل المدارس القديمة", "ميناء جاف لخدمة المصدرين",
    "برنامج للإسكان الاجتماعي لمحدودي الدخل", "مشروع لتحلية مياه البحر", "مركز وطني للأمن السيبراني",
    "خطة طوارئ لمواجهة موجات الحر",
]  # fmt: skip
AR_TIMES = [
    "خلال العام الجاري", "قبل نهاية الشهر المقبل", "على مدى ثلاث سنوات", "في المرحلة الأولى",
    "بحلول عام 2030", "خلال الأسابيع القليلة المقبلة", "مع بداية الربع الثالث", "في غضون ستة أشهر",
]  # fmt: skip
AR_CONNECTORS = ["وأضاف", "وأوضح", "وأكد", "وأشار", "وقال", "وذكر", "ولفت", "وبين", "وشدد", "وتابع"]
AR_CONTEXTS = [
    "في بيان صحفي", "خلال مؤتمر صحفي عقده اليوم", "في تصريحات لوسائل الإعلام",
    "في كلمة ألقاها أمام البرلمان", "عبر حسابه الرسمي على منصة إكس", "خلال جولة ميدانية",
    "في حوار مع قناة محلية", "على هامش اجتماع مجلس الوزراء",
]  # fmt: skip
AR_CURRENCIES = ["دولار", "دينار", "جنيه", "ريال", "درهم"]
AR_GOALS = [
    "تحسين مستوى الخدمات المقدمة للمواطنين", "جذب مزيد من الاستثمارات", "خفض معدلات البطالة",
    "تعزيز الأمن الغذائي", "مواكبة النمو السكاني المتسارع", "الحد من الانبعاثات الكربونية",
    "دعم خطط التحول الرقمي", "تخفيف الضغط على الموازنة العامة",
]  # fmt: skip
AR_EFFECTS = [
    "الخطوة قد تنعكس إيجابا على سوق العمل", "التنفيذ سيواجه صعوبات تتعلق بالتمويل",
    "المشروع يحتاج إلى رقابة صارمة لضمان الجودة", "الأسعار قد ترتفع مؤقتا قبل أن تستقر",
    "القطاع الخاص سيكون المستفيد الأكبر", "التأخير في التنفيذ بات مصدر قلق للسكان",
    "نجاح التجربة قد يشجع مدنا أخرى على تكرارها",
]  # fmt: skip
AR_CALLS = [
    "تسريع الإجراءات الإدارية", "مشاركة أوسع للقطاع الخاص", "الالتزام بالجداول الزمنية المعلنة",
    "توفير بيانات دقيقة للرأي العام", "التعاون بين الجهات المعنية", "مراجعة الأسعار بشكل دوري",
]  # fmt: skip
AR_SOURCES = ["مصادر مطلعة", "مسؤول حكومي طلب عدم ذكر اسمه", "وثيقة اطلعت عليها الصحيفة", "مصدر في الوزارة"]
AR_PAST = ["الشهر الماضي", "العام الماضي", "قبل أسبوعين", "في مطلع العام", "أواخر الصيف الماضي"]

AR_SENTENCES: list[str] = [
    "{conn} {speaker} {context} أن {subject} {verb} {object} بتكلفة تبلغ {n} مليون {currency} {time}.",
    "وتأتي هذه الخطوة في إطار مساع ترمي إلى {goal}، بحسب ما أفاد به {source} في {place}.",
    "ومن المقرر أن يستفيد من {object} نحو {n} ألف مواطن {time}.",
    "وكانت {subject} قد أعلنت {past} عن دراسة {object2} في {place2} دون أن تحدد موعدا للتنفيذ.",
    "ويرى خبراء اقتصاديون أن {effect}، في حين دعا {speaker2} إلى {call}.",
    "{conn} أن نسبة الإنجاز في الأعمال بلغت {pct} في المئة حتى الآن، وأن {subject} {verb2} {object2} {time2}.",
    "ودعا {speaker} الجهات المعنية في {place} إلى {call} حتى يرى المواطن نتائج ملموسة {time}.",
    "وأفاد {source} بأن الاجتماع ناقش كذلك ملف {object2} وسبل {goal}.",
    "وشهدت {place} خلال الأيام الماضية نقاشا واسعا حول {object}، إذ انقسمت الآراء بين مؤيد ومعارض.",
    "وبحسب الأرقام الرسمية، ارتفع الإنفاق على هذا القطاع بنسبة {pct} في المئة مقارنة بالعام الماضي.",
    "{conn} {speaker2} أن {subject2} لن تتراجع عن {object} رغم الانتقادات، مشيرا إلى أن الهدف هو {goal}.",
    "ولم يصدر حتى الآن أي تعليق من {subject2} على هذه التصريحات، فيما يترقب الشارع في {place} ما ستسفر عنه الأيام المقبلة.",
    "ويعد {object} من أبرز الملفات المطروحة على جدول أعمال {subject} {time}، وفق {source}.",
    "وأشارت تقديرات أولية إلى أن العائد المتوقع قد يصل إلى {n} مليون {currency} سنويا.",
    "وفي سياق متصل، عقد {speaker2} اجتماعا مع ممثلين عن {subject2} لبحث {object2}.",
    "واعتبر مراقبون في {place2} أن {effect}.",
]  # fmt: skip

AR_TITLES = [
    "{speaker_short}: {subject} {verb} {object}",
    "{subject} {verb} {object} في {place}",
    "بتكلفة {n} مليون {currency}.. {subject} {verb} {object}",
]
AR_RETITLES = [
    "عاجل | {object} في {place}",
    "تفاصيل {object} الذي أعلنته {subject}",
    "ما هي خطة {subject} بشأن {object}؟",
    "{place}: كل ما تريد معرفته عن {object}",
]
AR_AGENCY_FOOTER = (
    "وكالة الأنباء الإقليمية مؤسسة إعلامية مستقلة تأسست قبل أربعين عاما وتبث أخبارها بخمس لغات، "
    "وجميع المواد المنشورة على هذا الموقع محمية بموجب قوانين الملكية الفكرية، ولا يجوز إعادة نشرها أو "
    "توزيعها أو نسخها كليا أو جزئيا دون الحصول على إذن كتابي مسبق من إدارة الوكالة، ويتحمل كل من يخالف "
    "ذلك المسؤولية القانونية الكاملة أمام الجهات القضائية المختصة."
)
AR_OUTLETS = ["الأهرام", "المصري اليوم", "الشروق", "اليوم السابع", "الرأي", "النهار", "عكاظ", "الصباح"]
AR_SITE_TICKERS = {
    "mogaz": [
        "أخبار عاجلة",
        "ارتفاع أسعار الذهب في التعاملات المسائية -",
        "الأرصاد تحذر من طقس شديد الحرارة -",
    ],
    "nabd": ["آخر الأخبار", "انطلاق امتحانات الثانوية العامة غدا |", "قرار جديد بشأن رسوم المدارس الخاصة |"],
    "akhbarak": ["الأكثر قراءة", "تعرف على مواعيد القطارات الجديدة", "نتيجة مباراة القمة الليلة"],
}
AR_WRAP_PREFIX = ["شارك الخبر على فيسبوك", "تابعونا على تليجرام", "حجم الخط"]
AR_WRAP_SUFFIX = [
    "جميع الحقوق محفوظة لمصدر الخبر {outlet}",
    "المصدر: {outlet}",
    "اقرأ الخبر من المصدر {outlet}",
    "هذا الخبر منقول من {outlet} وليس لموقعنا أي مسؤولية عن محتواه",
]
AR_READ_MORE = "اقرأ أيضا: {title}"
AR_EXTRA_PARAGRAPH = [
    "وفي تعليق على الخبر، قال أحد سكان {place} إن {effect}.",
    "يذكر أن {subject2} كانت قد واجهت انتقادات {past} بسبب تأخر {object2}.",
]

# --------------------------------------------------------------------------------------------------
# English grammar
EN_PLACES = [
    "Cairo",
    "Amman",
    "Beirut",
    "Riyadh",
    "Casablanca",
    "Tunis",
    "Doha",
    "Muscat",
    "Baghdad",
    "Kuwait City",
]
EN_SPEAKERS = [
    "Finance Minister Khaled Saeed", "Planning Minister Hala Mansour", "central bank governor Tarek Hosseini",
    "Prime Minister Sami Abdullah", "Health Minister Majed Sharif", "Transport Minister Fouad Rashed",
    "Energy Minister Mazen Fadel", "Environment Minister Salma Haddad",
]  # fmt: skip
EN_SUBJECTS = [
    "the government",
    "the ministry",
    "the investment authority",
    "the city council",
    "the national development fund",
    "the electricity company",
]
EN_VERBS = [
    "plans to launch",
    "has started building",
    "has finished drafting",
    "is weighing funding for",
    "approved",
    "postponed",
    "signed a deal for",
]
EN_OBJECTS = [
    "a road improvement scheme", "a support plan for small businesses", "a digital skills programme for young people",
    "a water saving campaign for households", "an incentive package for foreign investors", "a new wastewater plant",
    "a children's hospital", "an electric bus network for the new districts", "a coastal wind farm",
    "a school renovation plan", "a desalination project",
]  # fmt: skip
EN_TIMES = [
    "this year",
    "before the end of next month",
    "over three years",
    "in its first phase",
    "by 2030",
    "within six months",
]
EN_CONNECTORS = ["said", "told reporters", "added", "explained", "stressed"]
EN_GOALS = [
    "improving public services",
    "attracting investment",
    "cutting unemployment",
    "reducing emissions",
    "easing pressure on the budget",
]
EN_EFFECTS = [
    "the move could lift the job market", "funding will be the hardest part", "prices may rise before they settle",
    "private firms stand to gain the most", "delays have already worried residents",
]  # fmt: skip
EN_SOURCES = [
    "people familiar with the matter",
    "an official who asked not to be named",
    "a document seen by the paper",
]

EN_SENTENCES = [
    "{speaker} {conn} on {day} that {subject} {verb} {object} at a cost of {n} million dollars {time}.",
    "The step is part of an effort aimed at {goal}, according to {source} in {place}.",
    "Around {n} thousand people are expected to benefit from {object} {time}.",
    "{subject2} had announced a study of {object2} in {place2} last year without setting a date.",
    "Economists say {effect}, while {speaker2} called for faster procedures.",
    "Work is {pct} percent complete so far, and {subject} {verb2} {object2} {time2}, officials said.",
    "The debate over {object} has divided opinion in {place} in recent days.",
    "Official figures show spending on the sector rose {pct} percent compared with last year.",
    "{speaker2} said {subject2} would not back down on {object} despite criticism.",
    "There was no immediate comment from {subject2}, and residents of {place} are waiting for details.",
    "Initial estimates put the expected return at up to {n} million dollars a year.",
    "Observers in {place2} said {effect}.",
    "Critics argue that {object2} was promised {time2} and never delivered.",
    "A spokesman for {subject2} declined to give a timetable when contacted on {day}.",
    "Local business owners in {place} welcomed the news but asked for clearer rules on contracts.",
    "The plan still needs the approval of parliament, where {speaker2} faces a divided chamber.",
    "Similar projects in {place2} ran over budget by about {pct} percent, a recent audit found.",
    "Officials expect tenders to open {time2}, with {n} companies already showing interest.",
]  # fmt: skip
# Leads written by someone else: other reports of the same event and follow-ups open differently.
AR_ALT_LEADS = [
    "في خطوة لافتة، {verb} {subject} {object} في {place}، وفق ما أعلنه {speaker} {context}.",
    "كشف {speaker} عن تفاصيل جديدة تخص {object}، مؤكدا أن {subject} ماضية في خططها {time}.",
    "تتواصل في {place} ردود الفعل على قرار {subject} بشأن {object}، بعد أيام من إعلانه رسميا.",
]  # fmt: skip
EN_ALT_LEADS = [
    "In a closely watched move, {subject} {verb} {object} in {place}, {speaker} announced.",
    "{speaker} gave new details on {object} on {day}, saying {subject} would press ahead {time}.",
    "Reactions kept coming in {place} to the decision by {subject} on {object}, days after it was announced.",
]  # fmt: skip
EN_TITLES = ["{subject_cap} {verb} {object}", "{place} to get {object} worth {n} million dollars"]
EN_RETITLES = ["Breaking: {object} for {place}", "What we know about {object} in {place}"]
EN_AGENCY_FOOTER = (
    "Regional News Agency is an independent news organisation founded forty years ago that publishes in five "
    "languages. All material on this site is protected by intellectual property law and may not be republished, "
    "distributed or copied in whole or in part without prior written permission from the agency's management."
)
EN_OUTLETS = ["The Daily Courier", "Gulf Ledger", "Levant Times", "Nile Post"]
EN_WRAP_SUFFIX = [
    "Source: {outlet}",
    "This story was originally published by {outlet}.",
    "Read the full story at {outlet}",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Sunday"]

# Spelling variants copies pick up (the normaliser must fold them).
_AR_SPELLING = str.maketrans({"أ": "ا", "إ": "ا", "ة": "ه", "ى": "ي"})
_AR_DIGITS = str.maketrans({str(i): chr(0x0660 + i) for i in range(10)})
_AR_SYNONYMS = {
    "وقال": "وصرح",
    "أكد": "شدد",
    "خلال": "أثناء",
    "نحو": "قرابة",
    "الماضي": "المنصرم",
    "إلى": "الى",
}
_EN_SYNONYMS = {
    "said": "says",
    "around": "about",
    "plans": "intends",
    "rose": "increased",
    "last": "previous",
}


@dataclass(slots=True)
class Doc:
    doc_id: str
    story: str  # label: documents with the same label are copies of one story
    title: str
    body: str
    kind: str  # original | copy | same_event | follow_up | footer | ticker
    ops: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Story:
    lang: str
    slots: dict[str, str]
    title: str
    paragraphs: list[str]


def _slots(rng: random.Random, lang: str, base: dict[str, str] | None = None) -> dict[str, str]:
    if lang == "ar":
        s = {
            "place": rng.choice(AR_PLACES),
            "speaker": rng.choice(AR_SPEAKERS),
            "subject": rng.choice(AR_SUBJECTS),
            "verb": rng.choice(AR_VERBS),
            "object": rng.choice(AR_OBJECTS),
            "time": rng.choice(AR_TIMES),
            "currency": rng.choice(AR_CURRENCIES),
            "n": str(rng.randint(12, 980)),
        }
        s["speaker_short"] = s["speaker"].split()[-2] + " " + s["speaker"].split()[-1]
    else:
        s = {
            "place": rng.choice(EN_PLACES),
            "speaker": rng.choice(EN_SPEAKERS),
            "subject": rng.choice(EN_SUBJECTS),
            "verb": rng.choice(EN_VERBS),
            "object": rng.choice(EN_OBJECTS),
            "time": rng.choice(EN_TIMES),
            "n": str(rng.randint(12, 980)),
        }
        s["subject_cap"] = s["subject"][0].upper() + s["subject"][1:]
    if base:
        s.update(base)
    return s


def _fill(rng: random.Random, lang: str, template: str, s: dict[str, str]) -> str:
    ar = lang == "ar"
    values = dict(s)
    # Per-sentence variety: secondary entities, numbers and phrasing are drawn fresh each time.
    values.update(
        {
            "conn": rng.choice(AR_CONNECTORS if ar else EN_CONNECTORS),
            "context": rng.choice(AR_CONTEXTS) if ar else "",
            "speaker2": rng.choice(AR_SPEAKERS if ar else EN_SPEAKERS),
            "subject2": rng.choice(AR_SUBJECTS if ar else EN_SUBJECTS),
            "object2": rng.choice(AR_OBJECTS if ar else EN_OBJECTS),
            "verb2": rng.choice(AR_VERBS if ar else EN_VERBS),
            "place2": rng.choice(AR_PLACES if ar else EN_PLACES),
            "time2": rng.choice(AR_TIMES if ar else EN_TIMES),
            "goal": rng.choice(AR_GOALS if ar else EN_GOALS),
            "effect": rng.choice(AR_EFFECTS if ar else EN_EFFECTS),
            "source": rng.choice(AR_SOURCES if ar else EN_SOURCES),
            "call": rng.choice(AR_CALLS) if ar else "",
            "past": rng.choice(AR_PAST) if ar else "",
            "pct": str(rng.randint(5, 95)),
            "day": rng.choice(EN_DAYS),
        }
    )
    if "{n}" in template and rng.random() < 0.5:
        values["n"] = str(rng.randint(12, 980))
    text = template.format(**values)
    return text[0].upper() + text[1:] if not ar else text


def _paragraphs(
    rng: random.Random, lang: str, s: dict[str, str], count: int, avoid: frozenset[str] = frozenset()
) -> tuple[list[str], set[str]]:
    """Paragraphs of two sentences each; ``avoid``: templates another writer already used (a different
    report of the same event does not repeat another outlet's sentences)."""
    pool = AR_SENTENCES if lang == "ar" else EN_SENTENCES
    if avoid:
        leads = [t for t in (AR_ALT_LEADS if lang == "ar" else EN_ALT_LEADS) if t not in avoid]
        lead = rng.choice(leads)
        rest = [t for t in pool[1:] if t not in avoid] or pool[1:]
    else:
        lead, rest = pool[0], pool[1:]
    # The lead sentence states the news; the rest is drawn without replacement from the pool.
    order = [lead, *rng.sample(rest, min(len(rest), count * 2 - 1))]
    count = min(count, (len(order) + 1) // 2)
    paras = [" ".join(_fill(rng, lang, t, s) for t in order[i * 2 : i * 2 + 2]) for i in range(count)]
    return paras, set(order)


def _make_story(
    rng: random.Random,
    lang: str,
    n_paras: int,
    base: dict[str, str] | None = None,
    avoid: frozenset[str] = frozenset(),
) -> tuple[_Story, set[str]]:
    s = _slots(rng, lang, base)
    title = rng.choice(AR_TITLES if lang == "ar" else EN_TITLES).format(**s)
    paras, used = _paragraphs(rng, lang, s, n_paras, avoid)
    return _Story(lang, s, title, paras), used


# --------------------------------------------------------------------------------------------------
# Copy operations: each returns (title, paragraphs) and names itself.
Op = Callable[[random.Random, _Story, str, list[str]], tuple[str, list[str]]]


def _op_wrapper(rng: random.Random, st: _Story, title: str, paras: list[str]) -> tuple[str, list[str]]:
    outlets = AR_OUTLETS if st.lang == "ar" else EN_OUTLETS
    suffixes = AR_WRAP_SUFFIX if st.lang == "ar" else EN_WRAP_SUFFIX
    head: list[str] = []
    if st.lang == "ar":
        head = list(rng.choice(list(AR_SITE_TICKERS.values()))) if rng.random() < 0.6 else []
        head += rng.sample(AR_WRAP_PREFIX, rng.randint(0, 2))
    tail = [rng.choice(suffixes).format(outlet=rng.choice(outlets))]
    return title, head + paras + tail


def _op_retitle(rng: random.Random, st: _Story, title: str, paras: list[str]) -> tuple[str, list[str]]:
    return rng.choice(AR_RETITLES if st.lang == "ar" else EN_RETITLES).format(**st.slots), paras


def _op_truncate(rng: random.Random, st: _Story, title: str, paras: list[str]) -> tuple[str, list[str]]:
    keep = max(2, round(len(paras) * rng.uniform(0.3, 0.6)))
    kept = paras[:keep]
    if rng.random() < 0.5:  # cut inside the last kept paragraph
        words = kept[-1].split()
        kept[-1] = " ".join(words[: max(6, len(words) // 2)]) + " ..."
    more = "اقرأ المزيد على موقع المصدر" if st.lang == "ar" else "Read more at the source"
    return title, [*kept, more]


def _op_drop_paragraph(rng: random.Random, st: _Story, title: str, paras: list[str]) -> tuple[str, list[str]]:
    if len(paras) < 4:
        return title, paras
    i = rng.randrange(1, len(paras))
    return title, paras[:i] + paras[i + 1 :]


def _op_add_paragraph(rng: random.Random, st: _Story, title: str, paras: list[str]) -> tuple[str, list[str]]:
    if st.lang == "ar":
        extra = _fill(rng, "ar", rng.choice(AR_EXTRA_PARAGRAPH), st.slots)
        read_more = AR_READ_MORE.format(title=_make_story(rng, "ar", 1)[0].title)
        return title, [*paras[:2], read_more, *paras[2:], extra]
    extra = _fill(rng, "en", rng.choice(EN_SENTENCES[1:]), st.slots)
    return title, [*paras, extra]


def _op_light_edit(rng: random.Random, st: _Story, title: str, paras: list[str]) -> tuple[str, list[str]]:
    synonyms = _AR_SYNONYMS if st.lang == "ar" else _EN_SYNONYMS
    out = []
    for p in paras:
        words = p.split()
        for i, w in enumerate(words):
            if w in synonyms and rng.random() < 0.5:
                words[i] = synonyms[w]
        p = " ".join(words)
        if st.lang == "ar":
            if rng.random() < 0.5:
                p = p.translate(_AR_SPELLING)
            if rng.random() < 0.3:
                p = p.translate(_AR_DIGITS)
            if rng.random() < 0.3:
                p = p.replace("ال", "الـ", 2).replace("ة ", "ةُ ", 3)  # tatweel and a few harakat
        else:
            p = p.replace(",", "") if rng.random() < 0.3 else p
        out.append(p)
    return title, out


OPS: dict[str, Op] = {
    "wrapper": _op_wrapper,
    "retitle": _op_retitle,
    "truncate": _op_truncate,
    "drop_paragraph": _op_drop_paragraph,
    "add_paragraph": _op_add_paragraph,
    "light_edit": _op_light_edit,
}


def _body(paras: list[str]) -> str:
    return "\n\n".join(paras)


def build_labelled_set(
    seed: int = 7, stories_ar: int = 32, stories_en: int = 10, copies: tuple[int, int] = (3, 6)
) -> list[Doc]:
    """The labelled documents: originals, their copies and the hard negatives."""
    rng = random.Random(seed)
    docs: list[Doc] = []
    langs = ["ar"] * stories_ar + ["en"] * stories_en
    for si, lang in enumerate(langs):
        sid = f"s{si:03d}"
        st, used = _make_story(rng, lang, rng.randint(4, 8 if lang == "ar" else 6))
        docs.append(Doc(f"{sid}-orig", sid, st.title, _body(st.paragraphs), "original"))
        for ci in range(rng.randint(*copies)):
            ops = rng.sample(list(OPS), rng.randint(1, 3))
            # Text edits first, then truncation (aggregators cut the text they were given), then the
            # aggregator's own wrapper around what is left.
            order = ["retitle", "light_edit", "drop_paragraph", "add_paragraph", "truncate", "wrapper"]
            ops.sort(key=order.index)
            title, paras = st.title, list(st.paragraphs)
            for name in ops:
                title, paras = OPS[name](rng, st, title, paras)
            docs.append(Doc(f"{sid}-c{ci}", sid, title, _body(paras), "copy", ops))
        # Hard negative: another report of the same event (same actors, place, project; written apart).
        same = {k: st.slots[k] for k in ("place", "speaker", "subject", "object", "verb")}
        other, used_other = _make_story(rng, lang, rng.randint(3, 6), base=same, avoid=frozenset(used))
        docs.append(Doc(f"{sid}-event", f"{sid}-event", other.title, _body(other.paragraphs), "same_event"))
        # Hard negative: a follow-up that reuses one paragraph of the story as background.
        # A later development: same project and place, other people speaking.
        later = {k: st.slots[k] for k in ("place", "object")}
        follow, _ = _make_story(rng, lang, rng.randint(3, 5), base=later, avoid=frozenset(used | used_other))
        reused = st.paragraphs[rng.randrange(1, len(st.paragraphs))]
        docs.append(
            Doc(
                f"{sid}-follow",
                f"{sid}-follow",
                follow.title,
                _body([*follow.paragraphs, reused]),
                "follow_up",
            )
        )
    # Hard negatives: short stories that share a long standard wire footer.
    for fi in range(12):
        lang = "ar" if fi < 9 else "en"
        st, _ = _make_story(rng, lang, 2)
        footer = AR_AGENCY_FOOTER if lang == "ar" else EN_AGENCY_FOOTER
        docs.append(Doc(f"f{fi:03d}", f"f{fi:03d}", st.title, _body([*st.paragraphs, footer]), "footer"))
    # Hard negatives: different short stories wrapped in the same site ticker.
    for ti in range(12):
        st, _ = _make_story(rng, "ar", 2)
        ticker = AR_SITE_TICKERS["mogaz"]
        docs.append(Doc(f"t{ti:03d}", f"t{ti:03d}", st.title, _body([*ticker, *st.paragraphs]), "ticker"))
    return docs
