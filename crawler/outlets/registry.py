"""The outlet registry: who publishes news, under which names, domains and aggregator slugs.

Loaded from the TOML files next to this module (one per region). Pure Python: the database copy of the
registry (``newscrawl outlets sync``) is built from ``OutletRegistry.records``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from crawler.outlets.normalize import normalize_name

DATA_DIR = Path(__file__).parent
KINDS = ("outlet", "wire", "aggregator")
_FIELDS = {
    "name",
    "name_ar",
    "name_en",
    "aliases",
    "local_aliases",
    "domains",
    "country",
    "language",
    "kind",
    "slugs",
}


@dataclass(frozen=True, slots=True)
class OutletRecord:
    """One publisher. ``local_aliases``: names that mean it only at home ("الوطن" in Saudi Arabia)."""

    name: str
    kind: str = "outlet"  # "outlet" | "wire" | "aggregator"
    name_ar: str | None = None
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    local_aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2
    language: str | None = None
    # Path segments naming this outlet on "*ress" aggregators; "masress:ahram" limits one to one aggregator.
    slugs: tuple[str, ...] = ()

    @property
    def domain(self) -> str | None:
        return self.domains[0] if self.domains else None

    @property
    def all_names(self) -> tuple[str, ...]:
        """Every globally unique name: canonical, Arabic, English and aliases."""
        names = [self.name, self.name_ar, self.name_en, *self.aliases]
        return tuple(dict.fromkeys(n for n in names if n))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "?") -> OutletRecord:
        unknown = set(data) - _FIELDS
        if unknown:
            raise ValueError(f"{source}: outlet {data.get('name')!r} has unknown keys {sorted(unknown)}")
        if not data.get("name"):
            raise ValueError(f"{source}: an outlet needs a name")
        kind = data.get("kind", "outlet")
        if kind not in KINDS:
            raise ValueError(f"{source}: outlet {data['name']!r} has kind {kind!r}, expected one of {KINDS}")
        country = data.get("country") or None
        if country is not None and (len(country) != 2 or not country.isupper()):
            raise ValueError(f"{source}: outlet {data['name']!r} country {country!r} is not ISO2")
        return cls(
            name=data["name"],
            kind=kind,
            name_ar=data.get("name_ar"),
            name_en=data.get("name_en"),
            aliases=tuple(data.get("aliases", ())),
            local_aliases=tuple(data.get("local_aliases", ())),
            domains=tuple(_host(d) for d in data.get("domains", ())),
            country=country,
            language=data.get("language"),
            slugs=tuple(s.lower() for s in data.get("slugs", ())),
        )


def _host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    if "://" in host:
        host = host.split("://", 1)[1]
    host = host.split("/", 1)[0].split(":", 1)[0]
    return host.removeprefix("www.")


def aggregator_key(host: str) -> str:
    """The name an aggregator is known by in qualified slugs: 'www.masress.com' and 'masress.test' -> 'masress'."""
    return _host(host).split(".", 1)[0]


@dataclass(frozen=True)
class OutletRegistry:
    records: tuple[OutletRecord, ...]
    _by_name: dict[str, OutletRecord] = field(repr=False, default_factory=dict)
    _by_local: dict[tuple[str, str], OutletRecord] = field(repr=False, default_factory=dict)
    _by_domain: dict[str, OutletRecord] = field(repr=False, default_factory=dict)
    _by_slug: dict[str, OutletRecord] = field(repr=False, default_factory=dict)
    _canonical: dict[str, OutletRecord] = field(repr=False, default_factory=dict)
    _matchers: list[Any] = field(repr=False, default_factory=list, compare=False)  # the lazily built one

    @classmethod
    def from_records(cls, records: Iterable[OutletRecord]) -> OutletRegistry:
        """Index the records; any name, domain or slug claimed by two outlets is an error, not a guess."""
        records = tuple(records)
        by_name: dict[str, OutletRecord] = {}
        by_local: dict[tuple[str, str], OutletRecord] = {}
        by_domain: dict[str, OutletRecord] = {}
        by_slug: dict[str, OutletRecord] = {}
        canonical: dict[str, OutletRecord] = {}
        problems: list[str] = []

        def claim(index: dict[Any, OutletRecord], key: Any, rec: OutletRecord, what: str) -> None:
            other = index.get(key)
            if other is not None and other is not rec:
                problems.append(f"{what} {key!r} claimed by {other.name!r} and {rec.name!r}")
            index[key] = rec

        for rec in records:
            claim(canonical, rec.name, rec, "name")
            for name in rec.all_names:
                key = normalize_name(name)
                if key:
                    claim(by_name, key, rec, "alias")
            for name in rec.local_aliases:
                if not rec.country:
                    problems.append(f"{rec.name!r} has local aliases but no country")
                    continue
                claim(by_local, (rec.country, normalize_name(name)), rec, "local alias")
            for domain in rec.domains:
                claim(by_domain, domain, rec, "domain")
            for slug in rec.slugs:
                claim(by_slug, slug, rec, "slug")
        # At home a local name overrides the global one, so it must not shadow a compatriot's global name.
        for (country, key), rec in by_local.items():
            other = by_name.get(key)
            if other is not None and other is not rec and other.country == country:
                problems.append(f"local alias {key!r} of {rec.name!r} shadows {other.name!r} in {country}")
        if problems:
            raise ValueError("outlet registry conflicts:\n  " + "\n  ".join(problems))
        return cls(records, by_name, by_local, by_domain, by_slug, canonical)

    @classmethod
    def load(cls, paths: Iterable[Path]) -> OutletRegistry:
        records: list[OutletRecord] = []
        for path in paths:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
            records.extend(OutletRecord.from_dict(d, str(path)) for d in data.get("outlet", ()))
        return cls.from_records(records)

    @classmethod
    def load_default(cls) -> OutletRegistry:
        """The registry shipped with the package (loaded once: it is immutable)."""
        return _default()

    def extended(self, records: Iterable[OutletRecord]) -> OutletRegistry:
        """A new registry with more records (operator additions); conflicts raise as on load."""
        return OutletRegistry.from_records((*self.records, *records))

    def matcher(self) -> Any:
        """The name matcher over this registry (``crawler.outlets.matcher.NameMatcher``), built once."""
        if not self._matchers:
            from crawler.outlets.matcher import NameMatcher

            self._matchers.append(NameMatcher(self))
        return self._matchers[0]

    def get(self, name: str) -> OutletRecord | None:
        """The record whose canonical name is exactly ``name``."""
        return self._canonical.get(name)

    def match_name(self, text: str, country: str | None = None) -> OutletRecord | None:
        """Exact match of the normalised name; ``country`` (of the page's site) lets local names resolve."""
        key = normalize_name(text)
        if not key:
            return None
        if country:
            local = self._by_local.get((country, key))
            if local is not None:
                return local
        found = self._by_name.get(key)
        if found is None and "." in text.strip() and " " not in text.strip():
            return self.by_domain(text)  # a credit that is a bare domain ("masralarabia.com")
        return found

    def by_domain(self, host: str) -> OutletRecord | None:
        """The outlet owning ``host`` or the closest registered parent domain ('gate.ahram.org.eg')."""
        host = _host(host)
        while host:
            rec = self._by_domain.get(host)
            if rec is not None:
                return rec
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None

    def aggregator_for(self, host: str) -> OutletRecord | None:
        """The aggregator a host stands for, by name: 'masress.test' (a replay host) -> مصرس."""
        rec = self.by_domain(host)
        if rec is not None:
            return rec if rec.kind == "aggregator" else None
        key = aggregator_key(host)
        for rec in self.records:
            if rec.kind == "aggregator" and any(aggregator_key(d) == key for d in rec.domains):
                return rec
        return None

    def by_domain_label(self, label: str) -> OutletRecord | None:
        """The one outlet whose domain's name (or Latin name, squashed) is ``label`` ("alwafd" -> alwafd.news,
        "alainnews" -> العين الإخبارية); None when two outlets share it."""
        if len(self._matchers) < 2:
            index: dict[str, OutletRecord | None] = {}
            for rec in self.records:
                latin = [n for n in (rec.name, rec.name_en, *rec.aliases) if n and n.isascii()]
                for raw in [d.split(".")[0] for d in rec.domains] + latin:
                    key = "".join(ch for ch in raw.lower() if ch.isalnum())
                    if len(key) >= 4:
                        index[key] = rec if index.get(key, rec) is rec else None
            self.matcher()
            self._matchers.append(index)
        return self._matchers[1].get("".join(ch for ch in label.lower() if ch.isalnum()))

    def by_slug(self, slug: str, aggregator: str | None = None) -> OutletRecord | None:
        """The outlet named by a "*ress" path segment; an aggregator-qualified slug wins over a plain one."""
        slug = slug.lower()
        if aggregator:
            rec = self._by_slug.get(f"{aggregator_key(aggregator)}:{slug}")
            if rec is not None:
                return rec
        return self._by_slug.get(slug)


@cache
def _default() -> OutletRegistry:
    from crawler.outlets.snapshot import cached

    paths = sorted(DATA_DIR.glob("*.toml"))
    return cached("outlets", paths, lambda: _built(OutletRegistry.load(paths)))


def _built(registry: OutletRegistry) -> OutletRegistry:
    """The registry with its matcher and domain-label index made, so that a snapshot carries them."""
    registry.by_domain_label("")
    return registry
