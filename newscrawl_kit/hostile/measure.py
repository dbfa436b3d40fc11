"""Run a command and measure its peak resident memory (its own rusage from ``wait4``, so other processes of
the test run never count), killing it when it passes a ceiling (a bomb must not take the machine down)."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Measured:
    returncode: int
    stdout: str
    stderr: str
    peak_mib: float
    killed_at_ceiling: bool


def _rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_measured(
    cmd: list[str], *, env: dict[str, str], cwd: Path, ceiling_mib: float = 2048, timeout: float = 300
) -> Measured:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        killed, done = threading.Event(), threading.Event()

        def watch() -> None:
            deadline = time.monotonic() + timeout
            while not done.wait(0.1):
                over = _rss_mib(proc.pid) > ceiling_mib
                if over or time.monotonic() > deadline:
                    if over:
                        killed.set()
                    with suppress(ProcessLookupError):
                        os.kill(proc.pid, signal.SIGKILL)
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        done.set()
        proc.returncode = os.waitstatus_to_exitcode(status)
        watcher.join(timeout=1)
        out.seek(0)
        err.seek(0)
        return Measured(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_maxrss / 1024,  # KiB on Linux
            killed.is_set(),
        )
