"""The layouts attribution is tuned on (held-out layouts live in ``newscrawl_kit.layouts.heldout``)."""

from newscrawl_kit.layouts.base import Layout
from newscrawl_kit.layouts.tuning.actu import ActuPortail
from newscrawl_kit.layouts.tuning.ampnews import AmpNews
from newscrawl_kit.layouts.tuning.blogger import BloggerRepost
from newscrawl_kit.layouts.tuning.briefstack import BriefStack
from newscrawl_kit.layouts.tuning.filcontinu import FilContinu
from newscrawl_kit.layouts.tuning.fullcover import FullCoverage
from newscrawl_kit.layouts.tuning.jannah import JannahWordPress
from newscrawl_kit.layouts.tuning.khaleej import KhaleejPortal
from newscrawl_kit.layouts.tuning.ledger import LedgerDigest
from newscrawl_kit.layouts.tuning.madar import MadarGate
from newscrawl_kit.layouts.tuning.mogaz import MogazStyle
from newscrawl_kit.layouts.tuning.nabaa import NabaaNow
from newscrawl_kit.layouts.tuning.oldportal import OldPortal
from newscrawl_kit.layouts.tuning.provider import ProviderPortal
from newscrawl_kit.layouts.tuning.reader import ReaderApp
from newscrawl_kit.layouts.tuning.ress import RessMirror
from newscrawl_kit.layouts.tuning.tagdiv import TagDivNewspaper

TUNING: tuple[Layout, ...] = (
    NabaaNow(),
    RessMirror(),
    MogazStyle(),
    KhaleejPortal(),
    ProviderPortal(),
    ReaderApp(),
    OldPortal(),
    ActuPortail(),
    JannahWordPress(),
    BloggerRepost(),
    FullCoverage(),
    TagDivNewspaper(),
    AmpNews(),
    LedgerDigest(),
    MadarGate(),
    FilContinu(),
    BriefStack(),
)
