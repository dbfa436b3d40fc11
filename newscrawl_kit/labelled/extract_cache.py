"""Extraction of labelled pages, cached on disk between runs of the attribution bench and training.

Extraction is most of the time of a bench run and attribution work does not change it: the cache key is the
page (URL, site, HTML) and a digest of the extraction code (every module of ``crawler`` outside
``crawler/attribution`` and ``crawler/outlets``), so any change to extraction misses the cache. Opt-in
(``--cache DIR``); the held-out set C is never run with it.
"""

from __future__ import annotations

import hashlib
import pickle
from datetime import datetime
from functools import cache
from pathlib import Path

import crawler
from crawler.extraction import extract
from crawler.items import Extracted, Page

_OUTSIDE = ("attribution", "outlets")


@cache
def code_digest() -> str:
    root = Path(crawler.__file__).parent
    h = hashlib.sha1()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in _OUTSIDE:
            continue
        h.update(str(rel).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract_cached(page: Page, now: datetime, cache_dir: Path | None) -> Extracted:
    """``extract(page, None, now=now)``, read from ``cache_dir`` when the same page was extracted by the
    same code before. A fresh object every call (callers change the body)."""
    if cache_dir is None:
        return extract(page, None, now=now)
    key = hashlib.sha1(
        "\0".join((code_digest(), now.isoformat(), page.url, page.site or "", page.html or "")).encode()
    ).hexdigest()
    path = cache_dir / key[:2] / f"{key}.pkl"
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())  # our own cache files
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
    extracted = extract(page, None, now=now)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(extracted, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
    return extracted
