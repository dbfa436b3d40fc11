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
