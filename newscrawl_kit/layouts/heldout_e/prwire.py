"""A news-release distribution wire (PR-Newswire-like) that also carries syndicated news: its own name in the
dateline ("/NewsDesk Wire/ --"), "SOURCE X" closing the release, "View original content: <url>", the
outlet's logo with "Logo -" caption, a wire's own dateline, or only a Dublin-Core source meta tag."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers, title_slug


class PrWire(Layout):
    name = "e_prwire"
    language = "en"
    host = "www.newsdeskwire.example"
    site_name = "NewsDesk Wire"
    families = ("source_line", "read_original", "logo_link", "wire_dateline", "meta_tag")
    notes = "release page: xn-location/xn-chron dateline spans, SOURCE line, 'View original content', related releases"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news-releases/{title_slug(story.title)}-{302000000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = list(body(spec))
        chrome: list[str] = []
        exposes = False
        if fam != "wire_dateline":  # the wire's own dateline opens every release it distributes
            city = pick(spec, ("NEW YORK", "LONDON", "DUBAI", "NAIROBI", "SINGAPORE"), "city")
            ps[0] = f"{city}, {spec.published_at:%b. %d, %Y} /{self.site_name}/ -- {ps[0]}"
        ps_t = tuple(ps)
        first, rest = ps_t[0], ps_t[1:]
        head_extra = ""
        if fam == "meta_tag":
            if pick(spec, (True, False), "m"):
                head_extra = f'<meta name="dcterms.source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                head_extra = f'<meta name="DC.Source" content="{esc(src.name)}">'
        tail = ""
        if fam == "source_line":
            tail = f'<p class="release-source">SOURCE {esc(src.name)}</p>'
        elif fam == "read_original":
            label = pick(
                spec, ("View original content:", "View original content to download multimedia:"), "w"
            )
            tail = f'<p class="release-orig">{label} {a(src.article_url, src.article_url, extra=" rel=nofollow")}</p>'
            exposes = True
        elif fam == "logo_link":  # the logo sits on the wire's media CDN; only its link goes to the outlet
            cdn = f"https://mma.{self.host.removeprefix('www.')}/media/{spec.seed % 10**7}/logo.jpg"
            tail = (
                f'<div class="release-logo"><a href="{esc(src.home_url)}" target="_blank">'
                f'<img src="{cdn}" alt="Logo"></a><p>Logo - {a(cdn, cdn)}</p></div>'
            )
        related = teasers(spec, 5)
        chrome += [t.title for t in related]
        related_html = "".join(
            f'<div class="card">{a(t.url, t.title)}<small>{esc(t.outlet)} · {spec.published_at:%b %d, %Y}</small></div>'
            for t in related
        )
        contact = (
            f"Journalists and bloggers: register with {self.site_name} for embargoed releases and alerts."
        )
        chrome.append(contact)
        cookie = "This website uses cookies to ensure you get the best experience. Cookie settings"
        chrome.append(cookie)
        head = (
            f"<title>{esc(story.title)}</title>"
            f'<link rel="canonical" href="{esc(spec.url)}"><meta property="og:site_name" content="{esc(self.site_name)}">'
            f'<meta property="og:url" content="{esc(spec.url)}"><meta name="description" content="{esc(first[:200])}">'
            f'<meta name="author" content="{esc(self.site_name)}">{head_extra}'
        )
        loc, _, lead = first.partition(" -- ") if " -- " in first else ("", "", first)
        lead_html = (
            f'<p><span class="xn-location">{esc(loc)}</span> -- {esc(lead)}</p>'
            if loc
            else f"<p>{esc(first)}</p>"
        )
        page = f"""<div class="cookie-banner" role="dialog">{esc(cookie)}</div>
<header class="main-header"><a class="navbar-brand" href="/">{esc(self.site_name)}</a><ul class="nav"><li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact-us/">Contact</a></li></ul><a class="btn" href="/account/">Send a Release</a></header>
<main class="release-body container"><header class="release-header"><h1>{esc(story.title)}</h1>
<p class="mb-no">News provided by <a href="/news/newsdesk-wire">{esc(self.site_name)}</a></p><p class="mb-no">{spec.published_at:%b %d, %Y, %H:%M} ET</p>
<div class="social-share"><a>Share this article</a></div></header>
<section class="release-text">{lead_html}{paragraphs_html(rest)}{tail}</section>
<aside class="journalists"><p>{esc(contact)}</p></aside>
<section class="related-releases"><h2>More news releases</h2>{related_html}</section></main>
<footer class="footer"><p>© 2026 {esc(self.site_name)}, Inc. All Rights Reserved. A News Distribution Network.</p><time datetime="{iso(spec.published_at)}"></time></footer>"""
        return Rendered(doc("en-US", head, page), exposes, tuple(chrome), ps_t)
