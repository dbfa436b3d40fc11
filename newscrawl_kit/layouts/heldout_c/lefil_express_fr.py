"""Le Fil Express : un portail d'actualité qui reprend les articles de ses partenaires (façon MSN/Yahoo France)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import choose, fr_date, photo_credit, pick


class LeFilExpressFr(Layout):
    name = "c_lefil_express_fr"
    language = "fr"
    host = "www.lefil-express.example"
    site_name = "Le Fil Express"
    families = ("source_line", "footer_phrase", "read_original", "canonical", "badge")
    notes = (
        "French portal with partner content: 'Source :' next to the date, a closing 'Cet article a d'abord été "
        "publié…' sentence, a 'Lire la suite sur …' button (direct or through the portal's redirect), a "
        "'Partenaire' badge, or only a canonical; weather and horoscope widgets, 'Les plus lus', a CMP banner "
        "and a Taboola-like 'Contenus sponsorisés' block."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualite/{n:07d}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        meta_src = ""
        closing = ""
        button = ""
        badge = ""
        canonical = spec.url
        if fam == "source_line":
            label = choose(rng, ("Source :", "Source:", "Publié par", "D'après"))
            meta_src = f'<span class="source"> · {esc(label)} {esc(src.name)}</span>'
        elif fam == "footer_phrase":
            closing = choose(
                rng,
                (
                    f"Cet article a d'abord été publié sur le site de {src.name}.",
                    f"Article initialement paru dans {src.name}, reproduit avec son autorisation.",
                    f"Retrouvez cet article et d'autres informations régionales sur {src.name}.",
                ),
            )
            chrome.append(closing)
        elif fam == "read_original":
            text = choose(
                rng,
                (
                    f"Lire la suite sur {src.name}",
                    f"Voir l'article complet sur {src.name}",
                    f"Continuer la lecture ({src.name})",
                ),
            )
            if rng.random() < 0.5:
                href, exposes = src.article_url, True
            else:
                href = f"https://{self.host}/redirect?id={spec.seed * 6007 % 10**6}&p=partner"
            button = f'<p class="more"><a class="btn" href="{esc(href)}">{esc(text)}</a></p>'
            chrome.append(text)
        elif fam == "canonical":
            canonical, exposes = src.article_url, True
        elif fam == "badge":
            label = choose(rng, (src.name, f"Partenaire : {src.name}", f"Avec {src.name}"))
            badge = f'<span class="badge">{esc(label)}</span>'
        og = spec.url if fam != "canonical" else choose(rng, (spec.url, src.article_url))
        most = pick(spec, 0, 5)
        sponsored = (
            (
                "Cette astuce simple fait baisser votre facture d'électricité",
                "https://pub.contentreco.example/a/11",
            ),
            ("Les meilleures mutuelles seniors comparées pour 2026", "https://pub.contentreco.example/a/12"),
        )
        related = pick(spec, 5, 4)
        chrome += [t.title for t in most + related] + [s for s, _ in sponsored]
        cmp_text = "Le Fil Express et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser la publicité."
        weather = "Météo : Paris 14°C averses, Lyon 16°C nuageux, Marseille 21°C ensoleillé"
        horoscope = "Horoscope du jour : Bélier, une rencontre inattendue bouscule votre planning"
        chrome += [cmp_text, weather, horoscope]
        most_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small>{esc(t.outlet)}</small></li>' for t in most
        )
        related_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in related)
        sponsored_html = "".join(f'<li><a href="{u}">{esc(s)}</a></li>' for s, u in sponsored)
        photo = photo_credit(spec, ("Photo d'illustration", "AFP", "Getty Images", "Hans Lucas"))
        html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{esc(st.title)} - Le Fil Express</title>
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:url" content="{esc(og)}">
<meta property="og:site_name" content="Le Fil Express">
<meta property="article:published_time" content="{iso(spec.published_at)}">
</head><body>
<div id="cmp"><p>{esc(cmp_text)}</p><button>Accepter &amp; fermer</button><button>Continuer sans accepter</button></div>
<header><a href="https://{self.host}/"><img src="https://{self.host}/static/logo.svg" alt="Le Fil Express"></a>
<nav><a href="https://{self.host}/france">France</a> <a href="https://{self.host}/monde">Monde</a> <a href="https://{self.host}/economie">Économie</a> <a href="https://{self.host}/sport">Sport</a></nav>
<p class="meteo">{esc(weather)}</p></header>
<main><article>
<div class="kicker">{esc(st.section or "Actualité")} {badge}</div>
<h1>{esc(st.title)}</h1>
<p class="meta"><time datetime="{iso(spec.published_at)}">Publié le {esc(fr_date(spec.published_at))}</time>{meta_src}</p>
<figure><img src="https://img.lefil-express.example/{spec.seed}.jpg" alt=""><figcaption>{esc(photo)}</figcaption></figure>
<div class="corps">{paragraphs_html(spec.paragraphs)}</div>
{f'<p class="fin">{esc(closing)}</p>' if closing else ""}
{button}
<div class="partage"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">Partager</a> <a href="mailto:?body={esc(spec.url)}">Envoyer</a></div>
<section class="liens"><h3>À lire aussi</h3><ul>{related_html}</ul></section>
</article></main>
<aside><h3>Les plus lus</h3><ol>{most_html}</ol><p class="horoscope">{esc(horoscope)}</p>
<h3>Contenus sponsorisés</h3><ul>{sponsored_html}</ul></aside>
<footer><p>© 2026 Le Fil Express — Mentions légales — Nos partenaires presse</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
