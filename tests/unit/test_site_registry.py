"""The replay web's `.test` profiles load only while the replay web is in use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROBE = "import json; from crawler.sites import all_profiles; print(json.dumps(sorted(all_profiles())))"


def _profiles(**env: str) -> list[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("NEWSCRAWL_REPLAY", "NEWSCRAWL_REPLAY_PROXY")}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=environ | env, cwd=REPO, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_production_sees_no_replay_profile() -> None:
    assert not [name for name in _profiles() if name in ("ahram", "mogaz", "worldbrief")]


def test_replay_profiles_load_with_the_replay_web() -> None:
    assert {"ahram", "mogaz", "worldbrief"} <= set(_profiles(NEWSCRAWL_REPLAY="1"))
    assert {"ahram", "mogaz"} <= set(_profiles(NEWSCRAWL_REPLAY_PROXY="http://127.0.0.1:9"))
