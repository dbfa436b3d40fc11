"""Held-out aggregator layouts: the attribution code is scored on them and never tuned on them.

Written from what real aggregators' pages look like (each module says which), without reading the attribution
code. Do not tune the crawler against these layouts; add a layout to ``newscrawl_kit.layouts.tuning`` for that.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout.bawabat_masr import BawabatMasr
from newscrawl_kit.layouts.heldout.bourse_info import BourseInfo
from newscrawl_kit.layouts.heldout.clusterwatch import Clusterwatch
from newscrawl_kit.layouts.heldout.frontpage import Frontpage
from newscrawl_kit.layouts.heldout.hubfeed import Hubfeed
from newscrawl_kit.layouts.heldout.khabarress import Khabarress
from newscrawl_kit.layouts.heldout.khaleeji_now import KhaleejiNow
from newscrawl_kit.layouts.heldout.localwire import Localwire
from newscrawl_kit.layouts.heldout.magharibia import Magharibia
from newscrawl_kit.layouts.heldout.marsad import Marsad
from newscrawl_kit.layouts.heldout.mashreq24 import Mashreq24
from newscrawl_kit.layouts.heldout.nachrichten24 import Nachrichten24
from newscrawl_kit.layouts.heldout.newsstand import Newsstand
from newscrawl_kit.layouts.heldout.noticias_ya import NoticiasYa
from newscrawl_kit.layouts.heldout.panafrica import Panafrica
from newscrawl_kit.layouts.heldout.pocketreader import Pocketreader
from newscrawl_kit.layouts.heldout.portail_actu import PortailActu

HELDOUT: tuple[Layout, ...] = (
    # Arabic: Egypt, the Gulf, the Levant, the Maghreb
    Khabarress(),
    BawabatMasr(),
    KhaleejiNow(),
    Mashreq24(),
    Magharibia(),
    Marsad(),
    # English
    Frontpage(),
    Hubfeed(),
    Localwire(),
    Clusterwatch(),
    Panafrica(),
    Pocketreader(),
    Newsstand(),
    # French
    PortailActu(),
    BourseInfo(),
    # Spanish, German
    NoticiasYa(),
    Nachrichten24(),
)
