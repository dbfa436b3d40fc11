"""CSS selectors translated to XPath once per selector string.

``HtmlElement.cssselect`` translates on every call, which was half of the time spent extracting a page; the
profiles use a few dozen selectors, so a small cache turns that into a dictionary lookup.
"""

from __future__ import annotations

from functools import lru_cache

from cssselect import SelectorError
from lxml.cssselect import LxmlHTMLTranslator

__all__ = ["SelectorError", "css_to_xpath"]


@lru_cache(maxsize=2048)
def css_to_xpath(selector: str) -> str:
    """The XPath lxml would evaluate for ``selector`` (HTML rules); raises SelectorError when it is invalid."""
    return str(LxmlHTMLTranslator().css_to_xpath(selector))
