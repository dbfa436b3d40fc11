"""Linkboard: a Reddit-like link aggregator; one submission with the article text pasted by the poster, English."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, hours_between, share_links

BOARD = "harbourtowns"
USERS = ("ferrywatcher", "north_shore_dave", "tidetables", "quayside_anna", "Throwaway_commuter22")


class Linkboard(Layout):
    name = "b_linkboard"
    language = "en"
    host = "old.linkboard.net"
    site_name = "Linkboard"
    families: ClassVar[tuple[str, ...]] = (
        "source_link",
        "footer_phrase",
        "via_meta",
        "sidebar_widget",
        "badge",
    )
    notes = (
        "After old.reddit-style submission pages and Lobsters/Hacker-News-like boards: the title linking out "
        "with a '(domain)' tag, or a text post where the poster pasted a paywalled article and credits it in "
        "their own words at the end; link flair carrying the outlet, 'via X' in the tagline, a source info box "
        "in the sidebar; comments that name other outlets, an archive mirror link, AutoModerator, vote counts."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/b/{BOARD}/comments/{n:x}q7z/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        poster = rng.choice(USERS)
        ago = hours_between(spec.published_at, st.published_at)
        points = rng.randint(40, 3800)
        chrome: list[str] = []

        # A link post only for source_link's first wording; every other page is a text post.
        link_post = fam == "source_link" and rng.random() < 0.6
        title_href = src.article_url if link_post else spec.url
        domain_tag = f"self.{BOARD}"
        if link_post:
            domain_tag = src.domain.removeprefix("www.")
        domain_html = (
            f'<span class="domain">(<a href="/domain/{esc(domain_tag)}/">{esc(domain_tag)}</a>)</span>'
        )

        flair = ""
        if fam == "badge":
            label = rng.choice((src.name, f"📰 {src.name}"))
            caps = ' style="text-transform:uppercase"' if rng.random() < 0.4 else ""
            flair = f'<span class="linkflairlabel" title="{esc(src.name)}"{caps}>{esc(label)}</span> '
        else:
            flair = f'<span class="linkflairlabel" title="Local">{esc(rng.choice(("Local", "Transport", "News")))}</span> '

        tagline = (
            f'submitted <time title="{iso(spec.published_at)}">{ago} hours ago</time> by '
            f'<a class="author" href="/user/{poster}">{poster}</a> to <a class="subreddit" href="/b/{BOARD}/">'
            f"b/{BOARD}</a>"
        )
        if fam == "via_meta":
            style = rng.choice(("end", "middle", "dot"))
            if style == "end":
                tagline += f" via {esc(src.name)}"
            elif style == "middle":
                tagline = tagline.replace(" to <a", f" via <b>{esc(src.name)}</b> to <a", 1)
            else:
                tagline += f' <span class="via">· via {esc(src.domain)}</span>'

        text_top = ""
        text_end = ""
        if fam == "source_link" and not link_post:
            lead = rng.choice(("Article from", "Paywalled piece by", "Text below is from"))
            text_top = f'<p>{esc(lead)} <a href="{esc(src.article_url)}" rel="nofollow">{esc(src.name)}</a>, pasted below:</p>'
            chrome.append(f"{lead} {src.name}, pasted below:")
        if fam == "footer_phrase":
            sentence = rng.choice(
                (
                    f"Article originally from {src.name}, pasted here because of the paywall.",
                    f"Credit to {src.name} for the reporting, I just copied it over.",
                    f"Full text from {src.name} since most of you can't get past their paywall.",
                    f"(this was in {src.name} this morning, posting the text for people outside the UK)",
                )
            )
            text_end = f"<p><em>{esc(sentence)}</em></p>"
            chrome.append(sentence)
        intro = rng.choice(
            (
                "Finally some good news for the north shore.",
                "Posting the text for those who can't open it:",
                "",
            )
        )
        intro_html = f"<p>{esc(intro)}</p>" if intro and fam != "source_link" else ""
        selftext = intro_html + text_top + "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs) + text_end

        side_box = ""
        if fam == "sidebar_widget":
            heading = rng.choice(("About the source", "Source details", "Publisher info"))
            n_links = rng.randint(30, 900)
            side_box = (
                f'<div class="spacer"><div class="sidecontentbox source-box"><h1>{esc(heading)}</h1>'
                f'<div class="content"><p class="src-name"><a href="{esc(src.home_url)}">{esc(src.name)}</a></p>'
                f'<p class="src-domain">{esc(src.domain)}</p><p class="src-stats">{n_links} links submitted to '
                f"b/{BOARD} from this site</p></div></div></div>"
            )
            chrome.append(f"{n_links} links submitted to b/{BOARD} from this site")

        caption = ""
        if rng.random() < 0.5:
            credit = caption_credit(spec, rng, "en")
            caption_text = f"Thumbnail image credit: {credit}"
            caption = f'<p class="thumb-credit">{esc(caption_text)}</p>'
            chrome.append(caption_text)

        others = spec.teasers[:3]
        comments = [
            (
                rng.choice(USERS),
                "About time. The replacement bus added forty minutes to my commute every day.",
            ),
            (
                "AutoModerator",
                "Reminder: rule 3, no editorialised titles. I am a bot, and this action was performed automatically.",
            ),
            (rng.choice(USERS[2:]), "Mirror for anyone on mobile: https://archive.ph/x7Qe2"),
        ]
        if others:
            comments.insert(
                0,
                (
                    rng.choice(USERS[1:]),
                    f"{others[0].outlet} had this yesterday, but they said it would be next week.",
                ),
            )
        if len(others) > 1:
            comments.append(
                (rng.choice(USERS), f"Is this the same crew {others[1].outlet} interviewed last month?")
            )
        comments_html = "".join(
            f'<div class="thing comment"><p class="tagline"><a class="author" href="/user/{esc(u)}">{esc(u)}</a> '
            f'<span class="score">{rng.randint(2, 800)} points</span></p><div class="usertext-body"><div class="md">'
            f"<p>{esc(t)}</p></div></div></div>"
            for u, t in comments
        )
        chrome += [t for _, t in comments]

        listing = spec.teasers[3:10]
        listing_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="domain">('
            f"{esc((t.outlet_url or t.url).split('//', 1)[-1].removeprefix('www.').rstrip('/'))})</span></li>"
            for t in listing
        )
        chrome += [t.title for t in listing]
        rules = (
            f"Rules of b/{BOARD}: 1. Local news only. 2. No paywall complaints. 3. No editorialised titles."
        )
        footer = f"Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © {spec.published_at.year} {site} Inc."
        about = (
            "A community for the harbour towns of the north shore: ferries, councils, weather and local news."
        )
        chrome += [rules, footer, about]
        shares = " ".join(
            f'<a class="share-{n}" href="{esc(h)}">{n}</a>'
            for n, h in share_links(spec.url, st.title, ("x", "facebook", "email"))
        )

        page = f"""<!DOCTYPE html>
<html lang="en" xml:lang="en">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} : {BOARD}</title>
<meta name="description" content="{points} points and {len(comments)} comments so far on {esc(site)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:title" content="{esc(st.title)} : {BOARD}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
</head>
<body class="listing-page comments-page">
<div id="header"><div id="sr-header-area"><a href="/b/popular/">popular</a> - <a href="/b/all/">all</a> - <a href="/b/news/">news</a> - <a href="/b/{BOARD}/">{BOARD}</a></div>
<a id="header-img" href="/">{esc(site)}</a> <span class="pagename redditname"><a href="/b/{BOARD}/">{BOARD}</a></span></div>
<div class="side">
<div class="spacer"><form action="/search" id="search"><input type="text" name="q" placeholder="search"></form></div>
<div class="spacer"><div class="titlebox"><h1><a href="/b/{BOARD}/">{BOARD}</a></h1><div class="usertext-body"><div class="md"><p>{esc(about)}</p><p>{esc(rules)}</p></div></div></div></div>
{side_box}
<div class="spacer"><div class="sidecontentbox"><h1>other discussions</h1><ul>{listing_html}</ul></div></div>
</div>
<div class="content" role="main">
<div class="sitetable linklisting"><div class="thing link {"self" if not link_post else ""}" data-domain="{esc(domain_tag)}" data-author="{poster}">
<div class="midcol"><div class="score unvoted">{points}</div></div>
<div class="entry"><p class="title">{flair}<a class="title may-blank" href="{esc(title_href)}">{esc(st.title)}</a> {domain_html}</p>
<p class="tagline">{tagline}</p>
<div class="expando"><div class="usertext-body"><div class="md">{selftext}</div></div></div>
{caption}
<ul class="flat-list buttons"><li><a href="{esc(spec.url)}">{len(comments)} comments</a></li><li>{shares}</li><li>save</li><li>hide</li><li>report</li></ul>
</div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all {len(comments)} comments</span></div>
<div class="sitetable nestedlisting">{comments_html}</div></div>
</div>
<div class="footer-parent"><div class="footer"><p>{esc(footer)}</p></div></div>
</body>
</html>"""
        return finish(spec, page, chrome)
