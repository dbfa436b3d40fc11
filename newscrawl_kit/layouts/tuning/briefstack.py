"""An English news app's web pages built with CSS-in-JS (styled-components/emotion class names that say nothing):
the furniture of a story page carries no telling class word, only its shape. Inside the story column: a "read
also" card between paragraphs (linked title and a one-line teaser), a sign-up box for the daily briefing (text,
e-mail field, button), a quoted tweet that is part of the story, an editor's note about the article, a row of
share buttons, a row of topic links, a comment count, an author card with a bio sentence, and the app's own
subscription prompt. Credits: a source link, a "read the full story" button, JSON-LD ``isBasedOn``."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld


class BriefStack(Layout):
    name = "briefstack"
    language = "en"
    host = "www.briefstack-app.example"
    site_name = "BriefStack"
    families = ("source_link", "read_original", "jsonld")
    notes = "hashed class names everywhere: inline card, briefing sign-up, tweet embed, topics/share rows, author card"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/s/{n * 7 % 99991:05d}-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        line = after = ""
        exposes = False
        writer = rng.choice(["Tom Hargreaves", "Aisha Karim", "Lena Ortiz"])
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": writer},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if spec.family == "source_link":
            line = (
                f'<div class="sc-kAzzGY">{rng.choice(["From", "Source"])} '
                f'<a class="sc-chPdSV" href="{esc(src.article_url)}">{esc(src.name)}</a></div>'
            )
            exposes = True
        elif spec.family == "read_original":
            label = rng.choice([f"Read the full story on {src.name}", "Read the original article"])
            after = f'<a class="sc-bwzfXH" role="button" href="{esc(src.article_url)}">{esc(label)}</a>'
            exposes = True
        elif spec.family == "jsonld":
            ld["isBasedOn"] = {
                "@type": "NewsArticle",
                "url": src.article_url,
                "publisher": {"@type": "Organization", "name": src.name},
            }
            exposes = True
        paragraphs = list(spec.paragraphs)
        card_t, teaser_t = spec.teasers[0], spec.teasers[1]
        teaser = f"{' '.join(teaser_t.title.split()[:7])}: the key numbers behind the week's biggest move"
        card = (
            f'<div class="sc-htpNat"><a class="sc-bxivhb" href="{esc(card_t.url)}"><img src="/img/t{spec.seed}.webp" alt="">'
            f'</a><div class="sc-ifAKCX"><div class="sc-EHOje">Read also</div><a class="sc-bZQynM" href="{esc(card_t.url)}">'
            f'{esc(card_t.title)}</a><div class="sc-gzVnrw">{esc(teaser)}</div></div></div>'
        )
        chrome += [card_t.title, teaser]
        signup = "Get the BriefStack morning briefing: five stories that matter, in your inbox at 7am"
        signup_html = (
            f'<div class="sc-htoDjs"><div class="sc-dnqmqq">{esc(signup)}</div><form class="sc-iwsKbI">'
            '<input type="email" placeholder="you@example.com"><button type="submit">Sign up</button></form></div>'
        )
        chrome.append(signup)
        handle = rng.choice(["CityTransit", "StatsOffice", "MetOffice"])
        tweet = f"Update on {' '.join(s.title.split()[:6])}: more details will follow later today."
        tweet_html = (
            f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(tweet)}</p>&mdash; Official account '
            f'(@{handle}) <a href="https://twitter.com/{handle}/status/{1700000000000000000 + spec.seed * 13}">'
            f"{spec.published_at:%B %d, %Y}</a></blockquote>"
        )
        note = None
        if rng.random() < 0.6 and len(paragraphs) >= 2:
            lead = " ".join(paragraphs[1].split()[:6]).rstrip(",;:.")
            note = (
                f'Editor\'s note: this article has been updated to correct the passage that begins "{lead}", '
                "which misstated a figure."
            )
        body_html = ""
        body: list[str] = []
        for i, p in enumerate(paragraphs):
            body_html += f'<p class="sc-jTzLTM">{esc(p)}</p>'
            body.append(p)
            if i == 0:
                body_html += tweet_html
                body.append(tweet)
            if i == 1 and len(paragraphs) >= 3:
                body_html += card
            if i == len(paragraphs) - 2:
                body_html += signup_html
        if note:
            body_html += f'<div class="sc-fjdhpX"><em>{esc(note)}</em></div>'
            body.append(note)
        share = "Share: Facebook Twitter WhatsApp Copy link"
        share_html = (
            '<div class="sc-jzJRlG">Share: '
            + " ".join(
                f'<a class="sc-cSHVUG" href="/share/{w.split()[0].lower()}">{w}</a>'
                for w in ("Facebook", "Twitter", "WhatsApp", "Copy link")
            )
            + "</div>"
        )
        topics = (
            ["Economy", "Transport", "Cities"] if rng.random() < 0.5 else ["Politics", "Energy", "Weather"]
        )
        topic_row = "Topics: " + " ".join(topics)
        topic_html = (
            '<div class="sc-kgoBCf">Topics: '
            + " ".join(f'<a class="sc-kGXeez" href="/topic/{t.lower()}">{t}</a>' for t in topics)
            + "</div>"
        )
        comments = f"{rng.randint(2, 300)} comments · Add yours"
        bio = (
            f"{writer} writes about cities and the economy for BriefStack. "
            f"{writer.split()[0]} was previously a reporter at a national daily."
        )
        author_html = (
            f'<div class="sc-kpOJdX"><img src="/people/{writer.split()[0].lower()}.jpg" alt="">'
            f'<div class="sc-dxgOiQ"><a href="/people/{writer.split()[0].lower()}">{esc(writer)}</a></div>'
            f'<div class="sc-ckVGcZ">{esc(bio)}</div></div>'
        )
        prompt = "Enjoying BriefStack? Subscribe for unlimited stories and support our journalism"
        prompt_html = f'<div class="sc-jKJlTe">{esc(prompt)} <a href="/subscribe">Subscribe</a></div>'
        chrome += [share, topic_row, comments, bio, prompt]
        return Rendered(
            f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body><div id="__next">
<div class="sc-bdVaJa"><a class="sc-bwzfXH-logo" href="/">{self.site_name}</a><a href="/latest">Latest</a><a href="/topics">Topics</a></div>
<main class="sc-gqjmRU"><h1 class="sc-VigVT">{esc(s.title)}</h1>{line}
<div class="sc-jWBwVP">By {esc(writer)} · <time datetime="{iso(spec.published_at)}">{spec.published_at:%b %d, %Y}</time> · <a href="#comments">{esc(comments)}</a></div>
<div class="sc-brqgnP">{body_html}</div>{after}
{share_html}{topic_html}{author_html}{prompt_html}
<div id="comments" class="sc-cMljjf"></div></main></div></body></html>""",
            exposes,
            tuple(c for c in chrome if len(c) >= 20),
            tuple(body),
        )
