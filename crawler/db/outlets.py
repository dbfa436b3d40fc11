"""The outlet registry in the database: bundled records synced in, operators' additions kept alongside."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.attribution.registry import OutletRecord, OutletRegistry
from crawler.db.models import Outlet, OutletAlias
from crawler.outlets.normalize import normalize_name

logger = logging.getLogger(__name__)


def _set_aliases(session: Session, outlet: Outlet, aliases: Iterable[str]) -> None:
    for alias in aliases:
        key = normalize_name(alias)
        if not key:
            continue
        existing = session.scalars(select(OutletAlias).where(OutletAlias.normalized == key)).one_or_none()
        if existing is None:
            session.add(OutletAlias(outlet_id=outlet.id, alias=alias, normalized=key))


def sync_outlets(session: Session, registry: OutletRegistry) -> tuple[int, int]:
    """Upsert every bundled record by canonical name; idempotent. Returns (created, updated)."""
    existing = {o.name: o for o in session.scalars(select(Outlet))}
    created = updated = 0
    for rec in registry.records:
        domain = rec.domains[0] if rec.domains else None
        values = {
            "name_ar": getattr(rec, "name_ar", None),
            "domain": domain,
            "country": rec.country,
            "language": rec.language,
            "kind": rec.kind,
            "verified": True,
        }
        outlet = existing.get(rec.name)
        if outlet is None:
            outlet = Outlet(name=rec.name, **values)
            session.add(outlet)
            session.flush()
            created += 1
        elif any(getattr(outlet, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(outlet, k, v)
            updated += 1
        _set_aliases(session, outlet, rec.all_names)
    session.flush()
    return created, updated


def add_outlet(
    session: Session,
    name: str,
    *,
    domain: str | None = None,
    kind: str = "outlet",
    country: str | None = None,
    language: str | None = None,
    aliases: Iterable[str] = (),
) -> Outlet:
    outlet = session.scalars(select(Outlet).where(Outlet.name == name)).one_or_none()
    if outlet is None:
        outlet = Outlet(
            name=name, domain=domain, kind=kind, country=country, language=language, verified=True
        )
        session.add(outlet)
    else:
        outlet.domain = domain or outlet.domain
        outlet.kind, outlet.verified = kind, True
        outlet.country = country or outlet.country
        outlet.language = language or outlet.language
    session.flush()
    _set_aliases(session, outlet, [name, *aliases])
    return outlet


def add_alias(session: Session, name: str, alias: str) -> OutletAlias:
    outlet = session.scalars(select(Outlet).where(Outlet.name == name)).one_or_none()
    if outlet is None:
        raise LookupError(f"no outlet named {name!r} (see 'newscrawl outlets')")
    outlet.verified = True
    key = normalize_name(alias)
    row = session.scalars(select(OutletAlias).where(OutletAlias.normalized == key)).one_or_none()
    if row is None:
        row = OutletAlias(outlet_id=outlet.id, alias=alias, normalized=key)
        session.add(row)
    else:
        row.outlet_id = outlet.id
    session.flush()
    return row


def load_registry(session: Session, base: OutletRegistry | None = None) -> OutletRegistry:
    """The bundled registry plus what operators added in the database (outlets and spellings).

    An operator addition that conflicts with the registry (a name or domain already claimed by another
    outlet) is left out with a warning rather than guessed at.
    """
    base = base or OutletRegistry.load_default()
    known = {normalize_name(n) for rec in base.records for n in rec.all_names}
    aliases: dict[int, list[str]] = {}
    for a in session.scalars(select(OutletAlias)):
        if a.normalized not in known:
            aliases.setdefault(a.outlet_id, []).append(a.alias)
    changed: dict[str, OutletRecord] = {}
    for outlet in session.scalars(select(Outlet).where(Outlet.verified.is_(True))):
        extra = tuple(aliases.get(outlet.id, ()))
        rec = base.get(outlet.name)
        if rec is None:
            changed[outlet.name] = OutletRecord(
                name=outlet.name,
                kind=outlet.kind,
                aliases=extra,
                domains=(outlet.domain,) if outlet.domain else (),
                country=outlet.country,
                language=outlet.language,
            )
        elif extra:
            changed[outlet.name] = replace(rec, aliases=(*rec.aliases, *extra))
    if not changed:
        return base
    kept = [r for r in base.records if r.name not in changed]
    registry = OutletRegistry.from_records(kept)
    for rec in changed.values():
        try:
            registry = OutletRegistry.from_records((*registry.records, rec))
        except ValueError as exc:
            logger.warning("operator outlet %r left out: %s", rec.name, str(exc).splitlines()[-1].strip())
            original = base.get(rec.name)
            if original is not None:
                registry = OutletRegistry.from_records((*registry.records, original))
    return registry
