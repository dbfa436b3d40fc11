"""The Tidewater Letter: a Substack/Medium-style publication that reposts other newsrooms' pieces.

Newsletter chrome: the publication header with a "Subscribe" form, a "Share" and "Restack" bar, a comment
count, a paywall-free "Discussion" teaser, "Recommended publications" naming other newsletters. The repost
is credited in the ways these platforms are used: a closing "Originally published at X on <date>", a
Creative Commons republication note ("republished from X under CC BY-ND 4.0. Read the original"), a byline
"Alice Harper for X", or the import tool's canonical pointing at the original with nothing visible.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class NewsletterRepost(Layout):
    name = "f_newsletter_repost"
    language = "en"
    host = "tidewaterletter.example"
    site_name = "The Tidewater Letter"
    families = ("footer_phrase", "cc_notice", "byline_outlet", "canonical")
    notes = "Substack/Medium-style reposts: 'Originally published at X', CC BY-ND note with original link, 'Name for X' byline, import canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/p/{title_slug(story.title)}-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        canonical = spec.url
        author = s.author or "Guest contributor"
        byline = esc(author)
        closing = ""
        if fam == "footer_phrase":
            d = spec.story.published_at
            if rng.random() < 0.5:
                closing = f'<p class="repost"><em>Originally published at {link(src.article_url, shown)} on {d:%B} {d.day}, {d.year}.</em></p>'
                exposes = True
                chrome.append(f"Originally published at {shown} on {d:%B} {d.day}, {d.year}.")
            else:
                text = f"This piece first ran in {shown} and appears here with the author's permission."
                closing = f'<p class="repost"><em>{esc(text)}</em></p>'
                chrome.append(text)
        elif fam == "cc_notice":
            licence = rng.choice(["CC BY-ND 4.0", "a Creative Commons license", "CC BY 4.0"])
            text = f"This article is republished from {shown} under {licence}."
            read = rng.choice(["Read the original article.", "Read the original."])
            closing = f'<p class="cc-note"><img src="https://licensebuttons.example/l/by-nd/4.0/88x31.png" alt="CC"> {esc(text)} {link(src.article_url, read)}</p>'
            exposes = True
            chrome.append(f"{text} {read}")
        elif fam == "byline_outlet":
            byline = esc(rng.choice([f"{author} for {shown}", f"{author}, {shown}", f"{shown} staff"]))
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        # Medium's import keeps og:url on the repost; some themes copy the canonical into it.
        og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else spec.url)}">'
        recs = other_items(spec, 3)
        chrome += [t.title for t in recs]
        subscribe = "Subscribe to The Tidewater Letter: coastal news and ideas, twice a week, free"
        foot = "© 2026 The Tidewater Letter · Privacy ∙ Terms ∙ Collection notice · Start writing"
        chrome += [subscribe, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "url": spec.url,
            "datePublished": iso(spec.published_at),
            "author": [{"@type": "Person", "name": author}],
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}"},
        }
        items = "".join(f"<li>{link(t.url, t.title)} <span>by {esc(t.outlet)}</span></li>" for t in recs)
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} - by {esc(author)}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">{json_ld(ld)}</head>
<body><div class="topbar"><a class="pub-logo" href="/">{self.site_name}</a><form class="subscribe-top"><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<article class="post"><h1 class="post-title">{esc(s.title)}</h1><h3 class="subtitle">A repost for our readers</h3>
<div class="post-meta"><span class="byline">{byline}</span> · <time datetime="{iso(spec.published_at)}">{spec.published_at:%b %d, %Y}</time></div>
<div class="post-actions"><button>♡ {spec.seed % 200}</button><button>💬 {spec.seed % 30}</button><button>Restack</button><button>Share</button></div>
<div class="body markup">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}</div></article>
<div class="subscribe-widget"><p>{subscribe}</p><input type="email"><button>Subscribe</button></div>
<section class="recs"><h3>Recommended publications</h3><ul>{items}</ul></section>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
