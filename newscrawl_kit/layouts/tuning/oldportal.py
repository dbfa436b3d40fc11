"""An old table-layout regional portal: the source in a label/value table row or after the body, wire
datelines, a source badge; a "headlines from other papers" box naming outlets."""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    StoryText,
    esc,
    paragraphs_html,
    with_dateline,
)


class OldPortal(Layout):
    name = "oldportal"
    language = "en"
    host = "www.regionaldigest.example"
    site_name = "Regional Digest"
    families = ("source_line", "footer_phrase", "badge", "wire_dateline", "url_slug")
    notes = "tables, <font>, label/value rows; the body in a <td>"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.source.slug or 'wire'}/{n + 3000}.html"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/story/{n + 3000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        if spec.family is None and src.slug and f"/{src.slug}/" in spec.url:
            raise ValueError("an uncredited copy at a URL naming its source (use copy_url_for)")
        chrome: list[str] = []
        row = after = badge = ""
        body = with_dateline(spec) if spec.family == "wire_dateline" else spec.paragraphs
        if spec.family == "source_line":
            label = rng.choice(["Source:", "Source", "Provided by:"])
            row = f"<tr><td class=lbl><b>{label}</b></td><td class=val>{esc(src.name)}</td></tr>"
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"This story was supplied by {src.name} and is reproduced here with permission.",
                    f"Story from {src.name}. All rights reserved by the original publisher.",
                    f"Content courtesy of {src.name}.",
                ]
            )
            after = f"<p><i>{esc(text)}</i></p>"
            chrome.append(text)
        elif spec.family == "badge":
            badge = f'<span class="srcbadge">[{esc(src.name)}]</span> '
        papers = "".join(
            f'<tr><td><a href="{esc(t.url)}">{esc(t.title)}</a> <small>({esc(t.outlet)})</small></td></tr>'
            for t in spec.teasers[:6]
        )
        chrome += [t.title for t in spec.teasers[:6] if len(t.title) >= 20]
        chrome.append("Regional Digest is an independent news service. Contact the webmaster")
        return Rendered(
            f"""<!doctype html><html><head><title>Regional Digest - {esc(s.title)}</title></head>
<body bgcolor="#ffffff"><table width="100%"><tr><td colspan=2><img src="/img/rd_logo.gif" alt="Regional Digest"></td></tr>
<tr><td width="70%" valign="top"><font size="+2"><b>{badge}{esc(s.title)}</b></font><br>
<table class=info><tr><td class=lbl><b>Posted:</b></td><td class=val>{spec.published_at:%m/%d/%Y %H:%M}</td></tr>{row}</table>
<div>{paragraphs_html(body)}</div>{after}</td>
<td width="30%" valign="top"><table class=box><tr><th>Headlines from other papers</th></tr>{papers}</table></td></tr>
<tr><td colspan=2><font size=-1>Regional Digest is an independent news service. Contact the webmaster</font></td></tr>
</table></body></html>""",
            False,
            tuple(chrome),
            body if body != spec.paragraphs else None,
        )
