"""قناة خبر عاجل: the public web preview of a Telegram news channel (``t.me/s/<channel>``-style page).

The preview lists message bubbles (``tgme_widget_message``): a channel header with subscriber count, each
message with its text, views and time, and a "Forwarded from X" header on forwarded posts. The copied story is
one long message; its neighbours are other short posts (breaking lines, some naming their outlets). Credits as
such channels carry them: the "تمت إعادة توجيهها من X" forward header, the outlet linked in the message
("المصدر: X"), a "التفاصيل:" link to the article closing the message, or the outlet as the post's signature ("✍️ X") or hashtag ("#X").
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class TgChannelWeb(Layout):
    name = "h_tg_channel_web"
    language = "ar"
    host = "t.khabar-ajel-channel.example"
    site_name = "قناة خبر عاجل"
    families = ("via_meta", "source_link", "read_original", "badge")
    notes = "Telegram channel web preview (t.me/s-style bubbles): 'Forwarded from X' header, 'المصدر: X' link in the message, 'التفاصيل:' link, outlet signature/hashtag"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/khabar_ajel/{n + 48000}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        forwarded = ""
        tail = ""
        tag = ""
        signature = ""
        if fam == "via_meta":
            word = rng.choice(["تمت إعادة توجيهها من", "Forwarded from", "منقول من"])
            forwarded = f'<div class="tgme_widget_message_forwarded_from accent_color">{word} <span class="tgme_widget_message_forwarded_from_name">{esc(src.name)}</span></div>'
        elif fam == "source_link":
            exposes = rng.random() < 0.6
            target = src.article_url if exposes else src.home_url
            tail = f"<br><br>المصدر: {a(target, src.name, target='_blank', rel='noopener')}"
        elif fam == "read_original":
            label = rng.choice(["التفاصيل:", "للمزيد:", "🔗 رابط الخبر:"])
            tail = f"<br><br>{label} {a(src.article_url, src.article_url, target='_blank', rel='noopener')}"
            exposes = True
        elif fam == "badge":
            if " " not in src.name and rng.random() < 0.5:
                tag = f' <a href="?q=%23{esc(src.name)}">#{esc(src.name)}</a>'
            else:
                sign = rng.choice([src.name, f"✍️ {src.name}"])
                signature = f'<span class="tgme_widget_message_from_author" dir="auto">{esc(sign)}</span> '
        others = pick(spec, 4)
        chrome += [t.title for t in others]
        about = "قناة إخبارية تنشر الأخبار العاجلة على مدار الساعة. للتواصل والإعلان راسلونا على المعرف"
        join = f"لمتابعة {self.site_name} على تيليجرام اضغط على زر الانضمام في الأعلى"
        chrome += [about, join]
        views = f"{(spec.seed * 37) % 90 + 5}.{spec.seed % 10}K"
        text = "<br><br>".join(esc(p) for p in spec.paragraphs)

        def bubble(post: int, inner: str, when: str, fwd: str = "", sig: str = "") -> str:
            return (
                f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="khabar_ajel/{post}">'
                f'<div class="tgme_widget_message_bubble">{fwd}<div class="tgme_widget_message_text js-message_text" dir="auto">{inner}</div>'
                f'<div class="tgme_widget_message_footer">{sig}<span class="tgme_widget_message_views">{views}</span> <time datetime="{when}">{when[11:16]}</time></div></div></div></div>'
            )

        before = "".join(
            bubble(spec.seed + 47990 + i, f"🔴 {a(t.url, t.title)}", iso(spec.published_at))
            for i, t in enumerate(others[:2])
        )
        after = "".join(
            bubble(spec.seed + 48010 + i, f"🔴 {a(t.url, t.title)}", iso(spec.published_at))
            for i, t in enumerate(others[2:])
        )
        main = bubble(
            spec.seed + 48000,
            f"<b>{esc(s.title)}</b><br><br>{text}{tail}{tag}",
            iso(spec.published_at),
            forwarded,
            signature,
        )
        page = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{self.site_name} – Telegram</title>
<meta property="og:title" content="{self.site_name}"><meta property="og:site_name" content="Telegram"><meta property="og:description" content="{esc(s.title)}">
<meta name="twitter:card" content="summary"></head>
<body class="widget_frame_base tgme_channel_body"><header class="tgme_header"><div class="tgme_header_info"><div class="tgme_header_title">{self.site_name}</div><div class="tgme_header_counter">{spec.seed % 400 + 120}K subscribers</div></div>
<a class="tgme_action_button" href="tg://resolve?domain=khabar_ajel">انضمام</a></header>
<div class="tgme_channel_info_description">{about}</div>
<section class="tgme_channel_history js-message_history">{before}{main}{after}</section>
<div class="tgme_join"><p>{join}</p></div></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
