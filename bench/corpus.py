"""Reading ../shared/corpus for the benchmarks and the quality gates: raw bytes, gold, and the held-out split.

Pages are read as bytes and decoded the way production decodes a saved file (``crawler.sources``), so a
benchmark measures what ``newscrawl extract FILE`` prints, encoding mistakes included.

The held-out split: a page whose URL hashes into the last third (sha1) was never looked at while tuning
thresholds; every benchmark reports it first. The split is by URL, not by file order, so it is stable.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crawler.cleaning.encoding import decode_html

# NEWSCRAWL_CORPUS points elsewhere (e.g. to measure an older checkout against the same pages).
CORPUS = Path(
    os.environ.get("NEWSCRAWL_CORPUS") or Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
)

# fundus country group -> the language its publishers write in (for per-language reports).
FUNDUS_LANGUAGE = {
    "at": "de", "au": "en", "be": "nl", "ca": "en", "ch": "de", "cn": "zh", "cz": "cs", "de": "de",
    "dk": "da", "es": "es", "fr": "fr", "gl": "kl", "id": "id", "il": "en", "ind": "hi", "isl": "is",
    "it": "it", "jp": "ja", "kr": "ko", "lb": "ar", "li": "de", "ls": "en", "lt": "lt", "lu": "de",
    "mx": "es", "my": "en", "na": "en", "no": "no", "pl": "pl", "pt": "pt", "py": "es", "ru": "ru",
    "se": "sv", "tr": "tr", "tw": "zh", "tz": "en", "ua": "uk", "uk": "en", "us": "en", "vn": "vi",
    "za": "en",
}  # fmt: skip


@dataclass(slots=True)
class CorpusPage:
    """One saved page with whatever gold its set provides."""

    collection: str
    key: str
    url: str
    raw: bytes
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    body: str | None = None
    date: str | None = None  # YYYY-MM-DD
    language: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def held_out(self) -> bool:
        return is_held_out(self.url)

    def html(self) -> str:
        return decode_html(self.raw)[0]


def is_held_out(url: str) -> bool:
    return int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % 3 == 2


def read_gz(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def aeb(corpus: Path = CORPUS) -> Iterator[CorpusPage]:
    root = corpus / "article-extraction-benchmark"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        raw = read_gz(root / "html" / f"{key}.html.gz")
        yield CorpusPage("aeb", key, gold[key]["url"], raw, body=gold[key]["articleBody"])


def fundus(corpus: Path = CORPUS) -> Iterator[CorpusPage]:
    root = corpus / "fundus-parser-tests"
    for rec in json.loads((root / "gold_index.json").read_text(encoding="utf-8")):
        date = rec.get("publishing_date")
        yield CorpusPage(
            "fundus",
            rec["html"],
            rec["url"],
            read_gz(root / rec["html"]),
            title=rec.get("title"),
            authors=list(rec.get("authors") or []),
            body=rec.get("body_text"),
            date=date[:10] if date else None,
            language=FUNDUS_LANGUAGE.get(rec["country_group"]),
            extra={"publishing_date": date, "group": rec["country_group"]},
        )


def htmldate_set(corpus: Path = CORPUS) -> Iterator[CorpusPage]:
    root = corpus / "htmldate-mediacloud-2020"
    gold = json.loads((root / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    for url, entry in gold.items():
        key = entry["file"].removesuffix(".html")
        day = entry["date"]
        missing = day is None or (isinstance(day, float) and math.isnan(day)) or day == "nan"
        yield CorpusPage("htmldate", key, url, read_gz(root / "html" / f"{key}.html.gz"),
                         date=None if missing else str(day))  # fmt: skip


def trafilatura_eval(corpus: Path = CORPUS) -> Iterator[CorpusPage]:
    root = corpus / "trafilatura-eval"
    gold = json.loads((root / "evaldata_subset.json").read_text(encoding="utf-8"))
    for url, rec in gold.items():
        lang = rec.get("html_lang_attr")
        yield CorpusPage(
            "trafilatura",
            rec["file"],
            url,
            read_gz(root / "html" / f"{rec['file']}.gz"),
            title=rec.get("title") or None,
            authors=_as_list(rec.get("author")),
            date=rec.get("date") or None,
            language=lang if lang and lang != "?" else None,
            extra={"with": rec.get("with") or [], "without": rec.get("without") or []},
        )


def newspaper4k(corpus: Path = CORPUS) -> Iterator[CorpusPage]:
    root = corpus / "newspaper4k-fixtures"
    for path in sorted((root / "html").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        meta_path = root / "metadata" / f"{name}.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        text_path = root / "txt" / f"{name}.txt"
        yield CorpusPage(
            "newspaper4k",
            name,
            meta.get("url") or f"file:///{name}.html",
            read_gz(path),
            title=meta.get("title"),
            authors=list(meta.get("authors") or []),
            body=text_path.read_text(encoding="utf-8") if text_path.exists() else None,
            language=meta.get("language"),
        )


def _as_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [str(value)] if value else []


COLLECTIONS = {
    "aeb": aeb,
    "fundus": fundus,
    "htmldate": htmldate_set,
    "trafilatura": trafilatura_eval,
    "newspaper4k": newspaper4k,
}
