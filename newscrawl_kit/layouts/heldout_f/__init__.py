"""Set F: blind held-out aggregator layouts written on 2026-12-02 after real kinds of republishing sites.

Written without reading the attribution, outlet or cleaning code, any signal or cue list, or the blind sets C
and E: only ``base.py``'s interface, how ``layout_set`` turns layouts into pages with answers, the layout
integrity tests, and set D as an example of the file format. Each module is one site, its chrome, metadata
and credit wordings invented here. Twenty-four layouts: Arabic (a Jannah WordPress auto-blog, a reader app's
web view, an Akhbarak-style portal, a maghress-style slug mirror, an Algerian Joomla portal, Kuwaiti AMP pages,
a موجز-نيوز-style scraper, a Levantine Joomla K2 site, a Telegram channel mirror, a Sahafa-style reader, a
Facebook-page repost site), English (MSN- and Yahoo-style syndication, a NewsBreak-like local reader, a Ground-News-like coverage page,
a press-release wire, an Apple-News-like preview, a Flipboard-like magazine, Substack/Medium reposts, a
county news aggregator), French (an ISP portal, a finance portal), Spanish (a Menéame-like social news site)
and German (a webmail portal). Scored by the lead only, once, at the end of the session.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_f.akhbarak_portal import AkhbarakPortal
from newscrawl_kit.layouts.heldout_f.bourse_flux import BourseFlux
from newscrawl_kit.layouts.heldout_f.county_roundup import CountyRoundup
from newscrawl_kit.layouts.heldout_f.coverage_cluster import CoverageCluster
from newscrawl_kit.layouts.heldout_f.djazair_portal import DjazairPortal
from newscrawl_kit.layouts.heldout_f.enlace_social import EnlaceSocial
from newscrawl_kit.layouts.heldout_f.facebook_repost import FacebookRepost
from newscrawl_kit.layouts.heldout_f.flip_magazine import FlipMagazine
from newscrawl_kit.layouts.heldout_f.jannah_wp import JannahWp
from newscrawl_kit.layouts.heldout_f.kuwait_amp import KuwaitAmp
from newscrawl_kit.layouts.heldout_f.levant_joomla import LevantJoomla
from newscrawl_kit.layouts.heldout_f.localfeed_reader import LocalfeedReader
from newscrawl_kit.layouts.heldout_f.maghribress import Maghribress
from newscrawl_kit.layouts.heldout_f.mogaz_style import MogazStyle
from newscrawl_kit.layouts.heldout_f.nabd_reader import NabdReader
from newscrawl_kit.layouts.heldout_f.newsletter_repost import NewsletterRepost
from newscrawl_kit.layouts.heldout_f.portail_actu import PortailActu
from newscrawl_kit.layouts.heldout_f.portal_syndication import PortalSyndication
from newscrawl_kit.layouts.heldout_f.reader_preview import ReaderPreview
from newscrawl_kit.layouts.heldout_f.release_wire import ReleaseWire
from newscrawl_kit.layouts.heldout_f.sahafa_reader import SahafaReader
from newscrawl_kit.layouts.heldout_f.telegram_mirror import TelegramMirror
from newscrawl_kit.layouts.heldout_f.webmail_news import WebmailNews
from newscrawl_kit.layouts.heldout_f.yahoo_style import YahooStyle

HELDOUT_F: tuple[Layout, ...] = (
    # Arabic
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
    FacebookRepost(),
    # English
    PortalSyndication(),
    YahooStyle(),
    LocalfeedReader(),
    CoverageCluster(),
    ReleaseWire(),
    ReaderPreview(),
    FlipMagazine(),
    NewsletterRepost(),
    CountyRoundup(),
    # French, Spanish, German
    PortailActu(),
    BourseFlux(),
    EnlaceSocial(),
    WebmailNews(),
)

__all__ = ["HELDOUT_F"]
