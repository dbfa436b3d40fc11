"""An English WordPress news site on a magazine theme (cf. JNews / Soledad / Newspack sites that republish wire
and partner copy): the furniture sits inside the post's content box, between and after the story's paragraphs,
as real themes put it there: an inline "read also" card (thumbnail, kicker, linked title and an unlinked excerpt)
between two paragraphs, a comment-count link in the meta line, a "Share this" row of service names, a "Tags:"
row, an author bio box with photo and a sentence about the writer, and the site's own membership call to action.
An editor's note or correction line that belongs to the story (it is about this article and stays in its body)
opens or closes the text on some pages."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld


def _lead_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


class LedgerDigest(Layout):
    name = "ledger"
    language = "en"
    host = "www.ledgerdigest-news.example"
    site_name = "Ledger Digest"
    families = ("source_link", "footer_phrase", "byline_outlet", "source_line")
    notes = "magazine theme: inline read-also card with excerpt, share/tags rows, author bio, membership CTA, editor's note"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/{story.published_at:%Y/%m/%d}/story-{n}/"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        exposes = False
        writer = rng.choice(["Dana Whitfield", "Marcus Lee", "Priya Raman"])
        byline = f'By <a href="/author/{writer.split()[0].lower()}/">{esc(writer)}</a>'
        source = closing = ""
        if spec.family == "source_link":
            source = (
                f'<p class="source-attribution">{rng.choice(["Originally published by", "Source:"])} '
                f'<a href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(src.name)}</a></p>'
            )
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"This article first appeared on {src.name} and is republished here with permission",
                    f"This story was produced by {src.name} and is shared with Ledger Digest readers",
                ]
            )
            closing = f"<p><em>{esc(text)}</em></p>"
            chrome.append(text)
        elif spec.family == "byline_outlet":
            byline = f'By <a href="/author/{writer.split()[0].lower()}/">{esc(writer)}</a>, {esc(src.name)}'
        elif spec.family == "source_line":
            text = f"Source: {src.name}"
            source = f'<div class="post-source"><span class="label">Source:</span> {esc(src.name)}</div>'
            chrome.append(text)
        paragraphs = list(spec.paragraphs)
        # The story's own editor's note: about this article, different on every page, part of the body.
        note = None
        if rng.random() < 0.6 and len(paragraphs) >= 2:
            anchor = _lead_words(paragraphs[-1], 6)
            note = rng.choice(
                [
                    f'Correction: an earlier version of the paragraph beginning "{anchor}" gave a wrong figure; it has been corrected.',
                    f'Editor\'s note: this story was updated after publication to clarify the passage that begins "{anchor}".',
                ]
            )
        note_first = note is not None and rng.random() < 0.3
        card_teaser, cta_teaser = spec.teasers[0], spec.teasers[1]
        excerpt = f"{_lead_words(cta_teaser.title, 9)}, and what it means for readers in the weeks ahead."
        card = (
            '<div class="jeg_post_related inline_related_post"><div class="jeg_thumb">'
            f'<a href="{esc(card_teaser.url)}"><img src="/wp-content/uploads/thumb-{spec.seed}.jpg" alt=""></a></div>'
            '<div class="jeg_postblock_content"><span class="jeg_kicker">Read also</span>'
            f'<h3 class="jeg_post_title"><a href="{esc(card_teaser.url)}">{esc(card_teaser.title)}</a></h3>'
            f'<p class="jeg_post_excerpt">{esc(excerpt)}</p></div></div>'
        )
        chrome += [card_teaser.title, excerpt]
        cta = "Ledger Digest is reader-supported. Become a member today and get every story without ads"
        cta_html = (
            f'<div class="membership-callout"><p>{esc(cta)}</p>'
            '<a class="button" href="/membership/">Join now</a></div>'
        )
        chrome.append(cta)
        body_html = ""
        if note is not None and note_first:
            body_html += f"<p><em>{esc(note)}</em></p>"
        for i, p in enumerate(paragraphs):
            body_html += f"<p>{esc(p)}</p>"
            if i == 1 and len(paragraphs) >= 3:
                body_html += card
        if note is not None and not note_first:
            body_html += f"<p><em>{esc(note)}</em></p>"
        body = (
            ([note] if note and note_first else []) + paragraphs + ([note] if note and not note_first else [])
        )
        comments = rng.randint(3, 140)
        comment_row = f"{comments} Comments · Join the discussion"
        share = "Share this: Facebook Twitter LinkedIn Email Print"
        share_html = (
            '<div class="sharedaddy sd-sharing-enabled"><span class="sd-title">Share this:</span> '
            + " ".join(
                f'<a class="share-{w.lower()}" href="/?share={w.lower()}" rel="nofollow">{w}</a>'
                for w in ("Facebook", "Twitter", "LinkedIn", "Email", "Print")
            )
            + "</div>"
        )
        tags = ["Economy", "Policy", "World"] if rng.random() < 0.5 else ["Business", "Markets", "Local"]
        tag_row = "Tags: " + " ".join(tags)
        tags_html = (
            '<div class="post-tags"><span>Tags:</span> '
            + " ".join(f'<a href="/tag/{t.lower()}/" rel="tag">{t}</a>' for t in tags)
            + "</div>"
        )
        bio = (
            f"{writer} covers business and public policy for Ledger Digest. Before joining the newsroom in "
            f"{rng.choice(['2016', '2019', '2021'])} {writer.split()[0]} reported for regional papers in the Midwest."
        )
        bio_html = (
            '<div class="author-profile"><img class="avatar" src="/avatars/w.jpg" alt="">'
            f'<h4><a href="/author/{writer.split()[0].lower()}/">{esc(writer)}</a></h4><p>{esc(bio)}</p></div>'
        )
        chrome += [share, tag_row, bio, comment_row]
        # Plugins append their boxes to the post's content (Jetpack sharing, author-box plugins): inside the
        # story's container on some pages, after it on others.
        furniture = share_html + tags_html + bio_html
        inside, outside = (furniture, "") if rng.random() < 0.5 else ("", furniture)
        related = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[2:6])
        chrome += [t.title for t in spec.teasers[2:6]]
        footer = "© 2026 Ledger Digest Media LLC. All rights reserved."
        chrome.append(footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": writer},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        return Rendered(
            f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">{json_ld(ld)}</head>
<body class="post-template-default single single-post">
<header class="jeg_header"><div class="jeg_logo"><a href="/">{self.site_name}</a></div>
<nav class="jeg_main_menu"><a href="/business/">Business</a> <a href="/politics/">Politics</a> <a href="/world/">World</a></nav></header>
<div class="jeg_content"><div class="jeg_inner_content"><article class="post type-post status-publish">
<div class="entry-header"><h1 class="jeg_post_title">{esc(s.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><span class="jeg_meta_author">{byline}</span>
<span class="jeg_meta_date"><time datetime="{iso(spec.published_at)}">{spec.published_at:%B %d, %Y}</time></span>
<span class="jeg_meta_comment"><a href="#comments">{esc(comment_row)}</a></span></div></div></div>
<div class="jeg_featured featured_image"><img src="/wp-content/uploads/lead-{spec.seed}.jpg" alt=""></div>
<div class="entry-content no-share"><div class="content-inner">{body_html}{closing}{cta_html}{inside}</div></div>
{source}{outside}
<div class="jeg_related_posts"><h3>Related Posts</h3><ul>{related}</ul></div>
</article></div></div>
<footer class="jeg_footer"><div class="copyright">{esc(footer)}</div></footer></body></html>""",
            exposes,
            tuple(c for c in chrome if len(c) >= 20),
            tuple(body) if note else None,
        )
