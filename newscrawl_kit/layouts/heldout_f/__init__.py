"""Set F (draft)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_f.akhbarak_portal import AkhbarakPortal
from newscrawl_kit.layouts.heldout_f.djazair_portal import DjazairPortal
from newscrawl_kit.layouts.heldout_f.jannah_wp import JannahWp
from newscrawl_kit.layouts.heldout_f.kuwait_amp import KuwaitAmp
from newscrawl_kit.layouts.heldout_f.levant_joomla import LevantJoomla
from newscrawl_kit.layouts.heldout_f.maghribress import Maghribress
from newscrawl_kit.layouts.heldout_f.mogaz_style import MogazStyle
from newscrawl_kit.layouts.heldout_f.nabd_reader import NabdReader
from newscrawl_kit.layouts.heldout_f.sahafa_reader import SahafaReader
from newscrawl_kit.layouts.heldout_f.telegram_mirror import TelegramMirror
from newscrawl_kit.layouts.heldout_f.portal_syndication import PortalSyndication
from newscrawl_kit.layouts.heldout_f.yahoo_style import YahooStyle
from newscrawl_kit.layouts.heldout_f.localfeed_reader import LocalfeedReader
from newscrawl_kit.layouts.heldout_f.coverage_cluster import CoverageCluster
from newscrawl_kit.layouts.heldout_f.release_wire import ReleaseWire
from newscrawl_kit.layouts.heldout_f.reader_preview import ReaderPreview
from newscrawl_kit.layouts.heldout_f.flip_magazine import FlipMagazine
from newscrawl_kit.layouts.heldout_f.newsletter_repost import NewsletterRepost
from newscrawl_kit.layouts.heldout_f.county_roundup import CountyRoundup

HELDOUT_F: tuple[Layout, ...] = (
    JannahWp(),
    NabdReader(),
    AkhbarakPortal(),
    Maghribress(),
    DjazairPortal(),
    KuwaitAmp(),
    MogazStyle(),
    LevantJoomla(),
    TelegramMirror(),
    SahafaReader(),
    PortalSyndication(),
    YahooStyle(),
    LocalfeedReader(),
    CoverageCluster(),
    ReleaseWire(),
    ReaderPreview(),
    FlipMagazine(),
    NewsletterRepost(),
    CountyRoundup(),
)

__all__ = ["HELDOUT_F"]
