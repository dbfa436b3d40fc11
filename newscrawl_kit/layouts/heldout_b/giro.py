"""Giro de Notícias: a Brazilian regional news aggregator (custom PHP portal, 'materia-*' ids), Portuguese."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, hours_between, local, share_links


class Giro(Layout):
    name = "b_giro"
    language = "pt"
    host = "www.girodenoticias.com.br"
    site_name = "Giro de Notícias"
    families: ClassVar[tuple[str, ...]] = (
        "footer_phrase",
        "source_line",
        "via_meta",
        "canonical",
        "cc_notice",
    )
    notes = (
        "After Brazilian regional portals and aggregators that rewrite or copy other outlets: the typical "
        "closing '*Com informações de X', 'Fonte: X' in the meta row or after the text, 'Redação · via X' "
        "under the title, The Conversation Brasil's 'republicado ... sob uma licença Creative Commons. Leia o "
        "artigo original', canonical back to the outlet; dollar quote, 'Mais lidas', 'Veja também' table, a "
        "'Siga no Google Notícias' banner, Agência Brasil captions."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/noticia.php?id={88000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, -3)
        chrome: list[str] = []
        canonical = og_url = spec.url
        if fam == "canonical":  # the SEO plugin's choice: the original as canonical, as og:url, or both
            style = rng.choice(("both", "canonical", "og"))
            canonical = src.article_url if style != "og" else spec.url
            og_url = src.article_url if style != "canonical" else spec.url
        ago = hours_between(spec.published_at, st.published_at)

        meta = ["Redação"]
        if fam == "via_meta":
            meta.append(rng.choice((f"via {src.name}", f"Via: {src.name}")))
        meta.append(f"{when:%d/%m/%Y} {when:%Hh%M}")
        if fam == "source_line" and rng.random() < 0.5:
            meta.append(f"Fonte: {src.name}")
            source_after = ""
        elif fam == "source_line":
            source_after = f'<p class="materia-fonte"><b>Fonte:</b> {esc(src.name)}</p>'
        else:
            source_after = ""
        meta.append(f"Atualizado há {ago} horas")
        meta_html = " | ".join(f"<span>{esc(m)}</span>" for m in meta)

        closing = ""
        if fam == "footer_phrase":
            text = rng.choice(
                (
                    f"*Com informações de {src.name}",
                    f"Com informações do portal {src.name}.",
                    f"Informações: {src.name}",
                    f"Este texto foi publicado originalmente em {src.name}.",
                )
            )
            closing = f'<p class="materia-credito"><i>{esc(text)}</i></p>'
            chrome.append(text)
        if fam == "cc_notice":
            read = f'<a href="{esc(src.article_url)}">Leia o artigo original</a>'
            variant = rng.choice(("tc", "short"))
            if variant == "tc":
                text = f"Este artigo foi republicado de {src.name} sob uma licença Creative Commons."
                closing = f'<p class="materia-licenca">{esc(text)} {read}.</p>'
            else:
                text = f"Conteúdo publicado originalmente por {src.name} sob licença CC BY-ND 4.0."
                closing = f'<p class="materia-licenca"><a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/deed.pt_BR">CC BY-ND 4.0</a> — {esc(text)}</p>'
            chrome.append(text)

        credit = caption_credit(spec, rng, "pt")
        caption = f"Imagem ilustrativa — Foto: {credit}"
        chrome.append(caption)

        dolar = f"Dólar comercial R$ {rng.randint(4, 6)},{rng.randint(10, 99)} · Euro R$ {rng.randint(5, 7)},{rng.randint(10, 99)} · Ibovespa {rng.choice(('+', '-'))}0,{rng.randint(10, 90)}%"
        mais = spec.teasers[:5]
        mais_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in mais)
        veja = spec.teasers[5:9]
        veja_html = "".join(
            f'<tr><td class="veja-titulo"><a href="{esc(t.url)}">{esc(t.title)}</a></td><td class="veja-fonte">{esc(t.outlet)}</td></tr>'
            for t in veja
        )
        chrome += [t.title for t in mais] + [t.title for t in veja]
        google = f"Siga o {site} no Google Notícias e receba as principais manchetes do dia"
        footer = f"© {when.year} {site} — Todos os direitos reservados. É proibida a reprodução do conteúdo sem autorização."
        chrome += [dolar, google, footer]
        shares = "".join(
            f'<a class="btn-share btn-{n}" href="{esc(h)}" target="_blank">{n}</a>'
            for n, h in share_links(spec.url, st.title, ("whatsapp", "facebook", "x", "telegram"))
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": site},
            "author": {"@type": "Organization", "name": "Redação " + site},
        }
        body_html = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)

        page = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} - {esc(site)}</title>
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:url" content="{esc(og_url)}">
<meta property="og:locale" content="pt_BR">
{json_ld(ld)}
</head>
<body>
<div id="topo"><div class="cotacoes">{esc(dolar)}</div>
<div id="logo"><a href="https://{self.host}/">{esc(site)}</a></div>
<ul id="menu"><li><a href="https://{self.host}/cidades">Cidades</a></li><li><a href="https://{self.host}/politica">Política</a></li><li><a href="https://{self.host}/esportes">Esportes</a></li><li><a href="https://{self.host}/policia">Polícia</a></li></ul></div>
<div id="conteudo">
<div id="materia">
<span class="materia-chapeu">{esc(st.section or "Geral")}</span>
<h1 class="materia-titulo">{esc(st.title)}</h1>
<div class="materia-info">{meta_html}</div>
<div class="materia-compartilhar">{shares}</div>
<div class="materia-foto"><img src="https://{self.host}/fotos/{when:%Y%m}/{spec.seed}.jpg" alt="{esc(st.title)}"><span class="legenda">{esc(caption)}</span></div>
<div class="materia-conteudo">{body_html}{closing}{source_after}</div>
<div class="google-news"><a href="https://news.google.com/publications/CAAq{spec.seed}">{esc(google)}</a></div>
<table class="veja-tambem"><caption>Veja também</caption><tbody>{veja_html}</tbody></table>
</div>
<div id="lateral"><h3>Mais lidas</h3><ol>{mais_html}</ol></div>
</div>
<div id="rodape"><p>{esc(footer)}</p></div>
</body>
</html>"""
        return finish(spec, page, chrome)
