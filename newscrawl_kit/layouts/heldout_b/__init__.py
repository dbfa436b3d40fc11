"""Set B: a second held-out set of aggregator layouts, the final never-seen test of attribution.

Written blind to the attribution code, its outlet registry, the extraction code, the replay renderer and every
other layout (tuning and held-out set A): only ``base.py``'s interface and the layout test were read. Use it once,
at the end, and never tune on it: a figure measured after looking at these pages is no longer a held-out figure.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.heldout_b.algerflash import AlgerFlash
from newscrawl_kit.layouts.heldout_b.feedpane import Feedpane
from newscrawl_kit.layouts.heldout_b.gidi import Gidi
from newscrawl_kit.layouts.heldout_b.giro import Giro
from newscrawl_kit.layouts.heldout_b.haberakisi import HaberAkisi
from newscrawl_kit.layouts.heldout_b.lemaninfo import LemanInfo
from newscrawl_kit.layouts.heldout_b.linkboard import Linkboard
from newscrawl_kit.layouts.heldout_b.mawja import Mawja
from newscrawl_kit.layouts.heldout_b.multaqa_sd import MultaqaSd
from newscrawl_kit.layouts.heldout_b.newskhoj import NewsKhoj
from newscrawl_kit.layouts.heldout_b.portada import Portada
from newscrawl_kit.layouts.heldout_b.pressdesk import PressDesk
from newscrawl_kit.layouts.heldout_b.sahm365 import Sahm365
from newscrawl_kit.layouts.heldout_b.telemiraa import TeleMiraa
from newscrawl_kit.layouts.heldout_b.zawiya import Zawiya

HELDOUT_B: tuple[Layout, ...] = (
    # Arabic
    Sahm365(),
    MultaqaSd(),
    TeleMiraa(),
    Mawja(),
    Zawiya(),
    # English
    NewsKhoj(),
    Linkboard(),
    PressDesk(),
    Feedpane(),
    Gidi(),
    # French
    AlgerFlash(),
    LemanInfo(),
    # Spanish, Portuguese, Turkish
    Portada(),
    Giro(),
    HaberAkisi(),
)

__all__ = ["HELDOUT_B"]
