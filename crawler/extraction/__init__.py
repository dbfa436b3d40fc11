"""Extraction: parse a page once, then the site's selectors, the page's JSON-LD/meta, a generic extractor."""

from crawler.extraction.extract import extract

__all__ = ["extract"]
