"""The registry of crawled sites: one TOML profile per site.

The replay web's profiles (``newscrawl_kit/profiles``) are loaded only while the replay web is in use
(see ``crawler.config.replay_web_in_use``): a production crawl never sees a ``.test`` host.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from crawler.config import replay_web_in_use
from crawler.sites.profile import Cadence, Selectors, SiteProfile

__all__ = [
    "Cadence",
    "Selectors",
    "SiteProfile",
    "all_profiles",
    "get_profile",
    "profile_dirs",
    "profile_for_url",
]


def _replay_profile_dir() -> Path:
    from newscrawl_kit import PROFILE_DIR  # the kit is installed with the project; imported only here

    return PROFILE_DIR


def profile_dirs() -> tuple[Path, ...]:
    """The folders profiles are read from, in order."""
    return (_replay_profile_dir(),) if replay_web_in_use() else ()


@cache
def _load_all(directories: tuple[Path, ...]) -> dict[str, SiteProfile]:
    profiles: dict[str, SiteProfile] = {}
    for directory in directories:
        for path in sorted(directory.glob("*.toml")):
            profile = SiteProfile.load(path)
            if profile.name in profiles:
                raise ValueError(f"duplicate site profile name {profile.name!r} in {path}")
            profiles[profile.name] = profile
    return profiles


def all_profiles() -> dict[str, SiteProfile]:
    """Every registered profile by name (loaded once per set of folders; profiles are immutable)."""
    return _load_all(profile_dirs())


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
