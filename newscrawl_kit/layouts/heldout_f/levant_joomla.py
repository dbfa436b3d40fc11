"""شام برس اليوم: a Syrian/Lebanese Joomla 3 news site (K2 items) that runs other papers' stories.

K2's item view: ``itemExtraFields`` (a "المصدر" field the editors fill in), "itemAuthor", a hits counter, a
rating widget, "itemRelated", JComments, and the site's own notice "يسمح بالاقتباس مع ذكر المصدر" under
every item: a notice about the copier, not the source. Credits: the extra field, an author field naming the
paper ("خاص - X" / "X - بيروت"), a "نقلاً عن X" meta line, or the ``dc.source`` meta only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class LevantJoomla(Layout):
    name = "f_levant_joomla"
    language = "ar"
    host = "www.shampress-today.example"
    site_name = "شام برس اليوم"
    families = ("source_line", "byline_outlet", "via_meta", "meta_tag")
    notes = "Syrian/Lebanese Joomla K2 site; 'المصدر' extra field, author field naming the paper, 'نقلاً عن' meta, dc.source"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/index.php/politics/item/{88000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        extra = ""
        author = f'<span class="itemAuthor">{esc(s.author or "المحرر")}</span>'
        line = ""
        if fam == "source_line":
            value = src.name if rng.random() < 0.6 else f"{src.name} - وكالات"
            extra = (
                '<div class="itemExtraFields"><ul><li class="type-textfield">'
                f'<span class="itemExtraFieldsLabel">المصدر:</span><span class="itemExtraFieldsValue">{esc(value)}</span></li></ul></div>'
            )
        elif fam == "byline_outlet":
            author = rng.choice(
                [
                    f'<span class="itemAuthor">خاص - {esc(src.name)}</span>',
                    f'<span class="itemAuthor">{esc(src.name)} - بيروت</span>',
                    f'<span class="itemAuthor">كتب {esc(s.author or "مراسلنا")} في {esc(src.name)}</span>',
                ]
            )
        elif fam == "via_meta":
            line = rng.choice([f"نقلاً عن {src.name}", f"عن {src.name} بتصرف", f"المصدر الأصلي {src.name}"])
            line = f'<span class="itemVia">{esc(line)}</span>'
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="dc.source" content="{esc(src.article_url)}">'
                exposes = True
        related = other_items(spec, 4)
        popular = other_items(spec, 5, skip=4)
        chrome += [t.title for t in related + popular]
        notice = f"يسمح بالاقتباس وإعادة النشر شرط ذكر المصدر ({self.site_name})"
        foot = "Copyright © 2026 شام برس اليوم. All Rights Reserved. Joomla! is Free Software"
        chrome += [notice, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.site_name,
            "url": f"https://{self.host}/",
        }
        rel = "".join(f"<li>{link(t.url, t.title)}</li>" for t in related)
        pop = "".join(
            f'<li>{link(t.url, t.title)} <span class="src">{esc(t.outlet)}</span></li>' for t in popular
        )
        page = f"""<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-aa" lang="ar-aa" dir="rtl"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(s.title)}</title><meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{metas}
<link href="{esc(spec.url)}" rel="canonical">{json_ld(ld)}</head>
<body class="site com_k2 view-item"><div class="container"><header class="header"><a class="brand" href="/"><span class="site-title">{self.site_name}</span></a>
<div class="header-search"><form action="/index.php/search"><input name="searchword"></form></div></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/index.php/politics">سياسة</a></li><li><a href="/index.php/local">محليات</a></li><li><a href="/index.php/economy">اقتصاد</a></li><li><a href="/index.php/culture">ثقافة وفن</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9"><div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{spec.published_at:%A، %d %B %Y %H:%M}</span><h2 class="itemTitle">{esc(s.title)}</h2>{author}{line}</div>
<div class="itemToolbar"><ul><li><span class="itemHits">قراءة {spec.seed % 4000 + 12} مرات</span></li><li><a class="itemPrintLink" href="#">طباعة</a></li></ul></div>
<div class="itemRatingBlock"><span>قيم الموضوع</span><ul class="itemRatingList"><li><a href="#">1</a></li><li><a href="#">2</a></li><li><a href="#">3</a></li></ul></div>
<div class="itemBody"><div class="itemFullText">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{extra}</div>
<div class="itemNotice"><p>{esc(notice)}</p></div>
<div class="itemRelated"><h3>مواضيع ذات صلة</h3><ul>{rel}</ul></div>
<div id="jc"><h4>التعليقات</h4><form id="comments-form"><textarea name="comment"></textarea><input type="submit" value="أضف تعليق"></form></div></div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>الأكثر قراءة</h3><ul>{pop}</ul></div></div></div>
<footer class="footer"><p>{esc(foot)}</p></footer></div></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
