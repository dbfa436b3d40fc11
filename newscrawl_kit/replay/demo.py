"""The bundled demo web: 32 hand-written stories on 8 outlet sites and 5 aggregators.

Hard cases on purpose (see the plan below):
- two different stories about the same event: ar-metro-trial / ar-metro-riders (and ar-gem-visitors /
  en-museum-record, same event in two languages): they must stay separate stories;
- follow-ups reusing one paragraph word for word: ar-nile-level-followup, en-opec-followup;
- truncated copies (first 3 paragraphs) and lightly edited copies (new headline, reworded lead);
- three aggregator pages with no credit at all whose story exists nowhere else (attribution: unknown);
- mogaz's "التالى" link names another outlet than the page's own source;
- masress's ticker carries the render date; oldnews is windows-1256 with the charset only in <meta> or nowhere;
- jsnews is empty without JavaScript.
"""

from __future__ import annotations

from datetime import date

from newscrawl_kit.replay.build import Republish as R
from newscrawl_kit.replay.build import assemble_web
from newscrawl_kit.replay.content import Story
from newscrawl_kit.replay.stories_ar import STORIES_AR
from newscrawl_kit.replay.stories_en import STORIES_EN
from newscrawl_kit.replay.web import ReplayWeb

STORIES: list[Story] = STORIES_AR + STORIES_EN

DEMO_PLAN: dict[str, list[R]] = {
    "mogaz.test": [
        R("ar-metro-trial"),
        R("ar-nile-level"),
        R("ar-nile-level-followup"),
        R("ar-cotton-prices", "truncated"),
        R("ar-riyadh-season"),
        R("ar-beirut-power"),
        R("ar-school-meals"),
        R("ar-fuel-prices"),
        R("ar-gem-visitors", "edited"),
        R("ar-damascus-souk"),
        R("ar-agg-warehouse-fire", credit=None),
        R("ar-canal-revenue"),
        R("ar-film-festival"),
        R("ar-alex-storm"),
        R("ar-bread-cards"),
    ],
    "masress.test": [
        R("ar-metro-trial"),
        R("ar-metro-riders"),
        R("ar-nile-level", "edited"),
        R("ar-cotton-prices"),
        R("ar-amman-water"),
        R("ar-school-meals"),
        R("ar-fuel-prices"),
        R("ar-oman-tourism"),
        R("ar-damascus-souk"),
        R("ar-canal-revenue"),
        R("ar-film-festival"),
        R("ar-football-friendly"),
        R("ar-alex-storm"),
        R("ar-kuwait-rain"),
        R("ar-olive-harvest"),
    ],
    "oldnews.test": [
        R("ar-riyadh-season"),
        R("ar-amman-water"),
        R("ar-school-meals", "truncated"),
        R("ar-bread-cards"),
        R("ar-football-friendly"),
        R("ar-kuwait-rain"),
        R("ar-agg-weather", credit=None),
    ],
    "jsnews.test": [
        R("ar-metro-riders"),
        R("ar-nile-level-followup"),
        R("ar-beirut-power", "edited"),
        R("ar-gem-visitors"),
        R("ar-oman-tourism"),
        R("ar-damascus-souk"),
        R("ar-olive-harvest"),
    ],
    "worldbrief.test": [
        R("en-canal-traffic", credit="dateline"),
        R("en-jordan-water", credit="signoff"),
        R("en-lebanon-power", credit="signoff"),
        R("en-saudi-dates", credit="source"),
        R("en-museum-record", credit="originally"),
        R("en-gulf-rates", "edited", credit="source"),
        R("en-opec-output", credit="dateline"),
        R("en-opec-followup", credit="source"),
        R("en-amman-schools", credit="first-appeared"),
        R("en-cop-talks", "truncated", credit="read-full"),
        R("en-agg-desert-rally", credit=None),
    ],
}


def build_demo_web(today: date | None = None) -> ReplayWeb:
    """The demo web. ``today`` is the render date shown in masress's ticker (default: the real today)."""
    day = today or date.today()
    web = assemble_web(STORIES, DEMO_PLAN, day)
    web.today = day
    return web
