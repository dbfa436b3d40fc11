"""``python -m newscrawl_kit.replay serve [--port 8765] [--large N] [--aggregators M] [--seed S]``."""

from __future__ import annotations

import argparse
import sys
import time

from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb, build_demo_web


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl_kit.replay", description="Serve the replay web."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve on 127.0.0.1 (as an HTTP proxy and by Host header)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--large", type=int, metavar="N", help="serve a generated web of N stories instead")
    serve.add_argument("--aggregators", type=int, default=4)
    serve.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    web: ReplayWeb
    if args.large:
        from newscrawl_kit.replay.generator import build_large_web

        web = build_large_web(stories=args.large, aggregators=args.aggregators, seed=args.seed)
    else:
        web = build_demo_web()
    with ReplayServer(web, port=args.port) as server:
        print(f"replay web: {len(web.truth)} article pages on {len(web.hosts)} hosts", file=sys.stderr)
        print(
            f"proxy: {server.proxy_url}  (e.g. curl -x {server.proxy_url} http://mogaz.test/robots.txt)",
            file=sys.stderr,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
