"""Headline Hub: a NewsNow-style link board whose story pages show the feed's full text before the jump.

Dense lists: a topic menu ("UK | World | Business | Football"), "Latest Headlines" rows of time, outlet and
title, the story page itself with the feed text, and a "more on this topic" list, all naming other outlets.
Credits: the outlet and age in the meta line ("Outlet · 14m"), a "Read at Outlet" jump button to the
original, the outlet's favicon/logo linking to its home, or an outlet label chip beside the headline.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_g._common import a, others, shown


class LinkboardList(Layout):
    name = "g_linkboard_list"
    language = "en"
    host = "www.headlinehub-now.example"
    site_name = "Headline Hub"
    families = ("via_meta", "read_original", "logo_link", "badge")
    notes = (
        "NewsNow-like headline board: 'Outlet · 14m' meta, 'Read at X' jump button, favicon link, outlet chip"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/story/{n * 7919 % 10**7:07d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        age = f"{(spec.seed * 7) % 55 + 2}m"
        meta = f'<span class="age">{age}</span>'
        chip = ""
        jump = f'<a class="jump" href="https://{self.host}/go/{spec.seed}">Open story</a>'
        if fam == "via_meta":
            line = rng.choice(
                [f"{src.name} · {age}", f"via {src.name} · {age} ago", f"{age} ago — {src.name}"]
            )
            meta = f'<span class="src-age">{esc(line)}</span>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(
                [f"Read at {src.name}", "Read the full story", "Continue to the source article"]
            )
            jump = a(src.article_url, text, "jump", "noopener")
            exposes = True
        elif fam == "logo_link":
            alt = rng.choice(["", src.name, "source"])
            meta = (
                f'<a class="fav" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" width="16" height="16"></a> '
                + meta
            )
        elif fam == "badge":
            chip = f'<span class="src-chip">{esc(rng.choice([src.name, src.name.upper(), "Source: " + src.name]))}</span>'
        latest = others(spec, 6)
        topic = others(spec, 4, skip=6)
        chrome += [t.title for t in latest + topic]
        rows = "".join(
            f'<tr><td class="t">{i * 3 + 1}m</td><td class="o">{esc(t.outlet)}</td><td><a href="{esc(t.url)}">{esc(t.title)}</a></td></tr>'
            for i, t in enumerate(latest)
        )
        more = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span>{esc(t.outlet)}</span></li>' for t in topic
        )
        legal = "Headline Hub links to third-party sites and is not responsible for their content"
        chrome.append(legal)
        page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(s.title)} - Headline Hub</title>
<meta name="robots" content="noarchive"><meta property="og:site_name" content="{self.site_name}"></head><body>
<div id="hdr"><a href="https://{self.host}/" id="logo">Headline Hub</a><ul id="topics"><li>UK</li><li>World</li><li>Business</li><li>Football</li></ul></div>
<div id="story"><h1>{chip}{esc(s.title)}</h1><div class="meta">{meta}</div>
<div class="feedtext">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div><div class="go">{jump}</div></div>
<div id="latest"><h2>Latest Headlines</h2><table>{rows}</table></div>
<div id="topic"><h2>More on this topic</h2><ul>{more}</ul></div>
<div id="ftr"><p>{legal}</p><p>© 2026 Headline Hub</p></div></body></html>"""
        return Rendered(page, exposes, shown(chrome))
