"""The profile schema: every problem named by its key; the TOML writer round-trips; -s settings are typed."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from crawler.settings_check import check_setting, coerce_setting
from crawler.sites import load_layer
from crawler.sites.profile import SiteProfile
from crawler.sites.schema import KEYS, ProfileError, validate
from crawler.sites.writer import to_toml, write_profile

REPO = Path(__file__).resolve().parents[2]


def keys(data: dict) -> list[str]:
    return [p.key for p in validate(data)]


def test_a_good_profile_has_no_problem() -> None:
    data = {
        "name": "quay",
        "hosts": ["quay.example", "www.quay.example"],
        "kind": "outlet",
        "language": "en",
        "timezone": "Europe/London",
        "home": "https://quay.example/",
        "feeds": ["https://quay.example/feed/"],
        "article_url": r"^/\d{4}/\d{2}/\d{2}/[^/]+/$",
        "selectors": {"title": "h1.entry-title", "body": "xpath://div[@class='entry-content']"},
        "cadence": {"default": 900, "min": 300, "max": 3600},
        "settings": {"DOWNLOAD_DELAY": 1.5, "CONCURRENT_REQUESTS_PER_DOMAIN": 1},
    }
    assert validate(data) == []
    profile = SiteProfile.from_dict(data)
    assert profile.hosts == ("quay.example",)
    assert profile.settings == {"DOWNLOAD_DELAY": 1.5, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}


@pytest.mark.parametrize(
    ("data", "key", "says"),
    [
        ({"hosts": "a.example"}, "hosts", "expected a list"),
        ({"hosts": ["https://a.example/"]}, "hosts[0]", "not a host name"),
        ({"hosts": ["a.example"], "feeds": ["/rss"]}, "feeds[0]", "not an http(s) URL"),
        ({"hosts": ["a.example"], "article_url": "(["}, "article_url", "invalid regular expression"),
        ({"hosts": ["a.example"], "kind": "blog"}, "kind", "must be one of aggregator, outlet, wire"),
        ({"hosts": ["a.example"], "timezone": "Cairo"}, "timezone", "unknown time zone"),
        ({"hosts": ["a.example"], "selectors": {"body": "div..x"}}, "selectors.body", "invalid selector"),
        ({"hosts": ["a.example"], "selectors": {"headline": "h1"}}, "selectors.headline", "unknown selector"),
        ({"hosts": ["a.example"], "cadence": {"min": 10}}, "cadence.min", "must be >= 60"),
        ({"hosts": ["a.example"], "cadence": {"min": 900, "max": 600}}, "cadence", "min <= default <= max"),
        (
            {"hosts": ["a.example"], "settings": {"DOWNLOAD_DELAY": "soon"}},
            "settings.DOWNLOAD_DELAY",
            "a number",
        ),
        ({"hosts": ["a.example"], "max_listing_pages": 0}, "max_listing_pages", "must be >= 1"),
        ({"hosts": ["a.example"], "wait_for": "#app"}, "wait_for", "render = 'browser'"),
        ({"hosts": ["a.example"], "feed": ["http://a.example/rss"]}, "feed", "did you mean 'feeds'"),
        ({"name": "Big Site", "hosts": ["a.example"]}, "name", "not a site name"),
        ({}, "hosts", "at least one host"),
    ],
)
def test_each_problem_names_its_key(data: dict, key: str, says: str) -> None:
    problems = validate(data)
    assert [p.key for p in problems] == [key], problems
    assert says in problems[0].message


def test_profile_error_is_one_line_naming_file_key_and_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text('hosts = "a.example"\nkind = "blog"\n')
    with pytest.raises(ProfileError) as err:
        SiteProfile.load(path)
    assert str(err.value) == (
        f"{path}: hosts: expected a list, e.g. hosts = ['a.example'] (+1 more: newscrawl sites check)"
    )
    path.write_text("hosts = [\n")
    with pytest.raises(ProfileError, match=r"x.toml: toml: not valid TOML"):
        SiteProfile.load(path)


def test_a_layer_refuses_two_profiles_for_one_host(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('hosts = ["a.example"]\n')
    (tmp_path / "b.toml").write_text('hosts = ["www.a.example"]\n')
    with pytest.raises(ProfileError, match=r"b.toml: hosts: 'a.example' is already a host of profile 'a'"):
        load_layer(tmp_path, "sites")


def test_every_schema_key_is_a_profile_field_and_documented() -> None:
    fields = set(SiteProfile.__dataclass_fields__) - {"source", "origin"}
    assert set(KEYS) == fields
    reference = (REPO / "docs" / "profiles.md").read_text()
    for key in KEYS:
        assert f"`{key}`" in reference, key


def test_writer_round_trips_awkward_values(tmp_path: Path) -> None:
    data = {
        "name": "quay",
        "hosts": ["quay.example"],
        "outlet": "Al-Quds 'Today' \"news\"",
        "article_url": r"^/news/\d+-[^/]+\.html$",
        "strip_text": ["^(?:Read more|اقرأ أيضا)"],
        "selectors": {"title": "h1[itemprop='headline']"},
        "cadence": {"default": 600},
    }
    text = to_toml(data, "written by a test\nsecond line")
    assert tomllib.loads(text) == data
    assert text.startswith("# written by a test\n# second line\n")
    path = write_profile(tmp_path / "sites", "quay", text)
    assert SiteProfile.load(path).article_url == data["article_url"]
    with pytest.raises(FileExistsError):
        write_profile(tmp_path / "sites", "quay", text)


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("CONCURRENT_REQUESTS", "4", 4),
        ("DOWNLOAD_DELAY", "0.5", 0.5),
        ("AUTOTHROTTLE_ENABLED", "true", True),
        ("ITEM_PIPELINES", '{"x.Y": 1}', {"x.Y": 1}),
        ("SOME_EXTENSION_SETTING", "anything", "anything"),
    ],
)
def test_settings_are_coerced_to_the_type_of_their_default(name: str, value: str, expected: object) -> None:
    assert coerce_setting(name, value) == expected


def test_bad_settings_are_one_line() -> None:
    assert check_setting("CONCURRENT_REQUESTS", "abc") == "CONCURRENT_REQUESTS='abc': expected a number"
    assert (
        check_setting("AUTOTHROTTLE_ENABLED", "maybe")
        == "AUTOTHROTTLE_ENABLED='maybe': expected true or false"
    )
    assert "UPPER_CASE" in (check_setting("concurrent_requests", "1") or "")
    # A string setting that logging refuses mid-start (a traceback, exit 1) is checked too.
    assert check_setting("LOG_LEVEL", "LOUD") == (
        "LOG_LEVEL='LOUD': expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    )
    assert coerce_setting("LOG_LEVEL", "warning") == "WARNING"
