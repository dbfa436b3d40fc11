"""Brief Reader: the web view of a news-reader app (SmartNews / Opera News / Upday style) for shared links.

An app-shell page: an "Open in the app" banner, the publisher header (round logo, name, follow button), the
story as the app's reading view with a "Smart view" toggle, emoji reactions, "More for you" cards naming
other outlets and a store-badge footer. The publisher appears as its logo linking home (name only in the
alt, if any), in a closing "Originally published by" line, or only in metadata: the JSON-LD
``isBasedOn`` / ``sourceOrganization`` or a ``publisher-name`` / ``syndication-source`` meta tag.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import others, shown


class SmartviewApp(Layout):
    name = "g_smartview_app"
    language = "en"
    host = "share.briefreader-app.example"
    site_name = "Brief Reader"
    families = ("logo_link", "footer_phrase", "jsonld", "meta_tag")
    notes = "News-reader app web view (SmartNews/Opera News style): publisher logo link, 'Originally published by', JSON-LD, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{n * 104729 % 16**8:08x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        pub = '<div class="pub"><span class="pub-name">Top Stories</span></div>'
        closing = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "logo_link":
            alt = rng.choice(["", src.name, "Publisher logo"])
            pub = (
                f'<div class="pub"><a class="pub-logo" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" width="32" height="32"></a>'
                '<button class="follow">+ Follow</button></div>'
            )
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Originally published by {src.name}.",
                    f"This story was first published on {src.name} and is shown here with permission.",
                    f"Content provided by {src.name}.",
                ]
            )
            closing = f'<p class="orig">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["isBasedOn"] = {
                    "@type": "NewsArticle",
                    "url": src.article_url,
                    "publisher": {"@type": "Organization", "name": src.name},
                }
                exposes = True
            else:
                ld["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": src.name}
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="publisher-name" content="{esc(src.name)}">'
        cards = others(spec, 5)
        chrome += [t.title for t in cards]
        more = "".join(
            f'<div class="card"><a href="{esc(t.url)}">{esc(t.title)}</a><span class="card-pub">{esc(t.outlet)}</span></div>'
            for t in cards
        )
        banner = "Get the full experience: open this story in the Brief Reader app"
        stores = "Brief Reader is free on the App Store and Google Play"
        chrome += [banner, stores]
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(s.title)} | Brief Reader</title>{metas}<meta property="og:site_name" content="{self.site_name}">
<meta name="apple-itunes-app" content="app-id=1234567890">{json_ld(ld)}</head><body class="app-shell">
<div class="open-app"><a href="briefreader://s/{spec.seed}">{banner}</a></div>{pub}
<main class="reading"><div class="toggle"><span>Smart view</span> <span>Web</span></div><h1>{esc(s.title)}</h1>
<div class="ts">{spec.published_at:%b %d, %Y}</div><div class="content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}
<div class="reactions">👍 😮 😢 😡</div></main>
<section class="for-you"><h2>More for you</h2>{more}</section><footer><p>{stores}</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
