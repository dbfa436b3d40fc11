"""The bundled outlet registry, with its name matcher built, kept as a pickle in the user's cache directory.

Parsing the 50-odd TOML files and folding every name for the matcher takes about a second of CPU; every
``newscrawl extract`` and every worker process paid it at start. The snapshot is keyed by a hash of the
registry's files and of the code that builds it, so any change to either builds a fresh one; a cache that
cannot be read or written (read-only home, another Python) only costs the build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")
_CODE = ("outlets/registry.py", "outlets/matcher.py", "outlets/normalize.py", "attribution/cues.py")


def cache_dir() -> Path:
    # XDG_CACHE_HOME is the desktop standard every tool reads, not a setting of ours (crawler/config.py).
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "newscrawl"


def content_key(paths: Sequence[Path]) -> str:
    """A hash of the data files and of the modules that turn them into the cached object."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(f"{sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    for path in [*paths, *(package / name for name in _CODE)]:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cached(name: str, paths: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, or the snapshot of it made from exactly these files by exactly this code."""
    try:
        target = cache_dir() / f"{name}-{content_key(paths)}.pickle"
    except OSError:  # an unreadable data file: build() says which
        return build()
    try:
        with target.open("rb") as fh:
            return pickle.load(fh)  # our own file, in the user's own cache directory
    except FileNotFoundError:
        pass
    except Exception as exc:  # truncated or from an incompatible build: make a fresh one
        logger.debug("outlet registry snapshot %s unreadable (%s); rebuilding", target, exc)
    value = build()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, target)  # atomic: a concurrent reader sees the whole snapshot or none
        for stale in target.parent.glob(f"{name}-*.pickle"):
            if stale != target:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        logger.debug("outlet registry snapshot not written to %s: %s", target.parent, exc)
    return value
