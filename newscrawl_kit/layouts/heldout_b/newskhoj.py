"""NewsKhoj: an Indian multi-language news aggregator's article view (syndicated feeds, app-first), English."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, hours_between, local, share_links

CITIES = ("New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Lucknow")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class NewsKhoj(Layout):
    name = "b_newskhoj"
    language = "en"
    host = "www.newskhoj.in"
    site_name = "NewsKhoj"
    families: ClassVar[tuple[str, ...]] = (
        "wire_dateline",
        "disclaimer",
        "badge",
        "byline_outlet",
        "source_link",
    )
    notes = (
        "After Indian aggregators and syndicated-feed pages (Dailyhunt, NewsPoint, LatestLY, Devdiscourse, the "
        "'auto-generated from a syndicated feed' notes of Indian portals): PTI/ANI-style datelines 'New Delhi, "
        "Mar 4 (X)' or 'Kolkata [India], March 4 (X):', a publisher chip with favicon, 'By A, X' bylines, the "
        "publisher linked in the meta row; the site's own syndication note that names only itself, a cricket "
        "score strip, language switcher, app banner, trending list with outlet names."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/english/newsid-n{610000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 5.5)
        orig = local(st.published_at, 5.5)
        chrome: list[str] = []

        paragraphs = list(spec.paragraphs)
        body: tuple[str, ...] | None = None
        if fam == "wire_dateline":
            city = rng.choice(CITIES)
            style = rng.choice(("pti", "ani", "caps", "plain"))
            mon = SHORT_MONTHS[orig.month - 1]
            dateline = {
                "pti": f"{city}, {mon} {orig.day} ({src.name}) ",
                "ani": f"{city} [India], {orig:%B} {orig.day} ({src.name}): ",
                "caps": f"{city.upper()}: ({src.name}) — ",
                "plain": f"{city}, {orig.day} {orig:%B} ({src.name}) - ",
            }[style]
            paragraphs[0] = dateline + paragraphs[0]
            body = tuple(paragraphs)

        chip = ""
        if fam == "badge":
            style = rng.choice(("name", "upper", "fav"))
            label = src.name
            fav = (
                f'<img class="pub-fav" src="https://www.google.com/s2/favicons?domain={esc(src.domain)}&sz=32" alt="">'
                if style == "fav"
                else ""
            )
            caps = ' style="text-transform:uppercase;letter-spacing:.04em"' if style == "upper" else ""
            chip = f'<span class="pub-chip"{caps}>{fav}{esc(label)}</span>'
        lang_chip = f'<span class="lang-chip">{esc(st.section or "India")}</span>'

        author = st.author or "Staff Reporter"
        byline = f"{author}"
        if fam == "byline_outlet":
            byline = rng.choice(
                (
                    f"By {author}, {src.name}",
                    f"{author} | {src.name}",
                    f"Written by {author} for {src.name}",
                    f"{src.name} Bureau",
                )
            )
            chrome.append(byline)
        ago = hours_between(spec.published_at, st.published_at)
        meta = f'<span class="by">{esc(byline)}</span> <span class="dot">·</span> <span class="ago">{ago}h ago</span>'
        if fam == "source_link":
            lead = rng.choice(("", "Published by ", "Source: "))
            meta += (
                f' <span class="dot">·</span> {esc(lead)}<a class="pub-link" href="{esc(src.article_url)}" '
                f'target="_blank" rel="nofollow noopener">{esc(src.name)}</a>'
            )

        credit = caption_credit(spec, rng, "en")
        caption = f"Representational image. (Photo: {credit})"
        chrome.append(caption)

        closing: list[str] = []
        if fam == "disclaimer":
            sentence = rng.choice(
                (
                    f"Disclaimer: This story is auto-aggregated from {src.name} and has not been created or edited by {site}.",
                    f"This article was published by {src.name}. {site} is not responsible for its content.",
                    f"(This content is sourced from {src.name}; {site} has not edited it and takes no responsibility for it.)",
                    f"Publisher: {src.name}. The views expressed are the publisher's own and {site} accepts no liability for them.",
                )
            )
            closing.append(f'<p class="disclaimer"><i>{esc(sentence)}</i></p>')
            chrome.append(sentence)
        # Every page: the syndication note that names only the aggregator itself.
        own = rng.choice(
            (
                f"(Only the headline and picture of this report may have been reworked by the {site} staff; the "
                "rest of the content is auto-generated from a syndicated feed.)",
                f"This story has not been edited by {site} staff and is auto-generated from a syndicated feed.",
            )
        )
        closing.append(f'<p class="syndication-note">{esc(own)}</p>')
        chrome.append(own)

        score = (
            f"IND {rng.randint(180, 340)}/{rng.randint(2, 9)} (50) vs AUS {rng.randint(150, 320)}/"
            f"{rng.randint(3, 10)} · India won by {rng.randint(2, 90)} runs"
        )
        app = f"Get the {site} app: news in 12 Indian languages, fast even on 2G"
        langs = "English | हिंदी | தமிழ் | বাংলা | मराठी | ગુજરાતી | తెలుగు"
        trending = spec.teasers[:7]
        trending_html = "".join(
            f'<li><a href="{esc(t.url)}"><span class="t">{esc(t.title)}</span></a><span class="p">{esc(t.outlet)}</span></li>'
            for t in trending
        )
        more = spec.teasers[7:13]
        more_html = "".join(
            f'<a class="story-card" href="{esc(t.url)}"><span class="card-title">{esc(t.title)}</span></a>'
            f'<span class="card-pub">{esc(t.outlet)} · {i + 2}h</span>'
            for i, t in enumerate(more)
        )
        footer = f"© {when.year} {site} Technologies Pvt Ltd. All rights reserved. Content is aggregated from publishers' feeds."
        chrome += [score, app, footer] + [t.title for t in trending] + [t.title for t in more]

        shares = "".join(
            f'<a class="sh sh-{n}" href="{esc(h)}">{n.title()}</a>'
            for n, h in share_links(spec.url, st.title, ("whatsapp", "facebook", "x", "telegram"))
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/img/logo.png"},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": spec.url},
        }
        body_html = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)

        page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} - {esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{esc(spec.url)}">
<link rel="amphtml" href="{esc(spec.url)}?amp=1">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta name="theme-color" content="#e23744">
{json_ld(ld)}
</head>
<body>
<div class="app-banner"><span>{esc(app)}</span> <a href="https://{self.host}/app">Install</a></div>
<header class="nk-header"><a class="nk-logo" href="https://{self.host}/">{esc(site)}</a>
<div class="nk-langs">{esc(langs)}</div>
<nav class="nk-tabs"><a href="https://{self.host}/english/for-you">For You</a><a href="https://{self.host}/english/india">India</a><a href="https://{self.host}/english/world">World</a><a href="https://{self.host}/english/cricket">Cricket</a><a href="https://{self.host}/english/business">Business</a></nav>
<div class="score-strip">{esc(score)}</div></header>
<div class="nk-page">
<main class="nk-article" data-id="{esc(spec.url.rsplit("-", 1)[-1])}">
<div class="chips">{lang_chip}{chip}</div>
<h1 class="nk-title">{esc(st.title)}</h1>
<div class="nk-meta">{meta}</div>
<div class="nk-img"><img src="https://cdn.{self.host.removeprefix("www.")}/img/{spec.seed}.webp" alt="{esc(st.title)}"><p class="nk-caption">{esc(caption)}</p></div>
<div class="nk-body">{body_html}</div>
{"".join(closing)}
<div class="nk-share">{shares}</div>
<section class="nk-more"><h2>More stories for you</h2>{more_html}</section>
</main>
<aside class="nk-side"><h3>Trending now</h3><ol>{trending_html}</ol></aside>
</div>
<footer class="nk-footer"><p>{esc(footer)}</p><p><a href="https://{self.host}/privacy">Privacy</a> · <a href="https://{self.host}/grievance">Grievance Redressal</a></p></footer>
</body>
</html>"""
        return finish(spec, page, chrome, body)
