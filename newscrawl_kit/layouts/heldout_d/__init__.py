"""Set D: held-out aggregator layouts written blind (2026-12-01) to look like real aggregators of today.

Written without reading the attribution or extraction code, the outlet registry or any other layout set: only
``base.py``'s interface and how the labelled set is generated and scored. Sixteen layouts: Arabic (Egyptian
slug mirror and portal, Gulf app web view and AMP pages, Levantine WordPress auto-blog and div-soup site,
Maghrebi bilingual portal, a news-cluster page), English (portal syndication, a source-comparison reader, a
reader view, a WordPress RSS scraper), French, German and Spanish. Measured once on hand-over (that first
figure is the held-out one); afterwards a development set like A and B.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_d.actuflux import ActuFlux
from newscrawl_kit.layouts.heldout_d.alinstante import AlInstante
from newscrawl_kit.layouts.heldout_d.anaween import Anaween
from newscrawl_kit.layouts.heldout_d.beirutnow import BeirutNow
from newscrawl_kit.layouts.heldout_d.blickpunkt import Blickpunkt
from newscrawl_kit.layouts.heldout_d.daybreak import Daybreak
from newscrawl_kit.layouts.heldout_d.khaleej_amp import KhaleejAmp
from newscrawl_kit.layouts.heldout_d.lerelais import LeRelais
from newscrawl_kit.layouts.heldout_d.levelfield import LevelField
from newscrawl_kit.layouts.heldout_d.mailpost import Mailpost
from newscrawl_kit.layouts.heldout_d.misrpress import MisrPress
from newscrawl_kit.layouts.heldout_d.nabaalan import NabaAlan
from newscrawl_kit.layouts.heldout_d.quickread import Quickread
from newscrawl_kit.layouts.heldout_d.sada import Sada
from newscrawl_kit.layouts.heldout_d.trendingwire import TrendingWire
from newscrawl_kit.layouts.heldout_d.zajel import Zajel
from newscrawl_kit.layouts.heldout_d.zoommaghreb import ZoomMaghreb

HELDOUT_D: tuple[Layout, ...] = (
    # Arabic
    MisrPress(),
    NabaAlan(),
    Sada(),
    KhaleejAmp(),
    BeirutNow(),
    ZoomMaghreb(),
    Anaween(),
    Zajel(),
    # English
    Daybreak(),
    LevelField(),
    Quickread(),
    TrendingWire(),
    # French
    ActuFlux(),
    LeRelais(),
    # German, Spanish
    Mailpost(),
    Blickpunkt(),
    AlInstante(),
)

__all__ = ["HELDOUT_D"]
