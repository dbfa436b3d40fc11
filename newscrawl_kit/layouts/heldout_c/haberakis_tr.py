"""HaberAkış: bir Türk haber derleme sitesi (haber portalı / son dakika akışı tarzı)."""

from __future__ import annotations

import re

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import choose, pick, slug_url_guard, tr_date

_TR = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")


class HaberAkisTr(Layout):
    name = "c_haberakis_tr"
    language = "tr"
    host = "www.haberakis.test"
    site_name = "HaberAkış"
    families = ("source_line", "footer_phrase", "badge", "canonical", "url_slug")
    notes = (
        "Turkish aggregator: 'Kaynak:' under the text (a name, or the original URL pasted as plain text), a "
        "closing 'Bu haber ilk olarak … yayımlandı' sentence, a source badge by the date, only a canonical, or "
        "per-source URLs /<kaynak>/haber-<id>; a 'Son Dakika' ticker, currency and prayer-time boxes, a "
        "'follow us on Google Haberler' button and comments."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.source.slug or 'kaynak'}/haber-{9000000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        words = re.findall(r"[a-z0-9]+", story.title.translate(_TR).lower())[:8]
        return f"https://{self.host}/haber/{'-'.join(words) or 'haber'}-{9000000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        slug_url_guard(spec)
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        after = ""
        badge = ""
        canonical = spec.url
        if fam == "source_line":
            label = choose(rng, ("Kaynak:", "Haberin kaynağı:", "Kaynak :"))
            if rng.random() < 0.4:
                shown, exposes = src.article_url, True
            else:
                shown = src.name
            line = f"{label} {shown}"
            after = f'<p class="kaynak">{esc(line)}</p>'
            if len(line) >= 20:
                chrome.append(line)
        elif fam == "footer_phrase":
            text = choose(
                rng,
                (
                    f"Bu haber ilk olarak {src.name} sitesinde yayımlandı.",
                    f"Bu içerik {src.name} tarafından hazırlanmıştır.",
                    f"Haber, {src.name} kaynağından derlenmiştir.",
                ),
            )
            after = f'<p class="not">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "badge":
            shown = src.name_latin if (src.name_latin and rng.random() < 0.3) else src.name
            badge = f'<span class="kaynak-etiket">{esc(shown)}</span>'
        elif fam == "canonical":
            canonical, exposes = src.article_url, True
        og = spec.url if fam != "canonical" else choose(rng, (spec.url, src.article_url))
        ticker = pick(spec, 0, 5)
        popular = pick(spec, 5, 5)
        chrome += [t.title for t in ticker + popular]
        fx = "Döviz: Dolar 34,52 TL · Euro 37,18 TL · Sterlin 44,03 TL · Gram altın 2.985 TL"
        prayer = "İzmir namaz vakitleri: İmsak 05:41 · Öğle 12:58 · İkindi 16:01 · Akşam 18:28"
        gnews = "HaberAkış'ı Google Haberler'de takip etmek için tıklayın"
        comment = "Yorum yapabilmek için üye girişi yapmanız gerekmektedir."
        chrome += [fx, prayer, gnews, comment]
        ticker_html = "".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a> ' for t in ticker)
        popular_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <em>{esc(t.outlet)}</em></li>' for t in popular
        )
        html = f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8">
<title>{esc(st.title)} - HaberAkış</title>
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:url" content="{esc(og)}">
<meta property="og:site_name" content="HaberAkış">
<meta property="article:published_time" content="{iso(spec.published_at)}">
</head><body>
<div class="sondakika"><b>SON DAKİKA</b> {ticker_html}</div>
<header><a href="https://{self.host}/" class="logo">HaberAkış</a>
<nav><a href="https://{self.host}/gundem">Gündem</a> <a href="https://{self.host}/ekonomi">Ekonomi</a> <a href="https://{self.host}/spor">Spor</a> <a href="https://{self.host}/yerel">Yerel</a></nav>
<p class="doviz">{esc(fx)}</p></header>
<main><article>
<h1>{esc(st.title)}</h1>
<div class="bilgi"><time datetime="{iso(spec.published_at)}">{esc(tr_date(spec.published_at))}</time> {badge}</div>
<div class="icerik">{paragraphs_html(spec.paragraphs)}</div>
{after}
<a class="gnews" href="https://news.google.com/publications/haberakis">{esc(gnews)}</a>
<div class="paylas"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">Paylaş</a> <a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">Tweetle</a></div>
<section class="yorumlar"><h3>Yorumlar</h3><p>{esc(comment)}</p></section>
</article></main>
<aside><p class="namaz">{esc(prayer)}</p><h3>En Çok Okunanlar</h3><ol>{popular_html}</ol>
<a href="https://reklam.ajansx.example/tikla?id=4"><img src="https://reklam.ajansx.example/300x250.png" alt="Reklam"></a></aside>
<footer><p>HaberAkış, internet üzerindeki haber kaynaklarını derleyen bir haber arama motorudur. © 2026</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
