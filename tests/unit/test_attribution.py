"""Attribution end to end on small aggregator pages: real-world credit wordings and the distractors around them.

Every page goes through the production path (``process_page``: extraction, page map, signals, model,
resolution) with the aggregator's own name in its header, footer, og:site_name and JSON-LD, and a related
list naming other outlets, as real aggregators have.
"""

from __future__ import annotations

import html
import json

import pytest

from crawler.items import Attribution, Page
from crawler.outlets import OutletRegistry
from crawler.processing import Processed, process_page

REGISTRY = OutletRegistry.load_default()
AR = (
    "أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الطرق في عدد من المحافظات خلال العام المقبل.",
    "وقال المتحدث باسم الوزارة إن الأعمال ستبدأ مطلع الشهر المقبل وتستمر على مراحل متتالية.",
    "وأوضح أن الخطة تشمل إعادة رصف الطرق الرئيسية وتحسين الإنارة وتركيب لافتات إرشادية حديثة.",
    "وأشار إلى أن التحويلات المرورية ستعلن تباعا عبر القنوات الرسمية لتقليل الزحام.",
)
EN = (
    "The city council approved a new plan on Tuesday to repair several main roads over the coming months.",
    "Officials said work would begin next week and continue in stages through the end of the year.",
    "The plan includes resurfacing, new street lighting and modern signs at major junctions.",
    "Traffic diversions will be announced in advance through official channels, a spokesperson said.",
)


def page(
    paragraphs: tuple[str, ...] | list[str] = AR,
    *,
    head: str = "",
    tail: str = "",
    side: str = "",
    meta: str = "",
    ld: dict[str, object] | None = None,
    url: str = "https://www.akhbar-now.example/news/123456",
    site_name: str = "أخبار الآن نيوز",
    lang: str = "ar",
) -> Processed:
    host = url.split("/")[2]
    related = "".join(
        f'<li><a href="https://{host}/news/{i}">عنوان خبر آخر رقم {i} عن الاقتصاد والأسواق</a> <span>{o}</span></li>'
        for i, o in enumerate(("الأهرام", "الشروق", "Reuters", "فيتو"))
    )
    data = {
        "@type": "NewsArticle",
        "headline": "خطة جديدة لتطوير الطرق",
        "publisher": {"@type": "Organization", "name": site_name},
    }
    data.update(ld or {})
    doc = f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>خطة جديدة | {site_name}</title>
<meta property="og:site_name" content="{html.escape(site_name)}">{meta}
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>
<header><a href="/"><img src="/logo.png" alt="{html.escape(site_name)}"></a><nav><a href="/a">سياسة</a><a href="/b">اقتصاد</a></nav></header>
<main><article><h1>خطة جديدة لتطوير الطرق في المحافظات</h1>{head}
<div class="content">{"".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)}</div>{tail}</article>
<aside>{side}<h3>أخبار ذات صلة</h3><ul>{related}</ul></aside></main>
<footer><p>جميع الحقوق محفوظة © 2026 {html.escape(site_name)}</p></footer></body></html>"""
    return process_page(Page(url=url, html=doc, site=host.removeprefix("www.")), None, REGISTRY)


def outlet(result: Processed) -> str | None:
    assert result.attribution is not None
    return result.attribution.outlet


def att(result: Processed) -> Attribution:
    assert result.attribution is not None
    return result.attribution


# -- Arabic credit wordings, wherever the page puts them -------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name"),
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
        ("لا مانع من الإقتباس وإعادة النشر شريط ذكر المصدر ( المدينة نيوز )", "المدينة نيوز"),
        ("هذا الخبر منقول من اليوم السابع ولا يعبر عن رأي الموقع", "اليوم السابع"),
        ("إخلاء مسؤولية: هذا المحتوى مأخوذ عن الشروق والموقع غير مسؤول عن صحته", "الشروق"),
    ],
)
@pytest.mark.parametrize("where", ["tail", "head", "last_paragraph"])
def test_arabic_credit_lines(line: str, name: str, where: str) -> None:
    if where == "last_paragraph":
        result = page([*AR, line])
    else:
        result = page(**{where: f'<div class="info">{html.escape(line)}</div>'})
    assert outlet(result) == name
    assert line not in result.extracted.body  # the credit is not the article


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Source: Reuters", "Reuters"),
        ("Sources: Al Jazeera", "Al Jazeera English"),
        ("This article was originally published on The Guardian.", "The Guardian"),
        ("Originally published by The New York Times.", "The New York Times"),
        ("This article first appeared in Middle East Eye.", "Middle East Eye"),
        ("Republished with permission from Foreign Policy.", "Foreign Policy"),
        (
            "This article is republished from The Conversation under a Creative Commons license.",
            "The Conversation",
        ),
        ("Story from The Guardian, republished with permission.", "The Guardian"),
        ("This content was produced by Al-Monitor. We are not responsible for its accuracy.", "Al-Monitor"),
        ("Source : Le Monde", "Le Monde"),
        ("Cet article est paru dans Le Figaro.", "Le Figaro"),
        ("Fuente: El País", "El País"),
        ("Dieser Text ist zuerst im Spiegel erschienen.", "Der Spiegel"),
    ],
)
def test_other_languages_credit_lines(line: str, name: str) -> None:
    result = page(
        EN,
        tail=f"<p><i>{html.escape(line)}</i></p>",
        url="https://news.portal.example/a/1",
        site_name="Portal News",
        lang="en",
    )
    got = att(result)
    assert got.outlet == name or got.outlet in REGISTRY.match_name(name).all_names  # type: ignore[union-attr]


# -- credits that are not text --------------------------------------------------------------------------
def test_logo_linking_to_the_outlets_home_page_with_no_visible_name() -> None:
    head = '<div class="meta"><a href="https://www.youm7.com/"><img src="https://www.youm7.com/logo.png" alt=""></a> منذ ساعة</div>'
    assert outlet(page(head=head)) == "اليوم السابع"


def test_sidebar_source_widget() -> None:
    side = '<div class="box"><h4>عن المصدر</h4><a href="https://www.shorouknews.com/"><img src="/s.png" alt="">الشروق</a></div>'
    assert outlet(page(side=side)) == "الشروق"


def test_via_meta_line_and_badge() -> None:
    assert (
        outlet(page(head='<p class="byline">Jane Doe · via The Guardian · 3 min read</p>')) == "The Guardian"
    )
    assert (
        outlet(page(head='<span class="src-badge">الأهرام</span><time>2026/10/13 19:03</time>')) == "الأهرام"
    )


def test_markup_only_credits() -> None:
    r = page(ld={"isBasedOn": "https://www.youm7.com/story/2026/10/1/x/6012345"})
    assert (outlet(r), att(r).original_url) == (
        "اليوم السابع",
        "https://www.youm7.com/story/2026/10/1/x/6012345",
    )
    r = page(meta='<link rel="canonical" href="https://www.masralarabia.com/news/123456">')
    assert (outlet(r), att(r).original_url) == ("مصر العربية", "https://www.masralarabia.com/news/123456")
    r = page(
        meta='<meta name="syndication-source" content="https://www.shorouknews.com/news/view.aspx?cdate=1&id=99">'
    )
    assert outlet(r) == "الشروق"
    assert outlet(page(ld={"sourceOrganization": {"@type": "Organization", "name": "Reuters"}})) == "Reuters"


def test_read_the_original_link_gives_the_original_url() -> None:
    tail = '<p><a href="https://www.youm7.com/story/2026/1/1/x/6012345">اقرأ الخبر من المصدر</a></p>'
    r = page(tail=tail)
    assert (outlet(r), att(r).original_url) == (
        "اليوم السابع",
        "https://www.youm7.com/story/2026/1/1/x/6012345",
    )


def test_ress_url_slug() -> None:
    r = page(url="https://www.masress.com/shorouk/1550316")
    assert (outlet(r), att(r).method) == ("الشروق", "url_slug")
    # The outlet's own domain name as the slug, on an aggregator the registry has no slug list for.
    assert outlet(page(url="https://www.khalijress.example/alwafd/405393")) == "الوفد"


# -- unregistered outlets -------------------------------------------------------------------------------
def test_unknown_credited_name_is_unverified_not_guessed() -> None:
    r = att(page(tail="<p>المصدر: صوت الوادي الجديد</p>"))
    assert (r.outlet, r.verified, r.domain) == ("صوت الوادي الجديد", False, None)


def test_unknown_name_adopts_the_host_its_credit_links_to() -> None:
    r = att(page(tail='<p>المصدر: <a href="https://sawt-alwadi.example/n/77">صوت الوادي الجديد</a></p>'))
    assert (r.outlet, r.domain, r.original_url, r.verified) == (
        "صوت الوادي الجديد", "sawt-alwadi.example", "https://sawt-alwadi.example/n/77", False
    )  # fmt: skip


# -- distractors ------------------------------------------------------------------------------------------
def test_uncredited_copy_is_unknown_whatever_else_the_page_names() -> None:
    r = att(page())  # related list naming الأهرام/الشروق/Reuters/فيتو, own name everywhere
    assert (r.outlet, r.method) == (None, "none")


@pytest.mark.parametrize(
    "extra",
    [
        "وكشفت دراسة حديثة، وفق ما نقل موقع دايلي ميل، أن النوم المبكر يحسن الذاكرة لدى الأطفال والبالغين.",
        "وقال شهود نقلا عن سكان المنطقة إن الطريق أغلق لساعات بسبب الأمطار الغزيرة التي هطلت أمس.",
        "وكانت صحيفة الأهرام قد أشارت في تقرير سابق إلى أن الملف مطروح على طاولة النقاش منذ شهور طويلة.",
    ],
)
def test_a_body_quoting_another_outlet_is_not_a_credit(extra: str) -> None:
    assert outlet(page([AR[0], AR[1], extra, AR[2], AR[3]])) is None


def test_photo_caption_credits_the_picture_not_the_story() -> None:
    head = '<figure><img src="/x.jpg"><figcaption>صورة أرشيفية - رويترز</figcaption></figure>'
    r = page(head=head)
    assert outlet(r) is None and "رويترز" not in r.extracted.body


def test_generic_credits_and_the_aggregators_own_footer_name_nobody() -> None:
    for line in ("المصدر: وكالات", "المصدر: متابعات", "جميع الحقوق محفوظة لموقع أخبار الآن نيوز © 2024"):
        assert outlet(page(tail=f"<p>{line}</p>")) is None, line


def test_next_story_line_naming_another_outlet_is_not_read() -> None:
    line = "التالى #فيتو - #اخبار العالم - الجهاد الإسلامي: فتح تتهرب من أخطائها"
    assert outlet(page(tail=f'<p><a href="/n/9">{line}</a></p>')) is None


def test_an_ordinary_word_that_is_also_an_outlet_is_not_a_credit() -> None:
    text = (
        "تم نشر هذا الخبر على نطاق واسع، وقالت هيئة التحرير إن أهم الأخبار ستنشر تباعا يوم الثلاثاء 14 تشرين الثاني.",
    )
    assert outlet(page([*AR, *text])) is None


# -- roles: aggregator -> outlet -> agency ----------------------------------------------------------------
def test_chain_aggregator_outlet_agency() -> None:
    r = att(page(["القاهرة - أ ش أ: أعلنت الوزارة اليوم خطة جديدة لتطوير الطرق في المحافظات.", *AR[1:]],
                 tail="<p>جميع الحقوق محفوظة لمصدر الخبر مصر العربية وتحت مسؤليتة</p>"))  # fmt: skip
    assert (r.outlet, r.domain, r.agency, r.verified) == (
        "مصر العربية",
        "masralarabia.com",
        "وكالة أنباء الشرق الأوسط",
        True,
    )
    assert r.confidence > 0.8


def test_a_wire_alone_is_the_origin() -> None:
    r = att(page(["LONDON (Reuters) - Lawmakers voted on Tuesday to approve the new road plan.", *EN[1:]],
                 url="https://news.portal.example/a/1", site_name="Portal News", lang="en"))  # fmt: skip
    assert (r.outlet, r.agency, r.method) == ("Reuters", None, "dateline")


def test_wire_named_as_source_beside_an_outlet_is_the_agency() -> None:
    r = att(page(tail="<p>المصدر: واس</p><p>جميع الحقوق محفوظة لمصدر الخبر عكاظ</p>"))
    assert (r.outlet, r.agency) == ("عكاظ", "وكالة الأنباء السعودية")


def test_own_site_wins_and_keeps_the_credited_agency() -> None:
    r = att(page(["القاهرة - أ ش أ: أعلنت الوزارة اليوم خطة جديدة لتطوير الطرق في المحافظات.", *AR[1:]],
                 url="https://www.youm7.com/story/2024/1/1/x/1", site_name="اليوم السابع"))  # fmt: skip
    assert (r.outlet, r.method, r.confidence, r.agency) == (
        "اليوم السابع",
        "own_site",
        1.0,
        "وكالة أنباء الشرق الأوسط",
    )


def test_competing_credits_lower_the_confidence() -> None:
    single = att(page(tail="<p>المصدر: الأهرام</p>"))
    both = att(page(tail="<p>المصدر: الأهرام</p><p>نقلا عن فيتو</p>"))
    assert single.outlet == both.outlet == "الأهرام"
    assert both.confidence < single.confidence


def test_evidence_shows_every_clue_with_its_features_and_score() -> None:
    r = att(page(tail="<p>المصدر: الأهرام</p>"))
    data = json.loads(json.dumps(r.as_dict(), ensure_ascii=False))
    best = data["evidence"][0]
    assert best["outlet"] == "الأهرام" and best["features"]["cue_adjacent"] == 1.0 and best["weight"] >= 0.9
    related = [e for e in data["evidence"] if e["outlet"] == "فيتو"]
    assert related and all(e["weight"] < 0.1 and e["features"].get("list_heading") for e in related)


# -- the site's own notes, dates and forms around the credit ---------------------------------------------
def test_a_cue_value_that_is_the_sites_name_plus_a_word_names_the_site() -> None:
    r = att(page(EN, head="<p>Content provided by Akhbar Now News editorial desk</p>", lang="en",
                 site_name="Akhbar Now News", tail="<p>Source: Reuters</p>"))  # fmt: skip
    assert r.outlet == "Reuters"


def test_site_notes_after_the_credit_keep_it_at_the_edge_and_leave_the_body() -> None:
    notes = (
        "Read the original story on BBC News.",
        "More pictures: https://www.akhbar-now.example/gallery/991",
        "Press office: desk@akhbar-now.example",
        "Akhbar Now is not responsible for the content of external sites.",
    )
    r = page(EN + notes, lang="en", site_name="Akhbar Now")
    assert outlet(r) == "BBC"
    assert r.article is not None and EN[-1] in r.article.body
    assert not any(note in r.article.body for note in notes)


def test_a_responsibility_word_in_the_story_is_not_a_disclaimer() -> None:
    last = "وقال الوزير إن الحكومة تتحمل جزءا من الكلفة لتخفيف أثرها على المواطنين."
    r = page((*AR, last))
    assert r.article is not None and last in r.article.body


def test_a_weekday_after_a_published_cue_is_a_date_not_an_outlet() -> None:
    assert outlet(page(head="<p>نشر في الثلاثاء 13 أكتوبر 2026 - 10:20</p>")) is None


def test_a_negated_cue_credits_nobody() -> None:
    form = "<form><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها</p></form>"
    assert outlet(page(tail=form)) is None


def test_jsonld_is_part_of_another_periodical() -> None:
    ld = {
        "isPartOf": {
            "@type": "Periodical",
            "name": "صوت الوادي الجديد",
            "url": "https://sawt-alwadi.example/",
        }
    }
    r = att(page(ld=ld))
    assert (r.outlet, r.verified) == ("صوت الوادي الجديد", False)


def test_a_channel_post_with_a_link_preview_of_the_same_story() -> None:
    """A channel mirror: the post is one element with <br><br> paragraphs, and a link preview card repeats the
    headline under the outlet's name."""
    post = "<br><br>".join(html.escape(p) for p in ("تطوير شبكة الطرق في المحافظات خلال العام المقبل", *AR))
    card = (
        '<a class="preview" href="https://www.albayan.ae/article/7431441/roads">'
        "<span>البيان</span><span>تطوير شبكة الطرق في المحافظات خلال العام المقبل</span></a>"
    )
    doc = f"""<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>قناة الأخبار</title></head>
<body><header><a href="/">مرآة القنوات</a></header><div class="widget message"><div class="text">{post}</div>
{card}<div class="footer">12K مشاهدة</div></div><footer>© 2026 مرآة القنوات</footer></body></html>"""
    r = att(process_page(Page(url="https://www.mirror-ch.example/c/news/58029", html=doc, site="mirror-ch.example"),
                         None, REGISTRY))  # fmt: skip
    assert (r.outlet, r.original_url) == ("البيان", "https://www.albayan.ae/article/7431441/roads")


def test_a_drupal_field_label_before_the_value() -> None:
    tail = '<div class="field"><div class="field-label">Source</div><div class="field-items"><div class="field-item">صوت الوادي الجديد</div></div></div>'
    assert outlet(page(tail=tail)) == "صوت الوادي الجديد"


def test_a_byline_with_a_slash_is_not_a_photo_credit() -> None:
    r = page(EN, head="<p>by Newsroom / Global News Canada 1h in Local</p>", lang="en")
    assert outlet(r) == "Global News Canada"


def test_a_slug_then_a_page_kind_then_the_id() -> None:
    assert outlet(page(url="https://www.portada.example/mallorcamagazin/nota/550167")) == "Mallorca Magazin"


def test_an_unregistered_outlet_linked_on_a_host_spelled_like_its_name() -> None:
    head = '<p>4 octobre 2026 – <a href="https://www.gazette-littoral.example/news/9870153">La Gazette du Littoral</a></p>'
    r = att(page(head=head))
    assert (r.outlet, r.domain) == ("La Gazette du Littoral", "gazette-littoral.example")


def test_a_registered_name_after_an_outlet_noun_in_a_credit() -> None:
    assert outlet(page(tail="<p>المقال منشور بصحيفة القاهرة الإخبارية اليوم</p>")) == "القاهرة الإخبارية"


def test_sidebar_text_swept_into_the_body_does_not_hide_the_dateline() -> None:
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Oil steadies</title></head><body>
<div class="side"><div class="usertext body"><p>A community for the harbour towns of the north shore: ferries, councils,
weather and local news from everywhere around.</p></div></div>
<div class="thing"><p class="title">Oil steadies as traders weigh output decision</p>
<div class="usertext body"><p>Text below is from the wire, pasted below:</p>
<p>SINGAPORE (Reuters) - {EN[0]}</p>{"".join(f"<p>{p}</p>" for p in EN[1:])}</div></div>
<footer>© 2026 Linkboard Inc.</footer></body></html>"""
    r = process_page(Page(url="https://old.linkboard.example/b/towns/comments/1", html=doc, site="linkboard.example"),
                     None, REGISTRY)  # fmt: skip
    assert outlet(r) == "Reuters"


def test_a_digital_newsstand_issue_of_another_periodical() -> None:
    ld = {
        "isPartOf": {
            "@type": "PublicationIssue",
            "isPartOf": {"@type": "Periodical", "name": "The Real Deal"},
        }
    }
    assert outlet(page(EN, ld=ld, lang="en")) == "The Real Deal"


def test_via_in_arabic_in_the_meta_line() -> None:
    assert outlet(page(head="<p>9 أكتوبر 2026 أحمد السيد | عبر صوت الوادي الجديد</p>")) == "صوت الوادي الجديد"


def test_a_byline_in_the_meta_line_names_the_outlet_before_the_date() -> None:
    assert outlet(page(head="<p>بقلم محرر | LBCI 13 أكتوبر 2026 11:28 م 3831 مشاهدة</p>")) == "LBCI"


def test_the_sites_own_name_as_author_is_not_a_credit() -> None:
    ld = {"author": {"@type": "Organization", "name": "بوابة الخليج الإخبارية"}}
    r = page(ld=ld, site_name="بوابة الخليج الإخبارية", url="https://alkhaleej-portal.example/news/1")
    assert outlet(r) is None


def test_a_facts_box_before_the_story_does_not_hide_its_dateline() -> None:
    facts = "".join(f'<div class="info"><span class="k">{k}</span></div>' for k in ("التاريخ", "القسم"))
    r = page(["طرابلس - «وكالة أنباء الشرق الأوسط»: " + AR[0], *AR[1:]], head=facts)
    assert outlet(r) == "وكالة أنباء الشرق الأوسط"


# -- structure, whatever the wording ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "https://www.khalijress.example/news/source/alwafd/405393",  # deeper in the path, after "source"
        "https://www.khalijress.example/alwafd-405393",  # glued to the id
        "https://www.khalijress.example/n/405393?src=alwafd",  # a query value
        "https://www.khalijress.example/feeds/al-wafd/405393",  # any depth, any separator
        "https://www.khalijress.example/source/alwafd.news/405393",  # the outlet's domain
        "https://www.khalijress.example/%D8%A7%D9%84%D9%88%D9%81%D8%AF/405393",  # its name, percent-encoded
    ],
)
def test_url_slug_anywhere_in_the_address(url: str) -> None:
    assert outlet(page(url=url)) == "الوفد"


def test_section_words_in_the_path_are_no_slug() -> None:
    # "actu" is also a registered outlet's domain name (actu.fr): as a section it names nobody.
    assert outlet(page(url="https://www.khalijress.example/actu/405393")) is None
    # sections named after a country or a sport are the site's structure too (syria.tv, football.ua)
    assert outlet(page(url="https://www.khalijress.example/news/syria/football/405393")) is None


def test_the_site_under_its_other_name_is_never_the_source() -> None:
    # The footer names the site in its other script, as JSON-LD's alternateName declares it.
    ld = {"publisher": {"@type": "Organization", "name": "Nour Press", "alternateName": "نور برس"}}
    tail = "<p>جميع الحقوق محفوظة لموقع نور برس</p>"
    assert outlet(page(tail=tail, ld=ld, site_name="Nour Press")) is None


def test_a_box_titled_with_cue_words_gives_its_first_line() -> None:
    side = '<div class="box"><div>مصدر الخبر</div><div>صوت الوادي الجديد</div></div>'
    assert outlet(page(side=side)) == "صوت الوادي الجديد"


def test_a_column_title_is_no_value() -> None:
    # A table of other coverage: "Source | Rating | Headline", then rows; the page credits nobody.
    table = (
        '<div class="grid"><div>Source</div><div>Rating</div><div>Headline</div></div>'
        '<div class="grid"><div><a href="https://nationalpost.com/">National Post</a></div>'
        "<div>Center</div><div>Another headline about the economy</div></div>"
    )
    assert outlet(page(EN, side=table, lang="en")) is None


def test_a_name_after_a_preposition_a_few_words_after_the_cue() -> None:
    assert outlet(page(tail="<p>تم نشر هذا الخبر لأول مرة على صوت الوادي الجديد</p>")) == "صوت الوادي الجديد"
    fr = (
        "Le conseil municipal a adopté mardi un plan de réfection des routes principales.",
        "Les travaux commenceront la semaine prochaine et dureront jusqu'à la fin de l'année.",
        "Le plan prévoit aussi un nouvel éclairage et une signalisation moderne.",
    )
    r = page(fr, tail="<p>Cet article est paru hier dans La Gazette du Littoral.</p>", lang="fr")
    assert outlet(r) == "La Gazette du Littoral"


def test_an_element_classed_as_the_source_holds_a_name() -> None:
    head = '<div class="meta"><div class="provider">Harbor Ledger</div><time>3 min read</time></div>'
    assert outlet(page(EN, head=head, lang="en")) == "Harbor Ledger"


# -- Structure over wording: shapes no phrase list names ---------------------------------------------------
@pytest.mark.parametrize(
    "kw",
    [
        {"head": '<div class="meta">نشر بواسطة: أحمد عبد الحميد</div>'},  # a WordPress author slot
        {"head": '<div class="post-meta">Publié par Rédaction Centrale</div>', "lang": "fr"},
        # a link inside a sentence: the story cites another outlet's report
        {
            "tail": '<p>The plan follows a <a href="https://www.theglobeandmail.com/canada/article-roads-2026/">'
            "report in The Globe and Mail</a> on the state of the roads.</p>",
            "lang": "en",
        },
        {
            "tail": '<div class="author-bio"><p>Mark Ellison is a transport correspondent who previously '
            "worked for the Toronto Star.</p></div>",
            "lang": "en",
        },
        {
            "tail": '<blockquote class="twitter-tweet"><p>Road works start tonight.</p>— CBC Toronto '
            '(@CBCToronto) <a href="https://twitter.com/CBCToronto/status/1">November 30, 2026</a></blockquote>'
        },
        {"paragraphs": [*AR, "وكانت صحيفة الشرق الأوسط قد نشرت تفاصيل الخطة أمس."]},  # a verb's object
    ],
)
def test_uncredited_shapes_answer_unknown(kw: dict[str, object]) -> None:
    assert outlet(page(**kw)) is None  # type: ignore[arg-type]


def test_a_meta_tag_of_any_name_that_says_source() -> None:
    r = page(EN, meta='<meta name="news_source" content="CBC News">', lang="en")
    assert outlet(r) == "CBC News"
    url = "https://www.cbc.ca/news/canada/toronto/roads-plan-1.7345678"
    r = page(EN, meta=f'<meta name="x-origin-url" content="{url}">', lang="en")
    assert (outlet(r), att(r).original_url) == ("CBC News", url)


def test_a_licence_notice_credits_the_outlet_it_links_in_any_wording() -> None:
    tail = (
        '<p><em>This piece first ran on <a href="https://theconversation.com/roads-plan-12345">The '
        'Conversation</a> and is shared under a <a href="https://creativecommons.org/licenses/by/4.0/">'
        "Creative Commons</a> licence.</em></p>"
    )
    r = page(EN, tail=tail, lang="en")
    assert att(r).domain == "theconversation.com"
    assert att(r).original_url == "https://theconversation.com/roads-plan-12345"


def test_a_line_about_this_article_credits_the_one_outlet_it_names() -> None:
    tail = "<p><i>This story was written by CBC News and is reproduced here by arrangement.</i></p>"
    assert outlet(page(EN, tail=tail, lang="en")) == "CBC News"
    # an unknown outlet whose Arabic name its domain transliterates (minbar-sahel)
    tail = '<p>هذا المحتوى مقدم من <a href="https://minbar-sahel.example/news/4412">منبر الساحل</a></p>'
    assert att(page(tail=tail)).domain == "minbar-sahel.example"


def test_arabic_names_against_transliterated_domains() -> None:
    from crawler.attribution.translit import arabic_matches_latin as same

    for name, label in [
        ("منبر الساحل", "minbar-sahel"),
        ("مرآة الصعيد", "miraat-saeed"),
        ("بوابة النخيل", "nakheel-gate"),
        ("المصري اليوم", "almasryalyoum"),
        ("العربية", "alarabiya"),
    ]:
        assert same(name, label), (name, label)
    for name, label in [("منبر الساحل", "harborledger"), ("موقع موجز نيوز", "alekhbariya")]:
        assert not same(name, label), (name, label)


def test_rights_reserved_to_its_owners_name_nobody_and_the_agent_of_this_article_is_its_origin() -> None:
    # "لأصحابها" (to its owners): a noun with a possessive pronoun is no outlet; the wire copied from is
    tail = "<p>هذا المحتوى منقول بالكامل عن وكالة أنباء الشرق الأوسط، وجميع الحقوق محفوظة لأصحابها.</p>"
    assert outlet(page(tail=tail)) == "وكالة أنباء الشرق الأوسط"
    tail = "<p>تمت كتابة هذا الخبر بواسطة مرآة الصعيد ونقله الموقع تلقائياً.</p>"
    assert outlet(page(tail=tail)) == "مرآة الصعيد"


def test_a_box_about_one_outlet_with_a_link_to_its_site_is_a_source_card() -> None:
    side = (
        '<div class="publisher-card"><h4>About</h4><p><b>Euronews</b></p>'
        '<a href="https://www.euronews.com/">euronews.com</a></div>'
    )
    assert outlet(page(EN, side=side, lang="en")) == "Euronews"  # no cue word: the box's shape


@pytest.mark.parametrize(
    "kw",
    [
        {"paragraphs": EN, "tail": "<p>Source: Ministry of Transport</p>", "lang": "en"},
        {"tail": "<p>المصدر: وزارة النقل والمواصلات</p>"},  # where the facts come from, not a publisher
        {  # a partner box is chrome, even about one outlet with its link
            "paragraphs": EN,
            "side": '<div class="partner"><h4>Our partner</h4><p>CBC News</p><a href="https://www.cbc.ca/">cbc.ca</a></div>',
            "lang": "en",
        },
    ],
)
def test_institutions_and_partner_boxes_credit_no_outlet(kw: dict[str, object]) -> None:
    assert outlet(page(**kw)) is None  # type: ignore[arg-type]


def test_closing_lines_in_other_shapes() -> None:
    assert outlet(page(tail="<p>الخبر كما ورد في اليوم السابع</p>")) == "اليوم السابع"  # "as it appeared in"
    assert outlet(page(EN, tail='<p class="credit">© 2026 Harbor Ledger</p>', lang="en")) == "Harbor Ledger"
    # a licence version is no name: the outlet is the one the line says it is from
    tail = "<p>Republished under CC BY 4.0 from Harbor Ledger.</p>"
    assert outlet(page(EN, tail=tail, lang="en")) == "Harbor Ledger"


def test_an_answer_resting_on_text_alone_is_never_given_095() -> None:
    # a text credit is the easiest clue to misread on an unseen layout; a link to the outlet is not
    text_only = att(page(tail="<p>المصدر: اليوم السابع</p>"))
    assert text_only.outlet == "اليوم السابع" and text_only.confidence <= 0.94
    unverified = att(page(tail="<p>المصدر: صوت الوادي الجديد</p>"))
    assert unverified.outlet == "صوت الوادي الجديد" and unverified.confidence <= 0.9
    linked = att(
        page(tail='<p>المصدر: <a href="https://www.youm7.com/story/2026/11/30/6789012">اليوم السابع</a></p>')
    )
    assert linked.outlet == "اليوم السابع" and linked.confidence > text_only.confidence


@pytest.mark.parametrize(
    "side",
    [
        # a box of figures: its "Source:" credits the data
        '<div class="widget currency"><h4>أسعار العملات</h4><ul><li>الدولار 48.5</li><li>اليورو 52.1</li></ul>'
        "<p>المصدر: بلومبرغ</p></div>",
        # readers' comments quote whoever they like
        '<div class="comments"><h4>التعليقات</h4><p>أحمد: نقلا عن الأهرام الخبر غير دقيق</p></div>',
    ],
)
def test_data_widgets_and_comments_credit_no_outlet(side: str) -> None:
    assert outlet(page(side=side)) is None


def test_a_collection_that_the_page_belongs_to_is_not_its_outlet() -> None:
    # A reader's "magazine" on a curation site: isPartOf names the collection, never the story's outlet ...
    series = {"isPartOf": {"@type": "CreativeWorkSeries", "name": "Harbour Town Picks"}}
    assert outlet(page(EN, ld=series, lang="en")) is None
    # ... unless it is a known outlet's periodical.
    assert (
        outlet(page(EN, ld={"isPartOf": {"@type": "Periodical", "name": "Reuters"}}, lang="en")) == "Reuters"
    )


def test_a_coverage_list_of_other_stories_names_no_outlet() -> None:
    # "All sources": each item an outlet and a link to another story of the crawled site (a coverage page).
    host = "https://www.akhbar-now.example"
    rows = "".join(
        f'<li class="src-row"><span class="outlet">{o}</span> <span class="bias">Center</span> '
        f'<a href="{host}/news/{730010 + i}">Another story about markets and trade number {i}</a></li>'
        for i, o in enumerate(("Associated Press", "Ottawa Citizen", "National Post", "CBC News"))
    )
    tail = f'<section class="sources"><h2>All sources</h2><ul>{rows}</ul></section>'
    assert outlet(page(EN, tail=tail, lang="en")) is None
    # The same list with the item of this story: that item is a credit again.
    mine = '<li class="src-row"><span class="outlet">CBC News</span> <a href="https://www.cbc.ca/news/x-1.7287711">خطة جديدة لتطوير الطرق في المحافظات</a></li>'
    credited = tail.replace("<ul>", "<ul>" + mine)
    assert outlet(page(EN, tail=credited, lang="en")) == "CBC News"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a line about the article itself names where it came from, whatever its verb
        ("تم نقل هذا الخبر آليا من مرآة الشمال ونشره في موقعنا.", "مرآة الشمال"),
        # "بوابة" heads the name; the registry's "البوابة" is not what this line credits
        ("تم نقل هذا الخبر آليا من بوابة الواحة ونشره في موقعنا.", "بوابة الواحة"),
    ],
)
def test_a_line_about_this_article_credits_an_unknown_outlet_after_from(line: str, name: str) -> None:
    r = att(page(tail=f'<p class="note">{line}</p>'))
    assert (r.outlet, r.verified) == (name, False)


def test_an_unknown_word_after_about_does_not_hide_the_credit() -> None:
    # "عن محتواه" (about its content) is no second outlet beside the one the note credits
    line = "تم نقل هذا الخبر من موقع اليوم السابع ولا يتحمل الموقع أي مسؤولية عن محتواه."
    assert outlet(page(tail=f"<p><em>{line}</em></p>")) == "اليوم السابع"


@pytest.mark.parametrize(
    ("heading", "listed"),
    [
        ("A repost for our readers", False),  # "a" is no list word (it was, as the fold of French "à")
        ("Les nouvelles du jour", False),
        ("You may like", True),
        ("Les plus lus", True),
        ("Sur le même sujet", True),
        ("Around the web", True),
        ("Most read", True),
        ("أخبار ذات صلة", True),
    ],
)
def test_list_headings_by_their_words_and_phrases(heading: str, listed: bool) -> None:
    from crawler.attribution import cues

    assert cues.is_list_heading(heading) is listed


def test_a_subtitle_under_the_headline_does_not_make_the_body_a_list() -> None:
    # The subtitle heads every block below it: read as a list title, it hid the closing credit.
    head = '<h3 class="subtitle">A repost for our readers</h3>'
    last = "This piece first ran in The West Australian and appears here with the author's permission."
    assert outlet(page([*EN, last], head=head, lang="en")) == "The West Australian"


def test_a_subdomain_word_is_not_the_sites_name() -> None:
    # nachrichten.<portal>: "Nachrichten" (news) is a word of the host, not the site; "Salzburger Nachrichten"
    # ends with it and is still another outlet.
    logo = '<div class="partner-logo"><a href="https://www.sn.at/"><img src="https://www.sn.at/static/logo.png" alt=""></a></div>'
    url = "https://nachrichten.postfach-portal.example/panorama/ex-ministerin-neue-chefin-40100252"
    r = page(EN, head=logo, url=url, site_name="Postfach Nachrichten", lang="de")
    assert outlet(r) == "Salzburger Nachrichten"


# -- a marked slot inside a longer line; platform credits; a lone "read more" to another site ---------------
@pytest.mark.parametrize(
    ("meta", "name"),
    [
        # the source's own element inside a meta line that also holds a time: registered and unknown names
        (
            '<div class="meta"><span class="news-src">الشروق</span> · <time>منذ 3 ساعات 2026</time></div>',
            "الشروق",
        ),
        ('<div class="meta"><span class="provider-name">من اليوم السابع</span> 12:30</div>', "اليوم السابع"),
        (
            '<div class="meta"><span class="source-tag">شبكة الوادي الأخضر ›</span> 12/10/2026</div>',
            "شبكة الوادي الأخضر",
        ),
        # <cite>, the element HTML has for a source: "author / outlet:"
        (
            '<div class="item"><cite>Jane Roe / The Globe and Mail:</cite> <b>Roads plan approved</b></div>',
            "The Globe and Mail",
        ),
    ],
)
def test_a_source_slot_inside_a_meta_line(meta: str, name: str) -> None:
    assert outlet(page(head=meta)) == name


def test_a_platform_credit_in_the_footer_is_nobodys_story() -> None:
    side = '<p class="powered">يتم التشغيل بواسطة <a href="https://www.blogger.com">Blogger</a></p>'
    tail = (
        '<p class="credit">Theme designed by <a href="https://www.pixel-studio.example/">Pixel Studio</a></p>'
    )
    assert outlet(page(side=side, tail=tail)) is None


def test_a_lone_read_more_link_to_another_sites_article_is_the_original() -> None:
    tail = '<div class="read-more"><a href="https://www.shorouknews.com/news/view.aspx?cdate=01102026&id=4a1b">اقرأ المزيد</a></div>'
    r = page(tail=tail)
    assert outlet(r) == "الشروق"
    assert att(r).original_url == "https://www.shorouknews.com/news/view.aspx?cdate=01102026&id=4a1b"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("المادة منقولة عن صحيفة الأهرام مع بعض التصرف", "الأهرام"),
        ("Texte repris de Ouest-France avec son aimable autorisation.", "Ouest-France"),
        ("Nota elaborada por El País y reproducida con autorización.", "El País"),
        ("Reuters contributed to this report.", "Reuters"),
    ],
)
def test_participle_inflections_of_credit_cues(line: str, name: str) -> None:
    paragraphs = EN if line[0].isascii() else AR
    assert outlet(page([*paragraphs, line], lang="en" if line[0].isascii() else "ar")) == name


def test_class_words_are_read_unless_hashed() -> None:
    import lxml.html

    from crawler.extraction.page_map import _own_marks

    def words(cls: str) -> tuple[str, ...]:
        return _own_marks(lxml.html.fromstring(f'<div class="{cls}">x</div>'))

    # one plain word is meaning ("source", "sidebar"); build hashes carry digits or a framework prefix
    assert words("source") == ("source",)
    assert words("domain sidebar") == ("domain", "sidebar")
    assert words("css-1m2ox") == words("sc-bdVaJa") == words("a1b2c3d") == ()


def test_a_chrome_word_on_the_whole_story_card_is_not_the_credits_chrome() -> None:
    # A breaking-news theme marks the whole story "urgent": its meta line's "via X" is still the credit.
    doc = f"""<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خطة جديدة لتطوير الطرق في المحافظات</title>
<meta property="og:site_name" content="عاجل الآن"></head><body>
<div class="topbar"><a href="/">عاجل الآن</a></div>
<div class="card urgent"><h1>خطة جديدة لتطوير الطرق في المحافظات</h1>
<div class="card-meta"><span class="age">عبر الشروق</span></div>
<div class="card-text">{"".join(f"<p>{p}</p>" for p in AR)}</div></div>
<footer><p>جميع الحقوق محفوظة © 2026 عاجل الآن</p></footer></body></html>"""
    r = process_page(
        Page(url="https://ajil-alaan.example/b/1", html=doc, site="ajil-alaan.example"), None, REGISTRY
    )
    assert outlet(r) == "الشروق"


def test_a_cue_word_inside_a_long_paragraph_mid_story_is_no_credit() -> None:
    mid = (
        "El juez considera que los mensajes revelan momentos de urgencia y gran tensión, y vincula la "
        "filtración con la noticia publicada por la Cadena SER aquella misma noche, según el auto conocido hoy."
    )
    paragraphs = [EN[0], EN[1], mid, EN[2], EN[3]]
    assert outlet(page(paragraphs, lang="es")) is None


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Author: The Harbour Evening Gazette staff", "The Harbour Evening Gazette"),
        ("By Staff, Lakeside Morning Ledger", "Lakeside Morning Ledger"),
        ("By Emily Post", None),  # a person's name with a masthead word in it
        ("By Jane Roe and Omar Said", None),
    ],
)
def test_an_unknown_outlet_in_the_byline(byline: str, name: str | None) -> None:
    head = f'<div class="byline"><span class="author">{byline}</span></div>'
    assert outlet(page(EN, head=head, lang="en", site_name="Akhbar Now")) == name


def test_a_chip_set_apart_inside_the_headline() -> None:
    doc = f"""<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>خطة جديدة لتطوير الطرق في المحافظات</title><meta property="og:site_name" content="قناة الخبر الأول"></head>
<body><div class="post"><h1 class="post-title"><span class="chip">الشروق |</span> خطة جديدة لتطوير الطرق في المحافظات</h1>
<div class="post-text">{"".join(f"<p>{p}</p>" for p in AR)}</div></div></body></html>"""
    r = process_page(
        Page(url="https://khabar-awal.example/p/9", html=doc, site="khabar-awal.example"), None, REGISTRY
    )
    assert outlet(r) == "الشروق"
