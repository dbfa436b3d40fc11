"""The replay web: deterministic local news sites (aggregators and outlets) for the demo, tests and benchmarks.

Pure Python (no Scrapy, no database). ``build_demo_web()`` gives the hand-written demo web,
``build_large_web()`` a large synthetic one; ``ReplayServer`` serves either on 127.0.0.1.
"""

from __future__ import annotations

from newscrawl_kit.replay.demo import build_demo_web
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import PageTruth, ReplayWeb, Resource

__all__ = ["PageTruth", "ReplayServer", "ReplayWeb", "Resource", "build_demo_web", "build_large_web"]


def build_large_web(stories: int = 1000, aggregators: int = 4, seed: int = 0) -> ReplayWeb:
    """A large synthetic web of the same site kinds (see ``newscrawl_kit.replay.generator``)."""
    from newscrawl_kit.replay.generator import build_large_web as build

    return build(stories=stories, aggregators=aggregators, seed=seed)
