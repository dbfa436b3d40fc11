"""الجزائر الآن: an Algerian portal that mixes wire copy and other papers' stories (a Joomla/T3 template).

French-language chrome next to the Arabic article (menus "Accueil", "Sport", a weather strip for Alger,
Oran and Constantine), a "Flash" breaking bar, article tools (print, e-mail, font size), "Articles liés"
with other papers' names and a two-language footer. Credits: a wire dateline opening the text, a byline that
is the paper's name ("X - محمد ..."), a small label over the title, or a canonical to the original page.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, dated_body, link, other_items


class DjazairPortal(Layout):
    name = "f_djazair_portal"
    language = "ar"
    host = "www.eldjazair-now.example"
    site_name = "الجزائر الآن"
    families = ("wire_dateline", "byline_outlet", "badge", "canonical")
    notes = "Algerian Joomla/T3 portal with French chrome; wire dateline, outlet-name byline, label over title, canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/ar/actualite/{50000 + n}-article.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        body = spec.paragraphs
        label = ""
        author = s.author or "هيئة التحرير"
        byline = f'<span class="itemAuthor">{esc(author)}</span>'
        if fam == "wire_dateline":
            body = dated_body(
                spec, rng.choice(["الجزائر - {wire} - ", "الجزائر ({wire}) - ", "{wire} - الجزائر: "])
            )
        elif fam == "byline_outlet":
            byline = rng.choice(
                [
                    f'<span class="itemAuthor">{esc(src.name)} - {esc(author)}</span>',
                    f'<span class="itemAuthor">بقلم: {esc(author)} ({esc(src.name)})</span>',
                    f'<span class="itemAuthor">{esc(src.name)}</span>',
                ]
            )
        elif fam == "badge":
            label = f'<span class="label-src label-{spec.seed % 4}">{esc(src.name)}</span>'
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else spec.url)}">'
        photo = f"https://{self.host}/media/k2/items/cache/{spec.seed % 90000}_L.jpg"
        caption = f'<div class="itemImageBlock"><img src="{photo}" alt=""><span class="itemImageCaption">{"الصورة: " + esc(s.agency) if s.agency else "صورة أرشيفية"}</span></div>'
        flash = other_items(spec, 3)
        related = other_items(spec, 4, skip=3)
        chrome += [t.title for t in flash + related]
        foot = "© 2026 الجزائر الآن - El Djazair Now. Tous droits réservés. جميع الحقوق محفوظة"
        cookie = "Ce site utilise des cookies pour améliorer votre expérience de navigation."
        chrome += [foot, cookie]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "url": spec.url,
            "publisher": {"@type": "Organization", "name": self.site_name, "alternateName": "El Djazair Now"},
        }
        meteo = " | ".join(f"{c} {t}°" for c, t in (("Alger", 19), ("Oran", 21), ("Constantine", 14)))
        rel = "".join(f"<li>{link(t.url, t.title)} <em>{esc(t.outlet)}</em></li>" for t in related)
        page = f"""<!DOCTYPE html><html lang="ar-dz" dir="rtl"><head><meta charset="utf-8"><base href="https://{self.host}/">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(s.title)} - {self.site_name}</title>
<link href="{esc(canonical)}" rel="canonical"><meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">{og}
{json_ld(ld)}</head><body class="com_k2 view-item"><div id="t3-header"><a class="logo" href="/ar/">{self.site_name}</a>
<ul class="nav menu"><li><a href="/fr/">Accueil</a></li><li><a href="/ar/national">وطني</a></li><li><a href="/ar/sport">Sport</a></li><li><a href="/ar/economie">Économie</a></li></ul><div class="meteo">{meteo}</div></div>
<div class="flash"><strong>Flash</strong> {"".join(f"<span>{link(t.url, t.title)}</span>" for t in flash)}</div>
<div id="k2Container" class="itemView"><div class="itemHeader">{label}<h2 class="itemTitle">{esc(s.title)}</h2>
<span class="itemDateCreated">{spec.published_at:%d/%m/%Y - %H:%M}</span> {byline}</div>
<div class="itemToolbar"><a href="#" class="print">Imprimer</a> <a href="#" class="email">E-mail</a> <a href="#" class="fontsize">A+</a></div>
{caption}<div class="itemFullText">{"".join(f"<p>{esc(p)}</p>" for p in body)}</div>
<div class="itemRelated"><h3>Articles liés</h3><ul>{rel}</ul></div></div>
<div id="cookie-bar"><p>{cookie}</p><button>OK</button></div>
<footer id="t3-footer"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome), body=body if body != spec.paragraphs else None)
