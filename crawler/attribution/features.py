"""The features of a clue: what kind of clue it is, where it sits, what surrounds it.

Every clue (a name in a block, a link, a logo, a metadata value, the URL, a dateline) is described by the same
named features in [0, 1], and the model (``crawler.attribution.model``) turns them into one probability that
the clue names the outlet that first published the page's story. No feature is a phrase: cue words, places
and shapes are what real credits share across sites and languages.
"""

from __future__ import annotations

import itertools
import re

from crawler.attribution import cues
from crawler.cleaning.boilerplate import boilerplate_kind
from crawler.items import PageBlock

FEATURES: tuple[str, ...] = (
    # what kind of clue
    "kind_text",  # a registered name in a block's text
    "kind_cue_value",  # an unregistered name read after a credit cue ("Source: X")
    "kind_link",  # a link whose target is the outlet's site
    "kind_logo",  # an image link to the outlet's site
    "kind_meta_strong",  # isBasedOn, original-source, syndication-source, dc.source ...
    "kind_meta_weak",  # publisher/author organisation, og:site_name, citation_publisher naming another outlet
    "kind_canonical",  # canonical / og:url / JSON-LD url on the outlet's site
    "kind_url_slug",  # the copy's own URL names the outlet (/<slug>/<id>)
    "kind_dateline",  # "CITY (Agency) -"
    "kind_byline",  # a byline naming the outlet
    # where its block sits
    "at_head",  # inside the article, before the body (meta line, under the title)
    "at_tail",  # inside the article, after the body
    "at_body_edge",  # the body's first or last paragraph
    "at_body_mid",  # a body paragraph in the middle (prose)
    "at_body_inner",  # a block between body paragraphs that is not one (a credit box, a widget)
    "at_outside",  # outside the article container (page chrome)
    "in_aside",
    "in_header_nav",
    "in_footer",
    "near_title",
    # what surrounds it
    "cue_adjacent",  # a strong cue right before the name ("Source: X", "via X", "نقلاً عن X"), or its label
    "cue_strong",  # a strong cue ("source", "via", "نقلاً", "publié") a few words before the name
    "cue_weak",  # "from", "by", "عن", "حقوق" ...
    "cue_after",  # a strong cue right after the name ("X, republished with permission", "X حصريًا")
    "credit_heading",  # the section heading or label is a credit word ("عن المصدر", "Source")
    "credit_marks",  # class/id words: source, credit, provider, origin ...
    "credit_slot",  # the site's learned template: this slot shows each page's source
    "slot_span",  # an inline element of the line, marked as the source's slot, holds the name and nothing else
    "list_heading",  # the section heading says related / most read / partners / more news
    "list_item",  # one of several similar siblings (a list item, a card)
    "list_mixed",  # its list names several different outlets
    "link_cluster",  # the block links to three or more other sites (a partners strip, a logo wall)
    "chrome_marks",  # class/id words: related, ticker, share, promo ...
    "boilerplate",  # the block is a known prompt: newsletter, follow us, share, next story, ticker
    "reporting",  # a reporting verb right around the name ("said", "according to", "نقلت")
    "photo",  # a caption or photo credit ("صورة أرشيفية - رويترز", "Photo: AFP")
    "short_block",  # the block is short (a line, not prose)
    "prose",  # the block is a long sentence or paragraph
    "name_only",  # the block (or link text) is little more than the name
    "repeated",  # the same block recurs on the site's other pages (learned template)
    # the name itself
    "registered",
    "one_token",  # a one-word name (often an ordinary word: الخبر، اليوم، Metro)
    "bare_word",  # a one-word name with no cue, label or credit box around it: most likely just a word
    "from_domain",  # named only by a domain
    "link_article",  # a link to an article-like URL on the outlet's site
    "link_home",  # a link to the outlet's home page
    "domain_shown",  # the block prints the link target's domain or URL
    "in_title",  # the link's block repeats the page's headline (a preview card of the same story)
    # structure, whatever the wording
    "onsite_story_link",  # the block links to another article of the crawled site (a card of another story)
    "single_offsite",  # every off-site link of the block leads to the clue's outlet
    "sole_offsite_article",  # the clue's link is the only other site whose articles the page links to
    "above_title",  # a block just above the headline (a kicker, a publication badge), outside the header
    "site_rights",  # a rights notice outside the article ("© 2026 X", "جميع الحقوق محفوظة لـ X"): the site's own
    "disclaimer",  # the block disclaims responsibility ("n'est pas responsable", "لا يتحمل مسؤولية"): a credit note
    "unknown_outside",  # a name the registry does not know, read outside the article container
    "unknown_one_word",  # a one-word name the registry does not know ("Bias", "Region", "التعليقات")
    "platform_credit",  # "Powered by X", "تصميم وبرمجة X": the site's software or its web agency
    "agent_cue",  # the name is the agent of "published by" / "نشر بواسطة" / "publié par": a post's author slot
    "inline_mention",  # the name sits inside a sentence of the block, with no credit cue: prose citing it
    "embedded",  # an embedded post or quotation (tweet, blockquote): it quotes its author, it credits nobody
    "self_reference",  # the block speaks of the article itself ("this story", "هذا الخبر", "cet article")
    "data_widget",  # a sidebar box of figures (prices, weather, scores): its "Source:" is the data's
    "source_card",  # a box under one heading about one outlet: its name and a link to its own site
    "licence_notice",  # the block is a licence/republication notice (a Creative Commons link or licence name)
    "story_card",  # one of several items linking to the site's other stories, not this one (a coverage list)
)
INDEX = {name: i for i, name in enumerate(FEATURES)}

_PLACE = {
    "head": "at_head",
    "tail": "at_tail",
    "body_first": "at_body_edge",
    "body_last": "at_body_edge",
    "body_mid": "at_body_mid",
    "body_inner": "at_body_inner",
    "before": "at_outside",
    "after": "at_outside",
}
_ZONE = {"aside": "in_aside", "header": "in_header_nav", "nav": "in_header_nav", "footer": "in_footer"}


def block_features(block: PageBlock, place: str) -> dict[str, float]:
    """What a block's place and surroundings say, for any clue found in it."""
    f: dict[str, float] = {}
    f[_PLACE.get(place, "at_outside")] = 1.0
    zone = _ZONE.get(block.zone)
    if zone:
        f[zone] = 1.0
    if block.near_title:
        f["near_title"] = 1.0
    if block.repeated:
        f["repeated"] = 1.0
    if block.credit_slot:
        f["credit_slot"] = 1.0
    heading = block.label or block.heading
    if (block.heading and cues.is_list_heading(block.heading)) or cues.opens_with_list_words(block.text):
        f["list_heading"] = 1.0  # "More sources", "أخبار ذات صلة", "Read also:": a list, whatever it names
    elif heading and cues.is_credit_heading(heading):
        f["credit_heading"] = 1.0
    if block.siblings >= 3:
        f["list_item"] = 1.0
    marks = set(block.marks)
    if marks & cues.CREDIT_MARKS:
        f["credit_marks"] = 1.0
    if marks & cues.CHROME_MARKS:
        f["chrome_marks"] = 1.0
    tokens = cues.fold_tokens(block.text)
    kind = boilerplate_kind(block.text)
    if kind not in (None, "credit", "copyright"):
        f["boilerplate"] = 1.0
    if len(tokens) <= 60 and cues.has_any(tokens, cues.RESPONSIBILITY):
        f["disclaimer"] = 1.0
    if place in ("before", "after") and (
        kind == "copyright" or (cues.has_any(tokens, cues.RIGHTS) and cues.has_any(tokens, cues.RESERVED))
    ):
        f["site_rights"] = 1.0
    if _embedded(block):
        f["embedded"] = 1.0
    if _LICENCE.search(block.text) or any("creativecommons.org" in link.href for link in block.links):
        f["licence_notice"] = 1.0  # "under a CC BY-ND licence", a link to the licence: a republication notice
    if self_reference(tokens):
        f["self_reference"] = 1.0
    offsite = {link.href.split("/")[2] for link in block.links if link.href.count("/") >= 2}
    if len(block.links) >= 3 and len(offsite) >= 3:
        f["link_cluster"] = 1.0
    if len(tokens) <= 14:
        f["short_block"] = 1.0
    elif len(tokens) > 30:
        f["prose"] = 1.0
    if (
        block.tag == "figcaption"
        or {"caption", "photo", "figure"} & marks
        or (
            len(tokens) <= 10
            and (
                cues.has_any(tokens, cues.PHOTO)
                # "Jane Doe/Reuters" is a photo credit; "by Newsroom / Global News" is a byline
                or (cues.PHOTO_SHAPE.search(block.text) and not cues.has_any(tokens[:1], cues.BYLINE))
            )
        )
    ):
        f["photo"] = 1.0
    return f


_LICENCE = re.compile(
    r"creative\s*commons|\bCC[\s-]?BY\b|\bCC0\b|المشاع\s+الإبداعي|المشاع\s+الابداعي|licen[cs]e\s+CC", re.I
)
_COMMENT_WORDS = cues._set(
    "تعليقات التعليقات تعليق comments comment commentaires commentaire comentarios kommentare yorumlar"
)
_HANDLE = re.compile(r"\(@\w{2,}\)|—\s*[^—]{2,60}\(@\w+\)")
# Embeds and readers' comments: they quote their authors, they credit nobody.
_EMBED_MARKS = frozenset(
    {"twitter-tweet", "instagram-media", "tiktok-embed", "tweet", "embed", "oembed", "comment", "comments",
     "disqus", "replies", "reply"}
)  # fmt: skip


def _embedded(block: PageBlock) -> bool:
    """An embedded post or a quotation: a blockquote, an embed's class, a "— Name (@handle)" signature."""
    return (
        block.tag == "blockquote"
        or bool(re.search(r"(?:^|>)blockquote\b", block.path))
        or bool(set(block.marks) & _EMBED_MARKS)
        or (bool(block.heading) and cues.has_any(cues.fold_tokens(block.heading)[:3], _COMMENT_WORDS))
        or bool(_HANDLE.search(block.text))
    )


def text_features(
    before: tuple[str, ...],
    after: tuple[str, ...],
    block_tokens: int,
    name_tokens: int,
    lead: int | None = None,
    trail: int | None = None,
) -> dict[str, float]:
    """Cue words in the few tokens before a name (and reporting verbs on either side); ``lead``/``trail``: the
    block's words before and after the name, when known."""
    f: dict[str, float] = {}
    near = tuple(t for t in before[-4:] if not cues.has_any((t,), cues.FILLER))[-2:]
    if cues.cue_strength(near) >= 1.0:
        f["cue_adjacent"] = 1.0
    # In a line, a cue anywhere before the name counts ("Republished by X with permission from Y").
    strength = cues.cue_strength(before[-6:] if block_tokens > 20 else before)
    if strength >= 1.0:
        f["cue_strong"] = 1.0
    elif strength > 0:
        f["cue_weak"] = 1.0
    # "said", "according to" cite someone in prose; in a short line closing the story ("وفقاً لما أورده موقع X")
    # they are the credit.
    if cues.has_any(before[-4:], cues.PLATFORM):
        f.pop("cue_adjacent", None)
        f.pop("cue_strong", None)
        f["platform_credit"] = 1.0  # "Powered by X", "تصميم وتطوير X": the site's software or web agency
    if block_tokens > 12 and (
        cues.has_any(before[-4:], cues.REPORTING) or cues.has_any(after[:3], cues.REPORTING)
    ):
        f["reporting"] = 1.0
    elif cues.has_any(after[:3], cues.AFTER):
        f["cue_after"] = 1.0
    if block_tokens <= name_tokens + 3:
        f["name_only"] = 1.0  # the block is the name, maybe with a label or a time
    elif (
        lead is not None
        and trail is not None
        and block_tokens >= 8
        and (lead >= 6 or (lead >= 3 and trail >= 2))
        and not any(f.get(k) for k in ("cue_adjacent", "cue_strong", "cue_after"))
    ):
        # "The plan follows a report in X on transit gaps", "He previously worked for X": a sentence that
        # mentions the outlet, with no cue saying the story comes from it.
        f["inline_mention"] = 1.0
    return f


# "This story", "هذا الخبر", "cet article": a line about the article itself (a credit in any wording).
_SELF_NOUNS = cues._set(
    "story article piece report post content news item الخبر المقال المقاله الموضوع المحتوي التقرير الماده "
    "article papier contenu dépêche artículo nota noticia contenido artikel beitrag text meldung articolo"
)


def self_reference(tokens: tuple[str, ...]) -> bool:
    """The block speaks of the article itself: a demonstrative right before an article noun."""
    return any(
        cues.has_any((a,), cues.DEMONSTRATIVES) and cues.has_any((b,), _SELF_NOUNS)
        for a, b in itertools.pairwise(tokens)
    )


# Context that lets a one-word name count as a name.
_NAMING = (
    "cue_strong",
    "cue_adjacent",
    "cue_after",
    "name_only",
    "credit_heading",
    "credit_marks",
    "credit_slot",
)


def finish(features: dict[str, float]) -> dict[str, float]:
    """Derived features, computed the same way for every clue."""
    if features.get("one_token") and features.get("kind_text") and not any(features.get(k) for k in _NAMING):
        features["bare_word"] = 1.0
    if (
        features.get("self_reference")
        or features.get("licence_notice")
        or features.get("at_head")
        or features.get("near_title")
        or features.get("kind_logo")
    ):
        # a sentence about the article itself is its credit; the lines by the headline are meta lines
        # ("Par X · via Y · 3 min"), not sentences; a logo has no sentence around it
        features.pop("inline_mention", None)
    if features.get("kind_cue_value") and not features.get("from_preposition"):
        # "تم نشر هذا الخبر على نطاق واسع" (widely): an unknown name needs its own cue, not the line's topic;
        # "تم نقل هذا الخبر من X" names where the article came from
        features.pop("self_reference", None)
    if features.get("at_body_mid") and features.get("prose"):
        # "… la noticia publicada por la Cadena SER …": a long paragraph in the story's middle cites its own
        # sources; a cue word there is no credit line
        features.pop("cue_strong", None)
        features.pop("cue_adjacent", None)
    if features.get("kind_cue_value") and not features.get("registered"):
        # only the page vouches for the name
        if features.get("at_outside"):
            features["unknown_outside"] = 1.0
        if features.get("one_token"):
            features["unknown_one_word"] = 1.0
    return features


def vector(features: dict[str, float]) -> list[float]:
    out = [0.0] * len(FEATURES)
    for name, value in features.items():
        if name in INDEX:  # descriptive flags ("wire") are shown in evidence but not scored
            out[INDEX[name]] = value
    return out
