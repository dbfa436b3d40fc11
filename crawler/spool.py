"""Pages that could not be stored are appended to a WARC file, so that ``newscrawl ingest`` can take them back."""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.items import Article


def spool_articles(articles: Iterable[Article], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as fh:
        writer = WARCWriter(fh, gzip=True)
        for article in articles:
            body = article.raw_html or (
                gzip.decompress(article.raw_gzip) if article.raw_gzip else article.body.encode("utf-8")
            )
            charset = article.encoding or "utf-8"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                article.url,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": article.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
            writer.write_record(record)
    return path
