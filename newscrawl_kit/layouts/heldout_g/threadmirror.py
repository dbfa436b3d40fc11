"""ThreadMirror: a read-only mirror of a link-sharing forum (old-Reddit style), one submitted link per page.

The mirror keeps the forum's look: a subforum header ("r/worldnewsroom"), the vote arrows and score, the
submission title with the link's domain in brackets, "submitted 3 hours ago by u/..." and a self-post box
where the submitter pasted the article's text ("Article text, for those without access:"), then comments.
Credits: the title linking to the original, the "(domain)" tag beside the title, or a "Source:" line the
poster put under the pasted text.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown

_USERS = ("quietharbour", "ledger_lurker", "tea_and_toast", "ferrywatcher", "mod_bot_9")


class Threadmirror(Layout):
    name = "g_threadmirror"
    language = "en"
    host = "www.threadmirror-archive.example"
    site_name = "ThreadMirror"
    families = ("source_link", "badge", "source_line")
    notes = "old-Reddit-style forum mirror: title links the original, '(domain)' tag, poster's 'Source:' line under pasted text"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/r/worldnewsroom/comments/{n * 7001 % 36**5:x}/{latin_slug(story.title, 8).replace('-', '_')}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        title = f'<a class="title" href="{esc(spec.url)}">{esc(s.title)}</a>'
        tag = '<span class="domain">(self.worldnewsroom)</span>'
        tail = ""
        if fam == "source_link":
            title = f'<a class="title" href="{esc(src.article_url)}" rel="nofollow">{esc(s.title)}</a>'
            exposes = True
            if rng.random() < 0.5:
                tag = f'<span class="domain">({a(src.home_url, src.name)})</span>'
        elif fam == "badge":
            label = rng.choice([src.domain, src.domain.removeprefix("www."), src.name])
            tag = f'<span class="domain">({esc(label)})</span>'
        elif fam == "source_line":
            label = rng.choice(["Source:", "Source -", "Src:"])
            tail = f'<p class="src-line">{label} {esc(src.name)}</p>'
        user = _USERS[spec.seed % len(_USERS)]
        hours = spec.seed % 9 + 1
        submitted = f"submitted {hours} hours ago by u/{user} to r/worldnewsroom"
        paste = "Article text, for those without access:"
        comments = others(spec, 3)
        sidebar = others(spec, 4, skip=3)
        chrome += [submitted, paste] + [t.title for t in sidebar]
        comment_html = "".join(
            f'<div class="comment"><p class="tagline">u/{_USERS[(i + 1) % 5]} {20 - i * 6} points</p>'
            f"<p>Related: {esc(t.title)}</p></div>"
            for i, t in enumerate(comments)
        )
        chrome += [f"Related: {t.title}" for t in comments]
        side = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in sidebar)
        rules = "ThreadMirror is a read-only archive of public threads; voting and replies are disabled"
        chrome.append(rules)
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} : worldnewsroom — ThreadMirror</title>
<meta property="og:site_name" content="{self.site_name}"></head><body>
<div id="header"><a href="https://{self.host}/">ThreadMirror</a> <span class="pagename">worldnewsroom</span></div>
<div class="side"><p class="rules">{rules}</p><h4>trending in r/worldnewsroom</h4><ul>{side}</ul></div>
<div class="content"><div class="thing link"><div class="midcol"><div class="arrow up"></div><div class="score">{300 + spec.seed * 11}</div></div>
<div class="entry"><p class="title">{title} {tag}</p><p class="tagline">{submitted}</p>
<div class="usertext"><p><em>{paste}</em></p><h1 class="pasted-title">{esc(s.title)}</h1>
{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{tail}</div></div></div>
<div class="commentarea">{comment_html}</div></div></body></html>"""
        return Rendered(page, exposes, shown(chrome))
