"""Set G: blind held-out aggregator layouts, written blind on 2026-12-03 by a helper session (layouts-g).

Written without reading the crawler's code (attribution, outlets, cleaning, extraction, signals, cue lists),
the attribution scorer, or the blind sets C and E: only ``base.py``'s interface, how ``layout_set`` turns
layouts into labelled pages, the layout integrity tests, and set F as an example of the file format. Each
module is one kind of real republishing site, its skeleton, chrome, metadata and credit wordings invented
here; no page of this set was scored while it was written. Arabic: an Almrsal-style WordPress
auto-aggregator, a Mubasher-like market feed, a Yemeni table-CMS mirror, a Kooora-like sports aggregator, a
Blogspot auto-blog, an AMP fast-page viewer, an "عاجل" ticker site. English: a local TV station group, a
Techmeme-like cluster river, a NewsNow-like headline board. German: a press-review / CC reprint site.
Spanish: a regional aggregator with per-source URLs.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_g.ajil_ticker import AjilTicker
from newscrawl_kit.layouts.heldout_g.amp_qari import AmpQari
from newscrawl_kit.layouts.heldout_g.blogger_scraper import BloggerScraper
from newscrawl_kit.layouts.heldout_g.fuentes_es import FuentesEs
from newscrawl_kit.layouts.heldout_g.linkboard_list import LinkboardList
from newscrawl_kit.layouts.heldout_g.malaeb_sport import MalaebSport
from newscrawl_kit.layouts.heldout_g.meme_cluster import MemeCluster
from newscrawl_kit.layouts.heldout_g.mersal_auto import MersalAuto
from newscrawl_kit.layouts.heldout_g.presseschau_de import PresseschauDe
from newscrawl_kit.layouts.heldout_g.station_group import StationGroup
from newscrawl_kit.layouts.heldout_g.tadawul_feed import TadawulFeed
from newscrawl_kit.layouts.heldout_g.yemen_mirror import YemenMirror

HELDOUT_G: tuple[Layout, ...] = (
    # Arabic
    MersalAuto(),
    TadawulFeed(),
    YemenMirror(),
    MalaebSport(),
    BloggerScraper(),
    AmpQari(),
    AjilTicker(),
    # English
    StationGroup(),
    MemeCluster(),
    LinkboardList(),
    # German, Spanish
    PresseschauDe(),
    FuentesEs(),
)

__all__ = ["HELDOUT_G"]
