"""Cue words: how pages in many languages say "source", "via", "first published", "related", "most read".

Word-level, not phrase-level: a credit is recognised by a cue word near a name, whatever the sentence around
it ("المصدر:", "نقلاً عن", "Source :", "Publié par", "via", "Quelle:", "This article first appeared on").
Everything is matched on folded tokens (``fold_tokens``): case, Arabic letter variants and the clitics that
Arabic glues to words ("والمصدر", "لمصدر", "بحسب") do not change a cue.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from crawler.furniture import FURNITURE_MARKS

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_AR = re.compile("[\u0600-\u06ff]")
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def fold(text: str) -> str:
    """Case, accents ("Crédit" = "credit"), Arabic letter variants and harakat folded."""
    text = unicodedata.normalize("NFKD", _DIACRITICS.sub("", text).translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _stems(token: str) -> tuple[str, ...]:
    """A token and its forms without Arabic clitics ("والمصدر" -> "مصدر"); Latin tokens as they are."""
    if not _AR.search(token):
        return (token,)
    out = [token]
    for prefix in _CLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            out.append(token[len(prefix) :])
    return tuple(out)


T = TypeVar("T")
# Texts up to this long recur from page to page (a site's chrome, credit lines, headings, captions): many
# stay cached. Longer ones (body paragraphs) recur only on the other copies of a story, crawled soon after
# on other sites: fewer stay. One cache of both kinds filled a processing worker with tens of MB.
SHORT_TEXT = 200


def text_cache(short: int, long: int = 4096) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """An LRU cache of a pure function of one text: ``short`` recurring short texts, ``long`` long ones."""

    def wrap(fn: Callable[[str], T]) -> Callable[[str], T]:
        short_cache, long_cache = lru_cache(maxsize=short)(fn), lru_cache(maxsize=long)(fn)

        @wraps(fn)
        def cached(text: str) -> T:
            return short_cache(text) if len(text) <= SHORT_TEXT else long_cache(text)

        cached.caches = (short_cache, long_cache)  # type: ignore[attr-defined]  # cache_info() of each
        return cached

    return wrap


@text_cache(8192)
def fold_tokens(text: str) -> tuple[str, ...]:
    # Interned: the cached tuples of a site's texts share their words instead of each holding copies.
    return tuple(map(sys.intern, _TOKEN.findall(fold(text.replace("©", " copyright ")))))


def _set(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


# A credit cue on its own: a block holding one of these next to a name is a credit ("Source: X").
STRONG = _set(
    # Arabic: source, quoted from, original, published first, rights of the source, via, courtesy
    "مصدر مصدره مصدرها المصدر نقلا نقلاً ناقلا المنقول منقول الاصلي الأصلي الاصليه الأصلية بواسطه بتصرف "
    "نشر نشرت نشرها نُشر منشور المنشور ورد وردت اولا مأخوذ مأخوذة ماخوذ ماخوذه مقتبس مقتبسه اقتباس "
    # English
    "source sources via courtesy originally republished reprinted syndicated supplied provided appeared "
    "credit credits syndication publisher produced aggregated aggregates adapted excerpted ناشر الناشر "
    "permission copyright محفوظه محفوظة proposé proposée présenté présentée offert partnerinhalt "
    "published publishes reproduce reproducido bereitgestellt forwarded sourced original pasted copied "
    # French, Spanish, Portuguese, Italian, German, Dutch, Turkish
    "publié publiée publiés publiées paru parue parus parues republié republiée reproduit reproduite fourni "
    "fournie provenance fuente fuentes vía publicado publicada publicados publicadas republicado "
    "cortesía información informacion fonte publicada pubblicato pubblicata ripreso quelle quellen erschienen "
    "veröffentlicht veroffentlicht zuerst ursprünglich bron kaynak kaynağı sumber "
    "informations informação éditeur editeur herausgeber verlag yayıncı editora "
    # imported / fed automatically from the outlet's feed
    "importé importée importés imported importado importada importiert importato importata "
    # the other inflections of the participles above (feminine, plural)
    "منقوله منقولة منقولان repris reprise reprises reproducida reproducidas reproducidos reproduced "
    "elaborado elaborada"
)
# Cue words that are verbs or participles ("published", "نشرت", "paru"): what follows them directly is their
# object ("نشرت تفاصيل الخطة", "published a report"), the source only after a preposition ("published in X",
# "نشر في X", "paru dans X").
VERB_CUES = _set(
    "نشر نشرت نشرها نُشر منشور المنشور مأخوذ مأخوذة ماخوذ ماخوذه مقتبس مقتبسه ورد وردت "
    "republished reprinted syndicated supplied provided appeared produced aggregated aggregates adapted "
    "excerpted proposé proposée présenté présentée offert published publishes reproduce reproducido "
    "bereitgestellt forwarded sourced pasted copied publié publiée publiés publiées paru parue parus parues "
    "republié republiée reproduit reproduite fourni fournie publicado publicada publicados publicadas "
    "republicado pubblicato pubblicata ripreso erschienen veröffentlicht veroffentlicht importé importée "
    "importés imported importado importada importiert importato importata repris reprise reprises "
    "reproducida reproducidas reproducidos reproduced elaborado elaborada"
)
# The agent of a publication verb ("published by", "نشر بواسطة", "publié par", "posted by"): a person (the
# site's editor, its user name) far more often than an outlet, unless the line also says where the story is
# from ("originally", "source", "republished").
AGENTS = _set("by par por von door بواسطه بواسطة")
# A platform or contractor credit in the site's own footer ("Powered by Blogger", "يتم التشغيل بواسطة",
# "تصميم وبرمجة X", "Propulsé par", "Theme by"): the software or the web agency, never a story's source.
PLATFORM = _set(
    "powered propulsé propulse betrieben desarrollado diseñado developed designed design theme hosted "
    "hébergé heberge hosting تشغيل التشغيل يعمل مدعوم تصميم تطوير برمجه استضافه"
)
# Words that make an agent a source: "first published by X", "originally published by X".
ORIGIN = _set("first originally original اولا لاول premier première zuerst ursprünglich originalmente")
# "عبر" is "via" in a meta line ("أحمد السيد | عبر X") and "through" in a sentence ("عبر القنوات الرسمية").
LINE_ONLY = _set("عبر")
# Weaker: they credit only with a name right after them or inside a credit-shaped line.
WEAK = _set(
    "عن من لـ نقل حقوق محفوظه محفوظة موقع صحيفه جريده وكاله بوابه قناه مجله عبر "
    "from by at on copyright rights reserved license licence licensed permission original read story article "
    "continue full first par avec selon lire article suite de d del von aus mit laut bei "
    "story content distributed distribue droits derechos rechte feed feeds flux rss fil"
)
# Words that stand between a cue and the name: "Source: from X", "نقلا عن موقع X", "publié par X".
PREPOSITIONS = _set(
    "عن من على في فى ل لـ by from on in at of via par de du des d sur chez dans en del por desde em no na do "
    "da dos das bei auf im vom von zu zum zur di su dal della"
)
FILLER = PREPOSITIONS | _set(
    "موقع صحيفه جريده وكاله بوابه قناه مجله the a an la le les l el al los las der die das"
)
# Nouns that take an outlet as their complement: "أخبار البيان", "مراسل الجزيرة", "موقع الخبر".
OUTLET_NOUNS = _set("اخبار أخبار موقع صحيفه جريده قناه وكاله بوابه مجله شبكه اذاعه تلفزيون مراسل مراسله محرر")
# "More news from X", "المزيد من أخبار X": what a list of stories is made of.
NEWS_NOUNS = _set("اخبار أخبار news stories articles nouvelles articles noticias nachrichten meldungen")
# The rest of a cue phrase before the name: "لمصدر الخبر X", "المصدر الأصلي: X".
CUE_TAIL = _set("الخبر للخبر المقال الاصلي الأصلي المنشور")
# "هذا الخبر", "this news", "ce journal": an ordinary noun, whatever outlet shares the word.
DEMONSTRATIVES = _set(
    "هذا هذه ذلك تلك this that these ce cet cette ces este esta ese esa dieser diese dieses"
)
# Words a name never starts with: a licence, a time, a generic noun ("برخصة المشاع الإبداعي" is not a name).
NOT_NAME = _set(
    "رخصه رخصة برخصه برخصة ترخيص بترخيص المشاع licence license licensed creative commons cc permission "
    "licencia lizenz here ici aqui hier هنا this cette este dieser هذا هذه "
    # "its website", "her page", "their account": possessed nouns, never a name
    "موقعه موقعها موقعهم صفحته صفحتها صفحاتها حسابه حسابها حساباتها قناته قناتها مدونته مدونتها "
    "its his her their son sa ses leur sein seine ihre ليس ليست غير لا عبر via "
    "our my your notre nos votre unser unsere nuestro nuestra nuestros موقعنا "
    # "من إعداد فريق التحرير", "من تحرير": who wrote it, not where it came from
    "إعداد اعداد تحرير كتابة تأليف"
)
# Month and weekday names: a one-word outlet name that is also one ("تشرين", "Sun", "May") is read as a date.
CALENDAR = _set(
    "كانون شباط اذار آذار نيسان ايار أيار حزيران تموز اب آب ايلول أيلول تشرين يناير فبراير مارس ابريل أبريل "
    "مايو يونيو يوليو اغسطس أغسطس سبتمبر اكتوبر أكتوبر نوفمبر ديسمبر السبت الاحد الأحد الاثنين الإثنين الثلاثاء "
    "الاربعاء الأربعاء الخميس الجمعة "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday"
)
# Reporting verbs: a name next to them is usually prose citing someone, not the page's credit.
REPORTING = _set(
    "قال قالت ذكر ذكرت افاد افادت اورد اوردت اشار اشارت اكد اكدت صرح صرحت حسب بحسب وفق وفقا طبقا "
    "لصحيفه لموقع لوكاله لقناه اعلن اعلنت تقرير تقرير نقلت "
    "said says told reported reports according reporting wrote writes quoted cited citing interview "
    "déclaré selon rapporte indique berichtete sagte según informó dijo"
)
# Headings and marks of lists of other stories or partners: names inside are never this page's source.
LIST_WORDS = _set(
    "ذات صله متعلقه مشابهه مقترحه الاكثر اكثر قراءه قراءة مشاهده تداولا شيوعا المزيد ايضا أيضا اقرا اقرأ "
    "التالي التالى السابق عاجل شريط اخر آخر الاخبار الأخبار شركاؤنا شركاء روابط مواضيع "
    "related recommended trending popular most read more latest top stories headlines also next previous "
    "partners partner partenaire partenaires شريك شريكنا شركاؤنا sponsored promoted picks editors ticker breaking news "
    "lire aussi ailleurs articles populaires lus sujet "
    "relacionadas leídas también noticias verwandte meistgelesen weitere"
)
# Headings whose words are ordinary alone ("à", "les", "plus", "you", "like", "web"): listed as phrases.
_LIST_PHRASES = (
    ("you", "may", "like"),
    ("around", "the", "web"),
    ("les", "plus"),
    ("même", "sujet"),
    ("à", "lire"),
    ("más", "leídas"),
    ("más", "noticias"),
    ("auch", "interessant"),
)
_LIST_PHRASE_FOLDS = tuple(tuple(fold(w) for w in p) for p in _LIST_PHRASES)
# Institutions a story cites as the source of its facts ("Source: Ministry of Transport", "المصدر: وزارة
# الزراعة"): not a publisher. Only unknown names are read against them (a registered outlet keeps its name).
INSTITUTIONS = _set(
    "وزاره وزارة هيئه هيئة جامعه جامعة مجلس محافظه محافظة مديريه مديرية سفاره سفارة رئاسه رئاسة حكومه حكومة "
    "محكمه محكمة مستشفي مستشفى الشرطه الشرطة شرطه شركه شركة بنك البنك مصرف منظمه منظمة اداره إدارة "
    "ministry minister department government police university council office embassy authority commission "
    "committee court hospital army company bank organisation organization institute municipality city county "
    "ministère ministere préfecture prefecture mairie université universite gouvernement conseil "
    "ministerio gobierno ayuntamiento universidad policía policia ministerium regierung polizei universität "
    "stadt bundesamt"
)
# Class/id words of chrome (lists, tickers, share bars, banners): the shared furniture words, plus navigation
# and list words (a name in a 'most read' list or a menu is chrome context).
CHROME_MARKS = FURNITURE_MARKS | frozenset(
    [
        "ad",
        "ads",
        "breadcrumb",
        "consent",
        "cookie",
        "gdpr",
        "latest",
        "menu",
        "more",
        "most",
        "nav",
        "news-ticker",
        "popular",
        "read",
        "tag",
        "topnews",
    ]
)
CREDIT_MARKS = frozenset(
    [
        "source",
        "sources",
        "src",
        "credit",
        "credits",
        "origin",
        "original",
        "attribution",
        "provider",
        "publisher",
        "via",
        "byline",
        "author",
        "pubinfo",
        "origlink",
        "masdar",
        "syndication",
        "caas",
        "license",
        "licence",
        "readmore",
    ]
)
# Photo and image credits: a wire named in a caption took the picture, it did not write the story.
PHOTO = _set(
    "صوره صورة الصوره الصورة صور تصوير ارشيفيه أرشيفية ارشيف photo photos photograph image images picture "
    "pictures getty imago shutterstock foto fotos bildrechte bildquelle illustration caption photographer "
    "keystone epa picture-alliance"
)
# "Jane Doe/Reuters", "APA/AFP/Mandel Ngan", "© Roman Smith": the shape of a photo credit.
# "© 2026 X" with a year is a rights notice, not a photographer's credit.
PHOTO_SHAPE = re.compile(r"[^\W\d_]\s?/\s?[^\W\d_]|©(?!\s*(?:19|20)\d\d)", re.UNICODE)
# Words of a byline prefix: the name after them is a person (or the outlet in "By X, Outlet").
BYLINE = _set("by كتب كتبت بقلم اعداد إعداد تحرير تقرير par por von door di")


# Cue words that may follow the name: "X, republished with permission", "X (reproduced)".
AFTER = _set(
    "republished reprinted reproduced syndicated licensed republié reproduit republicado reproducido "
    "nachgedruckt übernommen responsible responsabilité responsable verantwortlich responsabilidad "
    "مسؤوليه مسؤوليته مسؤول منشور منشوره reproduce bereitgestellt contributed contributes reproducida "
    "reproduite repris reprise"
)


# A site's own notes at the body's edges: "X is not responsible for...", "لا يعبر عن رأي الموقع", "the issuer is
# solely responsible": a disclaimer, whoever it names.
RESPONSIBILITY = _set(
    "مسؤوليه مسؤوليته مسؤوليتها يتحمل تتحمل يعبر تعبر رأي راي responsible responsibility liable liability "
    "endorse opinions views responsable responsabilité responsabilite responsabilidad verantwortlich "
    "verantwortung haftung"
)
# What a disclaimer disclaims: "the content", "its opinions", "محتواه", "رأي الموقع".
CONTENT = _set(
    "محتوي محتواه محتواها المحتوي محتويات رأي راي الرأي اراء آراء content contents opinion opinions views "
    "announcement material contenu contenus opinions contenido contenidos opiniones inhalt inhalte meinung"
)
# "All rights reserved", "جميع الحقوق محفوظة", "Tous droits réservés": a rights notice (the site's own, outside
# the article).
RIGHTS = _set("حقوق الحقوق rights copyright droits derechos rechte diritti direitos haklari hakları")
RESERVED = _set("محفوظه محفوظة reserved réservés reserves reservados vorbehalten riservati saklidir saklıdır")
# Negations right before a cue: "not the source", "ليس المصدر", "sans source" do not credit.
NEGATIONS = _set("not no never wont won ليس ليست لا لن لم غير non pas sans sin kein keine nicht nie nunca")


def cue_strength(tokens: tuple[str, ...]) -> float:
    """1.0 for a strong cue among the tokens, 0.4 for a weak one, else 0."""
    best = 0.0
    for token in tokens:
        for stem in _stems(token):
            if stem in STRONG:
                return 1.0
            if stem in WEAK:
                best = 0.4
    return best


def has_any(tokens: tuple[str, ...], words: frozenset[str]) -> bool:
    return any(stem in words for token in tokens for stem in _stems(token))


def is_list_heading(text: str) -> bool:
    tokens = fold_tokens(text)
    if not tokens or len(tokens) > 8:
        return False
    return has_any(tokens, LIST_WORDS) or any(
        tokens[i : i + len(p)] == p for p in _LIST_PHRASE_FOLDS for i in range(len(tokens))
    )


# Anchor words of a link that leads on to the full story elsewhere ("للمزيد من التفاصيل اضغط هنا").
READ_ON = _set(
    "اقرا اقرأ تابع التفاصيل للمزيد اضغط هنا كاملا كاملاً الكامل المصدر read continue full here details "
    "click more lire suite voir leer seguir weiterlesen lesen"
)
_LIST_OPENERS = _set("اقرا اقرأ ايضا أيضا شاهد المزيد related read also see lire aussi voir también weitere")


def opens_with_list_words(text: str) -> bool:
    """A block that starts by announcing other stories: "اقرأ أيضاً: …", "Read also: …", "Lire aussi : …"."""
    tokens = fold_tokens(text[:40])
    return len(tokens) >= 2 and has_any(tokens[:1], _LIST_OPENERS) and has_any(tokens[1:3], _LIST_OPENERS)


def is_credit_heading(text: str) -> bool:
    tokens = fold_tokens(text)
    return bool(tokens) and len(tokens) <= 5 and cue_strength(tokens) >= 1.0
