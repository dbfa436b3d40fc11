"""Held-out aggregator layouts: the attribution code is scored on them and never tuned on them.

Written from what real aggregators' pages look like, without reading the attribution code. Do not tune the
crawler against these layouts; add a layout to ``newscrawl_kit.layouts.tuning`` for that.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout.bawabat_masr import BawabatMasr
from newscrawl_kit.layouts.heldout.khabarress import Khabarress
from newscrawl_kit.layouts.heldout.khaleeji_now import KhaleejiNow
from newscrawl_kit.layouts.heldout.magharibia import Magharibia
from newscrawl_kit.layouts.heldout.marsad import Marsad
from newscrawl_kit.layouts.heldout.mashreq24 import Mashreq24

HELDOUT: tuple[Layout, ...] = (
    # Arabic
    Khabarress(),
    BawabatMasr(),
    KhaleejiNow(),
    Mashreq24(),
    Magharibia(),
    Marsad(),
)
