"""The Morning Sift: a daily email digest whose web archive ("View this email in your browser") is public.

Mailchimp-type campaign archives are table layouts with inline styles: a preheader, a logo row, the lead
story pasted in full, a "Quick hits" list of other links naming their outlets, sponsor blocks, the
"Forward to a friend" and "Unsubscribe" lines and the sender's postal address. Credits as digests write
them: the outlet linked in the lead-in ("via <a>X</a>"), a "Read it at X →" link, "(X)" after the
headline in a meta row, or a "Source: X" closing line.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick

_TD = 'style="font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222;padding:0 24px"'


class CampaignArchive(Layout):
    name = "h_campaign_archive"
    language = "en"
    host = "us5.campaign-archive.morningsift.example"
    site_name = "The Morning Sift"
    families = ("source_link", "read_original", "via_meta", "source_line")
    notes = "Mailchimp-style campaign archive of a daily digest (tables, inline styles): 'via X' link, 'Read it at X →', '(X)' meta row, 'Source: X' line"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/?u=6f1c2a9e0b&id={n * 2654435761 % 16**10:010x}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        lead_in = "Our top story this morning:"
        meta_row = f"{spec.published_at:%A, %B %d}"
        after = ""
        if fam == "source_link":
            exposes = rng.random() < 0.75
            target = src.article_url if exposes else src.home_url
            word = rng.choice(["via", "from", "reported by"])
            lead_in = f"Our top story this morning, {word} {a(target, shown, style='color:#0b6e4f')}:"
        elif fam == "read_original":
            text = rng.choice([f"Read it at {shown} →", "Read the whole thing →", f"Full story ({shown}) →"])
            after = f"<tr><td {_TD}><p>{a(src.article_url, text, style='color:#0b6e4f;font-weight:bold')}</p></td></tr>"
            exposes = True
            chrome.append(text)
        elif fam == "via_meta":
            meta_row = rng.choice(
                [
                    f"{spec.published_at:%A, %B %d} · ({shown})",
                    f"Via {shown} · {spec.published_at:%b %d}",
                    f"{shown} | 4 min read",
                ]
            )
            chrome.append(meta_row)
        elif fam == "source_line":
            text = rng.choice([f"Source: {shown}", f"Source — {shown}", f"[Source: {shown}]"])
            after = f'<tr><td {_TD}><p style="color:#777;font-size:13px">{esc(text)}</p></td></tr>'
            chrome.append(text)
        hits = pick(spec, 5)
        chrome += [t.title for t in hits]
        pre = "Five minutes, every weekday: the news that matters before your first coffee"
        sponsor = "Today's issue is brought to you by Brightline Savings: high-yield accounts with no fees"
        unsub = "You are receiving this email because you opted in at our website. Unsubscribe or update your preferences"
        address = f"{self.site_name} · 44 Market Street, Suite 300 · Portland, OR 97204 · USA"
        chrome += [pre, sponsor, unsub, address]
        rows = "".join(
            f'<tr><td {_TD}><p>• {a(t.url, t.title, style="color:#222")} <span style="color:#888">({esc(t.outlet)})</span></p></td></tr>'
            for t in hits
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{self.site_name}: {esc(s.title)}</title>
<meta property="og:title" content="{esc(s.title)}"><meta property="og:site_name" content="{self.site_name}"><style type="text/css">body{{margin:0;padding:0}}table{{border-collapse:collapse}}</style></head>
<body style="background:#f4f1ea"><center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" id="bodyTable"><tr><td align="center" valign="top">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer" style="background:#ffffff">
<tr><td class="preheader" style="font-size:11px;color:#999;padding:8px 24px">{pre}</td></tr>
<tr><td align="center" style="padding:18px"><img src="https://mcusercontent.morningsift.example/logo.png" alt="{self.site_name}" width="220"></td></tr>
<tr><td {_TD}><p style="color:#555">{lead_in}</p><h1 style="font-size:26px">{esc(s.title)}</h1><p style="color:#888;font-size:12px">{esc(meta_row)}</p></td></tr>
<tr><td {_TD}>{body}</td></tr>{after}
<tr><td style="background:#fff7e0;padding:16px 24px;font-size:14px">{sponsor}</td></tr>
<tr><td {_TD}><h2 style="font-size:18px">Quick hits</h2></td></tr>{rows}
<tr><td style="padding:16px 24px;font-size:12px;color:#777"><a href="*|FORWARD|*">Forward to a friend</a> · <a href="*|UNSUB|*">Unsubscribe</a><br>{unsub}<br>{esc(address)}</td></tr>
</table></td></tr></table></center></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
