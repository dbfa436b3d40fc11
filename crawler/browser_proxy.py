"""The SSRF guard for Chromium's own connections: a forward proxy on 127.0.0.1 that Chromium must use.

Page request interception (``crawler.browser.RequestGuard``) sees each request a page makes, but not the
hops of a redirect Chromium follows by itself (a script URL answering 302 to 169.254.169.254). Every
connection Chromium opens goes through this proxy instead (Playwright sends loopback through the proxy
too), and the proxy connects only to addresses the policy allows: it resolves the host itself, checks every
answer, and connects to the address it checked, so a name cannot change its answer in between.

Replay-web hosts (``*.test``) are handed to the replay proxy while it is in use, unresolved. Plain HTTP is
forwarded one request per connection (``Connection: close``); CONNECT tunnels (HTTPS, secure websockets)
and HTTP upgrades are piped as they are.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from urllib.parse import urlsplit

from crawler.netpolicy import AddressPolicy

logger = logging.getLogger(__name__)
_HEAD_LIMIT = 64 * 1024
_HOP_HEADERS = (b"proxy-connection", b"proxy-authorization", b"connection", b"keep-alive")


class BrowserProxy:
    def __init__(self, policy: AddressPolicy, replay_proxy: str | None = None) -> None:
        self.policy = policy
        parts = urlsplit(replay_proxy) if replay_proxy else None
        self.replay = (parts.hostname or "127.0.0.1", parts.port or 80) if parts else None
        # Bound now, so the browser's launch options can name the port before any event loop runs; the
        # connections that arrive before ``start()`` wait in the backlog.
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self._sock.setblocking(False)
        self._server: asyncio.AbstractServer | None = None
        self.blocked = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    async def start(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._client, sock=self._sock, limit=_HEAD_LIMIT)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None

    # -- one client connection --------------------------------------------------------------------------
    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        try:
            await self._forward(head, reader, writer)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _forward(self, head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line, _, rest = head.partition(b"\r\n")
        try:
            method, target, version = line.decode("latin-1").split(" ", 2)
        except ValueError:
            await _answer(writer, 400, "bad request")
            return
        headers = [h for h in rest.split(b"\r\n") if h]
        if method.upper() == "CONNECT":
            host, _, port_text = target.rpartition(":")
            host, port = host.strip("[]").lower(), int(port_text or 443)
        else:
            parts = urlsplit(target)
            host, port = (parts.hostname or "").lower(), parts.port or 80
        via_replay = self.replay is not None and host.endswith(".test")
        if via_replay:
            assert self.replay is not None
            address, port = self.replay
        else:
            checked = await self._checked_address(host, port, f"{method} {target[:200]}")
            if checked is None:
                await _answer(writer, 403, "blocked by the SSRF guard")
                return
            address = checked
        up_reader, up_writer = await asyncio.open_connection(address, port)
        if method.upper() == "CONNECT":
            if via_replay:
                up_writer.write(head)  # the replay server answers the CONNECT itself
            else:
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await _pipe(reader, writer, up_reader, up_writer)  # an opaque tunnel: one host, checked
            return
        if any(h.lower().startswith(b"upgrade:") for h in headers):  # a websocket: keep it open both ways
            up_writer.write(_request(method, target, version, headers, absolute=via_replay, close=False))
            await _pipe(reader, writer, up_reader, up_writer)
            return
        # One request per connection: whatever the browser sends next on it would skip the check.
        up_writer.write(_request(method, target, version, headers, absolute=via_replay, close=True))
        length = next(
            (int(h.split(b":", 1)[1]) for h in headers if h.lower().startswith(b"content-length:")), 0
        )
        if length:
            up_writer.write(await reader.readexactly(length))
        await _copy(up_reader, writer)
        up_writer.close()

    async def _checked_address(self, host: str, port: int, what: str) -> str | None:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return None
        addresses = sorted({str(info[4][0]) for info in infos})
        reason = self.policy.first_refusal(addresses) if addresses else f"{host} does not resolve"
        if reason:
            self.blocked += 1
            logger.warning("browser connection blocked: %s (%s)", what, reason)
            return None
        return addresses[0]


def _request(
    method: str, target: str, version: str, headers: list[bytes], *, absolute: bool, close: bool
) -> bytes:
    """The request head as sent on: origin-form to a server (absolute-form to the replay proxy), without the
    client's proxy and connection headers, and ``Connection: close`` unless it is an upgrade."""
    if absolute:
        start = target
    else:
        parts = urlsplit(target)
        start = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    kept = [h for h in headers if not close or not h.lower().startswith(_HOP_HEADERS)]
    kept = [h for h in kept if not h.lower().startswith((b"proxy-connection", b"proxy-authorization"))]
    if close:
        kept.append(b"Connection: close")
    return b"\r\n".join([f"{method} {start} {version}".encode("latin-1"), *kept]) + b"\r\n\r\n"


async def _answer(writer: asyncio.StreamWriter, status: int, text: str) -> None:
    body = text.encode()
    writer.write(
        f"HTTP/1.1 {status} {text}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n".encode()
        + body
    )
    with contextlib.suppress(ConnectionError):
        await writer.drain()


async def _copy(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
    try:
        while chunk := await src.read(65536):
            dst.write(chunk)
            await dst.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            dst.close()


async def _pipe(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    up_reader: asyncio.StreamReader,
    up_writer: asyncio.StreamWriter,
) -> None:
    await asyncio.gather(_copy(reader, up_writer), _copy(up_reader, writer))
