"""The demo and test kit: the offline replay web, the generated labelled sets and the replay web's profiles.

Nothing here runs in production. The replay web's site profiles (``profiles/*.toml``, hosts under ``.test``)
are loaded by ``crawler.sites`` only while the replay web is in use (``NEWSCRAWL_REPLAY=1`` or
``NEWSCRAWL_REPLAY_PROXY`` set): the demo, the tests and the benchmarks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawler.sites.profile import SiteProfile

PROFILE_DIR = Path(__file__).with_name("profiles")


def use_replay_web() -> None:
    """Load the replay web's profiles in this process and the processes it starts."""
    os.environ["NEWSCRAWL_REPLAY"] = "1"


def replay_profiles() -> dict[str, SiteProfile]:
    """The replay web's profiles by name (the registry holds the bundled publishers and yours too)."""
    from crawler.sites import all_profiles

    use_replay_web()
    return {name: p for name, p in all_profiles().items() if p.origin == "replay"}
