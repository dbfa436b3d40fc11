"""Feedpane: the web view of an RSS reader (three panes: subscriptions, entry list, reading pane), English."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, hours_between

FOLDERS = ("Harbour news", "Morning reads", "Local", "Transport watch")


class Feedpane(Layout):
    name = "b_feedpane"
    language = "en"
    host = "app.feedpane.io"
    site_name = "Feedpane"
    families: ClassVar[tuple[str, ...]] = (
        "via_meta",
        "read_original",
        "logo_link",
        "sidebar_widget",
        "footer_phrase",
    )
    notes = (
        "After the web apps of feed readers (Inoreader, Feedly, NewsBlur, The Old Reader): the item shown in a "
        "reading pane inside a user folder, the feed named in the meta line ('by A / X / 2h'), the feed only as "
        "a favicon next to the time, a 'Visit website' button or an iframe of the original, a feed-info panel, "
        "the feed's own footer ('The post ... appeared first on X') copied with the item; subscription list and "
        "entry list naming other feeds, Pro banner, keyboard hints."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/folder/harbour-news/article/{n:08x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        folder = rng.choice(FOLDERS)
        ago = hours_between(spec.published_at, st.published_at)
        author = st.author or "Newsroom"
        chrome: list[str] = []

        meta_parts = [f'<span class="entry__author">by {esc(author)}</span>']
        if fam == "via_meta":
            style = rng.choice(("slash", "via", "lead"))
            if style == "slash":
                meta_parts.append(
                    f'<span class="entry__sep">/</span> <a class="entry__source" href="#feed">{esc(src.name)}</a>'
                )
            elif style == "via":
                meta_parts.append(f'<span class="entry__via">via {esc(src.name)}</span>')
            else:
                meta_parts.insert(
                    0, f'<span class="entry__source">{esc(src.name)}</span> <span class="entry__sep">·</span>'
                )
        if fam == "logo_link":
            alt = rng.choice(("", src.name, "feed icon"))
            icon = rng.choice(
                (src.logo, f"https://icons.{self.host.split('.', 1)[1]}/favicon?domain={src.domain}")
            )
            meta_parts.append(
                f'<a class="entry__favicon" href="{esc(src.home_url)}" target="_blank"><img src="{esc(icon)}" '
                f'alt="{esc(alt)}" width="16" height="16"></a>'
            )
        meta_parts.append(f'<time class="entry__time" datetime="{iso(st.published_at)}">{ago}h</time>')
        meta_parts.append(f'<span class="entry__folder">in {esc(folder)}</span>')
        meta_html = " ".join(meta_parts)

        actions = [
            '<button type="button" class="btn btn--ghost">Mark as read</button>',
            '<button type="button" class="btn btn--ghost">Save to board</button>',
        ]
        embed = ""
        if fam == "read_original":
            style = rng.choice(("visit", "open", "iframe"))
            if style == "visit":
                actions.append(
                    f'<a class="btn btn--primary" href="{esc(src.article_url)}" target="_blank" rel="noopener">Visit website</a>'
                )
            elif style == "open":
                actions.append(
                    f'<a class="btn btn--primary" href="{esc(src.article_url)}" target="_blank" rel="noopener">Open on {esc(src.name)}</a>'
                )
            else:
                embed = (
                    f'<div class="entry__fullpage"><p class="hint">Full article loaded from the website</p>'
                    f'<iframe src="{esc(src.article_url)}" title="Original article" loading="lazy" '
                    'sandbox="allow-scripts" width="100%" height="480"></iframe></div>'
                )
                chrome.append("Full article loaded from the website")

        feed_footer = ""
        if fam == "footer_phrase":
            style = rng.choice(("yoast", "first", "bracket"))
            if style == "yoast":
                text = f"The post {st.title} appeared first on {src.name}."
                html_ = (
                    f'<p>The post <a href="{esc(src.article_url)}" rel="nofollow">{esc(st.title)}</a> appeared first '
                    f'on <a href="{esc(src.home_url)}" rel="nofollow">{esc(src.name)}</a>.</p>'
                )
            elif style == "first":
                text = (
                    f"This article first appeared on {src.name} and is reproduced in feeds with permission."
                )
                html_ = f"<p>{esc(text)}</p>"
            else:
                text = f"[Originally published by {src.name}]"
                html_ = f"<p><em>{esc(text)}</em></p>"
            feed_footer = html_
            chrome.append(text)

        panel = ""
        if fam == "sidebar_widget":
            heading = rng.choice(("Feed info", "About this source", "Source"))
            followers = f"{rng.randint(2, 90)}.{rng.randint(0, 9)}K followers · {rng.randint(20, 400)} articles per week"
            panel = (
                f'<aside class="feed-panel"><h3>{esc(heading)}</h3><a class="feed-panel__name" href="{esc(src.home_url)}">'
                f'{esc(src.name)}</a><p class="feed-panel__site">{esc(src.domain)}</p><p class="feed-panel__stats">'
                f'{esc(followers)}</p><button type="button" class="btn">Unfollow</button></aside>'
            )
            chrome.append(followers)

        caption = ""
        if rng.random() < 0.6:
            credit = caption_credit(spec, rng, "en")
            cap = f"Image: {credit}. Images are shown as the feed delivers them."
            caption = f'<p class="entry__caption">{esc(cap)}</p>'
            chrome.append(cap)

        subs = list(dict.fromkeys(t.outlet for t in spec.teasers))
        subs_html = "".join(
            f'<li class="nav__feed"><span class="nav__title">{esc(o)}</span><span class="nav__count">{rng.randint(1, 240)}</span></li>'
            for o in subs
        )
        subs_html += f'<li class="nav__feed"><span class="nav__title">{esc(site)} Blog</span><span class="nav__count">2</span></li>'
        entries = spec.teasers[:9]
        entries_html = "".join(
            f'<li class="entry-row"><a href="{esc(t.url)}"><span class="entry-row__title">{esc(t.title)}</span></a>'
            f'<span class="entry-row__feed">{esc(t.outlet)}</span><span class="entry-row__age">{i + 1}h</span></li>'
            for i, t in enumerate(entries)
        )
        chrome += [t.title for t in entries]
        pro = f"Upgrade to {site} Pro: rules, filters, full-text search and unlimited feeds"
        keys = "Tip: press j and k to move between articles, v to open the original"
        footer = f"© {spec.published_at.year} {site} · Terms · Privacy · Status · Help centre"
        chrome += [pro, keys, footer]
        body_html = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)

        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} - {esc(site)}</title>
<meta name="robots" content="noindex">
<meta property="og:site_name" content="{esc(site)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{esc(spec.url)}">
<link rel="manifest" href="/manifest.webmanifest">
</head>
<body class="theme-light layout-three-pane">
<div class="app" id="app" data-view="article">
<header class="topbar"><a class="topbar__logo" href="https://{self.host}/">{esc(site)}</a>
<input class="topbar__search" type="search" placeholder="Search your feeds"><a class="topbar__upgrade" href="https://{self.host}/pro">{esc(pro)}</a></header>
<nav class="nav"><h2 class="nav__heading">Subscriptions</h2><p class="nav__folder">{esc(folder)}</p><ul>{subs_html}</ul></nav>
<section class="list"><h2 class="list__heading">{esc(folder)}</h2><ul>{entries_html}</ul></section>
<main class="reader">
<article class="entry" data-entry-id="{esc(spec.url.rsplit("/", 1)[-1])}">
<h1 class="entry__title">{esc(st.title)}</h1>
<div class="entry__meta">{meta_html}</div>
<div class="entry__actions">{"".join(actions)}</div>
{caption}
<div class="entry__content">{body_html}{feed_footer}</div>
{embed}
</article>
{panel}
<p class="reader__keys">{esc(keys)}</p>
</main>
<footer class="app-footer"><p>{esc(footer)}</p></footer>
</div>
</body>
</html>"""
        return finish(spec, page, chrome)
