"""Set C: held-out aggregator layouts written blind to the attribution code and to every other layout set.

The lead scores the crawler on these once, at the end: they measure how attribution generalises to page
templates and credit wordings nobody tuned for. One module per aggregator; ``_kit`` holds only presentation
helpers (dates, teaser picking, the slug-URL guard).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_c.afrique_veille_fr import AfriqueVeilleFr
from newscrawl_kit.layouts.heldout_c.ajelnow_mirror_ar import AjelnowMirrorAr
from newscrawl_kit.layouts.heldout_c.arab24now_amp_ar import Arab24NowAmpAr
from newscrawl_kit.layouts.heldout_c.baladress_ar import BaladressAr
from newscrawl_kit.layouts.heldout_c.dailyfeedhub_en import DailyFeedHubEn
from newscrawl_kit.layouts.heldout_c.haberakis_tr import HaberAkisTr
from newscrawl_kit.layouts.heldout_c.lantern_headlines_en import LanternHeadlinesEn
from newscrawl_kit.layouts.heldout_c.lefil_express_fr import LeFilExpressFr
from newscrawl_kit.layouts.heldout_c.marsad_alyawm_ar import MarsadAlyawmAr
from newscrawl_kit.layouts.heldout_c.nabdha_ar import NabdhaAr
from newscrawl_kit.layouts.heldout_c.nachrichtenkompass_de import NachrichtenkompassDe
from newscrawl_kit.layouts.heldout_c.nimbus_news_en import NimbusNewsEn
from newscrawl_kit.layouts.heldout_c.portada_viva_es import PortadaVivaEs
from newscrawl_kit.layouts.heldout_c.sada_mahrousa_ar import SadaMahrousaAr
from newscrawl_kit.layouts.heldout_c.sharq_jadid_ar import SharqJadidAr
from newscrawl_kit.layouts.heldout_c.tidewater_reader_en import TidewaterReaderEn

HELDOUT_C: tuple[Layout, ...] = (
    NabdhaAr(),
    SadaMahrousaAr(),
    BaladressAr(),
    MarsadAlyawmAr(),
    AjelnowMirrorAr(),
    Arab24NowAmpAr(),
    SharqJadidAr(),
    NimbusNewsEn(),
    LanternHeadlinesEn(),
    DailyFeedHubEn(),
    TidewaterReaderEn(),
    LeFilExpressFr(),
    AfriqueVeilleFr(),
    PortadaVivaEs(),
    NachrichtenkompassDe(),
    HaberAkisTr(),
)

__all__ = ["HELDOUT_C"]
