"""A blogging platform's repost (Medium-, Substack-like): "Originally published at <domain> on <date>.",
"This piece first ran in X.", "Cross-posted from X", a Creative Commons reuse line, or only the canonical an
import tool sets to the original; claps, responses and "More from" lists around it."""

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
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers, title_slug


class MediumRepost(Layout):
    name = "e_medium_repost"
    language = "en"
    host = "inkwellpub.example"
    site_name = "Inkwell"
    families = ("source_link", "footer_phrase", "canonical", "cc_notice")
    notes = (
        "a publication on a blogging platform reposting news explainers; its own publication name everywhere"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/the-world-desk/{title_slug(story.title, 7)}-{(n * 40503) % 16**12:012x}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        tail = ""
        if fam == "source_link":
            label = pick(spec, (src.domain, f"www.{src.domain}", src.name), "w")
            tail = (
                f'<p class="pw-post-body-paragraph"><em>Originally published at {a(src.article_url, label, extra=" rel=noopener ugc nofollow")}'
                f" on {story.published_at:%B %d, %Y}.</em></p>"
            )
            exposes = True
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (
                    f"This piece first ran in {src.name}.",
                    f"Cross-posted from {src.name}.",
                    f"A version of this story appeared in {src.name}.",
                ),
                "w",
            )
            tail = f'<p class="pw-post-body-paragraph"><em>{esc(line)}</em></p>'
            chrome.append(line)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "cc_notice":
            tail = (
                f'<blockquote class="license" cite="{esc(src.article_url)}"><p>Republished from {esc(src.name)} under '
                "CC BY 4.0. Some edits were made for length.</p></blockquote>"
            )
            chrome.append("CC BY 4.0. Some edits were made for length.")
            exposes = True
        more = teasers(spec, 4)
        chrome += [t.title for t in more]
        more_html = "".join(
            f'<div class="pw-more"><h2>{a(t.url, t.title)}</h2><p>Notes on {esc(t.outlet)}\'s coverage</p></div>'
            for t in more
        )
        response = "Great summary. I had read the headlines but this filled in the context I was missing."
        chrome.append(response)
        author = "Sam Okafor"
        ld = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "author": {"@type": "Person", "name": author, "url": f"https://{self.host}/@samokafor"},
            "publisher": {"@type": "Organization", "name": f"The World Desk — {self.site_name}"},
            "datePublished": iso(spec.published_at),
            "url": canonical if fam == "canonical" else spec.url,
        }
        head = (
            f"<title>{esc(story.title)} | by {author} | The World Desk | {esc(self.site_name)}</title>"
            f'<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(canonical)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}"><meta name="author" content="{author}">'
            f'<meta property="article:author" content="https://{self.host}/@samokafor">' + json_ld(ld)
        )
        page = f"""<div id="root"><div class="a b c"><div class="metabar"><a href="/">{esc(self.site_name)}</a><a href="/m/signin">Sign in</a><a class="get-started">Get started</a></div>
<article><div class="l"><section><div class="pw-post-title"><h1 data-testid="storyTitle" class="pw-post-title">{esc(story.title)}</h1></div>
<div class="pw-author"><a href="/@samokafor">{author}</a> · Follow · Published in <a href="/the-world-desk">The World Desk</a> · {1 + spec.seed % 9} min read · {spec.published_at:%b %d, %Y}</div>
<div class="speechify-ignore"><span>{spec.seed % 900 + 12}</span> claps · <span>{spec.seed % 9}</span> responses</div>
{paragraphs_html(ps)}{tail}</section></div></article>
<div class="pw-tags"><a href="/tag/world-news">World News</a><a href="/tag/economy">Economy</a></div>
<section class="pw-responses"><h2>Responses</h2><div class="response">{esc(response)}</div></section>
<section class="pw-more-from"><h2>More from The World Desk</h2>{more_html}</section>
<footer><a href="/about">About</a> <a href="/help">Help</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></div></div>"""
        return Rendered(doc("en", head, page), exposes, tuple(chrome), ps)
