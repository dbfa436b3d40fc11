"""What every signal may look at: the extracted page (never the raw page), the site, the registry.

Built once per page: the site's identity (every name and domain the crawled site goes by, so that nothing
naming it is ever the answer), the body's place among the page blocks, the registry's name matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.attribution import cues
from crawler.dedup.urls import registered_domain
from crawler.items import Extracted, PageBlock
from crawler.outlets.matcher import NameMatcher
from crawler.outlets.normalize import normalize_name
from crawler.outlets.registry import OutletRecord, OutletRegistry
from crawler.sites import profile_for_url
from crawler.sites.profile import SiteProfile

# How many body paragraphs at each end may hold a credit (datelines on top, "المصدر:" lines at the bottom).
HEAD_PARAGRAPHS = 2
TAIL_PARAGRAPHS = 3
# Paragraphs that introduce *another* story ("التالى ...", "اقرأ أيضا", "Read more") are never evidence.
_OTHER_STORY = re.compile(
    r"^\s*(?:التال[يى]|السابق|اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|اقرا\s+ايضا|شاهد\s+أيضا|مواضيع\s+ذات\s+صلة"
    r"|أخبار\s+ذات\s+صلة|read\s+(?:more|also|next)|next\s+(?:story|article)|previous|related)\b",
    re.IGNORECASE,
)
_SQUASH = re.compile(r"[\W_]+")


def host_of(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").lower().removeprefix("www.")


def squash(text: str) -> str:
    """Letters and digits only, folded: "Nabaa-Now" and "nabaa now" and "nabaanow" are one thing."""
    return _SQUASH.sub("", normalize_name(text)).lower()


# Nouns a site's name follows ("موقع X", "le site X", "portal X"), beyond the Arabic outlet nouns.
_SITE_NOUNS = cues._set("site website portal portail sitio portale webseite plateforme platform")


@dataclass(frozen=True, slots=True)
class SiteIdentity:
    """Every name and registrable domain the crawled site itself goes by."""

    domains: frozenset[str]
    names: frozenset[str]  # normalize_name keys
    squashed: frozenset[str]  # squash() forms of the names and the host's labels
    # The forms a longer name may start or end with: the names and the registrable domains' labels, not a
    # subdomain's ("nachrichten.portal.example" does not make "Salzburger Nachrichten" the site).
    stems: frozenset[str] = frozenset()

    def names_site(self, name: str | None = None, domain: str | None = None) -> bool:
        if domain and registered_domain(domain) in self.domains:
            return True
        if name:
            if normalize_name(name) in self.names:
                return True
            words = name.split()
            # "موقع زووم المغرب", "portal X": the site's name after a noun
            if (
                len(words) >= 2
                and cues.has_any(cues.fold_tokens(words[0]), cues.OUTLET_NOUNS | _SITE_NOUNS)
                and self.names_site(name=" ".join(words[1:]))
            ):
                return True
            s = squash(name)
            if len(s) >= 4 and s in self.squashed:
                return True
            # "PressDesk Newswire partner desk", "Zawiya Media Team": the site's name plus a word or two.
            return any(
                len(own) >= 6 and len(s) <= len(own) + 16 and (s.startswith(own) or s.endswith(own))
                for own in self.stems
            )
        return False


@dataclass(frozen=True, slots=True)
class AttributionContext:
    extracted: Extracted
    page_url: str
    site: str  # host where the copy was found
    profile: SiteProfile | None
    registry: OutletRegistry
    site_record: OutletRecord | None  # the registry's record of the site itself, if any
    site_kind: str  # "aggregator" | "outlet" | "wire" | "unknown"
    country: str | None  # the site's country: lets local names ("الوطن" in Saudi Arabia) resolve
    head: tuple[str, ...]  # first body paragraphs
    tail: tuple[str, ...]  # last body paragraphs (never overlapping head)
    identity: SiteIdentity
    matcher: NameMatcher
    body_blocks: tuple[int, int]  # indexes of the first and last body paragraph block, (-1, -1) without
    # The site's own notes at the body's ends ("View multimedia content: <site URL>", "Media contact: ...",
    # "The issuer is solely responsible ..."): they sit at the edge, so what is just inside them is too.
    edge_notes: frozenset[int] = frozenset()

    @classmethod
    def build(
        cls, extracted: Extracted, site: str, profile: SiteProfile | None, registry: OutletRegistry
    ) -> AttributionContext:
        host = host_of(f"//{site}") if "//" not in site else host_of(site)
        if profile is None and host:
            profile = profile_for_url(f"http://{host}/")  # callers without a profile (CLI, WARC ingest)
        record = registry.by_domain(host) if host else None
        if record is None and profile is not None:
            # A replay/test host: the profile's outlet, else a registered aggregator of the same name.
            if profile.outlet:
                record = registry.get(profile.outlet) or registry.match_name(profile.outlet)
            elif host:
                record = registry.aggregator_for(host)
        kind = record.kind if record else (profile.kind if profile else "unknown")
        paragraphs = [p for p in extracted.body.split("\n\n") if p.strip() and not _OTHER_STORY.match(p)]
        head = paragraphs[:HEAD_PARAGRAPHS]
        tail = paragraphs[HEAD_PARAGRAPHS:][-TAIL_PARAGRAPHS:]
        identity = _identity(host, record, profile, extracted, registry)
        span, notes = _body_span(extracted, identity)
        return cls(
            extracted=extracted,
            page_url=extracted.url,
            site=host,
            profile=profile,
            registry=registry,
            site_record=record,
            site_kind=kind,
            country=record.country if record else None,
            head=tuple(head),
            tail=tuple(tail),
            identity=identity,
            matcher=registry.matcher(),
            body_blocks=span,
            edge_notes=notes,
        )

    def record_for_host(self, host: str) -> OutletRecord | None:
        """Registry domain, else the outlet a site profile declares for that host (replay ``.test`` hosts)."""
        record = self.registry.by_domain(host)
        if record is not None:
            return record
        profile = profile_for_url(f"http://{host}/")
        if profile is not None and profile.outlet:
            return self.registry.get(profile.outlet) or self.registry.match_name(profile.outlet)
        if profile is not None and profile.kind == "aggregator":
            return self.registry.aggregator_for(host)
        return None

    def is_site_host(self, host: str) -> bool:
        """True for the page's own site: same host, a subdomain of it, or the same registered outlet."""
        host = host.lower().removeprefix("www.")
        if not host:
            return False
        if host == self.site or host.endswith("." + self.site) or self.site.endswith("." + host):
            return True
        if registered_domain(host) in self.identity.domains:
            return True
        return self.site_record is not None and self.registry.by_domain(host) is self.site_record

    def names_site(self, record: OutletRecord | None, name: str | None, domain: str | None) -> bool:
        """A clue naming the crawled site itself (its footer, its og:site_name): never the answer."""
        if record is not None and self.site_record is not None and record is self.site_record:
            return True
        if record is not None and record.domains:
            if any(registered_domain(d) in self.identity.domains for d in record.domains):
                return True
            if record.kind != "aggregator" and not self.identity.names_site(name=record.name):
                return False
        return self.identity.names_site(name=name, domain=domain)

    @property
    def edge_paragraphs(self) -> tuple[str, ...]:
        return self.head + self.tail

    def block_place(self, block: PageBlock) -> str:
        """Where a block sits, in one word: body_first, body_last, body_mid, body_inner, head, tail,
        before, after."""
        if block.position != "body":
            return block.position
        first, last = self.body_blocks
        if block.index == first or (block.index < first and block.index in self.edge_notes):
            return "body_first"
        if block.index == last or (block.index > last and block.index in self.edge_notes):
            return "body_last"
        return "body_mid"


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def site_note(block: PageBlock, identity: SiteIdentity) -> bool:
    """A short block that is the site talking about itself: it prints the site's domain or an e-mail address,
    names the site, or disclaims responsibility for the content."""
    text = block.text
    words = cues.fold_tokens(text)
    if not words or len(words) > 40:
        return False
    low = text.lower()
    if _EMAIL.search(text) or any(d and d in low for d in identity.domains):
        return True
    flat = squash(text)
    if any(len(own) >= 6 and own in flat for own in identity.squashed):
        return True
    return len(words) <= 30 and cues.has_any(words, cues.RESPONSIBILITY) and cues.has_any(words, cues.CONTENT)


def _fact(block: PageBlock) -> bool:
    """A label or value of a facts box before or after the story ("القسم | أخبار عربية", "Date | 13 Oct"), a few
    words and no sentence, or a line of hashtags."""
    text = block.text.strip()
    if text and all(w.startswith("#") for w in text.split()):
        return True  # "#عاجل #متابعات": the post's hashtags
    return (
        bool(block.label or block.siblings >= 2)
        and len(text.split()) <= 6
        and not text.endswith((".", "!", "?", "؟"))
    )


def _body_span(extracted: Extracted, identity: SiteIdentity) -> tuple[tuple[int, int], frozenset[int]]:
    """The first and last body paragraph, and the site notes before and after the story's own paragraphs."""
    body = [b for b in extracted.blocks if b.position == "body"]
    if not body:
        return (-1, -1), frozenset()
    notes: set[int] = set()
    lo, hi = 0, len(body) - 1
    # Paragraphs the extractor swept in from a sidebar or a header around an article's own paragraphs.
    zones = [b.zone for b in body]
    main = max(set(zones), key=zones.count)
    stray = {"aside", "nav", "header", "footer"} - {main}
    while hi > lo and (site_note(body[hi], identity) or _fact(body[hi]) or body[hi].zone in stray):
        notes.add(body[hi].index)
        hi -= 1
    while lo < hi and (site_note(body[lo], identity) or _fact(body[lo]) or body[lo].zone in stray):
        notes.add(body[lo].index)
        lo += 1
    return (body[lo].index, body[hi].index), frozenset(notes)


def _identity(
    host: str,
    record: OutletRecord | None,
    profile: SiteProfile | None,
    extracted: Extracted,
    registry: OutletRegistry,
) -> SiteIdentity:
    domains = {registered_domain(host)} if host else set()
    names: set[str] = set()
    if record is not None:
        domains.update(registered_domain(d) for d in record.domains)
        names.update(normalize_name(n) for n in record.all_names)
    if profile is not None:
        domains.update(registered_domain(h) for h in profile.hosts)
        names.add(normalize_name(profile.name))
    declared = dict(reversed(extracted.declared))  # first value of each key
    for key in ("meta:og:site_name", "meta:application-name", "meta:twitter:site", "meta:publisher"):
        value = declared.get(key)
        if value and not _names_other(registry, value.lstrip("@"), domains):
            names.add(normalize_name(value.lstrip("@")))
    publisher = declared.get("jsonld:publisher.name") or declared.get("jsonld:publisher")
    publisher_url = declared.get("jsonld:publisher.url")
    on_site = not publisher_url or registered_domain(publisher_url) in domains
    if publisher and on_site and not _names_other(registry, publisher, domains):
        names.add(normalize_name(publisher))
        for key in ("jsonld:publisher.alternateName", "jsonld:publisher.legalName"):
            other = declared.get(key)  # the same publisher's other names ("Zoom Maghreb" / "زووم المغرب")
            if other and not _names_other(registry, other, domains):
                names.add(normalize_name(other))
    # The logo in the page header that links to the site's own home page names the site.
    for block in extracted.blocks[:40]:
        if block.zone in ("header", "nav") or block.index < 5:
            for link in block.links:
                home = urlsplit(link.href).path in ("", "/")
                if link.has_image and link.image_alt and home and registered_domain(link.href) in domains:
                    names.add(normalize_name(link.image_alt))
                elif (
                    home
                    and registered_domain(link.href) in domains
                    and 1 <= len(link.text.split()) <= 6
                    and not _names_other(registry, link.text, domains)
                ):
                    # The masthead's text link home ("زووم المغرب Zoom Maghreb"): the site's name, in each
                    # script it is written in.
                    names.add(normalize_name(link.text))
                    names.update(normalize_name(part) for part in _script_parts(link.text))
    names.discard("")

    def labels(hosts: Iterable[str]) -> set[str]:
        return {
            squash(lab) for h in hosts if h for lab in h.split(".")[:-1] if len(lab) >= 4 and lab != "www"
        }

    stems = {squash(n) for n in names} | labels(domains)
    squashed = stems | labels([host])
    return SiteIdentity(
        frozenset(d for d in domains if d),
        frozenset(names),
        frozenset(s for s in squashed if s),
        frozenset(s for s in stems if s),
    )


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&'.\- ]*[A-Za-z0-9]")


def _script_parts(text: str) -> list[str]:
    """ "زووم المغرب Zoom Maghreb" -> ["زووم المغرب", "Zoom Maghreb"]: a bilingual masthead's two names."""
    latin = [m.group().strip() for m in _LATIN_RUN.finditer(text)]
    rest = " ".join(_LATIN_RUN.sub(" ", text).split())
    return [p for p in (*latin, rest) if len(p) >= 3 and p != text.strip()]


def _names_other(registry: OutletRegistry, name: str, domains: set[str]) -> bool:
    """The name belongs to a registered outlet on another domain (an aggregator declaring its source)."""
    record = registry.match_name(name)
    return (
        record is not None
        and bool(record.domains)
        and not any(registered_domain(d) in domains for d in record.domains)
    )
