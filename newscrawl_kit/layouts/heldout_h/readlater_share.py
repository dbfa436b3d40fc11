"""Keepsake: the public share page of a read-later service (Pocket/Instapaper/Omnivore-type).

A saved article's share page shows the cleaned text with the saver's highlights, and names its origin the
way these tools do: "Saved from northernledger.co.uk" (the domain only, linked to the article), a "View
original" button, a canonical to the article, or only the ``og:see_also``/``original-source`` meta tags.
Chrome: "Save to Keepsake" prompts, "Highlights by @reader", a "Similar stories" list naming outlets, the
service footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class ReadlaterShare(Layout):
    name = "h_readlater_share"
    language = "en"
    host = "share.keepsake-app.example"
    site_name = "Keepsake"
    families = ("source_link", "read_original", "canonical", "meta_tag")
    notes = "Read-later share page (Pocket/Instapaper-like): 'Saved from <domain>' link, 'View original' button, canonical, original-source meta"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{n * 48271 % 16**8:08x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        saved = '<div class="saved-from">Saved by a Keepsake reader</div>'
        button = ""
        metas = ""
        if fam == "source_link":
            exposes = True
            shown = rng.choice([src.domain, "www." + src.domain, src.name_latin or src.name])
            saved = f'<div class="saved-from">Saved from {a(src.article_url, shown, rel="noopener")}</div>'
        elif fam == "read_original":
            text = rng.choice(
                ["View original", "Read on the original site", f"View original at {src.domain}"]
            )
            button = f'<p class="view-original">{a(src.article_url, text, class_="btn")}</p>'
            exposes = True
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "meta_tag":
            key = rng.choice(["original-source", "og:see_also"])
            attr = "property" if key.startswith("og:") else "name"
            metas = f'<meta {attr}="{key}" content="{esc(src.article_url)}">'
            exposes = True
        og = f'<meta property="og:url" content="{esc(canonical)}">' if rng.random() < 0.5 else ""
        similar = pick(spec, 4)
        chrome += [t.title for t in similar]
        prompt = "Save this story to Keepsake and read it later on any device, even offline"
        hl = "Highlights by @tidewatcher · 3 highlights · shared publicly"
        foot = "Keepsake · Read what matters, when it matters · Privacy · Terms · Help"
        chrome += [prompt, hl, foot]
        paras = list(spec.paragraphs)
        body = "".join(
            f'<p><mark class="hl">{esc(p)}</mark></p>' if i == 1 else f"<p>{esc(p)}</p>"
            for i, p in enumerate(paras)
        )
        rows = "".join(
            f'<li>{a(t.url, t.title)} <span class="dom">{esc(t.outlet)}</span></li>' for t in similar
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}{metas}<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article"></head>
<body><nav class="top"><a href="/" class="brand">{self.site_name}</a> <a href="/signup" class="btn">Sign up</a></nav>
<main class="reader"><header><h1>{esc(s.title)}</h1>{saved}<div class="meta">{esc(s.author or "")} · <time datetime="{iso(s.published_at)}">{s.published_at:%B %d, %Y}</time> · {max(2, sum(len(p.split()) for p in paras) // 230)} min read</div></header>
<div class="hl-bar"><p>{hl}</p></div><article class="content">{body}</article>{button}
<div class="save-prompt"><p>{prompt}</p><button>Save</button></div></main>
<aside><h2>Similar stories</h2><ul>{rows}</ul></aside>
<footer><p>{foot}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
