"""The web view of a feed reader / news magazine app (Feedly-, Flipboard-like; React with hashed classes):
the entry shows "via X · 3h", a source chip, a "Visit website" button, an "About this source" rail card, or
only a JSON-LD ``isBasedOn``; the rest is the user's feeds and boards, trending entries from other sources."""

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
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class ReaderApp(Layout):
    name = "e_reader_app"
    language = "en"
    host = "app.skimdeck.example"
    site_name = "Skimdeck"
    families = ("via_meta", "badge", "read_original", "sidebar_widget", "jsonld")
    notes = "single-entry view of a reader: hashed class names (css-1x2y3z), feed list, trending with sources"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/i/entry/{(n * 2654435761) % 16**10:010x}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        hours = 1 + spec.seed % 11
        meta = f'<span class="css-9f1kq0">{hours}h</span>'
        chip = ""
        button = ""
        rail = ""
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        if fam == "via_meta":
            who = pick(spec, ("via ", "From ", ""), "w")
            meta = f'<span class="css-1m3pq7a">{who}{esc(src.name)}</span> · {meta}'
        elif fam == "badge":
            chip = (
                f'<div class="css-h8v2ke" data-testid="source-chip"><img class="css-0" src="{esc(src.logo)}" '
                f'width="16" alt=""><span>{esc(src.name)}</span></div>'
            )
        elif fam == "read_original":
            label = pick(spec, ("Visit website", f"Read on {src.name}", "Open original"), "w")
            button = f'<a class="css-k2j4sd" data-testid="visit-website" href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(label)}</a>'
            exposes = True
        elif fam == "sidebar_widget":
            rail = (
                '<section class="css-r5w0vz" data-testid="source-card"><h4>About this source</h4>'
                f'<img src="{esc(src.logo)}" alt=""><p class="css-2bq9m1">{esc(src.name)}</p>'
                f"<p>{(spec.seed % 90) + 5}K followers · {1 + spec.seed % 30} articles / day</p>"
                f"{a(src.home_url, 'Go to website')}<button>Follow</button></section>"
            )
        elif fam == "jsonld":
            ld["isBasedOn"] = src.article_url
            exposes = True
        trending = teasers(spec, 6)
        chrome += [t.title for t in trending]
        trend_html = "".join(
            f'<li class="css-1q5w3c"><span class="css-src">{esc(t.outlet)}</span>{a(t.url, t.title)}</li>'
            for t in trending
        )
        promo = f"Get {self.site_name} for iOS and Android: all your sources in one place."
        chrome.append(promo)
        feeds = "".join(
            f'<li class="css-feed">{name}</li>'
            for name in ("Today", "Read later", "World", "Business", "Tech", "Boards")
        )
        head = (
            f"<title>{esc(story.title)} – {esc(self.site_name)}</title>"
            f'<link rel="canonical" href="{esc(spec.url)}"><meta property="og:site_name" content="{esc(self.site_name)}">'
            f'<meta property="og:url" content="{esc(spec.url)}"><meta property="og:type" content="article">'
            f'<meta name="robots" content="noindex">' + json_ld(ld)
        )
        page = f"""<div id="root"><div class="css-app"><div class="css-1c2bnr" role="banner"><span class="css-logo">{esc(self.site_name)}</span><input class="css-search" placeholder="Search your feeds"><button>Upgrade to Pro</button></div>
<nav class="css-leftnav"><ul>{feeds}</ul></nav>
<div class="css-entry" role="main"><div class="css-entry-inner"><article class="css-7fe3ax">
{chip}<h1 class="css-1fy5o0s"><a href="#" class="css-title">{esc(story.title)}</a></h1>
<div class="css-meta" data-testid="entry-meta">{meta} · <time datetime="{iso(spec.published_at)}">{spec.published_at:%b %d}</time></div>
<div class="css-content" data-testid="entry-content">{paragraphs_html(ps)}</div>
<div class="css-actions"><button>Save to board</button><button>Mark as read</button><button>Share</button>{button}</div></article></div></div>
<aside class="css-rail">{rail}<section><h4>Trending in your feeds</h4><ul>{trend_html}</ul></section></aside>
<div class="css-toast">{esc(promo)}</div></div></div>"""
        return Rendered(doc("en", head, page), exposes, tuple(chrome), ps)
