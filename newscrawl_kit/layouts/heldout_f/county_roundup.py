"""Five Counties Today: a local news aggregator that files every copied story under its source's section.

Copies live at ``/sources/<outlet-slug>/<id>`` when the site files them by source (the URL is then the only
credit). Otherwise the credit is a "Source: X" line over the text, a closing Creative Commons line for
nonprofit newsrooms that allow republication, a "content provided by X; Five Counties Today is not
responsible" disclaimer, or a "Full story →" link. Chrome: a county picker, a weather and school-closings
strip, "Around the region" headlines with their sources, an events calendar box and a classic footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, outlet_slug


class CountyRoundup(Layout):
    name = "f_county_roundup"
    language = "en"
    host = "www.fivecountiestoday.example"
    site_name = "Five Counties Today"
    families = ("url_slug", "source_line", "cc_notice", "disclaimer", "read_original")
    notes = "local news aggregator: /sources/<slug>/<id> URLs, 'Source:' line, nonprofit CC republication line, disclaimer, 'Full story'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/sources/{outlet_slug(story.source)}/{70400 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/stories/{70400 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, fam = spec.story, spec.story.source, spec.family
        if fam != "url_slug" and f"/{outlet_slug(src)}/" in spec.url:
            raise ValueError(
                f"{self.name}: an uncredited or otherwise credited copy cannot sit at a slug URL"
            )
        rng = spec.rng
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        over = ""
        closing = ""
        if fam == "source_line":
            text = rng.choice([f"Source: {shown}", f"SOURCE: {shown}", f"Source | {shown}"])
            over = f'<p class="src-line">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "cc_notice":
            if rng.random() < 0.5:
                text = f"This story was originally published by {shown} and is republished here under a Creative Commons license."
                closing = f'<p class="cc">{esc(text)}</p>'
            else:
                text = f"Republished from {shown} under CC BY-NC-ND 4.0."
                closing = f'<p class="cc">{esc(text)} {link(src.article_url, "Read the original story")}</p>'
                exposes = True
            chrome.append(text)
        elif fam == "disclaimer":
            text = rng.choice(
                [
                    f"Content provided by {shown}. Five Counties Today is not responsible for the accuracy of third-party content.",
                    f"This story is provided by {shown}; the views and facts in it are the publisher's, not Five Counties Today's.",
                ]
            )
            closing = f'<p class="disclaimer"><small>{esc(text)}</small></p>'
            chrome.append(text)
        elif fam == "read_original":
            text = rng.choice(["Full story →", f"Read more at {shown} →", "Continue reading"])
            closing = f'<p class="full">{link(src.article_url, text)}</p>'
            exposes = True
        around = other_items(spec, 6)
        chrome += [t.title for t in around]
        strip = "School closings and delays: none reported this morning · Weather: 41°F, light rain"
        foot = "© 2026 Five Counties Today. Local news from around the region, gathered in one place."
        chrome += [strip, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.site_name,
            "url": f"https://{self.host}/",
            "areaServed": ["Adams County", "Brown County", "Clay County", "Dane County", "Elk County"],
        }
        items = "".join(
            f'<li>{link(t.url, t.title)} <span class="via">({esc(t.outlet)})</span></li>' for t in around
        )
        counties = "".join(f"<option>{c} County</option>" for c in ("Adams", "Brown", "Clay", "Dane", "Elk"))
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header><a class="masthead" href="/">{self.site_name}</a><select name="county">{counties}</select></header><div class="strip"><p>{strip}</p></div>
<div class="cols"><main><h1>{esc(s.title)}</h1><div class="posted">Posted <time datetime="{iso(spec.published_at)}">{spec.published_at:%m/%d/%Y %I:%M %p}</time></div>{over}
<div class="story-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}</main>
<aside><h3>Around the region</h3><ul>{items}</ul><div class="events"><h3>Events this week</h3><p>Farmers market, Saturday 8am</p></div></aside></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
