"""PressDesk Newswire: a press-release / partner-content distribution page (newswire style), English."""

from __future__ import annotations

import re
from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, local, share_links, text_of

CITIES = ("LONDON", "MANCHESTER", "NEW YORK", "TORONTO", "DUBLIN", "SYDNEY")


class PressDesk(Layout):
    name = "b_pressdesk"
    language = "en"
    host = "www.pressdesk-newswire.com"
    site_name = "PressDesk Newswire"
    families: ClassVar[tuple[str, ...]] = (
        "source_line",
        "logo_link",
        "jsonld",
        "meta_tag",
        "disclaimer",
        "read_original",
    )
    notes = (
        "After press-release distribution services (PR Newswire, Business Wire, GlobeNewswire): every release "
        "opens with 'CITY, Date /PressDesk/ --' (the distributor's own name in the dateline), ends with "
        "'SOURCE X' or 'Issued by', an issuer logo box, the issuer only in JSON-LD or meta tags, 'the issuer is "
        "solely responsible' notes, 'View original content' lines (the distributor's own multimedia URL as a "
        "trap); related releases from other issuers, media-contact block, subscription banner."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", story.title.lower()).strip("-")[:60].strip("-") or "release"
        return f"https://{self.host}/news-releases/{slug}-30{n:07d}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 0)
        short = "PressDesk"
        chrome: list[str] = []

        city = rng.choice(CITIES)
        dateline = f"{city}, {when:%B} {when.day}, {when.year} /{short}/ -- "
        paragraphs = list(spec.paragraphs)
        paragraphs[0] = dateline + paragraphs[0]
        body = tuple(paragraphs)

        head: list[str] = []
        if fam == "meta_tag":
            name, value = rng.choice(
                (
                    ("dc.publisher", src.name),
                    ("author", src.name),
                    ("citation_publisher", src.name),
                    ("original-source", src.article_url),
                    ("issuer", src.domain),
                )
            )
            head.append(f'<meta name="{name}" content="{esc(value)}">')
        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": site, "url": f"https://{self.host}/"},
            "url": spec.url,
        }
        if fam == "jsonld":
            org: dict = {"@type": "Organization", "name": src.name}
            if rng.random() < 0.5:
                org["sameAs"] = [src.home_url]
            ld[rng.choice(("author", "sourceOrganization", "provider"))] = org

        logo_top = logo_bottom = ""
        if fam == "logo_link":
            alt = rng.choice(("", "Issuer logo", "logo", src.name_latin or ""))
            box = (
                f'<div class="release-logo"><a href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(src.logo)}" alt="{esc(alt)}" width="160"></a></div>'
            )
            if rng.random() < 0.5:
                logo_top = box
            else:
                logo_bottom = box

        ending: list[str] = []
        if fam == "source_line":
            label = rng.choice(("SOURCE", "Source:", "Issued by:", "SOURCE:"))
            ending.append(f'<p class="release-source">{esc(label)} {esc(src.name)}</p>')
            chrome.append(f"{label} {src.name}")
        if fam == "read_original":
            style = rng.choice(("view", "orig", "newsroom"))
            url = esc(src.article_url)
            if style == "view":
                ending.append(
                    f'<p>View original content at {esc(src.name)}: <a href="{url}" rel="nofollow">{url}</a></p>'
                )
            elif style == "orig":
                ending.append(f'<p>Originally published at <a href="{url}" rel="nofollow">{url}</a></p>')
            else:
                ending.append(
                    f'<p><a href="{url}" rel="nofollow">Read the original on {esc(src.name)}\'s site</a></p>'
                )
        mm = f"https://{self.host}/news-releases/multimedia/{spec.seed:05d}.html"
        ending.append(f'<p class="mm-link">View multimedia content: <a href="{mm}">{mm}</a></p>')
        chrome += [text_of(e) for e in ending]

        responsible = "The issuer is solely responsible for the content of this announcement."
        if fam == "disclaimer":
            responsible = rng.choice(
                (
                    f"{src.name} is solely responsible for the content of this announcement.",
                    f"This content was provided by {src.name}. {site} is not responsible for its accuracy.",
                    f"The views in this release are those of {src.name}; {site} has not verified them.",
                )
            )
        chrome.append(responsible)

        credit = caption_credit(spec, rng, "en")
        caption = f"Photo accompanying this release: {credit}"
        chrome.append(caption)

        contact = f"Media contact: {site} newsroom desk, +44 20 7946 0{rng.randint(100, 999)}, newsroom@{self.host.removeprefix('www.')}"
        chrome.append(contact)
        related = spec.teasers[:6]
        related_html = "".join(
            f'<li class="card"><a href="{esc(t.url)}"><h3>{esc(t.title)}</h3></a><p class="issuer">{esc(t.outlet)}</p>'
            f'<p class="date">{when:%b %d, %Y}</p></li>'
            for t in related
        )
        chrome += [t.title for t in related]
        banner = f"Get {site} alerts: receive releases in your industry the moment they cross the wire"
        footer = f"© {when.year} {site}. All rights reserved. Distribution, monitoring and media-relations services."
        chrome += [banner, footer]
        shares = "".join(
            f'<li><a href="{esc(h)}" class="social-{n}">{n}</a></li>'
            for n, h in share_links(spec.url, st.title, ("linkedin", "x", "facebook", "email"))
        )
        body_html = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)

        page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} | {esc(site)}</title>
<meta name="description" content="{esc(body[0][:155])}">
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:title" content="{esc(st.title)}">
<meta name="twitter:site" content="@pressdeskwire">
{"".join(head)}
{json_ld(ld)}
</head>
<body class="release-page">
<div class="top-banner"><p>{esc(banner)}</p></div>
<header class="site-header"><a class="brand" href="https://{self.host}/">{esc(site)}</a>
<nav><ul><li><a href="https://{self.host}/news-releases/">News</a></li><li><a href="https://{self.host}/solutions/">Solutions</a></li><li><a href="https://{self.host}/resources/">Resources</a></li><li><a href="https://{self.host}/contact/">Contact</a></li><li><a href="https://{self.host}/send-release/">Send a Release</a></li></ul></nav></header>
<main class="container">
<section class="release-header">{logo_top}
<p class="eyebrow">News provided by <strong>{esc(site)}</strong> partner desk</p>
<h1>{esc(st.title)}</h1>
<p class="mb-no-margin">{when:%b %d, %Y, %H:%M} GMT</p>
<ul class="social-share">{shares}</ul></section>
<section class="release-body container">
<figure><img src="https://mma.{self.host.removeprefix("www.")}/media/{spec.seed}/img.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
{body_html}
{"".join(ending)}
{logo_bottom}
<p class="release-contact">{esc(contact)}</p>
<p class="release-disclaimer"><small>{esc(responsible)}</small></p>
</section>
<section class="related-releases"><h2>Also from the wire</h2><ul>{related_html}</ul></section>
</main>
<footer class="site-footer"><p>{esc(footer)}</p></footer>
</body>
</html>"""
        return finish(spec, page, chrome, body)
