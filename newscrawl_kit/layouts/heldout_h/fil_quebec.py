"""Le Fil Mauricie : a Quebec regional portal that runs wire and partner copy beside its own news.

Quebec regional portals (radio-group or weekly-paper networks) print wire copy with the dateline in the
house style ("TROIS-RIVIÈRES — (X) —" or "MONTRÉAL (X) —"), partner articles with the partner's byline
("Jean Tremblay, X"), a "Nos partenaires" box in the sidebar with the partner's name and "Voir tous ses
articles", or only a canonical pointing at the partner's page. Chrome: a "En ondes" radio player bar, the
"Avis de décès" and "Emplois" links, "Les plus populaires", a Loi 25 consent banner and the group's footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, dated, pick, words_slug


class FilQuebec(Layout):
    name = "h_fil_quebec"
    language = "fr"
    host = "www.lefilmauricie.example"
    site_name = "Le Fil Mauricie"
    families = ("wire_dateline", "byline_outlet", "sidebar_widget", "canonical")
    notes = "Quebec regional portal: 'TROIS-RIVIÈRES — (X) —' dateline, 'Jean Tremblay, X' byline, 'Nos partenaires' box, canonical to the partner"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/nouvelles/{words_slug(story.title)}-{n + 91000}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        body = None
        by = f"{s.author or 'La rédaction'}"
        box = ""
        if fam == "wire_dateline":
            city = rng.choice(["TROIS-RIVIÈRES", "MONTRÉAL", "QUÉBEC"])
            body = dated(spec, f"{city} — ({{wire}}) — " if rng.random() < 0.5 else f"{city} ({{wire}}) — ")
        elif fam == "byline_outlet":
            by = rng.choice(
                [
                    f"{s.author or 'La rédaction'}, {src.name}",
                    f"{src.name} — {s.author or 'La rédaction'}",
                    f"Par {s.author or 'La rédaction'} ({src.name})",
                ]
            )
            chrome.append(by)
        elif fam == "sidebar_widget":
            more = rng.choice(
                [
                    "Voir tous ses articles",
                    f"Tous les articles de {src.name}",
                    "Visiter le site du partenaire",
                ]
            )
            box = f'<div class="partenaires"><h3>Nos partenaires</h3><p class="nom">{esc(src.name)}</p>{a(src.home_url, more)}</div>'
            chrome.append(more)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        pop = pick(spec, 5)
        chrome += [t.title for t in pop]
        radio = "En ondes : Le retour à la maison avec Josée et Marc — écoutez en direct"
        consent = "Ce site utilise des témoins (cookies) conformément à la Loi 25. Vous pouvez gérer vos préférences."
        foot = (
            f"© 2026 {self.site_name}, une propriété d'un groupe de médias régionaux. Tous droits réservés."
        )
        chrome += [radio, consent, foot]
        if s.agency and fam not in (None, "wire_dateline"):
            cap = f"Photo : {s.agency} — archives, image d'illustration"
            chrome.append(cap)
        else:
            cap = "Photo d'archives, image d'illustration"
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "NewsMediaOrganization", "name": self.site_name},
        }
        paras = body if body is not None else spec.paragraphs
        rows = "".join(
            f'<li>{a(t.url, t.title)}<span class="source"> · {esc(t.outlet)}</span></li>' for t in pop
        )
        og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else spec.url)}">'
        page = f"""<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head>
<body><div class="radio-bar"><button aria-label="Écouter">▶</button> <span>{radio}</span></div>
<header><a href="/" class="logo">{self.site_name}</a><nav><a href="/nouvelles/">Nouvelles</a> <a href="/sports/">Sports</a> <a href="/avis-de-deces/">Avis de décès</a> <a href="/emplois/">Emplois</a></nav></header>
<main><article><h1>{esc(s.title)}</h1><div class="auteur">{esc(by)} · <time datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H h %M}</time></div>
<figure><img loading="lazy" src="https://{self.host}/uploads/{spec.seed % 9999}.jpg" alt=""><figcaption>{esc(cap)}</figcaption></figure>
<div class="contenu">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div>
<div class="partage"><a href="#">Facebook</a> <a href="#">Courriel</a> <a href="#">Copier le lien</a></div></article>
<aside>{box}<div class="populaires"><h3>Les plus populaires</h3><ol>{rows}</ol></div></aside></main>
<div class="loi25-banner"><p>{esc(consent)}</p><button>Accepter</button><button>Gérer</button></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome), body=body)
