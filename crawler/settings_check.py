"""Scrapy settings given on the command line (``-s NAME=VALUE``) or in a profile's ``[settings]`` table,
checked against the type of Scrapy's default so a typo is one clear line, not a traceback mid-crawl."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_BOOLS = {
    "1": True,
    "true": True,
    "yes": True,
    "on": True,
    "0": False,
    "false": False,
    "no": False,
    "off": False,
}


@cache
def _defaults() -> dict[str, Any]:
    from scrapy.settings import default_settings

    import crawler.settings as ours

    values = {k: getattr(default_settings, k) for k in dir(default_settings) if _NAME.match(k)}
    values.update({k: getattr(ours, k) for k in dir(ours) if _NAME.match(k)})
    return values


def coerce_setting(name: str, value: Any) -> Any:
    """``value`` as the type of the setting's default; raises ValueError with a one-line reason."""
    if not _NAME.match(name):
        raise ValueError(f"{name!r} is not a Scrapy setting name (UPPER_CASE)")
    if name == "LOG_LEVEL":  # a string setting, but only a level name works (logging raises mid-start)
        level = str(value).strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"{name}={value!r}: expected one of {', '.join(LOG_LEVELS)}")
        return level
    default = _defaults().get(name)
    if default is None or isinstance(default, str):
        return value
    text = value.strip() if isinstance(value, str) else None
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            if text is not None and text.lower() in _BOOLS:
                return _BOOLS[text.lower()]
            raise ValueError
        if isinstance(default, int | float):
            # Scrapy reads some int-defaulted settings as floats (DOWNLOAD_DELAY = 0): any number will do.
            if isinstance(value, bool):
                raise ValueError
            number = float(text if text is not None else value)
            return int(number) if isinstance(default, int) and number.is_integer() else number
        if isinstance(default, dict | list | tuple):
            parsed = json.loads(text) if text is not None else value
            if not isinstance(parsed, dict if isinstance(default, dict) else list | tuple):
                raise ValueError
            return parsed
    except (ValueError, TypeError, json.JSONDecodeError):
        kind = "true or false" if isinstance(default, bool) else "a number"
        if isinstance(default, dict):
            kind = 'a JSON object such as {"key": 1}'
        elif isinstance(default, list | tuple):
            kind = "a JSON list"
        raise ValueError(f"{name}={value!r}: expected {kind}") from None
    return value


def check_setting(name: str, value: Any) -> str | None:
    """None when ``value`` suits the setting, else the reason."""
    try:
        coerce_setting(name, value)
    except ValueError as exc:
        return str(exc)
    return None
