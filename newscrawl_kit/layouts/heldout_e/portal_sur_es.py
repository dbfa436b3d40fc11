"""A Latin-American regional portal (Joomla/K2): "Fuente: X", "Con información de X" closing the note,
"Vía X" in the meta line, or only a cross-site canonical; the portal's own "Redacción" signs everything."""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    StoryText,
    esc,
    iso,
    json_ld,
    paragraphs_html,
)
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class PortalSurEs(Layout):
    name = "e_portal_sur_es"
    language = "es"
    host = "www.portaldelsur-noticias.example"
    site_name = "Portal del Sur"
    families = ("source_line", "footer_phrase", "via_meta", "canonical")
    notes = "K2 item view: itemToolbar, itemRelated, 'Lo más leído' with papers, WhatsApp channel banner"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/index.php/item/{25000 + n}-nota"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        meta = "Redacción Portal del Sur"
        tail = ""
        if fam == "source_line":
            tail = f'<p class="fuente"><strong>{pick(spec, ("Fuente: ", "FUENTE: ", "Fuente / "), "w")}</strong>{esc(src.name)}</p>'
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (
                    f"Con información de {src.name}",
                    f"Con información de {src.name} y agencias.",
                    f"Nota publicada originalmente por {src.name}.",
                ),
                "w",
            )
            tail = f"<p><em>{esc(line)}</em></p>"
        elif fam == "via_meta":
            meta = (
                f"{meta} | Vía {esc(src.name)}" if pick(spec, (True, False), "v") else f"Vía: {esc(src.name)}"
            )
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        leido = teasers(spec, 5)
        rel = teasers(spec, 3, 5)
        chrome += [t.title for t in leido + rel]
        leido_html = "".join(f"<li>{a(t.url, t.title)} <small>({esc(t.outlet)})</small></li>" for t in leido)
        rel_html = "".join(f"<li>{a(t.url, t.title)}</li>" for t in rel)
        wa = f"Sumate al canal de WhatsApp de {self.site_name} y recibí las noticias al instante"
        chrome.append(wa)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        head = (
            f'<title>{esc(story.title)} - {esc(self.site_name)}</title><link href="{esc(canonical)}" rel="canonical">'
            f'<meta property="og:url" content="{esc(canonical)}"><meta property="og:site_name" content="{esc(self.site_name)}">'
            + json_ld(ld)
        )
        page = f"""<div id="header"><a href="/"><img src="/images/logo-pds.png" alt="{esc(self.site_name)}"></a><ul class="menu"><li>Locales</li><li>Provinciales</li><li>Nacionales</li><li>Deportes</li><li>Policiales</li></ul></div>
<div class="dolar">Dólar oficial: $1.015 · Blue: $1.240</div>
<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">{spec.published_at:%A, %d %B %Y %H:%M}</span>
<h2 class="itemTitle">{esc(story.title)}</h2><span class="itemAuthor">{meta}</span></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink">Imprimir</a></li><li><a class="itemEmailLink">E-mail</a></li></ul></div>
<div class="itemBody"><div class="itemImageBlock"><img src="/media/k2/items/cache/{spec.seed % 99999}_L.jpg" alt=""></div>
<div class="itemFullText">{paragraphs_html(ps)}{tail}</div></div>
<div class="itemSocialSharing"><a>Facebook</a><a>X</a><a>WhatsApp</a></div>
<div class="itemRelated"><h3>Notas relacionadas</h3><ul>{rel_html}</ul></div>
<div class="itemComments"><h3>Dejá tu comentario</h3></div></div>
<div class="moduletable masleido"><h3>Lo más leído</h3><ul>{leido_html}</ul></div>
<div class="wa-banner">{esc(wa)}</div>
<div id="footer"><p>© 2026 {esc(self.site_name)} — Todos los derechos reservados. Registro DNDA en trámite.</p></div>"""
        return Rendered(doc("es", head, page), exposes, tuple(chrome), ps)
