"""An English AMP aggregator page (the AMP article template many small news sites emit): a mid-body
"Related: <title>" paragraph linking another story, an image with a plain caption closing on its photographer's
credit, an <amp-carousel> of related stories inside the article after the text (title and outlet per slide), an
"Editor's picks" box of plain (unlinked) headlines, a newsletter sign-up box and an AMP sticky footer. Credits: a
'Source:' line under the body, a link to the original under the headline, a closing sentence in the site's
words."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld


class AmpNews(Layout):
    name = "ampnews"
    language = "en"
    host = "amp.dailyroundup.example"
    site_name = "Daily Roundup"
    families = ("source_line", "source_link", "footer_phrase")
    notes = "AMP: mid-body 'Related:' link, caption with agency, amp-carousel, unlinked picks, newsletter box"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/amp/story/{n}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        source = closing = top = ""
        exposes = False
        if spec.family == "source_line":
            source = f'<p class="story-source"><b>Source:</b> {esc(src.name)}</p>'
        elif spec.family == "source_link":
            top = f'<div class="origin">Originally on <a href="{esc(src.article_url)}">{esc(src.name)}</a></div>'
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"This story was first reported by {src.name}",
                    f"Daily Roundup picked this story up from {src.name}",
                ]
            )
            closing = f"<p><i>{esc(text)}</i></p>"
            chrome.append(text)
        related = spec.teasers[0]
        agency = rng.choice(["Tom Ridley", "Ana Brandt for Daily Roundup", "file photo"])
        caption = f"A view of the scene earlier this week. Photo: {agency}"
        chrome += [related.title, caption]
        parts = []
        for i, p in enumerate(spec.paragraphs):
            parts.append(f"<p>{esc(p)}</p>")
            if i == 0:
                parts.append(
                    '<amp-img src="/img/1.jpg" width="800" height="450" layout="responsive"></amp-img>'
                    f'<p class="img-text">{esc(caption)}</p>'
                )
            if i == 1 and len(spec.paragraphs) > 3:
                parts.append(f'<p>Related: <a href="{esc(related.url)}">{esc(related.title)}</a></p>')
        slides = spec.teasers[1:5]
        carousel = (
            '<amp-carousel height="300" layout="fixed-height" type="carousel">'
            + "".join(
                f'<div class="slide"><a href="{esc(t.url)}"><amp-img src="/t/{i}.jpg" width="200" height="120"></amp-img>'
                f"<h4>{esc(t.title)}</h4></a><span>{esc(t.outlet)}</span></div>"
                for i, t in enumerate(slides)
            )
            + "</amp-carousel>"
        )
        picks = spec.teasers[5:8]
        picks_html = (
            "<div><h3>Editor's picks</h3>" + "".join(f"<div>{esc(t.title)}</div>" for t in picks) + "</div>"
        )
        chrome += [t.title for t in slides + picks]
        letter = "Get the Daily Roundup briefing in your inbox every morning"
        chrome.append(letter)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<link rel="canonical" href="https://www.dailyroundup.example/story/{spec.seed}"><meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head>
<body><header class="amp-header"><a href="/">{self.site_name}</a></header><main><article>
<h1>{esc(s.title)}</h1>{top}<div class="byline">{spec.published_at:%B %d, %Y %H:%M}</div>
<div class="story">{"".join(parts)}{closing}{source}{carousel}{picks_html}
<div><form action-xhr="/subscribe"><p>{esc(letter)}</p><input type="email"><button>Sign me up</button></form></div></div>
</article></main><amp-sticky-ad layout="nodisplay"></amp-sticky-ad>
<footer><p>&copy; 2026 Daily Roundup. Aggregated headlines from around the web.</p></footer></body></html>"""
        return Rendered(page, exposes, tuple(c for c in chrome if len(c) >= 20))
