"""Newsstand Digital: a digital newsstand's article pages in the manner of PressReader (print editions turned
into web articles: issue date, page number, upper-case bylines, "Listen", "Translate" and "Print" tools).

Copy URLs of credited pages are ``/<country>/<publication-slug>/<yyyymmdd>/<id>``, as the newsstand files
articles under the publication. Credits: that slug alone, the publication in the byline, a publication badge,
JSON-LD only, a "Publication:" row in the issue block. Distractors: the issue block itself (date, page, section
in label/value form), a "more from this issue" and "trending in the newsstand" list naming other titles, a
subscription banner, the newsstand's name and copyright.
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

OWN = "catalog"


class Newsstand(Layout):
    name = "newsstand"
    language = "en"
    host = "www.newsstand-digital.example"
    site_name = "Newsstand Digital"
    families = ("url_slug", "byline_outlet", "badge", "jsonld", "source_line")
    notes = (
        "PressReader-style digital newsstand: /<country>/<publication-slug>/<date>/<id> URLs, issue block "
        "(date, page) as dl, upper-case byline with the paper, publication badge, JSON-LD"
    )

    def _tail(self, story: StoryText, n: int) -> str:
        d = story.published_at
        return f"{d:%Y%m%d}/{281500000000000 + n * 104729}"

    def copy_url(self, story: StoryText, n: int) -> str:
        slug = story.source.slug or OWN
        return f"https://{self.host}/uk/{slug}/{self._tail(story, n)}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/{OWN}/article/{self._tail(story, n)}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        if spec.family is None and src.slug and f"/{src.slug}/" in spec.url:
            raise ValueError(f"{self.name}: an uncredited copy cannot live at {spec.url}; use copy_url_for")
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        page_no = rng.randint(2, 38)
        issue = s.published_at
        rows = [
            ("Issue", f"{issue.day} {issue:%b %Y}"),
            ("Page", str(page_no)),
            ("Section", s.section or "News"),
        ]
        byline = (s.author or "Staff reporter").upper()
        badge = ""
        ld_extra: dict[str, object] = {}

        if spec.family == "byline_outlet":
            byline = rng.choice(
                [
                    f"{(s.author or 'Staff reporter').upper()} {name.upper()}",
                    f"By {s.author or 'our reporter'}, {name}",
                    f"{name} correspondent",
                ]
            )
        elif spec.family == "badge":
            badge = rng.choice(
                [
                    f'<div class="pub-badge"><img src="/img/pub/{stable_id(src.domain)}.png" alt=""><span>{esc(name)}</span></div>',
                    f'<span class="pub-badge-small">{esc(name)}</span>',
                ]
            )
        elif spec.family == "jsonld":
            shape = rng.randrange(3)
            if shape == 0:
                ld_extra = {
                    "isPartOf": {
                        "@type": "PublicationIssue",
                        "datePublished": issue.date().isoformat(),
                        "isPartOf": {"@type": "Periodical", "name": name},
                    }
                }
            elif shape == 1:
                ld_extra = {
                    "sourceOrganization": {
                        "@type": "NewsMediaOrganization",
                        "name": name,
                        "url": src.home_url,
                    }
                }
            else:
                ld_extra = {
                    "isBasedOn": src.article_url,
                    "copyrightHolder": {"@type": "Organization", "name": name},
                }
                exposes = True
        elif spec.family == "source_line":
            rows.insert(0, (rng.choice(["Publication", "Newspaper", "Title"]), name))
        keep(chrome, byline)

        issue_block = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
        same_issue = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><span class="page">p. {i + 3}</span></li>'
            for i, t in enumerate(spec.teasers[:5])
        )
        trending = "".join(
            f'<li><a href="{esc(t.url)}"><b>{esc(t.outlet)}</b> {esc(t.title)}</a></li>'
            for t in spec.teasers[5:11]
        )
        keep(chrome, *(t.title for t in spec.teasers[:11]))
        banner = "Read 7,000+ newspapers and magazines with one subscription. Start your free trial"
        tools = "Listen · Translate · Print · Share this article"
        footer = "© 2026 Newsstand Digital Inc. Content is reproduced under licence from its publishers"
        keep(chrome, banner, tools, footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "mainEntityOfPage": spec.url,
            **ld_extra,
        }
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} - Newsstand Digital</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:site_name" content="Newsstand Digital">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body class="article-view">
<div class="trial-banner">{banner}</div>
<header class="toolbar"><a href="/" class="brand"><img src="/img/newsstand-logo.svg" alt="Newsstand Digital"></a>
<nav><a href="/catalog">Catalog</a><a href="/topics">Topics</a><a href="/library">My library</a></nav><a class="signin" href="/signin">Sign in</a></header>
<div class="layout">
<main>
<div class="issue-info">{badge}<dl class="issue">{issue_block}</dl></div>
<article class="art">
<h1 class="art-title">{esc(s.title)}</h1>
<p class="art-author">{esc(byline)}</p>
<div class="art-tools">{tools}</div>
<div class="art-text">{paragraphs_html(spec.paragraphs)}</div>
</article>
<section class="same-issue"><h2>More from this issue</h2><ul>{same_issue}</ul></section>
</main>
<aside><section class="trending"><h2>Trending in the newsstand</h2><ul>{trending}</ul></section></aside>
</div>
<footer><p>{footer}</p><a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/publishers">For publishers</a></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
