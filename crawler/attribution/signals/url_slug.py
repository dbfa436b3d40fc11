"""The URL itself: many aggregators put the source in the copy's address. On the "*ress" sites the first path
segment names it (/elakhbar/172875); others put it deeper (/news/source/alwafd/123), glue it to the id
(/alwafd-405393), pass it as a parameter (?source=alwafd) or in a subdomain (alwafd.example-agg.com).

Any segment of the path (its parts around dashes and underscores too), a query value or the first label of
the host may be the slug: a slug the registry lists for the outlet, else an outlet's domain name or Latin
name squashed ("alwafd", "nakheelgate"). Section words ("news", "sport", "world") are never a slug. A slug
that matches an outlet the page names elsewhere (a link to its site, a credited name) is a clue for it too.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

from crawler.attribution.context import AttributionContext, squash
from crawler.attribution.names import evidence
from crawler.items import Evidence

_ID = re.compile(r"^[0-9a-f]*\d[0-9a-f]*$|^\d+$", re.I)
_SPLIT = re.compile(r"[-_.~+]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Path words of sections, page kinds and languages: a site's own structure, never a source's slug.
_SECTIONS = _words(
    """
    news akhbar article articles story stories post posts item items view read page pages amp html htm php
    aspx en ar fr es de it pt tr www m mobile web online live latest world local national international
    politics politique politica economy economie economia business sport sports culture art arts tech
    technology science health sante salud society societe sociedad opinion opinions video videos photo photos
    media home index category categories section sections tag tags topic topics region regions city cities
    country countries arabic english french nouvelles actualites actualite noticias noticia nachrichten
    haber haberler gundem notizie breaking urgent today daily press presse source sources src origin via
    feed feeds rss id ids detail details show entry content contents node nodes money time weekly radio
    nation union edition space nature trend focus stuff reason civil inform leaders regards mixed selbst
    familie emotion ground gate apple france canada syria cairo chicago detroit tribune herald monitor metro
    actu actus info infos mag magazine blog blogs journal journaux dossier dossiers une alaune flash
    direct depeche depeches wire wires agency agence sante economie monde international
    football soccer tennis cinema music travel cars auto women lifestyle food fashion education jobs weather
    religion gallery markets stocks oil gold crypto elections columns writers analysis reports features
    archive search author authors podcast arabi dawli riyada iqtisad siyasa thaqafa hawadeth mahaliyat
    egypt saudi uae gulf arab lebanon syria iraq jordan morocco algeria tunisia libya sudan yemen qatar kuwait
    oman bahrain palestine gaza israel iran turkey usa uk europe africa asia america americas canada
    australia india china russia ukraine germany spain italy
    """
)
_SOURCE_KEYS = _words("source src from origin via outlet publisher provider site feed channel")
_MIN = 4


def _pieces(url: str) -> list[tuple[str, bool]]:
    """(candidate slug, whether the URL presents it as the source) for every place a slug may sit."""
    parts = urlsplit(url)
    out: list[tuple[str, bool]] = []
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for i, seg in enumerate(segments):
        if not re.search(r"\.(?:com|net|org|news|info|co|tv)(?:\.\w{2})?$", seg):
            seg = re.sub(r"\.\w{2,5}$", "", seg)  # "4567812.html"; "masrawy.com" stays a domain
        sub = [p for p in _SPLIT.split(seg) if p]
        presented = i > 0 and segments[i - 1].lower() in _SOURCE_KEYS
        out.append((seg, presented or i == 0))
        # "alwafd-405393", "405393-alwafd": the slug glued to the id; a long title slug is not one.
        if 1 < len(sub) <= 3 and any(_ID.match(p) for p in sub):
            out.append(("".join(p for p in sub if not _ID.match(p)), presented or i == 0))
    for key, value in parse_qsl(parts.query):
        out.append((value, key.lower() in _SOURCE_KEYS))
    host = (parts.hostname or "").split(".")
    if len(host) >= 3 and host[0] not in ("www", "m", "amp"):
        out.append((host[0], True))
    seen: set[str] = set()
    unique = []
    for slug, presented in out:
        key = slug.lower()
        words = [w for w in _SPLIT.split(key) if w]
        if (
            len(key) < 2
            or _ID.match(key)
            or all(w in _SECTIONS or _ID.match(w) for w in words)
            or key in seen
        ):
            continue
        seen.add(key)
        unique.append((slug, presented))
    return unique


def url_slug(ctx: AttributionContext) -> list[Evidence]:
    if ctx.site_kind in ("outlet", "wire"):
        return []
    urls = [ctx.page_url]
    if ctx.extracted.canonical_url and ctx.is_site_host(urlsplit(ctx.extracted.canonical_url).hostname or ""):
        urls.append(ctx.extracted.canonical_url)
    for url in urls:
        for slug, presented in _pieces(url):
            record = ctx.registry.by_slug(slug, ctx.site) or ctx.registry.by_slug(squash(slug), ctx.site)
            declared = record is not None
            short = len([p for p in _SPLIT.split(slug) if p]) <= 3
            if record is None and len(slug) >= _MIN and (presented or short):
                # Aggregators of the "*ress" kind use the outlet's domain name as the slug (/alwafd/405393),
                # at any depth (/feeds/cbc-news/...), with any separator ("cbc-news", "masrawy.com").
                record = ctx.registry.by_domain_label(slug) or ctx.registry.by_domain_label(
                    slug.split(".")[0]
                )
            if record is None and not slug.isascii() and short:
                # "/اليوم-السابع/123": the outlet's own name, written in the path
                record = ctx.registry.match_name(" ".join(_SPLIT.split(slug)), ctx.country)
            if record is None or record.kind == "aggregator" or ctx.names_site(record, record.name, None):
                continue
            feats = {"kind_url_slug": 1.0, "name_only": 1.0 if declared else 0.0}
            return [evidence("url_slug", url, record, record.name, where="url", features=feats)]
    return []


def slug_keys(url: str) -> set[str]:
    """The squashed forms of the URL's possible slugs (to match outlets the page names elsewhere)."""
    return {squash(slug) for slug, _ in _pieces(url) if len(squash(slug)) >= _MIN}
