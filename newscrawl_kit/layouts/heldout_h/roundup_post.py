"""Coastal Notes: a Substack-style weekly roundup where one post reposts a local story in full.

A newsletter platform's post page: the publication header with "Subscribe", the post title and subtitle,
the writer's avatar line, a like/comment/restack bar, the reposted story in a ``blockquote`` (or inline),
a "Share" button, the comments teaser and the platform's footer. Credits as writers put them: the outlet
linked in the intro ("This week's must-read, from X:"), a "Read the original at X" link after it, the
byline inside the quote ("— Jon Ortega, X"), or a licence line for stories shared under Creative Commons.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, words_slug


class RoundupPost(Layout):
    name = "h_roundup_post"
    language = "en"
    host = "coastalnotes.letterstack.example"
    site_name = "Coastal Notes"
    families = ("source_link", "read_original", "byline_outlet", "cc_notice")
    notes = "Substack-style weekly roundup reposting a story: outlet link in the intro, 'Read the original at X', quoted byline, CC licence line"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/p/{words_slug(story.title, 5)}-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        intro = "This week's must-read, reposted in full because it deserves it:"
        after = ""
        quoted_by = ""
        if fam == "source_link":
            exposes = rng.random() < 0.7
            target = src.article_url if exposes else src.home_url
            intro = rng.choice(
                [
                    f"This week's must-read, from {a(target, shown)}:",
                    f"The story everyone on the coast is talking about ({a(target, shown)}):",
                    f"Reposted from {a(target, shown)}, with thanks:",
                ]
            )
        elif fam == "read_original":
            text = rng.choice(
                [
                    f"Read the original at {shown}",
                    "Read the original story here",
                    f"Go read it at {shown} and subscribe to them",
                ]
            )
            after = f'<p class="button-wrapper">{a(src.article_url, text, class_="button primary")}</p>'
            exposes = True
            chrome.append(text)
        elif fam == "byline_outlet":
            quoted_by = rng.choice(
                [
                    f"— {s.author or 'Staff'}, {shown}",
                    f"{s.author or 'Staff'} for {shown}",
                    f"By {s.author or 'Staff'} | {shown}",
                ]
            )
            chrome.append(quoted_by)
        elif fam == "cc_notice":
            text = rng.choice(
                [
                    f"This story was originally published by {shown} and is republished here under a Creative Commons CC BY-ND 4.0 license.",
                    f"Republished from {shown} under Creative Commons (CC BY-NC-ND 4.0). Read the original.",
                    f"{shown} shares its reporting under a Creative Commons license; this copy follows its republishing guidelines.",
                ]
            )
            if "Read the original" in text:
                exposes = True
                after = f'<p class="cc-line"><em>{esc(text).replace("Read the original", a(src.article_url, "Read the original"))}</em></p>'
            else:
                after = f'<p class="cc-line"><em>{esc(text)}</em></p>'
            chrome.append(text)
        also = pick(spec, 4)
        chrome += [t.title for t in also]
        sub = "Coastal Notes is a reader-supported publication. To receive new posts, consider becoming a subscriber."
        foot = "© 2026 Coastal Notes · Privacy ∙ Terms ∙ Collection notice · Start writing · Get the app"
        chrome += [sub, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": [{"@type": "Person", "name": "Maren Holt", "url": f"https://{self.host}/"}],
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        links = "".join(
            f'<li>{a(t.url, t.title)} <span class="via">({esc(t.outlet)})</span></li>' for t in also
        )
        by = f'<p class="quote-by">{esc(quoted_by)}</p>' if quoted_by else ""
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} - by Maren Holt - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta name="author" content="Maren Holt"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="main-menu"><a href="/" class="navbar-title">{self.site_name}</a><button class="subscribe-btn">Subscribe</button><a href="/account/login">Sign in</a></div>
<article class="post newsletter-post"><div class="post-header"><h1 class="post-title">{esc(s.title)}</h1><h3 class="subtitle">Plus four more things worth your time this week</h3>
<div class="post-meta"><img class="avatar" src="https://cdn.letterstack.example/avatars/mh.png" alt=""> Maren Holt · <time datetime="{iso(spec.published_at)}">{spec.published_at:%b %d, %Y}</time></div>
<div class="post-ufi"><button>♡ {spec.seed % 80 + 3}</button><button>💬 {spec.seed % 12}</button><button>Restack</button></div></div>
<div class="available-content"><div class="body markup"><p>{intro}</p><blockquote>{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{by}</blockquote>{after}
<h3>Also worth your time</h3><ul>{links}</ul></div></div>
<div class="subscription-widget"><p>{sub}</p><input type="email" placeholder="Type your email..."><button>Subscribe</button></div></article>
<footer class="footer"><p>{foot}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
