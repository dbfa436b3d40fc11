"""split_boilerplate / boilerplate_kind on real-world phrasings (Arabic and English)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.cleaning.boilerplate import boilerplate_kind, split_boilerplate

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_1e4be8e7b8237beb.txt"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("أخبار عاجلة", "ticker"),
        ("عاجل", "ticker"),
        ("Breaking News", "ticker"),
        ("الرئيس يفتتح المشروع    الأهلي يفوز على الزمالك    ارتفاع أسعار الذهب", "ticker"),
        ("اشترك فى النشرة البريدية لتحصل على اهم الاخبار بمجرد نشرها", "newsletter"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("تابعنا على مواقع التواصل الاجتماعى", "follow"),
        ("تابعونا على فيسبوك وتويتر", "follow"),
        ("Follow us on Twitter", "follow"),
        ("A view of the scene earlier this week. Photo: Ana Brandt", "caption"),
        ("This story was first reported by The Riverside Chronicle", "credit"),
        ("مشاركة", "share"),
        ("شارك الخبر", "share"),
        ("Share this article", "share"),
        ("اضف تعليقاً واقرأ تعليقات القراء", "share"),
        ("التالى #فيتو - #اخبار العالم - الجهاد الإسلامي: فتح تتهرب من أخطائها", "next"),
        ("الخبر التالي: ارتفاع أسعار النفط", "next"),
        ("Read more: How the talks collapsed", "next"),
        ("Next article", "next"),
        ("اقرأ أيضا: وزير المالية يعلن الموازنة", "next"),
        ("أخبار ذات صلة", "related"),
        ("Related stories", "related"),
        ("جميع الحقوق محفوظة لمصدر الخبر مصر العربية وتحت مسؤليتة", "credit"),
        ("المصدر: (أبوظبي - البيان)", "credit"),
        ("المصدر : وكالة الأنباء الأردنية", "credit"),
        ("نشر في الشروق الجديد يوم 20 - 05 - 2024", "credit"),
        ("لا مانع من الإقتباس وإعادة النشر شريط ذكر المصدر ( المدينة نيوز )", "credit"),
        ("Source: Reuters", "credit"),
        ("Originally published by Al-Monitor", "credit"),
        ("This article first appeared in The Conversation.", "credit"),
        ("Reporting by Aidan Lewis; Editing by Toby Chopra", "credit"),
        ("©2024 Example News", "copyright"),
        ("© 2020 حقوق النشر محفوظة لـ اليوم السابع", "copyright"),
        ("جميع الحقوق محفوظة © 2020 مؤسسة دبي للإعلام", "copyright"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "copyright"),
    ],
)
def test_boilerplate_kinds(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "prose",
    [
        "وقال المصدر إن الاجتماع سيعقد غدا في مقر الوزارة بحضور الوفدين.",
        "وأوضح المصدر: الحكومة لم تتخذ قرارا بعد بشأن رفع أسعار الوقود، مشيرا إلى أن الدراسة مستمرة منذ شهور.",
        "The company told Reuters on Monday that it would appeal the decision.",
        "Next year the ministry plans to double the budget for rural schools.",
        "شارك الرئيس في القمة العربية التي عقدت في الرياض.",
        "تابع الوزير على هامش الاجتماع ملفات التعاون الاقتصادي.",
        "Source material for the report came from court filings reviewed by the newspaper over several months.",
        "The copyright dispute between the two studios has lasted for years, lawyers said.",
    ],
)
def test_prose_stays_in_the_body(prose: str) -> None:
    assert boilerplate_kind(prose) is None
    body, credits = split_boilerplate([prose])
    assert body == [prose]
    assert credits == []


def test_credit_lines_are_set_aside_not_lost() -> None:
    paragraphs = [
        "أعلن الكرملين في بيان أن الرئيسين التقيا في سوتشي.",
        "اشترك فى النشرة البريدية",
        "المصدر: وكالة سبوتنيك",
        "© 2020 Sputnik. جميع الحقوق محفوظة",
    ]
    body, credits = split_boilerplate(paragraphs)
    assert body == ["أعلن الكرملين في بيان أن الرئيسين التقيا في سوتشي."]
    assert credits == ["المصدر: وكالة سبوتنيك", "© 2020 Sputnik. جميع الحقوق محفوظة"]


def test_profile_patterns_drop_paragraphs() -> None:
    extra = [re.compile(r"^إعلان"), re.compile(r"واتساب")]
    body, _ = split_boilerplate(["إعلان ممول", "انضم لقناتنا على واتساب", "نص الخبر الأصلي."], extra)
    assert body == ["نص الخبر الأصلي."]


def test_ticker_items_after_breaking_bar_are_dropped_but_title_is_kept() -> None:
    paragraphs = [
        "أخبار عاجلة",
        "تعليم مكة يدشن أول روضة بحرم الجامعة -",
        "ارتفاع أسعار الذهب في السوق المحلية -",
        "بوتين يلتقي الأسد في روسيا",
        "أعلن الكرملين في بيان نشره على موقعه الرسمي أن الرئيسين التقيا.",
    ]
    body, _ = split_boilerplate(paragraphs)
    assert body == paragraphs[3:]


@pytest.mark.skipif(not SEED.is_file(), reason=f"seed page not found at {SEED}")
def test_seed_aggregator_page() -> None:
    body, credits = split_boilerplate(SEED.read_text(encoding="utf-8").split("\n"))
    assert body[0] == "هنأه بنجاحه في زيارة سرية.. بوتين يلتقي الأسد في روسيا"
    assert body[-1].startswith("وهذه هي المرة الثانية")
    text = "\n".join(body)
    for junk in ("أخبار عاجلة", "تعليم مكة", "النشرة البريدية", "تابعنا", "التالى", "جميع الحقوق"):
        assert junk not in text
    assert len(credits) == 1
    assert credits[0].startswith("جميع الحقوق محفوظة لمصدر الخبر مصر العربية")
