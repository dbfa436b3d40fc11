"""Lumen Start: an MSN-style start-page news hub that runs partner content in its own article viewer.

The viewer as these portals draw it: a provider strip on top (the partner's logo linking to its site, a
"Follow" button), "Story by <author> • 3h • 4 min read", the partner text, a closing "© <partner>"
copyright line, a "Continue reading" button in the short-preview variant, and the hub's chrome: a weather
chip, a market ticker, "More for you" cards each naming a provider, a feedback link and the legal footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, words_slug


class PartnerHub(Layout):
    name = "h_partner_hub"
    language = "en"
    host = "www.lumenstart.example"
    site_name = "Lumen Start"
    families = ("logo_link", "via_meta", "footer_phrase", "read_original")
    notes = "MSN-like partner viewer: provider logo strip, 'Story by X • 3h • 4 min read', '© Partner' closing, 'Continue reading' button"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/en-us/news/world/{words_slug(story.title)}/ar-LS{n + 10**6:x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        minutes = max(2, sum(len(p.split()) for p in spec.paragraphs) // 220)
        meta = f"Story by {s.author or 'Staff'} • {spec.seed % 11 + 1}h • {minutes} min read"
        strip = '<div class="provider-strip"><span class="pv-placeholder"></span><button class="follow">+ Follow</button></div>'
        closing = ""
        button = ""
        if fam == "logo_link":
            alt = rng.choice(["", shown, "Provider logo"])
            strip = f'<div class="provider-strip"><a href="{esc(src.home_url)}" class="pv-logo" aria-label="{esc(alt)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="20"></a><button class="follow">+ Follow</button></div>'
        elif fam == "via_meta":
            meta = rng.choice(
                [
                    f"Story by {s.author or 'Staff'} • {shown} • {minutes} min read",
                    f"{shown} • {spec.seed % 11 + 1}h • {minutes} min read",
                    f"Story by {s.author or 'Staff'}, {shown} • {minutes} min read",
                ]
            )
            chrome.append(meta)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"© {s.published_at:%Y} {shown}",
                    f"Copyright {s.published_at:%Y} {shown}. All rights reserved.",
                    f"© {shown} {s.published_at:%Y}",
                ]
            )
            closing = f'<p class="copyright-line">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(["Continue reading", f"Continue reading on {shown}", "Read the full story"])
            button = f'<div class="continue">{a(src.article_url, text, class_="continue-btn", target="_blank")}</div>'
            exposes = True
            chrome.append(text)
        cap = "File photo"
        if s.agency and fam is not None:
            cap = (
                f"File photo for illustration. (Photo: {s.agency})"
                if spec.seed % 2
                else f"Photo courtesy of {s.agency} / file image"
            )
            chrome.append(cap)
        more = pick(spec, 6)
        chrome += [t.title for t in more]
        legal = "© 2026 Lumen · Privacy & Cookies · Terms of use · Advertise · Consumer Health Privacy"
        feedback = "Was this story helpful? Send feedback to help us improve your feed"
        ticker = "DOW 43,112.08 +0.42% · NASDAQ 19,220.40 +0.77% · S&P 500 5,998.12 +0.31%"
        chrome += [legal, feedback, ticker]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        cards = "".join(
            f'<div class="card" data-provider="{esc(t.outlet)}"><img data-src="https://img.{self.host}/t/{i}.jpg" alt=""><span class="pv">{esc(t.outlet)}</span><h3>{a(t.url, t.title)}</h3></div>'
            for i, t in enumerate(more)
        )
        page = f"""<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header class="hub-header"><a href="/" class="hub-logo"><svg width="22" height="22" viewBox="0 0 22 22"><path d="M0 0h10v10H0zM12 0h10v10H12zM0 12h10v10H0zM12 12h10v10H12z" fill="#f25022"/></svg> {self.site_name}</a>
<input type="search" placeholder="Search the web"><span class="wx">☀ 64°F</span></header><div class="market-ticker">{ticker}</div>
<main class="viewer"><article>{strip}<h1>{esc(s.title)}</h1><div class="byline-meta">{esc(meta)}</div>
<figure><img data-src="https://img.{self.host}/a/{spec.seed % 9999}.jpg" alt=""><figcaption class="photo-credit">{esc(cap)}</figcaption></figure><div class="article-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}</div>{button}
<div class="reactions"><button>Like</button><button>Comment</button><button>Share</button></div><p class="feedback">{feedback}</p></article></main>
<section class="more-for-you"><h2>More for you</h2>{cards}</section>
<footer><p>{esc(legal)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
