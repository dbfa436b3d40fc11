"""normalize_text, clean_paragraphs, join_paragraphs, Caseless."""

from __future__ import annotations

import re
import unicodedata

import pytest

from crawler.cleaning.text import Caseless, clean_paragraphs, join_paragraphs, normalize_text


def test_nbsp_and_other_spaces_become_one_space() -> None:
    assert normalize_text("القاهرة\u00a0\u00a0-\u2009الأحد\u202fصباحا") == "القاهرة - الأحد صباحا"


def test_zero_width_and_bidi_controls_are_removed() -> None:
    text = "\u200fقال\u200c الوزير\u202b (AFP)\u202c\ufeff \u2066نعم\u2069"
    assert normalize_text(text) == "قال الوزير (AFP) نعم"


def test_tatweel_is_removed() -> None:
    assert normalize_text("عاجـــــل: الرئيـــس") == "عاجل: الرئيس"


def test_nfc_composes_combining_marks() -> None:
    decomposed = "Cafe\u0301 \u0622"  # "é" as e + accent; Arabic alef madda is already composed
    out = normalize_text(decomposed)
    assert out == unicodedata.normalize("NFC", decomposed)
    assert "\u00e9" in out


def test_lines_are_trimmed_and_kept() -> None:
    assert normalize_text("  سطر أول \n\t سطر ثان  ") == "سطر أول\nسطر ثان"


def test_clean_paragraphs_drops_empty_and_nbsp_only() -> None:
    paragraphs = [" أعلن الكرملين في بيان .", "\u00a0", "", " \u200b ", "وأضاف البيان"]
    assert clean_paragraphs(paragraphs) == ["أعلن الكرملين في بيان .", "وأضاف البيان"]


def test_join_paragraphs_uses_one_blank_line() -> None:
    assert join_paragraphs(["الأول", "الثاني"]) == "الأول\n\nالثاني"
    assert join_paragraphs([]) == ""


def test_caseless_matches_as_ignorecase_does() -> None:
    pattern = r"(?<![a-z])cmp(?![a-z])|side-?bar|\bfoot\b"
    caseless, reference = Caseless(pattern), re.compile(pattern, re.IGNORECASE)
    samples = ["CMP-box", "qc-Cmp", "xcmp", "SideBar left", "site-FOOT", "Footer", "ſide-bar", "K-cmp", ""]
    for text in samples:
        assert caseless.search(text) == (reference.search(text) is not None), text


def test_caseless_refuses_an_uppercase_pattern() -> None:
    with pytest.raises(ValueError):
        Caseless(r"Sidebar")
    Caseless(r"\S+\W\d")  # escapes are not letters to fold
