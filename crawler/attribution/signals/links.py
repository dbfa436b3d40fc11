"""Links and logos pointing off the site: to a registered outlet's domain, or to any other site.

A link names the outlet at its target: the registry's record for the domain, else an unverified outlet named
from the link's text or image alt (when they read like a name), else the domain itself. Share buttons, app
stores and trackers are never an outlet. Whether a link is the page's credit ("Read the original", a logo in
the meta line) or a distractor (a partners strip, a related list) is left to the model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from crawler.attribution import cues
from crawler.attribution.context import AttributionContext, host_of, squash
from crawler.attribution.features import block_features, text_features
from crawler.attribution.names import clean_name, evidence
from crawler.attribution.translit import arabic_matches_latin
from crawler.dedup.urls import registered_domain
from crawler.items import Evidence, PageBlock

# Hosts that are never a story's original (share buttons, app stores, trackers, CDNs, link shorteners).
NEVER = (
    "facebook.com", "fb.com", "fb.me", "twitter.com", "x.com", "t.me", "telegram.me", "telegram.org",
    "youtube.com", "youtu.be", "instagram.com", "whatsapp.com", "wa.me", "tiktok.com", "linkedin.com",
    "pinterest.com", "reddit.com", "tumblr.com", "vk.com", "snapchat.com", "threads.net", "bsky.app",
    "google.com", "goo.gl", "apple.com", "play.google.com", "apps.apple.com", "feedburner.com", "bit.ly",
    "tinyurl.com", "ow.ly", "doubleclick.net", "googletagmanager.com", "google-analytics.com",
    "googlesyndication.com", "gstatic.com", "cloudfront.net", "akamaihd.net", "addthis.com", "sharethis.com",
    "disqus.com", "outbrain.com", "taboola.com", "w3.org", "schema.org", "creativecommons.org",
    "wordpress.org", "gravatar.com", "wikipedia.org", "mailchimp.com", "flickr.com", "soundcloud.com",
    "spotify.com", "amazon.com", "microsoft.com", "mozilla.org", "cookiebot.com", "onetrust.com",
    "blogger.com", "wix.com", "squarespace.com", "ghost.org", "jetpack.com", "addtoany.com", "statcounter.com",
    "feedly.com", "cloudflare.com",
)  # fmt: skip
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_NAME_LIKE = re.compile(r"^[^\d\n]{2,60}$")
_ARABIC = re.compile("[\u0621-\u064a]")
_LOGO_WORD = re.compile(r"\b(?:logo|logotype|icon)\b|شعار", re.I)


@lru_cache(maxsize=8192)
def ignored_host(host: str) -> bool:
    return not host or "." not in host or any(host == h or host.endswith("." + h) for h in NEVER)


def is_home(url: str) -> bool:
    path = urlsplit(url).path
    return path in ("", "/") or bool(
        re.fullmatch(r"/(?:[a-z]{2}(?:-[a-z]{2})?|index\.\w+|home)/?", path, re.I)
    )


def is_article_url(url: str) -> bool:
    """A URL that looks like one story's page: a numeric id, a long slug, a dated path, an .html page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if is_home(url) or not path:
        return False
    segments = [s for s in path.split("/") if s]
    last = segments[-1] if segments else ""
    return bool(
        re.search(r"\d{4,}", path)
        or last.count("-") >= 2
        or re.search(r"\.(?:s?html?|php|aspx?)$", last)
        or len(segments) >= 3
        or "id=" in parts.query
    )


def _after_read_on(text: str) -> str:
    """ "Read full article at The Riverside Chronicle" -> "The Riverside Chronicle"."""
    words = text.split()
    i = 0
    while i < len(words) and cues.has_any(
        cues.fold_tokens(words[i]), cues.READ_ON | cues.WEAK | cues.PREPOSITIONS
    ):
        i += 1
    return " ".join(words[i:]) if 0 < i < len(words) else ""


def _link_name(text: str, alt: str, host: str) -> tuple[str, bool]:
    """(name, from_domain): the link's text or image alt when it reads like a name, else the domain."""
    for raw in (alt, text, _after_read_on(text)):
        name = clean_name(_LOGO_WORD.sub(" ", raw))
        words = name.split()
        if (
            name
            and _NAME_LIKE.match(name)
            and 1 <= len(words) <= 5
            and not cues.has_any(cues.fold_tokens(name), cues.STRONG | cues.WEAK | cues.LIST_WORDS)
            and name.lower() not in ("logo", "image", "img", "شعار", "صورة")
        ):
            return name, False
    return registered_domain(host) or host, True


def links_and_logos(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    profile_links = [
        (
            PageBlock(index=-100 - i, text=text, tag="a", zone="article", position="tail", marks=("source",)),
            href,
            text,
        )
        for i, (href, text, where) in enumerate(ctx.extracted.source_links)
        if where == "credit"
    ]
    seen: set[tuple[str, int]] = set()
    # The story's headline: the page's title, or a short first paragraph (a post whose first line heads it).
    firsts = [b.text for b in ctx.extracted.blocks if b.position == "body"][:3]
    heads = [ctx.extracted.title or "", *(t for t in firsts if len(t.split()) <= 25)]
    headlines = {squash(h)[:60] for h in heads if len(h) >= 15}
    items = [
        (b, link.href, link.text, link.image_alt, link.has_image, link.image_only)
        for b in ctx.extracted.blocks
        for link in b.links
    ]
    items += [(b, href, text, "", False, False) for b, href, text in profile_links]
    for block, href, text, alt, has_image, image_only in items:
        host = host_of(href)
        if ignored_host(host) or ctx.is_site_host(host) or (href, block.index) in seen:
            continue
        seen.add((href, block.index))
        record = ctx.record_for_host(host)
        if record is not None and record.kind == "aggregator":
            continue
        if image_only and record is None:
            continue  # images come from CDNs of every kind; only an outlet's own server names the outlet
        if record is None:
            name, from_domain = _link_name(text, alt, host)
            domain = registered_domain(host)
        else:
            name, from_domain, domain = record.name, False, record.domain
        if ctx.names_site(record, name, domain):
            continue
        place = ctx.block_place(block)
        feats = block_features(block, place)
        feats["kind_logo" if has_image and not text.strip() else "kind_link"] = 1.0
        if from_domain:
            feats["from_domain"] = 1.0
        feats["link_home" if is_home(href) else "link_article"] = (
            1.0 if is_home(href) or is_article_url(href) else 0.0
        )
        anchor = cues.fold_tokens(_URL.sub(" ", text))
        block_tokens = cues.fold_tokens(_URL.sub(" ", block.text))  # a printed URL is one word, not twenty
        label = cues.fold_tokens(block.label or block.heading)
        # The cue may be the anchor itself ("Read the original"), or the words before it ("Source: <a>").
        before = label + _before(block.text, text) + anchor
        lead = len(_before(block.text, text))
        trail = max(0, len(block_tokens) - lead - len(anchor))
        feats.update(text_features(before, (), len(block_tokens), max(1, len(anchor)), lead, trail))
        flat = squash(block.text)
        if block.position != "title" and any(h in flat and flat[:60] != h for h in headlines):
            feats["in_title"] = 1.0  # a link card repeating this story's headline: the story's other home
        if domain and domain.lower() in block.text.lower():
            # "9news.com.au/world/…", "(reuters.com)": the page prints where the link leads.
            feats["domain_shown"] = 1.0
        if place in ("tail", "head", "body_inner", "body_last") and cues.has_any(anchor, cues.READ_ON):
            feats["cue_adjacent"] = 1.0  # "Read the full story", "للمزيد اضغط هنا": the link is the credit
        resembles = _resembles(name, host)
        if record is None:
            if resembles and not from_domain:
                feats["name_only"] = 1.0
            # Any page links to many other sites (sister titles, job boards, login pages, ads): an
            # unregistered site is a candidate only where the page presents it as a source.
            read_on = place in ("tail", "head", "body_inner", "body_last") and cues.has_any(
                anchor, cues.READ_ON
            )
            presented = (
                read_on or feats.get("cue_strong") or feats.get("credit_heading") or feats.get("credit_marks")
            )
            logo = has_image and not text.strip() and place in ("head", "tail", "body_inner")
            if not (presented or (resembles and not from_domain) or logo):
                continue
        out.append(
            evidence(
                "link",
                href,
                record,
                name,
                url=None if image_only else href,  # an image's source is no article URL
                domain=domain,
                where=f"block {block.index} {place}/{block.zone}",
                features=feats,
                block=block.index,
            )
        )
    return out


def _resembles(name: str, host: str) -> bool:
    """The name and the host are spelled alike: "Harbor Ledger" ~ harborledger.example, "La Gazette du
    Littoral" ~ gazette-littoral.example (every word of the host's label is in the name)."""
    flat = squash(name)
    label = host.split(".")[0]
    if not flat or not label:
        return False
    if _ARABIC.search(name) and arabic_matches_latin(name, label):
        return True  # "منبر الساحل" ~ minbar-sahel.example: the domain transliterates the name
    if flat in squash(host) or squash(label) in flat:
        return True
    parts = [p for p in re.split(r"[-_\d]+", label.lower()) if len(p) >= 3]
    return len(parts) >= 2 and all(p in flat for p in parts)


def _before(block_text: str, anchor_text: str) -> tuple[str, ...]:
    """The words of the block before the anchor text (all of them when the anchor is not found), printed
    URLs left out."""
    anchor_text = anchor_text.strip()
    at = block_text.find(anchor_text) if anchor_text else -1
    return cues.fold_tokens(_URL.sub(" ", block_text[:at] if at >= 0 else block_text))
