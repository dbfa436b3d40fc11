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


# Latin-script text written for these tests: accented letters are letters, never evidence of a wrong codec.
LATIN = {
    "fr": "L'été dernier, les élèves réunis à Orléans ont découvert où naît la Loire ; ça a été très émouvant.",
    "de": "Der Pegel der Elbe steigt über sechs Meter; die Bürger in Dresden schützen ihre Häuser mit Säcken.",
    "sv": "Forstærket håb: Skogsbolaget säger att höstens avverkning får vänta på nästa års väderlek i Norrland.",
    "es": "El niño pidió más información sobre la reunión del año pasado en Córdoba y la canción de España.",
}


@pytest.mark.parametrize("lang", sorted(LATIN))
@pytest.mark.parametrize(
    ("head", "content_type"),
    [('<meta charset="utf-8">', None), ("", "text/html; charset=UTF-8"), ("", None)],
)
def test_accented_latin_utf8_is_never_turned_into_arabic(
    lang: str, head: str, content_type: str | None
) -> None:
    body = f"<html><head>{head}</head><body>" + f"<p>{LATIN[lang]}</p>" * 20 + "</body></html>"
    text, used = decode_html(body.encode("utf-8"), content_type)
    assert LATIN[lang] in text
    assert used == "utf-8"


def test_legacy_declaration_on_a_page_resaved_as_utf8() -> None:
    # The page says windows-1252, but its bytes are valid multi-byte UTF-8: reading them as cp1252 gives "Ã©".
    body = f'<meta charset="windows-1252"><p>{LATIN["fr"]}</p>'.encode()
    text, used = decode_html(body)
    assert LATIN["fr"] in text and used == "utf-8"


def test_declared_utf8_with_one_stray_bad_byte_stays_utf8() -> None:
    body = f'<meta charset="utf-8"><p>{LATIN["de"]}</p><p>caf\xe9</p>'.encode().replace(
        b"caf\xc3\xa9", b"caf\xe9"
    )
    text, used = decode_html(body)
    assert LATIN["de"] in text and used == "utf-8"
    assert text.count("\ufffd") == 1


def test_http_header_wins_over_meta() -> None:
    body = f'<meta charset="windows-1252"><p>{LATIN["de"]}</p>'.encode("iso8859-15")
    text, used = decode_html(body, "text/html; charset=ISO-8859-15")
    assert LATIN["de"] in text and used == "iso8859-15"


def test_declaration_after_the_prescan_window_is_a_detection_hint() -> None:
    padding = "<!-- " + "x" * 1200 + " -->"
    cyrillic = "Президент заявил, что переговоры продолжатся на следующей неделе в столице страны."
    body = f'{padding}<meta charset="windows-1251"><p>{cyrillic}</p>'.encode("cp1251")
    text, used = decode_html(body)
    assert cyrillic in text and used == "cp1251"


def test_undeclared_legacy_page_is_detected() -> None:
    cyrillic = "Президент заявил, что переговоры продолжатся на следующей неделе в столице страны. " * 5
    text, _ = decode_html(f"<html><body><p>{cyrillic}</p></body></html>".encode("cp1251"))
    assert cyrillic in text


def test_arabic_cp1256_declared_latin1_in_meta_is_corrected() -> None:
    text, used = decode_html(page('<meta charset="iso-8859-1">').encode("cp1256"))
    assert ARABIC in text and used == "cp1256"
