"""Resolution: every clue scored by the model, clues grouped per outlet, one answer or an honest "unknown".

Three roles stay apart: the site where the copy was found (never the answer), the outlet whose copy it is,
and a wire agency that outlet credits (aggregator -> outlet -> agency). A credited name the registry does not
know becomes an unverified outlet under that name (with the domain its link points at, when it has one).
Below the model's threshold the page answers unknown: an uncredited copy is never given a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from crawler.attribution import cues
from crawler.attribution.context import AttributionContext, host_of, squash
from crawler.attribution.model import Model, default_model
from crawler.attribution.signals import SIGNALS, Signal
from crawler.attribution.signals.cue_values import credit_headed
from crawler.attribution.signals.links import ignored_host, is_article_url, is_home
from crawler.attribution.signals.url_slug import slug_keys
from crawler.dedup.urls import registered_domain
from crawler.furniture import story_marks
from crawler.items import Attribution, Evidence, Extracted, PageBlock
from crawler.outlets.normalize import normalize_name
from crawler.outlets.registry import OutletRegistry
from crawler.sites.profile import SiteProfile

# Clue kinds that carry the original's own URL, best first.
_URL_RANK = ("kind_meta_strong", "kind_canonical", "kind_link", "kind_logo", "kind_meta_weak")
_LISTED = ("list_heading", "list_item", "list_mixed")


@dataclass(slots=True)
class Candidate:
    name: str
    domain: str | None
    registered: bool
    wire: bool
    clues: list[Evidence] = field(default_factory=list)
    score: float = 0.0

    def key(self) -> str:
        return normalize_name(self.name)


def attribute(
    extracted: Extracted,
    site: str,
    profile: SiteProfile | None,
    registry: OutletRegistry,
    signals: Sequence[Signal] = SIGNALS,
    model: Model | None = None,
) -> Attribution:
    """Who originally published ``extracted`` (found on ``site``), with every clue considered and its score."""
    ctx, found = gather(extracted, site, profile, registry, signals)
    return decide(ctx, found, model)


def gather(
    extracted: Extracted,
    site: str,
    profile: SiteProfile | None,
    registry: OutletRegistry,
    signals: Sequence[Signal] = SIGNALS,
) -> tuple[AttributionContext, list[Evidence]]:
    """Every clue of the page, with its features, before any model scores it (what training reads)."""
    ctx = AttributionContext.build(extracted, site, profile, registry)
    found = [ev for signal in signals for ev in signal(ctx)]
    found = _mark_mixed_lists(ctx, [*found, *_slug_matches(ctx, found)])
    return ctx, _mark_structure(ctx, found)


def _offsite(ctx: AttributionContext, href: str) -> str | None:
    host = host_of(href)
    if not host or ctx.is_site_host(host) or ignored_host(host):
        return None
    return registered_domain(host) or host


def _story_chrome_words(
    ctx: AttributionContext, blocks: dict[int, PageBlock], found: list[Evidence]
) -> list[Evidence]:
    """A chrome word that the story's own paragraphs carry too ("<div class="card urgent">" around the whole
    breaking story) describes the article's container, not the clue's block: no chrome_marks from it."""
    story = story_marks(ctx.extracted.blocks) & cues.CHROME_MARKS
    if not story:
        return found
    out = []
    for ev in found:
        b = blocks.get(ev.block)
        feats = dict(ev.features)
        if feats.get("chrome_marks") and b is not None and not (set(b.marks) - story) & cues.CHROME_MARKS:
            feats.pop("chrome_marks")
            ev = replace(ev, features=tuple(sorted(feats.items())))
        out.append(ev)
    return out


def _mark_structure(ctx: AttributionContext, found: list[Evidence]) -> list[Evidence]:
    """Features of a clue's block that no wording carries: the block is a card of another story on this
    site (it links to one of the site's other articles), its off-site links all lead to the clue's outlet,
    the clue's link is the one article of another site the page links to, the block sits just above the
    headline."""
    blocks = {b.index: b for b in ctx.extracted.blocks}
    found = _story_chrome_words(ctx, blocks, found)
    page = squash(ctx.page_url.split("#")[0])
    canonical = squash(ctx.extracted.canonical_url or "")
    # Registrable domains of the other sites whose articles the page links to (a related list of outlet
    # URLs names several; a credit names one).
    article_domains = {
        d
        for b in ctx.extracted.blocks
        for link in b.links
        if not link.image_only and is_article_url(link.href) and (d := _offsite(ctx, link.href))
    }
    title_at = next((b.index for b in ctx.extracted.blocks if b.position == "title"), None)
    headline = squash(ctx.extracted.title or "")[:60] if len(ctx.extracted.title or "") >= 15 else ""
    headed = credit_headed(ctx)
    # A line about the article itself credits the one outlet it names; naming two, it is a longer note
    # ("first published by X, copied automatically without the editors of Y") and says nothing alone.
    named: dict[int, set[str]] = {}
    for ev in found:
        # an unknown single word read after "عن"/"from" ("عن محتواه", about its content) names nobody
        if ev.outlet and ev.block >= 0 and (ev.registered or not dict(ev.features).get("one_token")):
            named.setdefault(ev.block, set()).add(normalize_name(ev.outlet))
    cards = _source_cards(ctx, found)
    data_boxes = _data_widgets(ctx)
    out = []
    for ev in found:
        b = blocks.get(ev.block)
        extra: dict[str, float] = {}
        if ev.block in cards.get(normalize_name(ev.outlet or ""), ()):
            extra["source_card"] = 1.0
        if ev.block in data_boxes:
            extra["data_widget"] = 1.0
        feats = dict(ev.features)
        if feats.get("self_reference") and len(named.get(ev.block, ())) > 1:
            feats.pop("self_reference")
            ev = replace(ev, features=tuple(sorted(feats.items())))
        if ev.block in headed and not dict(ev.features).get("list_heading"):
            extra["credit_heading"] = 1.0  # the line under a "Source" box title
        if b is not None:
            for link in b.links:
                if link.image_only:
                    continue
                host = host_of(link.href)
                flat = squash(link.href.split("#")[0])
                if ctx.is_site_host(host) and is_article_url(link.href) and flat not in (page, canonical):
                    extra["onsite_story_link"] = 1.0
            if (
                extra.get("onsite_story_link")
                and b.siblings >= 2
                and not (headline and headline in squash(b.text))
            ):
                # One of several items, each a link to another of the site's stories under the outlet that
                # ran it ("All sources: AP — <other headline>"): a list of other stories, whatever its heading.
                extra["story_card"] = 1.0
            domains = {d for link in b.links if not link.image_only and (d := _offsite(ctx, link.href))}
            if ev.domain and domains == {registered_domain(ev.domain) or ev.domain}:
                extra["single_offsite"] = 1.0
            if (
                b.position == "before"
                and b.zone not in ("header", "nav", "footer")
                and title_at is not None
                and 0 < title_at - b.index <= 8
            ):
                extra["above_title"] = 1.0
        if (
            ev.url
            and ev.method == "link"
            and is_article_url(ev.url)
            and len(article_domains) == 1
            and _offsite(ctx, ev.url) in article_domains
        ):
            extra["sole_offsite_article"] = 1.0
        if extra:
            merged = {**dict(ev.features), **extra}
            if merged.get("sole_offsite_article") and merged.get("cue_adjacent") and merged.get("name_only"):
                # A lone "Read more" / "اقرأ المزيد" whose link is the page's only link to another site's
                # article: the way to the original, not a list of other stories or a site prompt.
                for key in _READ_ON_NOT:
                    merged.pop(key, None)
            ev = replace(ev, features=tuple(sorted(merged.items())))
        out.append(ev)
    return out


_READ_ON_NOT = ("list_heading", "boilerplate", "chrome_marks")
_FIGURE = re.compile(r"\d+[.,]\d+|\d\s?[%°٪]|[$€£¥]\s?\d")


def _data_widgets(ctx: AttributionContext) -> set[int]:
    """Blocks of a box outside the article whose other lines are figures (rates, prices, the weather,
    scores): "Source: Bloomberg" under them credits the data, not the story."""
    groups: dict[tuple[str, str], list[int]] = {}
    figures: dict[tuple[str, str], int] = {}
    for b in ctx.extracted.blocks:
        if b.position not in ("before", "after") or not b.heading:
            continue
        key = (b.heading, b.zone)
        groups.setdefault(key, []).append(b.index)
        if _FIGURE.search(b.text) and len(b.text) <= 80:
            figures[key] = figures.get(key, 0) + 1
    return {i for key, idx in groups.items() if figures.get(key, 0) >= 1 for i in idx}


def _source_cards(ctx: AttributionContext, found: list[Evidence]) -> dict[str, set[int]]:
    """Boxes about one outlet: under one heading outside the body, every clue names the same outlet, and
    one of them links to that outlet's own site ("About the publisher: X, x.com"; "عن المصدر"). A related
    list names several outlets, a card of another story links to the site: neither is one."""
    blocks = {b.index: b for b in ctx.extracted.blocks}
    groups: dict[tuple[str, str], list[Evidence]] = {}
    for ev in found:
        b = blocks.get(ev.block)
        if b is None or not b.heading or b.position in ("body", "title") or cues.is_list_heading(b.heading):
            continue
        groups.setdefault((b.heading, b.zone), []).append(ev)
    out: dict[str, set[int]] = {}
    for evs in groups.values():
        names = {normalize_name(ev.outlet or "") for ev in evs}
        if len(names) != 1 or len({ev.block for ev in evs}) > 4:
            continue
        if any(
            dict(ev.features).get(k)
            for ev in evs
            for k in ("onsite_story_link", "list_mixed", "chrome_marks")
        ):
            continue
        if any(ev.method == "link" and ev.domain for ev in evs) and any(ev.method != "link" for ev in evs):
            out.setdefault(names.pop(), set()).update(ev.block for ev in evs)
    return out


def _slug_matches(ctx: AttributionContext, found: list[Evidence]) -> list[Evidence]:
    """The copy's URL carries the slug of an outlet the page names elsewhere ("/harborledger/4411" on a page
    linking to harborledger.example): a URL clue for that outlet too, registered or not."""
    if ctx.site_kind in ("outlet", "wire") or any(ev.method == "own_site" for ev in found):
        return []
    keys = slug_keys(ctx.page_url)
    if not keys:
        return []
    have = {normalize_name(ev.outlet or "") for ev in found if ev.method == "url_slug"}
    out: list[Evidence] = []
    for ev in found:
        if not ev.outlet or normalize_name(ev.outlet) in have:
            continue
        forms = {squash(ev.outlet)}
        if ev.domain:
            forms.add(squash(ev.domain.split(".")[0]))
        if forms & keys:
            have.add(normalize_name(ev.outlet))
            out.append(
                replace(
                    ev,
                    method="url_slug",
                    matched=ctx.page_url,
                    url=None,
                    where="url",
                    block=-1,
                    features=tuple(sorted({"kind_url_slug": 1.0, "name_only": 1.0}.items())),
                )
            )
    return out


def score_candidates(
    registry: OutletRegistry, found: list[Evidence], model: Model
) -> tuple[list[Evidence], list[Candidate]]:
    """The clues scored by the model (own-site clues, aggregators and photo credits left out) and the
    candidates they make, best first."""
    clues = [
        replace(ev, weight=round(model.probability(ev.features), 4))
        for ev in found
        if ev.method != "own_site" and not _names_aggregator(registry, ev) and not _photo_credit(ev)
    ]
    candidates = _group(clues)
    for c in candidates:
        c.score = model.combine((_kind(ev), ev.weight) for ev in c.clues)
    candidates.sort(key=lambda c: (-c.score, -max((e.weight for e in c.clues), default=0)))
    return clues, candidates


def is_wire_only(c: Candidate) -> bool:
    """A wire named only the way outlets credit the wires they use: the agency, not the outlet."""
    return c.wire and all(_agency_style(ev) for ev in c.clues)


def decide(ctx: AttributionContext, found: list[Evidence], model: Model | None = None) -> Attribution:
    """The answer from the gathered clues: each scored by ``model``, grouped per outlet, or unknown."""
    model = model or default_model()
    registry = ctx.registry
    extracted = ctx.extracted
    photo_blocks = {ev.block for ev in found if _photo_credit(ev)}
    own = [ev for ev in found if ev.method == "own_site"]
    clues, candidates = score_candidates(registry, found, model)
    evidence = [*own, *sorted(clues, key=lambda e: -e.weight)]
    credit_paragraphs = _credit_paragraphs(ctx, clues, photo_blocks, model, own=bool(own))
    site_name = _declared_site_name(extracted)
    shown = tuple((c.name, c.domain, round(c.score, 4), c.registered) for c in candidates if c.score >= 0.01)
    common = {
        "evidence": evidence,
        "credit_paragraphs": credit_paragraphs,
        "site_name": site_name,
        "candidates": shown,
        "threshold": model.threshold,
    }

    if own:
        owner = own[0]
        agency = _best(
            [
                c
                for c in candidates
                if c.wire and normalize_name(c.name) != normalize_name(owner.outlet or "")
            ],
            model,
        )
        return Attribution(
            outlet=owner.outlet,
            domain=owner.domain,
            original_url=owner.url,
            agency=agency.name if agency else None,
            method="own_site",
            confidence=1.0,
            verified=True,
            **common,
        )
    # A wire is the agency an outlet credits when only text names it (a dateline, a byline, "المصدر: واس"
    # beside the outlet's credit); a page that links to the wire's story or declares it copied the wire.
    wires = [c for c in candidates if is_wire_only(c)]
    outlets = [c for c in candidates if c not in wires]
    winner = _best(outlets, model)
    agency = _best(wires, model)
    if winner is None and agency is not None:
        winner, agency = agency, None  # only a wire is credited ("(Reuters) -"): the wire is the origin
    if winner is None:
        top = candidates[0].score if candidates else 0.0
        return Attribution(
            outlet=None,
            method="none",
            confidence=round(top, 4),
            **common,
        )
    rivals = [c.score for c in candidates if c is not winner and c is not agency]
    total = winner.score + sum(rivals)
    share = winner.score / total if total > 0 else 1.0
    strongest = max(winner.clues, key=lambda e: e.weight)
    common["credit_paragraphs"] = (*credit_paragraphs, *_deciding_block(ctx, strongest, credit_paragraphs))
    return Attribution(
        outlet=winner.name,
        domain=winner.domain,
        original_url=_original_url(ctx, winner),
        agency=agency.name if agency else None,
        method=strongest.method if strongest.method not in ("text", "link") else _method_of(strongest),
        confidence=round(_capped(winner, model.confidence(winner.score * (0.5 + 0.5 * share)), model), 4),
        verified=winner.registered,
        **common,
    )


# Clue kinds a page cannot produce by mentioning a name: a link to the outlet's site, markup naming it, the
# copy's own URL, a dateline or a byline.
_HARD_KINDS = frozenset({"link", "markup", "url_slug", "dateline", "byline", "signoff"})
TEXT_ONLY_CAP = 0.94  # a registered name read in text only
UNVERIFIED_TEXT_CAP = 0.9  # a name the registry does not know, read in text only


def _capped(winner: Candidate, confidence: float, model: Model) -> float:
    """Text is the easiest evidence to misread on a layout never seen (an author slot, a quoted outlet, a
    widget's title): an answer resting on text alone is never given 0.95 or more, and an unverified name
    read in text alone no more than 0.9, whatever the score."""
    if any(_kind(ev) in _HARD_KINDS for ev in winner.clues if ev.weight >= model.threshold / 2):
        return confidence
    return min(confidence, TEXT_ONLY_CAP if winner.registered else UNVERIFIED_TEXT_CAP)


def _mark_mixed_lists(ctx: AttributionContext, found: list[Evidence]) -> list[Evidence]:
    """Clues in a list whose items name several outlets (a related list, a partners strip) get ``list_mixed``."""
    blocks = {b.index: b for b in ctx.extracted.blocks}
    groups: dict[tuple[str, int, str, tuple[str, ...]], set[str]] = {}

    def key(ev: Evidence) -> tuple[str, int, str, tuple[str, ...]] | None:
        b = blocks.get(ev.block)
        if b is None or b.siblings < 2:
            return None
        return (b.heading, b.siblings, b.zone, b.marks[:2])

    for ev in found:
        k = key(ev)
        if k is not None and ev.outlet:
            groups.setdefault(k, set()).add(normalize_name(ev.outlet))
    out = []
    for ev in found:
        k = key(ev)
        if k is not None and len(groups.get(k, ())) >= 2:
            ev = replace(ev, features=tuple(sorted({**dict(ev.features), "list_mixed": 1.0}.items())))
        out.append(ev)
    return out


def _method_of(ev: Evidence) -> str:
    """A readable method for block clues: "text:tail", "link:head", "logo:head"."""
    feats = dict(ev.features)
    kind = "logo" if feats.get("kind_logo") else ev.method
    place = next(
        (
            k[3:]
            for k in ("at_head", "at_tail", "at_body_edge", "at_body_inner", "at_body_mid", "at_outside")
            if feats.get(k)
        ),
        "page",
    )
    return f"{kind}:{place}"


_BODY = frozenset({"body", "body_inner"})
_CREDIT_SHAPE = ("cue_adjacent", "cue_after", "credit_heading", "credit_marks")


def _credit_paragraphs(
    ctx: AttributionContext, clues: list[Evidence], photo_blocks: set[int], model: Model, *, own: bool
) -> tuple[str, ...]:
    """Blocks of the body that are a credit ("هذا الخبر منشور في X ولا يعبر عن رأي الموقع", "This article is
    republished from X under a Creative Commons license"), a photo caption, or (on another site's copy) the
    site's own notes at the body's ends ("View multimedia content: <site URL>"), not the article's text."""
    blocks = {b.index: b for b in ctx.extracted.blocks}
    out: list[str] = []
    if not own:
        out += [blocks[i].text for i in sorted(ctx.edge_notes) if blocks[i].position in _BODY]
    for ev in clues:
        b = blocks.get(ev.block)
        if b is None or b.position not in _BODY or ev.weight < model.threshold:
            continue
        feats = dict(ev.features)
        if any(feats.get(k) for k in _CREDIT_SHAPE) and len(b.text) <= 400 and not feats.get("kind_dateline"):
            out.append(b.text)
    for index in photo_blocks:
        b = blocks.get(index)
        if b is not None and b.position in _BODY and len(b.text) <= 160:
            out.append(b.text)
    if not own:
        out += _closing_credit(ctx, clues)
    return tuple(dict.fromkeys(out))


_CLOSING_WORDS = 20  # a closing line naming another outlet, at most this long, is a credit
_CLOSING_BODY = 4  # ... when the body has at least this many blocks
# ... unless the name is read as a sentence's word (a story's closing sentence citing a wire), a dateline or
# a photo credit
_NOT_CLOSING_CREDIT = ("inline_mention", "wire", "kind_dateline", "photo")


def _closing_credit(ctx: AttributionContext, clues: list[Evidence]) -> list[str]:
    """The body's last block when it is a short line naming a registered outlet that the rest of the body
    never names: the page's credit however it is worded ('وفقاً لما أورده موقع X', 'Our thanks to X, where this
    ran first'), even when too weak to credit the page, not the story (a story quoting an outlet names it in
    its text, a closing sentence citing a wire reads the name as one of its words)."""
    paragraphs = [p for p in ctx.extracted.body.split("\n\n") if p.strip()]  # chrome already left it
    if len(paragraphs) < _CLOSING_BODY or len(cues.fold_tokens(paragraphs[-1])) > _CLOSING_WORDS:
        return []
    closing = "".join(paragraphs[-1].split())
    last = next(
        (b for b in ctx.extracted.blocks if b.position == "body" and "".join(b.text.split()) == closing), None
    )
    if last is None:
        return []
    rest = cues.fold(" ".join(paragraphs[:-1]))
    for ev in clues:
        if ev.block != last.index or not ev.outlet or not ev.registered or ev.role != "outlet":
            continue
        feats = dict(ev.features)
        if ev.method not in ("text", "cue_value") or any(feats.get(k) for k in _NOT_CLOSING_CREDIT):
            continue
        record = ctx.registry.get(ev.outlet)
        names = {ev.outlet, *(record.all_names if record else ())}
        if not any(cues.fold(n) in rest for n in names if len(n) >= 3):
            return [last.text]
    return []


def _deciding_block(ctx: AttributionContext, ev: Evidence, already: tuple[str, ...]) -> tuple[str, ...]:
    """The short body block that decided the answer ("تم نقل هذا الخبر من موقع X", "View original content at
    X: <url>") is the credit, not the story; a dateline is the story's first sentence and stays."""
    block = next((b for b in ctx.extracted.blocks if b.index == ev.block), None)
    if block is None or block.position not in _BODY or block.text in already:
        return ()
    feats = dict(ev.features)
    edge = feats.get("at_body_edge") or feats.get("at_body_inner")
    if not edge or feats.get("kind_dateline") or len(cues.fold_tokens(block.text)) > 40:
        return ()
    return (block.text,)


_SITE_NAME_KEYS = ("meta:og:site_name", "jsonld:publisher.name", "jsonld:publisher", "meta:application-name")


def _declared_site_name(extracted: Extracted) -> str | None:
    """How the page's own site calls itself: what lets a story recognise an outlet's own page before the
    registry knows the outlet."""
    declared = dict(reversed(extracted.declared))
    for key in _SITE_NAME_KEYS:
        value = declared.get(key)
        if value and not value.startswith(("http://", "https://")) and len(value) <= 120:
            return value
    return None


def _agency_style(ev: Evidence) -> bool:
    """How outlets credit the wires they use: a dateline, a byline, the wire's name in text. A link to the
    wire's own story or markup naming it says the page copied the wire itself."""
    return ev.method in ("dateline", "byline", "signoff", "text", "cue_value")


def _kind(ev: Evidence) -> str:
    """The independent kind of a clue: visible text, a link, markup, the URL, a dateline, a byline."""
    if ev.method in ("text", "cue_value"):
        return "text"
    if ev.method == "link":
        return "link"
    if ev.method in ("jsonld", "meta", "link:canonical") or ev.where.startswith(("jsonld", "meta:", "link:")):
        return "markup"
    return ev.method


def _photo_credit(ev: Evidence) -> bool:
    """A caption or photo credit ("تصوير: أ ف ب", "Jane Doe/Reuters") names who took the picture."""
    return bool(dict(ev.features).get("photo")) and ev.method in ("text", "cue_value")


def _names_aggregator(registry: OutletRegistry, ev: Evidence) -> bool:
    record = registry.get(ev.outlet) if ev.outlet else None
    return record is not None and record.kind == "aggregator"


def _best(candidates: list[Candidate], model: Model) -> Candidate | None:
    ok = [c for c in candidates if c.score >= model.threshold]
    return max(ok, key=lambda c: c.score) if ok else None


def _group(clues: Iterable[Evidence]) -> list[Candidate]:
    """One candidate per outlet: a registered record, or an unverified name, joined with the unknown domain
    its own links point at ("Harbor Ledger" and harborledger.example are one outlet)."""
    by_key: dict[str, Candidate] = {}
    for ev in clues:
        if not ev.outlet:
            continue
        key = normalize_name(ev.outlet)
        c = by_key.get(key)
        if c is None:
            feats = dict(ev.features)
            c = by_key[key] = Candidate(ev.outlet, ev.domain, ev.registered, bool(feats.get("wire")))
        c.clues.append(ev)
        if c.domain is None and ev.domain:
            c.domain = ev.domain
    # Unregistered: a name and a domain-named candidate that match ("Harbor Ledger" ~ harborledger.example).
    named = [c for c in by_key.values() if not c.registered and c.domain is None]
    domains = [c for c in by_key.values() if not c.registered and c.domain and c.name == c.domain]
    for d in domains:
        label = squash(d.domain.split(".")[0]) if d.domain else ""
        for n in named:
            s = squash(n.name)
            if len(s) >= 4 and label and (s in label or label in s):
                n.clues.extend(d.clues)
                n.domain = d.domain
                by_key.pop(normalize_name(d.name), None)
                break
    # A link named from its text ("The Riverside Chronicle" -> riversidechronicle.example) and the same text
    # credited elsewhere are one candidate already (same key); its domain is the link's.
    return list(by_key.values())


def _original_url(ctx: AttributionContext, winner: Candidate) -> str | None:
    """The winner's own article URL: declared (isBasedOn, canonical) or linked, never a home page, never the
    aggregator, and on the winner's domain when the winner has one."""
    best: tuple[bool, int, float, str] | None = None
    for ev in winner.clues:
        if not ev.url:
            continue
        host = host_of(ev.url)
        if ctx.is_site_host(host) or is_home(ev.url):
            continue
        elsewhere = winner.domain and registered_domain(host) != registered_domain(winner.domain)
        record = ctx.record_for_host(host)
        if elsewhere and (record is None or record is not ctx.registry.get(winner.name)):
            continue  # a URL on another outlet's site is not this outlet's original
        feats = dict(ev.features)
        if any(feats.get(k) for k in _LISTED) and not feats.get("in_title"):
            continue  # "More from this source": the outlet's other stories, not this one's original
        rank = next((i for i, k in enumerate(_URL_RANK) if feats.get(k)), len(_URL_RANK))
        item = (not is_article_url(ev.url), rank, -ev.weight, ev.url)
        if best is None or item < best:
            best = item
    return best[3] if best else None
