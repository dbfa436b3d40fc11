"""Le Relais Québec: a Québec news aggregator that republishes partner newsrooms' stories with their consent.

A regional portal: a region menu (Capitale-Nationale, Mauricie, Saguenay…), the copied text under a grey
partner strip, "Les plus populaires" and "Ailleurs au Québec" lists naming other outlets, an obituaries
promo and a footer. Credits: the byline naming the partner ("Claire Martin, Outlet"), a "Lire l'article
complet sur" link to the original, a closing notice that the content remains the partner's property and the
site is not responsible for it, or only a canonical to the partner's article.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown


class NouvellesQc(Layout):
    name = "g_nouvelles_qc"
    language = "fr"
    host = "www.lerelais-quebec.example"
    site_name = "Le Relais Québec"
    families = ("byline_outlet", "read_original", "disclaimer", "canonical")
    notes = "Québec partner-content aggregator: partner byline, 'Lire l'article complet sur X', property/not-responsible notice, canonical only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m/%d}/{latin_slug(story.title)}-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        head = f'<link rel="canonical" href="{esc(spec.url)}">'
        who = s.author or "La rédaction"
        byline = f'<p class="signature">{esc(who)}</p>'
        tail = ""
        if fam == "byline_outlet":
            line = rng.choice([f"{who}, {src.name}", f"Par {who} — {src.name}", f"{src.name} | {who}"])
            byline = f'<p class="signature">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(
                [
                    f"Lire l'article complet sur {src.name}",
                    "Lire la suite sur le site du partenaire",
                    "Voir l'article original",
                ]
            )
            tail = f'<p class="suite">{a(src.article_url, text)}</p>'
            chrome.append(text)
            exposes = True
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"Ce contenu est publié par {src.name}, qui en demeure propriétaire; Le Relais Québec n'est pas responsable de son contenu.",
                    f"Texte fourni par {src.name}. Les opinions exprimées n'engagent que leur auteur.",
                    f"Contenu partenaire : {src.name} est seul responsable de cette information.",
                ]
            )
            tail = f'<p class="avis">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "canonical":
            head = f'<link rel="canonical" href="{esc(src.article_url)}">'
            if rng.random() < 0.5:
                head += f'<meta property="og:url" content="{esc(src.article_url)}">'
            exposes = True
        popular = others(spec, 4)
        elsewhere = others(spec, 3, skip=4)
        chrome += [t.title for t in popular + elsewhere]
        pop = "".join(f"<li>{a(t.url, t.title)}</li>" for t in popular)
        ail = "".join(f"<li>{a(t.url, t.title)} <small>{esc(t.outlet)}</small></li>" for t in elsewhere)
        strip = "Contenu partenaire · Le Relais Québec diffuse les nouvelles des médias régionaux"
        obits = "Avis de décès : consultez les avis publiés cette semaine dans votre région"
        foot = "© 2026 Le Relais Québec. Tous droits réservés. Politique de confidentialité"
        chrome += [strip, obits, foot]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": iso(spec.published_at),
              "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>{esc(s.title)} | Le Relais Québec</title>{head}
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<header><a href="https://{self.host}/">Le Relais Québec</a><nav><a href="/capitale-nationale">Capitale-Nationale</a> <a href="/mauricie">Mauricie</a> <a href="/saguenay">Saguenay–Lac-Saint-Jean</a> <a href="/estrie">Estrie</a></nav></header>
<div class="partner-strip">{strip}</div>
<article><h1>{esc(s.title)}</h1>{byline}<p class="date">Publié le {spec.published_at:%d/%m/%Y à %H h %M}</p>
<div class="texte">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}</article>
<aside><h3>Les plus populaires</h3><ol>{pop}</ol><h3>Ailleurs au Québec</h3><ul>{ail}</ul><div class="obits">{obits}</div></aside>
<footer>{foot}</footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
