"""الملتقى السوداني: a Sudanese news portal on a Blogger template (post-outer / post-body classes), Arabic, RTL."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, local, share_links, text_of

CITIES = ("الخرطوم", "أم درمان", "بورتسودان", "الخرطوم بحري", "ود مدني")


class MultaqaSd(Layout):
    name = "b_multaqa_sd"
    language = "ar"
    host = "www.almultaqa-sd.net"
    site_name = "الملتقى السوداني"
    families: ClassVar[tuple[str, ...]] = (
        "footer_phrase",
        "byline_outlet",
        "wire_dateline",
        "source_link",
    )
    notes = (
        "After Sudanese portals (النيلين-, الراكوبة-style) and the many Arab news sites on Blogger: the post often "
        "ends with the newspaper's bare name in bold, or 'نقلاً عن ...'; bylines 'X - كتب ...'; datelines "
        "'الخرطوم: (X) -'; the source as a link among the post labels; Latin outlet names on an RTL page; "
        "popular-posts widget with outlet names, SUNA photo captions, Blogger pager and comment form."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m}/post-{44000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 2)
        use_latin = bool(src.name_latin) and rng.random() < 0.35
        shown = src.name_latin if use_latin and src.name_latin else src.name
        chrome: list[str] = []

        paragraphs = list(spec.paragraphs)
        body: tuple[str, ...] | None = None
        if fam == "wire_dateline":
            city = rng.choice(CITIES)
            dateline = rng.choice(
                (
                    f"{city}: ({shown}) - ",
                    f"{city} - {shown} - ",
                    f"{city} – {shown}: ",
                    f"({shown}) {city} - ",
                )
            )
            paragraphs[0] = dateline + paragraphs[0]
            body = tuple(paragraphs)

        author = st.author or "المحرر"
        byline = f"كتب: {author}"
        if fam == "byline_outlet":
            byline = rng.choice(
                (
                    f"{shown} - كتب {author}",
                    f"كتب: {author} – {shown}",
                    f"بقلم: {author} | صحيفة {shown}",
                    f"{author} ({shown})",
                )
            )
        byline_html = f'<div class="post-byline"><span class="fn">{esc(byline)}</span></div>'
        if fam == "byline_outlet":
            chrome.append(byline)

        credit = caption_credit(spec, rng, "ar")
        caption = f"صورة من المكان - المصدر: {credit}" if rng.random() < 0.5 else f"الصورة: {credit} (أرشيف)"
        chrome.append(caption)

        ending = ""
        if fam == "footer_phrase":
            style = rng.choice(("bare", "naqlan", "manshur", "kama"))
            if style == "bare":
                ending = f'<p style="text-align:left"><b>{esc(shown)}</b></p>'
            else:
                sentence = {
                    "naqlan": f"نقلاً عن صحيفة {shown}",
                    "manshur": f"المقال منشور بصحيفة {shown} اليوم",
                    "kama": f"الخبر كما نشرته {shown} على موقعها",
                }[style]
                ending = f"<p><b>{esc(sentence)}</b></p>"
                chrome.append(sentence)

        labels = [
            ("أخبار السودان", f"https://{self.host}/search/label/sudan"),
            ("محليات", f"https://{self.host}/search/label/local"),
        ]
        link_in_body = ""
        if fam == "source_link":
            where = rng.choice(("labels", "end", "top"))
            if where == "labels":
                labels.insert(rng.randrange(0, 3), (shown, src.article_url))
            elif where == "end":
                link_in_body = f'<p class="src-link"><a href="{esc(src.article_url)}" target="_blank">{esc(shown)}</a></p>'
            else:
                byline_html += (
                    f'<div class="post-src"><a href="{esc(src.article_url)}" rel="nofollow">{esc(shown)}</a>'
                    "</div>"
                )
        labels_html = "، ".join(f'<a href="{esc(h)}" rel="tag">{esc(t)}</a>' for t, h in labels)

        body_html = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        image = (
            f'<div class="separator" style="clear:both;text-align:center"><img src="https://blogger.googleusercontent'
            f'.com/img/b/R29vZ2xl/AVvXsE{spec.seed}/s1600/photo.jpg" alt=""></div>'
            f'<table class="tr-caption-container"><tbody><tr><td class="tr-caption">{esc(caption)}</td></tr>'
            "</tbody></table>"
        )

        popular = spec.teasers[:5]
        popular_html = "".join(
            f'<li><div class="item-title"><a href="{esc(t.url)}">{esc(t.title)}</a></div>'
            f'<div class="item-snippet">{esc(t.outlet)}</div></li>'
            for t in popular
        )
        chrome += [t.title for t in popular]
        recent = spec.teasers[5:11]
        recent_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in recent)
        chrome += [t.title for t in recent]

        shares = "".join(
            f'<a class="share-button sb-{n}" href="{esc(h)}" target="_blank" title="{n}"></a>'
            for n, h in share_links(spec.url, st.title, ("email", "facebook", "x", "whatsapp"))
        )
        stamp = f"{when:%d/%m/%Y} - {when:%I:%M} {'ص' if when.hour < 12 else 'م'}"
        pager = text_of(
            "<span>الرسائل الأحدث</span> <span>الرسائل الأقدم</span> <span>الصفحة الرئيسية</span>"
        )
        notice = f"الآراء المنشورة في التعليقات تعبر عن أصحابها ولا تمثل {site}"
        footer = f"{site} - كل ما يهم السودانيين في الداخل والمهجر. يتم التشغيل بواسطة Blogger."
        chrome += [pager, notice, footer]

        page = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" xmlns:b="http://www.google.com/2005/gml/b">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<title>{esc(st.title)} ~ {esc(site)}</title>
<link href="{esc(spec.url)}" rel="canonical">
<meta content="{esc(st.title)}" property="og:title">
<meta content="{esc(spec.url)}" property="og:url">
<meta content="{esc(site)}" property="og:site_name">
<link rel="alternate" type="application/atom+xml" title="{esc(site)} - Atom" href="https://{self.host}/feeds/posts/default">
</head>
<body class="rtl item-view">
<div class="outer-wrapper">
<div id="header-wrapper"><div class="header section" id="header"><div class="widget Header"><h2 class="title"><a href="https://{self.host}/">{esc(site)}</a></h2>
<p class="description"><span>صحيفة إلكترونية سودانية مستقلة تنقل لكم أخبار الوطن أولاً بأول</span></p></div></div></div>
<div class="tabs-outer"><ul class="tabs"><li><a href="https://{self.host}/">الرئيسية</a></li><li><a href="https://{self.host}/search/label/sudan">السودان</a></li><li><a href="https://{self.host}/search/label/sport">الرياضة</a></li><li><a href="https://{self.host}/search/label/opinion">أعمدة الرأي</a></li></ul></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{esc(stamp)}</span></h2>
<div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<meta content="{iso(spec.published_at)}" itemprop="datePublished">
<h3 class="post-title entry-title" itemprop="name">{esc(st.title)}</h3>
<div class="post-header">{byline_html}</div>
<div class="post-body entry-content" id="post-body-{spec.seed}" itemprop="description articleBody">
{image}
{body_html}
{ending}
{link_in_body}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">نشر بواسطة <span class="fn">{esc(site)}</span></span>
<span class="post-timestamp"><a class="timestamp-link" href="{esc(spec.url)}" rel="bookmark"><abbr class="published" title="{iso(spec.published_at)}">{esc(stamp)}</abbr></a></span></div>
<div class="post-share-buttons">{shares}</div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">التسميات: {labels_html}</span></div></div>
</div></div></div>
<div class="comments" id="comments"><h4>0 تعليقات:</h4><p class="comment-footer">{esc(notice)}</p><a href="https://www.blogger.com/comment/fullpage/post/{spec.seed}">إرسال تعليق</a></div>
<div class="blog-pager" id="blog-pager">{esc(pager)}</div>
</div></div></div>
<div class="sidebar section" id="sidebar"><div class="widget PopularPosts"><h2>المشاركات الشائعة</h2><ul>{popular_html}</ul></div>
<div class="widget FeaturedPost"><h2>آخر الأخبار</h2><ul>{recent_html}</ul></div></div>
</div>
<div class="footer-outer"><p>{esc(footer)}</p></div>
</div>
</body>
</html>"""
        return finish(spec, page, chrome, body)
