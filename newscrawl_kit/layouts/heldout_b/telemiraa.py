"""تيلي مرآة: a web mirror of public Telegram news channels (t.me/s-style message widgets), Arabic, RTL."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, local, text_of

CHANNEL = "أخبار الساعة العاجلة"
HANDLE = "sa3a_akhbar"


class TeleMiraa(Layout):
    name = "b_telemiraa"
    language = "ar"
    host = "www.telemiraa.com"
    site_name = "تيلي مرآة"
    families: ClassVar[tuple[str, ...]] = (
        "via_meta",
        "read_original",
        "source_link",
        "source_line",
        "logo_link",
    )
    notes = (
        "After the mirrors of public Telegram channels (t.me/s previews, tgstat-like archives) that Arab news "
        "readers use: one message per page, paragraphs separated by <br>, credit as a 'Forwarded from X' header, "
        "a link preview card of the original, 'المصدر: X' or a #hashtag line, 'للمزيد' links, the outlet's logo "
        "as a photo linking home; the channel's own name everywhere, other messages that credit other outlets, "
        "view counts, a not-affiliated-with-Telegram footer."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/c/{HANDLE}/{58000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 3)
        shown = src.name_latin if src.name_latin and rng.random() < 0.3 else src.name
        post_id = spec.url.rstrip("/").rsplit("/", 1)[-1]
        chrome: list[str] = []

        forwarded = ""
        if fam == "via_meta":
            label = rng.choice(("معاد توجيهه من", "Forwarded from", "↪️ منقول من قناة"))
            forwarded = (
                f'<div class="tgme_widget_message_forwarded_from">{esc(label)} '
                f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/s/{esc(src.slug or "news")}">'
                f'<span dir="auto">{esc(shown)}</span></a></div>'
            )

        lines = [f"<b>{esc(st.title)}</b>"] + [esc(p) for p in spec.paragraphs]
        tail: list[str] = []
        if fam == "source_line":
            style = rng.choice(("plain", "pin", "hashtag"))
            if style == "hashtag" and " " in shown:
                style = "pin"
            tail.append(
                {
                    "plain": f"المصدر: {esc(shown)}",
                    "pin": f"📌 المصدر | {esc(shown)}",
                    "hashtag": f"#{esc(shown)}",
                }[style]
            )
        if fam == "read_original":
            style = rng.choice(("details", "more", "full"))
            url = esc(src.article_url)
            if style == "details":
                tail.append(f'🔗 التفاصيل: <a href="{url}" target="_blank" rel="noopener">{url}</a>')
            elif style == "more":
                tail.append(f'للمزيد: <a href="{url}" target="_blank" rel="noopener">اضغط هنا</a>')
            else:
                sentence = f"اقرأ الخبر كاملاً على موقع {shown}"
                tail.append(f'<a href="{url}" target="_blank" rel="noopener">{esc(sentence)}</a>')
                chrome.append(sentence)
        chrome += [text_of(t) for t in tail]
        tags = rng.sample(("#عاجل", "#أخبار", "#محليات", "#متابعات"), 2)
        tail.append(" ".join(f'<a href="?q=%23{t[1:]}">{t}</a>' for t in tags))
        text_html = "<br><br>".join(lines + tail)

        preview = ""
        if fam == "source_link":
            desc = spec.paragraphs[0][:90] + "…"
            preview = (
                f'<a class="tgme_widget_message_link_preview" href="{esc(src.article_url)}">'
                f'<span class="link_preview_site_name" dir="auto">{esc(shown)}</span>'
                f'<span class="link_preview_title" dir="auto">{esc(st.title)}</span>'
                f'<span class="link_preview_description" dir="auto">{esc(desc)}</span></a>'
            )

        credit = caption_credit(spec, rng, "ar")
        photo_note = f"📷 الصورة المرفقة بالرسالة: {credit}"
        chrome.append(photo_note)
        photo = (
            f'<a class="tgme_widget_message_photo_wrap" href="https://t.me/{HANDLE}/{post_id}?single" '
            f"style=\"background-image:url('https://cdn4.telesco.pe/file/{spec.seed}a.jpg')\"></a>"
        )
        if fam == "logo_link":
            alt = rng.choice(("", "", src.name, "logo"))
            title = f' title="{esc(src.name_latin)}"' if src.name_latin and rng.random() < 0.3 else ""
            photo += (
                f'<a class="tgme_widget_message_source_logo" href="{esc(src.home_url)}"{title}>'
                f'<img src="{esc(src.logo)}" alt="{esc(alt)}" width="48" height="48"></a>'
            )

        views = f"{rng.randint(11, 240)}.{rng.randint(1, 9)}K"
        channel_head = (
            f'<div class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span dir="auto">'
            f'{esc(CHANNEL)}</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/'
            f'{HANDLE}">@{HANDLE}</a></div><div class="tgme_channel_info_description">قناة إخبارية تنقل لكم أهم '
            f'الأخبار العاجلة على مدار الساعة</div><div class="tgme_channel_info_counter"><span '
            f'class="counter_value">{rng.randint(120, 980)}K</span> <span class="counter_type">مشترك</span>'
            "</div></div>"
        )
        chrome.append("قناة إخبارية تنقل لكم أهم الأخبار العاجلة على مدار الساعة")

        others = []
        for i, t in enumerate(spec.teasers[:6]):
            h = i + 1
            credit_line = f"المصدر: {t.outlet}" if i % 2 == 0 else f"↪️ {t.outlet}"
            others.append(
                f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="{HANDLE}/'
                f'{int(post_id) - i - 1}"><div class="tgme_widget_message_text" dir="auto"><b>{esc(t.title)}'
                f'</b><br><br>{esc(credit_line)}</div><div class="tgme_widget_message_footer"><a '
                f'class="tgme_widget_message_date" href="{esc(t.url)}">منذ {h} ساعة</a></div></div></div>'
            )
            chrome.append(t.title)

        mirror_note = f"{site} أرشيف مستقل للقنوات العامة، وليس تابعاً لشركة تيليجرام ولا للقنوات المعروضة."
        join = f"انضم إلى {CHANNEL} على تيليجرام"
        chrome += [mirror_note, join, text_of(f"<span>{esc(site)} — تصفح القنوات العامة بلا تطبيق</span>")]

        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} | {esc(CHANNEL)} - {esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="{esc(CHANNEL)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:description" content="{esc(spec.paragraphs[0][:150])}">
<meta property="og:url" content="{esc(spec.url)}">
<meta name="twitter:card" content="summary">
<link rel="canonical" href="{esc(spec.url)}">
</head>
<body class="widget_frame_base tgme_channel_body">
<header class="tgme_header"><div class="tgme_header_brand"><a href="https://{self.host}/">{esc(site)} — تصفح القنوات العامة بلا تطبيق</a></div>
<form class="tgme_header_search" action="https://{self.host}/search"><input type="search" name="q" placeholder="بحث"></form></header>
<main class="tgme_main">
{channel_head}
<section class="tgme_channel_history js-message_history">
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{HANDLE}/{post_id}">
<div class="tgme_widget_message_user"><a href="https://t.me/{HANDLE}"><i class="tgme_widget_message_user_photo"><img src="https://cdn4.telesco.pe/file/{HANDLE}.jpg" alt=""></i></a></div>
<div class="tgme_widget_message_bubble">
<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/{HANDLE}"><span dir="auto">{esc(CHANNEL)}</span></a></div>
{forwarded}
{photo}
<div class="tgme_widget_message_text js-message_text" dir="auto">{text_html}</div>
<div class="tgme_widget_message_caption">{esc(photo_note)}</div>
{preview}
<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{views}</span> <span class="copyonly">مشاهدة</span>
<a class="tgme_widget_message_date" href="https://t.me/{HANDLE}/{post_id}"><time datetime="{iso(spec.published_at)}">{when:%H:%M}</time></a></div>
</div></div></div>
<div class="tgme_channel_join"><a class="tgme_action_button" href="https://t.me/{HANDLE}">{esc(join)}</a></div>
<h2 class="tgme_more_title">رسائل أخرى من القناة</h2>
{"".join(others)}
</section>
</main>
<footer class="tgme_footer"><p>{esc(mirror_note)}</p><p>© {when.year} {esc(site)}</p></footer>
</body>
</html>"""
        return finish(spec, page, chrome)
