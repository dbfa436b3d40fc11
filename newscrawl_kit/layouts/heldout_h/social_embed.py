"""ترند الآن: an Arabic "trending" site whose posts are built around an outlet's X or Telegram post.

Such sites paste the outlet's embed (an X ``blockquote.twitter-tweet`` or a Telegram ``data-telegram-post``
widget with its ``<noscript>`` fallback) and write the text under it. The meta line may read
"كتب: فريق التحرير · عبر X", a coloured label by the title may carry the channel's name, the post may link
to the outlet's own article, or the page's canonical may point at it. Chrome: a hashtag strip, a
"الأكثر تفاعلاً" list, a push-notification prompt and a footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class SocialEmbed(Layout):
    name = "h_social_embed"
    language = "ar"
    host = "trend-alaan.example"
    site_name = "ترند الآن"
    families = ("via_meta", "source_link", "badge", "canonical")
    notes = "Arabic trending site built on an outlet's X/Telegram embed: 'عبر X' meta, embed linking the article, channel label, canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/t/{n + 61000}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        meta = "كتب: فريق التحرير"
        label = '<span class="lbl">ترند</span>'
        embed = ""
        handle = (src.slug or "news").replace("-", "_")
        if fam == "via_meta":
            meta = rng.choice(
                [
                    f"كتب: فريق التحرير · عبر {src.name}",
                    f"عبر {src.name}",
                    f"فريق التحرير - المصدر {src.name}",
                ]
            )
            chrome.append(meta)
        elif fam == "source_link":
            exposes = True
            if rng.random() < 0.5:
                embed = (
                    f'<blockquote class="twitter-tweet" data-lang="ar" data-dnt="true"><p lang="ar" dir="rtl">{esc(s.title)} '
                    f"{a(src.article_url, src.article_url.split('//')[1][:28] + '…')}</p>&mdash; {esc(src.name)} (@{esc(handle)}) "
                    f"{a('https://x.example/' + handle + '/status/' + str(spec.seed * 7919 + 10**17), s.published_at.strftime('%B %d, %Y'))}</blockquote>"
                )
            else:
                embed = (
                    f'<div class="tg-embed" data-telegram-post="{esc(handle)}/{spec.seed + 4000}" data-width="100%"></div>'
                    f"<noscript><p>منشور من قناة {a(src.article_url, src.name)} على تيليجرام</p></noscript>"
                )
        elif fam == "badge":
            text = rng.choice([src.name, f"قناة {src.name}", f"{src.name} ✔"])
            label = f'<span class="lbl lbl-src" style="background:#1d9bf0">{esc(text)}</span>'
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        tags = ("#عاجل", "#ترند", "#الآن", "#فيديو")
        top = pick(spec, 5)
        chrome += [t.title for t in top]
        push = "هل تريد تلقي إشعارات بأحدث الأخبار الرائجة؟ يمكنك إلغاء الاشتراك في أي وقت"
        foot = f"© 2026 {self.site_name} - كل ما يتداوله الناس في مكان واحد"
        chrome += [push, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "dateCreated": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        hash_strip = " ".join(f'<a href="/tag/{i}" class="ht">{t}</a>' for i, t in enumerate(tags))
        rows = "".join(
            f'<li><span class="n">{i + 1}</span>{a(t.url, t.title)}</li>' for i, t in enumerate(top)
        )
        og = f'<meta property="og:url" content="{esc(canonical)}">' if rng.random() < 0.5 else ""
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta name="twitter:card" content="summary_large_image"><meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head>
<body><div id="app"><header class="hdr"><a href="/" class="logo">{self.site_name}</a><div class="hashtags">{hash_strip}</div></header>
<main class="post"><div class="post-head">{label}<h1>{esc(s.title)}</h1><div class="post-meta">{esc(meta)} · <time datetime="{iso(spec.published_at)}">{spec.published_at:%H:%M}</time></div></div>
{embed}<div class="post-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>
<div class="react"><button>👍</button><button>😮</button><button>😢</button><button class="share">مشاركة</button></div></main>
<aside class="hot"><h3>الأكثر تفاعلاً</h3><ol>{rows}</ol></aside>
<div class="push-prompt"><p>{push}</p><button>نعم</button><button>لاحقاً</button></div>
<footer><p>{esc(foot)}</p></footer></div><script async src="https://platform.x.example/widgets.js"></script></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
