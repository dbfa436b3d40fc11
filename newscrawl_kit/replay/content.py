"""The demo web's building blocks: outlets (real publishers, replayed under ``.test`` hosts) and stories.

Every story text in ``stories_ar.py`` / ``stories_en.py`` was written for this project (original prose about
plausible, invented events); nothing is copied from a real article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class Outlet:
    """A real news outlet (name + real domain) whose own site the replay web serves under ``host``."""

    key: str
    name: str  # canonical name as the outlet registry and the truth use it
    domain: str  # the outlet's real domain
    host: str  # its replay host name
    slug: str  # the outlet's path segment on "*ress" aggregators (masress.test/<slug>/<id>)
    language: str
    timezone: str
    site_name: str = ""  # how the site names itself in og:site_name (defaults to ``name``)


@dataclass(frozen=True, slots=True)
class Story:
    """One original text. ``outlet`` is None for the few stories that exist only on an aggregator."""

    key: str
    language: str
    outlet: str | None  # Outlet.key
    published: datetime  # timezone-aware
    section: str  # section key, see SECTIONS
    title: str
    paragraphs: tuple[str, ...]
    agency: str | None = None  # a wire agency the outlet itself credits ("أ ش أ", "Reuters", ...)
    author: str | None = None
    # For "lightly edited" aggregator copies: another headline and a reworded first paragraph.
    alt_title: str | None = None
    alt_lead: str | None = None


OUTLETS: dict[str, Outlet] = {
    o.key: o
    for o in (
        Outlet(
            "masralarabia",
            "مصر العربية",
            "masralarabia.com",
            "masralarabia.test",
            "masralarabia",
            "ar",
            "Africa/Cairo",
        ),
        Outlet("youm7", "اليوم السابع", "youm7.com", "youm7.test", "youm7", "ar", "Africa/Cairo"),
        Outlet(
            "shorouk",
            "الشروق",
            "shorouknews.com",
            "shorouk.test",
            "shorouk",
            "ar",
            "Africa/Cairo",
            "بوابة الشروق",
        ),
        Outlet(
            "ahram", "الأهرام", "ahram.org.eg", "ahram.test", "ahram", "ar", "Africa/Cairo", "بوابة الأهرام"
        ),
        Outlet("vetogate", "فيتو", "vetogate.com", "vetogate.test", "vetogate", "ar", "Africa/Cairo"),
        Outlet("reuters", "Reuters", "reuters.com", "reuters.test", "reuters", "en", "UTC"),
        Outlet(
            "apnews",
            "Associated Press",
            "apnews.com",
            "apnews.test",
            "apnews",
            "en",
            "America/New_York",
            "AP News",
        ),
        Outlet(
            "theguardian",
            "The Guardian",
            "theguardian.com",
            "theguardian.test",
            "theguardian",
            "en",
            "Europe/London",
        ),
    )
}

SECTIONS: dict[str, dict[str, str]] = {
    "egypt": {"ar": "أخبار مصر", "en": "Egypt"},
    "world": {"ar": "أخبار العالم", "en": "World"},
    "economy": {"ar": "اقتصاد", "en": "Business"},
    "sports": {"ar": "رياضة", "en": "Sport"},
    "culture": {"ar": "ثقافة وفن", "en": "Culture"},
    "gulf": {"ar": "الخليج", "en": "Gulf"},
}


def local_time(text: str, zone: str) -> datetime:
    """'2026-10-05 14:30' read as a wall-clock time in ``zone``."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def story(
    key: str,
    outlet: str | None,
    when: str,
    section: str,
    title: str,
    paragraphs: list[str],
    *,
    language: str = "ar",
    zone: str | None = None,
    agency: str | None = None,
    author: str | None = None,
    alt_title: str | None = None,
    alt_lead: str | None = None,
) -> Story:
    """Build a Story; its time is read in the outlet's zone unless ``zone`` says otherwise."""
    tz = zone or (OUTLETS[outlet].timezone if outlet else "Africa/Cairo")
    return Story(
        key=key,
        language=language,
        outlet=outlet,
        published=local_time(when, tz),
        section=section,
        title=title,
        paragraphs=tuple(paragraphs),
        agency=agency,
        author=author,
        alt_title=alt_title,
        alt_lead=alt_lead,
    )
