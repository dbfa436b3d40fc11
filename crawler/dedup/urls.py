"""URL identity: one canonical URL per article, whatever link or device variant led to it.

The canonical URL is an identity key (the unique ``articles.canonical_url``), not a prettier link: it folds
the variants that serve the same article (``www.``/mobile/AMP hosts and paths, tracking parameters, fragments,
default ports, query order, percent-encoding) and keeps everything that may select a different article.
The scheme is kept as found: folding http into https would invent URLs some sites do not serve.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import tld
from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url as w3lib_canonicalize

# Host prefixes that serve the same article as the bare host.
_HOST_VARIANTS = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.")

# Query parameters that never select content: campaign tracking, click ids, share/referrer markers.
_TRACKING_EXACT = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "cmpid",
        "spm",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "share",
        "via",
        "s_cid",
        "ito",
        "at_medium",
        "at_campaign",
        "amp",
        "amp_js_v",
        "usqp",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_")
# Session IDs of the common server frameworks (PHP, Java servlets, classic ASP, ColdFusion, osCommerce/Zen
# Cart): a new value per visit, so without folding them every crawl stores every article again. courlan's
# list (the one trafilatura deduplicates with) catches "session*"; these spellings are not in it.
_SESSION_IDS = frozenset(
    {"sid", "sess", "sessid", "phpsessid", "jsessionid", "aspsessionid", "cfid", "cftoken", "oscsid", "zenid"}
)
# ``;jsessionid=...`` in the path itself (servlet URL rewriting).
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.I)
# Parameters that only switch the page to its AMP rendering.
_AMP_PARAMS = {"outputtype": {"amp"}, "output": {"amp"}, "format": {"amp"}, "view": {"amp"}}

_DEFAULT_PORTS = {"http": 80, "https": 443}


def fold_host(host: str) -> str:
    """Lowercase, no trailing dot, no ``www.``/mobile/AMP prefix (only when something remains)."""
    host = host.strip().lower().rstrip(".")
    for prefix in _HOST_VARIANTS:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def registered_domain(host_or_url: str) -> str:
    """The registrable domain (``news.bbc.co.uk`` -> ``bbc.co.uk``); last two labels for unknown suffixes
    (the replay web's ``*.test`` hosts)."""
    host = urlsplit(host_or_url).hostname if "//" in host_or_url else host_or_url
    return _registered(fold_host((host or "").split(":")[0]))


@lru_cache(maxsize=16384)
def _registered(host: str) -> str:
    # Cached by host: attribution asks for every link of a page, and a page's links share a few hosts
    # (a tenth of a long page's processing went to the suffix-list walk).
    if not host:
        return ""
    fld = tld.get_fld(host, fix_protocol=True, fail_silently=True)
    if fld:
        return str(fld).lower()
    labels = host.split(".")
    return ".".join(labels[-2:])


def same_site(url_a: str, url_b: str) -> bool:
    a, b = registered_domain(url_a), registered_domain(url_b)
    return bool(a) and a == b


def _is_tracking(key: str, value: str) -> bool:
    """Campaign, click and session parameters: never part of an article's identity."""
    k = key.lower()
    if k in _TRACKING_EXACT or k in _SESSION_IDS or k.startswith(_TRACKING_PREFIXES) or TRACKERS_RE.search(k):
        return True
    return value.lower() in _AMP_PARAMS.get(k, ())


def _fold_amp_path(path: str) -> str:
    """``/news/1/amp``, ``/news/1/amp/``, ``/news/1.amp``, ``/news/1.amp.html`` and ``/amp/news/1`` -> ``/news/1``."""
    trimmed = path.rstrip("/")
    low = trimmed.lower()
    if low.endswith("/amp") or low.endswith(".amp"):
        trimmed = trimmed[:-4]
    elif low.endswith(".amp.html"):
        trimmed = trimmed[: -len(".amp.html")] + ".html"
    if trimmed.lower().startswith("/amp/"):
        trimmed = trimmed[4:]
    return trimmed


def _normalize(url: str) -> str:
    # w3lib: percent-encoding made uniform (UTF-8, upper-case escapes), query sorted, fragment dropped.
    url = w3lib_canonicalize(_PATH_SESSION.sub("", url.strip()), keep_fragments=False)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = fold_host(parts.hostname or "")
    port = parts.port
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = _fold_amp_path(parts.path) or "/"
    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)
    ]
    query = urlencode(sorted(query_pairs), doseq=True)
    return urlunsplit((scheme, netloc, path, query, ""))


def _is_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def canonicalize_url(url: str, canonical_link: str | None = None) -> str:
    """The identity URL of a page.

    The page's own ``<link rel=canonical>`` wins when it points to the same site (same registered domain
    after folding): an aggregator's canonical pointing at the outlet would merge two different copies, and a
    canonical to the home page (a common template bug) would merge every article of the site.
    """
    own = _normalize(url)
    if canonical_link and canonical_link.strip():
        resolved = urljoin(url, canonical_link.strip())
        if urlsplit(resolved).scheme in ("http", "https"):
            canon = _normalize(resolved)
            if same_site(own, canon) and (_is_root(own) or not _is_root(canon)):
                return canon
    return own


def fetch_url(url: str) -> str:
    """The URL to request: fragment and tracking parameters dropped, host and path exactly as published.

    Unlike ``canonicalize_url`` it never rewrites the host or the path (``www.``, trailing slash, AMP), since a
    server may answer those forms differently; the identity of the stored copy is still the canonical URL.
    """
    url = w3lib_canonicalize(_PATH_SESSION.sub("", url.strip()), keep_fragments=False)
    parts = urlsplit(url)
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)]
    return urlunsplit(
        (parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(pairs, doseq=True), "")
    )
