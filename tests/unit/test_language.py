"""Language identification: the text decides, the page's declaration is a hint (texts written for the tests)."""

from __future__ import annotations

import pytest

from crawler.cleaning.language import choose_language, identify

TEXTS = {
    "en": "The harbour authority said on Tuesday that the northern quay would close for repairs until spring.",
    "ar": "قالت هيئة الميناء يوم الثلاثاء إن الرصيف الشمالي سيغلق للإصلاح حتى فصل الربيع المقبل.",
    "th": "การท่าเรือกล่าวเมื่อวันอังคารว่าท่าเทียบเรือด้านเหนือจะปิดเพื่อซ่อมแซมจนถึงฤดูใบไม้ผลิ",
    "tl": "Sinabi ng awtoridad ng daungan noong Martes na isasara ang hilagang pantalan para sa pagkukumpuni.",
    "fr": "L'autorité portuaire a annoncé mardi que le quai nord fermerait pour travaux jusqu'au printemps.",
    "de": "Die Hafenbehörde teilte am Dienstag mit, dass der Nordkai bis zum Frühjahr repariert wird.",
    "fa": "اداره بندر روز سه‌شنبه اعلام کرد که اسکله شمالی برای تعمیرات تا بهار بسته خواهد شد.",
    "ur": "بندرگاہ کی انتظامیہ نے منگل کو کہا کہ شمالی گھاٹ بہار تک مرمت کے لیے بند رہے گا۔",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_text_decides_over_a_template_default(code: str) -> None:
    assert choose_language(TEXTS[code], declared="en" if code != "en" else "ar") == code


def test_declaration_breaks_a_close_call_and_fills_in_for_too_little_text() -> None:
    norwegian = "Havnevesenet sa tirsdag at nordkaia blir stengt for reparasjoner fram til våren."
    assert choose_language(norwegian, declared="no") == "no"
    assert choose_language("OK 12", declared="fr") == "fr"
    assert choose_language("", declared=None, fallback="ar") == "ar"
    assert identify("12345") == []
