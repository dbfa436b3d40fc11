"""The Redis connection of the fleet: short timeouts, and errors as one line."""

from __future__ import annotations

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from crawler.config import mask_password

# Redis being down or unreachable (as opposed to a bug): the worker waits for it to come back.
REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError)

# A blocked call holds the reactor: a few seconds, not scrapy-redis' default of 30.
REDIS_PARAMS = {"socket_timeout": 5, "socket_connect_timeout": 5, "health_check_interval": 15}


def connect(url: str) -> Redis:
    return Redis.from_url(url, **REDIS_PARAMS)  # type: ignore[arg-type]


def reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def unreachable(url: str, exc: BaseException) -> str:
    return f"Redis unreachable at {mask_password(url)}: {reason(exc)}"
