"""Serve a ReplayWeb on 127.0.0.1, as an HTTP proxy (absolute-URI requests) or by Host header.

    with ReplayServer(build_demo_web()) as server:
        # Scrapy: request.meta["proxy"] = server.proxy_url, URLs stay http://mogaz.test/...
        ...

Unknown hosts answer 502 (as a proxy that cannot reach them), unknown paths 404. Conditional requests
(If-None-Match / If-Modified-Since) answer 304. Bodies are gzip-encoded when the client accepts it.
``pause()`` holds every answer until ``resume()``, so a test can catch a crawl in the middle of its run.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from newscrawl_kit.replay.web import ReplayWeb, Resource, normalize_host, normalize_path

_NOT_FOUND = (
    b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
)
_BAD_GATEWAY = b"502 Bad Gateway: unknown host in the replay web\n"
PAUSE_LIMIT = 60.0  # seconds a request waits for resume() before it is answered anyway


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the crawler reuses its connections to the proxy
    # Headers and body go out in two writes: with Nagle on, each response waits ~40 ms for a delayed ACK.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return  # quiet: the server keeps its own request log

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _target(self) -> tuple[str, str, str]:
        """(host, path?query, absolute url) from an absolute-form or origin-form request."""
        raw = self.path
        if raw.startswith(("http://", "https://")):
            parts = urlsplit(raw)
            host = normalize_host(parts.netloc)
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
        else:
            host = normalize_host(self.headers.get("Host", ""))
            path = raw or "/"
        path = normalize_path(path)
        return host, path, f"http://{host}{path}"

    def _serve(self, head: bool) -> None:
        self.server.answering.wait(timeout=PAUSE_LIMIT)
        host = self._target()[0]
        self.server.arrived(host)
        try:
            if self.server.latency:
                time.sleep(self.server.latency)
            self._answer(head)
        finally:
            self.server.left(host)

    def _answer(self, head: bool) -> None:
        host, path, url = self._target()
        web = self.server.web
        if not web.has_host(host):
            self.server.record(self.command, url, host, 502)
            self._plain(502, _BAD_GATEWAY, "text/plain; charset=utf-8", head)
            return
        resource = web.get(host, path)
        if resource is None:
            self.server.record(self.command, url, host, 404)
            self._plain(404, _NOT_FOUND, "text/html; charset=utf-8", head)
            return
        if self._not_modified(resource):
            # Recorded before answering, so a client that got its response always finds it in the log.
            self.server.record(self.command, url, host, 304)
            self.send_response(304)
            self.send_header("ETag", resource.etag)
            self.send_header("Last-Modified", resource.last_modified_http)
            self.end_headers()
            return
        self.server.record(self.command, url, host, 200)
        body = resource.body
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "") and len(body) > 256
        if gzipped:
            body = resource.gzipped()
        self.send_response(200)
        self.send_header("Content-Type", resource.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", resource.etag)
        self.send_header("Last-Modified", resource.last_modified_http)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _not_modified(self, resource: Resource) -> bool:
        # If-None-Match wins over If-Modified-Since when both are present (RFC 9110 13.2.2).
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            return "*" in tags or resource.etag in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            return since is not None and since.tzinfo is not None and resource.last_modified <= since
        return False

    def _plain(self, status: int, body: bytes, content_type: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _unsupported(self) -> None:
        self._plain(405, b"405 Method Not Allowed\n", "text/plain", False)

    do_POST = do_PUT = do_DELETE = do_CONNECT = do_PATCH = _unsupported


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], web: ReplayWeb) -> None:
        super().__init__(address, _Handler)
        self.web = web
        self.answering = threading.Event()  # cleared while paused
        self.answering.set()
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, int]] = []
        self.by_host: Counter[str] = Counter()
        self.latency = 0.0  # seconds every answer waits: lets a test see how many requests overlap
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()  # per host, the most requests being answered at once

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hangs up mid-request (Chromium closing a page, a cancelled crawl) is not news: the
        # default prints a traceback into the output of the demo and of every crawl that serves the web.
        logging.getLogger(__name__).debug("replay request from %s failed", client_address, exc_info=True)

    def arrived(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])

    def left(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1

    def record(self, method: str, url: str, host: str, status: int) -> None:
        with self.lock:
            self.requests.append((method, url, status))
            self.by_host[host] += 1


class ReplayServer:
    """A ThreadingHTTPServer in a daemon thread serving ``web``; usable as a context manager."""

    def __init__(self, web: ReplayWeb, host: str = "127.0.0.1", port: int = 0) -> None:
        self.web = web
        self._httpd = _Server((host, port), web)
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> ReplayServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="replay-web", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self.resume()  # let held requests finish rather than wait out PAUSE_LIMIT
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------------------------------------
    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def proxy_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # -- holding answers ---------------------------------------------------------------------------------------
    def pause(self) -> None:
        """Requests get no answer until ``resume()`` (at most ``PAUSE_LIMIT`` seconds): a crawl stays mid-run."""
        self._httpd.answering.clear()

    def resume(self) -> None:
        self._httpd.answering.set()

    # -- counters ----------------------------------------------------------------------------------------------
    @property
    def request_count(self) -> int:
        with self._httpd.lock:
            return len(self._httpd.requests)

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        """(method, url, status) of every request so far, in arrival order (a copy)."""
        with self._httpd.lock:
            return list(self._httpd.requests)

    def requests_by_host(self) -> dict[str, int]:
        with self._httpd.lock:
            return dict(self._httpd.by_host)

    def reset_counts(self) -> None:
        with self._httpd.lock:
            self._httpd.requests.clear()
            self._httpd.by_host.clear()
            self._httpd.max_in_flight.clear()

    def set_latency(self, seconds: float) -> None:
        """Every answer waits ``seconds`` first (concurrency becomes visible in ``max_in_flight``)."""
        self._httpd.latency = seconds

    def max_in_flight(self) -> dict[str, int]:
        """Per host, the most requests the server was answering at the same moment."""
        with self._httpd.lock:
            return dict(self._httpd.max_in_flight)
