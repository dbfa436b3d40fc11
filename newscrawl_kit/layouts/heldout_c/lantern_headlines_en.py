"""Lantern Headlines: a story-cluster news reader (Ground News / Google News-like) with a full-text view."""

from __future__ import annotations

import zlib

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import ago, choose, pick


class LanternHeadlinesEn(Layout):
    name = "c_lantern_headlines_en"
    language = "en"
    host = "lanternheadlines.test"
    site_name = "Lantern Headlines"
    families = ("read_original", "source_link", "badge", "via_meta")
    notes = (
        "Cluster reader: the story's text in a reader view, a 'coverage' panel listing a dozen other outlets that "
        "ran the story (with bias and factuality labels), the source as a small badge, a 'via' meta line, a "
        "linked name, or a 'continue reading' button (sometimes through the reader's own redirect)."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{n:05d}-{zlib.crc32(story.key.encode()):08x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        meta = f"{st.author or 'Staff'} · {ago(spec, 'en')}"
        badge = ""
        linked = ""
        button = ""
        if fam == "via_meta":
            meta = choose(
                rng,
                (
                    f"{st.author or 'Staff'} · via {src.name} · {ago(spec, 'en')}",
                    f"via {src.name} — {ago(spec, 'en')}",
                    f"{ago(spec, 'en')} | {st.author or 'Newsroom'} via {src.name}",
                ),
            )
        elif fam == "badge":
            words = [w for w in src.name.split() if w[:1].isupper() and w.lower() not in ("the", "of")]
            if len(words) >= 2 and rng.random() < 0.3:
                # Space is tight: the badge shows the initials and links to the publisher's home page.
                initials = "".join(w[0] for w in words)
                badge = f'<a class="src-badge" href="{esc(src.home_url)}" title="Original source">{esc(initials)}</a>'
            else:
                badge = f'<span class="src-badge" title="Original source">{esc(src.name)}</span>'
            if rng.random() < 0.5:
                badge += '<span class="src-badge flag">Local</span>'
        elif fam == "source_link":
            exposes = True
            lead = choose(rng, ("Reported by", "Original reporting:", "Source:", "First reported by"))
            linked = f'<p class="orig">{esc(lead)} <a href="{esc(src.article_url)}">{esc(src.name)}</a></p>'
        elif fam == "read_original":
            text = choose(
                rng,
                (
                    f"Continue reading on {src.name} →",
                    f"Read the full story at {src.name}",
                    f"Open original article ({src.domain})",
                ),
            )
            if rng.random() < 0.5:
                href, exposes = src.article_url, True
            else:
                href = f"https://{self.host}/out?id={spec.seed * 104729 % 10**7}"
            button = f'<a class="cta" href="{esc(href)}" rel="noopener">{esc(text)}</a>'
            chrome.append(text)
        coverage = pick(spec, 0, 8)
        labels = ("Left", "Lean Left", "Center", "Lean Right", "Right")
        coverage_html = "".join(
            f'<li><a href="{esc(t.outlet_url or t.url)}">{esc(t.outlet)}</a> <span class="bias">{labels[i % 5]}</span>'
            f'<a class="h" href="{esc(t.url)}">{esc(t.title)}</a></li>'
            for i, t in enumerate(coverage)
        )
        blind = pick(spec, 8, 3)
        blind_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in blind)
        chrome += [t.title for t in coverage + blind]
        bias = "Bias distribution: 38% Left, 41% Center, 21% Right of the sources covering this story"
        upsell = "Get Lantern Premium to compare every source side by side and spot blindspots."
        newsletter = "The Daily Lantern: the top stories and who is covering them, every morning."
        chrome += [bias, upsell, newsletter]
        html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(st.title)} | Lantern Headlines</title>
<meta name="description" content="{esc(st.paragraphs[0][:140])}">
<meta property="og:site_name" content="Lantern Headlines">
<link rel="canonical" href="{esc(spec.url)}">
</head><body>
<nav class="top"><a href="https://{self.host}/">Lantern Headlines</a> <a href="https://{self.host}/blindspot">Blindspot</a>
<a href="https://{self.host}/local">Local</a> <a href="https://{self.host}/subscribe">Subscribe</a></nav>
<div class="upsell"><p>{esc(upsell)}</p></div>
<main><section class="reader">
<div class="tags">{badge}<span class="topic">{esc(st.section or "News")}</span></div>
<h1>{esc(st.title)}</h1>
<p class="meta"><time datetime="{iso(spec.published_at)}">{esc(meta)}</time></p>
{linked}
<div class="reader-text">{paragraphs_html(spec.paragraphs)}</div>
{button}
<div class="share"><button>Copy link</button><a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">Post</a></div>
</section>
<section class="coverage"><h2>Coverage</h2><p class="bias-bar">{esc(bias)}</p><ul>{coverage_html}</ul></section>
<section class="blindspot"><h2>Blindspot</h2><ul>{blind_html}</ul></section></main>
<footer><p>{esc(newsletter)}</p><form><input type="email"><button>Sign up</button></form>
<p>Lantern Headlines is reader-supported. lanternheadlines.test</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
