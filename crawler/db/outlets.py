"""The outlet registry in the database: bundled records synced in, operators' additions kept alongside."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.attribution.normalize import normalize_name
from crawler.attribution.registry import OutletRegistry
from crawler.db.models import Outlet, OutletAlias


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
        _set_aliases(session, outlet, [rec.name, *rec.aliases])
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


def operator_outlets(session: Session) -> list[tuple[Outlet, list[str]]]:
    """Verified outlets and their aliases as stored (bundled ones plus operators' additions)."""
    aliases: dict[int, list[str]] = {}
    for a in session.scalars(select(OutletAlias)):
        aliases.setdefault(a.outlet_id, []).append(a.alias)
    return [
        (o, aliases.get(o.id, [])) for o in session.scalars(select(Outlet).where(Outlet.verified.is_(True)))
    ]
