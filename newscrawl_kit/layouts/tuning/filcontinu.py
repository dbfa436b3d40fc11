"""Un site d'information français qui reprend des dépêches et des articles de partenaires (cf. les pages article
des grands quotidiens régionaux et des pure players) : un tweet cité dans l'article (blockquote d'embed, partie
de l'article), un encadré "À lire aussi" entre deux paragraphes (titre lié et chapô), une ligne "Lire aussi"
d'une seule ligne liée, une barre "Partager" (noms des réseaux), le nombre de commentaires, un bloc d'abonnement
du site lui-même au milieu du texte ("Cet article vous est offert..."), une invitation à la newsletter et une
ligne de mots-clés. Crédits : une ligne "Source :", une mention de republication sous licence, un "via" dans la
signature."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld


class FilContinu(Layout):
    name = "filcontinu"
    language = "fr"
    host = "www.lefilcontinu-info.example"
    site_name = "Le Fil Continu"
    families = ("source_line", "cc_notice", "via_meta")
    notes = (
        "embedded tweet in the story, 'À lire aussi' card, paywall CTA mid-text, share bar, newsletter invite"
    )

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/actualite/{n}-article.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        under = after = ""
        author = rng.choice(["Claire Dumas", "Julien Morel", "La rédaction"])
        signature = f'<span class="author">Par {esc(author)}</span>'
        if spec.family == "source_line":
            text = f"{rng.choice(['Source :', 'Source:'])} {src.name}"
            under = f'<p class="article-source">{esc(text)}</p>'
            chrome.append(text)
        elif spec.family == "cc_notice":
            text = rng.choice(
                [
                    f"Cet article est republié à partir de {src.name} sous licence Creative Commons. Lire l'article original.",
                    f"Article publié initialement par {src.name} et reproduit ici avec son accord.",
                ]
            )
            after = f'<div class="republication"><p>{esc(text)}</p></div>'
            chrome.append(text)
        elif spec.family == "via_meta":
            signature = f'<span class="author">Par {esc(author)} via {esc(src.name)}</span>'
        paragraphs = list(spec.paragraphs)
        # A tweet quoted by the story: part of the article (its words are the news), not furniture.
        handle = rng.choice(["prefet_idf", "MinistereEco", "SNCF_Voyageurs"])
        tweet = (
            f"{' '.join(s.title.split()[:6])} : nous suivons la situation de près et donnerons de nouvelles "
            f"informations dans la journée."
        )
        tweet_html = (
            f'<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">{esc(tweet)}</p>'
            f'&mdash; Compte officiel (@{handle}) <a href="https://twitter.com/{handle}/status/{1700000000000000000 + spec.seed}">'
            f"{spec.published_at:%d/%m/%Y}</a></blockquote>"
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
        )
        card_t = spec.teasers[0]
        chapo = (
            f"{' '.join(spec.teasers[2].title.split()[:8])} : ce qu'il faut retenir de cette semaine agitée."
        )
        card = (
            '<div class="encadre-lire-aussi"><span class="surtitre">À lire aussi</span>'
            f'<a class="encadre-titre" href="{esc(card_t.url)}">{esc(card_t.title)}</a>'
            f'<p class="encadre-chapo">{esc(chapo)}</p></div>'
        )
        line_t = spec.teasers[1]
        line = f'<p class="lire-aussi">Lire aussi : <a href="{esc(line_t.url)}">{esc(line_t.title)}</a></p>'
        chrome += [card_t.title, chapo, line_t.title]
        paywall = (
            "Cet article vous est offert par Le Fil Continu. Pour soutenir une information indépendante, "
            "abonnez-vous dès 1 € le premier mois"
        )
        if rng.random() < 0.5:
            paywall_html = f'<div class="offert-cta"><p>{esc(paywall)}</p><a class="btn" href="/abonnement">Je m\'abonne</a></div>'
        else:  # the CMS's inline variant: one paragraph among the story's, its link inside the sentence
            paywall_html = (
                f'<p class="offert">{esc(paywall[: paywall.index("abonnez-vous")])}'
                f'<a href="/abonnement">{esc(paywall[paywall.index("abonnez-vous") :])}</a></p>'
            )
        chrome.append(paywall)
        body_html = ""
        body: list[str] = []
        tweet_at = min(1, len(paragraphs) - 1)
        for i, p in enumerate(paragraphs):
            body_html += f"<p>{esc(p)}</p>"
            body.append(p)
            if i == tweet_at:
                body_html += tweet_html
                body.append(tweet)
            if i == 0:
                body_html += line
            if i == 2 and len(paragraphs) >= 4:
                body_html += card + paywall_html
        if len(paragraphs) < 4:
            body_html += card + paywall_html
        share = "Partager : Facebook X WhatsApp LinkedIn E-mail"
        share_html = (
            '<div class="barre-partage"><span>Partager :</span> '
            + " ".join(
                f'<a href="/partage?r={w}" rel="nofollow">{w}</a>'
                for w in ("Facebook", "X", "WhatsApp", "LinkedIn", "E-mail")
            )
            + "</div>"
        )
        n_comments = rng.randint(2, 80)
        comments = f"Réagir à cet article ({n_comments} commentaires)"
        newsletter = "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail"
        newsletter_html = (
            f'<div class="inscription-nl"><p>{esc(newsletter)}</p>'
            '<a class="btn" href="/newsletters">Je m\'inscris</a></div>'
        )
        keywords = ["Société", "Transports", "Île-de-France"][: rng.randint(2, 3)]
        kw_row = "Mots-clés : " + " ".join(keywords)
        kw_html = (
            '<div class="mots-cles"><span>Mots-clés :</span> '
            + " ".join(f'<a href="/sujet/{i}">{esc(k)}</a>' for i, k in enumerate(keywords))
            + "</div>"
        )
        chrome += [share, comments, newsletter, kw_row]
        footer = "© Le Fil Continu 2026 - Reproduction interdite sans autorisation"
        chrome.append(footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        return Rendered(
            f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<header class="entete"><a class="logo" href="/">{self.site_name}</a><nav><a href="/france/">France</a> <a href="/monde/">Monde</a> <a href="/economie/">Économie</a></nav></header>
<main><article class="article-detail">
<h1 class="titre">{esc(s.title)}</h1>
<div class="signature">{signature} <time datetime="{iso(spec.published_at)}">Publié le {spec.published_at:%d/%m/%Y à %H:%M}</time>
<a class="nb-commentaires" href="#reactions">{esc(comments)}</a></div>{under}
{share_html}
<div class="corps-article">{body_html}</div>{after}
{kw_html}{newsletter_html}
<section id="reactions" class="reactions"><h2>Réactions</h2></section>
</article></main>
<footer class="pied"><p>{esc(footer)}</p></footer></body></html>""",
            False,
            tuple(c for c in chrome if len(c) >= 20),
            tuple(body),
        )
