"""قناة الحدث اليومي: a web mirror of a WhatsApp news channel, each forwarded message one page.

The page imitates the channel's web preview: a green header with the channel's name and follower count, the
message as a bubble (bold first line as the headline, the text, a "تمت إعادة التوجيه" tag, reactions and a
view count), a link-preview card, and "رسائل سابقة" bubbles naming other outlets. Admins credit as they
paste: a "📰 X |" chip opening the bubble, an "المصدر:" line closing it, a preview card linking to the
original, or a closing "نقلاً عن" sentence.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import others, shown


class QanatWhatsapp(Layout):
    name = "g_qanat_whatsapp"
    language = "ar"
    host = "hadath-yawmi-channel.example"
    site_name = "قناة الحدث اليومي"
    families = ("badge", "source_line", "source_link", "footer_phrase")
    notes = "WhatsApp news-channel web mirror (bubbles, forwarded tag, reactions): '📰 X |' chip, 'المصدر:' line, preview card link, closing line"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/msg/{n * 31 + 1009}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        chip = ""
        tail = ""
        card = ""
        if fam == "badge":
            chip = f'<span class="b-chip">{esc(rng.choice(["📰 " + src.name + " |", "🔴 " + src.name, "[" + src.name + "]"]))}</span> '
        elif fam == "source_line":
            tail = f'<div class="b-src">{esc(rng.choice(["المصدر:", "المصدر :", "📌 المصدر:"]))} {esc(src.name)}</div>'
        elif fam == "source_link":
            title = rng.choice([src.name, f"{src.name} - {s.title[:30]}", s.title])
            card = (
                f'<a class="preview" href="{esc(src.article_url)}"><div class="pv-title">{esc(title)}</div>'
                f'<div class="pv-host">{esc(src.domain)}</div></a>'
            )
            exposes = True
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"نقلاً عن {src.name}",
                    f"✍️ الخبر منقول من صفحة {src.name}",
                    f"للأمانة: المصدر الأصلي {src.name}",
                ]
            )
            tail = f'<div class="b-tail">{esc(line)}</div>'
            chrome.append(line)
        earlier = others(spec, 5)
        chrome += [t.title for t in earlier]
        bubbles = "".join(
            f'<div class="bubble old"><b>{esc(t.title)}</b><span class="b-from">{esc(t.outlet)}</span><span class="b-time">{9 + i}:0{i}</span></div>'
            for i, t in enumerate(earlier)
        )
        follow = f"قناة الحدث اليومي · {18 + spec.seed % 40} ألف متابع"
        join = "انضم إلى قناة الحدث اليومي على واتساب لتصلك الأخبار أولاً بأول"
        chrome += [follow, join]
        ld = {"@context": "https://schema.org", "@type": "SocialMediaPosting", "headline": s.title,
              "datePublished": iso(spec.published_at), "author": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | قناة الحدث اليومي</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body class="wa">
<div class="wa-head"><img src="https://{self.host}/avatar.jpg" alt=""><div><b>قناة الحدث اليومي</b><small>{follow}</small></div></div>
<div class="chat"><h2 class="day">{spec.published_at:%d/%m/%Y}</h2>{bubbles}
<div class="bubble current"><span class="fwd">تمت إعادة التوجيه</span><h1 class="b-head">{chip}{esc(s.title)}</h1>
<div class="b-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}{card}
<div class="b-foot"><span class="react">👍 {spec.seed % 300} ❤️ {spec.seed % 90}</span><span class="views">👁 {1000 + spec.seed}</span><span class="b-time">{spec.published_at:%H:%M}</span></div></div></div>
<div class="join"><a href="https://{self.host}/join">{join}</a></div></body></html>"""
        return Rendered(page, exposes, shown(chrome))
