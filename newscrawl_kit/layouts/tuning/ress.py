"""مصرس-style "*ress" mirror (Masress, Sauress, Maghress): the copy's URL names the outlet (/<slug>/<id>), a line
under the title says where and when it was first published, a link reads the original, a long spaced ticker."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, paragraphs_html

_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)


class RessMirror(Layout):
    name = "ress"
    language = "ar"
    host = "www.khalijress.example"
    site_name = "خليج برس"
    families = ("url_slug", "source_line", "read_original", "footer_phrase")
    notes = "the *ress family: slug URLs, 'نشر في X يوم ...' line, 'من مصدره الأساسي' footer"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.source.slug or 'news'}/{40000 + n * 13}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/news/{40000 + n * 13}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        if spec.family is None and src.slug and f"/{src.slug}/" in spec.url:
            raise ValueError("an uncredited copy at a URL naming its source (use copy_url_for)")
        day = f"{s.published_at.day} - {s.published_at.month:02d} - {s.published_at.year}"
        chrome: list[str] = []
        under_title = after = ""
        exposes = False
        if spec.family == "source_line":
            form = rng.choice(["نشر في {o} يوم {d}", "نُشر في {o} بتاريخ {d}", "المصدر: {o} - {d}"])
            text = form.format(o=src.name, d=day)
            under_title = f'<div class="pubinfo">{esc(text)}</div>'
            chrome.append(text)
        elif spec.family == "read_original":
            label = rng.choice(["اقرأ المقال الأصلي", "الخبر الأصلي", "للمزيد من التفاصيل اضغط هنا"])
            after = f'<p class="origlink"><a href="{esc(src.article_url)}" target="_blank">{label}</a></p>'
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"ويمكنك قراءة ومتابعة مستجدات هذا الخبر أو المقال من مصدره الأساسي {src.name}",
                    f"هذا المحتوى نقلاً عن {src.name}، والموقع غير مسؤول عن صحته",
                ]
            )
            after = f"<p>{esc(text)}</p>"
            chrome.append(text)
        # url_slug: nothing on the page names the source; the URL does.
        ticker = "    ".join(esc(t.title) for t in spec.teasers[:8])
        chrome += [t.title for t in spec.teasers[:8] if len(t.title) >= 20]
        footer = f"{self.site_name} © 2026 - جميع الحقوق محفوظة"
        chrome.append("جميع الأخبار المنشورة تعبر عن رأي مصادرها")
        return Rendered(
            f"""<!doctype html><html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{self.site_name} : {esc(s.title)}</title>
<meta name="description" content="{esc(s.paragraphs[0][:150])}">
</head><body><div id="header"><a href="/"><img src="/images/logo.gif" alt="{self.site_name}"></a>
<form action="/search"><input name="q"></form></div>
<div id="topnews">{ticker}</div>
<div id="content"><h1 class="title">{esc(s.title)}</h1>{under_title}
<div id="articleBody">{paragraphs_html(spec.paragraphs)}</div>{after}
<div class="share"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">فيسبوك</a>
<a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">تويتر</a></div></div>
<div id="footer"><p>جميع الأخبار المنشورة تعبر عن رأي مصادرها</p><p>{footer}</p></div></body></html>""",
            exposes,
            tuple(chrome),
        )
