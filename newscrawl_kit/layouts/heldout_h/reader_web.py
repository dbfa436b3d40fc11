"""Quill Reader: an Apple-News-like reader whose public web view shows a story behind a publisher label.

The share link of a reader app opens a web page with the publisher's wordmark as a label above the headline,
the text (full or the opening paragraphs), an "Open in Quill" banner and a "More from the reader" rail.
Credits: the publisher label (a small badge), a "Published by X" link under the headline, the canonical
pointing at the publisher's own article, or only the reader's ``quill:publisher`` / ``original-source``
meta tags (the app shell reads them; nothing is shown).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class ReaderWeb(Layout):
    name = "h_reader_web"
    language = "en"
    host = "read.quillapp.example"
    site_name = "Quill Reader"
    families = ("badge", "source_link", "canonical", "meta_tag")
    notes = "Apple-News-like web view of a share link: publisher label badge, 'Published by X' link, canonical, original-source meta"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/A{n * 7919 % 10**8:08d}x{n % 97:02d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        label = ""
        pub = ""
        metas = ""
        if fam == "badge":
            label = f'<div class="publisher-label" data-kind="wordmark"><span>{esc(rng.choice([shown, shown.upper(), shown + " ›"]))}</span></div>'
        elif fam == "source_link":
            exposes = rng.random() < 0.7
            target = src.article_url if exposes else src.home_url
            lead = rng.choice(["Published by", "From", "Story from"])
            pub = f'<p class="published-by">{lead} {a(target, shown)}</p>'
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "meta_tag":
            key = rng.choice(["original-source", "quill:publisher", "syndication-source"])
            value = src.article_url if key != "quill:publisher" else shown
            exposes = value == src.article_url
            metas = f'<meta name="{key}" content="{esc(value)}">'
        rail = pick(spec, 4)
        chrome += [t.title for t in rail]
        banner = "Open in Quill for the full experience, audio stories and offline reading"
        foot = f"{self.site_name} · Stories from publishers you trust · Privacy Policy"
        chrome += [banner, foot]
        og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else spec.url)}">'
        cards = "".join(f'<li class="rail-item">{a(t.url, t.title)}</li>' for t in rail)
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} — {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}{metas}<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">
<meta name="apple-itunes-app" content="app-id=1000000{spec.seed % 99}"><meta name="article:published_time" content="{iso(spec.published_at)}"></head>
<body class="web-reader"><div class="open-banner"><p>{banner}</p><a href="quill://story/{spec.seed}" class="open-btn">Open</a></div>
<main class="story">{label}<h1 class="headline">{esc(s.title)}</h1>{pub}<div class="byline">{esc(s.author or "")}<time datetime="{iso(spec.published_at)}">{spec.published_at:%B %d, %Y}</time></div>
<div class="story-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div></main>
<aside class="rail"><h2>More from the reader</h2><ul>{cards}</ul></aside>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
