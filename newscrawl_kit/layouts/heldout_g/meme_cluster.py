"""Wirewatch: a Techmeme-style river of story clusters, each headed by a lead item and its outlet.

A river page per cluster: the lead item's outlet and author above its headline ("Alice Harper / Outlet:"),
the lead text, then "More:" with other outlets' names and "Discussion:" lines, a "Top News" sidebar and the
site's sponsor posts. Credits: the "author / outlet:" byline, the outlet's name as a link to the original, a
"Lead source" box in the sidebar, or only a canonical to the original (the permalink page of a cluster).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, others, shown


class MemeCluster(Layout):
    name = "g_meme_cluster"
    language = "en"
    host = "www.wirewatch-river.example"
    site_name = "Wirewatch"
    families = ("byline_outlet", "source_link", "sidebar_widget", "canonical")
    notes = "Techmeme-like cluster river: 'author / outlet:' lead byline, outlet link, lead-source sidebar box, canonical-only permalink"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%y%m%d}/p{n}#a{story.published_at:%y%m%d}p{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url.split("#")[0]
        lead = f'<cite class="ii">{esc(s.author or "Staff writer")}:</cite>'
        box = ""
        if fam == "byline_outlet":
            who = s.author or "Staff"
            form = rng.randrange(3)
            text = (
                f"{who} / {src.name}:"
                if form == 0
                else f"{src.name}:"
                if form == 1
                else f"{who} / {src.name} ({src.domain}):"
            )
            lead = f'<cite class="ii">{esc(text)}</cite>'
        elif fam == "source_link":
            who = s.author or "Staff"
            lead = f'<cite class="ii">{esc(who)} / {a(src.article_url, src.name)}:</cite>'
            exposes = True
            if rng.random() < 0.5:
                lead = f'<cite class="ii">{a(src.article_url, src.name)}:</cite>'
        elif fam == "sidebar_widget":
            link_home = rng.random() < 0.5
            target = src.home_url if link_home else src.article_url
            exposes = not link_home
            label = rng.choice(["Lead source", "Leading this cluster", "First reported by"])
            box = f'<div class="leadsrc"><h4>{esc(label)}</h4>{a(target, src.name)}<p>{esc(src.domain)}</p></div>'
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        og = f'<meta property="og:url" content="{esc(canonical)}">' if rng.random() < 0.5 else ""
        more = others(spec, 5)
        top = others(spec, 5, skip=5)
        chrome += [t.title for t in top]
        more_html = ", ".join(f'<a href="{esc(t.outlet_url or t.url)}">{esc(t.outlet)}</a>' for t in more)
        top_html = "".join(f'<div class="tn"><a href="{esc(t.url)}">{esc(t.title)}</a></div>' for t in top)
        sponsor = "Sponsor post: build faster dashboards with your own data warehouse"
        about = "Wirewatch tracks the stories everyone is talking about, refreshed every five minutes"
        chrome += [sponsor, about]
        ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": f"Wirewatch: {s.title}",
              "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wirewatch: {esc(s.title)}</title>
<link rel="canonical" href="{esc(canonical)}">{og}{json_ld(ld)}</head><body>
<div id="topbar"><a href="https://{self.host}/">Wirewatch</a> <span>{spec.published_at:%B %d, %Y, %I:%M %p}</span></div>
<div id="river"><div class="clus"><div class="item">{lead}<strong class="L2">{esc(s.title)}</strong>
<div class="ii">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>
<div class="dbpt"><span class="drhed">More:</span> {more_html}</div>
<div class="dbpt"><span class="drhed">Discussion:</span> Hacker forum, Mastodon and others</div></div></div></div>
<div id="sidebar">{box}<h3>Top News</h3>{top_html}<div class="sponsor">{sponsor}</div></div>
<div id="footer"><p>{about}</p></div></body></html>"""
        return Rendered(page, exposes, shown(chrome))
