"""Hearth News: a Yahoo-News-style syndication page (partner content in the portal's article shell).

The meta line under the headline is "Author · Partner · 4 min read" (or "Partner · 4 min read"), a partner
logo sits at the top of the body, the closing line says where the story first appeared ("This article
originally appeared on X" / "Originally published by X"), or the page's canonical points at the partner's
article. Chrome: the portal header with Mail/Finance tabs, a "Trending" sidebar, "Top Stories" stream items
naming their providers, a comment teaser and the portal's legal footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class YahooStyle(Layout):
    name = "f_yahoo_style"
    language = "en"
    host = "news.hearthportal.example"
    site_name = "Hearth News"
    families = ("via_meta", "footer_phrase", "logo_link", "canonical")
    notes = "Yahoo-News-like syndication: 'Author · Partner · N min read', 'originally appeared on', partner logo, canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{title_slug(story.title)}-{110000000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        minutes = max(2, sum(len(p) for p in spec.paragraphs) // 1100)
        meta = f"{s.author or 'Hearth News staff'} · {minutes} min read"
        canonical = spec.url
        logo = ""
        closing = ""
        if fam == "via_meta":
            meta = rng.choice(
                [f"{s.author or 'Staff'} · {shown} · {minutes} min read", f"{shown} · {minutes} min read"]
            )
        elif fam == "footer_phrase":
            text = rng.choice(
                [
                    f"This article originally appeared on {shown}.",
                    f"Originally published by {shown}.",
                    f"This story first appeared on {shown} and is reproduced with permission.",
                ]
            )
            closing = f'<p class="caas-footer"><em>{esc(text)}</em></p>'
            chrome.append(text)
        elif fam == "logo_link":
            alt = rng.choice(["", shown])
            logo = f'<div class="caas-logo"><a href="{esc(src.home_url)}" rel="nofollow"><img src="{esc(src.logo)}" alt="{esc(alt)}"></a></div>'
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        trend = other_items(spec, 5)
        stream = other_items(spec, 4, skip=5)
        chrome += [t.title for t in trend + stream]
        foot = "Hearth News is part of the Hearth family of brands. Terms and Privacy Policy · Your Privacy Choices"
        comments = "Join the conversation: comments are moderated by the Hearth News community team"
        chrome += [foot, comments]
        meta_html = f'<div class="caas-attr-meta">{esc(meta)}</div>'
        if fam == "via_meta":
            chrome.append(meta)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "mainEntityOfPage": spec.url,
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else spec.url)}">'
        side = "".join(f"<li>{i + 1}. {link(t.url, t.title)}</li>" for i, t in enumerate(trend))
        items = "".join(
            f'<li class="stream-item"><span class="provider">{esc(t.outlet)}</span> {link(t.url, t.title)}</li>'
            for t in stream
        )
        page = f"""<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">{json_ld(ld)}</head>
<body><div id="module-header"><a href="https://www.hearthportal.example/">Hearth</a> <a href="https://mail.hearthportal.example/">Mail</a> <a href="/">News</a> <a href="https://finance.hearthportal.example/">Finance</a> <a href="https://sports.hearthportal.example/">Sports</a></div>
<div id="Main"><article class="caas-container"><header class="caas-header"><h1>{esc(s.title)}</h1>{meta_html}<time class="caas-attr-time-style" datetime="{iso(spec.published_at)}">{spec.published_at:%a, %B %d, %Y at %I:%M %p} UTC</time></header>
<div class="caas-body">{logo}{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}</div>
<div class="comments-teaser"><p>{comments}</p></div></article>
<aside id="trending"><h3>Trending</h3><ol>{side}</ol></aside></div>
<section id="stream"><h2>Top Stories</h2><ul>{items}</ul></section>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
