"""Resolution: one answer per article from the evidence, with the three roles kept apart."""

from __future__ import annotations

from crawler.attribution.resolve import attribute
from crawler.items import Extracted
from crawler.outlets import OutletRegistry

REGISTRY = OutletRegistry.load_default()
FILLER = "وأضاف المتحدث أن العمل يسير وفق الخطة الموضوعة منذ بداية العام."


def extracted(
    body: list[str] | None = None, url: str = "https://www.mogaznews.com/World-News/1/x", **kw
) -> Extracted:  # type: ignore[no-untyped-def]
    return Extracted(url=url, is_article=True, body="\n\n".join(body or [FILLER, FILLER, FILLER]), **kw)


def test_no_credit_on_an_aggregator_is_unknown() -> None:
    result = attribute(
        extracted(meta={"og:site_name": "موجز نيوز", "publisher": "موجز نيوز"}),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert (result.outlet, result.method, result.confidence, result.original_url) == (None, "none", 0.0, None)


def test_only_aggregator_evidence_is_unknown() -> None:
    result = attribute(
        extracted(credit_lines=["جميع الحقوق محفوظة لموقع أخبارك © 2024", "المصدر: مصرس"]),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert result.outlet is None and result.evidence == []


def test_chain_aggregator_outlet_agency() -> None:
    result = attribute(
        extracted(
            body=["القاهرة - أ ش أ: أعلنت الوزارة اليوم خطة جديدة.", FILLER, FILLER],
            credit_lines=["جميع الحقوق محفوظة لمصدر الخبر مصر العربية وتحت مسؤليتة"],
        ),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert (result.outlet, result.domain, result.agency) == (
        "مصر العربية",
        "masralarabia.com",
        "وكالة أنباء الشرق الأوسط",
    )
    assert result.method == "credit_footer" and result.verified and result.confidence > 0.9


def test_wire_alone_is_the_origin() -> None:
    result = attribute(
        extracted(
            body=["LONDON (Reuters) - Lawmakers voted on Tuesday.", "More."], url="https://news.yahoo.com/a"
        ),
        "news.yahoo.com",
        None,
        REGISTRY,
    )
    assert (result.outlet, result.agency, result.method) == ("Reuters", None, "dateline")


def test_unknown_credited_name_is_unverified_not_guessed() -> None:
    result = attribute(
        extracted(credit_lines=["المصدر: صوت الوادي الجديد"]), "www.mogaznews.com", None, REGISTRY
    )
    assert (result.outlet, result.verified, result.domain) == ("صوت الوادي الجديد", False, None)


def test_unknown_name_adopts_the_host_its_credit_links_to() -> None:
    result = attribute(
        extracted(
            credit_lines=["المصدر: صوت الوادي الجديد"],
            source_links=[("https://sawt-alwadi.example/n/77", "صوت الوادي الجديد", "credit")],
        ),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert (result.outlet, result.domain, result.original_url, result.verified) == (
        "صوت الوادي الجديد", "sawt-alwadi.example", "https://sawt-alwadi.example/n/77", False
    )  # fmt: skip


def test_original_url_from_the_winning_outlet() -> None:
    result = attribute(
        extracted(
            credit_lines=["المصدر: اليوم السابع"],
            source_links=[("https://www.youm7.com/story/2024/1/1/x/6012345", "اليوم السابع", "credit")],
            canonical_url="https://www.mogaznews.com/World-News/1/x",
        ),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert result.outlet == "اليوم السابع"
    assert result.original_url == "https://www.youm7.com/story/2024/1/1/x/6012345"


def test_own_site_wins_and_keeps_the_credited_agency() -> None:
    result = attribute(
        extracted(
            body=["القاهرة - أ ش أ: أعلنت الوزارة اليوم خطة جديدة.", FILLER],
            url="https://www.youm7.com/story/2024/1/1/x/1",
            canonical_url="https://www.youm7.com/story/2024/1/1/x/1",
        ),
        "www.youm7.com",
        None,
        REGISTRY,
    )
    assert (result.outlet, result.method, result.confidence) == ("اليوم السابع", "own_site", 1.0)
    assert result.original_url == "https://www.youm7.com/story/2024/1/1/x/1"
    assert result.agency == "وكالة أنباء الشرق الأوسط"


def test_competing_credits_lower_the_confidence() -> None:
    single = attribute(extracted(credit_lines=["المصدر: الأهرام"]), "www.mogaznews.com", None, REGISTRY)
    both = attribute(
        extracted(credit_lines=["المصدر: الأهرام"], meta={"og:site_name": "فيتو"}),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert single.outlet == both.outlet == "الأهرام"
    assert both.confidence < single.confidence


def test_ress_slug_with_site_profile_replay_host() -> None:
    result = attribute(extracted(url="http://masress.test/shorouk/1550316"), "masress.test", None, REGISTRY)
    assert (result.outlet, result.method) == ("الشروق", "url_slug")


def test_as_dict_is_json_ready() -> None:
    result = attribute(extracted(credit_lines=["Source: Reuters"]), "news.yahoo.com", None, REGISTRY)
    data = result.as_dict()
    assert data["method"] == "source_line" and data["evidence"][0]["outlet"] == "Reuters"


def test_wire_named_as_source_beside_an_outlet_is_the_agency() -> None:
    own = attribute(
        extracted(credit_lines=["المصدر: أ ش أ"], url="https://gate.ahram.org.eg/News/1.aspx"),
        "gate.ahram.org.eg",
        None,
        REGISTRY,
    )
    assert (own.outlet, own.agency) == ("الأهرام", "وكالة أنباء الشرق الأوسط")
    copy = attribute(
        extracted(credit_lines=["المصدر: واس", "جميع الحقوق محفوظة لمصدر الخبر عكاظ"]),
        "www.mogaznews.com",
        None,
        REGISTRY,
    )
    assert (copy.outlet, copy.agency) == ("عكاظ", "وكالة الأنباء السعودية")
