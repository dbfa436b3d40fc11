"""Haber Akışı: a Turkish news aggregator that compiles other sites' stories (Turkish class names), Turkish."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, local, long_date, share_links

CITIES = ("İSTANBUL", "İZMİR", "ANKARA", "BURSA", "ANTALYA", "TRABZON")


class HaberAkisi(Layout):
    name = "b_haberakisi"
    language = "tr"
    host = "www.haberakisi.com.tr"
    site_name = "Haber Akışı"
    families: ClassVar[tuple[str, ...]] = ("source_line", "wire_dateline", "disclaimer", "badge", "meta_tag")
    notes = (
        "After Turkish aggregators (haberler.com-, son-dakika compilers): 'Kaynak: X' closing the text or in the "
        "meta row, 'İZMİR (X) -' datelines, 'X kaynağından otomatik olarak derlenmiştir' responsibility notes, "
        "a source label next to the title, dc.source / original-source meta only; the site's generic 'haberler "
        "otomatik derlenmektedir' footer, breaking ticker, currency and prayer-time widgets, related lists with "
        "outlet names, DHA/İHA photo credits."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/yerel/haber-{14200000 + n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 3)
        shown = src.name_latin if src.name_latin and rng.random() < 0.3 else src.name
        chrome: list[str] = []

        paragraphs = list(spec.paragraphs)
        body: tuple[str, ...] | None = None
        if fam == "wire_dateline":
            city = rng.choice(CITIES)
            dateline = rng.choice((f"{city} ({shown}) - ", f"{city} ({shown}) – ", f"{city}, ({shown}) - "))
            paragraphs[0] = dateline + paragraphs[0]
            body = tuple(paragraphs)

        head: list[str] = []
        if fam == "meta_tag":
            head.append(
                rng.choice(
                    (
                        f'<meta name="dc.source" content="{esc(src.name)}">',
                        f'<meta name="original-source" content="{esc(src.article_url)}">',
                        f'<meta name="news_source" content="{esc(src.domain)}">',
                    )
                )
            )

        label = ""
        if fam == "badge":
            # Upper case by CSS, not in the text: Turkish dotted/dotless i do not survive str.upper().
            text = rng.choice((shown, f"▶ {shown}"))
            style = ' style="text-transform:uppercase"' if rng.random() < 0.5 else ""
            label = f'<span class="kaynak-etiket"{style}>{esc(text)}</span>'
        meta = [f'<span class="tarih">{esc(long_date(when, "tr", weekday=True))} {when:%H:%M}</span>']
        end: list[str] = []
        if fam == "source_line":
            lab = rng.choice(("Kaynak:", "Haber Kaynağı:", "KAYNAK:"))
            if rng.random() < 0.5:
                end.append(f'<p class="haber-kaynak"><strong>{esc(lab)}</strong> {esc(shown)}</p>')
            else:
                meta.append(f'<span class="kaynak">{esc(lab)} {esc(shown)}</span>')
        if fam == "disclaimer":
            text = rng.choice(
                (
                    f"Bu haber, {shown} kaynağından otomatik olarak derlenmiştir; içerikten {site} sorumlu değildir.",
                    f"{site}, {shown} tarafından yayımlanan bu içeriğin doğruluğundan sorumlu tutulamaz.",
                    f"Bu içerik {shown} sitesine aittir ve {site} editörlerince düzenlenmemiştir.",
                )
            )
            end.append(f'<p class="sorumluluk-notu"><em>{esc(text)}</em></p>')
            chrome.append(text)
        meta_html = " ".join(meta)

        credit = caption_credit(spec, rng, "tr")
        caption = f"Haberle ilgili görsel - Fotoğraf: {credit}"
        chrome.append(caption)

        ticker = spec.teasers[:5]
        ticker_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in ticker)
        related = spec.teasers[5:11]
        related_html = "".join(
            f'<div class="ilgili-haber"><a href="{esc(t.url)}"><span class="ilgili-baslik">{esc(t.title)}</span></a>'
            f'<span class="ilgili-kaynak">{esc(t.outlet)}</span></div>'
            for t in related
        )
        chrome += [t.title for t in ticker] + [t.title for t in related]
        doviz = f"USD {rng.randint(36, 42)},{rng.randint(10, 99)} · EUR {rng.randint(39, 46)},{rng.randint(10, 99)} · ALTIN {rng.randint(2900, 3600)},{rng.randint(10, 99)} · BIST 100 %{rng.randint(0, 2)},{rng.randint(10, 99)}"
        namaz = "İzmir namaz vakitleri: İmsak 05:58 · Öğle 13:19 · İkindi 16:39 · Akşam 19:08 · Yatsı 20:26"
        generic = f"{site}'nda yer alan haberler internet sitelerinden otomatik olarak derlenmektedir."
        yorum = "Yorum yapabilmek için giriş yapmalısınız. Yorumlar onaylandıktan sonra yayınlanır."
        footer = f"© {when.year} {site} · Tüm hakları saklıdır · Künye · Gizlilik Politikası · İletişim"
        chrome += [doviz, namaz, generic, yorum, footer]
        shares = "".join(
            f'<a class="paylas paylas-{n}" href="{esc(h)}" target="_blank">{n}</a>'
            for n, h in share_links(spec.url, st.title, ("whatsapp", "x", "facebook", "telegram"))
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "inLanguage": "tr-TR",
            "publisher": {"@type": "Organization", "name": site, "url": f"https://{self.host}/"},
            "mainEntityOfPage": spec.url,
        }
        body_html = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        spot = paragraphs[0][:120] + "..."

        page = f"""<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} - {esc(site)}</title>
<meta name="description" content="{esc(spot)}">
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:title" content="{esc(st.title)}">
{"".join(head)}
{json_ld(ld)}
</head>
<body>
<div class="ust-bant"><div class="doviz">{esc(doviz)}</div><div class="namaz">{esc(namaz)}</div></div>
<header class="site-ust"><a class="logo" href="https://{self.host}/">{esc(site)}</a>
<nav class="ana-menu"><a href="https://{self.host}/gundem/">Gündem</a> <a href="https://{self.host}/ekonomi/">Ekonomi</a> <a href="https://{self.host}/spor/">Spor</a> <a href="https://{self.host}/yerel/">Yerel</a></nav></header>
<div class="son-dakika"><strong>SON DAKİKA</strong><ul>{ticker_html}</ul></div>
<div class="container"><div class="row">
<div class="col-lg-8 haber-detay">
<div class="haber-ust">{label}<h1 class="haber-baslik">{esc(st.title)}</h1><div class="haber-bilgi">{meta_html}</div></div>
<div class="haber-paylas">{shares}</div>
<figure class="haber-gorsel"><img src="https://i.{self.host.removeprefix("www.")}/{spec.seed}/750x422.jpg" alt="{esc(st.title)}"><figcaption>{esc(caption)}</figcaption></figure>
<div class="haber-metin">{body_html}</div>
{"".join(end)}
<div class="yorumlar"><h3>Yorumlar</h3><p>{esc(yorum)}</p></div>
<div class="ilgili-haberler"><h3>Haberi okuyanlar bunları da okudu</h3>{related_html}</div>
</div>
<div class="col-lg-4 yan-alan"><div class="reklam-alani">Reklam</div></div>
</div></div>
<footer class="site-alt"><p>{esc(generic)}</p><p>{esc(footer)}</p></footer>
</body>
</html>"""
        return finish(spec, page, chrome, body)
