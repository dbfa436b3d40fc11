"""What every signal may look at: the extracted page (never the raw page), the site, the registry."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.items import Extracted
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


def host_of(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").lower().removeprefix("www.")


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
        return self.site_record is not None and self.registry.by_domain(host) is self.site_record

    @property
    def edge_paragraphs(self) -> tuple[str, ...]:
        return self.head + self.tail
