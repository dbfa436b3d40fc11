"""Each attribution signal on real-world phrasings (see ../shared/corpus/ARABIC_AGGREGATOR_NOTES.md)."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.attribution.context import AttributionContext
from crawler.attribution.signals import (
    arabic_credits,
    bylines,
    datelines,
    english_credits,
    links_and_meta,
    own_site,
    url_slug,
)
from crawler.items import Evidence, Extracted
from crawler.outlets import OutletRegistry

REGISTRY = OutletRegistry.load_default()
FILLER = "وأضاف المتحدث أن العمل يسير وفق الخطة الموضوعة منذ بداية العام."


def ctx(
    body: list[str] | None = None,
    credits: list[str] | None = None,
    url: str = "https://www.mogaznews.com/World-News/1/x",
    site: str = "www.mogaznews.com",
    **extra: Any,
) -> AttributionContext:
    paragraphs = body if body is not None else [FILLER, FILLER, FILLER]
    extracted = Extracted(
        url=url, is_article=True, body="\n\n".join(paragraphs), credit_lines=credits or [], **extra
    )
    return AttributionContext.build(extracted, site, None, REGISTRY)


def outlets(evidence: list[Evidence]) -> list[tuple[str | None, str]]:
    return [(e.outlet, e.role) for e in evidence]


# -- Arabic credits --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("جميع الحقوق محفوظة لمصدر الخبر مصر العربية وتحت مسؤليتة ونرجوا متابعتنا بأستمرار", "مصر العربية"),
        ("جميع الحقوق محفوظة لـ مصدر الخبر اليوم السابع", "اليوم السابع"),
        ("المصدر: (أبوظبي - البيان)", "البيان"),
        ("المصدر: الأهرام", "الأهرام"),
        ("المصدر : بوابة الشروق", "الشروق"),
        ("مصدر الخبر | صدى البلد", "صدى البلد"),
        ("نشر في المصري اليوم يوم 12 - 03 - 2024", "المصري اليوم"),
        ("نُشر في الوفد بتاريخ 2024/03/12", "الوفد"),
        ("نقلاً عن موقع سكاي نيوز عربية", "سكاي نيوز عربية"),
        ("نقلا عن صحيفة الشرق الأوسط", "الشرق الأوسط"),
        ("© 2020 حقوق النشر محفوظة لـ اليوم السابع", "اليوم السابع"),
        ("لا مانع من الإقتباس وإعادة النشر شريط ذكر المصدر ( المدينة نيوز )", "المدينة نيوز"),
    ],
)
def test_arabic_credit_lines(line: str, outlet: str) -> None:
    assert (outlet, "outlet") in outlets(arabic_credits(ctx(credits=[line])))


def test_in_text_citation_in_the_body() -> None:
    body = [FILLER, FILLER, "وكشفت دراسة حديثة، وفق ما نقل موقع دايلي ميل، أن النوم المبكر يحسن الذاكرة."]
    found = arabic_credits(ctx(body=body))
    assert outlets(found) == [("Daily Mail", "outlet")]
    assert found[0].weight < 0.6  # a citation is weaker than a credit


def test_unknown_names_only_from_explicit_credits() -> None:
    found = arabic_credits(ctx(credits=["جميع الحقوق محفوظة لمصدر الخبر أصداء الدلتا وتحت مسؤليتة"]))
    assert outlets(found) == [("أصداء الدلتا", "outlet")] and found[0].domain is None
    # Prose that merely contains "نقلا عن" in the body names nobody unless the registry knows the name.
    body = [FILLER, "وقال شهود نقلا عن سكان المنطقة إن الطريق أغلق لساعات.", FILLER]
    assert arabic_credits(ctx(body=body)) == []


def test_generic_credits_name_nobody() -> None:
    assert arabic_credits(ctx(credits=["المصدر: وكالات"])) == []
    assert arabic_credits(ctx(credits=["المصدر: متابعات"])) == []


def test_aggregator_copyright_footer_is_only_the_aggregator() -> None:
    found = arabic_credits(ctx(credits=["جميع الحقوق محفوظة لموقع موجز نيوز © 2024"]))
    assert outlets(found) == [("موجز نيوز", "outlet")]  # resolution drops it: an aggregator


# -- English credits -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Reuters", "Reuters"),
        ("Sources: Al Jazeera", "Al Jazeera English"),
        ("This article was originally published on The Guardian.", "The Guardian"),
        ("Originally published by The New York Times.", "The New York Times"),
        ("This article first appeared in Middle East Eye.", "Middle East Eye"),
        ("This story was first published by Al-Monitor", "Al-Monitor"),
        ("Republished with permission from Foreign Policy.", "Foreign Policy"),
        ("© 2024 The Associated Press. All rights reserved.", "Associated Press"),
        ("Copyright 2023 Bloomberg", "Bloomberg"),
    ],
)
def test_english_credit_lines(line: str, outlet: str) -> None:
    assert outlet in [o for o, _ in outlets(english_credits(ctx(credits=[line], site="news.yahoo.com")))]


def test_reuters_footer_and_ap_sign_off() -> None:
    footer = english_credits(ctx(credits=["Reporting by Jane Doe; Editing by Sam Carter"]))
    assert outlets(footer) == [("Reuters", "agency")]
    body = ["Officials met on Tuesday.", "Talks continue.", "The vote is due next week. — AP"]
    assert outlets(english_credits(ctx(body=body))) == [("Associated Press", "agency")]


def test_english_prose_about_a_wire_is_not_a_credit() -> None:
    body = [
        "An official told Reuters the plan was ready.",
        "Markets rose.",
        "The source of the leak is unclear.",
    ]
    assert english_credits(ctx(body=body)) == []


# -- Datelines -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        ("القاهرة - أ ش أ: أعلنت الحكومة اليوم خطة جديدة.", "وكالة أنباء الشرق الأوسط"),
        ("القاهرة (أ ش أ) - أعلنت الحكومة اليوم خطة جديدة.", "وكالة أنباء الشرق الأوسط"),
        ("الرياض – واس - أعلنت الوزارة اليوم.", "وكالة الأنباء السعودية"),
        ("بيروت (أ ف ب) - قال مسؤول اليوم.", "AFP"),
        ("(رويترز) - قالت مصادر اليوم.", "Reuters"),
        ("LONDON (Reuters) - British lawmakers voted on Tuesday.", "Reuters"),
        ("WASHINGTON, Jan 5 (AP) — The Senate met.", "Associated Press"),
        ("دبي - وام: افتتح اليوم معرض.", "وكالة أنباء الإمارات"),
    ],
)
def test_datelines_credit_agencies(first: str, outlet: str) -> None:
    assert outlets(datelines(ctx(body=[first, FILLER]))) == [(outlet, "agency")]


def test_dateline_naming_an_outlet_is_an_outlet_clue() -> None:
    assert outlets(datelines(ctx(body=["أبوظبي - «البيان»: افتتح اليوم معرض.", FILLER]))) == [
        ("البيان", "outlet")
    ]


def test_datelines_of_cities_and_generic_agencies_name_nobody() -> None:
    for first in ("عواصم - وكالات: تواصلت المعارك.", "سرايا - قال مسؤول", "القاهرة - كتب أحمد: بدأ", FILLER):
        assert datelines(ctx(body=[first, FILLER])) == []
    # A dateline-looking line deeper in the story is not a dateline.
    assert datelines(ctx(body=[FILLER, "القاهرة - أ ش أ: خبر آخر."])) == []


# -- Bylines ---------------------------------------------------------------------------------------------
def test_bylines_name_outlets_only_when_registered() -> None:
    assert bylines(ctx(credits=["كتب | ضحى عرفة | 2020/12/25 - 1:59 صباحًا"])) == []
    assert bylines(ctx(body=["كتب : مايكل عادل ماركو ـ بودابست", FILLER])) == []
    found = bylines(ctx(body=["كتب: محمد علي - مصر العربية", FILLER]))
    assert outlets(found) == [("مصر العربية", "outlet")]
    assert outlets(bylines(ctx(authors=["Reuters"]))) == [("Reuters", "agency")]


# -- Links and metadata ----------------------------------------------------------------------------------
def test_canonical_to_another_host_names_that_outlet_with_the_url() -> None:
    found = links_and_meta(ctx(canonical_url="https://www.masralarabia.com/news/123"))
    assert [(e.outlet, e.url, e.method) for e in found] == [
        ("مصر العربية", "https://www.masralarabia.com/news/123", "canonical_link")
    ]


def test_canonical_on_the_site_itself_is_no_clue() -> None:
    assert links_and_meta(ctx(canonical_url="https://mogaznews.com/World-News/1/x")) == []
    assert links_and_meta(ctx(canonical_url="https://amp.mogaznews.com/World-News/1/x")) == []


def test_source_links_meta_and_jsonld() -> None:
    found = links_and_meta(
        ctx(
            source_links=[
                ("https://www.youm7.com/story/2024/1/1/x/1", "اقرأ الخبر من المصدر", "body"),
                ("https://www.facebook.com/sharer?u=x", "شارك", "body"),
            ],
            meta={"syndication-source": "https://www.shorouknews.com/news/view.aspx?cdate=1",
                  "sourceOrganization": "Reuters", "og:site_name": "موجز نيوز"},
        )
    )  # fmt: skip
    got = {(e.outlet, e.method) for e in found}
    assert ("اليوم السابع", "source_link_body") in got
    assert ("الشروق", "syndication_meta") in got
    assert ("Reuters", "jsonld_source_organization") in got
    assert all(e.outlet != "Facebook" for e in found)


def test_credit_link_to_unknown_host_names_the_host() -> None:
    found = links_and_meta(ctx(source_links=[("https://asdaa-delta.example/n/5", "أصداء الدلتا", "credit")]))
    assert [(e.outlet, e.domain) for e in found] == [("asdaa-delta.example", "asdaa-delta.example")]


def test_replay_hosts_resolve_through_site_profiles() -> None:
    found = links_and_meta(ctx(canonical_url="http://masralarabia.test/news/9"))
    assert [e.outlet for e in found] == ["مصر العربية"]


# -- URL slug and own site -------------------------------------------------------------------------------
def test_ress_url_slug() -> None:
    found = url_slug(ctx(url="https://masress.com/elakhbar/172875", site="masress.com"))
    assert outlets(found) == [("الأخبار", "outlet")]
    found = url_slug(ctx(url="https://sauress.com/alwatan/9252", site="sauress.com"))
    assert outlets(found) == [("الوطن السعودية", "outlet")]
    # Only on aggregators: the same path on an outlet's own site means nothing.
    assert url_slug(ctx(url="https://www.youm7.com/ahram/12345", site="www.youm7.com")) == []
    assert url_slug(ctx(url="https://masress.com/unknownslug/12345", site="masress.com")) == []


def test_own_site() -> None:
    found = own_site(ctx(url="https://www.youm7.com/story/1", site="www.youm7.com"))
    assert [(e.outlet, e.url) for e in found] == [("اليوم السابع", "https://www.youm7.com/story/1")]
    assert own_site(ctx()) == []  # an aggregator
    replay = own_site(ctx(url="http://masralarabia.test/news/9", site="masralarabia.test"))
    assert [(e.outlet, e.domain) for e in replay] == [("مصر العربية", "masralarabia.com")]


def test_next_story_lines_are_never_read() -> None:
    body = [FILLER, FILLER, "التالى #فيتو - #اخبار العالم - الجهاد الإسلامي: فتح تتهرب من أخطائها"]
    c = ctx(body=body)
    assert all("التالى" not in p for p in c.edge_paragraphs)
