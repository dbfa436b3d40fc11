"""Portada Latina: a Latin-American news aggregator (Next.js + Tailwind utility classes), Spanish."""

from __future__ import annotations

import json
import re
from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import (
    caption_credit,
    finish,
    local,
    long_date,
    refuse_slug_url,
    share_links,
    slug_of,
)


def _title_slug(title: str) -> str:
    plain = title.lower().translate(str.maketrans("áéíóúüñ", "aeiouun"))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-") or "nota"


class Portada(Layout):
    name = "b_portada"
    language = "es"
    host = "www.portadalatina.com"
    site_name = "Portada Latina"
    families: ClassVar[tuple[str, ...]] = (
        "source_line",
        "read_original",
        "jsonld",
        "logo_link",
        "badge",
        "url_slug",
    )
    notes = (
        "After Latin-American aggregators (Google-News-like portals, 'agregadores' of Argentina, Mexico, "
        "Paraguay) built with Next.js/Tailwind: 'Fuente: X' in a <small> right after the first paragraph, "
        "'Leer nota completa en X', 'Publicado originalmente en:' with the outlet's logo only, a source pill, "
        "JSON-LD citation/isBasedOn, one section per source in the URL; dollar-rate strip, 'Lo más leído', "
        "'Te puede interesar' with outlet names, EFE/AP captions."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{slug_of(story.source)}/nota/{550000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/nota/{550000 + n}/{_title_slug(story.title)}"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_slug_url(spec)
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, -3)
        chrome: list[str] = []

        under_title = ""
        after_first = ""
        end: list[str] = []
        if fam == "source_line":
            style = rng.choice(("small", "meta", "end"))
            if style == "small":
                after_first = f'<p class="text-xs text-gray-500"><small>Fuente: {esc(src.name)}</small></p>'
            elif style == "meta":
                under_title = f'<span class="text-sm text-gray-600">Fuente: {esc(src.name)}</span>'
            else:
                end.append(f'<p class="mt-6 text-sm font-semibold uppercase">FUENTE: {esc(src.name)}</p>')
        if fam == "read_original":
            label = rng.choice(
                (f"Leer nota completa en {src.name}", "Ver nota original", f"Seguir leyendo en {src.name} →")
            )
            end.append(
                f'<a class="mt-6 inline-flex rounded-full bg-blue-600 px-4 py-2 text-white" href="{esc(src.article_url)}" '
                f'target="_blank" rel="noopener noreferrer">{esc(label)}</a>'
            )
            chrome.append(label)
        if fam == "logo_link":
            label = rng.choice(("Publicado originalmente en:", "Nota original de:", ""))
            alt = rng.choice(("", src.name, "logo medio"))
            end.append(
                f'<div class="mt-8 flex items-center gap-3 border-t pt-4"><span class="text-sm text-gray-500">{esc(label)}</span>'
                f'<a href="{esc(src.home_url)}" target="_blank" rel="noopener"><img class="h-6 w-auto" src="{esc(src.logo)}" alt="{esc(alt)}"></a></div>'
            )
        pill = ""
        if fam == "badge":
            label = rng.choice((src.name, f"● {src.name}"))
            caps = " uppercase" if rng.random() < 0.5 else ""  # Tailwind's text-transform, not str.upper()
            pill = f'<span class="rounded bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-800{caps}">{esc(label)}</span>'
        section = (
            f'<span class="rounded bg-gray-100 px-2 py-0.5 text-xs">{esc(st.section or "Actualidad")}</span>'
        )

        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "dateModified": iso(spec.published_at),
            "publisher": {"@type": "NewsMediaOrganization", "name": site, "url": f"https://{self.host}/"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": spec.url},
        }
        if fam == "jsonld":
            kind = rng.choice(("citation", "isBasedOn", "sourceOrganization"))
            if kind == "citation":
                ld["citation"] = [{"@type": "CreativeWork", "url": src.article_url, "publisher": src.name}]
            elif kind == "isBasedOn":
                ld["isBasedOn"] = {"@type": "NewsArticle", "@id": src.article_url}
            else:
                ld["sourceOrganization"] = {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                }

        credit = caption_credit(spec, rng, "es")
        caption = f"Imagen de referencia. Foto: {credit}"
        chrome.append(caption)

        paras = [f'<p class="mb-4 leading-relaxed">{esc(p)}</p>' for p in spec.paragraphs]
        if after_first:
            paras.insert(1, after_first)
        body_html = "".join(paras)

        dolar = f"Dólar oficial: ${rng.randint(1000, 1100)} · Dólar blue: compra ${rng.randint(1150, 1200)} / venta ${rng.randint(1210, 1260)}"
        most = spec.teasers[:5]
        most_html = "".join(
            f'<li class="flex gap-2"><span class="font-bold">{i + 1}</span><a class="hover:underline" href="{esc(t.url)}">{esc(t.title)}</a></li>'
            for i, t in enumerate(most)
        )
        maybe = spec.teasers[5:9]
        maybe_html = "".join(
            f'<a class="block rounded-lg border p-3" href="{esc(t.url)}"><span class="text-xs text-gray-500">{esc(t.outlet)}</span>'
            f'<span class="block font-semibold">{esc(t.title)}</span></a>'
            for t in maybe
        )
        chrome += [t.title for t in most] + [t.title for t in maybe]
        cookies = (
            f"Usamos cookies para mejorar tu experiencia en {site}. Al continuar navegando aceptás su uso."
        )
        footer = f"© {when.year} {site} – Las noticias de todos los medios en un solo lugar. Términos y condiciones"
        chrome += [dolar, cookies, footer]
        shares = "".join(
            f'<a class="rounded-full p-2 share-{n}" href="{esc(h)}" aria-label="Compartir en {n}"></a>'
            for n, h in share_links(spec.url, st.title, ("whatsapp", "facebook", "x", "telegram"))
        )
        found = re.search(r"/(\d{4,})", spec.url)
        note_id = found.group(1) if found else "0"
        next_data = json.dumps(
            {"props": {"pageProps": {"id": note_id, "kind": "nota"}}, "page": "/nota/[id]"}
        )

        page = f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} | {esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:locale" content="es_AR">
{json_ld(ld)}
</head>
<body class="bg-white font-sans text-gray-900">
<div id="__next">
<div class="bg-gray-900 px-4 py-1 text-xs text-white">{esc(dolar)}</div>
<header class="sticky top-0 z-50 flex items-center justify-between border-b bg-white px-4 py-3"><a class="text-2xl font-black" href="https://{self.host}/">{esc(site)}</a>
<nav class="hidden gap-4 md:flex"><a href="https://{self.host}/politica">Política</a><a href="https://{self.host}/economia">Economía</a><a href="https://{self.host}/sociedad">Sociedad</a><a href="https://{self.host}/deportes">Deportes</a></nav></header>
<main class="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-6 lg:grid-cols-3">
<article class="lg:col-span-2">
<div class="flex items-center gap-2">{section}{pill}</div>
<h1 class="mt-2 text-3xl font-extrabold">{esc(st.title)}</h1>
<div class="mt-2 flex items-center gap-3 text-sm text-gray-500"><time datetime="{iso(spec.published_at)}">{esc(long_date(when, "es", weekday=True))}, {when:%H:%M}</time>{under_title}</div>
<div class="mt-3 flex gap-2">{shares}</div>
<figure class="mt-4"><img class="w-full rounded" src="https://cdn.{self.host.removeprefix("www.")}/_next/image?w=1200&amp;q=75&amp;id={spec.seed}" alt=""><figcaption class="mt-1 text-xs text-gray-500">{esc(caption)}</figcaption></figure>
<div class="prose mt-6 max-w-none">{body_html}</div>
{"".join(end)}
<section class="mt-10"><h2 class="text-lg font-bold">Te puede interesar</h2><div class="grid gap-3 md:grid-cols-2">{maybe_html}</div></section>
</article>
<aside><h2 class="text-lg font-bold">Lo más leído</h2><ol class="space-y-3">{most_html}</ol></aside>
</main>
<div class="fixed bottom-0 w-full bg-gray-800 p-3 text-sm text-white">{esc(cookies)}</div>
<footer class="border-t px-4 py-6 text-sm text-gray-500"><p>{esc(footer)}</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>
</body>
</html>"""
        return finish(spec, page, chrome)
