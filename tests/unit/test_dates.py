"""parse_date on realistic strings, and page-level publication/modification dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from crawler.cleaning import dates
from crawler.cleaning.dates import find_modified_date, find_published_date, parse_date

NOW = datetime(2024, 5, 21, 12, 0, tzinfo=UTC)
CAIRO = "Africa/Cairo"  # UTC+3 in May 2024 (summer time)


def at(text: str, tz: str = CAIRO) -> datetime:
    found = parse_date(text, tz, NOW)
    assert found is not None, text
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Egyptian month names, day names, Hijri date after the Gregorian one, "مـ" = PM
        ("الإثنين 20 مايو 2024 10:26 مـ 12 ذو القعدة 1445 هـ", (2024, 5, 20, 22, 26)),
        ("الأحد 5 ابريل 2020", (2020, 4, 5, 0, 0)),
        ("3 يونية 2023 - 09:15 ص", (2023, 6, 3, 9, 15)),
        ("الخميس 4 يوليه 2019 08:05 م", (2019, 7, 4, 20, 5)),
        ("التاريخ: 03 يونيو 2020", (2020, 6, 3, 0, 0)),
        # Levantine month names, alone and with the Egyptian name beside them
        ("12 تشرين الأول 2023", (2023, 10, 12, 0, 0)),
        ("3 كانون الثاني 2024 الساعة 14:30", (2024, 1, 3, 14, 30)),
        ("السبت 18 أيار 2024", (2024, 5, 18, 0, 0)),
        ("20 آذار/مارس 2024", (2024, 3, 20, 0, 0)),
        ("1 آب (أغسطس) 2022", (2022, 8, 1, 0, 0)),
        ("25 كانون الأول 2021", (2021, 12, 25, 0, 0)),
        # Arabic-Indic and Persian digits
        ("الأحد ٢٠ أيار ٢٠٢٤ - ٠٩:٣٠ ص", (2024, 5, 20, 9, 30)),
        ("۱۵ مايو ۲۰۲۴", (2024, 5, 15, 0, 0)),
        # صباحًا / مساءً and numeric orders
        ("كتب | ضحى عرفة | 2020/12/25 - 1:59 صباحًا", (2020, 12, 25, 1, 59)),
        ("2020/12/25 - 11:10 مساءً", (2020, 12, 25, 23, 10)),
        ("29-03-2021 03:44 PM", (2021, 3, 29, 15, 44)),
        ("الخميس 18-9-2023", (2023, 9, 18, 0, 0)),
        ("20/05/2024", (2024, 5, 20, 0, 0)),
        ("2024/05/20 12:30 ص", (2024, 5, 20, 0, 30)),
        # English
        ("September 15, 2020", (2020, 9, 15, 0, 0)),
        ("15th Sep. 2020, 4:05 pm", (2020, 9, 15, 16, 5)),
        ("Published 20 May 2024", (2024, 5, 20, 0, 0)),
    ],
)
def test_parse_date_local(text: str, expected: tuple[int, int, int, int, int]) -> None:
    found = at(text)
    assert (found.year, found.month, found.day, found.hour, found.minute) == expected
    # The site zone applies when the text names none.
    assert found.utcoffset() == datetime(*expected[:3], 12).astimezone(found.tzinfo).utcoffset()
    assert found.tzinfo is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-06-29T00:16:15+03:00", datetime(2020, 6, 28, 21, 16, 15, tzinfo=UTC)),
        ("2020-12-05T23:15:0Z", datetime(2020, 12, 5, 23, 15, tzinfo=UTC)),
        ("2024-05-20T08:00:00.123-04:00", datetime(2024, 5, 20, 12, 0, tzinfo=UTC)),
        ("Tue, Sep 15 2020 10:01:41 EDT", datetime(2020, 9, 15, 14, 1, 41, tzinfo=UTC)),
        (
            "Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)",
            datetime(2020, 8, 25, 0, 23, 33, tzinfo=UTC),
        ),
        ("20/05/2024 10:00 GMT+3", datetime(2024, 5, 20, 7, 0, tzinfo=UTC)),
    ],
)
def test_parse_date_with_explicit_zone(text: str, expected: datetime) -> None:
    assert at(text) == expected


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("منذ 3 ساعات", timedelta(hours=3)),
        ("منذ ساعة", timedelta(hours=1)),
        ("منذ دقيقتين", timedelta(minutes=2)),
        ("منذ 5 دقائق", timedelta(minutes=5)),
        ("منذ يومين", timedelta(days=2)),
        ("منذ ٤ أيام", timedelta(days=4)),
        ("قبل ساعتين", timedelta(hours=2)),
        ("3 hours ago", timedelta(hours=3)),
        ("an hour ago", timedelta(hours=1)),
        ("2 days ago", timedelta(days=2)),
        ("منذ لحظات", timedelta(0)),
    ],
)
def test_relative_times(text: str, ago: timedelta) -> None:
    assert at(text) == NOW - ago


def test_yesterday_keeps_the_given_clock_in_the_site_zone() -> None:
    found = at("أمس 10:30 م")
    assert (found.date(), found.hour, found.minute) == (date(2024, 5, 20), 22, 30)
    assert at("yesterday").date() == date(2024, 5, 20)
    assert at("أمس").date() == date(2024, 5, 20)


def test_hijri_only_and_unparseable_give_none() -> None:
    assert parse_date("12 ذو القعدة 1445 هـ", CAIRO, NOW) is None
    assert parse_date("تحديث مستمر", CAIRO, NOW) is None
    assert parse_date("", CAIRO, NOW) is None


def test_never_in_the_future() -> None:
    assert parse_date("2024-05-22", CAIRO, NOW) is None
    assert parse_date("2024-05-21T12:05:00Z", "UTC", NOW) is not None  # a few minutes of clock skew is fine
    assert parse_date("2024-05-21T13:00:00Z", "UTC", NOW) is None
    assert parse_date("الثلاثاء 21 مايو 2024 11:00 م", CAIRO, NOW) is None


def test_zone_object_is_accepted() -> None:
    found = parse_date("20 مايو 2024 10:00", timezone(timedelta(hours=3)), NOW)
    assert found == datetime(2024, 5, 20, 7, 0, tzinfo=UTC)


# --- whole pages (markup written for these tests) ---------------------------------------------------------


def html_page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>خبر</title>{head}</head><body>{body}<p>نص الخبر هنا.</p></body></html>"


def test_meta_published_time() -> None:
    page = html_page('<meta property="article:published_time" content="2024-05-20T08:30:00+03:00">')
    assert find_published_date(page, now=NOW) == datetime(2024, 5, 20, 5, 30, tzinfo=UTC)


def test_jsonld_article_beats_webpage() -> None:
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"WebPage","datePublished":"2019-01-01T00:00:00Z"},'
        '{"@type":"NewsArticle","datePublished":"2024-05-19T18:00:00+02:00","dateModified":"2024-05-20T09:00:00+02:00"}'
        "]}</script>"
    )
    assert find_published_date(html_page(head), now=NOW) == datetime(2024, 5, 19, 16, 0, tzinfo=UTC)
    assert find_modified_date(html_page(head), now=NOW) == datetime(2024, 5, 20, 7, 0, tzinfo=UTC)


def test_time_element_with_itemprop() -> None:
    body = '<article><time itemprop="datePublished" datetime="2024-05-18T10:00:00Z">18 مايو</time></article>'
    assert find_published_date(html_page(body=body), now=NOW) == datetime(2024, 5, 18, 10, 0, tzinfo=UTC)


def test_date_from_url() -> None:
    found = find_published_date(html_page(), url="https://example.test/news/2024/05/17/some-story", now=NOW)
    assert found is not None and found.date() == date(2024, 5, 17)


def test_visible_arabic_date_line_in_site_zone() -> None:
    body = '<div class="post-date">الإثنين 20 مايو 2024 10:26 مـ 12 ذو القعدة 1445 هـ</div>'
    found = find_published_date(html_page(body=body), tz=CAIRO, now=NOW)
    assert found == datetime(2024, 5, 20, 19, 26, tzinfo=UTC)


def test_ticker_dates_are_never_the_article_date() -> None:
    body = (
        '<div class="breaking-ticker"><span class="date">الخميس 18-9-2025</span> خبر آخر</div>'
        '<div id="bar"><span class="date">الأربعاء 8 مايو 2024</span></div>'
        '<div class="article-info"><span class="date">السبت 18 مايو 2024</span></div>'
    )
    later = datetime(2025, 9, 19, tzinfo=UTC)
    found = find_published_date(html_page(body=body), tz=CAIRO, now=later, ignore=["#bar"])
    assert found is not None and found.date() == date(2024, 5, 18)


def test_related_list_dates_are_skipped() -> None:
    related = "".join(
        f'<li><a href="/n/{d}">خبر</a><span class="item-date">{d} مايو 2024</span></li>' for d in (1, 2, 3)
    )
    # The list of other stories comes first in the markup; the article's own date line after it.
    body = f'<ul class="lst">{related}</ul><div class="article-date">15 مايو 2024</div>'
    found = find_published_date(html_page(body=body), url="https://example.test/n/99", now=NOW)
    assert found is not None and found.date() == date(2024, 5, 15)


def test_utc_meta_is_expressed_in_the_local_day_of_the_url() -> None:
    page = html_page('<meta property="article:published_time" content="2020-02-18T02:18:11Z">')
    found = find_published_date(page, url="https://example.test/2020/02/17/story/", now=NOW)
    assert found == datetime(2020, 2, 18, 2, 18, 11, tzinfo=UTC)  # same instant
    assert found.date() == date(2020, 2, 17)  # the site's own day


def test_utc_meta_uses_the_site_zone_when_known() -> None:
    page = html_page('<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">')
    found = find_published_date(page, tz=CAIRO, now=NOW)
    assert found is not None and found.date() == date(2020, 12, 25)


def test_date_in_a_link_to_the_page_itself_counts_inside_a_header_box() -> None:
    # A post's own header ("permalink-header") looks like site furniture; the date in the link to the page's
    # canonical URL is still its date, and the Unix time beats the short text beside it.
    body = (
        '<div class="permalink-header"><a href="/Desk/status/42" class="js-nav">'
        '<span class="timestamp" data-time="1594448702">Jul 10</span></a></div>'
        '<div class="related-header"><a href="/Other/status/7"><span class="timestamp" data-time="1594000000">'
        "Jul 6</span></a></div>"
        '<span class="metadata">11:25 PM - 10 Jul 2020</span>'
    )
    head = '<link rel="canonical" href="https://example.test/desk/status/42">'
    found = find_published_date(
        html_page(head, body), url="https://example.test/Desk/status/42/photo/1", now=NOW
    )
    assert found == datetime(2020, 7, 11, 6, 25, 2, tzinfo=UTC)


def test_a_date_box_linking_elsewhere_is_still_furniture() -> None:
    body = (
        '<div class="site-header"><a href="/"><span class="date">1 May 2024</span></a></div>'
        '<div class="article-info"><span class="date">18 May 2024</span></div>'
    )
    found = find_published_date(html_page(body=body), url="https://example.test/n/5", now=NOW)
    assert found is not None and found.date() == date(2024, 5, 18)


def test_jsonld_article_date_beats_a_generic_date_meta() -> None:
    # <meta name="date"> says only "a date" (here the print issue's); the article object names publication.
    head = (
        '<meta name="date" content="2024-05-18">'
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-17T19:30:02+02:00"}'
        "</script>"
    )
    assert find_published_date(html_page(head), now=NOW) == datetime(
        2024, 5, 17, 19, 30, 2, tzinfo=timezone(timedelta(hours=2))
    )


def test_bare_day_then_the_local_timestamp_of_the_evening_before() -> None:
    # The print issue's day first, then when the story went online the evening before (local offset).
    head = (
        '<meta property="article:published_time" content="2024-05-18">'
        '<meta itemprop="datePublished" content="2024-05-17T21:10:00+02:00">'
    )
    found = find_published_date(html_page(head), now=NOW)
    assert found == datetime(2024, 5, 17, 21, 10, tzinfo=timezone(timedelta(hours=2)))
    # A UTC timestamp, or one of the same day, leaves the bare day as it is.
    same_day = head.replace("2024-05-17T21:10:00+02:00", "2024-05-18T09:00:00+02:00")
    assert find_published_date(html_page(same_day), now=NOW) == datetime(2024, 5, 18, tzinfo=UTC)
    in_utc = head.replace("2024-05-17T21:10:00+02:00", "2024-05-17T19:10:00Z")
    assert find_published_date(html_page(in_utc), now=NOW) == datetime(2024, 5, 18, tzinfo=UTC)


def test_utc_on_the_hour_late_in_the_evening_is_a_local_midnight() -> None:
    page = html_page('<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">')
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2022, 11, 7) and found.time() == time(0)
    assert found == datetime(2022, 11, 6, 23, 0, tzinfo=UTC)  # the same instant
    # Minutes or seconds past the hour are a real clock: the UTC day stays.
    page = html_page('<meta property="article:published_time" content="2022-11-06T23:00:12Z">')
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2022, 11, 6)
    page = html_page('<meta property="article:published_time" content="2022-11-06T20:00:00Z">')
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2022, 11, 6)


def test_a_wiki_revision_view_is_dated_by_its_revision() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"Article","datePublished":"2005-07-26T16:22:26-07:00",'
        '"dateModified":"2020-04-07T12:33:32-07:00"}</script>'
    )
    revision = find_published_date(
        html_page(head), url="https://wiki.test/index.php?title=X&diff=5&oldid=4", now=NOW
    )
    assert revision is not None and revision.date() == date(2020, 4, 7)
    article = find_published_date(html_page(head), url="https://wiki.test/index.php?title=X", now=NOW)
    assert article is not None and article.date() == date(2005, 7, 26)


@pytest.mark.parametrize(
    "body",
    [
        # An "Updated" line first, the publication line after it.
        '<div class="date">Updated 20 May 2024, 09:00</div><div class="date">Published 17 May 2024</div>',
        # One line, update first.
        '<div class="article-date">Aktualisiert: 20.05.2024 | Veröffentlicht: 17.05.2024</div>',
        # The label beside a bare <time>.
        "<span>Mis à jour le</span><time>20/05/2024</time><span>Publié le</span><time>17/05/2024</time>",
        # The element's class says it is the update.
        '<span class="date-updated">20 May 2024</span><span class="date-published">17 May 2024</span>',
    ],
)
def test_updated_date_lines_give_way_to_the_publication_line(body: str) -> None:
    found = find_published_date(html_page(body=body), now=NOW)
    assert found is not None and found.date() == date(2024, 5, 17)


def test_an_updated_line_alone_still_dates_the_page() -> None:
    found = find_published_date(html_page(body='<div class="date">Last updated 20 May 2024</div>'), now=NOW)
    assert found is not None and found.date() == date(2024, 5, 20)


def test_updated_line_under_the_headline_gives_way() -> None:
    page = (
        "<html><head><title>Storm hits the coast tonight</title></head><body>"
        "<h1>Storm hits the coast tonight</h1><p>Updated 20 May 2024 09:00</p><p>By Jane Roe, 17 May 2024</p>"
        "<p>The storm reached the coast late on Friday, the weather office said.</p></body></html>"
    )
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2024, 5, 17)


def test_an_article_header_box_is_not_the_site_header() -> None:
    # "article-header__timeline": the article's own header, whatever the BEM suffix after it.
    body = (
        '<div class="site-header"><span class="date">1 May 2024</span></div>'
        '<article><div class="layout"><div class="article-header__hero"><div class="article-header__timeline">'
        '<div class="timeline__arrow" data-date="18. März 2024"></div></div></div></div></article>'
    )
    found = find_published_date(html_page(body=body), now=NOW)
    assert found is not None and found.date() == date(2024, 3, 18)  # read from the empty marker's data-date


def test_a_utc_time_element_repeating_the_meta_does_not_pin_the_page_to_utc() -> None:
    # The <time datetime> shows the declared UTC value again: it says nothing of the local offset, so the
    # on-the-hour local-midnight reading still applies.
    page = html_page(
        '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">',
        '<time class="date" datetime="2022-11-06T23:00:00.000Z">7. November 2022</time>',
    )
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2022, 11, 7)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach der nächsten, sagt der Verein.",
            date(2022, 11, 21),
        ),
        (
            "BERLIN, 3. Mai 2024 – Die Regierung hat am Freitag ein neues Gesetz beschlossen, das im Sommer gilt.",
            date(2024, 5, 3),
        ),
        # A sentence that merely mentions a date is not a dateline.
        (
            "The council said on 3 May 2024 that the new bridge would open – a year later than planned, at least.",
            None,
        ),
    ],
)
def test_the_first_paragraph_may_open_with_a_dateline(lead: str, expected: date | None) -> None:
    page = (
        "<html><head><title>Prices keep rising for households</title></head><body>"
        f"<h1>Prices keep rising for households</h1><p>{lead}</p><p>More text follows here.</p></body></html>"
    )
    tree = dates._load(page, ())
    assert tree is not None
    found = dates._headline_date(dates._Page(tree, UTC, NOW))  # the date line pass alone (no htmldate)
    assert (found.date() if found else None) == expected


def test_future_meta_is_ignored() -> None:
    page = html_page(
        '<meta property="article:published_time" content="2030-01-01T00:00:00Z">',
        '<span class="date">19 مايو 2024</span>',
    )
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2024, 5, 19)


def test_htmldate_fallback_and_empty_input() -> None:
    page = "<html><body><p>Posted on May 12, 2024 by the desk.</p><p>Some text about the event.</p></body></html>"
    found = find_published_date(page, now=NOW)
    assert found is not None and found.date() == date(2024, 5, 12)
    assert find_published_date("", now=NOW) is None
    assert find_published_date("<html><body><p>لا تاريخ هنا</p></body></html>", now=NOW) is None


def test_date_line_under_the_headline_beats_the_site_header_date() -> None:
    # The header prints today's date above everything; the story's date line sits under its headline (an h2
    # here, named by the page's title), split by a <br> from the source's name.
    page = (
        "<html><head><title>Megablaze brought under control</title></head><body>"
        '<div class="top">Tue, 14 Jan 2020</div>'
        "<h2>Megablaze brought under control</h2><p>News24<br>13 Jan 2020, 22:11 GMT+10</p>"
        "<p>Exhausted firefighters said they had finally brought the fire under control.</p></body></html>"
    )
    found = find_published_date(page, now=NOW)
    assert found == datetime(2020, 1, 13, 22, 11, tzinfo=timezone(timedelta(hours=10)))


def test_no_headline_date_line_when_the_headline_is_ambiguous() -> None:
    # Two h1s, neither named by the title: no headline, so no date is read after one.
    page = (
        "<html><head><title>Something else</title></head><body><h1>Logo</h1><h1>Teaser</h1>"
        "<p>12 May 2024</p><p>Text.</p></body></html>"
    )
    tree = dates._load(page, ())
    assert tree is not None and dates._headline(dates._Page(tree, UTC, NOW)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 تير 1399 - 12:09:08 ب.ظ", (2020, 6, 22, 12, 9)),  # Solar Hijri (Iranian pages)
        ("دوشنبه ۲ تیر ۱۳۹۹", (2020, 6, 22, 0, 0)),
        ("1 فروردین 1403", (2024, 3, 20, 0, 0)),
        ("2020年7月2日 10:30", (2020, 7, 2, 10, 30)),
        ("2020년 7월 2일", (2020, 7, 2, 0, 0)),
        ("ngày 2 tháng 7 năm 2020", (2020, 7, 2, 0, 0)),
        ("2 июля 2020 г.", (2020, 7, 2, 0, 0)),
        ("15 lipca 2020", (2020, 7, 15, 0, 0)),
        ("19. helmikuuta 2019", (2019, 2, 19, 0, 0)),
        ("2020. július 2.", (2020, 7, 2, 0, 0)),
        ("3 Nisan 2020", (2020, 4, 3, 0, 0)),
        ("2 Ιουλίου 2020", (2020, 7, 2, 0, 0)),
        ("6 May 2022 - 2:00 p. m.", (2022, 5, 6, 14, 0)),
    ],
)
def test_world_calendars_and_month_names(text: str, expected: tuple[int, ...]) -> None:
    found = at(text, "UTC")
    assert (found.year, found.month, found.day, found.hour, found.minute) == expected


def test_a_month_name_is_a_whole_word() -> None:
    assert parse_date("15 marten 2020", "UTC", NOW) is None  # "mart" is Turkish March, "marten" is not


def test_unix_time_on_a_date_element_is_the_instant() -> None:
    html = (
        "<html><body><article><h1>A headline for the test page</h1>"
        '<span class="timestamp" data-time="1594448702">Jul 10</span><p>Body.</p></article></body></html>'
    )
    assert find_published_date(html, now=NOW) == datetime(2020, 7, 11, 6, 25, 2, tzinfo=UTC)


def test_a_form_around_the_whole_page_is_not_furniture() -> None:
    html = (
        '<html><body class="menu-options"><form id="aspnetForm"><h1>A headline for the test page</h1>'
        '<span class="date-created">2 تير 1399 - 12:09:08 ب.ظ</span><p>Body.</p></form></body></html>'
    )
    assert find_published_date(html, now=NOW) == datetime(2020, 6, 22, 12, 9, 8, tzinfo=UTC)


def test_the_article_header_inside_article_holds_its_date_line() -> None:
    html = (
        '<html><body><article><header class="td-post-title"><h1>A headline for the test page</h1>'
        '<time class="entry-date">3 May, 2022, 11:37 pm</time></header><p>Body.</p></article></body></html>'
    )
    assert find_published_date(html, now=NOW) == datetime(2022, 5, 3, 23, 37, tzinfo=UTC)


def test_utc_timestamp_read_in_the_zone_of_the_line_under_the_headline() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2022-05-04T02:41:00Z"></head>'
        "<body><h1>A headline for the test page</h1><p>3 May 2022, 22:41</p><p>Body text.</p></body></html>"
    )
    found = find_published_date(html, now=NOW)
    assert found is not None and found.date() == date(2022, 5, 3) and found.utcoffset() == -timedelta(hours=4)


def test_a_url_date_before_a_later_declared_date_is_the_first_publication() -> None:
    html = '<html><head><meta itemprop="datePublished" content="2019-06-17T18:28:00+0200"></head><body></body></html>'
    found = find_published_date(html, url="https://example.com/home/2017/7/12/a-story", now=NOW)
    assert found is not None and found.date() == date(2017, 7, 12)
