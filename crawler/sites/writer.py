"""Writing a profile as TOML (the standard library reads TOML but does not write it).

Profiles are flat: strings, integers, lists of strings and two levels of tables, so a small writer does;
``tomllib`` reading back what was written is checked before the file is saved.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

from crawler.sites.schema import KEYS


def _string(value: str) -> str:
    if "'" not in value and "\n" not in value and value.isprintable():
        return f"'{value}'"  # a literal string: regexes keep their backslashes as written
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() and key.isascii() else json.dumps(key)


def to_toml(data: dict[str, Any], header: str = "") -> str:
    """``data`` as TOML text, keys in schema order, tables last."""
    order = {k: i for i, k in enumerate(KEYS)}
    keys = sorted(data, key=lambda k: order.get(k, len(order)))
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    for key in keys:
        if not isinstance(data[key], dict):
            lines.append(f"{_key(key)} = {_value(data[key])}")
    for key in keys:
        if isinstance(data[key], dict) and data[key]:
            lines.append("")
            lines.append(f"[{_key(key)}]")
            lines.extend(f"{_key(k)} = {_value(v)}" for k, v in data[key].items())
    text = "\n".join(lines) + "\n"
    if tomllib.loads(text) != {
        k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items() if v != {}
    }:
        raise ValueError("the TOML writer did not round-trip (a bug)")
    return text


def write_profile(directory: Path, name: str, text: str, overwrite: bool = False) -> Path:
    """Save ``text`` as ``directory/name.toml`` atomically; FileExistsError unless ``overwrite``."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.toml"
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists (use --force to replace it)")
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
