"""Polite by default (issue 10 item 6), and every default overridable by a site profile's settings."""

from __future__ import annotations

from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawler.config import Config
from crawler.sites.profile import SiteProfile
from crawler.spiders.site import SiteSpider


def test_project_defaults_are_polite() -> None:
    s = get_project_settings()
    assert s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 2
    assert s.getbool("ROBOTSTXT_OBEY") and s.getbool("NEWSCRAWL_OBEY_CRAWL_DELAY")
    assert s["USER_AGENT"] == f"newscrawl/0.1 (+{Config().contact_url})"
    assert s["ROBOTSTXT_USER_AGENT"] == "newscrawl"
    # No way into a running crawl.
    assert not s.getbool("TELNETCONSOLE_ENABLED") and not s.getbool("REMOTE_CONTROL_ENABLED")
    extensions = s.getdict("EXTENSIONS")  # the project's: Scrapy's AutoThrottle gives way to ours
    assert extensions["scrapy.extensions.throttle.AutoThrottle"] is None
    assert "crawler.throttle.PoliteThrottle" in extensions


def test_contact_url_comes_from_the_environment() -> None:
    assert Config.from_env({"NEWSCRAWL_CONTACT_URL": "https://ops.example.org/bot"}).contact_url == (
        "https://ops.example.org/bot"
    )


def test_a_profile_overrides_the_defaults() -> None:
    profile = SiteProfile.from_dict(
        {
            "name": "fast",
            "hosts": ["fast.example"],
            "settings": {
                "CONCURRENT_REQUESTS_PER_DOMAIN": 6,
                "AUTOTHROTTLE_ENABLED": False,
                "NEWSCRAWL_OBEY_CRAWL_DELAY": False,
                "USER_AGENT": "newscrawl/0.1 (+https://fast.example/contact)",
            },
        }
    )
    spider_cls = type("FastSpider", (SiteSpider,), {"name": "fast", "profile": profile})
    settings = Settings(get_project_settings().copy_to_dict())
    spider_cls.update_settings(settings)
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 6
    assert not settings.getbool("AUTOTHROTTLE_ENABLED") and not settings.getbool("NEWSCRAWL_OBEY_CRAWL_DELAY")
    assert settings["USER_AGENT"].endswith("fast.example/contact)")
