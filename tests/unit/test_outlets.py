"""The outlet registry: data, loader, name normalisation, lookups."""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.outlets import OutletRecord, OutletRegistry
from crawler.outlets.normalize import normalize_name


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


# -- the registry as data ------------------------------------------------------------------------------

# Words that run through ordinary text (English, Arabic, and a few of the crawled languages). As a global
# name one of them would turn "Source: Today's figures..." or "نشر في اليوم التالي" into an attribution;
# outlets named so carry them as local aliases (resolved only on sites of their own country).
COMMON_WORDS = (
    "today", "express", "metro", "news", "daily", "post", "star", "standard", "herald", "tribune", "journal",
    "citizen", "nation", "world", "press", "report", "online", "media", "live", "info", "sport", "sports",
    "business", "politics", "local", "breaking", "latest", "insider", "week", "observer", "record", "chronicle",
    "courier", "gazette", "mail", "focus", "source", "people", "fortune", "reason", "vice", "salon", "slate",
    "variety", "province", "conversation", "wire", "age", "australian", "hindu", "stuff", "nine", "dawn",
    "mint", "air", "app", "map", "tap", "mirror", "list", "balance", "republic", "monitor", "fox",
    "اليوم", "الخبر", "عاجل", "العالم", "المشهد", "المملكة", "الشرقية", "العراقية", "الرياضية", "المصور",
    "الصحراء", "الحوار", "المجاهد", "المرصد", "الإخبارية", "الأقصى", "تواصل", "الوسط", "المنصة",
    "actu", "regards", "noticias", "semana", "hoy", "welt", "zeit", "blick", "kurier", "presse",
)  # fmt: skip


def test_registry_covers_the_world(registry: OutletRegistry) -> None:
    records = registry.records
    assert len(records) >= 900
    kinds = [r.kind for r in records]
    assert kinds.count("wire") >= 100 and kinds.count("aggregator") >= 30
    countries = {r.country for r in records if r.country}
    assert len(countries) >= 60
    arab_league = {"EG", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "JO", "LB", "SY", "PS", "IQ", "MA", "DZ",
                   "TN", "LY", "SD", "MR", "SO", "DJ", "KM"}  # fmt: skip
    assert arab_league <= countries
    for country in arab_league:  # each member's national agency is known
        assert any(r.kind == "wire" and r.country == country for r in records), country


# Print titles that aggregators name by slug but that have no site of their own: الأخبار is on its
# publisher's akhbarelyom.com (أخبار اليوم), الندوة closed in 2013 (مكة succeeded it).
SITELESS = {"الأخبار", "الندوة"}


def test_every_record_has_a_domain(registry: OutletRegistry) -> None:
    siteless = {r.name for r in registry.records if not r.domains}
    assert siteless == SITELESS
    assert all(registry.get(name).slugs for name in siteless)  # type: ignore[union-attr]


def test_no_global_name_is_a_common_word(registry: OutletRegistry) -> None:
    common = {normalize_name(w) for w in COMMON_WORDS}
    offending = [
        (r.name, name) for r in registry.records for name in r.all_names if normalize_name(name) in common
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("text", "country", "outlet"),
    [
        ("El País", None, "El País"), ("El Pais", None, "El País"), ("El País", "UY", "El País Uruguay"),
        ("El País", "CO", "El País Cali"), ("Le Soir", None, "Le Soir"), ("Le Soir", "DZ", "Le Soir d'Algérie"),
        ("The Times", None, "The Times"), ("Metro", "GB", "Metro UK"), ("Express", "GB", "Daily Express"),
        ("Express", "DE", "Express.de"), ("اليوم", "SA", "اليوم السعودية"), ("الخبر", "DZ", "الخبر الجزائرية"),
        ("عاجل", "SA", "عاجل السعودية"), ("The Star", "CA", "Toronto Star"), ("The Star", "MY", "The Star Malaysia"),
        ("The Citizen", "ZA", "The Citizen South Africa"), ("The Citizen", "TZ", "The Citizen Tanzania"),
        ("The Guardian", "NG", "The Guardian Nigeria"), ("The Guardian", None, "The Guardian"),
        ("La Nación", None, "La Nación"), ("La Nación", "CR", "La Nación Costa Rica"),
        ("Público", "PT", "Público Portugal"), ("Público", "ES", "Público España"),
        ("Daily Star", "BD", "The Daily Star Bangladesh"), ("The Daily Star", "LB", "The Daily Star Lebanon"),
    ],
)  # fmt: skip
def test_ambiguous_names_resolve_only_at_home(
    registry: OutletRegistry, text: str, country: str | None, outlet: str
) -> None:
    record = registry.match_name(text, country)
    assert record is not None and record.name == outlet


@pytest.mark.parametrize(
    "text", ["Metro", "Express", "اليوم", "الخبر", "عاجل", "The Star", "The Citizen", "La República", "La Prensa",
             "Público", "El Comercio", "Daily News", "Today", "Focus", "Observer", "Standard", "تاب"]
)  # fmt: skip
def test_ambiguous_names_match_nothing_abroad(registry: OutletRegistry, text: str) -> None:
    assert registry.match_name(text) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("dpa", "dpa"), ("EFE", "EFE"), ("ANSA", "ANSA"), ("شينخوا", "Xinhua"), ("Xinhua", "Xinhua"), ("AA", "الأناضول"),
     ("TASS", "TASS"), ("Kyodo", "Kyodo"), ("Yonhap", "Yonhap"), ("PTI", "PTI"), ("Jiji Press", "時事通信"),
     ("ANI", "ANI"), ("Bernama", "Bernama"), ("Antara", "Antara"), ("PAP", "Polska Agencja Prasowa"),
     ("APA", "Austria Presse Agentur"), ("Lusa", "Lusa"), ("Belga", "Belga"), ("قنا", "وكالة الأنباء القطرية"),
     ("وام", "وكالة أنباء الإمارات"), ("كونا", "وكالة الأنباء الكويتية"), ("بنا", "وكالة أنباء البحرين"),
     ("سانا", "الوكالة العربية السورية للأنباء"), ("وفا", "وكالة الأنباء الفلسطينية"),
     ("ومع", "وكالة المغرب العربي للأنباء"), ("واج", "وكالة الأنباء الجزائرية"), ("وات", "وكالة تونس أفريقيا للأنباء"),
     ("SONNA", "وكالة الأنباء الصومالية")],
)  # fmt: skip
def test_wires_by_their_abbreviations(registry: OutletRegistry, text: str, outlet: str) -> None:
    record = registry.match_name(text)
    assert record is not None and record.kind == "wire" and record.name == outlet


@pytest.mark.parametrize(
    "name",
    ["Google News", "Yahoo News", "MSN", "Apple News", "NewsBreak", "SmartNews", "Ground News", "Flipboard",
     "Feedly", "Inoreader", "NewsNow", "AllAfrica", "Digg", "نبض", "أخبارك", "سعورس", "مصرس", "مغرس", "جزايرس", "سودارس"],
)  # fmt: skip
def test_aggregators(registry: OutletRegistry, name: str) -> None:
    record = registry.match_name(name)
    assert record is not None and record.kind == "aggregator"


def test_news_sites_with_aggregator_like_names_are_outlets(registry: OutletRegistry) -> None:
    for name in ("صدى البلد", "Sada El Balad", "Mynet Haber"):
        assert registry.match_name(name).kind == "outlet", name  # type: ignore[union-attr]


# -- every publisher of the evaluation corpus is known by its domain ----------------------------------

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
# Hosts in the corpus that publish no news (shops, companies, associations, personal blogs, wikis, forums,
# social networks): they have no record, and this list keeps the check below exact.
NOT_PUBLISHERS = Path(__file__).with_name("data") / "corpus_not_publishers.txt"
_PAGE_URL = re.compile(
    r"<(?:link[^>]+rel=[\"']canonical[\"'][^>]*href|meta[^>]+property=[\"']og:url[\"'][^>]*content)=[\"']"
    r"(https?://[^\"']+)",
    re.IGNORECASE,
)
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(.+)$")
_REDIRECTORS = ("feedproxy.google.com",)  # feed click-through hosts: the page names its publisher


def _page_url(html_path: Path) -> str | None:
    with gzip.open(html_path, "rt", encoding="utf-8", errors="replace") as fh:
        match = _PAGE_URL.search(fh.read())
    return html.unescape(match.group(1)) if match else None


def _publisher_host(url: str, html_path: Path | None) -> str | None:
    """The publisher's host for a corpus page: its URL's, unwrapped from archives and feed redirectors."""
    archived = _ARCHIVED.match(url)
    if archived:
        url = archived.group(1) if "://" in archived.group(1) else "http://" + archived.group(1)
    host = (urlsplit(url).hostname or "") if url.startswith(("http://", "https://")) else ""
    if (not host or host in _REDIRECTORS) and html_path is not None and html_path.exists():
        host = urlsplit(_page_url(html_path) or "").hostname or ""
    return host.removeprefix("www.") or None


def _corpus_pages() -> Iterator[tuple[str, str, Path | None]]:
    """(source, url, html file or None) for every page of the corpus with gold, and newspaper4k's URL list."""
    aeb = CORPUS / "article-extraction-benchmark"
    for key, rec in json.loads((aeb / "ground-truth.json").read_text()).items():
        yield "article-extraction-benchmark", rec["url"], aeb / "html" / f"{key}.html.gz"
    fundus = CORPUS / "fundus-parser-tests"
    for rec in json.loads((fundus / "gold_index.json").read_text()):
        yield "fundus-parser-tests", rec["url"], fundus / rec["html"]
    for folder, index in (("htmldate-mediacloud-2020", "eval_mediacloud_2020.json"),
                          ("trafilatura-eval", "evaldata_subset.json")):  # fmt: skip
        for url, rec in json.loads((CORPUS / folder / index).read_text()).items():
            yield folder, url, CORPUS / folder / "html" / f"{rec['file']}.gz"
    n4k = CORPUS / "newspaper4k-fixtures"
    for meta in sorted((n4k / "metadata").glob("*.json")):
        url = json.loads(meta.read_text()).get("url")
        if url:
            yield "newspaper4k-fixtures", url, n4k / "html" / f"{meta.stem}.html.gz"
    for name in ("test_urls.txt", "test_urls_pubdate.txt"):
        for line in (n4k / name).read_text().splitlines():
            url = line.split(None, 1)[-1].strip()
            if url.startswith(("http://", "https://")):  # the list also holds "javascript:" links
                yield "newspaper4k-fixtures", url, None


@pytest.mark.quality
def test_every_corpus_publisher_resolves_by_domain(registry: OutletRegistry) -> None:
    if not (CORPUS / "fundus-parser-tests" / "gold_index.json").exists():
        pytest.skip(f"corpus not found at {CORPUS}")
    lines = (line.split("#", 1)[0].strip() for line in NOT_PUBLISHERS.read_text().splitlines())
    not_publishers = {line for line in lines if line}
    hosts: dict[str, str] = {}
    for source, url, html_path in _corpus_pages():
        host = _publisher_host(url, html_path)
        if host:
            hosts.setdefault(host, f"{source}: {url}")
    assert len(hosts) >= 900
    unknown = sorted(f"{h} ({where})" for h, where in hosts.items()
                     if h not in not_publishers and registry.by_domain(h) is None)  # fmt: skip
    assert unknown == []
    # The exclusion list stays exact: nothing on it is a registered publisher or absent from the corpus.
    assert sorted(h for h in not_publishers if registry.by_domain(h) is not None) == []
    assert sorted(not_publishers - set(hosts)) == []


def test_the_registry_snapshot_is_rebuilt_when_a_file_changes(tmp_path, monkeypatch) -> None:
    from crawler.outlets import snapshot

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "a.toml"
    data.write_text('[[outlet]]\nname = "One"\n', encoding="utf-8")
    builds: list[int] = []

    def build() -> list[str]:
        builds.append(1)
        return [data.read_text(encoding="utf-8")]

    first = snapshot.cached("t", [data], build)
    assert snapshot.cached("t", [data], build) == first and len(builds) == 1  # read back, not rebuilt
    data.write_text('[[outlet]]\nname = "Two"\n', encoding="utf-8")
    assert snapshot.cached("t", [data], build) == [data.read_text(encoding="utf-8")] and len(builds) == 2
    assert len(list((tmp_path / "cache" / "newscrawl").glob("t-*.pickle"))) == 1  # the stale one is gone


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch) -> None:
    from crawler.outlets import snapshot

    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    data = tmp_path / "a.toml"
    data.write_text("", encoding="utf-8")
    assert snapshot.cached("t", [data], lambda: 42) == 42
