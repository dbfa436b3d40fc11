"""Set H: blind held-out aggregator layouts written on 2026-12-03 after real kinds of republishing sites.

Written blind: only ``base.py``'s interface, how ``newscrawl_kit.labelled`` turns layouts into pages with
answers, the layout integrity tests, set F's file format and the wiring lines of set G were read; nothing under
``crawler/`` (attribution, outlets, cleaning, extraction, cue lists, model), nor sets C, E or G, and no page of
this set was scored. Each module is one site, its skeleton, chrome, metadata and credit wordings invented here
after a real kind of site. Twenty-seven layouts:

Arabic: an Arabic Google-News-like full-coverage cluster page (``cluster_ar``), a Gulf ministry's
SharePoint/ASP.NET news mirror of agency items (``gulf_ministry``), a Moroccan Blogger copy-blog of
Hespress-type sites (``blogger_maroc``), an Egyptian portal with a "مصدر الخبر" card (``masdar_card``), a
trending site built on an outlet's X/Telegram embed (``social_embed``), a WordPress RSS auto-importer filing
posts under the feed as a category (``wp_autoimport``), a Gulf aggregator's AMP pages on an AMP-cache host
(``amp_cache``), a print-edition PDF-to-HTML archive (``print_edition``), an Iraqi network site crediting in
the figcaption or mid-text (``caption_credit``), a Lebanese JavaScript portal with an ``<aside>`` source box and
a ``<noscript>`` logo (``levant_lazy``), a Telegram channel's web preview with forwarded posts
(``tg_channel_web``), a Kooora-like football hub with Arabic-Indic dates (``sports_hub``).
English: an MSN-like partner viewer (``partner_hub``), an Apple-News-like reader's web view (``reader_web``), a
local TV/newspaper network member site (``station_network``), a finance portal's press-release reprints
(``release_reprint``), a Mailchimp-style campaign archive (``campaign_archive``), a Substack-style roundup
(``roundup_post``), a civic site republishing nonprofit newsrooms under CC (``nonprofit_repub``), a read-later
service's share page naming the origin by its domain (``readlater_share``).
French: a regional press-review site (``revue_presse``), a Swiss-French portal with partner dailies
(``partenaire_romand``), a Quebec regional portal running wire and partner copy (``fil_quebec``).
Spanish: a Latin American portal (``latam_portal``), an aggregator app's web edition (``agregador_app``).
German: a business portal reprinting press-portal feeds (``pressemeldung``), an aggregator portal filing copies
under ``/quelle/<slug>/`` (``quellen_portal``). Scored by the lead only, once.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_h.agregador_app import AgregadorApp
from newscrawl_kit.layouts.heldout_h.amp_cache import AmpCache
from newscrawl_kit.layouts.heldout_h.blogger_maroc import BloggerMaroc
from newscrawl_kit.layouts.heldout_h.campaign_archive import CampaignArchive
from newscrawl_kit.layouts.heldout_h.caption_credit import CaptionCredit
from newscrawl_kit.layouts.heldout_h.cluster_ar import ClusterAr
from newscrawl_kit.layouts.heldout_h.fil_quebec import FilQuebec
from newscrawl_kit.layouts.heldout_h.gulf_ministry import GulfMinistry
from newscrawl_kit.layouts.heldout_h.latam_portal import LatamPortal
from newscrawl_kit.layouts.heldout_h.levant_lazy import LevantLazy
from newscrawl_kit.layouts.heldout_h.masdar_card import MasdarCard
from newscrawl_kit.layouts.heldout_h.nonprofit_repub import NonprofitRepub
from newscrawl_kit.layouts.heldout_h.partenaire_romand import PartenaireRomand
from newscrawl_kit.layouts.heldout_h.partner_hub import PartnerHub
from newscrawl_kit.layouts.heldout_h.pressemeldung import Pressemeldung
from newscrawl_kit.layouts.heldout_h.print_edition import PrintEdition
from newscrawl_kit.layouts.heldout_h.quellen_portal import QuellenPortal
from newscrawl_kit.layouts.heldout_h.reader_web import ReaderWeb
from newscrawl_kit.layouts.heldout_h.readlater_share import ReadlaterShare
from newscrawl_kit.layouts.heldout_h.release_reprint import ReleaseReprint
from newscrawl_kit.layouts.heldout_h.revue_presse import RevuePresse
from newscrawl_kit.layouts.heldout_h.roundup_post import RoundupPost
from newscrawl_kit.layouts.heldout_h.social_embed import SocialEmbed
from newscrawl_kit.layouts.heldout_h.sports_hub import SportsHub
from newscrawl_kit.layouts.heldout_h.station_network import StationNetwork
from newscrawl_kit.layouts.heldout_h.tg_channel_web import TgChannelWeb
from newscrawl_kit.layouts.heldout_h.wp_autoimport import WpAutoImport

HELDOUT_H: tuple[Layout, ...] = (
    # Arabic
    ClusterAr(),
    GulfMinistry(),
    BloggerMaroc(),
    MasdarCard(),
    SocialEmbed(),
    WpAutoImport(),
    AmpCache(),
    PrintEdition(),
    CaptionCredit(),
    LevantLazy(),
    TgChannelWeb(),
    SportsHub(),
    # English
    PartnerHub(),
    ReaderWeb(),
    StationNetwork(),
    ReleaseReprint(),
    CampaignArchive(),
    RoundupPost(),
    NonprofitRepub(),
    ReadlaterShare(),
    # French, Spanish, German
    RevuePresse(),
    PartenaireRomand(),
    FilQuebec(),
    LatamPortal(),
    AgregadorApp(),
    Pressemeldung(),
    QuellenPortal(),
)

__all__ = ["HELDOUT_H"]
