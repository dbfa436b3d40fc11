"""Chrome inside the body found by shape (crawler/extraction/chrome.py): link lists, marked boxes, tail lines."""

from __future__ import annotations

from crawler.extraction import extract
from crawler.items import Page

STORY = [
    "The council approved the new budget on Tuesday after a long debate that lasted well into the night.",
    "Opposition members said the plan cut too deeply into school funding and promised to fight it again.",
    "The mayor defended the figures, saying the city had no choice after two years of falling revenue.",
    "A final vote on the spending details is expected next month, officials said in a statement.",
]


def _page(inner: str) -> Page:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2]) + inner + "".join(f"<p>{p}</p>" for p in STORY[2:])
    html = (
        "<html><head><title>Council approves budget</title></head><body><article>"
        f"<h1>Council approves budget</h1><div class='entry-content'>{paragraphs}"
        "<div class='after'>Receive our alerts on your phone now</div></div></article></body></html>"
    )
    return Page(url="https://agg.example/news/1.html", html=html, site="agg.example")


def test_link_list_marked_box_and_tail_line_leave_the_body() -> None:
    inner = (
        "<p>Lire aussi : <a href='/news/2.html'>Storm closes the northern highway for a second day</a></p>"
        "<div class='ob-widget-related'><p>Ten hidden costs of owning a car this winter season</p></div>"
    )
    body = extract(_page(inner)).body
    for paragraph in STORY:
        assert paragraph in body
    assert "Storm closes" not in body
    assert "hidden costs" not in body
    assert "Receive our alerts" not in body


def test_prose_with_a_link_stays() -> None:
    long = (
        "Residents can read <a href='/doc.pdf'>the full budget document</a> on the city website, where every "
        "line of spending is listed beside last year's figure and a short note explaining the change."
    )
    body = extract(_page(f"<p>{long}</p>")).body
    assert "the full budget document on the city website" in body


def test_a_row_of_links_and_the_sites_own_closing_line_leave_the_body() -> None:
    titles = [
        "Floods recede from farmland in the south after a week of rain",
        "Fuel prices stay unchanged until the end of the year, committee says",
        "Hotel occupancy rises at the start of the winter season in the region",
    ]
    row = "<div>Breaking " + " * ".join(f"<a href='/n/{i}'>{t}</a>" for i, t in enumerate(titles)) + "</div>"
    html = (
        "<html><head><title>Council approves budget</title><meta property='og:site_name' content='Zajel News'>"
        f"</head><body>{row}<div><h1>Council approves budget</h1><div>"
        + "<br><br>".join(STORY)
        + "<br><br>Join Zajel News on Telegram and WhatsApp for every update</div></div></body></html>"
    )
    body = extract(Page(url="https://zajel.example/a?id=1", html=html, site="zajel.example")).body
    for paragraph in STORY:
        assert paragraph in body
    assert "Floods recede" not in body
    assert "Join Zajel News" not in body


def _story_page(inner_after_second: str, tail: str = "", story_class: str = "sc-brqgnP") -> Page:
    """The story's paragraphs in one container (hashed class names: no class word helps), ``inner`` boxes
    after the second paragraph, ``tail`` closing the container."""
    ps = [f"<p>{p}</p>" for p in STORY]
    ps.insert(2, inner_after_second)
    html = (
        "<html><head><title>Council approves budget</title></head><body><main class='sc-gqjmRU'>"
        f"<h1>Council approves budget</h1><div class='{story_class}'>{''.join(ps)}{tail}</div>"
        "</main></body></html>"
    )
    return Page(url="https://agg.example/s/1", html=html, site="agg.example")


def test_a_read_also_card_leaves_the_body_with_its_teaser() -> None:
    # A box among the paragraphs: a kicker, a linked title and an unlinked teaser sentence.
    card = (
        "<div class='sc-htpNat'><a href='/s/2'><img src='/t.webp' alt=''></a><div class='sc-ifAKCX'>"
        "<div class='sc-EHOje'>Read also</div><a class='sc-bZQynM' href='/s/2'>Storm closes the northern highway"
        " for a second day</a><div class='sc-gzVnrw'>Drivers face long detours as crews clear the fallen trees"
        " from the road</div></div></div>"
    )
    body = extract(_story_page(card)).body
    for paragraph in STORY:
        assert paragraph in body
    assert "Storm closes" not in body
    assert "Drivers face long detours" not in body


def test_a_sign_up_box_with_a_form_leaves_the_body() -> None:
    box = (
        "<div class='sc-htoDjs'><div class='sc-dnqmqq'>Get our morning briefing with the five stories that matter"
        " in your inbox every day</div><form><input type='email'><button>Sign up</button></form></div>"
    )
    body = extract(_story_page(box)).body
    for paragraph in STORY:
        assert paragraph in body
    assert "morning briefing" not in body


def test_a_promo_line_with_its_button_leaves_the_body() -> None:
    promo = (
        "<div class='sc-offer'><p>This article is offered to you by the City Courier. Support independent"
        " reporting and subscribe from one euro for the first month</p><a class='btn' href='/subscribe'>"
        "Subscribe</a></div>"
    )
    body = extract(_story_page(promo)).body
    for paragraph in STORY:
        assert paragraph in body
    assert "offered to you" not in body


def test_a_quoted_tweet_and_an_editors_note_stay_in_the_body() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>The council has approved the budget tonight;"
        " the full figures will be published tomorrow morning on our website.</p>&mdash; City Council"
        " (@citycouncil) <a href='https://twitter.com/citycouncil/status/1'>March 4, 2026</a></blockquote>"
    )
    note = (
        "<p class='sc-fjdhpX'><em>Editor's note: this article has been updated to correct the date of the"
        " final vote, which was misstated in an earlier version.</em></p>"
    )  # in an element of its own after the story, as the lines the tail-edge rule drops
    body = extract(_story_page(tweet, tail=note)).body
    for paragraph in STORY:
        assert paragraph in body
    assert "the full figures will be published tomorrow morning" in body
    assert "Editor's note: this article has been updated" in body


def test_a_box_of_the_story_s_own_text_stays() -> None:
    # A box holding a passage of the story (more words than any card) with a link in it is the story.
    passage = (
        "<div class='sc-xyz'><h3>What the budget changes</h3><p>Schools lose two million, roads gain three, and "
        "the library service keeps its funding after a petition signed by more than four thousand residents; "
        "the detailed tables are <a href='/doc.pdf'>in the budget document</a>, which lists every department's "
        "line beside last year's figure and explains each change in a short note written by the treasurer.</p>"
        "<p><a href='/doc.pdf'>Budget document (PDF)</a></p></div>"
    )
    body = extract(_story_page(passage)).body
    assert "Schools lose two million" in body


def _box_chrome(inner: str) -> set[str]:
    """chrome_keys over a page whose body (as an extractor might hand it over) holds every text of ``inner``
    besides the story: the box rule alone decides, whatever the extractors' vote would have kept."""
    from crawler.extraction.chrome import chrome_keys
    from crawler.extraction.page_map import map_page
    from crawler.extraction.tree import parse_html

    page = _story_page(inner)
    root = parse_html(page.html)
    texts = [" ".join(el.text_content().split()) for el in root.iter("p", "div", "a", "blockquote")]
    own = [t for t in texts if t]
    return chrome_keys(map_page(root, [*STORY, *own], "Council approves budget", page.url))


def test_the_box_rule_on_cards_forms_and_quotes() -> None:
    card = (
        "<div class='sc-a'><div class='sc-b'>Read also</div><a href='/s/2'>Storm closes the northern highway</a>"
        "<div class='sc-c'>Drivers face long detours as crews clear fallen trees</div></div>"
    )
    assert "Stormclosesthenorthernhighway" in _box_chrome(card)
    assert "Driversfacelongdetoursascrewsclearfallentrees" in _box_chrome(card)
    form = "<div class='sc-a'><div class='sc-b'>Five stories that matter in your inbox</div><form><input></form></div>"
    assert "Fivestoriesthatmatterinyourinbox" in _box_chrome(form)
    quote = (
        "<blockquote class='sc-a'><p>The budget passed tonight, more tomorrow</p>&mdash; City Council "
        "<a href='https://twitter.com/c/status/1'>March 4, 2026</a></blockquote>"
    )
    assert "Thebudgetpassedtonight,moretomorrow" not in _box_chrome(quote)
    # One block alone in a box, without a form, is a paragraph in a wrapper: not a box.
    assert not _box_chrome("<div class='sc-a'><p>Read the statement <a href='/s'>here</a> tonight.</p></div>")


def _processed_body(closing: str, story: list[str] = STORY) -> str:
    from crawler.outlets import OutletRegistry
    from crawler.processing import process_page

    ps = "".join(f"<p>{p}</p>" for p in [*story, closing])
    html = (
        "<html><head><title>Council approves budget</title><meta property='og:site_name' content='Agg News'>"
        f"</head><body><article><h1>Council approves budget</h1><div class='entry'>{ps}</div></article>"
        "</body></html>"
    )
    page = Page(url="https://agg.example/news/1.html", html=html, site="agg.example")
    return process_page(page, None, OutletRegistry.load_default()).extracted.body


def test_a_short_closing_line_naming_an_outlet_the_story_never_names_leaves_the_body() -> None:
    # No cue any list knows: the line's place (the body's last block), its length and the outlet it names
    # (a registered one, nowhere else in the text) make it the page's credit.
    body = _processed_body("Our thanks to The Guardian, where this report ran first.")
    for paragraph in STORY:
        assert paragraph in body
    assert "Our thanks" not in body


def test_a_closing_line_naming_an_outlet_the_story_quotes_stays() -> None:
    story = [
        *STORY[:2],
        "The Guardian first reported the shortfall last week, citing council papers.",
        *STORY[2:],
    ]
    body = _processed_body("A spokesman later confirmed the figures to The Guardian.", story)
    assert "A spokesman later confirmed the figures to The Guardian." in body


def test_a_closing_sentence_citing_a_wire_stays() -> None:
    body = _processed_body("The final figures were confirmed to Reuters by two council members on Monday.")
    assert "confirmed to Reuters by two council members" in body


def test_the_sites_own_subscription_call_among_the_paragraphs_leaves_the_body() -> None:
    # One paragraph among the story's, same element, a sentence: it names the crawled site itself and links to
    # one of the site's service pages, where a story's links go to stories.
    call = (
        "<p>This article is offered to you by Zajel News. To support independent reporting, "
        "<a href='https://zajel.example/subscribe'>subscribe from one euro for the first month</a>.</p>"
    )
    own_story = "<p>As Zajel News <a href='https://zajel.example/news/2024/budget-vote'>reported last year</a>, the council had warned of cuts.</p>"
    ps = (
        "".join(f"<p>{p}</p>" for p in STORY[:2])
        + call
        + own_story
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
    )
    html = (
        "<html><head><title>Council approves budget</title><meta property='og:site_name' content='Zajel News'>"
        f"</head><body><article><h1>Council approves budget</h1><div class='entry'>{ps}</div></article>"
        "</body></html>"
    )
    page = Page(url="https://zajel.example/news/1.html", html=html, site="zajel.example")
    body = extract(page).body
    for paragraph in STORY:
        assert paragraph in body
    assert "offered to you by Zajel News" not in body
    assert "the council had warned of cuts" in body  # a story linking to the site's own story stays
    # The rule itself, whatever the extractors' vote kept: on the page map with every paragraph in the body.
    from crawler.extraction.chrome import chrome_keys
    from crawler.extraction.page_map import map_page
    from crawler.extraction.tree import parse_html

    root = parse_html(html)
    texts = [" ".join(p.text_content().split()) for p in root.iter("p")]
    keys = chrome_keys(map_page(root, texts, "Council approves budget", page.url), {"zajelnews"}, page.url)
    assert keys == {"".join(texts[2].split())}
