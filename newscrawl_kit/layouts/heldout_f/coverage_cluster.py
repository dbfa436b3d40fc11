"""Spectrum Desk: a Ground-News-style coverage page (one story, its text, and everyone else who covered it).

The page shows the chosen article's text under a coverage bar ("Left 30% · Center 45% · Right 25%"), a
"Sources" list of other outlets that covered the story (a distractor: each names a real-sounding outlet),
and the one the text is from: a highlighted "Lead source" box in the rail, a "Read at X" link to the
article, a linked outlet name under the headline, or nothing but an ``og:see_also``/``original-source`` meta.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class CoverageCluster(Layout):
    name = "f_coverage_cluster"
    language = "en"
    host = "spectrumdesk.example"
    site_name = "Spectrum Desk"
    families = ("sidebar_widget", "source_link", "read_original", "meta_tag")
    notes = "Ground-News-like coverage comparison page: other outlets listed, 'Lead source' box, 'Read at X', linked outlet, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{title_slug(story.title)}_{n:05d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        metas = ""
        under = ""
        box = ""
        after = ""
        if fam == "sidebar_widget":
            label = rng.choice(["Lead source", "Text shown from"])
            url = src.article_url if rng.random() < 0.5 else src.home_url
            exposes = url == src.article_url
            box = (
                f'<div class="lead-source"><div class="ls-label">{label}</div><img src="{esc(src.logo)}" alt="">'
                f'{link(url, shown)}<div class="ls-stat">Factuality: Mixed · Ownership: Independent</div></div>'
            )
        elif fam == "source_link":
            under = f'<div class="from">{rng.choice(["Published by", "From"])} {link(src.article_url, shown)}</div>'
            exposes = True
        elif fam == "read_original":
            text = rng.choice([f"Read at {shown}", "Read the original article", f"Full article on {shown} ↗"])
            after = f'<p class="read-at">{link(src.article_url, text, target="_blank")}</p>'
            exposes = True
            chrome.append(text)
        elif fam == "meta_tag":
            metas = rng.choice(
                [
                    f'<meta property="og:see_also" content="{esc(src.article_url)}">',
                    f'<meta name="original-source" content="{esc(src.article_url)}">',
                ]
            )
            exposes = True
        covered = other_items(spec, 6)
        chrome += [t.title for t in covered]
        bar = "Left 30% · Center 45% · Right 25% of the sources that covered this story"
        foot = "Spectrum Desk helps you compare how the news is covered. © 2026 Spectrum Desk, Inc."
        chrome += [bar, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": s.title,
            "url": spec.url,
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        rows = "".join(
            f'<li class="src-row"><span class="outlet">{esc(t.outlet)}</span> <span class="bias">{("Lean Left", "Center", "Lean Right")[i % 3]}</span> {link(t.url, t.title)}</li>'
            for i, t in enumerate(covered)
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{metas}<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><nav class="top"><a href="/">{self.site_name}</a> <a href="/blindspot">Blindspot</a> <a href="/local">Local</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
<div class="layout"><main><h1>{esc(s.title)}</h1>{under}<div class="coverage-bar"><p>{bar}</p></div>
<div class="summary-note">Published {spec.published_at:%B %d, %Y} · {len(covered) + 1} sources</div>
<div class="article-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{after}
<section class="sources"><h2>All sources</h2><ul>{rows}</ul></section></main>
<aside class="rail">{box}<div class="newsletter"><p>Get the Daily Spectrum in your inbox</p><input type="email"></div></aside></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
