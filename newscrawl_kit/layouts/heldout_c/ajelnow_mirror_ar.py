"""عاجل الآن: a web mirror of a Telegram news channel (t.me/s-like preview): posts, forwards, link previews."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_c._kit import choose, pick


class AjelnowMirrorAr(Layout):
    name = "c_ajelnow_mirror_ar"
    language = "ar"
    host = "ajelnow-mirror.test"
    site_name = "عاجل الآن"
    families = ("via_meta", "footer_phrase", "source_line", "source_link")
    notes = (
        "Telegram channel mirrored to the web: each post is a bold first line and text, a 'forwarded from' header "
        "when reposted (sometimes in the app's English UI), a closing line or hashtag naming the source, a pasted "
        "source URL as plain text, or a link-preview card (site name, title) to the original; views and the "
        "channel's other posts around it."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/ajelnow/{41000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        fwd = ""
        tail = ""
        preview = ""
        if fam == "via_meta":
            label = choose(rng, ("محوّلة من:", "Forwarded from", "منقول من قناة"))
            fwd = f'<div class="fwd">{esc(label)} <span class="fwd-name">{esc(src.name)}</span></div>'
            if len(f"{label} {src.name}") >= 20:
                chrome.append(f"{label} {src.name}")
        elif fam == "footer_phrase":
            if " " not in src.name and rng.random() < 0.5:
                line = f"#{src.name} #عاجل"
            else:
                line = choose(rng, (f"— نقلاً عن {src.name}", f"📌 الخبر عن {src.name}", f"(عن {src.name})"))
            tail = f"<br><br>{esc(line)}"
            if len(line) >= 20:
                chrome.append(line)
        elif fam == "source_line":
            if rng.random() < 0.5:
                shown, exposes = src.article_url, True
            else:
                shown = src.domain
            line = choose(rng, (f"🔗 المصدر: {shown}", f"المصدر ⬅️ {shown}", f"source: {shown}"))
            tail = f"<br><br>{esc(line)}"
            if len(line) >= 20:
                chrome.append(line)
        elif fam == "source_link":
            exposes = True
            site = src.name if not src.name_latin or rng.random() < 0.6 else src.name_latin
            preview = (
                f'<a class="link-preview" href="{esc(src.article_url)}"><span class="lp-site">{esc(site)}</span>'
                f'<span class="lp-title">{esc(st.title)}</span>'
                f'<span class="lp-desc">{esc(st.paragraphs[0][:90])}…</span></a>'
            )

        text = "<br><br>".join(esc(p) for p in spec.paragraphs)
        views = f"{(spec.seed * 733) % 90 + 5}.{spec.seed % 10}K"
        others = pick(spec, 0, 6)
        others_html = "".join(
            f'<div class="msg other"><div class="msg-text"><b>{esc(t.title)}</b></div>'
            f'<a class="msg-date" href="{esc(t.url)}">{(spec.published_at.hour + 23 - i) % 24:02d}:{(7 * i) % 60:02d}</a></div>'
            for i, t in enumerate(others[:3])
        )
        later_html = "".join(
            f'<div class="msg other"><div class="msg-text"><b>{esc(t.title)}</b><br>#{esc(t.outlet.replace(" ", "_"))}</div></div>'
            for t in others[3:]
        )
        chrome += [t.title for t in others]
        about = "قناة عاجل الآن: أخبار عاجلة على مدار الساعة من مصادر متعددة"
        join = "انضم إلى قناة عاجل الآن على تيليجرام لتصلك الأخبار أولاً بأول"
        chrome += [about, join]
        html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>عاجل الآن – Telegram</title>
<meta property="og:title" content="عاجل الآن">
<meta property="og:description" content="{esc(st.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta name="twitter:card" content="summary">
</head><body class="tgme_mirror">
<header class="channel"><img src="https://{self.host}/avatar/ajelnow.jpg" alt="">
<div class="ch-name">عاجل الآن</div><div class="ch-desc">{esc(about)}</div>
<div class="ch-subs">412K subscribers</div><a class="join" href="https://t.me/ajelnow">{esc(join)}</a></header>
<section class="history">{others_html}
<div class="msg main" data-post="ajelnow/{spec.url.rsplit("/", 1)[-1]}">
{fwd}<div class="msg-text"><b>{esc(st.title)}</b><br><br>{text}{tail}</div>
{preview}
<div class="msg-info"><span class="views">{views}</span> <time datetime="{iso(spec.published_at)}">{spec.published_at:%H:%M}</time></div>
</div>
{later_html}</section>
<footer><a href="https://telegram.example/dl">Download Telegram</a> <span>ajelnow-mirror.test — مرآة غير رسمية لقناة عاجل الآن</span></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
