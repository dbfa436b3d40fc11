"""Tidewater Reader: a headline-stream reader (NewsNow/SmartNews-like) with an in-app article view."""

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
from newscrawl_kit.layouts.heldout_c._kit import add_dateline, ago, choose, en_date, pick, slug_url_guard


class TidewaterReaderEn(Layout):
    name = "c_tidewater_reader_en"
    language = "en"
    host = "www.tidewater-reader.example"
    site_name = "Tidewater Reader"
    families = ("via_meta", "sidebar_widget", "wire_dateline", "url_slug", "jsonld")
    notes = (
        "Headline-stream reader with a reading view: a 'via' line under the title, an 'About this source' card "
        "in the rail, wire copy that keeps its '(Agency) —' dateline, publisher pages under /s/<publisher>/<id>, "
        "or only a JSON-LD provider; a live headline stream of other outlets, a 'Get the app' sheet, ads."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{story.source.slug or 'wire'}/{n * 7 + 3000}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/story/{n * 7 + 3000}"

    def render(self, spec: CopySpec) -> Rendered:
        slug_url_guard(spec)
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        body = spec.paragraphs
        via = f"{ago(spec, 'en')}"
        card = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": st.title,
            "dateCreated": iso(spec.published_at),
        }
        if fam == "via_meta":
            via = choose(
                rng,
                (
                    f"via {src.name} · {ago(spec, 'en')}",
                    f"{ago(spec, 'en')} · via {src.name}",
                    f"Via: {src.name}",
                ),
            )
        elif fam == "sidebar_widget":
            title = choose(rng, ("About this source", "Publisher", "From the publisher"))
            follow = f"More from {src.name}"
            if rng.random() < 0.5:
                link = f'<a href="{esc(src.home_url)}">{esc(follow)}</a>'
            else:
                link = f'<a href="https://{self.host}/publisher/{spec.seed % 400}">{esc(follow)}</a>'
            card = (
                f'<div class="source-card"><h4>{esc(title)}</h4><p class="pub">{esc(src.name)}</p>'
                f"<p>{esc(src.domain)}</p>{link}<button>Follow</button></div>"
            )
            if len(follow) >= 20:
                chrome.append(follow)
        elif fam == "wire_dateline":
            city = choose(rng, ("LONDON", "WASHINGTON", "NEW YORK", "BRUSSELS"))
            when = f"{spec.published_at:%b} {spec.published_at.day}"
            opener = choose(
                rng, (f"{city} ({src.name}) —", f"{city}, {when} ({src.name}) -", f"{city} ({src.name}) -")
            )
            body = add_dateline(spec, opener)
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["provider"] = {"@type": "NewsMediaOrganization", "name": src.name}
            else:
                ld["sourceOrganization"] = {"@type": "Organization", "name": src.name, "sameAs": src.home_url}
                ld["isBasedOn"] = {"@type": "CreativeWork", "url": src.article_url}
                exposes = True
        stream = pick(spec, 0, 9)
        stream_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="src">{esc(t.outlet)}</span> <span class="age">{i * 4 + 2}m</span></li>'
            for i, t in enumerate(stream)
        )
        chrome += [t.title for t in stream]
        app = "Get the Tidewater Reader app — every headline, the moment it breaks."
        ad = "Sponsored: Compare broadband deals in your area in under a minute"
        cookies = "We use cookies to remember your feeds. See the Tidewater Reader cookie policy."
        chrome += [app, ad, cookies]
        html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(st.title)} - Tidewater Reader</title>
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:site_name" content="Tidewater Reader">
{json_ld(ld)}
</head><body>
<div class="cookie"><p>{esc(cookies)}</p><button>OK</button></div>
<header><a class="brand" href="https://{self.host}/">Tidewater Reader</a>
<nav><a href="https://{self.host}/top">Top</a> <a href="https://{self.host}/uk">UK</a> <a href="https://{self.host}/world">World</a> <a href="https://{self.host}/business">Business</a></nav></header>
<div class="layout"><main><article class="reading-view">
<h1>{esc(st.title)}</h1>
<p class="via"><time datetime="{iso(spec.published_at)}" title="{esc(en_date(spec.published_at))}">{esc(via)}</time></p>
<div class="text">{paragraphs_html(body)}</div>
<div class="actions"><button>Save</button><button>Share</button><button>Not interested</button></div>
</article></main>
<aside>{card}<div class="ad"><a href="https://ads.fibrecompare.example/t?x=88">{esc(ad)}</a></div>
<h3>Latest headlines</h3><ul class="stream">{stream_html}</ul></aside></div>
<div class="app-sheet"><p>{esc(app)}</p><a href="https://apps.example/tidewater">Open app</a></div>
<footer><p>Tidewater Reader links to thousands of publishers. © 2026 Tidewater Media Ltd</p></footer>
</body></html>"""
        return Rendered(
            html=html,
            exposes_original_url=exposes,
            chrome=tuple(chrome),
            body=body if body != spec.paragraphs else None,
        )
