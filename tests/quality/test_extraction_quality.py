"""Quality floors for body extraction, measured on real pages of ../shared/corpus.

- AEB (181 pages, generic path, bytes through the real decode): token F1 averaged over pages >= 0.974 (plain
  trafilatura ~0.948, readability ~0.958 with this metric); the measurement is bench/extraction.py's, so gate
  and benchmark cannot drift apart.
- The three Arabic pages with gold: the title matches (LBC's visible headline quotes a phrase that its og:title,
  fundus' gold, leaves unquoted: quotation marks are not compared there), and the body passes its checks. Two
  of the golds are not human annotations of the same boundaries (fundus' paragraph list, newspaper4k's own
  accepted output), so the body floors are recall >= 0.95 (nothing of the story lost) and an F1 floor a little
  under today's measure (0.95 on LBC, 0.89 on CNN Arabic, whose gold keeps a date line and comment disclaimers
  out differently).
- Home pages from the newspaper4k fixtures are refused as articles.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from crawler.cleaning.encoding import decode_html
from crawler.cleaning.text import normalize_text
from crawler.extraction import extract
from crawler.items import Page
from tests.quality import bench as bench_loader

pytestmark = pytest.mark.quality

CORPUS = bench_loader.CORPUS
AEB_FLOOR = 0.974


def load_bench() -> ModuleType:
    return bench_loader.load_bench("extraction")


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"corpus file {path} is absent (third-party data lives in ../shared/corpus)")
    return path


def html_of(path: Path) -> str:
    """The page as production reads a saved file: its bytes through the real decode."""
    return decode_html(gzip.decompress(need(path).read_bytes()))[0]


def unquoted(text: str | None) -> str:
    return re.sub('["«»“”]', "", text or "")


def test_aeb_body_f1_floor() -> None:
    need(CORPUS / "article-extraction-benchmark" / "ground-truth.json")
    bench = load_bench()
    pages = list(bench.aeb_pages(CORPUS))
    assert len(pages) == 181
    refused: list[str] = []
    scores = [bench.prf(bench.ours(url, html, refused), gold) for _key, url, html, gold, _ in pages]
    f1 = sum(s[2] for s in scores) / len(scores)
    assert f1 >= AEB_FLOOR, f"AEB body F1 {f1:.4f} < {AEB_FLOOR}"
    assert refused == [], "real articles refused as not-an-article"


def test_lbc_arabic_title_and_body() -> None:
    folder = CORPUS / "fundus-parser-tests" / "lb"
    gold = json.loads(need(folder / "LBCGroup.json").read_text(encoding="utf-8"))["V1"]
    url = json.loads((folder / "meta.info").read_text(encoding="utf-8"))["LBCGroup_2026_01_08.html.gz"]["url"]
    result = extract(Page(url=url, html=html_of(folder / "LBCGroup_2026_01_08.html.gz"), site="lbcgroup.tv"))
    assert result.is_article
    assert unquoted(result.title) == unquoted(normalize_text(gold["title"]))
    body = "\n\n".join(p for s in gold["body"]["sections"] for p in s["paragraphs"])
    precision, recall, f1 = load_bench().prf(result.body, body)
    assert recall >= 0.95 and f1 >= 0.93, (precision, recall, f1)
    assert result.language == "ar"


def test_assabah_arabic_snippets() -> None:
    folder = CORPUS / "trafilatura-eval"
    evaldata = json.loads(need(folder / "evaldata_subset.json").read_text(encoding="utf-8"))
    url, gold = next((k, v) for k, v in evaldata.items() if v["file"] == "assabah.com.tn.article.html")
    result = extract(Page(url=url, html=html_of(folder / "html" / "assabah.com.tn.article.html.gz"), site=""))
    assert result.is_article
    assert result.title == normalize_text(gold["title"])
    for snippet in gold["with"]:
        assert normalize_text(snippet) in result.body
    for snippet in gold["without"]:
        assert normalize_text(snippet) not in result.body


def test_cnn_arabic_text_and_dateline() -> None:
    folder = CORPUS / "newspaper4k-fixtures"
    gold = json.loads(need(folder / "metadata" / "arabic_article.json").read_text(encoding="utf-8"))
    expected = (folder / "txt" / "arabic_article.txt").read_text(encoding="utf-8")
    result = extract(Page(url=gold["url"], html=html_of(folder / "html" / "arabic_article.html.gz"), site=""))
    assert result.is_article
    assert result.title == normalize_text(gold["title"])
    precision, recall, f1 = load_bench().prf(result.body, expected)
    assert recall >= 0.95 and f1 >= 0.87, (precision, recall, f1)
    assert result.meta["dateline"] == "دمشق، سوريا (CNN)"


@pytest.mark.parametrize(
    ("name", "url"),
    [("cnn_main_site", "http://www.cnn.com/"), ("wired_main_site", "https://www.wired.com/")],
)
def test_home_pages_are_not_articles(name: str, url: str) -> None:
    html = html_of(CORPUS / "newspaper4k-fixtures" / "html" / f"{name}.html.gz")
    result = extract(Page(url=url, html=html, site=""))
    assert not result.is_article
    assert result.not_article_reason == "home"
