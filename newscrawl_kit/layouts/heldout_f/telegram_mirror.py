"""قناة الحدث الآن: a web archive of a Telegram news channel (the t.me/s/ preview style), one post per page.

A channel header (avatar, subscribers), the post bubble: an emoji headline line, the text, an "↩ معاد
توجيهه من X" forward header or a "📌 المصدر: X" last line or a link to the original, a views counter and the
post time; then the channel's previous posts. The site puts its own name in the header, the JSON-LD and a
"انضم إلى القناة" call. Uncredited posts are common: channels copy without saying so.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class TelegramMirror(Layout):
    name = "f_telegram_mirror"
    language = "ar"
    host = "alhadath-alan.example"
    site_name = "قناة الحدث الآن"
    families = ("via_meta", "source_line", "source_link")
    notes = "Telegram channel web mirror (t.me/s/-like): 'معاد توجيهه من' forward header, '📌 المصدر:' last line, link to the original"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/post/{61000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        fwd = ""
        last = ""
        if fam == "via_meta":
            word = rng.choice(["↩ معاد توجيهه من", "Forwarded from", "⤴ محوّل من"])
            fwd = f'<div class="fwd">{word} <b>{esc(src.name)}</b></div>'
            chrome.append(f"{word} {src.name}")
        elif fam == "source_line":
            mark = rng.choice(["📌 المصدر:", "🔹المصدر :", "المصدر ⬅️"])
            last = f'<div class="post-src">{mark} {esc(src.name)}</div>'
            chrome.append(f"{mark} {src.name}")
        elif fam == "source_link":
            text = rng.choice(["🔗 التفاصيل", f"🔗 {src.name}", "الرابط ⬇️"])
            last = f'<div class="post-src">{link(src.article_url, text, rel="noopener")}</div>'
            if text == "الرابط ⬇️":
                last += f'<div class="post-src">{esc(src.name)}</div>'
            exposes = True
        older = other_items(spec, 5)
        chrome += [t.title for t in older]
        join = f"انضم إلى {self.site_name} على تيليجرام لتصلك الأخبار العاجلة أولاً بأول"
        foot = f"{self.site_name} - أرشيف منشورات القناة © 2026"
        chrome += [join, foot]
        flag = rng.choice(["🔴 عاجل |", "⚡️", "🟥 خبر |"])
        ld = {
            "@context": "https://schema.org",
            "@type": "SocialMediaPosting",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        posts = "".join(
            f'<div class="msg old"><div class="msg-text">{esc(t.title)}</div><a class="msg-date" href="{esc(t.url)}">{spec.published_at:%H:%M}</a></div>'
            for t in older
        )
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} – {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body class="channel"><header class="chan-head"><img class="avatar" src="https://{self.host}/avatar.jpg" alt=""><div class="chan-name">{self.site_name}</div><div class="chan-subs">{spec.seed % 90 + 10}K مشترك</div></header>
<main class="history"><div class="msg">{fwd}<div class="msg-text"><h1 class="msg-title">{flag} {esc(s.title)}</h1>{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{last}</div>
<div class="msg-foot"><span class="views">{spec.seed % 40 + 1}.{spec.seed % 9}K 👁</span> <time datetime="{iso(spec.published_at)}">{spec.published_at:%H:%M}</time></div></div>
<h3 class="older-title">منشورات سابقة</h3>{posts}</main>
<div class="join"><p>{esc(join)}</p><a href="https://t.me/alhadath_alan_example">انضم</a></div><footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
