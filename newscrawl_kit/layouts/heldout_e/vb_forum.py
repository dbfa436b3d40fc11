"""A vBulletin 4 forum thread reposting a news story ("منقول"): the first post ends with "منقول من X", a
bbcode source link, a red bold source line or the original's bare URL; uncredited reposts say only "منقول".
Replies thank the poster; a similar-threads table and the poster's signature surround it."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class VbForum(Layout):
    name = "e_vb_forum"
    language = "ar"
    host = "www.nojoom-khaleej.example"
    site_name = "منتديات نجوم الخليج"
    families = ("footer_phrase", "source_link", "source_line", "read_original")
    notes = (
        "vBulletin 4.2 showthread: postbit_legacy tables, post_message_N, signature, replies, similar threads"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/vb/showthread.php?t={90000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        tail = ""
        if fam == "footer_phrase":
            line = pick(
                spec, (f"منقول من {src.name}", f"منقول للفائدة - {src.name}", f"نقلاً عن {src.name}"), "w"
            )
            tail = f'<br /><br /><font color="Gray">{esc(line)}</font>'
        elif fam == "source_link":
            tail = f"<br /><br /><b>المصدر:</b> {a(src.article_url, src.name, extra=' target=_blank')}"
            exposes = True
        elif fam == "source_line":
            tail = f'<br /><br /><font color="Red"><b>{pick(spec, ("المصدر : ", "المصدر: "), "w")}{esc(src.name)}</b></font>'
        elif fam == "read_original":
            tail = (
                f"<br /><br />{pick(spec, ('رابط الخبر: ', 'الرابط الأصلي: '), 'w')}"
                f'<a href="{esc(src.article_url)}" target="_blank" rel="nofollow">{esc(src.article_url)}</a>'
            )
            exposes = True
        else:
            tail = '<br /><br /><font color="Gray">منقول</font>'
        post = "<br /><br />".join(esc(p) for p in ps)
        signature = "اللهم صل وسلم على نبينا محمد — زوروا قسم الأخبار العاجلة في منتديات نجوم الخليج"
        chrome.append(signature)
        replies = (
            "مشكور أخوي على النقل والله يعطيك العافية",
            "خبر مهم، الله يكتب اللي فيه الخير، تسلم يدك",
            "متابعين معك، بارك الله فيك على الموضوع",
        )
        n_rep = 1 + spec.seed % 3
        chrome += list(replies[:n_rep])
        reply_html = "".join(
            f'<table class="tborder" id="post{spec.seed % 10**6 + i}" cellpadding="6" width="100%"><tr><td class="thead">#{i + 2}</td></tr>'
            f'<tr><td class="alt2" width="175"><a class="bigusername" href="member.php?u={i + 7}">عضو_{i + 7}</a><div class="smallfont">عضو مميز</div></td>'
            f'<td class="alt1" id="td_post_{i}"><div id="post_message_{spec.seed % 10**6 + i}">{esc(r)}</div></td></tr></table>'
            for i, r in enumerate(replies[:n_rep])
        )
        similar = teasers(spec, 5)
        chrome += [t.title for t in similar]
        similar_html = "".join(
            # members title reposts "<headline> - <outlet>"; the thread starter is a member, not the outlet
            f'<tr><td class="alt1">{a(f"showthread.php?t={spec.seed % 90000 + i}", f"{t.title} - {t.outlet}")}</td>'
            f'<td class="alt2">عضو_{(spec.seed >> i) % 500}</td>'
            f'<td class="alt1">منتدى الأخبار</td><td class="alt2">{i + 3}</td></tr>'
            for i, t in enumerate(similar)
        )
        pid = spec.seed % 10**7
        page = f"""<div align="center"><div class="page" style="width:100%; text-align:right"><div style="padding:0px 25px 0px 25px">
<table class="tborder" cellpadding="6" cellspacing="1" width="100%" align="center"><tr><td class="alt1" width="100%"><div class="navbar"><a href="index.php">{esc(self.site_name)}</a> &gt; <a href="forumdisplay.php?f=12">الأخبار المحلية والعالمية</a></div>
<div class="navbar"><strong>{esc(story.title)}</strong></div></td><td class="alt2" nowrap><form action="login.php?do=login" method="post">اسم العضو <input type="text" name="vb_login_username"> <input type="submit" value="تسجيل الدخول"></form></td></tr></table>
<div id="posts"><table class="tborder" id="post{pid}" cellpadding="6" cellspacing="0" width="100%"><tr><td class="thead"><a name="post{pid}"></a>قديم {spec.published_at:%d-%m-%Y, %I:%M} &nbsp; <a href="showpost.php?p={pid}&amp;postcount=1"><strong>#1</strong></a></td></tr>
<tr><td class="alt2" width="175" valign="top"><div id="postmenu_{pid}"><a class="bigusername" href="member.php?u=3">ابو_فهد</a></div><div class="smallfont">مشرف قسم الأخبار</div><div class="smallfont"><div>تاريخ التسجيل: Mar 2011</div><div>المشاركات: 24,118</div></div></td>
<td class="alt1" id="td_post_{pid}"><div class="smallfont"><strong>{esc(story.title)}</strong></div><hr size="1" style="color:#D1D1E1">
<div id="post_message_{pid}">{post}{tail}</div>
<div>__________________<br />{esc(signature)}</div></td></tr></table>{reply_html}</div>
<br /><table class="tborder" cellpadding="6" width="100%"><thead><tr><td class="tcat" colspan="4">المواضيع المتشابهه</td></tr><tr><td class="thead">الموضوع</td><td class="thead">كاتب الموضوع</td><td class="thead">المنتدى</td><td class="thead">الردود</td></tr></thead>{similar_html}</table>
<div class="smallfont" align="center">الساعة الآن {spec.published_at:%H:%M}.</div>
<div class="smallfont" align="center">Powered by vBulletin® Version 4.2.5 Copyright ©2000 - 2026, Jelsoft Enterprises Ltd.</div>
<div class="smallfont" align="center">جميع المواضيع والمشاركات تعبر عن رأي كاتبيها ولا تعبر عن رأي إدارة {esc(self.site_name)}</div></div></div></div>"""
        head = (
            f"<title>{esc(story.title)} - {esc(self.site_name)}</title>"
            '<meta name="generator" content="vBulletin 4.2.5">'
            f'<meta name="description" content="{esc(ps[0][:160])}"><link rel="canonical" href="{esc(spec.url)}">'
        )
        return Rendered(doc("ar", head, page), exposes, tuple(chrome), ps)
