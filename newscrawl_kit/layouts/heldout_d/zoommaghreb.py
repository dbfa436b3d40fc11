"""زووم المغرب: a Moroccan/Algerian bilingual aggregator whose CMS speaks French (class names, menus, footer).

A "fil info" strip, a "source de l'article" box in the right column (logo, name, "زيارة الموقع"), "المصدر :"
with the French space before the colon, a "بقلم" byline naming the outlet, and a Schema.org block whose author
is the outlet's organisation. Arabic text, French chrome ("Tous droits réservés", "Les plus lus").
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import dateline, long_texts, teasers


class ZoomMaghreb(Layout):
    name = "d_zoommaghreb"
    language = "ar"
    host = "www.zoom-maghreb.example"
    site_name = "زووم المغرب"
    families = ("source_line", "byline_outlet", "sidebar_widget", "jsonld", "wire_dateline")
    notes = (
        "Maghrebi bilingual portal; French CMS classes; 'المصدر :', 'بقلم ... | X', source box, author org"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualites/article-{510000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        body = dateline(spec, "الرباط - ({name}) - ") if fam == "wire_dateline" else spec.paragraphs
        signature = f"بقلم: {esc(s.author)}" if s.author else "هيئة التحرير"
        src_line = ""
        box = ""
        author_ld: dict = {"@type": "Person", "name": s.author or "هيئة التحرير"}
        extra_ld: dict = {}
        if fam == "source_line":
            src_line = rng.choice(
                [
                    f'<p class="source-article">المصدر : {esc(src.name)}</p>',
                    f'<p class="source-article">عن موقع {esc(src.name)} بتصرف</p>',
                ]
            )
        elif fam == "byline_outlet":
            signature = rng.choice(
                [
                    f"بقلم: {esc(s.author or 'هيئة التحرير')} | {esc(src.name)}",
                    f"هيئة التحرير - عن {esc(src.name)}",
                ]
            )
        elif fam == "sidebar_widget":
            box = (
                '<div class="bloc-source"><div class="titre-bloc">مصدر المقال</div>'
                f'<img src="{esc(src.logo)}" alt="{esc(src.name)}"><span class="nom-source">{esc(src.name)}</span>'
                f'<a class="lien-source" href="{esc(src.home_url)}" target="_blank">زيارة الموقع</a></div>'
            )
        elif fam == "jsonld":
            v = rng.randrange(3)
            if v == 0:
                author_ld = {"@type": "Organization", "name": src.name, "url": src.home_url}
            elif v == 1:
                extra_ld = {"isBasedOn": src.article_url}
                exposes = True
            else:
                extra_ld = {"sourceOrganization": {"@type": "Organization", "name": src.name}}
        fil = teasers(spec, 4)
        lus = teasers(spec, 5, skip=4)
        chrome += [t.title for t in fil + lus]
        cookie = "Ce site utilise des cookies pour améliorer votre expérience de navigation. En savoir plus"
        foot = "Tous droits réservés © Zoom Maghreb 2026 - جميع الحقوق محفوظة لموقع زووم المغرب"
        chrome += [cookie, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": author_ld,
            "publisher": {"@type": "Organization", "name": "Zoom Maghreb", "alternateName": self.site_name},
            **extra_ld,
        }
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="Zoom Maghreb - {self.site_name}"><meta property="og:url" content="{esc(spec.url)}">
<meta property="og:locale" content="ar_MA"><meta property="og:locale:alternate" content="fr_FR">{json_ld(ld)}</head><body>
<div class="bandeau-cookies">{esc(cookie)} <button>J'accepte</button></div>
<div class="entete"><a class="logo" href="/">{self.site_name} <small>Zoom Maghreb</small></a>
<ul class="menu-principal"><li><a href="/fr/">Français</a></li><li><a href="/politique/">سياسة</a></li><li><a href="/economie/">اقتصاد</a></li><li><a href="/sport/">رياضة</a></li></ul></div>
<div class="fil-info"><span class="etiquette">آخر الأخبار</span>{"".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in fil)}</div>
<div class="conteneur"><div class="colonne-principale"><div class="bloc-article">
<h1 class="titre-article">{esc(s.title)}</h1><div class="infos-article"><span class="signature">{signature}</span>
<span class="date-publication">{spec.published_at:%d/%m/%Y - %H:%M}</span></div>
<div class="barre-partage"><a href="#" class="partage-fb">Facebook</a><a href="#" class="partage-tw">X</a><a href="#" class="partage-wa">WhatsApp</a></div>
<div class="contenu-article">{"".join(f"<p>{esc(p)}</p>" for p in body)}</div>{src_line}
<div class="commentaires"><h4>التعليقات (0)</h4><p>كن أول من يعلق على هذا المقال</p></div></div></div>
<div class="colonne-droite">{box}<div class="bloc-lus"><div class="titre-bloc">Les plus lus - الأكثر قراءة</div><ol>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <em>{esc(t.outlet)}</em></li>' for t in lus)}</ol></div></div></div>
<div class="pied-de-page">{esc(foot)}</div></body></html>"""
        return Rendered(page, exposes, long_texts(chrome), body=body if fam == "wire_dateline" else None)
