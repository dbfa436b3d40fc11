"""A web mirror of public Telegram channels (the t.me/s/ widget markup): a news-summary channel's post, with
the credit in a "Forwarded from" header, a link under the text, a link-preview card showing the outlet's site
name, or only in the mirror's URL when the mirrored channel is the outlet's own."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, slug_of, teasers

_CHANNEL = "akhbar_alan24"


class TelegramMirror(Layout):
    name = "e_telegram_mirror"
    language = "ar"
    host = "qanawat-web.example"
    site_name = "قنوات ويب"
    families = ("via_meta", "source_link", "read_original", "url_slug")
    notes = "tgme_widget_message markup; neighbouring messages of the channel above and below the post"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{_CHANNEL}/{18000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return f"https://{self.host}/s/{slug_of(story.source)}/{18000 + n}"
        return self.copy_url(story, n)

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        channel = slug_of(src) if fam == "url_slug" else _CHANNEL
        channel_title = f"@{channel}" if fam == "url_slug" else "أخبار الآن 24 | عاجل"
        fwd = ""
        if fam == "via_meta":
            fwd = (
                '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
                f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/{slug_of(src)}">'
                f"<span>{esc(src.name)}</span></a></div>"
            )
        after = ""
        if fam == "source_link":
            lead = pick(spec, ("المصدر: ", "🔗 ", "التفاصيل: "), "w")
            after = f"<br><br>{lead}{a(src.article_url, src.name, extra=' target=_blank rel=noopener')}"
            exposes = True
        preview = ""
        if fam == "read_original":
            preview = (
                f'<a class="tgme_widget_message_link_preview" href="{esc(src.article_url)}">'
                f'<div class="link_preview_site_name accent_color" dir="auto">{esc(src.name)}</div>'
                f'<div class="link_preview_title" dir="auto">{esc(story.title)}</div>'
                f'<i class="link_preview_image" style="background-image:url(\'{esc(src.logo)}\')"></i></a>'
            )
            exposes = True
        text = "<br><br>".join(esc(p) for p in ps)
        others = teasers(spec, 4)
        chrome += [t.title for t in others]
        neighbours = [
            f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="{channel}/{spec.seed % 18000 + i}">'
            f'<div class="tgme_widget_message_text" dir="auto">🔴 {esc(t.title)}</div>'
            f'<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{(spec.seed >> i) % 90}K</span></div></div></div>'
            for i, t in enumerate(others)
        ]
        post_id = spec.url.rsplit("/", 1)[1]
        post = f"""<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{post_id}">
<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color"><span dir="auto">{esc(channel_title)}</span></div>{fwd}
<div class="tgme_widget_message_text js-message_text" dir="auto"><b>{esc(story.title)}</b><br><br>{text}{after}</div>{preview}
<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">{spec.seed % 99}.{spec.seed % 9}K</span><span class="copyonly"> views</span>
<a class="tgme_widget_message_date" href="https://t.me/{channel}/{post_id}"><time datetime="{iso(spec.published_at)}" class="time">{spec.published_at:%H:%M}</time></a></div></div></div></div></div>"""
        banner = f"{self.site_name}: تصفح القنوات العامة دون تطبيق تيليجرام — افتح القناة في التطبيق"
        chrome.append(banner)
        head = (
            f"<title>{esc(story.title)} – {esc(channel_title)} – Telegram</title>"
            f'<meta property="og:title" content="{esc(channel_title)}"><meta property="og:site_name" content="{esc(self.site_name)}">'
            f'<meta property="og:url" content="{esc(spec.url)}"><meta property="og:description" content="{esc(ps[0][:200])}">'
            f'<link rel="canonical" href="{esc(spec.url)}">'
        )
        page = f"""<header class="tgme_header search_collapsed"><div class="tgme_header_info"><div class="tgme_header_title"><span dir="auto">{esc(channel_title)}</span></div>
<div class="tgme_header_counter">{spec.seed % 900}K subscribers</div></div><a class="tgme_action_button_new" href="tg://resolve?domain={channel}">Preview channel</a></header>
<div class="tgme_channel_history js-message_history">{"".join(neighbours[:2])}{post}{"".join(neighbours[2:])}</div>
<div class="tgme_footer"><p>{esc(banner)}</p><p>© 2026 {esc(self.site_name)} · <a href="/about">عن الموقع</a> · <a href="/dmca">إزالة محتوى</a></p></div>"""
        return Rendered(doc("ar", head, page, ' class="theme_dark"'), exposes, tuple(chrome), ps)
