"""One spider class per registered site profile, so ``scrapy list`` and ``scrapy crawl <site>`` see every site;
``spider_class`` makes one for a profile that is not registered (``newscrawl crawl URL``)."""

from __future__ import annotations

import sys

from crawler.sites import ProfileError, all_profiles
from crawler.sites.profile import SiteProfile
from crawler.spiders.site import SiteSpider

__all__ = ["SiteSpider", "spider_class", "spider_for"]


def spider_class(profile: SiteProfile) -> type[SiteSpider]:
    words = profile.name.replace("-", "_").replace(".", "_").split("_")
    cls_name = "".join(part.capitalize() for part in words) + "Spider"
    return type(cls_name, (SiteSpider,), {"name": profile.name, "profile": profile, "__module__": __name__})


def _registered() -> dict[str, SiteProfile]:
    try:
        return all_profiles()
    except ProfileError as exc:  # `scrapy list|crawl` with a broken profile: one line, not a traceback
        print(f"newscrawl: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


_SPIDERS: dict[str, type[SiteSpider]] = {name: spider_class(p) for name, p in _registered().items()}
globals().update({cls.__name__: cls for cls in _SPIDERS.values()})


def spider_for(name: str) -> type[SiteSpider]:
    try:
        return _SPIDERS[name]
    except KeyError:
        raise KeyError(f"unknown site {name!r} (known: {', '.join(sorted(_SPIDERS)) or 'none'})") from None
