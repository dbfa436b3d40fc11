"""Nimbus News: a web-portal news hub carrying partner stories (Yahoo/MSN syndication style)."""

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
from newscrawl_kit.layouts.heldout_c._kit import choose, en_date, photo_credit, pick


class NimbusNewsEn(Layout):
    name = "c_nimbus_news_en"
    language = "en"
    host = "news.nimbusportal.example"
    site_name = "Nimbus News"
    families = ("logo_link", "byline_outlet", "footer_phrase", "canonical", "jsonld")
    notes = (
        "Portal syndication page (Yahoo/MSN-like): the partner's logo above the headline (often with no alt), the "
        "partner as byline ('Alice Harper, <outlet>'), a closing 'originally published by' or copyright line, "
        "or only a canonical/JSON-LD pointing home; 'Trending now', a sponsored-links grid, a markets strip, "
        "a consent dialog and comments."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        slug = "-".join(story.title.lower().split()[:7])
        slug = "".join(c for c in slug if c.isalnum() or c == "-")
        return f"https://{self.host}/{slug}-{140000000 + n * 97}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        provider = ""
        byline = f"By {st.author}" if st.author else "Nimbus News Staff"
        closing = ""
        canonical = spec.url
        og_url = spec.url
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": "Nimbus News"},
        }
        if fam == "logo_link":
            alt = choose(rng, ("", "", src.name_latin or src.name))
            provider = (
                f'<div class="provider"><a href="{esc(src.home_url)}" data-ylk="prov"><img class="prov-logo" '
                f'alt="{esc(alt)}" src="{esc(src.logo)}" height="{choose(rng, ("20", "24", "18"))}"></a></div>'
            )
        elif fam == "byline_outlet":
            if st.author:
                byline = choose(
                    rng,
                    (
                        f"{st.author}, {src.name}",
                        f"{st.author} · {src.name}",
                        f"Story by {st.author} • {src.name}",
                    ),
                )
            else:
                byline = choose(rng, (src.name, f"{src.name} staff", f"From {src.name}"))
        elif fam == "footer_phrase":
            closing = choose(
                rng,
                (
                    f"This story was originally published by {src.name}.",
                    f"Copyright 2026 {src.name}. All rights reserved.",
                    f"This article first appeared in {src.name} and is shared here with permission.",
                    f"Originally published on {src.name}; republished by Nimbus News.",
                ),
            )
            chrome.append(closing)
        elif fam == "canonical":
            canonical, exposes = src.article_url, True
            og_url = choose(rng, (spec.url, src.article_url))
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["isBasedOn"] = src.article_url
                exposes = True
            else:
                ld["author"] = {"@type": "Organization", "name": src.name, "url": src.home_url}
            if rng.random() < 0.5:
                ld["provider"] = {"@type": "Organization", "name": "Nimbus News Partners"}

        trending = pick(spec, 0, 6)
        sponsored = (
            (
                "Homeowners are switching to this smart thermostat this winter",
                "https://ads.brightclick.example/c/1",
            ),
            (
                "Retirees: see the five mistakes to avoid with your savings",
                "https://ads.brightclick.example/c/2",
            ),
            (
                "These cruises are selling out for next summer — check prices",
                "https://ads.brightclick.example/c/3",
            ),
        )
        more = pick(spec, 6, 4)
        chrome += [t.title for t in trending + more] + [s for s, _ in sponsored]
        markets = "Markets: Dow 41,210 ▲0.4% · S&P 500 5,720 ▲0.3% · Nasdaq 18,140 ▼0.1%"
        consent = (
            "Nimbus and our partners use cookies to personalise content and ads. Manage your privacy choices."
        )
        comments = "Comments are moderated. Please keep the conversation civil and on topic."
        chrome += [markets, consent, comments]
        trending_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><span class="prov">{esc(t.outlet)}</span></li>'
            for t in trending
        )
        more_html = "".join(
            f'<li><a href="{esc(t.url)}"><img src="{esc((t.outlet_url or t.url).rstrip("/"))}/static/logo.png" alt="">'
            f"{esc(t.title)}</a></li>"
            for t in more
        )
        sponsored_html = "".join(f'<li><a href="{u}" rel="sponsored">{esc(s)}</a></li>' for s, u in sponsored)
        photo = photo_credit(spec, ("Getty Images", "AP Photo", "Reuters", "Shutterstock"))
        html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(st.title)}</title>
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:url" content="{esc(og_url)}">
<meta property="og:site_name" content="Nimbus News">
<meta property="og:title" content="{esc(st.title)}">
<meta name="twitter:site" content="@nimbusnews">
{json_ld(ld)}
</head><body>
<div id="consent" role="dialog"><p>{esc(consent)}</p><button>Accept all</button><button>Reject all</button></div>
<header><a href="https://www.nimbusportal.example/">Nimbus</a> <a href="https://{self.host}/">News</a>
<a href="https://mail.nimbusportal.example/">Mail</a> <a href="https://finance.nimbusportal.example/">Finance</a>
<a href="https://sports.nimbusportal.example/">Sports</a><form><input placeholder="Search the web"></form></header>
<p class="markets">{esc(markets)}</p>
<main><article>
{provider}
<h1>{esc(st.title)}</h1>
<div class="byline"><span class="author">{esc(byline)}</span> <time datetime="{iso(spec.published_at)}">{esc(en_date(spec.published_at, us=True))}</time></div>
<figure><img src="https://s.nimbusportal.example/img/{spec.seed}.jpg" alt=""><figcaption>{esc(photo)}</figcaption></figure>
<div class="caas-body">{paragraphs_html(spec.paragraphs)}</div>
{f'<p class="closing">{esc(closing)}</p>' if closing else ""}
<div class="share"><button>Share</button><a href="mailto:?subject={esc(st.title)}">Email</a></div>
</article>
<section class="comments"><h3>Comments</h3><p>{esc(comments)}</p></section>
<section class="more"><h3>More from Nimbus</h3><ul>{more_html}</ul></section></main>
<aside><h3>Trending now</h3><ol>{trending_html}</ol><h3>Sponsored</h3><ul>{sponsored_html}</ul></aside>
<footer><a href="https://www.nimbusportal.example/terms">Terms</a> <a href="https://www.nimbusportal.example/privacy">Privacy</a>
<a href="https://www.nimbusportal.example/partners">About our partners</a> <span>© 2026 Nimbus Portal Inc.</span></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
