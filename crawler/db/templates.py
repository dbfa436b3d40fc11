"""Learned site templates (``crawler.attribution.template``) in the database: one row per crawled site.

Repositories never commit; the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.attribution.template import SiteTemplate
from crawler.db import models


def load_templates(session: Session, hosts: Iterable[str]) -> dict[str, SiteTemplate]:
    """The stored template of every known site among ``hosts`` (sites never seen get none)."""
    wanted = {h for h in hosts if h}
    if not wanted:
        return {}
    rows = session.execute(
        select(models.Site.host, models.SiteTemplate.pages, models.SiteTemplate.blocks)
        .join(models.SiteTemplate, models.SiteTemplate.site_id == models.Site.id)
        .where(models.Site.host.in_(sorted(wanted)))
    ).all()
    return {host: SiteTemplate.from_dict(pages, blocks) for host, pages, blocks in rows}


def save_templates(session: Session, templates: Mapping[str, SiteTemplate]) -> int:
    """Store templates of sites that exist (a site row appears with its first stored article); returns how
    many were stored."""
    if not templates:
        return 0
    sites = dict(
        session.execute(
            select(models.Site.host, models.Site.id).where(models.Site.host.in_(sorted(templates)))
        )
        .tuples()
        .all()
    )
    stored = 0
    for host, template in templates.items():
        site_id = sites.get(host)
        if site_id is None or template.pages == 0:
            continue
        row = session.get(models.SiteTemplate, site_id)
        data = template.to_dict()
        if row is None:
            session.add(models.SiteTemplate(site_id=site_id, pages=data["pages"], blocks=data["blocks"]))
        else:
            row.pages = data["pages"]
            row.blocks = data["blocks"]
        stored += 1
    return stored
