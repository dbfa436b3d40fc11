"""بوابة أهل البلد: a site that republishes its Facebook page's posts as web pages (one post per page).

The post keeps Facebook's shape: the page's name and avatar, "· 3 ساعات · 🌍", the text, a link-preview card
(the original's domain in capitals, its title, a link to the article), reactions and comment counts, then
the site's "آخر المنشورات" and a "تابعونا على فيسبوك" box. Credits as such pages write them: the preview
card, a closing "منقول عن X" / "المصدر X", a "تمت المشاركة من صفحة X" header; an uncredited post often ends
with a bare "منقول" (copied) that names nobody.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class FacebookRepost(Layout):
    name = "f_facebook_repost"
    language = "ar"
    host = "ahl-elbalad-page.example"
    site_name = "بوابة أهل البلد"
    families = ("source_link", "footer_phrase", "via_meta")
    notes = "Facebook-page repost site: link-preview card (domain in capitals), 'منقول عن X', 'تمت المشاركة من صفحة X', bare 'منقول'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/posts/pfbid0{(n * 48271) % 10**9:09d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shared = ""
        card = ""
        tail = '<p class="naql">منقول</p>' if rng.random() < 0.5 else ""
        if fam == "source_link":
            shown = src.domain.upper() if rng.random() < 0.6 else src.name
            card = (
                f'<a class="link-preview" href="{esc(src.article_url)}" target="_blank"><div class="lp-domain">{esc(shown)}</div>'
                f'<div class="lp-title">{esc(s.title)}</div></a>'
            )
            exposes = True
            tail = ""
        elif fam == "footer_phrase":
            line = rng.choice([f"منقول عن {src.name}", f"المصدر {src.name}", f"#منقول من صفحة {src.name}"])
            tail = f'<p class="naql">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "via_meta":
            line = rng.choice(
                [f"تمت المشاركة من صفحة {src.name}", f"{self.site_name} شارك منشوراً من {src.name}"]
            )
            shared = f'<div class="shared-from">{esc(line)}</div>'
            chrome.append(line)
        latest = other_items(spec, 5)
        chrome += [t.title for t in latest]
        follow = "تابعونا على فيسبوك وانضموا إلى أكثر من مئتي ألف متابع لأخبار البلد أولاً بأول"
        foot = "جميع المنشورات محفوظة في أرشيف بوابة أهل البلد © 2026"
        chrome += [follow, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "SocialMediaPosting",
            "headline": s.title,
            "url": spec.url,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Organization", "name": self.site_name},
        }
        items = "".join(f"<li>{link(t.url, t.title)}</li>" for t in latest)
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article"><meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header class="site-top"><a href="/">{self.site_name}</a></header>
<main><div class="fb-post">{shared}<div class="post-head"><img class="avatar" src="https://{self.host}/avatar.jpg" alt=""><b>{self.site_name}</b> <span class="when">· {spec.seed % 11 + 1} ساعات · 🌍</span></div>
<div class="post-text"><h1>{esc(s.title)}</h1>{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{tail}</div>{card}
<div class="post-stats"><span>👍❤️ {spec.seed % 900 + 50}</span> <span>{spec.seed % 70} تعليقاً</span> <span>{spec.seed % 40} مشاركة</span></div>
<time datetime="{iso(spec.published_at)}"></time></div>
<section class="latest"><h3>آخر المنشورات</h3><ul>{items}</ul></section>
<div class="follow-box"><p>{follow}</p><a href="https://facebook.example/ahlelbalad">متابعة</a></div></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
