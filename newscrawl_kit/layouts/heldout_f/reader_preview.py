"""Tidings: an Apple-News-style web preview (the page a shared reader link opens outside the app).

A slim bar with the reader's icon and "Open in Tidings", the publisher's wordmark above the headline (a link
to the publisher, alt text or not), a small publisher label in the meta line, a "Continue reading at X"
button, or a canonical that hands search engines the publisher's article. Most of the chrome is the
reader's: the app pitch, "More stories in Tidings" with other publishers' names, legal links.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class ReaderPreview(Layout):
    name = "f_reader_preview"
    language = "en"
    host = "preview.tidings-app.example"
    site_name = "Tidings"
    families = ("logo_link", "badge", "read_original", "canonical")
    notes = "Apple-News-like web preview: publisher wordmark link, publisher label, 'Continue reading at X', canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/A{(n * 2654435761) % 16**10:010x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        canonical = spec.url
        mark = ""
        label = ""
        cta = ""
        if fam == "logo_link":
            alt = rng.choice(["", shown, "publisher"])
            mark = f'<a class="wordmark" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}"></a>'
        elif fam == "badge":
            label = f'<span class="pub-label">{esc(shown.upper() if rng.random() < 0.5 else shown)}</span> · '
        elif fam == "read_original":
            text = rng.choice(
                [f"Continue reading at {shown}", "Read the full story", f"Open on {shown}'s site"]
            )
            cta = f'<div class="continue">{link(src.article_url, text, class_="pill")}</div>'
            exposes = True
            chrome.append(text)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        more = other_items(spec, 4)
        chrome += [t.title for t in more]
        pitch = "Get the full experience: read this and thousands of other stories in the Tidings app"
        foot = "Copyright © 2026 Tidings Labs. All rights reserved. Privacy Policy · Terms of Use"
        chrome += [pitch, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        og = (
            f'<meta property="og:url" content="{esc(canonical)}">'
            if rng.random() < 0.5
            else f'<meta property="og:url" content="{esc(spec.url)}">'
        )
        cards = "".join(
            f'<a class="tile" href="{esc(t.url)}"><small>{esc(t.outlet)}</small><strong>{esc(t.title)}</strong></a>'
            for t in more
        )
        page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(s.title)} — {self.site_name}</title><link rel="canonical" href="{esc(canonical)}">{og}<meta property="og:site_name" content="{self.site_name}">
<meta name="apple-itunes-app" content="app-id=987654321">{json_ld(ld)}</head>
<body><div class="app-bar"><img src="https://{self.host}/icon-180.png" alt=""><span>{self.site_name}</span><a href="tidings://open">Open in Tidings</a></div>
<main class="preview">{mark}<h1>{esc(s.title)}</h1><div class="byline">{label}{esc(s.author or "")} <time datetime="{iso(spec.published_at)}">{spec.published_at:%B %d, %Y}</time></div>
<div class="preview-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{cta}
<div class="pitch"><p>{pitch}</p></div></main>
<section class="more"><h2>More stories in Tidings</h2>{cards}</section><footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
