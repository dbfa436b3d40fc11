"""Nachrichtenkompass: ein deutsches Nachrichtenportal mit Partnerinhalten (t-online/upday-ähnlich)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import choose, de_date, photo_credit, pick


class NachrichtenkompassDe(Layout):
    name = "c_nachrichtenkompass_de"
    language = "de"
    host = "www.nachrichtenkompass.example"
    site_name = "Nachrichtenkompass"
    families = ("source_line", "disclaimer", "read_original", "logo_link", "cc_notice")
    notes = (
        "German portal carrying partner copy: 'Quelle:' under the text, a 'Für den Inhalt ist … verantwortlich' "
        "note, a 'Weiterlesen bei …' button, a 'bereitgestellt von' logo strip without the name, a CC licence "
        "notice; Consent-Banner, 'Meistgelesen', a weather strip, Anzeigen and a partner footer."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/nachrichten/id_{100200300 + n}/artikel.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        after = ""
        logo = ""
        if fam == "source_line":
            label = choose(rng, ("Quelle:", "Quelle:", "Mit Material von"))
            line = f"{label} {src.name}"
            after = f'<p class="quelle">{esc(line)}</p>'
            if len(line) >= 20:
                chrome.append(line)
        elif fam == "disclaimer":
            text = choose(
                rng,
                (
                    f"Für den Inhalt dieses Artikels ist {src.name} verantwortlich.",
                    f"Dieser Beitrag wurde von {src.name} bereitgestellt; Nachrichtenkompass übernimmt keine Haftung für den Inhalt.",
                    f"Der Text stammt von unserem Partner {src.name} und gibt nicht die Meinung der Redaktion wieder.",
                ),
            )
            after = f'<p class="hinweis">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "read_original":
            text = choose(
                rng,
                (
                    f"Weiterlesen bei {src.name}",
                    f"Den ganzen Artikel bei {src.name} lesen",
                    f"Zum Originalartikel auf {src.domain}",
                ),
            )
            if rng.random() < 0.5:
                href, exposes = src.article_url, True
            else:
                href = f"https://{self.host}/out/partner?ref={spec.seed * 31337 % 10**6}"
            after = f'<a class="weiterlesen" href="{esc(href)}">{esc(text)}</a>'
            chrome.append(text)
        elif fam == "logo_link":
            lead = choose(rng, ("bereitgestellt von", "Ein Angebot von", "Partnerinhalt"))
            logo = (
                f'<div class="partner"><span>{esc(lead)}</span><a href="{esc(src.home_url)}">'
                f'<img src="{esc(src.logo)}" alt=""></a></div>'
            )
        elif fam == "cc_notice":
            link = rng.random() < 0.5
            lead = choose(
                rng,
                (
                    f"Dieser Artikel erschien zuerst bei {src.name} und steht unter der Lizenz CC BY-SA 4.0.",
                    f"Übernommen von {src.name} unter einer Creative-Commons-Lizenz (CC BY 4.0).",
                ),
            )
            more = "Zum Original"
            tail = f' <a href="{esc(src.article_url)}">{more}</a>' if link else ""
            exposes = link
            after = f'<p class="lizenz">{esc(lead)}{tail}</p>'
            chrome.append(f"{lead} {more}" if link else lead)
        most = pick(spec, 0, 5)
        more_items = pick(spec, 5, 4)
        chrome += [t.title for t in most + more_items]
        consent = "Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung auf Nachrichtenkompass zu personalisieren."
        weather = "Wetter: Hamburg 9 °C Regen · Berlin 11 °C bewölkt · München 13 °C heiter"
        ad = "Anzeige: Jetzt Stromtarif wechseln und bis zu 300 Euro sparen"
        chrome += [consent, weather, ad]
        most_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span>{esc(t.outlet)}</span></li>' for t in most
        )
        more_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in more_items)
        photo = photo_credit(
            spec, ("Symbolbild: imago images", "Foto: picture alliance", "dpa", "Archivbild")
        )
        html = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>{esc(st.title)} | Nachrichtenkompass</title>
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="Nachrichtenkompass">
<meta property="og:url" content="{esc(spec.url)}">
<meta name="date" content="{iso(spec.published_at)}">
</head><body>
<div class="consent"><p>{esc(consent)}</p><button>Zustimmen</button><button>Einstellungen</button></div>
<header><a href="https://{self.host}/">Nachrichtenkompass</a>
<nav><a href="https://{self.host}/politik">Politik</a> <a href="https://{self.host}/regional">Regional</a> <a href="https://{self.host}/sport">Sport</a> <a href="https://{self.host}/finanzen">Finanzen</a></nav>
<p class="wetter">{esc(weather)}</p></header>
<main><article>
{logo}
<p class="dachzeile">{esc(st.section or "Nachrichten")}</p>
<h1>{esc(st.title)}</h1>
<p class="datum"><time datetime="{iso(spec.published_at)}">{esc(de_date(spec.published_at))}</time></p>
<figure><img src="https://bilder.nachrichtenkompass.example/{spec.seed}.jpg" alt=""><figcaption>{esc(photo)}</figcaption></figure>
<div class="text">{paragraphs_html(spec.paragraphs)}</div>
{after}
<div class="teilen"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">Teilen</a> <a href="mailto:?body={esc(spec.url)}">E-Mail</a></div>
<section><h3>Mehr zum Thema</h3><ul>{more_html}</ul></section>
</article></main>
<aside><h3>Meistgelesen</h3><ol>{most_html}</ol><a class="anzeige" href="https://ads.tarifwechsel.example/k/5">{esc(ad)}</a></aside>
<footer><p>© 2026 Nachrichtenkompass GmbH · Impressum · Datenschutz · Unsere Partner</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
