"""Leafly Mags: a Flipboard-style magazine item page (a curator "flipped" a publisher's story into a magazine).

The curator is everywhere ("Flipped into Harbour Town News by @curator"), which is not the source. The
publisher shows as "from X · 3h" under the title, as the linked name on the item card, or as a "X on Leafly"
box with a follow button; many items carry no publisher line at all. Chrome: the magazine header with
follower counts, "More from this magazine" items naming their publishers, a sign-up sheet and the footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug

_CURATORS = ("@harbourtowner", "@maya.reads", "@localdesk_ed", "@morningbrief_sam")


class FlipMagazine(Layout):
    name = "f_flip_magazine"
    language = "en"
    host = "leaflymags.example"
    site_name = "Leafly Mags"
    families = ("via_meta", "source_link", "sidebar_widget")
    notes = "Flipboard-like magazine item: curator 'Flipped into' line (not the source), 'from X · 3h', linked publisher, publisher box"

    def copy_url(self, story: StoryText, n: int) -> str:
        return (
            f"https://{self.host}/@harbourtown/harbour-town-news-{n % 97}/{title_slug(story.title)}-a{n:07d}"
        )

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        curator = _CURATORS[spec.seed % len(_CURATORS)]
        ago = f"{spec.seed % 20 + 1}h"
        sub = f'<div class="item-meta">{ago}</div>'
        box = ""
        if fam == "via_meta":
            text = rng.choice([f"from {shown} · {ago}", f"{shown} · {ago}", f"via {shown}"])
            sub = f'<div class="item-meta">{esc(text)}</div>'
        elif fam == "source_link":
            sub = f'<div class="item-meta">{link(src.article_url, shown, class_="publisher")} · {ago}</div>'
            exposes = True
        elif fam == "sidebar_widget":
            text = rng.choice([f"{shown} on Leafly", f"Follow {shown}"])
            box = f'<div class="publisher-card"><img src="{esc(src.logo)}" alt=""><h3>{esc(text)}</h3><button>Follow</button></div>'
            chrome.append(text)
        flipped = f"Flipped into Harbour Town News by {curator}"
        more = other_items(spec, 5)
        chrome += [t.title for t in more]
        sheet = "Create a free account to follow Harbour Town News and build your own magazines"
        foot = "© 2026 Leafly Mags, Inc. About · Blog · Publishers · Terms · Privacy"
        chrome += [flipped, sheet, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": s.title,
            "url": spec.url,
            "isPartOf": {"@type": "CreativeWorkSeries", "name": "Harbour Town News"},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        items = "".join(
            f'<li>{link(t.url, t.title)}<div class="item-meta">from {esc(t.outlet)}</div></li>' for t in more
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | Harbour Town News | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header class="mag-header"><a href="/" class="brand">{self.site_name}</a><h2>Harbour Town News</h2><span class="followers">{spec.seed % 900 + 100} followers</span><button>Follow</button></header>
<main class="item"><h1>{esc(s.title)}</h1>{sub}<div class="curator"><p>{esc(flipped)}</p></div>
<time datetime="{iso(spec.published_at)}"></time><div class="item-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>
<div class="social"><button>♥ {spec.seed % 80}</button><button>Flip</button><button>Share</button></div></main>
<aside>{box}<h3>More from this magazine</h3><ul>{items}</ul></aside>
<div class="signup-sheet"><p>{sheet}</p></div><footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
