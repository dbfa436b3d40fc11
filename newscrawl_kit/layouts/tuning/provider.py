"""A portal that republishes partner content (cf. Yahoo News / MSN): the provider's logo above the headline,
the byline and provider in a meta line, a canonical link to the partner's page on some articles, a licence
notice on Creative Commons pieces."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html


class ProviderPortal(Layout):
    name = "provider"
    language = "en"
    host = "news.portalhub.example"
    site_name = "PortalHub News"
    families = ("logo_link", "via_meta", "canonical", "cc_notice", "byline_outlet")
    notes = "partner-content portal; provider logo with or without alt; canonical to partner on some pages"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        provider = meta = after = ""
        canonical = spec.url
        exposes = False
        if spec.family == "logo_link":
            alt = rng.choice(["", src.name, f"{src.name} logo"])
            provider = f'<div class="caas-logo"><a href="{esc(src.home_url)}" rel="nofollow"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="28"></a></div>'
        elif spec.family == "via_meta":
            who = s.author or "Staff"
            meta = f'<div class="caas-attr-meta">{esc(who)} · via {esc(src.name)} · {rng.randint(2, 9)} min read</div>'
        elif spec.family == "canonical":
            canonical = src.article_url
            exposes = True
        elif spec.family == "cc_notice":
            text = rng.choice(
                [
                    f"This article is republished from {src.name} under a Creative Commons license. Read the original article.",
                    f"This story originally appeared in {src.name} and is republished here under a CC BY-ND 4.0 license.",
                ]
            )
            after = f'<p class="license">{esc(text).replace("Read the original article", f"<a href={chr(34)}{esc(src.article_url)}{chr(34)}>Read the original article</a>")}</p>'
            exposes = "Read the original article" in text
            chrome.append(text)
        elif spec.family == "byline_outlet":
            who = s.author or "Staff writer"
            meta = f'<div class="caas-attr-meta">By {esc(who)}, {esc(src.name)}</div>'
        trending = "".join(
            f'<li><a href="{esc(t.url)}"><span class="pv">{esc(t.outlet)}</span>{esc(t.title)}</a></li>'
            for t in spec.teasers[:6]
        )
        chrome += [t.title for t in spec.teasers[:6] if len(t.title) >= 20]
        cookie = (
            "We and our partners use cookies to personalise content and ads. Manage your privacy settings."
        )
        chrome += [cookie, "© 2026 PortalHub. All rights reserved."]
        ld = {
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/logo.png"},
            },
            "url": canonical,
        }
        return Rendered(
            f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(canonical)}">
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div id="consent"><p>{cookie}</p><button>Accept all</button></div>
<header id="masthead"><a href="/"><img src="/logo.png" alt="{self.site_name}"></a><nav><a href="/world">World</a><a href="/us">U.S.</a></nav></header>
<div id="module-article"><article class="caas-container">{provider}
<header class="caas-title-wrapper"><h1>{esc(s.title)}</h1></header>{meta}
<time datetime="{iso(spec.published_at)}">{spec.published_at:%B %d, %Y}</time>
<div class="caas-body">{paragraphs_html(spec.paragraphs)}{after}</div></article></div>
<aside id="trending"><h3>Trending now</h3><ul>{trending}</ul></aside>
<footer><p>© 2026 PortalHub. All rights reserved.</p><a href="/terms">Terms</a></footer></body></html>""",
            exposes,
            tuple(chrome),
        )
