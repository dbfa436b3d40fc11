"""The outlet registry: data, loader, name normalisation, lookups."""

from __future__ import annotations

import pytest

from crawler.attribution.normalize import normalize_name
from crawler.outlets import OutletRecord, OutletRegistry


@pytest.fixture(scope="module")
def registry() -> OutletRegistry:
    return OutletRegistry.load_default()


def test_registry_has_enough_real_outlets_of_every_kind(registry: OutletRegistry) -> None:
    kinds = [r.kind for r in registry.records]
    assert len(registry.records) >= 150
    assert kinds.count("wire") >= 20 and kinds.count("aggregator") >= 6
    for record in registry.records:
        assert record.kind in ("outlet", "wire", "aggregator")
        assert record.country is None or len(record.country) == 2
        assert all("." in d and "/" not in d and not d.startswith("www.") for d in record.domains)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("مصرس", "aggregator"), ("سعورس", "aggregator"), ("مغرس", "aggregator"), ("موجز نيوز", "aggregator"),
     ("أخبارك", "aggregator"), ("نبض", "aggregator"), ("وكالة أنباء الشرق الأوسط", "wire"),
     ("وكالة الأنباء السعودية", "wire"), ("Reuters", "wire"), ("مصر العربية", "outlet")],
)  # fmt: skip
def test_required_records(registry: OutletRegistry, name: str, kind: str) -> None:
    record = registry.get(name)
    assert record is not None and record.kind == kind


@pytest.mark.parametrize(
    ("slug", "outlet"),
    [("elakhbar", "الأخبار"), ("ahram", "الأهرام"), ("shorouk", "الشروق"), ("alwafd", "الوفد"),
     ("ahramarabi", "الأهرام العربي"), ("akhbarelyomgate", "أخبار اليوم"), ("almessa", "المساء"),
     ("youm7", "اليوم السابع"), ("masralarabia", "مصر العربية")],
)  # fmt: skip
def test_masress_slugs(registry: OutletRegistry, slug: str, outlet: str) -> None:
    record = registry.by_slug(slug, "www.masress.com")
    assert record is not None and record.name == outlet


def test_aggregator_qualified_slugs_win_on_their_aggregator(registry: OutletRegistry) -> None:
    assert registry.by_slug("alwatan", "sauress.com").name == "الوطن السعودية"  # type: ignore[union-attr]
    assert registry.by_slug("alriyadh", "https://sauress.com/").name == "الرياض"  # type: ignore[union-attr]
    assert registry.by_slug("alrakoba", "www.sudaress.com").name == "الراكوبة"  # type: ignore[union-attr]
    assert registry.by_slug("alwatan", "masress.com") is None
    assert registry.by_slug("no-such-slug", "masress.com") is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("أ ش أ", "وكالة أنباء الشرق الأوسط"),
        ("أ.ش.أ", "وكالة أنباء الشرق الأوسط"),
        ("(أ ش أ)", "وكالة أنباء الشرق الأوسط"),
        ("MENA", "وكالة أنباء الشرق الأوسط"),
        ("واس", "وكالة الأنباء السعودية"),
        ("SPA", "وكالة الأنباء السعودية"),
        ("رويترز", "Reuters"),
        ("وكالة رويترز", "Reuters"),
        ("ا ف ب", "AFP"),
        ("أ ف ب", "AFP"),
        ("A.F.P.", "AFP"),
        ("فرانس برس", "AFP"),
        ("مصر العربيه", "مصر العربية"),
        ("موقع مصر العربية", "مصر العربية"),
        ("Masr Alarabia", "مصر العربية"),
        ("masralarabia.com", "مصر العربية"),
        ("جريدة الاهرام", "الأهرام"),
        ("بوابة الأهرام", "الأهرام"),
        ("اليوم السابع", "اليوم السابع"),
        ("اليَوْمُ السّابِع", "اليوم السابع"),
        ("الـيوم الـسابع", "اليوم السابع"),
        ("دايلي ميل", "Daily Mail"),
        ("موقع دايلي ميل", "Daily Mail"),
        ("the guardian", "The Guardian"),
        ("الجارديان", "The Guardian"),
        ("وكالة الأنباء الكويتية", "وكالة الأنباء الكويتية"),
        ("الأنباء الكويتية", "الأنباء الكويتية"),
    ],
)
def test_match_name_folds_spelling_variants(registry: OutletRegistry, text: str, outlet: str) -> None:
    record = registry.match_name(text)
    assert record is not None and record.name == outlet


@pytest.mark.parametrize(
    "text", ["مصر", "العربية الجديدة للأخبار", "Daily", "Reuter News Service", "اليوم السابعة", "", "وكالات"]
)
def test_match_name_never_matches_loosely(registry: OutletRegistry, text: str) -> None:
    assert registry.match_name(text) is None


def test_local_names_resolve_with_the_site_country(registry: OutletRegistry) -> None:
    assert registry.match_name("الوطن").name == "الوطن"  # type: ignore[union-attr]
    assert registry.match_name("الوطن", "SA").name == "الوطن السعودية"  # type: ignore[union-attr]
    assert registry.match_name("الشروق", "DZ").name == "الشروق الجزائرية"  # type: ignore[union-attr]
    assert registry.match_name("الشروق", "EG").name == "الشروق"  # type: ignore[union-attr]


def test_by_domain_folds_subdomains_to_the_registered_domain(registry: OutletRegistry) -> None:
    assert registry.by_domain("www.masralarabia.com").name == "مصر العربية"  # type: ignore[union-attr]
    assert registry.by_domain("gate.ahram.org.eg").name == "الأهرام"  # type: ignore[union-attr]
    assert registry.by_domain("arabi.ahram.org.eg").name == "الأهرام العربي"  # type: ignore[union-attr]
    assert registry.by_domain("https://amp.youm7.com/story/1").name == "اليوم السابع"  # type: ignore[union-attr]
    assert registry.by_domain("notyoum7.com") is None
    assert registry.by_domain("com") is None


def test_aggregator_for_replay_hosts(registry: OutletRegistry) -> None:
    assert registry.aggregator_for("masress.test").name == "مصرس"  # type: ignore[union-attr]
    assert registry.aggregator_for("youm7.com") is None


def test_conflicting_names_are_refused() -> None:
    a = OutletRecord(name="الأهرام", aliases=("Ahram",), domains=("ahram.org.eg",))
    b = OutletRecord(name="Other", aliases=("الاهرام",), domains=("other.example",))
    with pytest.raises(ValueError, match="claimed by"):
        OutletRegistry.from_records([a, b])
    c = OutletRecord(name="Third", domains=("ahram.org.eg",))
    with pytest.raises(ValueError, match="domain"):
        OutletRegistry.from_records([a, c])


def test_extended_registry_adds_operator_outlets(registry: OutletRegistry) -> None:
    more = registry.extended([OutletRecord(name="أصداء الدلتا", domains=("asdaa-delta.example",))])
    assert more.match_name("اصداء الدلتا").name == "أصداء الدلتا"  # type: ignore[union-attr]
    assert registry.match_name("اصداء الدلتا") is None


def test_bad_record_data_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown keys"):
        OutletRecord.from_dict({"name": "x", "domain": "x.com"})
    with pytest.raises(ValueError, match="kind"):
        OutletRecord.from_dict({"name": "x", "kind": "blog"})
    with pytest.raises(ValueError, match="ISO2"):
        OutletRecord.from_dict({"name": "x", "country": "Egypt"})


@pytest.mark.parametrize(
    ("a", "b"),
    [("أ ش أ", "ا.ش.ا"), ("مصر العربية", "مصر العربيه"), ("الأهرام", "جريدة الاهرام"), ("AFP", "a f p"),
     ("Daily-Mail", "daily mail"), ("المصرى اليوم", "المصري اليوم"), ("مُبتدأ", "مبتدا")],
)  # fmt: skip
def test_normalize_name_equivalences(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_keeps_distinct_names_apart() -> None:
    assert normalize_name("الأهرام") != normalize_name("الأهرام العربي")
    assert normalize_name("وكالة الأنباء الكويتية") != normalize_name("الأنباء الكويتية")
    assert normalize_name("الجريدة") == "جريده"  # a prefix word alone is a name, not a prefix
