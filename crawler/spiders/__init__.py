"""One spider class per registered site profile, so ``scrapy list`` and ``scrapy crawl <site>`` see every site."""

from __future__ import annotations

from crawler.sites import all_profiles
from crawler.spiders.site import SiteSpider

__all__ = ["SiteSpider", "spider_for"]


def _make(name: str) -> type[SiteSpider]:
    profile = all_profiles()[name]
    cls_name = "".join(part.capitalize() for part in name.replace("-", "_").split("_")) + "Spider"
    return type(cls_name, (SiteSpider,), {"name": name, "profile": profile, "__module__": __name__})


_SPIDERS: dict[str, type[SiteSpider]] = {name: _make(name) for name in all_profiles()}
globals().update({cls.__name__: cls for cls in _SPIDERS.values()})


def spider_for(name: str) -> type[SiteSpider]:
    try:
        return _SPIDERS[name]
    except KeyError:
        raise KeyError(f"unknown site {name!r} (known: {', '.join(sorted(_SPIDERS)) or 'none'})") from None
