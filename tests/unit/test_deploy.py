"""deploy/: every file parsed and checked for what it must say, and run through its validator where one is
installed (systemd-analyze verify, kubernetes-validate's bundled schemas, sh -n for the cron command)."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from crawler.config import Config

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
SERVICE = DEPLOY / "systemd" / "newscrawl-crawl.service"
TIMER = DEPLOY / "systemd" / "newscrawl-crawl.timer"
CRONJOB = DEPLOY / "kubernetes" / "cronjob.yaml"
SCRAPYD = DEPLOY / "scrapyd" / "scrapyd.conf"
ENV_EXAMPLE = DEPLOY / ".env.example"
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


# ---------------------------------------------------------------- helpers


def config_env_vars() -> set[str]:
    """The variables crawler/config.py reads: env.get("X"), os.getenv("X"), os.environ["X"] and the like."""
    tree = ast.parse((REPO / "crawler" / "config.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        arg: ast.AST | None = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            if node.func.attr in ("get", "getenv", "pop"):
                arg = node.args[0]
        elif isinstance(node, ast.Subscript):
            arg = node.slice
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and ENV_NAME.match(arg.value):
            names.add(arg.value)
    return names


def env_file(path: Path) -> dict[str, str]:
    """KEY=value lines (comments and blanks skipped); quotes stripped as systemd and sh both do."""
    result: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep and ENV_NAME.match(key), f"{path.name}:{number}: not a KEY=value line: {raw!r}"
        assert key not in result, f"{path.name}:{number}: {key} set twice"
        result[key] = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
    return result


def unit_file(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True, comment_prefixes=("#", ";"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


CRON_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
CRON_NAMES = [
    {},
    {},
    {},
    {
        m: i
        for i, m in enumerate(
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
        )
    },
    {d: i for i, d in enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat"])},
]


def cron_field_ok(field: str, index: int) -> bool:
    """One of the five schedule fields: lists of *, N, N-M, each with an optional /step, within range."""
    low, high = CRON_RANGES[index]
    names = CRON_NAMES[index]

    def value(text: str) -> int | None:
        if text.isdigit():
            return int(text)
        return names.get(text.lower())

    for part in field.split(","):
        base, _, step = part.partition("/")
        if step and (not step.isdigit() or int(step) == 0):
            return False
        if base == "*":
            continue
        first, _, last = base.partition("-")
        bounds = [value(first)] + ([value(last)] if last else [])
        if any(b is None or not low <= b <= high for b in bounds):
            return False
    return True


def cron_jobs() -> list[tuple[list[str], str]]:
    jobs = []
    for raw in (DEPLOY / "crontab").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or re.match(r"^[A-Za-z_][A-Za-z0-9_]*\s*=", line):
            continue
        fields = line.split(maxsplit=5)
        assert len(fields) == 6, f"not 5 schedule fields and a command: {raw!r}"
        jobs.append((fields[:5], fields[5]))
    return jobs


def runs_crawl_due(words: list[str]) -> bool:
    return any(
        os.path.basename(w) == "newscrawl" and words[i + 1 : i + 3] == ["crawl", "--due"]
        for i, w in enumerate(words)
    )


# ---------------------------------------------------------------- crontab


def test_crontab_has_one_line_every_five_minutes_running_crawl_due() -> None:
    jobs = cron_jobs()
    assert len(jobs) == 1
    schedule, command = jobs[0]
    assert all(cron_field_ok(f, i) for i, f in enumerate(schedule)), schedule
    assert schedule == ["*/5", "*", "*", "*", "*"]
    assert runs_crawl_due(shlex.split(command))
    assert "/etc/newscrawl.env" in command
    assert "flock" not in command  # newscrawl's own run lock does that job
    assert "%" not in command  # cron turns % into a newline
    assert re.search(r">>\s*\S+\.log\s+2>&1", command), "output should be appended to a log file"


def test_crontab_command_is_valid_sh() -> None:
    _, command = cron_jobs()[0]
    subprocess.run(["sh", "-n", "-c", command], check=True)


def test_crontab_command_really_runs_with_the_env_file(tmp_path: Path) -> None:
    """Run the cron command under sh with the paths moved into tmp_path and a stub `newscrawl`."""
    _, command = cron_jobs()[0]
    root = tmp_path / "opt"
    stub = root / ".venv" / "bin" / "newscrawl"
    stub.parent.mkdir(parents=True)
    stub.write_text('#!/bin/sh\necho "args=$* db=$DATABASE_URL lock=$NEWSCRAWL_LOCK_DIR cwd=$(pwd)"\n')
    stub.chmod(0o755)
    (root / "var" / "log").mkdir(parents=True)
    env_copy = tmp_path / "newscrawl.env"
    shutil.copy(ENV_EXAMPLE, env_copy)
    moved = command.replace("/etc/newscrawl.env", str(env_copy)).replace("/opt/newscrawl", str(root))
    subprocess.run(["sh", "-c", moved], check=True, env={"PATH": "/usr/bin:/bin"})
    logs = list((root / "var" / "log").glob("*.log"))
    assert len(logs) == 1
    expected = env_file(ENV_EXAMPLE)
    assert logs[0].read_text().strip() == (
        f"args=crawl --due db={expected['DATABASE_URL']} lock={expected['NEWSCRAWL_LOCK_DIR']} cwd={root}"
    )


def test_cron_field_checker_rejects_bad_fields() -> None:
    assert cron_field_ok("*/5", 0) and cron_field_ok("1-5", 4) and cron_field_ok("mon-fri", 4)
    assert not cron_field_ok("60", 0) and not cron_field_ok("*/0", 0) and not cron_field_ok("x", 1)


# ---------------------------------------------------------------- systemd


def test_service_unit_settings() -> None:
    unit = unit_file(SERVICE)
    service = unit["Service"]
    assert service["Type"] == "oneshot"
    assert service["User"] == "newscrawl"
    assert service["EnvironmentFile"] == "/etc/newscrawl.env"
    exec_start = shlex.split(service["ExecStart"])
    assert (
        os.path.isabs(exec_start[0]) and runs_crawl_due(exec_start) and exec_start[1:] == ["crawl", "--due"]
    )
    assert service["NoNewPrivileges"] == "true"
    assert service["ProtectSystem"] == "strict"
    assert service["PrivateTmp"] == "true"
    workdir = Path(service["WorkingDirectory"])
    # Everything the crawler writes by default (var/news.db, var/locks) must be under a ReadWritePaths entry.
    writable = [Path(p.lstrip("-")) for p in service["ReadWritePaths"].split()]
    defaults = Config()
    for relative in (Path(defaults.lock_dir), Path(defaults.database_url.removeprefix("sqlite:///")).parent):
        assert any((workdir / relative).is_relative_to(w) for w in writable), relative


def test_timer_unit_settings() -> None:
    timer = unit_file(TIMER)
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Timer"].get("OnCalendar") or timer["Timer"].get("OnUnitActiveSec")
    assert timer["Timer"].get("Unit", SERVICE.name) == SERVICE.name
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not found (Debian package `systemd` provides it)")
    # verify insists that ExecStart's binary exists; the installed path (/opt/newscrawl/.venv/...) does not
    # here, so a copy of the unit points at an existing binary and keeps everything else as shipped.
    service_text = SERVICE.read_text(encoding="utf-8")
    installed = shlex.split(unit_file(SERVICE)["Service"]["ExecStart"])[0]
    assert service_text.count(f"ExecStart={installed} ") == 1
    (tmp_path / SERVICE.name).write_text(
        service_text.replace(f"ExecStart={installed} ", "ExecStart=/bin/true ")
    )
    shutil.copy(TIMER, tmp_path / TIMER.name)
    result = subprocess.run(
        [analyze, "verify", "--man=no", str(tmp_path / SERVICE.name), str(tmp_path / TIMER.name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # verify exits 0 on unknown keys and bad values (it only warns), so any output at all is a failure.
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr
    )


def test_timer_fires_every_five_minutes() -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not found (Debian package `systemd` provides it)")
    spec = unit_file(TIMER)["Timer"]["OnCalendar"]
    out = subprocess.run(
        [analyze, "calendar", "--iterations=3", spec], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "Normalized form: *-*-* *:00/5:00" in out


# ---------------------------------------------------------------- Kubernetes


def manifests() -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(CRONJOB.read_text(encoding="utf-8")) if doc]


def the(kind: str) -> dict[str, Any]:
    found = [doc for doc in manifests() if doc["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}"
    return found[0]


QUANTITY = re.compile(r"^\d+(\.\d+)?(m|k|Ki|Mi|Gi|M|G)?$")


def test_cronjob_never_overlaps_and_runs_crawl_due() -> None:
    cronjob = the("CronJob")
    assert cronjob["apiVersion"] == "batch/v1"
    spec = cronjob["spec"]
    assert spec["concurrencyPolicy"] == "Forbid"
    assert [cron_field_ok(f, i) for i, f in enumerate(spec["schedule"].split())] == [True] * 5
    assert 0 < spec["startingDeadlineSeconds"] < 300  # below the 5-minute period: late ticks are dropped
    assert spec["successfulJobsHistoryLimit"] >= 1 and spec["failedJobsHistoryLimit"] >= 1
    pod = spec["jobTemplate"]["spec"]["template"]["spec"]
    assert pod["restartPolicy"] in ("Never", "OnFailure")
    (crawl,) = pod["containers"]
    assert crawl["command"] == ["newscrawl", "crawl", "--due"]
    (upgrade,) = pod["initContainers"]
    assert upgrade["command"] == ["newscrawl", "db", "upgrade"]
    for container in (crawl, upgrade):
        db = {e["name"]: e for e in container["env"]}["DATABASE_URL"]
        assert db["valueFrom"]["secretKeyRef"]["name"] and db["valueFrom"]["secretKeyRef"]["key"]
        resources = container["resources"]
        assert resources["requests"]["memory"] and resources["limits"]["memory"]
        for group in resources.values():
            assert all(QUANTITY.match(str(q)) for q in group.values()), group


def test_configmap_holds_only_settings_config_reads() -> None:
    data = the("ConfigMap")["data"]
    assert set(data) <= config_env_vars()
    assert "DATABASE_URL" not in data  # that one is a secret
    referenced = the("CronJob")["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["envFrom"]
    assert referenced == [{"configMapRef": {"name": the("ConfigMap")["metadata"]["name"]}}]


@pytest.mark.parametrize("version", ["1.29.0", "1.37.0"])
def test_manifests_pass_kubernetes_schema_validation(version: str) -> None:
    kubernetes_validate = pytest.importorskip(
        "kubernetes_validate", reason="kubernetes-validate not installed (pip install -e '.[dev]')"
    )
    for doc in manifests():
        kubernetes_validate.validate(doc, version, strict=True)  # raises on any unknown or ill-typed field


# ---------------------------------------------------------------- scrapyd

SCRAPYD_OPTIONS = {
    "application", "bind_address", "http_port", "unix_socket_path", "username", "password", "spiderqueue",
    "webroot", "max_proc", "max_proc_per_cpu", "poll_interval", "prefix_header", "finished_to_keep",
    "jobs_to_keep", "eggs_dir", "eggstorage", "dbs_dir", "logs_dir", "items_dir", "runner", "launcher",
    "node_name", "debug", "jobstorage",
}  # fmt: skip


def test_scrapyd_conf() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(SCRAPYD, encoding="utf-8")
    assert parser.sections() == ["scrapyd"]
    conf = parser["scrapyd"]
    assert set(conf) <= SCRAPYD_OPTIONS, set(conf) - SCRAPYD_OPTIONS  # a typo is silently ignored by scrapyd
    assert conf["bind_address"] == "127.0.0.1"
    assert conf.getint("max_proc") > 0 and conf.getint("max_proc_per_cpu") > 0
    assert conf.getint("http_port") and conf.getfloat("poll_interval") > 0
    assert conf.getboolean("debug") is False
    for key in ("logs_dir", "items_dir", "eggs_dir", "dbs_dir"):
        assert os.path.isabs(conf[key])


def test_scrapy_cfg_deploy_target_points_at_this_scrapyd() -> None:
    scrapy_cfg = REPO / "scrapy.cfg"
    if not scrapy_cfg.exists():
        pytest.skip("scrapy.cfg not there yet")
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(scrapy_cfg, encoding="utf-8")
    conf = configparser.ConfigParser(interpolation=None)
    conf.read(SCRAPYD, encoding="utf-8")
    port = conf["scrapyd"]["http_port"]
    assert cfg["deploy"]["url"] == f"http://127.0.0.1:{port}/"
    assert cfg["deploy"]["project"] == "newscrawl"


# ---------------------------------------------------------------- .env.example


def test_env_example_lists_exactly_what_config_reads() -> None:
    assert set(env_file(ENV_EXAMPLE)) == config_env_vars()
    assert "DATABASE_URL" in config_env_vars()  # the AST scan really found something


def test_env_example_values_are_the_defaults() -> None:
    # The example documents the defaults; an operator edits from there.
    assert Config.from_env(env_file(ENV_EXAMPLE)) == Config()


def test_env_example_reads_the_same_under_sh() -> None:
    # The crontab sources the file with `set -a; . FILE`: sh must see the same values systemd does.
    script = f"set -a; . {shlex.quote(str(ENV_EXAMPLE))}; set +a; env -0"
    out = subprocess.run(["sh", "-c", script], capture_output=True, check=True, env={}).stdout.decode()
    seen = dict(item.split("=", 1) for item in out.split("\0") if "=" in item)
    expected = env_file(ENV_EXAMPLE)
    assert {k: seen.get(k) for k in expected} == expected
