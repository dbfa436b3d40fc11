"""Start-up of ``newscrawl extract`` on one page: wall and CPU time of the whole command, beside ``python -c pass``.

Every run is a fresh process (what a script calling ``newscrawl extract FILE`` per page pays). The runs take
turns (baseline, extract, baseline, ...) so that load on a shared machine weighs on both alike; the medians
are printed, CPU = user + sys of the child (``os.wait4``), which load changes far less than wall time.
The page's own processing, measured in one warm process, is printed too: start-up is what the command costs
beyond it (imports, the outlet registry, the profiles).

Before measuring, one run with bytecode writing on fills ``__pycache__`` (an installed package ships its
``.pyc``; a checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise recompile every module each time), and
the outlet registry snapshot in the cache directory is made. One more run with an empty cache directory shows
the first call after an install or a registry change.

    .venv/bin/python bench/startup.py [--runs 7] [--page FILE.html.gz --url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus as C

BIN = Path(sys.executable).parent


def default_page(corpus: Path) -> tuple[Path, str]:
    """The AEB page of median size (a typical article, not the smallest or the largest)."""
    root = corpus / "article-extraction-benchmark"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    files = sorted(
        (root / "html" / f"{key}.html.gz" for key in gold), key=lambda p: (p.stat().st_size, p.name)
    )
    middle = files[len(files) // 2]
    return middle, gold[middle.name.removesuffix(".html.gz")]["url"]


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process; its output is discarded, a failure stops the bench."""
    wall = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - wall
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0,):
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}: {stderr.strip()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


_IN_PROCESS = """
import sys, time
from pathlib import Path
from crawler.cli.pages import _process, _registry
from crawler.sources import read_html_file
registry = _registry()
page = read_html_file(Path(sys.argv[1]), sys.argv[2], 10**9)
_process(page, None, registry)  # warm: lazy imports, caches
times = []
for _ in range(int(sys.argv[3])):
    cpu = time.process_time()
    _process(read_html_file(Path(sys.argv[1]), sys.argv[2], 10**9), None, registry)
    times.append(time.process_time() - cpu)
print(sorted(times)[len(times) // 2])
"""


def page_cpu(page: Path, url: str, runs: int, env: dict[str, str]) -> float:
    """Median CPU seconds of processing the page again in a warm process (no imports, no loading)."""
    out = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(page), url, str(runs)],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=C.CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--page", type=Path, help="an .html/.html.gz file (default: the median-size AEB page)"
    )
    parser.add_argument("--url", help="the page's URL (with --page)")
    args = parser.parse_args(argv)
    page, url = (
        (args.page, args.url or "https://example.com/page") if args.page else default_page(args.corpus)
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    extract = [str(BIN / "newscrawl"), "extract", str(page), "--url", url]
    baseline = [sys.executable, "-c", "pass"]
    timed(extract, env)  # .pyc files and the registry snapshot in place

    runs: dict[str, list[tuple[float, float]]] = {"python -c pass": [], "newscrawl extract": []}
    for _ in range(args.runs):
        runs["python -c pass"].append(timed(baseline, env))
        runs["newscrawl extract"].append(timed(extract, env))
    with tempfile.TemporaryDirectory() as cache:
        first = timed(extract, {**env, "XDG_CACHE_HOME": cache})
    work = page_cpu(page, url, args.runs, env)

    print(f"page: {page.name} ({page.stat().st_size // 1024} KiB gzipped), {url}; {args.runs} runs each, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    medians = {}
    for name, samples in runs.items():
        wall, cpu = statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)
        medians[name] = (wall, cpu)
        print(f"  {name:<34} median wall {wall:.3f} s  CPU {cpu:.3f} s")
    wall, cpu = medians["newscrawl extract"]
    base_wall, base_cpu = medians["python -c pass"]
    print(
        f"  {'newscrawl extract, empty cache':<34}        wall {first[0]:.3f} s  CPU {first[1]:.3f} s (one run)"
    )
    print(f"  the page itself, in a warm process           CPU {work:.3f} s")
    print(f"  start-up (extract - page - python -c pass)   CPU {cpu - work - base_cpu:.3f} s; "
          f"extract / python -c pass: {wall / base_wall:.1f}x wall, {cpu / base_cpu:.1f}x CPU")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
