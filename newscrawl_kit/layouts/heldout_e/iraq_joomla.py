"""An Iraqi news portal on Joomla 3 (item-page microdata, dl.article-info, mod_mostread), republishing
agency and outlet stories: the source as an ``<dd>`` of the info list or a bold line closing the body."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class IraqJoomla(Layout):
    name = "e_iraq_joomla"
    language = "ar"
    host = "www.rafidain-akhbar.example"
    site_name = "الرافدين الإخبارية"
    families = ("source_line", "footer_phrase", "meta_tag", "wire_dateline", "logo_link")
    notes = (
        "Joomla 3 portal of the Baghdad kind: breaking ticker, info list, 'من الصحافة' module with sources"
    )

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/index.php/politics/item/{40000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        head = [
            f"<title>{esc(story.title)} - {esc(self.site_name)}</title>",
            f'<meta name="description" content="{esc(ps[0][:150])}">',
            '<meta name="generator" content="Joomla! - Open Source Content Management">',
            f'<meta property="og:site_name" content="{esc(self.site_name)}">',
            f'<meta property="og:url" content="{esc(spec.url)}">',
            f'<meta property="og:title" content="{esc(story.title)}">',
            f'<link href="{esc(spec.url)}" rel="canonical">',
        ]
        if fam == "meta_tag":
            kind = pick(spec, ("dc", "orig", "pub"), "meta")
            if kind == "orig":
                head.append(f'<meta name="original-source" content="{esc(src.article_url)}">')
                exposes = True
            elif kind == "dc":
                head.append(f'<meta name="DC.source" content="{esc(src.name)}">')
            else:
                head.append(f'<meta name="citation_publisher" content="{esc(src.name)}">')
        ticker = teasers(spec, 4)
        chrome += [t.title for t in ticker]
        ticker_html = "".join(f"<li>{a(t.url, t.title)}</li>" for t in ticker)
        info = [
            '<dt class="article-info-term">التفاصيل</dt>',
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            'كتب بواسطة: <span itemprop="name">المحرر</span></dd>',
            '<dd class="category-name">الفئة: <a href="/index.php/politics" itemprop="genre">سياسة</a></dd>',
            f'<dd class="published"><span class="icon-calendar"></span><time datetime="{iso(spec.published_at)}"'
            f' itemprop="datePublished">نشر بتاريخ {spec.published_at:%d/%m/%Y %H:%M}</time></dd>',
            f'<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{spec.seed % 9000}">'
            f"الزيارات: {spec.seed % 9000}</dd>",
        ]
        tail = ""
        if fam == "source_line":
            wording = pick(spec, ("المصدر: ", "المصدر : ", "مصدر الخبر: "), "w")
            if pick(spec, (True, False), "pos"):
                info.append(f'<dd class="source">{wording}{esc(src.name)}</dd>')
            else:
                tail = f'<p style="text-align: left;"><strong>{wording}{esc(src.name)}</strong></p>'
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (
                    f"نقلاً عن {src.name}",
                    f"وهذا ما أوردته {src.name} في تقرير نشرته اليوم.",
                    f"المادة منشورة بالأصل على موقع {src.name}.",
                ),
                "w",
            )
            tail = f"<p><em>{esc(line)}</em></p>"
            chrome.append(line)
        logo = ""
        if fam == "logo_link":
            alt = pick(spec, ("", "logo", "شعار المصدر"), "alt")
            logo = (
                f'<div class="news-src-logo pull-left"><a href="{esc(src.home_url)}" target="_blank" '
                f'rel="nofollow noopener"><img src="{esc(src.logo)}" alt="{alt}" width="90" height="30"></a></div>'
            )
        press = teasers(spec, 5, 4)
        chrome += [t.title for t in press]
        press_html = "".join(
            f'<li>{a(t.url, t.title)} <span class="press-src">{esc(t.outlet)}</span></li>' for t in press
        )
        footer = f"جميع الحقوق محفوظة لموقع {self.site_name} © 2026 - يمنع النسخ إلا بذكر المصدر"
        chrome.append(footer)
        page = f"""
<div class="header"><div class="container"><a class="brand" href="/"><img src="/images/logo-rafidain.png" alt="{esc(self.site_name)}"></a>
<ul class="nav menu"><li><a href="/index.php/politics">سياسة</a></li><li><a href="/index.php/security">أمن</a></li><li><a href="/index.php/economy">اقتصاد</a></li><li><a href="/index.php/sport">رياضة</a></li><li><a href="/index.php/provinces">محافظات</a></li></ul></div></div>
<div class="breaking"><span class="label label-important">عاجل</span><ul class="ticker">{ticker_html}</ul></div>
<div class="container"><div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="ar-AA">
<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
{logo}<dl class="article-info muted">{"".join(info)}</dl>
<div class="pull-none item-image"><img src="/images/2026/10/{spec.seed % 9999}.jpg" alt="{esc(story.title)}" itemprop="image"></div>
<div itemprop="articleBody">{paragraphs_html(ps)}{tail}</div>
<ul class="tags inline"><li><a href="/index.php/tags/iraq" class="label label-info">العراق</a></li><li><a href="/index.php/tags/baghdad" class="label label-info">بغداد</a></li></ul>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{esc(self.site_name)}"></div>
<ul class="pager pagenav"><li class="previous"><a href="/index.php/politics/item/{spec.seed % 40000}" rel="prev">السابق</a></li><li class="next"><a href="/index.php/politics/item/{spec.seed % 39000}" rel="next">التالي</a></li></ul>
<div class="fb-comments" data-href="{esc(spec.url)}" data-numposts="5"></div></div></main>
<aside class="span3"><div class="moduletable"><h3>من الصحافة العراقية والعربية</h3><ul class="press-list">{press_html}</ul></div>
<div class="moduletable"><h3>أسعار الصرف</h3><p>الدولار في بغداد: 1,465 دينار</p></div></aside></div></div>
<footer class="footer"><p>{esc(footer)}</p><p><a href="/index.php/about">من نحن</a> | <a href="/index.php/contact">اتصل بنا</a></p></footer>"""
        return Rendered(doc("ar-aa", "".join(head), page), exposes, tuple(chrome), ps)
