"""Resolution: combine the signals' evidence into one answer per article.

Three roles stay apart: the site where the copy was found (never the answer when it is an aggregator), the
outlet whose copy it is, and a wire agency that outlet credits (aggregator -> outlet -> agency). A credited
name the registry does not know becomes an unverified outlet under that name; nothing is fuzzy-matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crawler.attribution.context import AttributionContext, host_of
from crawler.attribution.normalize import normalize_name
from crawler.attribution.signals import SIGNALS, Signal
from crawler.items import Attribution, Evidence, Extracted
from crawler.outlets.registry import OutletRegistry
from crawler.sites.profile import SiteProfile

# Links the page itself presents as its source: their host is the credited outlet's site.
_SOURCE_LINK_METHODS = frozenset({"source_link_credit", "syndication_meta", "jsonld_is_based_on"})


@dataclass(slots=True)
class _Candidate:
    name: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def score(self) -> float:
        # Independent clues reinforce each other: 1 - prod(1 - w).
        miss = 1.0
        for ev in self.evidence:
            miss *= 1.0 - min(max(ev.weight, 0.0), 0.999)
        return 1.0 - miss

    @property
    def strongest(self) -> Evidence:
        return max(self.evidence, key=lambda e: e.weight)


def attribute(
    extracted: Extracted,
    site: str,
    profile: SiteProfile | None,
    registry: OutletRegistry,
    signals: Sequence[Signal] = SIGNALS,
) -> Attribution:
    """Who originally published ``extracted`` (found on ``site``), with the evidence for it."""
    ctx = AttributionContext.build(extracted, site, profile, registry)
    evidence = _usable(ctx, (ev for signal in signals for ev in signal(ctx)))

    outlets = _group(ev for ev in evidence if ev.role == "outlet" and ev.method != "own_site")
    agencies = _group(ev for ev in evidence if ev.role == "agency")
    # A wire credited next to an outlet ("المصدر: أ ش أ" on the outlet's own page, or beside a footer
    # naming the outlet) is the agency that outlet credits, not a rival origin.
    wires = [c for c in outlets if _is_wire(registry, c.name)]
    if len(wires) < len(outlets) or any(ev.method == "own_site" for ev in evidence):
        outlets = [c for c in outlets if c not in wires]
        agencies = _merge(agencies, wires)

    own = [ev for ev in evidence if ev.method == "own_site"]
    if own:
        agency = _best([c for c in agencies if c.name != own[0].outlet])
        return _answer(ctx, own[0].outlet or "", own, 1.0, "own_site", agency, evidence)

    winner = _best(outlets)
    if winner is None:
        # Only a wire is credited (a dateline "(Reuters) -"): the wire itself is the origin.
        winner = _best(agencies)
        agencies = []
    if winner is None:
        return Attribution(outlet=None, method="none", confidence=0.0, evidence=evidence)
    _adopt_source_host(registry, winner, outlets)
    rivals = sum(c.score for c in outlets if c is not winner)
    confidence = winner.score * winner.score / (winner.score + rivals)
    agency = _best([c for c in agencies if c.name != winner.name])
    return _answer(ctx, winner.name, winner.evidence, confidence, winner.strongest.method, agency, evidence)


def _usable(ctx: AttributionContext, found: Iterable[Evidence]) -> list[Evidence]:
    """Drop evidence that names an aggregator (or the aggregator site itself): never an origin."""
    out: list[Evidence] = []
    for ev in found:
        record = ctx.registry.get(ev.outlet) if ev.outlet else None
        if record is not None and record.kind == "aggregator":
            continue
        if ev.method != "own_site" and ctx.site_kind == "aggregator" and ev.outlet == ctx.site:
            continue
        if ev not in out:
            out.append(ev)
    return out


def _adopt_source_host(registry: OutletRegistry, winner: _Candidate, outlets: list[_Candidate]) -> None:
    """An unregistered credited name and the unregistered host its credit links to are one outlet."""
    if registry.get(winner.name) is not None or any(ev.domain for ev in winner.evidence):
        return
    for other in list(outlets):
        if other is winner or registry.get(other.name) is not None:
            continue
        if all(ev.method in _SOURCE_LINK_METHODS and ev.domain == ev.outlet for ev in other.evidence):
            winner.evidence.extend(
                Evidence(ev.method, ev.matched, winner.name, ev.domain, ev.url, ev.weight, ev.role)
                for ev in other.evidence
            )
            outlets.remove(other)
            return


def _is_wire(registry: OutletRegistry, name: str) -> bool:
    record = registry.get(name)
    return record is not None and record.kind == "wire"


def _merge(a: list[_Candidate], b: list[_Candidate]) -> list[_Candidate]:
    by_key = {normalize_name(c.name): _Candidate(c.name, list(c.evidence)) for c in a}
    for c in b:
        by_key.setdefault(normalize_name(c.name), _Candidate(c.name)).evidence.extend(c.evidence)
    return list(by_key.values())


def _group(evidence: Iterable[Evidence]) -> list[_Candidate]:
    groups: dict[str, _Candidate] = {}
    for ev in evidence:
        if not ev.outlet:
            continue
        key = normalize_name(ev.outlet)
        groups.setdefault(key, _Candidate(ev.outlet)).evidence.append(ev)
    return list(groups.values())


def _best(candidates: list[_Candidate]) -> _Candidate | None:
    # max() keeps the first of equals: ties go to the clue found first (signals run strongest-kind first).
    return max(candidates, key=lambda c: (c.score, c.strongest.weight), default=None)


def _answer(
    ctx: AttributionContext,
    name: str,
    support: list[Evidence],
    confidence: float,
    method: str,
    agency: _Candidate | None,
    evidence: list[Evidence],
) -> Attribution:
    record = ctx.registry.get(name)
    verified = record is not None or method == "own_site"
    domain = record.domain if record else next((ev.domain for ev in support if ev.domain), None)
    return Attribution(
        outlet=name,
        domain=domain,
        original_url=_original_url(ctx, support),
        agency=agency.name if agency else None,
        method=method,
        confidence=round(min(max(confidence, 0.0), 1.0), 4),
        evidence=evidence,
        verified=verified,
    )


def _original_url(ctx: AttributionContext, support: list[Evidence]) -> str | None:
    """The best URL the winning outlet's evidence gives, never one on the aggregator where the copy was found."""
    for ev in sorted(support, key=lambda e: -e.weight):
        if not ev.url:
            continue
        if ev.method == "own_site" or not ctx.is_site_host(host_of(ev.url)):
            return ev.url
    return None
