"""A small hostile web server on 127.0.0.1 for the hardening tests and ``bench/hostile.py``.

Like the replay server it answers absolute-URI requests (it is the crawl's ``NEWSCRAWL_REPLAY_PROXY``, so
URLs stay ``http://mogaz.test/...``) and origin-form requests by their Host header (a "secret" service on
loopback that a redirect points at). Each route is a function of the exchange, so it can answer anything:
bombs, huge streams, 429s with Retry-After, redirect chains, a robots.txt that hangs. Every request is
recorded with its arrival time, and the number of requests in flight per host is tracked.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Hit:
    method: str
    url: str  # http://host/path?query
    host: str
    path: str  # path?query
    at: float  # time.monotonic() on arrival
    headers: dict[str, str] = field(default_factory=dict)


class Exchange:
    """One request and the means to answer it."""

    def __init__(self, handler: _Handler, host: str, path: str) -> None:
        self.handler = handler
        self.host = host
        self.path = path
        self.headers = handler.headers

    def send(
        self,
        body: bytes | str = b"",
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        h = self.handler
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.end_headers()
        if h.command != "HEAD":
            h.wfile.write(data)

    def stream(
        self,
        chunks: Iterable[bytes],
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        length: int | None = None,
    ) -> None:
        """Send ``chunks`` as they come: with ``length`` as Content-Length, else chunked (no size known)."""
        h = self.handler
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        if length is not None:
            h.send_header("Content-Length", str(length))
        else:
            h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        try:
            for chunk in chunks:
                if length is not None:
                    h.wfile.write(chunk)
                else:
                    h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            if length is None:
                h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on it, which is the point

    def redirect(self, location: str, status: int = 302) -> None:
        self.send(b"", status=status, headers={"Location": location})

    def hang(self, seconds: float) -> None:
        """Say nothing for ``seconds`` (or until the server stops), then close."""
        self.handler.server.stopping.wait(seconds)
        self.handler.close_connection = True


Route = Callable[[Exchange], None]


def page(
    body: bytes | str,
    status: int = 200,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> Route:
    def route(ex: Exchange) -> None:
        ex.send(body, status, content_type, headers)

    return route


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        self._serve()

    do_HEAD = do_POST = do_GET

    def do_CONNECT(self) -> None:
        """A browser tunnelling HTTPS through us: recorded (its host is what matters) and refused."""
        host = self.path.rsplit(":", 1)[0].strip("[]").lower()
        self.server.record(Hit("CONNECT", self.path, host, "", time.monotonic(), dict(self.headers)))
        self.server.done(host)
        self.send_response(502)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _serve(self) -> None:
        raw = self.path
        if raw.startswith(("http://", "https://")):
            parts = urlsplit(raw)
            host = (parts.hostname or "").lower()
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        else:
            host = self.headers.get("Host", "").split(":", 1)[0].lower()
            path = raw or "/"
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
        server = self.server
        server.record(
            Hit(self.command, f"http://{host}{path}", host, path, time.monotonic(), dict(self.headers))
        )
        route = server.routes.get((host, path)) or server.routes.get((host, path.split("?", 1)[0]))
        if route is None:
            route = server.fallback.get(host)
        try:
            if route is None:
                Exchange(self, host, path).send(b"not found", status=404, content_type="text/plain")
            else:
                route(Exchange(self, host, path))
        finally:
            server.done(host)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: str = "127.0.0.1") -> None:
        super().__init__((address, 0), _Handler)
        self.routes: dict[tuple[str, str], Route] = {}
        self.fallback: dict[str, Route] = {}
        self.lock = threading.Lock()
        self.hits: list[Hit] = []
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()
        self.stopping = threading.Event()

    def record(self, hit: Hit) -> None:
        with self.lock:
            self.hits.append(hit)
            self.in_flight[hit.host] += 1
            self.max_in_flight[hit.host] = max(self.max_in_flight[hit.host], self.in_flight[hit.host])

    def done(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1


class HostileServer:
    """``address``: another loopback address (127.0.0.2) plays a second machine, for tests that allow one
    address (``NEWSCRAWL_ALLOWED_NETWORKS=127.0.0.1/32``) and must never reach the other."""

    def __init__(self, address: str = "127.0.0.1") -> None:
        self._httpd = _Server(address)
        self._thread: threading.Thread | None = None

    def __enter__(self) -> HostileServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="hostile-web", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._httpd.stopping.set()
        self._httpd.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd.server_close()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def address(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``: its address as a proxy, and as a site of its own."""
        return f"http://{self.address}:{self.port}"

    proxy_url = url

    def add(self, url: str, route: Route) -> None:
        """Answer ``url`` (``http://host/path``, query included or not) with ``route``."""
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self._httpd.routes[((parts.hostname or "").lower(), path)] = route

    def add_page(self, url: str, body: bytes | str, **kwargs: object) -> None:
        self.add(url, page(body, **kwargs))  # type: ignore[arg-type]

    def fallback(self, host: str, route: Route) -> None:
        """Answer every unrouted path of ``host`` with ``route``."""
        self._httpd.fallback[host.lower()] = route

    @property
    def hits(self) -> list[Hit]:
        with self._httpd.lock:
            return list(self._httpd.hits)

    def hits_for(self, host: str, prefix: str = "") -> list[Hit]:
        return [h for h in self.hits if h.host == host and h.path.startswith(prefix)]

    def max_in_flight(self, host: str) -> int:
        with self._httpd.lock:
            return self._httpd.max_in_flight[host]
