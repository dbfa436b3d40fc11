"""PanAfrica News: a pan-African distributor of the continent's papers in the manner of AllAfrica (country
prefix in the headline, the publisher's logo and name over the story, the long "distributed by" copyright
footer under every story) on an old table-and-div layout.

Credits: the distributor's copyright sentence naming the publisher after the body, a "Publisher:" label/value
row, the publisher's logo linking to its home page, a dateline opening the body, the publisher in the byline.
Distractors: "More news" headlines each followed by its paper in parentheses, a country menu, an agency photo
credit, the distributor's own name and copyright in the footer, a newsletter box.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    StoryText,
    esc,
    iso,
    json_ld,
    paragraphs_html,
)
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, photo_credit, stable_id

CITIES = ("NAIROBI", "LAGOS", "ACCRA", "HARARE", "DAR ES SALAAM", "KAMPALA")
COUNTRIES = ("Kenya", "Nigeria", "Ghana", "Zimbabwe", "Tanzania", "Uganda")


class Panafrica(Layout):
    name = "panafrica"
    language = "en"
    host = "www.panafricanews.example"
    site_name = "PanAfrica News"
    families = ("footer_phrase", "source_line", "logo_link", "wire_dateline", "byline_outlet")
    notes = (
        "AllAfrica-style distributor: 'Copyright © X. All rights reserved. Distributed by ...' after each "
        "story, Publisher: row, publisher logo, 'CITY (X) —' dateline, byline with the paper; tables"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/stories/2026{n % 12 + 1:02d}{n % 28 + 1:02d}{1000 + n:04d}.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        body = list(spec.paragraphs)
        shown_body: tuple[str, ...] | None = None
        pick = rng.randrange(len(COUNTRIES))
        country, city = COUNTRIES[pick], CITIES[pick]
        rows: list[tuple[str, str]] = [("Date", f"{spec.published_at.day} {spec.published_at:%B %Y}")]
        byline = f"By {s.author}" if s.author else ""
        pub_logo = rights_html = ""

        if spec.family == "footer_phrase":
            year = spec.published_at.year
            rights = rng.choice(
                [
                    f"Copyright © {year} {name}. All rights reserved. Distributed by PanAfrica News Media (panafricanews.example).",
                    f"Republished by PanAfrica News with permission from {name}. © {year} {name}.",
                    f"© {name} {year}. Distributed by PanAfrica News Media. To contact the copyright holder for "
                    "corrections or permission to republish, click here.",
                ]
            )
            keep(chrome, rights)
            body_text = esc(rights).replace("click here", '<a href="/misc/contact.html">click here</a>')
            rights_html = f'<div class="copyright-notice"><p>{body_text}</p></div>'
        elif spec.family == "source_line":
            label = rng.choice(["Publisher", "Source", "Published by"])
            rows.insert(0, (label, name))
        elif spec.family == "logo_link":
            alt = rng.choice(["", "logo"])
            pub_logo = f'<a href="{esc(src.home_url)}" class="publisher-logo"><img src="{esc(src.logo)}" alt="{alt}" height="40"></a>'
        elif spec.family == "wire_dateline":
            prefix = rng.choice(
                [f"{city} ({name}) —", f"{city.title()}, {country} ({name}) -", f"({name}) {city} —"]
            )
            body[0] = f"{prefix} {body[0]}"
            shown_body = tuple(body)
        elif spec.family == "byline_outlet":
            byline = rng.choice(
                [
                    f"By {s.author or 'Staff Writer'}, {name}",
                    f"{name} Reporter",
                    f"{s.author or 'Correspondent'} | {name}",
                ]
            )
        if byline:
            keep(chrome, byline)

        meta_rows = "".join(
            f'<tr><td class="label">{esc(k)}:</td><td class="value">{esc(v)}</td></tr>' for k, v in rows
        )
        more = "".join(
            f'<li><a href="{esc(t.url)}">{esc(country)}: {esc(t.title)}</a> <span class="pub">({esc(t.outlet)})</span></li>'
            for t in spec.teasers[:8]
        )
        keep(chrome, *(f"{country}: {t.title}" for t in spec.teasers[:8]))
        popular = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[8:13])
        keep(chrome, *(t.title for t in spec.teasers[8:13]))
        caption = f"Photo: {photo_credit(s, *rng.sample(['Xinhua', 'Reuters', 'AFP'], 3))}"
        newsletter = "Sign up for free PanAfrica News newsletters: get the latest in African news delivered"
        app = "Don't miss a story: download the PanAfrica News app for Android and iOS"
        footer = "PanAfrica News publishes around 600 reports a day from more than 100 news organisations"
        footer2 = "© 2026 PanAfrica News Media. All rights reserved."
        tagline = "PanAfrica News: Africa's news, from its own newsrooms"
        keep(chrome, newsletter, app, footer, footer2, tagline)
        when = spec.published_at
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": f"{country}: {s.title}",
            "datePublished": iso(when),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "contentLocation": country,
        }
        country_menu = " | ".join(f'<a href="/{c.lower()}/">{c}</a>' for c in COUNTRIES)
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(country)}: {esc(s.title)} - PanAfrica News</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:site_name" content="PanAfrica News">
<meta property="og:title" content="{esc(country)}: {esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body>
<div id="page">
<table id="masthead" width="100%"><tr><td><a href="/"><img src="/static/img/panafrica-logo.png" alt="PanAfrica News"></a></td>
<td class="tagline">{esc(tagline)}</td></tr></table>
<div id="countries"><b>Countries:</b> {country_menu}</div>
<div id="topics"><a href="/business/">Business</a> | <a href="/health/">Health</a> | <a href="/environment/">Environment</a> | <a href="/sport/">Sport</a></div>
<div id="content" class="story">
<div class="story-header">{pub_logo}<h1 class="headline">{esc(country)}: {esc(s.title)}</h1>
<table class="story-meta">{meta_rows}</table>
<div class="byline">{esc(byline)}</div></div>
<div class="story-image"><img src="/download/pictures/{stable_id(s.key)}.jpg" alt="" width="600"><div class="caption">{esc(caption)}</div></div>
<div class="story-body">{paragraphs_html(body)}</div>
{rights_html}
<div class="share"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">Facebook</a> <a href="https://twitter.com/share?url={esc(spec.url)}">Twitter</a> <a href="mailto:?body={esc(spec.url)}">Email</a></div>
</div>
<div id="sidebar"><div class="box"><h3>More {esc(country)} news</h3><ul>{more}</ul></div>
<div class="box"><h3>Most popular</h3><ol>{popular}</ol></div>
<div class="box newsletter"><p>{newsletter}</p><form action="/newsletters"><input name="email"><input type="submit" value="Subscribe"></form></div>
<div class="box app"><p>{app}</p></div></div>
<div id="footer"><p>{footer}</p><p>{footer2}</p><p><a href="/misc/about.html">About us</a> | <a href="/misc/contact.html">Contact</a> | <a href="/misc/privacy.html">Privacy</a></p></div>
</div>
</body>
</html>"""
        return Rendered(page, False, tuple(chrome), body=shown_body)
