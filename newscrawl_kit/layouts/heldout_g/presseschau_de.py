"""Presseblick: a German press-review and republishing site (Presseschau pages, nonprofit-newsroom reprints).

A sober text layout: the "Presseblick am Morgen" strip, the ressort breadcrumb, the text with a "Quelle:"
line, an "Aus anderen Blättern" column quoting other papers, a newsletter box and an Impressum footer.
Credits: the "Quelle:" label/value line, a "von X, vor 3 Std." meta line, a Creative Commons republication
notice (CC BY-ND reprints), or only a ``dc.source`` / ``original-source`` meta tag.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown


class PresseschauDe(Layout):
    name = "g_presseschau_de"
    language = "de"
    host = "www.presseblick-online.example"
    site_name = "Presseblick"
    families = ("source_line", "via_meta", "cc_notice", "meta_tag")
    notes = "German press review / reprint site: 'Quelle:' line, 'von X' meta, CC BY-ND reprint notice, dc.source meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/nachrichten/{latin_slug(story.title)}-a{70000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        when = f"{spec.published_at:%d.%m.%Y, %H:%M} Uhr"
        meta = f'<p class="meta">{when}</p>'
        tail = ""
        if fam == "source_line":
            label = rng.choice(["Quelle:", "Quelle :", "Originalquelle:"])
            tail = f'<p class="quelle">{label} {esc(src.name)}</p>'
        elif fam == "via_meta":
            line = rng.choice(
                [
                    f"von {src.name}, {when}",
                    f"{when} · via {src.name}",
                    f"Ein Bericht von {src.name} | {when}",
                ]
            )
            meta = f'<p class="meta">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "cc_notice":
            linked = rng.random() < 0.5
            shown_name = a(src.article_url, src.name) if linked else esc(src.name)
            lic = rng.choice(["CC BY-ND 4.0", "CC BY-NC-ND 4.0", "CC BY 4.0"])
            variants = (
                (f"Dieser Artikel erschien zuerst bei {src.name} und steht unter der Lizenz {lic}.",
                 f"Dieser Artikel erschien zuerst bei {shown_name} und steht unter der Lizenz {esc(lic)}."),
                (f"Wir veröffentlichen diesen Text von {src.name} unter der Lizenz {lic}.",
                 f"Wir veröffentlichen diesen Text von {shown_name} unter der Lizenz {esc(lic)}."),
            )  # fmt: skip
            plain, markup = variants[rng.randrange(2)]
            tail = f'<p class="lizenz">{markup}</p>'
            chrome.append(plain)
            exposes = linked
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="original-source" content="{esc(src.name)}">'
        column = others(spec, 4)
        chrome += [t.title for t in column]
        col = "".join(
            f'<li><b>{esc(t.outlet)}</b>: <a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in column
        )
        strip = "Presseblick am Morgen: die wichtigsten Kommentare der Zeitungen"
        news = "Jeden Morgen um sechs: der Presseblick-Newsletter kostenlos abonnieren"
        foot = "Presseblick · Impressum · Datenschutz · Cookie-Einstellungen"
        chrome += [strip, news, foot]
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": s.title, "datePublished": iso(spec.published_at),
              "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(s.title)} | Presseblick</title>{metas}
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div class="strip">{strip}</div><header><a href="https://{self.host}/">Presseblick</a><nav><a href="/politik">Politik</a> <a href="/region">Region</a> <a href="/wirtschaft">Wirtschaft</a></nav></header>
<div class="crumbs">Startseite › {esc(s.section or "Nachrichten")}</div>
<article><h1>{esc(s.title)}</h1>{meta}<div class="text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}</article>
<aside><h3>Aus anderen Blättern</h3><ul>{col}</ul><div class="nl">{news}</div></aside>
<footer>{foot}</footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
