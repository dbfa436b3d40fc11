"""The attribution labelled set: story texts republished through aggregator layouts, with known answers.

Stories come from the kit's own texts (written for this project) and, when ``../shared/corpus`` is present,
from real articles read from there at run time (never copied into the repository): their real pages then
serve as the originals. Each story gets one source outlet (registered or not), an optional original page on
the outlet's own site, and copies on several layouts of its language, each copy crediting the outlet in one
of the layout's families or not at all. Distractors come from the layouts (their own name everywhere,
related lists naming other outlets, captions crediting wires) and from the set (a body paragraph quoting
another outlet, a copy claiming an earlier time than the original, a copy whose canonical is the original).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler.outlets.normalize import normalize_name
from crawler.outlets.registry import OutletRecord, OutletRegistry
from newscrawl_kit.layouts.base import CopySpec, Layout, Source, StoryText, Teaser
from newscrawl_kit.layouts.outlet_page import render_original
from newscrawl_kit.layouts.stories_fr import STORIES_FR

START = datetime(2026, 10, 1, 6, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """One page of the set and everything that is true about it."""

    key: str
    url: str
    site: str
    html: str
    layout: str  # layout name, "original" for an outlet's own page
    held_out: bool  # the layout was never used for tuning
    language: str
    family: str | None  # credit family; None for uncredited copies and originals
    story_key: str
    source: Source
    source_names: frozenset[str]  # normalised names under which the source counts as named right
    is_original: bool
    exposes_original_url: bool
    body: tuple[str, ...]
    chrome: tuple[str, ...] = ()
    published_at: datetime | None = None

    @property
    def credited(self) -> bool:
        return self.is_original or self.family is not None


@dataclass(slots=True)
class _StoryPlan:
    story: StoryText
    registered: OutletRecord | None
    original_html: str | None = None  # a real corpus page, when the story comes from the corpus
    with_original: bool = True
    copies: int = 0
    wire: bool = False  # the source is a wire agency (its dateline opens the text)


# Unregistered outlets (invented): the registry does not know them, the page is the only evidence.
_INVENTED: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "ar": (
        ("صوت الوادي الجديد", "sawtalwadi-news.example", "Sawt Al Wadi"),
        ("أصداء الدلتا", "asdaa-delta.example", None),
        ("منبر الساحل", "minbar-sahel.example", "Minbar Al Sahel"),
        ("مرآة الصعيد", "miraat-saeed.example", None),
        ("بوابة النخيل", "nakheel-gate.example", "Nakheel Gate"),
    ),
    "en": (
        ("The Riverside Chronicle", "riversidechronicle.example", None),
        ("Harbor Ledger", "harborledger.example", None),
        ("Northern Valley Courier", "nvcourier.example", None),
        ("Metro Dispatch Daily", "metrodispatchdaily.example", None),
    ),
    "fr": (
        ("Le Courrier des Vallées", "courrier-vallees.example", None),
        ("La Gazette du Littoral", "gazette-littoral.example", None),
    ),
    "de": (("Tagesblatt am Fluss", "tagesblatt-fluss.example", None),),
    "es": (("Diario del Valle Alto", "diariovallealto.example", None),),
}
_FUNDUS_LANG = {
    "us": "en", "uk": "en", "ca": "en", "au": "en", "za": "en", "ind": "en",
    "de": "de", "at": "de", "fr": "fr", "es": "es", "mx": "es", "lb": "ar",
}  # fmt: skip
_QUOTES = {
    "ar": (
        "وكانت صحيفة {o} قد أشارت في تقرير سابق إلى أن الملف مطروح على طاولة النقاش منذ شهور.",
        "وبحسب ما نقلته {o} عن مصادر مطلعة، فإن القرار قد يخضع للمراجعة خلال العام المقبل.",
    ),
    "en": (
        "The figures were first reported last month by {o}, citing people familiar with the matter.",
        "In an interview with {o} earlier this year, officials said the plan could be revised.",
    ),
    "fr": ("Selon des informations publiées le mois dernier par {o}, le projet pourrait être révisé.",),
    "de": ("Wie {o} bereits im vergangenen Monat berichtete, könnte der Plan noch geändert werden.",),
    "es": ("Según informó el mes pasado {o}, el plan podría revisarse el próximo año.",),
}


def _slugify(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:8]) or "story"


def _digest(*parts: object) -> int:
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def _source(name: str, domain: str, language: str, key: str, latin: str | None, title: str) -> Source:
    n = _digest(key, domain) % 9_000_000 + 1_000_000
    style = _digest(domain) % 3
    host = f"www.{domain}"
    if style == 0:
        path = f"/news/{n}"
    elif style == 1:
        path = f"/{START:%Y/%m/%d}/{_slugify(latin or title) if language != 'ar' else n}"
    else:
        path = f"/article/{n}/{_slugify(latin or title)}.html"
    slug = re.sub(r"[^a-z0-9]", "", (latin or domain.split(".")[0]).lower())[:20] or None
    return Source(
        name=name,
        domain=domain,
        home_url=f"https://{host}/",
        article_url=f"https://{host}{path}",
        language=language,
        name_latin=latin,
        slug=slug,
    )


def _registered_pool(registry: OutletRegistry, language: str) -> list[OutletRecord]:
    return [
        r
        for r in registry.records
        if r.kind == "outlet" and r.domains and (r.language or "") == language and not r.local_aliases
    ]


_KitText = tuple[str, str, tuple[str, ...], str | None, str | None, str | None]
# Kit outlets that are wires: their stories keep that wire as the source.
_KIT_WIRES = {"reuters": "Reuters", "apnews": "Associated Press"}
# Arabic wires and the dateline form their copies open with (some kit stories are turned into wire stories).
_AR_WIRES = (
    ("وكالة أنباء الشرق الأوسط", "القاهرة - أ ش أ -"),
    ("وكالة الأنباء السعودية", "الرياض - واس -"),
    ("وكالة الأنباء القطرية", "الدوحة - قنا -"),
    ("وكالة أنباء الإمارات", "أبوظبي - وام -"),
)


def _kit_texts() -> dict[str, list[_KitText]]:
    """(key, title, paragraphs, author, agency, wire) per language, from the kit's own written stories."""
    from newscrawl_kit.replay.stories_ar import STORIES_AR
    from newscrawl_kit.replay.stories_en import STORIES_EN

    out: dict[str, list[_KitText]] = {"ar": [], "en": []}
    for i, s in enumerate((*STORIES_AR, *STORIES_EN)):
        wire = _KIT_WIRES.get(s.outlet or "")
        paragraphs = s.paragraphs
        if wire is None and s.language == "ar" and s.agency is None and i % 5 == 0:
            wire, dateline = _AR_WIRES[i // 5 % len(_AR_WIRES)]
            paragraphs = (f"{dateline} {paragraphs[0]}", *paragraphs[1:])
        out[s.language].append((s.key, s.title, paragraphs, s.author, s.agency, wire))
    out["fr"] = [(k, t, ps, None, None, None) for k, t, ps in STORIES_FR]
    return out


def _corpus_texts(corpus: Path, limit: int) -> list[tuple[str, str, str, tuple[str, ...], str, str]]:
    """(key, language, title, paragraphs, url, html) of real articles in the corpus (fundus gold)."""
    index = corpus / "fundus-parser-tests" / "gold_index.json"
    if not index.exists():
        return []
    out = []
    per_lang: dict[str, int] = {}
    for rec in json.loads(index.read_text(encoding="utf-8")):
        lang = _FUNDUS_LANG.get(rec.get("country_group", ""))
        body = [p.strip() for p in (rec.get("body_text") or "").split("\n\n") if p.strip()]
        if lang is None or not rec.get("title") or len(body) < 3 or per_lang.get(lang, 0) >= limit:
            continue
        path = corpus / "fundus-parser-tests" / rec["html"]
        try:
            with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
                page = fh.read()
        except OSError:
            continue
        per_lang[lang] = per_lang.get(lang, 0) + 1
        out.append((f"fundus-{Path(rec['html']).stem}", lang, rec["title"], tuple(body), rec["url"], page))
    return out


def _names_of(record: OutletRecord | None, source: Source) -> set[str]:
    names = {source.name, source.domain}
    if source.name_latin:
        names.add(source.name_latin)
    if record is not None:
        names.update(record.all_names)
        names.update(record.local_aliases)
    return {normalize_name(n) for n in names if n}


def build_layout_set(
    layouts: Sequence[Layout],
    registry: OutletRegistry,
    *,
    held_out: Iterable[str] = (),
    seed: int = 0,
    per_family: int = 2,
    uncredited: int = 3,
    corpus: Path | None = None,
    corpus_per_language: int = 12,
) -> list[LabelledPage]:
    """Every layout renders every family it declares ``per_family`` times and ``uncredited`` bare copies."""
    rng = random.Random(seed)
    held = set(held_out)
    plans: dict[str, list[_StoryPlan]] = {}
    texts = _kit_texts()
    for lang, items in texts.items():
        for key, title, paragraphs, author, agency, wire in items:
            plan = _plan(rng, registry, lang, key, title, paragraphs, author, agency, None, None, wire)
            plans.setdefault(lang, []).append(plan)
    if corpus is not None and corpus.is_dir():
        for key, lang, title, paragraphs, url, page in _corpus_texts(corpus, corpus_per_language):
            plan = _plan(rng, registry, lang, key, title, paragraphs, None, None, url, page)
            plans.setdefault(lang, []).append(plan)
    for lang_plans in plans.values():
        rng.shuffle(lang_plans)

    pages: list[LabelledPage] = []
    serial = 0
    for layout in layouts:
        pool = plans.get(layout.language) or []
        if not pool:
            continue
        jobs = [f for f in layout.families for _ in range(per_family)] + [None] * uncredited
        for i, family in enumerate(jobs):
            # A wire dateline needs a wire story; an uncredited copy never comes from a story whose outlet
            # credits an agency (its dateline would credit the agency, a fair answer that the truth calls wrong).
            if family == "wire_dateline":
                candidates = [p for p in pool if p.wire]
            elif family is None:
                candidates = [p for p in pool if not p.wire and p.story.agency is None]
            else:
                candidates = pool
            if not candidates:
                continue
            plan = min(candidates, key=lambda p: (p.copies, _digest(layout.name, p.story.key, i)))
            plan.copies += 1
            serial += 1
            pages.append(_copy(layout, plan, family, serial, rng, plans, layout.name in held))
    for lang_plans in plans.values():
        for plan in lang_plans:
            if plan.copies and plan.with_original:
                pages.append(_original(plan))
    return pages


def _plan(
    rng: random.Random,
    registry: OutletRegistry,
    lang: str,
    key: str,
    title: str,
    paragraphs: tuple[str, ...],
    author: str | None,
    agency: str | None,
    url: str | None,
    page: str | None,
    wire: str | None = None,
) -> _StoryPlan:
    published = START + timedelta(minutes=_digest(key) % (40 * 24 * 60))
    record: OutletRecord | None
    if url is not None:  # a real article: its real publisher and URL
        host = (re.match(r"https?://([^/]+)", url) or re.match("(.*)", url)).group(1).lower()
        domain = host.removeprefix("www.")
        record = registry.by_domain(host)
        name = record.name if record else _site_name(page or "") or domain.split(".")[0].capitalize()
        src = Source(
            name, record.domain if record and record.domain else domain, f"https://{host}/", url, lang
        )
        story = StoryText(key, lang, title, paragraphs, published, src, author, agency)
        return _StoryPlan(story, record, original_html=page, with_original=True)
    if wire is not None and (record := registry.get(wire)) is not None and record.domain:
        src = _source(record.name, record.domain, lang, key, record.name_en, title)
        story = StoryText(key, lang, title, paragraphs, published, src, author, None)
        return _StoryPlan(story, record, with_original=_digest("orig", key) % 4 != 0, wire=True)
    pool = _registered_pool(registry, lang)
    invented = _INVENTED.get(lang, ())
    if pool and (not invented or rng.random() < 0.75):
        record = rng.choice(pool)
        name = record.name
        latin = record.name_en if record.name_en != record.name else None
        src = _source(name, record.domain or "", lang, key, latin, title)
    else:
        record = None
        name, domain, latin = rng.choice(invented)
        src = _source(name, domain, lang, key, latin, title)
    story = StoryText(key, lang, title, paragraphs, published, src, author, agency)
    return _StoryPlan(story, record, with_original=_digest("orig", key) % 4 != 0)


def _site_name(page: str) -> str | None:
    m = re.search(r'<meta[^>]+property=["\']og:site_name["\'][^>]+content=["\']([^"\']+)', page)
    return m.group(1).strip() if m else None


def _teasers(
    rng: random.Random, plans: dict[str, list[_StoryPlan]], layout: Layout, story: StoryText, n: int
) -> tuple[Teaser, ...]:
    others = [p.story for p in plans.get(layout.language, []) if p.story.key != story.key]
    rng.shuffle(others)
    out = []
    for i, other in enumerate(others[:n]):
        out.append(
            Teaser(
                title=other.title,
                outlet=other.source.name,
                url=f"https://{layout.host}/news/{_digest(layout.name, other.key) % 10**6 + i}",
                outlet_url=other.source.home_url,
            )
        )
    return tuple(out)


def _copy(
    layout: Layout,
    plan: _StoryPlan,
    family: str | None,
    serial: int,
    rng: random.Random,
    plans: dict[str, list[_StoryPlan]],
    held_out: bool,
) -> LabelledPage:
    story = plan.story
    # One copy in seven claims a time before the original's (clock or time zone errors on the aggregator).
    early = _digest("early", layout.name, story.key) % 7 == 0
    delay = timedelta(minutes=-90 if early else 15 + _digest(layout.name, story.key) % 600)
    quote = None
    if _digest("quote", layout.name, story.key) % 3 == 0:
        other = rng.choice([p for p in plans[layout.language] if p.story.key != story.key] or [plan])
        quote = rng.choice(_QUOTES.get(layout.language, _QUOTES["en"])).format(o=other.story.source.name)
    spec = CopySpec(
        story=story,
        family=family,
        url=layout.copy_url_for(story, serial, family),
        published_at=story.published_at + delay,
        teasers=_teasers(rng, plans, layout, story, 10),
        seed=_digest(layout.name, story.key, family, serial),
        quote=quote,
    )
    rendered = layout.render(spec)
    host = re.match(r"https?://([^/]+)", spec.url).group(1)  # type: ignore[union-attr]
    return LabelledPage(
        key=f"{layout.name}/{family or 'uncredited'}/{serial}",
        url=spec.url,
        site=host,
        html=rendered.html,
        layout=layout.name,
        held_out=held_out,
        language=layout.language,
        family=family,
        story_key=story.key,
        source=story.source,
        source_names=frozenset(_names_of(plan.registered, story.source)),
        is_original=False,
        exposes_original_url=rendered.exposes_original_url,
        body=rendered.body or spec.paragraphs,
        chrome=rendered.chrome,
        published_at=spec.published_at,
    )


def _original(plan: _StoryPlan) -> LabelledPage:
    story = plan.story
    page = plan.original_html or render_original(story, seed=_digest(story.key))
    host = re.match(r"https?://([^/]+)", story.source.article_url).group(1)  # type: ignore[union-attr]
    return LabelledPage(
        key=f"original/{story.key}",
        url=story.source.article_url,
        site=host,
        html=page,
        layout="original",
        held_out=False,
        language=story.language,
        family=None,
        story_key=story.key,
        source=story.source,
        source_names=frozenset(_names_of(plan.registered, story.source)),
        is_original=True,
        exposes_original_url=True,
        body=story.paragraphs,
        published_at=story.published_at,
    )
