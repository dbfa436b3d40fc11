"""An English Blogger-hosted news blog that reposts stories (cf. countless *.blogspot.com news mirrors):
"Posted by <name> at <time>", "Labels:" links, the story inside a post body, a credit line in italics at the
end in the blogger's own words, a link to the original with an icon image, a Creative Commons badge under
some posts, "Popular Posts" and "Blog Archive" gadgets, an author profile gadget mentioning other outlets."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, paragraphs_html


class BloggerRepost(Layout):
    name = "blogger"
    language = "en"
    host = "dailyroundup-news.blogspot.example"
    site_name = "Daily Roundup News"
    families = ("footer_phrase", "cc_notice", "read_original", "logo_link", "meta_tag")
    notes = "Blogger; 'Posted by' author slot; profile gadget naming outlets; CC badge; italic credit line"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return (
            f"https://{self.host}/2026/{10 + n % 3}/{'-'.join(story.title.lower().split()[:5])[:40]}-{n}.html"
        )

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        closing = head_meta = ""
        exposes = False
        if spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"Story courtesy of our friends at {src.name}.",
                    f"We found this piece at {src.name} and thought you should read it.",
                    f"Credit for this report goes to {src.name}.",
                ]
            )
            closing = f"<p><i>{esc(text)}</i></p>"
            chrome.append(text)
        elif spec.family == "cc_notice":
            closing = (
                f'<p class="cc"><a rel="license" href="https://creativecommons.org/licenses/by-nc-nd/4.0/">'
                f'<img alt="Creative Commons License" src="https://i.creativecommons.org/l/by-nc-nd/4.0/88x31.png"></a> '
                f'Shared from <a href="{esc(src.article_url)}">{esc(src.name)}</a>.</p>'
            )
            exposes = True
        elif spec.family == "read_original":
            closing = (
                f'<p><a href="{esc(src.article_url)}"><img src="https://{self.host}/img/link.png" alt="">'
                " Full story</a></p>"
            )
            exposes = True
        elif spec.family == "logo_link":
            closing = (
                f'<div class="separator"><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" '
                f'alt="{esc(src.domain.split(".")[0])}-logo.png" title="{esc(src.name)}"></a></div>'
            )
        elif spec.family == "meta_tag":
            head_meta = f'<meta name="blog-post-source" content="{esc(src.name)}">'
        poster = rng.choice(["Tom Becker", "Admin", "Roundup Desk"])
        popular = "".join(
            f'<li><div class="item-title"><a href="{esc(t.url)}">{esc(t.title)}</a></div></li>'
            for t in spec.teasers[:4]
        )
        chrome += [t.title for t in spec.teasers[:4] if len(t.title) >= 20]
        profile = (
            "Tom Becker is a retired reporter who spent twenty years at The Washington Post and now curates "
            "the day's news here."
        )
        chrome.append(profile)
        return Rendered(
            f"""<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charset="UTF-8"><title>{self.site_name}: {esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><meta name="generator" content="Blogger">{head_meta}
<meta property="og:url" content="{esc(spec.url)}"></head><body class="loading">
<div class="header-outer"><div id="header"><h1 class="title"><a href="https://{self.host}/">{self.site_name}</a></h1><p class="description">Your daily digest</p></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{spec.published_at:%A, %B %d, %Y}</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">{esc(s.title)}</h3>
<div class="post-body entry-content">{paragraphs_html(spec.paragraphs)}{closing}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{esc(poster)}</span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="{esc(spec.url)}"><abbr class="published" title="{iso(spec.published_at)}">{spec.published_at:%I:%M %p}</abbr></a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/World" rel="tag">World</a>, <a href="/search/label/News" rel="tag">News</a></span></div></div>
</div></div></div></div></div></div>
<div class="column-right-inner"><div class="widget PopularPosts"><h2>Popular Posts</h2><ul>{popular}</ul></div>
<div class="widget Profile"><h2>About Me</h2><p>{esc(profile)}</p></div>
<div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li><a href="/2026/">2026</a></li></ul></div></div></div>
<div class="footer-outer"><div class="widget Attribution">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></body></html>""",
            exposes,
            tuple(chrome),
        )
