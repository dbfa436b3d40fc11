"""The registry of crawled sites: one TOML profile per site in ``crawler/sites/profiles/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from crawler.sites.profile import Cadence, Selectors, SiteProfile

PROFILE_DIR = Path(__file__).with_name("profiles")

__all__ = ["Cadence", "Selectors", "SiteProfile", "all_profiles", "get_profile", "profile_for_url"]


@cache
def _load_all(directory: str) -> dict[str, SiteProfile]:
    profiles: dict[str, SiteProfile] = {}
    for path in sorted(Path(directory).glob("*.toml")):
        profile = SiteProfile.load(path)
        if profile.name in profiles:
            raise ValueError(f"duplicate site profile name {profile.name!r} in {path}")
        profiles[profile.name] = profile
    return profiles


def all_profiles() -> dict[str, SiteProfile]:
    """Every registered profile by name (loaded once; profiles are immutable)."""
    return _load_all(str(PROFILE_DIR))


def get_profile(name: str) -> SiteProfile:
    try:
        return all_profiles()[name]
    except KeyError:
        known = ", ".join(sorted(all_profiles())) or "none"
        raise KeyError(f"unknown site {name!r} (known: {known})") from None


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose hosts include the URL's host (``www.`` folded), or None for unknown sites."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    for profile in all_profiles().values():
        if host in profile.hosts:
            return profile
    return None
