"""Pocket Reader: a news reader's clean "reader view" in the manner of SmartNews' Smart View, Flipboard's
article pages and read-later apps (which republish the text of syndication partners such as The Conversation).

Credits: a Creative Commons republication notice, a "via <outlet>" line, a "view original" link, a canonical
link to the original, meta tags only, a publisher panel with "more from" and Follow. Distractors: a curated
"magazine" list of other outlets' stories, "Top stories" with outlet labels, an open-in-app bar, a sign-in
prompt, the reader's name in og:site_name and publisher.
"""

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
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, stable_id


class Pocketreader(Layout):
    name = "pocketreader"
    language = "en"
    host = "read.pocketreader.example"
    site_name = "Pocket Reader"
    families = ("cc_notice", "via_meta", "read_original", "canonical", "meta_tag", "sidebar_widget")
    notes = (
        "SmartNews/Flipboard-style reader view: Creative Commons notice ('republished from X under a Creative "
        "Commons license. Read the original article.'), 'via X', view-original link, canonical, publisher panel"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/a/{stable_id(story.key + str(n), 36**6):x}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        canonical = og_url = spec.url
        metas = via = notice = original = panel = ""
        minutes = rng.randint(3, 9)

        if spec.family == "cc_notice":
            kind = rng.randrange(4)
            if kind == 0:
                text = f"This article is republished from {name} under a Creative Commons license."
                link = "Read the original article."
                notice = f'<p class="license">{esc(text)} <a href="{esc(src.article_url)}">{link}</a></p>'
                keep(chrome, f"{text} {link}")
                exposes = True
            elif kind == 1:
                text = (
                    f"This story was originally published by {name} and is republished here under a Creative Commons "
                    "Attribution-NoDerivatives 4.0 International License."
                )
                notice = (
                    f'<div class="license"><a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/">'
                    f'<img src="https://licensebuttons.net/l/by-nd/4.0/80x15.png" alt="Creative Commons License"></a> {esc(text)}</div>'
                )
                keep(chrome, text)
            elif kind == 2:
                text = f"Republished from {name} under CC BY-ND 4.0."
                notice = f'<p class="license"><small>{esc(text)}</small></p>'
                keep(chrome, text)
            else:
                text = f"Republished with permission under a CC BY 4.0 licence from {name}."
                notice = (
                    f'<p class="license">{esc(text)} <a href="{esc(src.article_url)}">Original story</a></p>'
                )
                keep(chrome, text)
                exposes = True
        elif spec.family == "via_meta":
            via = rng.choice(
                [
                    f"via {name}",
                    f"{s.author or 'Staff'} · via {name} · {minutes} min read",
                    f"Curated from {name} · {minutes} min",
                ]
            )
            keep(chrome, via)
        elif spec.family == "read_original":
            label = rng.choice(["View original", f"Open on {src.domain}", "Read on the publisher's site"])
            original = f'<a class="view-original" href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(label)}</a>'
            keep(chrome, label)
            exposes = True
        elif spec.family == "canonical":
            canonical = src.article_url
            og_url = rng.choice([src.article_url, spec.url])
            exposes = True
        elif spec.family == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="citation_publisher" content="{esc(name)}">\n<meta name="citation_title" content="{esc(s.title)}">'
        elif spec.family == "sidebar_widget":
            more = rng.choice([f"More from {name}", f"Top stories from {name}", f"Follow {name} for more"])
            items = "".join(f"<li>{esc(t.title)}</li>" for t in spec.teasers[13:16])
            keep(chrome, more, *(t.title for t in spec.teasers[13:16]))
            link = rng.choice([src.home_url, f"/publisher/{stable_id(src.domain)}"])
            panel = f"""<aside class="publisher-panel"><a href="{esc(link)}"><img class="avatar" src="{esc(src.logo)}" alt=""></a>
<div class="pub-name">{esc(name)}</div><button class="follow">Follow</button><h4>{esc(more)}</h4><ul>{items}</ul></aside>"""

        magazine = "".join(
            f'<li><a href="{esc(t.url)}"><span class="title">{esc(t.title)}</span><span class="src">{esc(t.outlet)}</span></a></li>'
            for t in spec.teasers[:6]
        )
        top = "".join(
            f'<article class="tile"><a href="{esc(t.url)}"><h3>{esc(t.title)}</h3></a><footer>{esc(t.outlet)} · {i + 1}h</footer></article>'
            for i, t in enumerate(spec.teasers[6:12])
        )
        keep(chrome, *(t.title for t in spec.teasers[:12]))
        app = "Open in the Pocket Reader app for a faster, ad-light reading experience"
        signin = "Sign in to save stories and build your morning magazine"
        footer = "© 2026 Pocket Reader Ltd · Reader view of a partner article"
        keep(chrome, app, signin, footer)
        when = spec.published_at
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "datePublished": iso(when),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(s.title)}</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<link rel="canonical" href="{esc(canonical)}">
{metas}
<meta property="og:site_name" content="Pocket Reader">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(og_url)}">
<meta name="theme-color" content="#ffffff">
{json_ld(ld)}
</head>
<body class="reader">
<div class="open-in-app" role="banner"><span>{app}</span> <a href="pocketreader://article/{stable_id(spec.url)}">Open</a></div>
<nav class="bar"><a href="/" class="home" aria-label="Pocket Reader home">Pocket Reader</a><a href="/signin" class="signin">Sign in</a></nav>
<div class="reader-wrap">
<main class="reader-main"><header class="reader-head"><h1>{esc(s.title)}</h1>
<p class="reader-meta"><time datetime="{iso(when)}">{when:%b} {when.day}</time> <span class="via">{esc(via)}</span></p></header>
<section class="reader-body">{paragraphs_html(spec.paragraphs)}</section>
{notice}
{original}
<div class="actions"><button class="save">Save</button> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">Share</a> <a href="https://x.com/intent/tweet?url={esc(spec.url)}">Post</a></div>
</main>
{panel}
</div>
<section class="magazine"><h2>In your Morning Read magazine</h2><ul>{magazine}</ul></section>
<section class="top"><h2>Top stories</h2>{top}</section>
<div class="signin-prompt"><p>{signin}</p></div>
<footer class="foot"><p>{footer}</p></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
