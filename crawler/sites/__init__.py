"""The registry of sites: one TOML profile per site, read from three layers.

1. ``bundled``: real publisher profiles shipped with the package (``crawler/sites/publishers/``). They give
   extraction the site's selectors wherever its pages turn up (crawl, extract, ingest); they are crawled only
   when named (``newscrawl crawl lbcgroup``), with runtime discovery from their home page.
2. ``sites``: the operator's profiles in ``NEWSCRAWL_SITES_DIR`` (default ``./sites``), written by
   ``newscrawl sites add`` or by hand. ``newscrawl crawl`` with no names crawls these.
3. ``replay``: the replay web's ``.test`` profiles (``newscrawl_kit/profiles``), only while the replay web is
   in use (see ``crawler.config.replay_web_in_use``): a production crawl never sees a ``.test`` host.

A profile of a later layer replaces one of the same name in an earlier layer (an operator can override a
bundled profile by saving one with its name). Within a layer, two files with one name or one host are an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from crawler.config import replay_web_in_use, sites_dir
from crawler.sites.profile import Cadence, Selectors, SiteProfile
from crawler.sites.schema import Problem, ProfileError

PUBLISHER_DIR = Path(__file__).with_name("publishers")

__all__ = [
    "PUBLISHER_DIR",
    "Cadence",
    "ProfileError",
    "Registry",
    "Selectors",
    "SiteProfile",
    "all_profiles",
    "crawl_targets",
    "find_profile_file",
    "get_profile",
    "load_layer",
    "profile_dirs",
    "profile_for_url",
    "registry",
    "scan_layers",
]


def _replay_profile_dir() -> Path:
    from newscrawl_kit import PROFILE_DIR  # the kit is installed with the project; imported only here

    return PROFILE_DIR


def profile_dirs() -> tuple[tuple[str, Path], ...]:
    """(origin, folder) of every layer in use, earliest first."""
    layers: list[tuple[str, Path]] = [("bundled", PUBLISHER_DIR), ("sites", sites_dir())]
    if replay_web_in_use():
        layers.append(("replay", _replay_profile_dir()))
    return tuple(layers)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


@dataclass(frozen=True)
class Registry:
    profiles: dict[str, SiteProfile] = field(default_factory=dict)  # by name
    by_host: dict[str, SiteProfile] = field(default_factory=dict)

    def for_url(self, url: str) -> SiteProfile | None:
        return self.by_host.get(host_of(url))

    def crawl_targets(self) -> list[str]:
        """What ``newscrawl crawl`` crawls when no site is named: the operator's and the replay web's."""
        return sorted(name for name, p in self.profiles.items() if p.origin in ("sites", "replay"))


@dataclass(frozen=True, slots=True)
class ProfileFile:
    """One profile file of a layer, loaded or not (``sites list`` shows broken files too)."""

    origin: str
    path: Path
    profile: SiteProfile | None
    error: ProfileError | None


def scan_layers() -> list[ProfileFile]:
    """Every profile file of every layer in use, each loaded on its own (a bad file does not hide the rest)."""
    out = []
    for origin, directory in profile_dirs():
        for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
            try:
                out.append(ProfileFile(origin, path, SiteProfile.load(path, origin=origin), None))
            except ProfileError as exc:
                out.append(ProfileFile(origin, path, None, exc))
    return out


def find_profile_file(name_or_path: str) -> ProfileFile | None:
    """The file of the profile called ``name_or_path`` (latest layer first), or the file at that path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" and path.is_file():
        try:
            return ProfileFile("file", path, SiteProfile.load(path, origin="sites"), None)
        except ProfileError as exc:
            return ProfileFile("file", path, None, exc)
    files = scan_layers()
    for f in reversed(files):
        if (f.profile is not None and f.profile.name == name_or_path) or (
            f.profile is None and f.path.stem == name_or_path
        ):
            return f
    return None


def load_layer(directory: Path, origin: str) -> dict[str, SiteProfile]:
    """Every profile of one folder by name; ProfileError for a bad file, a repeated name or host."""
    profiles: dict[str, SiteProfile] = {}
    hosts: dict[str, str] = {}
    if not directory.is_dir():
        return profiles
    for path in sorted(directory.glob("*.toml")):
        profile = SiteProfile.load(path, origin=origin)
        if profile.name in profiles:
            other = profiles[profile.name].source
            raise ProfileError(
                str(path), [Problem("name", f"{profile.name!r} is already the name of {other}")]
            )
        for host in profile.hosts:
            if host in hosts:
                problem = Problem("hosts", f"{host!r} is already a host of profile {hosts[host]!r}")
                raise ProfileError(str(path), [problem])
            hosts[host] = profile.name
        profiles[profile.name] = profile
    return profiles


@cache
def _load(layers: tuple[tuple[str, Path], ...], stamps: tuple[int, ...]) -> Registry:
    profiles: dict[str, SiteProfile] = {}
    for origin, directory in layers:
        for name, profile in load_layer(directory, origin).items():
            profiles.pop(name, None)  # a later layer replaces the profile (and its place in the order)
            profiles[name] = profile
    by_host: dict[str, SiteProfile] = {}
    for profile in profiles.values():  # later layers last: an operator's profile wins a shared host
        for host in profile.hosts:
            by_host[host] = profile
    return Registry(profiles, by_host)


def _stamp(directory: Path) -> int:
    try:
        return directory.stat().st_mtime_ns
    except OSError:
        return 0


def registry() -> Registry:
    """The profiles of every layer in use, loaded once per state of their folders (a file added or removed is
    seen; a file edited in place is read by the next process, as every command is one)."""
    layers = profile_dirs()
    return _load(layers, tuple(_stamp(d) for _, d in layers))


def all_profiles() -> dict[str, SiteProfile]:
    """Every registered profile by name (profiles are immutable)."""
    return registry().profiles


def crawl_targets() -> list[str]:
    return registry().crawl_targets()


def get_profile(name: str) -> SiteProfile:
    try:
        return all_profiles()[name]
    except KeyError:
        known = ", ".join(sorted(all_profiles())) or "none"
        raise KeyError(f"unknown site {name!r} (known: {known})") from None


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose hosts include the URL's host (``www.`` folded), or None for unknown sites."""
    return registry().for_url(url)
