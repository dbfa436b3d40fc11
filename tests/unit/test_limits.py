"""Size limits (crawler.limits): capped decompression of every encoding, fields cut to their columns."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime

import brotli
import pytest

from crawler.db.models import Article as ArticleRow
from crawler.items import Article, Attribution
from crawler.limits import FieldLimits, TooLarge, cut_at_word, decode_capped, fit_article, gunzip_capped

MiB = 1024 * 1024
BIG = b"<p>" + b"a" * (20 * MiB) + b"</p>"


@pytest.mark.parametrize(
    ("coding", "data"),
    [
        ("gzip", gzip.compress(BIG)),
        ("deflate", zlib.compress(BIG)),
        ("deflate", zlib.compress(BIG)[2:-4]),  # raw deflate, as some servers send it
        ("br", brotli.compress(BIG, quality=1)),
        ("gzip, br", brotli.compress(gzip.compress(BIG), quality=1)),
    ],
)
def test_every_encoding_is_capped(coding: str, data: bytes) -> None:
    with pytest.raises(TooLarge):
        decode_capped(data, coding, 4 * MiB)
    assert decode_capped(data, coding, 32 * MiB) == BIG


def test_unknown_encoding_is_an_error() -> None:
    with pytest.raises(ValueError, match="unsupported Content-Encoding 'compress'"):
        decode_capped(b"x", "compress", MiB)
    assert decode_capped(b"plain", None, MiB) == b"plain"


def test_gunzip_capped_stops_early() -> None:
    bomb = gzip.compress(b"\0" * (64 * MiB))
    with pytest.raises(TooLarge, match="larger than 1,048,576 bytes"):
        gunzip_capped(bomb, MiB)


def test_cut_at_word() -> None:
    assert cut_at_word("aaaa bbbb cccc dddd", 16) == "aaaa bbbb cccc"  # the blank in the last fifth
    assert cut_at_word("short", 10) == "short"
    assert cut_at_word("x" * 50, 10) == "x" * 10  # no blank near the end: a hard cut


def _article(**fields: object) -> Article:
    base: dict[str, object] = dict(
        url="http://a.test/1",
        canonical_url="http://a.test/1",
        site="a.test",
        title="t",
        body="b",
        published_at=None,
        updated_at=None,
        authors=[],
        language="ar",
        lead_image=None,
        section=None,
        tags=[],
        attribution=Attribution(),
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


def test_fit_article_cuts_text_and_drops_values_that_a_cut_would_falsify() -> None:
    article = _article(
        body=" ".join(["word"] * 200_000),
        section="قسم " * 100,
        language="ar-EG-x-very-long",
        lead_image="http://a.test/" + "i" * 3000,
        authors=["name " * 100] * 30,
        attribution=Attribution(original_url="http://b.test/" + "o" * 3000),
    )
    fitted, cut = fit_article(article)
    assert set(cut) == {"body", "section", "language", "lead_image", "authors", "original_url"}
    assert len(fitted.body) <= 500_000 and fitted.body.endswith("word")
    assert len(fitted.section or "") <= 200 and fitted.language is None and fitted.lead_image is None
    assert len(fitted.authors) == 20 and all(len(a) <= 200 for a in fitted.authors)
    assert fitted.attribution.original_url is None
    assert fit_article(_article()) == (_article(), ())


def test_field_limits_match_the_columns() -> None:
    limits, columns = FieldLimits(), ArticleRow.__table__.c
    for name in ("section", "language", "canonical_url"):
        assert getattr(limits, name) == columns[name].type.length, name
