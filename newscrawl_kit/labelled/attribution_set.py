"""A labelled set for attribution, generated deterministically: HTML pages with known answers.

Every text here was written for this project (neutral invented news prose); outlet names, domains and slugs
come from the registry. Pages vary the phrasing (Arabic and English), the spelling of the name, where the
credit sits (top, bottom, footer, link, metadata, URL), chains aggregator -> outlet -> agency, names the
registry does not know, and pages with no credit at all but plenty of distractors (tickers, "next" links,
the aggregator's own footer and metadata).
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.outlets.registry import OutletRecord, OutletRegistry


@dataclass(frozen=True, slots=True)
class LabelledPage:
    key: str
    url: str
    site: str
    html: str
    language: str
    case: str  # which construction produced it (for per-case accuracy)
    outlet: str | None  # expected outlet (registry name, or the bare credited name when unregistered)
    agency: str | None = None  # expected credited wire, for chains
    original_url: str | None = None  # expected original URL when the page gives one
    verified: bool = True


AR_SENTENCES = (
    "أعلنت الهيئة العامة للطرق عن خطة جديدة لصيانة المحاور الرئيسية خلال الأشهر المقبلة.",
    "وقال مسؤول في الهيئة إن الأعمال ستبدأ مطلع الأسبوع المقبل وتستمر على مراحل متتالية.",
    "وأوضح أن الخطة تشمل إعادة رصف عدد من الطرق وتحسين الإنارة وتركيب لافتات إرشادية حديثة.",
    "وأشار إلى أن التحويلات المرورية ستعلن تباعا عبر القنوات الرسمية لتقليل الزحام.",
    "ومن المقرر أن يعقد مجلس الإدارة اجتماعا موسعا لمتابعة معدلات التنفيذ.",
    "وأكدت وزارة الزراعة أن موسم الحصاد يسير وفق الجدول الزمني المحدد دون معوقات.",
    "وأضاف المتحدث الرسمي أن الإنتاج المتوقع يفوق أرقام العام الماضي بنسبة ملحوظة.",
    "وشهدت الأسواق المحلية استقرارا في أسعار الخضروات والفاكهة خلال الأيام الماضية.",
    "ودعت الجهات المختصة المواطنين إلى الإبلاغ عن أي مخالفات عبر الخط الساخن.",
    "وفي سياق متصل، افتتح محافظ الإقليم معرضا للحرف اليدوية بمشاركة عشرات العارضين.",
    "ويستمر المعرض لمدة أسبوع ويتضمن ورش عمل للشباب وندوات حول التسويق الإلكتروني.",
    "وقالت مديرة المعرض إن الإقبال فاق التوقعات منذ الساعات الأولى للافتتاح.",
    "كما أعلن النادي الأهلي عن موعد انطلاق الاستعدادات للموسم الجديد.",
    "وأوضح الجهاز الفني أن المعسكر سيقام في مدينة ساحلية لمدة ثلاثة أسابيع.",
    "وتتوقع الأرصاد الجوية طقسا معتدلا نهارا مائلا للبرودة ليلا على أغلب المناطق.",
    "ونبهت إلى احتمال سقوط أمطار خفيفة على السواحل الشمالية خلال عطلة نهاية الأسبوع.",
    "وقررت الجامعة تمديد فترة التقديم للبرامج الدراسية الجديدة حتى نهاية الشهر.",
    "وأشار رئيس الجامعة إلى أن البرامج تم تصميمها بالتعاون مع شركاء من القطاع الخاص.",
)
EN_SENTENCES = (
    "The city council approved a new plan on Tuesday to repair several main roads over the coming months.",
    "Officials said work would begin next week and continue in stages through the end of the year.",
    "The plan includes resurfacing, new street lighting and modern signs at major junctions.",
    "Traffic diversions will be announced in advance through official channels, a spokesperson said.",
    "The agriculture ministry said the harvest season was proceeding on schedule.",
    "Output is expected to exceed last year's figures by a noticeable margin, according to the ministry.",
    "Prices of fruit and vegetables in local markets remained stable over the past week.",
    "A regional crafts fair opened on Saturday with dozens of exhibitors from across the province.",
    "The fair runs for a week and includes workshops for young people on online marketing.",
    "Organisers said turnout had exceeded expectations from the first hours of the opening.",
    "The weather service forecast mild days and cool nights across most regions.",
    "Light rain is possible along the northern coast over the weekend, forecasters said.",
    "The university extended the application period for its new programmes until the end of the month.",
    "The programmes were designed together with partners from the private sector, the dean said.",
)
AR_TITLES = (
    "خطة جديدة لصيانة الطرق الرئيسية",
    "موسم الحصاد يسير وفق الجدول",
    "افتتاح معرض للحرف اليدوية",
    "طقس معتدل نهارا بارد ليلا",
    "تمديد التقديم للبرامج الجامعية",
    "استعدادات مبكرة للموسم الجديد",
)
EN_TITLES = (
    "Council approves road repair plan",
    "Harvest season on schedule, ministry says",
    "Regional crafts fair opens",
    "Mild days and cool nights ahead",
    "University extends application period",
)
AR_CITIES = ("القاهرة", "الرياض", "دبي", "عمان", "بيروت", "الرباط", "الدوحة", "الكويت", "تونس", "الجزائر")
EN_CITIES = ("LONDON", "WASHINGTON", "CAIRO", "DUBAI", "PARIS", "BEIRUT", "NEW YORK")
AR_STAFF = ("أحمد سمير", "منى عبد الله", "كريم فؤاد", "سارة يوسف", "ضحى عرفة")
EN_STAFF = ("Jane Doe", "Omar Haddad", "Lena Fischer", "Sam Carter", "Nadia Rahman")
UNKNOWN_AR = (
    "صوت الوادي الجديد",
    "أصداء الدلتا",
    "منبر الساحل",
    "مرآة الصعيد",
    "نبض الجنوب اليوم",
    "أنباء الواحة",
)
UNKNOWN_EN = ("The Riverside Chronicle", "Harbor Ledger", "Northern Valley Courier", "Metro Dispatch Daily")
# Headlines of other stories, as tickers and "next" links show them (distractors that name outlets).
AR_TICKER = (
    "تعليم المنطقة يدشن أول روضة في الحرم الجامعي -",
    "بالصور.. افتتاح جسر جديد فوق النيل -",
    "ارتفاع أسعار الذهب في التعاملات المسائية -",
)

# Aggregator sites the set puts copies on: (host, path style). Unknown hosts have no registry record.
AR_AGGREGATORS = (
    ("www.mogaznews.com", "mogaz"),
    ("www.masress.com", "ress"),
    ("akhbarak.net", "plain"),
    ("nabd.com", "plain"),
    ("akhbar-alan-daily.example", "plain"),
)
EN_AGGREGATORS = (
    ("news.yahoo.com", "plain"),
    ("www.msn.com", "plain"),
    ("worldnews-digest.example", "plain"),
)
RESS_BY_COUNTRY = {"SA": "sauress.com", "MA": "maghress.com", "DZ": "djazairess.com", "SD": "sudaress.com"}


def _dehamza(name: str) -> str:
    return name.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def _ar_spelling(rng: random.Random, rec: OutletRecord) -> str:
    """A way people write the outlet's Arabic name: an alias, hamza/ta-marbuta variants, a "صحيفة"-word."""
    arabic = [n for n in (rec.name_ar, *rec.aliases) if n and any("\u0600" <= c <= "\u06ff" for c in n)]
    name = rng.choice(arabic)
    roll = rng.random()
    if roll < 0.2:
        name = _dehamza(name)
    elif roll < 0.35 and name.endswith("ة"):
        name = name[:-1] + "ه"
    elif roll < 0.5:
        word = "وكالة" if rec.kind == "wire" else rng.choice(("موقع", "صحيفة", "جريدة", "بوابة"))
        if not name.startswith(word):
            name = f"{word} {name}"
    return name


def _en_spelling(rng: random.Random, rec: OutletRecord) -> str:
    latin = [n for n in (rec.name_en, rec.name, *rec.aliases) if n and n.isascii() and len(n) > 2]
    return rng.choice(latin)


class _Builder:
    def __init__(self, registry: OutletRegistry, seed: int) -> None:
        self.registry = registry
        self.rng = random.Random(seed)
        self.n = 0
        records = [r for r in registry.records if r.kind in ("outlet", "wire")]
        self.ar_outlets = [r for r in records if r.kind == "outlet" and r.name_ar and r.domain]
        self.ar_wires = [r for r in records if r.kind == "wire" and r.name_ar and r.country in _ARAB]
        self.en_outlets = [r for r in records if r.kind == "outlet" and r.domain and _en_ok(r)]
        self.intl_wires = [r for r in records if r.kind == "wire" and _en_ok(r) and r.domain]
        self.slugged = [r for r in records if any(":" not in s for s in r.slugs) and r.kind == "outlet"]
        for names in (UNKNOWN_AR, UNKNOWN_EN):
            for name in names:
                assert registry.match_name(name) is None, f"{name} is in the registry"

    # -- page pieces ------------------------------------------------------------------------------------
    def _paragraphs(self, language: str, n: int) -> list[str]:
        pool = AR_SENTENCES if language == "ar" else EN_SENTENCES
        out = [self.rng.choice(pool) + " " + self.rng.choice(pool) for _ in range(n)]
        # Names in prose that are not credits: an interview given to a wire, a rival channel quoted.
        wire = self.rng.choice(self.intl_wires)
        other = self.rng.choice(self.ar_outlets if language == "ar" else self.en_outlets)
        if language == "ar":
            mention = self.rng.choice(
                (
                    f"وقال مسؤول في تصريحات لـ{wire.name_ar} إن المشروع سيكتمل قبل نهاية العام.",
                    f"وكان المسؤول قد صرح في لقاء مع {other.name_ar} بأن التمويل متوفر.",
                )
            )
        else:
            mention = self.rng.choice(
                (
                    f"An official told {wire.name_en or wire.name} the project would be finished by year end.",
                    f"The minister had said in an interview with {other.name_en or other.name} that funding was secured.",
                )
            )
        out.insert(self.rng.randrange(1, n + 1), mention)
        if self.rng.random() < 0.5:
            related = self.rng.choice(AR_TITLES if language == "ar" else EN_TITLES)
            outlet = (other.name_ar if language == "ar" else other.name_en) or other.name
            out.append(
                f"اقرأ أيضا: {related} - {outlet}" if language == "ar" else f"Read more: {related} - {outlet}"
            )
        return out

    def _url(self, host: str, style: str, slug: str | None = None) -> str:
        self.n += 1
        num = 100000 + self.n * 37
        if style == "ress" and slug:
            return f"https://{host}/{slug}/{num}"
        if style == "mogaz":
            return f"https://{host}/World-News/{num}/story"
        return f"https://{host}/news/{num}"

    def _page(
        self,
        *,
        language: str,
        url: str,
        site_name: str,
        paragraphs: list[str],
        top: list[str] = (),  # type: ignore[assignment]
        bottom: list[str] = (),  # type: ignore[assignment]
        after: str = "",
        head_extra: str = "",
        jsonld: dict | None = None,
        distractors: bool = True,
    ) -> str:
        """An aggregator-style page: ticker, article, credit lines, "next" link, the site's own footer."""
        title = self.rng.choice(AR_TITLES if language == "ar" else EN_TITLES)
        direction = "rtl" if language == "ar" else "ltr"
        canonical = (
            f'<link rel="canonical" href="{html.escape(url)}">' if "canonical" not in head_extra else ""
        )
        ld = jsonld or {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "publisher": {"@type": "Organization", "name": site_name},
        }
        body = "".join(f"<p>{p}</p>" for p in [*top, *paragraphs, *bottom])
        ticker = next_link = footer = ""
        if distractors:
            if language == "ar":
                items = " ".join(self.rng.sample(AR_TICKER, 2))
                other = self.rng.choice(self.ar_outlets).name_ar
                ticker = f'<div class="ticker"><span>أخبار عاجلة</span> {items}</div>'
                next_link = f'<div class="next-story"><a href="/n/1">التالى #{other} - #اخبار العالم - {title}</a></div>'
                footer = f"<footer><p>جميع الحقوق محفوظة لموقع {site_name} © 2024</p></footer>"
            else:
                other = self.rng.choice(self.en_outlets).name_en
                ticker = f'<div class="ticker"><span>Breaking</span> Markets close higher - {other}</div>'
                next_link = f'<div class="related"><a href="/n/1">Next story: {title} | {other}</a></div>'
                footer = f"<footer><p>© 2024 {site_name}. All rights reserved.</p></footer>"
        return (
            f'<!doctype html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} | {html.escape(site_name)}</title>{canonical}"
            f'<meta property="og:site_name" content="{html.escape(site_name)}">{head_extra}'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f"<body><header><nav><a href='/'>{site_name}</a></nav>{ticker}</header>"
            f'<main><article><h1>{html.escape(title)}</h1><div class="article-body">{body}</div>{after}</article>'
            f"{next_link}</main>{footer}</body></html>"
        )

    def _aggregator(self, language: str) -> tuple[str, str, str]:
        host, style = self.rng.choice(AR_AGGREGATORS if language == "ar" else EN_AGGREGATORS)
        rec = self.registry.by_domain(host)
        name = (
            (rec.name_ar or rec.name)
            if rec and language == "ar"
            else (rec.name if rec else host.split(".")[0])
        )
        return host, style, name

    def _date(self) -> str:
        day = date(2024, 1, 1) + timedelta(days=self.rng.randrange(300))
        return f"{day.day:02d} - {day.month:02d} - {day.year}"

    def _key(self, case: str) -> str:
        return f"{case}-{self.n:04d}"

    # -- constructions ----------------------------------------------------------------------------------
    def arabic_credit(self, case: str) -> LabelledPage:
        rec = self.rng.choice(self.ar_outlets)
        name = _ar_spelling(self.rng, rec)
        host, style, site_name = self._aggregator("ar")
        url = self._url(host, style, rec.slugs[0] if rec.slugs and ":" not in rec.slugs[0] else None)
        paras = self._paragraphs("ar", self.rng.randint(3, 6))
        top: list[str] = []
        bottom: list[str] = []
        after = ""
        original = None
        city = self.rng.choice(AR_CITIES)
        if case == "ar_footer":
            bottom = [
                f"جميع الحقوق محفوظة لمصدر الخبر {name} وتحت مسؤليتة ونرجوا متابعتنا بأستمرار لمعرفة أخر الأخبار "
                f"علي مدار الساعة مع تحيات موقع {site_name} الأخباري"
            ]
        elif case == "ar_published_in":
            top = [f"نشر في {name} يوم {self._date()}"]
        elif case == "ar_source_line":
            sep = self.rng.choice((": ", " : ", ":", " - ", " | "))
            bottom = [f"{self.rng.choice(('المصدر', 'مصدر الخبر'))}{sep}{name}"]
        elif case == "ar_source_city":
            bottom = [f"المصدر: ({city} - {name})"]
        elif case == "ar_quoted_from":
            bottom = [f"نقلا عن {name}"]
        elif case == "ar_credit_link":
            original = f"https://www.{rec.domain}/news/{self.rng.randrange(10**5, 10**6)}"
            bottom = [f'المصدر: <a href="{original}">{name}</a>']
        elif case == "ar_read_original":
            original = f"https://{rec.domain}/Story/{self.rng.randrange(10**5, 10**6)}"
            after = f'<p><a href="{original}">اقرأ الخبر من المصدر</a></p>'
        elif case == "ar_canonical":
            original = f"https://www.{rec.domain}/{self.rng.randrange(10**5, 10**6)}"
            page = self._page(
                language="ar", url=url, site_name=site_name, paragraphs=paras,
                head_extra=f'<link rel="canonical" href="{original}">',
            )  # fmt: skip
            return LabelledPage(self._key(case), url, host, page, "ar", case, rec.name, original_url=original)
        elif case == "ar_jsonld":
            original = f"https://www.{rec.domain}/article/{self.rng.randrange(10**5, 10**6)}"
            ld = {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "x",
                "isBasedOn": original,
                "publisher": {"@type": "Organization", "name": site_name},
            }
            page = self._page(language="ar", url=url, site_name=site_name, paragraphs=paras, jsonld=ld)
            return LabelledPage(self._key(case), url, host, page, "ar", case, rec.name, original_url=original)
        elif case == "ar_syndication_meta":
            original = f"https://{rec.domain}/n/{self.rng.randrange(10**5, 10**6)}"
            page = self._page(
                language="ar", url=url, site_name=site_name, paragraphs=paras,
                head_extra=f'<meta name="syndication-source" content="{original}">',
            )  # fmt: skip
            return LabelledPage(self._key(case), url, host, page, "ar", case, rec.name, original_url=original)
        else:
            raise ValueError(case)
        page = self._page(
            language="ar", url=url, site_name=site_name, paragraphs=paras, top=top, bottom=bottom, after=after
        )
        return LabelledPage(self._key(case), url, host, page, "ar", case, rec.name, original_url=original)

    def ress_slug(self) -> LabelledPage:
        rec = self.rng.choice(self.slugged)
        slug = next(s for s in rec.slugs if ":" not in s)
        url = self._url("www.masress.com", "ress", slug)
        page = self._page(language="ar", url=url, site_name="مصرس", paragraphs=self._paragraphs("ar", 4))
        return LabelledPage(self._key("ress_slug"), url, "www.masress.com", page, "ar", "ress_slug", rec.name)

    def local_name(self) -> LabelledPage:
        """A *ress aggregator of one country crediting a name that means a local outlet there ("الوطن")."""
        recs = [r for r in self.registry.records if r.local_aliases and r.country in RESS_BY_COUNTRY]
        rec = self.rng.choice(recs)
        host = RESS_BY_COUNTRY[rec.country]
        url = self._url(host, "plain")
        bottom = [f"المصدر: {self.rng.choice(rec.local_aliases)}"]
        page = self._page(
            language="ar", url=url, site_name=host, paragraphs=self._paragraphs("ar", 4), bottom=bottom
        )
        return LabelledPage(self._key("local_name"), url, host, page, "ar", "local_name", rec.name)

    def chain(self) -> LabelledPage:
        """Aggregator -> outlet (footer) -> agency (dateline in the outlet's text)."""
        rec = self.rng.choice(self.ar_outlets)
        wire = self.rng.choice([*self.ar_wires, self.registry.get("Reuters"), self.registry.get("AFP")])
        assert wire is not None
        agency = self.rng.choice([n for n in (wire.name_ar, *wire.aliases) if n and not n.isascii()])
        host, style, site_name = self._aggregator("ar")
        url = self._url(host, style)
        paras = self._paragraphs("ar", 4)
        city = self.rng.choice(AR_CITIES)
        paras[0] = (
            self.rng.choice((f"{city} - {agency}: ", f"{city} ({agency}) - ", f"{city} - {agency} - "))
            + paras[0]
        )
        bottom = [
            self.rng.choice(
                (
                    f"جميع الحقوق محفوظة لمصدر الخبر {rec.name_ar} وتحت مسؤليتة",
                    f"المصدر: {rec.name_ar}",
                    f"نشر في {rec.name_ar} يوم {self._date()}",
                )
            )
        ]
        page = self._page(language="ar", url=url, site_name=site_name, paragraphs=paras, bottom=bottom)
        return LabelledPage(self._key("chain"), url, host, page, "ar", "chain", rec.name, agency=wire.name)

    def arabic_wire_only(self) -> LabelledPage:
        wire = self.rng.choice(self.ar_wires)
        agency = self.rng.choice([n for n in (wire.name_ar, *wire.aliases) if n and not n.isascii()])
        host, style, site_name = self._aggregator("ar")
        url = self._url(host, style)
        paras = self._paragraphs("ar", 4)
        paras[0] = f"{self.rng.choice(AR_CITIES)} - {agency}: {paras[0]}"
        page = self._page(language="ar", url=url, site_name=site_name, paragraphs=paras)
        return LabelledPage(self._key("ar_dateline"), url, host, page, "ar", "ar_dateline", wire.name)

    def own_site(self) -> LabelledPage:
        rec = self.rng.choice(self.ar_outlets + self.en_outlets)
        language = "en" if rec in self.en_outlets and rec not in self.ar_outlets else "ar"
        url = f"https://www.{rec.domain}/news/{self.rng.randrange(10**5, 10**6)}"
        byline = (
            f"كتب: {self.rng.choice(AR_STAFF)}" if language == "ar" else f"By {self.rng.choice(EN_STAFF)}"
        )
        page = self._page(
            language=language, url=url, site_name=rec.name, paragraphs=self._paragraphs(language, 4),
            top=[byline], distractors=False,
        )  # fmt: skip
        return LabelledPage(
            self._key("own_site"),
            url,
            f"www.{rec.domain}",
            page,
            language,
            "own_site",
            rec.name,
            original_url=url,
        )

    def english_credit(self, case: str) -> LabelledPage:
        host, style, site_name = self._aggregator("en")
        url = self._url(host, style)
        paras = self._paragraphs("en", self.rng.randint(3, 5))
        bottom: list[str] = []
        after = ""
        original = None
        if case in ("en_dateline", "en_sign_off", "en_reuters_footer"):
            wire = (
                self.registry.get("Reuters")
                if case == "en_reuters_footer"
                else self.rng.choice(self.intl_wires)
            )
            assert wire is not None
            name = _en_spelling(self.rng, wire)
            if case == "en_dateline":
                paras[0] = f"{self.rng.choice(EN_CITIES)} ({name}) - {paras[0]}"
            elif case == "en_sign_off":
                last = max(i for i, p in enumerate(paras) if not p.startswith("Read more"))
                paras[last] = f"{paras[last]} — {name}"
            else:
                bottom = [f"Reporting by {self.rng.choice(EN_STAFF)}; Editing by {self.rng.choice(EN_STAFF)}"]
            expected = wire.name
        else:
            rec = self.rng.choice(self.en_outlets)
            name = _en_spelling(self.rng, rec)
            expected = rec.name
            if case == "en_source":
                bottom = [f"Source: {name}"]
            elif case == "en_originally":
                bottom = [
                    self.rng.choice(
                        (
                            f"This article was originally published on {name}.",
                            f"Originally published by {name}.",
                            f"This article first appeared in {name}.",
                            f"This story was first published by {name}.",
                        )
                    )
                ]
            elif case == "en_republished":
                bottom = [f"Republished with permission from {name}."]
            elif case == "en_credit_link":
                original = f"https://www.{rec.domain}/2024/story-{self.rng.randrange(10**4, 10**5)}"
                bottom = [f'Source: <a href="{original}">{name}</a>']
            else:
                raise ValueError(case)
        page = self._page(
            language="en", url=url, site_name=site_name, paragraphs=paras, bottom=bottom, after=after
        )
        return LabelledPage(self._key(case), url, host, page, "en", case, expected, original_url=original)

    def unknown_name(self) -> LabelledPage:
        language = self.rng.choice(("ar", "en"))
        host, style, site_name = self._aggregator(language)
        url = self._url(host, style)
        if language == "ar":
            name = self.rng.choice(UNKNOWN_AR)
            bottom = [
                self.rng.choice(
                    (
                        f"جميع الحقوق محفوظة لمصدر الخبر {name} وتحت مسؤليتة",
                        f"المصدر: {name}",
                        f"نشر في {name} يوم {self._date()}",
                    )
                )
            ]
        else:
            name = self.rng.choice(UNKNOWN_EN)
            bottom = [
                self.rng.choice((f"Source: {name}", f"This article was originally published on {name}."))
            ]
        page = self._page(
            language=language,
            url=url,
            site_name=site_name,
            paragraphs=self._paragraphs(language, 4),
            bottom=bottom,
        )
        return LabelledPage(
            self._key("unknown_name"), url, host, page, language, "unknown_name", name, verified=False
        )

    def uncredited(self) -> LabelledPage:
        language = self.rng.choice(("ar", "ar", "en"))
        host, style, site_name = self._aggregator(language)
        url = self._url(host, style)
        page = self._page(
            language=language, url=url, site_name=site_name, paragraphs=self._paragraphs(language, 5)
        )
        return LabelledPage(self._key("uncredited"), url, host, page, language, "uncredited", None)


_ARAB = frozenset(
    [
        "EG",
        "SA",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "YE",
        "JO",
        "LB",
        "SY",
        "PS",
        "IQ",
        "MA",
        "DZ",
        "TN",
        "LY",
        "SD",
        "MR",
    ]
)
AR_CASES = (
    "ar_footer",
    "ar_published_in",
    "ar_source_line",
    "ar_source_city",
    "ar_quoted_from",
    "ar_credit_link",
    "ar_read_original",
    "ar_canonical",
    "ar_jsonld",
    "ar_syndication_meta",
)
EN_CASES = (
    "en_source",
    "en_originally",
    "en_republished",
    "en_credit_link",
    "en_dateline",
    "en_sign_off",
    "en_reuters_footer",
)


def _en_ok(rec: OutletRecord) -> bool:
    return any(n and n.isascii() and len(n) > 2 for n in (rec.name_en, rec.name))


def build_labelled_set(registry: OutletRegistry, seed: int = 7, per_case: int = 20) -> list[LabelledPage]:
    """``per_case`` pages of each construction (uncredited pages: 4x), in a fixed order for a given seed."""
    b = _Builder(registry, seed)
    pages: list[LabelledPage] = []
    for _ in range(per_case):
        pages += [b.arabic_credit(case) for case in AR_CASES]
        pages += [b.english_credit(case) for case in EN_CASES]
        pages += [b.ress_slug(), b.local_name(), b.chain(), b.chain(), b.arabic_wire_only(), b.own_site()]
        pages += [b.unknown_name(), b.unknown_name()]
        pages += [b.uncredited() for _ in range(4)]
    return pages


@dataclass(slots=True)
class Report:
    credited: int = 0
    credited_right: int = 0
    uncredited: int = 0
    uncredited_wrong: int = 0
    agency_pages: int = 0
    agency_right: int = 0
    url_pages: int = 0
    url_right: int = 0
    verified_wrong: int = 0
    seconds_extract: float = 0.0
    seconds_attribute: float = 0.0
    pages: int = 0
    signal_hits: dict[str, int] | None = None
    per_case: dict[str, list[int]] | None = None  # case -> [right, total]
    failures: list[tuple[str, str | None, str | None]] | None = None  # (key, expected, got)

    @property
    def accuracy(self) -> float:
        return self.credited_right / self.credited if self.credited else 0.0


def evaluate(pages: list[LabelledPage], registry: OutletRegistry) -> Report:
    """Run extraction + attribution over the labelled pages and score the answers."""
    import time

    from crawler.attribution.resolve import attribute
    from crawler.extraction import extract
    from crawler.items import Page
    from crawler.outlets.normalize import normalize_name

    report = Report(signal_hits={}, per_case={}, failures=[])
    assert report.signal_hits is not None and report.per_case is not None and report.failures is not None
    for lp in pages:
        t0 = time.perf_counter()
        extracted = extract(Page(url=lp.url, html=lp.html, site=lp.site))
        t1 = time.perf_counter()
        result = attribute(extracted, lp.site, None, registry)
        report.seconds_extract += t1 - t0
        report.seconds_attribute += time.perf_counter() - t1
        report.pages += 1
        for method in {ev.method for ev in result.evidence}:
            report.signal_hits[method] = report.signal_hits.get(method, 0) + 1
        case = report.per_case.setdefault(lp.case, [0, 0])
        case[1] += 1
        if lp.outlet is None:
            report.uncredited += 1
            if result.outlet is not None:
                report.uncredited_wrong += 1
                report.failures.append((lp.key, None, result.outlet))
            else:
                case[0] += 1
            continue
        report.credited += 1
        right = result.outlet is not None and normalize_name(result.outlet) == normalize_name(lp.outlet)
        if right and lp.agency is not None:
            report.agency_pages += 1
            if result.agency == lp.agency:
                report.agency_right += 1
            else:
                right = False
        if right and lp.original_url is not None:
            report.url_pages += 1
            if result.original_url == lp.original_url:
                report.url_right += 1
            else:
                right = False
        if right and result.verified != lp.verified:
            report.verified_wrong += 1
            right = False
        if right:
            report.credited_right += 1
            case[0] += 1
        else:
            got = (
                f"{result.outlet} / agency={result.agency} / url={result.original_url} / v={result.verified}"
            )
            report.failures.append((lp.key, lp.outlet, got))
    return report
