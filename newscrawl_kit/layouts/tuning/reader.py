"""A React-built news reader app's web view (cf. SmartNews / Ground News web): hashed class names, the story
as a card with its source as a link, a "continue reading" button, JSON-LD and meta tags on some pages."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html


class ReaderApp(Layout):
    name = "reader"
    language = "en"
    host = "app.newsreel.example"
    site_name = "Newsreel"
    families = ("source_link", "read_original", "jsonld", "meta_tag", "disclaimer")
    notes = "hashed class names; a 'More sources' list naming other outlets beside the article"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/story/{n:x}{(n * 7919) % 10**6:06d}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        line = after = head = ""
        exposes = False
        ld = {
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if spec.family == "source_link":
            word = rng.choice(["", "From ", "Published by "])
            line = f'<div class="css-9xk2lm">{word}<a class="css-1m2ox" href="{esc(src.article_url)}">{esc(src.name)}</a></div>'
            exposes = True
        elif spec.family == "read_original":
            label = rng.choice(
                [f"Continue reading on {src.name}", f"Read the full story at {src.name}", "Read full article"]
            )
            after = f'<a class="css-btn7q" role="button" href="{esc(src.article_url)}">{esc(label)}</a>'
            exposes = True
        elif spec.family == "jsonld":
            ld["isBasedOn"] = {
                "@type": "NewsArticle",
                "url": src.article_url,
                "publisher": {"@type": "Organization", "name": src.name},
            }
            exposes = True
        elif spec.family == "meta_tag":
            head = f'<meta name="citation_publisher" content="{esc(src.name)}">'
        elif spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"This content was produced by {src.name}. Newsreel is not responsible for its accuracy.",
                    f"Newsreel aggregates this story from {src.name}; views expressed are the publisher's own.",
                ]
            )
            after = f'<p class="css-0k1l2">{esc(text)}</p>'
            chrome.append(text)
        others = "".join(
            f'<div class="css-r8s7t"><img src="/fav/{i}.ico" alt=""><span>{esc(t.outlet)}</span><a href="{esc(t.url)}">{esc(t.title)}</a></div>'
            for i, t in enumerate(spec.teasers[:5])
        )
        chrome += [t.title for t in spec.teasers[:5] if len(t.title) >= 20]
        chrome.append("Get the Newsreel app for the full experience")
        return Rendered(
            f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | Newsreel</title>
<meta property="og:site_name" content="Newsreel">{head}{json_ld(ld)}</head><body><div id="root">
<div class="css-h3d9f"><a href="/">Newsreel</a><a href="/for-you">For you</a></div>
<main class="css-7b2vq"><h1 class="css-a93kd">{esc(s.title)}</h1>{line}
<div class="css-t1m3">{spec.published_at:%b %d, %Y %I:%M %p}</div>
<div class="css-u2p9x">{paragraphs_html(spec.paragraphs)}</div>{after}</main>
<section class="css-p0o9i"><h2>More sources</h2>{others}</section>
<div class="css-appbn">Get the Newsreel app for the full experience</div></div></body></html>""",
            exposes,
            tuple(chrome),
        )
