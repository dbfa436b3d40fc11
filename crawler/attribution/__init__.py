"""Attribution: signals (pure functions returning evidence) and their resolution into one answer.

Import ``crawler.attribution.resolve.attribute`` for the stage; this package init stays empty of imports so
that ``crawler.outlets`` can use ``crawler.attribution.cues`` without a cycle.
"""
