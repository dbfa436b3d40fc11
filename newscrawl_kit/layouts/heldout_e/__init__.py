"""Held-out layout set E: 19 aggregator layouts written blind on 2026-12-01 after real sites of today.

Scored only by the lead, once, at the end of the session: nobody changing the code reads these modules, prints
their pages or runs ``bench/attribution.py --verbose`` on them.
"""

from __future__ import annotations

from newscrawl_kit.layouts.heldout_e.africa_hub import AfricaHub
from newscrawl_kit.layouts.heldout_e.blogspot_auto import BlogspotAuto
from newscrawl_kit.layouts.heldout_e.dailyhunt import Dailyhunt
from newscrawl_kit.layouts.heldout_e.iraq_joomla import IraqJoomla
from newscrawl_kit.layouts.heldout_e.kora_cards import KoraCards
from newscrawl_kit.layouts.heldout_e.medium_repost import MediumRepost
from newscrawl_kit.layouts.heldout_e.pal_amp import PalAmp
from newscrawl_kit.layouts.heldout_e.patch_local import PatchLocal
from newscrawl_kit.layouts.heldout_e.portal_de import PortalDe
from newscrawl_kit.layouts.heldout_e.portal_sur_es import PortalSurEs
from newscrawl_kit.layouts.heldout_e.prwire import PrWire
from newscrawl_kit.layouts.heldout_e.reader_app import ReaderApp
from newscrawl_kit.layouts.heldout_e.revue_suisse import RevueSuisse
from newscrawl_kit.layouts.heldout_e.saudi_sahifa import SaudiSahifa
from newscrawl_kit.layouts.heldout_e.sudan_jannah import SudanJannah
from newscrawl_kit.layouts.heldout_e.telegram_mirror import TelegramMirror
from newscrawl_kit.layouts.heldout_e.teranga_fr import TerangaFr
from newscrawl_kit.layouts.heldout_e.vb_forum import VbForum
from newscrawl_kit.layouts.heldout_e.yemen_tables import YemenTables

HELDOUT_E = (
    IraqJoomla(),
    YemenTables(),
    SudanJannah(),
    SaudiSahifa(),
    PalAmp(),
    TelegramMirror(),
    BlogspotAuto(),
    VbForum(),
    KoraCards(),
    PatchLocal(),
    PrWire(),
    ReaderApp(),
    Dailyhunt(),
    MediumRepost(),
    AfricaHub(),
    TerangaFr(),
    RevueSuisse(),
    PortalSurEs(),
    PortalDe(),
)
