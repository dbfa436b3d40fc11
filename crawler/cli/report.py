"""The short report ``newscrawl demo`` prints after crawling the replay web."""

from __future__ import annotations

from urllib.parse import unquote

from sqlalchemy.orm import Session

from crawler.db import queries as q


def print_demo_report(session: Session, stories_shown: int = 4) -> None:
    data = q.stats(session)
    crawled = [s for s in data["sites"] if s["articles"]]
    print()
    print("=" * 72)
    print(
        f"sites crawled: {len(crawled)}    articles stored: {data['articles']}    stories: {data['stories']}"
    )
    print(
        f"republished stories: {data['republished_stories']}    outlets known: {data['outlets']}"
        f"    articles with unknown outlet: {data['articles_without_outlet']}"
    )
    print("-" * 72)
    for s in crawled:
        print(f"  {s['site']:<22} {s['articles']:>4} articles")
    republished = [s for s in q.stories(session) if len({a["site"] for a in s["articles"]}) > 1]
    republished.sort(key=lambda s: (-len(s["articles"]), s["id"]))
    print("-" * 72)
    for story in republished[:stories_shown]:
        origin = story["origin_outlet"]
        print(f"story {story['id']}: {story['title']}")
        print(
            f"  original outlet: {origin['name'] + ' (' + str(origin['domain']) + ')' if origin else 'unknown'}"
        )
        print(f"  original: {unquote(story['original_url']) if story['original_url'] else 'unknown'}")
        for a in story["articles"]:
            mark = "*" if a["is_original"] else " "
            print(f"   {mark} {a['site']:<20} {unquote(a['url'])}")
    print("=" * 72)
    print("more: newscrawl stories | newscrawl story ID | newscrawl runs | newscrawl stats")
