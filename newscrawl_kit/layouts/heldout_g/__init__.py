"""Set G: blind held-out aggregator layouts, written blind on 2026-12-03 by a helper session (layouts-g).

Written without reading the crawler's code (attribution, outlets, cleaning, extraction, signals, cue lists),
the attribution scorer, or the blind sets C and E: only ``base.py``'s interface, how ``layout_set`` turns
layouts into labelled pages, the layout integrity tests, and set F as an example of the file format. Each
module is one kind of real republishing site, its skeleton, chrome, metadata and credit wordings invented
here; no page of this set was scored while it was written. Twenty-three layouts. Arabic: an Almrsal-style
WordPress auto-aggregator, a Mubasher-like market feed, a Yemeni table-CMS mirror, a Kooora-like sports
aggregator, a Blogspot auto-blog, an AMP fast-page viewer, an "عاجل" ticker site, a WhatsApp-channel web
mirror, a Sabq-like portal running SPA items, a Libyan/Sudanese slug mirror, and a Persian portal's Arabic
desk (Persian chrome, Arabic copies: the set has no Persian stories). English: a local TV station group, a
Techmeme-like cluster river, a NewsNow-like headline board, a news-reader app web view, an old-Reddit-style
forum mirror, a feed-reader share page. French: a francophone Maghreb aggregator, a Québec partner-content
portal. German: a press-review / CC reprint site, a Swiss telecom-style portal. Spanish: a regional
aggregator with per-source URLs, a Latin American press kiosk.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_g.ajil_ticker import AjilTicker
from newscrawl_kit.layouts.heldout_g.alpen_portal_de import AlpenPortalDe
from newscrawl_kit.layouts.heldout_g.amp_qari import AmpQari
from newscrawl_kit.layouts.heldout_g.blogger_scraper import BloggerScraper
from newscrawl_kit.layouts.heldout_g.feedshare_page import FeedsharePage
from newscrawl_kit.layouts.heldout_g.fuentes_es import FuentesEs
from newscrawl_kit.layouts.heldout_g.khabar_farsi import KhabarFarsi
from newscrawl_kit.layouts.heldout_g.kiosko_latam import KioskoLatam
from newscrawl_kit.layouts.heldout_g.libya_mirror import LibyaMirror
from newscrawl_kit.layouts.heldout_g.linkboard_list import LinkboardList
from newscrawl_kit.layouts.heldout_g.maghreb_actu_fr import MaghrebActuFr
from newscrawl_kit.layouts.heldout_g.malaeb_sport import MalaebSport
from newscrawl_kit.layouts.heldout_g.meme_cluster import MemeCluster
from newscrawl_kit.layouts.heldout_g.mersal_auto import MersalAuto
from newscrawl_kit.layouts.heldout_g.nouvelles_qc import NouvellesQc
from newscrawl_kit.layouts.heldout_g.presseschau_de import PresseschauDe
from newscrawl_kit.layouts.heldout_g.qanat_whatsapp import QanatWhatsapp
from newscrawl_kit.layouts.heldout_g.smartview_app import SmartviewApp
from newscrawl_kit.layouts.heldout_g.station_group import StationGroup
from newscrawl_kit.layouts.heldout_g.tadawul_feed import TadawulFeed
from newscrawl_kit.layouts.heldout_g.threadmirror import Threadmirror
from newscrawl_kit.layouts.heldout_g.wasl_portal import WaslPortal
from newscrawl_kit.layouts.heldout_g.yemen_mirror import YemenMirror

HELDOUT_G: tuple[Layout, ...] = (
    # Arabic (the last one with Persian chrome)
    MersalAuto(),
    TadawulFeed(),
    YemenMirror(),
    MalaebSport(),
    BloggerScraper(),
    AmpQari(),
    AjilTicker(),
    QanatWhatsapp(),
    WaslPortal(),
    LibyaMirror(),
    KhabarFarsi(),
    # English
    StationGroup(),
    MemeCluster(),
    LinkboardList(),
    SmartviewApp(),
    Threadmirror(),
    FeedsharePage(),
    # French, German, Spanish
    MaghrebActuFr(),
    NouvellesQc(),
    PresseschauDe(),
    AlpenPortalDe(),
    FuentesEs(),
    KioskoLatam(),
)

__all__ = ["HELDOUT_G"]
