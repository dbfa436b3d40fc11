"""decode_html: Arabic pages in windows-1256, ISO-8859-6 and UTF-8, charset declared right, nowhere, or wrong."""

from __future__ import annotations

import pytest

from crawler.cleaning.encoding import decode_html

# Text written for these tests (not copied from any site).
ARABIC = (
    "قال وزير الخارجية المصري إن المحادثات مع الجانب الإثيوبي ستستأنف الأسبوع المقبل في العاصمة "
    "السودانية الخرطوم، وأضاف أن القاهرة متمسكة بالحل التفاوضي."
)


def page(head: str = "") -> str:
    return f"<html><head>{head}<title>خبر عاجل</title></head><body><p>{ARABIC}</p></body></html>"


META_1256 = '<meta charset="windows-1256">'
HTTP_EQUIV_1256 = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
META_8859_6 = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'


@pytest.mark.parametrize(
    ("codec", "head", "content_type", "expected"),
    [
        # charset in the HTTP header
        ("cp1256", "", "text/html; charset=windows-1256", "cp1256"),
        ("iso8859-6", "", "text/html; charset=ISO-8859-6", "iso8859-6"),
        ("utf-8", "", "text/html; charset=utf-8", "utf-8"),
        # only in <meta charset> / <meta http-equiv>
        ("cp1256", META_1256, "text/html", "cp1256"),
        ("cp1256", HTTP_EQUIV_1256, None, "cp1256"),
        ("iso8859-6", META_8859_6, None, "iso8859-6"),
        # in neither
        ("cp1256", "", None, "cp1256"),
        ("iso8859-6", "", "text/html", "iso8859-6"),
        ("utf-8", "", None, "utf-8"),
        # wrong in the header
        ("cp1256", "", "text/html; charset=iso-8859-1", "cp1256"),
        ("cp1256", "", "text/html; charset=utf-8", "cp1256"),
        ("iso8859-6", "", "text/html; charset=iso-8859-1", "iso8859-6"),
        ("iso8859-6", "", "text/html; charset=windows-1256", "iso8859-6"),
        ("utf-8", "", "text/html; charset=windows-1256", "utf-8"),
        ("utf-8", "", "text/html; charset=iso-8859-1", "utf-8"),
        # wrong in the <meta>, nothing in the header
        ("cp1256", '<meta charset="utf-8">', None, "cp1256"),
    ],
)
def test_arabic_decodes_correctly(codec: str, head: str, content_type: str | None, expected: str) -> None:
    text, used = decode_html(page(head).encode(codec), content_type)
    assert ARABIC in text
    assert "خبر عاجل" in text
    assert used == expected


def test_declared_cyrillic_page_is_not_turned_into_arabic() -> None:
    body = "<p>Президент заявил, что переговоры продолжатся на следующей неделе в столице.</p>".encode(
        "cp1251"
    )
    text, used = decode_html(body, "text/html; charset=windows-1251")
    assert "Президент заявил" in text
    assert used == "cp1251"


def test_declared_latin1_french_page_is_left_alone() -> None:
    french = "Le président a déclaré que l'été serait chaud à Orléans, où les élèves étaient réunis."
    text, _ = decode_html(f"<p>{french}</p>".encode("latin-1"), "text/html; charset=iso-8859-1")
    assert french in text


def test_utf8_bom_is_stripped() -> None:
    text, used = decode_html(b"\xef\xbb\xbf" + page().encode("utf-8"), None)
    assert text.startswith("<html>")
    assert used == "utf-8"
