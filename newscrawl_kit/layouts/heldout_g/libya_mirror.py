"""مرصد ليبيا والسودان: a Libyan/Sudanese news mirror that files copies under ``/s/<outlet-slug>/<id>``.

Built on a cheap "news aggregator" script: a blue bar of country flags, "آخر الأخبار" as numbered rows with
each row's source, the copy with a grey source strip, "مصادرنا" (a list of mirrored sites), a currency box
(دينار/جنيه) and a plain footer. Credits: the slug in the URL only, the outlet's logo linking to its home,
the outlet's name linking to the original under the text, or a not-responsible disclaimer closing the copy.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_g._common import a, others, refuse_stray_slug, shown, slug_of


class LibyaMirror(Layout):
    name = "g_libya_mirror"
    language = "ar"
    host = "marsad-ls.example"
    site_name = "مرصد ليبيا والسودان"
    families = ("url_slug", "logo_link", "source_link", "disclaimer")
    notes = "Libyan/Sudanese aggregator script: /s/<slug>/<id> URLs, outlet logo link, outlet link to the original, disclaimer"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{slug_of(story.source)}/{n * 17 + 40000}.html"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/n/{n * 17 + 40000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_stray_slug(self.name, spec)
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        strip = f'<div class="src-strip">{spec.published_at:%Y-%m-%d %H:%M}</div>'
        tail = ""
        if fam == "logo_link":
            alt = rng.choice(["", src.name, "المصدر"])
            strip = (
                f'<div class="src-strip"><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="24"></a> '
                f"{spec.published_at:%Y-%m-%d %H:%M}</div>"
            )
        elif fam == "source_link":
            label = rng.choice(["مصدر الخبر:", "الخبر الأصلي في", "للاطلاع على الخبر من مصدره:"])
            tail = f'<div class="src-link">{esc(label)} {a(src.article_url, src.name, rel="nofollow")}</div>'
            exposes = True
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"هذا الخبر منقول من {src.name} ولا يعبر عن رأي مرصد ليبيا والسودان، والموقع غير مسؤول عن محتواه.",
                    f"نُشر هذا الخبر أولاً في {src.name}؛ المرصد يعرض الأخبار كما وردت ولا يتحمل مسؤوليتها.",
                    f"المسؤولية عن صحة هذا الخبر تقع على {src.name} وحده.",
                ]
            )
            tail = f'<div class="disclaimer">{esc(line)}</div>'
            chrome.append(line)
        latest = others(spec, 6)
        chrome += [t.title for t in latest]
        rows = "".join(
            f'<tr><td>{i + 1}</td><td><a href="{esc(t.url)}">{esc(t.title)}</a></td><td class="from">{esc(t.outlet)}</td></tr>'
            for i, t in enumerate(latest)
        )
        sources = "".join(f"<li>{esc(t.outlet)}</li>" for t in latest[:3])
        fx = "الدينار الليبي 4.85 للدولار · الجنيه السوداني 601 للدولار (السوق الموازي)"
        foot = "مرصد ليبيا والسودان - تجميع آلي للأخبار من المواقع الليبية والسودانية"
        chrome += [fx, foot]
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} :: مرصد ليبيا والسودان</title>
<meta name="description" content="{esc(s.paragraphs[0][:150])}"></head><body>
<div class="flags"><a href="https://{self.host}/ly">🇱🇾 ليبيا</a> <a href="https://{self.host}/sd">🇸🇩 السودان</a> <a href="https://{self.host}/">مرصد ليبيا والسودان</a></div>
<div class="wrap"><div class="news"><h1>{esc(s.title)}</h1>{strip}
<div class="news-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}</div>
<div class="side"><h3>آخر الأخبار</h3><table>{rows}</table><h3>مصادرنا</h3><ul>{sources}</ul><div class="fx">{fx}</div></div></div>
<div class="foot">{foot}</div></body></html>"""
        return Rendered(page, exposes, shown(chrome))
