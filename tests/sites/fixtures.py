"""Per-site fixtures rendered from the replay web: ``tests/sites/<profile>/<story>.html`` + ``<story>.json``.

Regenerate after changing the replay web:  ``.venv/bin/python -m tests.sites.fixtures``
(``test_fixtures_current`` fails until you do). For JavaScript sites the ``.html`` is the DOM after the
script ran (what the browser hands to the extractor) and ``<story>.nojs.html`` is the page as served.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newscrawl_kit import replay_profiles
from newscrawl_kit.replay.web import PageTruth, ReplayWeb, build_demo_web

FIXTURE_DIR = Path(__file__).resolve().parent
FIXTURE_TODAY = date(2026, 11, 29)  # the render date in tickers, fixed so the fixtures never drift
REQUIRED_KEYS = ("url", "title", "body", "published_at", "outlet", "original_url")

# Which demo pages become fixtures: every site's first page, plus the hard cases of each aggregator.
EXTRA_STORIES: dict[str, tuple[str, ...]] = {
    "mogaz": ("ar-agg-warehouse-fire", "ar-gem-visitors", "ar-cotton-prices"),
    "masress": ("ar-nile-level",),
    "worldbrief": ("en-canal-traffic", "en-jordan-water", "en-museum-record", "en-agg-desert-rally"),
    "oldnews": ("ar-agg-weather", "ar-amman-water"),  # even id: charset in <meta>; odd id: nowhere
    "jsnews": ("ar-beirut-power",),
}


@dataclass(frozen=True, slots=True)
class Fixture:
    profile: str
    stem: str
    html: bytes  # what the extractor sees (after JS for browser sites)
    expected: dict[str, Any]
    served: bytes | None = None  # the page as served, when it differs (JS sites)


def expected_fields(t: PageTruth, profile: str, encoding: str, rendered: bool) -> dict[str, Any]:
    return {
        "url": t.url,
        "site": t.site,
        "profile": profile,
        "encoding": encoding,
        "rendered": rendered,
        "title": t.title,
        "body": t.body,
        "published_at": t.published_at.isoformat(),
        "authors": list(t.authors),
        "language": t.language,
        "outlet": {"name": t.outlet_name, "domain": t.outlet_domain} if t.outlet_name else None,
        "original_url": t.original_url,
        "is_original": t.is_original,
        "credited": t.credited,
        "agency": t.agency,
        "variant": t.variant,
    }


def build_fixtures(web: ReplayWeb | None = None) -> list[Fixture]:
    web = web or build_demo_web(FIXTURE_TODAY)
    out: list[Fixture] = []
    for name, profile in sorted(replay_profiles().items()):
        pages = sorted((t for t in web.truth.values() if t.site in profile.hosts), key=lambda t: t.url)
        if not pages:
            continue
        wanted = {pages[0].story_key, *EXTRA_STORIES.get(name, ())}
        for t in pages:
            if t.story_key not in wanted:
                continue
            wanted.discard(t.story_key)
            resource = web.get_url(t.url)
            assert resource is not None
            # The one replay site not in UTF-8 (its pages do not say so in the HTTP header).
            encoding = "windows-1256" if t.site == "oldnews.test" else "utf-8"
            dom = web.rendered_dom.get(t.url)
            html = dom.encode() if dom is not None else resource.body
            out.append(
                Fixture(
                    name,
                    t.story_key,
                    html,
                    expected_fields(t, name, encoding, dom is not None),
                    resource.body if dom is not None else None,
                )
            )
        assert not wanted, f"{name}: fixture stories not on the site: {sorted(wanted)}"
    return out


def dump(expected: dict[str, Any]) -> str:
    return json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def write_fixtures(root: Path = FIXTURE_DIR) -> int:
    fixtures = build_fixtures()
    keep = {(f.profile, f.stem) for f in fixtures}
    for path in root.glob("*/*.*"):
        if path.suffix in (".html", ".json") and (path.parent.name, path.name.split(".")[0]) not in keep:
            path.unlink()  # a fixture whose page is gone from the replay web
    for f in fixtures:
        folder = root / f.profile
        folder.mkdir(exist_ok=True)
        (folder / f"{f.stem}.html").write_bytes(f.html)
        (folder / f"{f.stem}.json").write_text(dump(f.expected), encoding="utf-8")
        if f.served is not None:
            (folder / f"{f.stem}.nojs.html").write_bytes(f.served)
    return len(fixtures)


if __name__ == "__main__":
    print(f"wrote {write_fixtures()} fixtures under {FIXTURE_DIR}")
