"""Requests in Redis as JSON, not pickle: a Redis anyone can write to must not be a way to run code.

``Request.to_dict()`` holds bytes (the body, header names and values): they travel as ``{"$b": base64}``.
"""

from __future__ import annotations

import base64
import json
from typing import Any

_BYTES = "$b"
CLAIM = "newscrawl_claim"  # request.meta key: the claim a popped request came with (crawler.distributed.scheduler)
# Not in Redis: the claim is local to the worker that popped it; browser page methods are objects (the
# spider makes them again when the request is read back).
LOCAL_META = (CLAIM, "playwright_page_methods")


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {_BYTES: base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {(k.decode("latin-1") if isinstance(k, bytes) else k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _restore(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and _BYTES in obj:
        return base64.b64decode(obj[_BYTES])
    return obj


def dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(_plain(obj), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def loads(data: bytes | str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(data, object_hook=_restore)
    return result
