"""Load a benchmark script from bench/ as a module, so a gate measures exactly what its benchmark prints."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
CORPUS = BENCH.parent.parent / "shared" / "corpus"


def load_bench(name: str) -> ModuleType:
    """bench/<name>.py as module ``bench_<name>`` (bench/ on sys.path: the scripts share bench/corpus.py)."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def need_corpus(*parts: str) -> Path:
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"corpus {path} is absent (third-party data lives in ../shared/corpus)")
    return path
