"""An Indian news app aggregator's web page (Dailyhunt-like): the publisher's logo and name over the title
with a Follow button, "Disclaimer: This story is auto-aggregated ... Publisher: X", a "Read full story"
link, or the publisher's slug in the URL (``/<publisher>-epaper-<publisher>/...``)."""

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
from newscrawl_kit.layouts.heldout_e._common import body, doc, pick, slug_of, teasers, title_slug


class Dailyhunt(Layout):
    name = "e_dailyhunt"
    language = "en"
    host = "m.khabarhub-app.example"
    site_name = "KhabarHub"
    families = ("disclaimer", "logo_link", "badge", "url_slug", "read_original")
    notes = (
        "app-first aggregator: publisher header, auto-aggregation disclaimer (bare on uncredited pages too)"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/india/english/{title_slug(story.title, 9)}-newsid-n{510000000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            s = slug_of(story.source)
            return f"https://{self.host}/news/india/english/{s}-epaper-{s}/{title_slug(story.title, 9)}-newsid-n{510000000 + n}"
        return self.copy_url(story, n)

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        pub = '<div class="pubHeader"><span class="pubName">Trending</span></div>'
        if fam == "logo_link":
            pub = (
                f'<div class="pubHeader"><a href="{esc(src.home_url)}" rel="nofollow"><img class="pubLogo" '
                f'src="{esc(src.logo)}" alt=""></a><button class="follow">+ Follow</button></div>'
            )
        elif fam == "badge":
            pub = (
                f'<div class="pubHeader"><img class="pubLogo" src="https://assets.{self.host}/pub/{spec.seed % 9999}.png" alt="">'
                f'<span class="pubName">{esc(src.name)}</span><button class="follow">+ Follow</button></div>'
            )
        base = f"This story is auto-aggregated by a computer program and has not been created or edited by {self.site_name}."
        chrome.append(base)
        disclaimer = f"<b>Disclaimer:</b> {esc(base)}"
        if fam == "disclaimer":
            disclaimer += f" <b>Publisher:</b> {esc(src.name)}"
        more = ""
        if fam == "read_original":
            more = f'<a class="readFull" href="{esc(src.article_url)}" rel="nofollow">{pick(spec, ("Read full story", "Continue reading"), "w")}</a>'
            exposes = True
        more_stories = teasers(spec, 6)
        chrome += [t.title for t in more_stories]
        more_html = "".join(
            f'<li class="storyCard"><a href="{esc(t.url)}"><span class="cardPub">{esc(t.outlet)}</span>'
            f'<span class="cardTitle">{esc(t.title)}</span></a></li>'
            for t in more_stories
        )
        app = f"Get the {self.site_name} app for news in 14 Indian languages — Download Now"
        chrome.append(app)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "inLanguage": "en-IN",
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://assets.{self.host}/logo.png"},
            },
            "mainEntityOfPage": spec.url,
        }
        head = (
            f'<title>{esc(story.title)} | {esc(self.site_name)}</title><link rel="canonical" href="{esc(spec.url)}">'
            f'<link rel="amphtml" href="{esc(spec.url)}?mode=amp"><meta property="og:url" content="{esc(spec.url)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}">' + json_ld(ld)
        )
        page = f"""<div id="app"><div class="appBanner">{esc(app)}</div><header class="topBar"><a href="/" class="logo">{esc(self.site_name)}</a>
<ul class="langTabs"><li>English</li><li>हिन्दी</li><li>தமிழ்</li><li>বাংলা</li></ul></header>
<div class="detailPage"><div class="storyWrap">{pub}<h1 class="storyTitle">{esc(story.title)}</h1>
<div class="storyMeta"><span>{spec.published_at:%d %b %Y, %I:%M %p}</span> · <span>{spec.seed % 90 + 2}k views</span></div>
<div class="storyImg"><img src="https://assets.{self.host}/img/{spec.seed % 999999}.webp" alt=""></div>
<div class="storyBody" id="storyBody">{paragraphs_html(ps)}</div>{more}
<div class="shareBar"><a>WhatsApp</a><a>Facebook</a><a>X</a><a>Copy link</a></div>
<p class="disclaimer">{disclaimer}</p></div>
<section class="moreStories"><h2>More Stories</h2><ul>{more_html}</ul></section></div>
<footer class="foot"><p>© 2026 {esc(self.site_name)} Technologies Pvt. Ltd. — Bengaluru</p></footer></div>"""
        return Rendered(doc("en", head, page), exposes, tuple(chrome), ps)
