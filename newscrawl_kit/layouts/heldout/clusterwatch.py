"""ClusterWatch: a story-cluster page in the manner of Google News "Full coverage" and Ground News: one story,
the lead report's text, and the coverage of many other outlets around it.

Credits: the lead outlet's name linking to its article, a "read the full article at" button, a chip by the
headline, JSON-LD only (isBasedOn / citation / sourceOrganization), meta tags only. Distractors: the whole
point of the page: a coverage list where every item names another outlet with its logo linking to that outlet's
home page, a coverage-balance widget, "similar stories", a newsletter box, the site's name in the publisher.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, stable_id


class Clusterwatch(Layout):
    name = "clusterwatch"
    language = "en"
    host = "clusterwatch.example"
    site_name = "ClusterWatch"
    families = ("source_link", "read_original", "badge", "jsonld", "meta_tag")
    notes = (
        "Google News 'Full coverage' / Ground News story page: lead report plus a coverage list of other "
        "outlets with logos; lead source as link, button, chip, JSON-LD or meta tag"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{stable_id(story.key, 16**8):08x}-{n:04d}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        lead = button = chip = metas = ""
        ld_extra: dict[str, object] = {}
        n_sources = 12 + rng.randint(0, 60)

        if spec.family == "source_link":
            link = f'<a href="{esc(src.article_url)}" rel="noopener" target="_blank">{esc(name)}</a>'
            lead = rng.choice(
                [
                    f'<div class="lead-src">Lead story from {link}</div>',
                    f'<div class="lead-src">{link}</div>',
                    f'<div class="lead-src">Top coverage by {link}</div>',
                ]
            )
            exposes = True
        elif spec.family == "read_original":
            label = rng.choice(
                [f"Read full article at {name}", f"Read on {src.domain}", "Open the original story"]
            )
            button = f'<a class="btn-primary read-full" href="{esc(src.article_url)}" target="_blank">{esc(label)}</a>'
            keep(chrome, label)
            exposes = True
        elif spec.family == "badge":
            chip = rng.choice(
                [
                    f'<span class="chip chip-source">{esc(name)}</span>',
                    f'<span class="chip chip-source"><img src="/static/verified.svg" alt="" width="10">{esc(name)}</span>'
                    '<span class="chip">Original reporting</span>',
                ]
            )
        elif spec.family == "jsonld":
            shape = rng.randrange(3)
            if shape == 0:
                ld_extra = {"isBasedOn": src.article_url}
                exposes = True
            elif shape == 1:
                ld_extra = {
                    "citation": [
                        {
                            "@type": "NewsArticle",
                            "url": src.article_url,
                            "publisher": {"@type": "Organization", "name": name},
                        }
                    ]
                }
                exposes = True
            else:
                ld_extra = {"sourceOrganization": {"@type": "NewsMediaOrganization", "name": name}}
        elif spec.family == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="citation_publisher" content="{esc(name)}">'
            else:
                metas = f'<meta name="dc.source" content="{esc(src.article_url)}">'
                exposes = True

        leanings = ("Left", "Lean left", "Center", "Lean right", "Right")
        coverage = "".join(
            f'<li class="cov-item"><div class="cov-src"><a href="{esc(t.outlet_url or t.url)}"><img src="{esc((t.outlet_url or t.url).rstrip("/"))}/favicon.ico" '
            f'alt="" width="20"></a><span class="name">{esc(t.outlet)}</span><span class="lean">{leanings[i % 5]}</span></div>'
            f'<a class="cov-title" href="{esc(t.url)}">{esc(t.title)}</a><span class="age">{i + 1}h ago</span></li>'
            for i, t in enumerate(spec.teasers[:10])
        )
        similar = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span>{rng.randint(4, 90)} sources</span></li>'
            for t in spec.teasers[10:15]
        )
        keep(chrome, *(t.title for t in spec.teasers[:15]))
        left, center = rng.randint(15, 45), rng.randint(20, 50)
        balance = f"Coverage balance: Left {left}% · Center {center}% · Right {100 - left - center}%"
        count = f"{n_sources} sources are covering this story"
        newsletter = "Get the Blindspot Brief: stories one side of the spectrum missed, every Friday"
        footer = "© 2026 ClusterWatch Media. News from every angle."
        keep(chrome, balance, count, newsletter, footer)
        when = spec.published_at
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "about": {"@type": "Event", "name": s.title},
            **ld_extra,
        }
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} | ClusterWatch</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
{metas}
<meta property="og:site_name" content="ClusterWatch">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body>
<header class="topnav"><a href="/" class="brand">ClusterWatch</a><nav><a href="/">Home</a><a href="/blindspot">Blindspot</a><a href="/local">Local</a><a href="/interests">My feed</a></nav><a href="/subscribe" class="cta">Subscribe</a></header>
<main class="story-page">
<section class="story-head">{chip}<h1>{esc(s.title)}</h1>
<div class="story-meta"><time datetime="{iso(when)}">Updated {when:%b} {when.day}, {when:%Y}</time> · <span>{count}</span></div>
{lead}</section>
<section class="summary"><h2 class="visually-hidden">Lead report</h2>{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{button}</section>
<section class="coverage"><h2>Full coverage</h2><ul>{coverage}</ul></section>
<aside class="widgets"><div class="balance"><h3>Bias distribution</h3><p>{balance}</p><div class="bar"><span style="width:{left}%"></span></div></div>
<div class="similar"><h3>Similar news topics</h3><ul>{similar}</ul></div>
<div class="newsletter"><p>{newsletter}</p><input type="email" placeholder="Email address"><button>Sign up</button></div></aside>
<div class="share"><a href="https://x.com/intent/tweet?url={esc(spec.url)}">Share on X</a> <a href="https://www.reddit.com/submit?url={esc(spec.url)}">Reddit</a> <a href="https://bsky.app/intent/compose?text={esc(spec.url)}">Bluesky</a></div>
</main>
<footer><p>{footer}</p><a href="/about">About</a> · <a href="/methodology">Rating methodology</a> · <a href="/privacy">Privacy</a></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
