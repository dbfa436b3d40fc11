"""Real pages with gold from ``../shared/corpus``, read in place (never copied), and how a field is judged.

Four sources, each with the fields it has gold for (None: no gold for that field):

* fundus-parser-tests: title, authors, publication time, body paragraphs (per-publisher parsers' output).
* htmldate-mediacloud-2020: the publication day.
* trafilatura-eval: title (and author/date when given) and snippets the body must / must not contain.
* newspaper4k-fixtures: title, authors, date (when not None) and the expected text.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@dataclass(frozen=True)
class GoldPage:
    source: str  # corpus folder
    path: Path
    url: str
    title: str | None = None
    body: str | None = None  # the expected text (paragraphs separated by blank lines)
    must_have: tuple[str, ...] = ()  # snippets the body must contain ...
    must_not: tuple[str, ...] = ()  # ... and must not
    published: datetime | None = None  # to the second
    published_day: date | None = None  # to the day only
    authors: tuple[str, ...] | None = None

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower().removeprefix("www.")

    @property
    def id(self) -> str:
        return f"{self.source}/{self.path.name}"

    def html(self) -> bytes:
        with gzip.open(self.path, "rb") as fh:
            return fh.read()


def _fundus() -> list[GoldPage]:
    folder = CORPUS / "fundus-parser-tests"
    out = []
    for rec in json.loads((folder / "gold_index.json").read_text()):
        published = datetime.fromisoformat(rec["publishing_date"]) if rec.get("publishing_date") else None
        out.append(
            GoldPage(
                "fundus-parser-tests",
                folder / rec["html"],
                rec.get("url") or rec.get("canonical_link") or "",
                title=rec.get("title"),
                body=rec.get("body_text"),
                published=published,
                authors=tuple(rec["authors"]) if rec.get("authors") else None,  # null/[]: not annotated
            )
        )
    return out


def _htmldate() -> list[GoldPage]:
    folder = CORPUS / "htmldate-mediacloud-2020"
    out = []
    for url, rec in json.loads((folder / "eval_mediacloud_2020.json").read_text()).items():
        if not isinstance(rec.get("date"), str):  # a few records have no date (NaN)
            continue
        out.append(
            GoldPage(
                "htmldate-mediacloud-2020",
                folder / "html" / (rec["file"] + ".gz"),
                url,
                published_day=date.fromisoformat(rec["date"]),
            )
        )
    return out


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:  # a few annotations are partial ("2019-00-00")
        return None


def _trafilatura_authors(value: object) -> tuple[str, ...] | None:
    if not value:
        return None  # "" means not annotated, not "no author"
    names = value if isinstance(value, list) else re.split(r";|,|\s+(?:and|und|et|y)\s+", str(value))
    return tuple(n.strip() for n in names if n.strip())


def _trafilatura() -> list[GoldPage]:
    folder = CORPUS / "trafilatura-eval"
    out = []
    for url, rec in json.loads((folder / "evaldata_subset.json").read_text()).items():
        day = rec.get("date") or None
        out.append(
            GoldPage(
                "trafilatura-eval",
                folder / "html" / (rec["file"] + ".gz"),
                url,
                title=rec.get("title") or None,
                must_have=tuple(rec.get("with") or ()),
                must_not=tuple(rec.get("without") or ()),
                published_day=_day(day),
                authors=_trafilatura_authors(rec.get("author")),
            )
        )
    return out


def _newspaper4k() -> list[GoldPage]:
    folder = CORPUS / "newspaper4k-fixtures"
    out = []
    for meta_path in sorted((folder / "metadata").glob("*.json")):
        html = folder / "html" / f"{meta_path.stem}.html.gz"
        text = folder / "txt" / f"{meta_path.stem}.txt"
        if not html.is_file():
            continue
        rec = json.loads(meta_path.read_text())
        if not (rec.get("url") or rec.get("canonical_link")):
            continue
        out.append(
            GoldPage(
                "newspaper4k-fixtures",
                html,
                rec.get("url") or rec.get("canonical_link") or "",
                title=rec.get("title") or None,
                body=text.read_text() if text.is_file() else None,
            )
        )
    return out


@cache
def gold_pages() -> tuple[GoldPage, ...]:
    """Every page with gold in the corpus (empty when the corpus is absent)."""
    if not CORPUS.is_dir():
        return ()
    return tuple(_fundus() + _htmldate() + _trafilatura() + _newspaper4k())


# -- judging ------------------------------------------------------------------------------------------------
_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"}
)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", unquote(text) if "%" in text[:3] else text).translate(_QUOTES)
    for invisible in ("\u00ad", "\u200b", "\u200f", "\u200e", "\u0640"):  # soft hyphen, marks, tatweel
        text = text.replace(invisible, "")
    return " ".join(text.split()).strip().casefold()


def token_f1(got: str, want: str) -> float:
    a, b = Counter(_TOKEN.findall(norm(got))), Counter(_TOKEN.findall(norm(want)))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def same_authors(got: list[str], want: tuple[str, ...]) -> bool:
    return sorted(norm(a) for a in got) == sorted(norm(a) for a in want)


_TITLE_NOISE = re.compile(r"[\"'`]")


def same_title(got: str | None, want: str) -> bool:
    """Equal once normalised, quotation marks aside (some gold drops the quotes a headline opens with)."""
    return got is not None and _TITLE_NOISE.sub("", norm(got)) == _TITLE_NOISE.sub("", norm(want))
