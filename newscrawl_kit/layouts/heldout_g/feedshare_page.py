"""Feedcase: the public page of an article shared from a feed-reader account (Inoreader / Feedly style).

A reader's share page: "Shared by Sam from the folder Morning news", the feed's favicon and title, the article
as the reader stored it, "Visit website" and "Save" buttons, the sharer's other picks naming their feeds and
the reader's sign-up footer. Credits: "Alice Harper · via Outlet · 3h" meta, the visit button to the original,
a "From the feed" box in the side column, or only a canonical the reader sets to the original article.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_g._common import a, others, shown


class FeedsharePage(Layout):
    name = "g_feedshare_page"
    language = "en"
    host = "feedcase-share.example"
    site_name = "Feedcase"
    families = ("via_meta", "read_original", "sidebar_widget", "canonical")
    notes = "Feed-reader shared-article page (Inoreader/Feedly style): 'via Outlet' meta, Visit website button, feed box, canonical only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{n:08d}-{story.published_at:%H%M}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        head = f'<link rel="canonical" href="{esc(spec.url)}">'
        who = s.author or "Staff"
        hours = spec.seed % 11 + 1
        meta = f'<div class="meta">{esc(who)} · {hours}h</div>'
        visit = ""
        box = ""
        if fam == "via_meta":
            line = rng.choice(
                [
                    f"{who} · via {src.name} · {hours}h",
                    f"{src.name} / {who}",
                    f"via {src.name}, {hours} hours ago",
                ]
            )
            meta = f'<div class="meta">{esc(line)}</div>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(["Visit website", f"Open on {src.name}", "Read on the original site"])
            visit = a(src.article_url, text, "btn-visit")
            exposes = True
        elif fam == "sidebar_widget":
            box = (
                f'<div class="feed-box"><h4>{rng.choice(["From the feed", "Subscribed feed", "Feed"])}</h4>'
                f'<img src="{esc(src.home_url)}favicon.ico" alt="" width="16"> <b>{esc(src.name)}</b>'
                f"<p>{rng.randrange(20, 90)} articles per week</p>{a('#subscribe', 'Subscribe to this feed')}</div>"
            )
        elif fam == "canonical":
            head = f'<link rel="canonical" href="{esc(src.article_url)}">'
            if rng.random() < 0.5:
                head += '<meta name="robots" content="noindex">'
            exposes = True
        picks = others(spec, 5)
        chrome += [t.title for t in picks]
        pick_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><small>{esc(t.outlet)}</small></li>' for t in picks
        )
        shared = f"Shared by Sam from the folder Morning news · {spec.published_at:%b %d}"
        signup = "Feedcase keeps all your news feeds in one place. Create a free account"
        chrome += [shared, signup]
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} — shared on Feedcase</title>{head}
<meta property="og:site_name" content="{self.site_name}"></head><body>
<div class="bar"><a href="https://{self.host}/" class="brand">Feedcase</a><span class="shared">{shared}</span></div>
<div class="layout"><article><h1>{esc(s.title)}</h1>{meta}<div class="article-content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>
<div class="actions">{visit}<button>Save</button><button>Share</button></div></article>
<aside>{box}<h3>More picks from Sam</h3><ul>{pick_html}</ul></aside></div>
<footer><p>{signup}</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
