"""Every registered site profile has fixtures (a saved page + its expected fields), and they are current."""

from __future__ import annotations

import json

import pytest

from newscrawl_kit import replay_profiles
from tests.sites.fixtures import FIXTURE_DIR, REQUIRED_KEYS, build_fixtures, dump


@pytest.mark.parametrize("name", sorted(replay_profiles()))
def test_profile_has_fixtures(name: str) -> None:
    profile = replay_profiles()[name]
    expected = sorted((FIXTURE_DIR / name).glob("*.json"))
    assert expected, f"site profile {name!r} has no fixture: add tests/sites/{name}/<page>.html + .json"
    for path in expected:
        page = path.with_suffix(".html")
        assert page.is_file(), f"{path} has no saved page {page.name}"
        data = json.loads(path.read_text(encoding="utf-8"))
        missing = [k for k in REQUIRED_KEYS if k not in data]
        assert not missing, f"{path}: missing keys {missing}"
        assert profile.is_article_url(data["url"]), f"{path}: {data['url']} is not an article URL of {name}"
        assert data["title"] and data["body"]


def test_fixtures_match_the_replay_web() -> None:
    """Fixtures are rendered from the replay web: regenerate them (python -m tests.sites.fixtures) after edits."""
    for f in build_fixtures():
        folder = FIXTURE_DIR / f.profile
        assert (folder / f"{f.stem}.html").read_bytes() == f.html, f"{f.profile}/{f.stem}.html is stale"
        assert (folder / f"{f.stem}.json").read_text(encoding="utf-8") == dump(f.expected), f.stem
        if f.served is not None:
            assert (folder / f"{f.stem}.nojs.html").read_bytes() == f.served
