"""deploy/ for the fleet: the workers' Deployment (with its liveness check) and scheduling CronJob, and the
systemd template unit, parsed, checked for what they must say and run through their validators."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.unit.test_deploy import config_env_vars, unit_file

REPO = Path(__file__).resolve().parents[2]
WORKERS = REPO / "deploy" / "kubernetes" / "workers.yaml"
TEMPLATE = REPO / "deploy" / "systemd" / "newscrawl-worker@.service"


def docs() -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(WORKERS.read_text(encoding="utf-8")) if d]


def the(kind: str) -> dict[str, Any]:
    (found,) = [d for d in docs() if d["kind"] == kind]
    return found


def test_workers_run_newscrawl_worker_with_redis_and_the_database() -> None:
    deployment = the("Deployment")
    pod = deployment["spec"]["template"]["spec"]
    (worker,) = pod["containers"]
    assert worker["command"] == ["newscrawl", "worker"]
    env = {e["name"]: e for e in worker["env"]}
    assert env["DATABASE_URL"]["valueFrom"]["secretKeyRef"]["name"] == "newscrawl-db"
    assert env["REDIS_URL"]["valueFrom"]["secretKeyRef"]["key"]
    assert set(env) <= config_env_vars() | {"HOME"}
    # Long enough for a SIGTERMed worker to hand its unfinished requests back.
    assert pod["terminationGracePeriodSeconds"] >= 30


def test_the_scheduler_queues_for_the_fleet() -> None:
    cronjob = the("CronJob")
    assert cronjob["spec"]["concurrencyPolicy"] == "Forbid"
    (schedule,) = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    assert schedule["command"] == ["newscrawl", "crawl", "--due", "--distributed"]


def _probe(tmp_path: Path, age: float) -> int:
    """The liveness probe's own command, run against a health file last touched ``age`` seconds ago."""
    (worker,) = the("Deployment")["spec"]["template"]["spec"]["containers"]
    health = {e["name"]: e.get("value") for e in worker["env"]}["NEWSCRAWL_WORKER_HEALTH_FILE"]
    command = worker["livenessProbe"]["exec"]["command"]
    path = tmp_path / "alive"
    path.touch()
    then = time.time() - age
    os.utime(path, (then, then))
    script = command[-1].replace(health, str(path))
    return subprocess.run([*command[:-1], script], check=False, timeout=30).returncode


def test_the_liveness_check_fails_only_when_the_worker_loop_stopped(tmp_path: Path) -> None:
    assert _probe(tmp_path, 1) == 0
    assert _probe(tmp_path, 600) != 0


@pytest.mark.parametrize("version", ["1.29.0", "1.37.0"])
def test_fleet_manifests_pass_kubernetes_schema_validation(version: str) -> None:
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    for doc in docs():
        kubernetes_validate.validate(doc, version, strict=True)


def test_worker_template_unit(tmp_path: Path) -> None:
    unit = unit_file(TEMPLATE)
    service = unit["Service"]
    assert shlex.split(service["ExecStart"])[1:] == ["worker"]
    assert service["Restart"] == "on-failure" and service["KillSignal"] == "SIGTERM"
    assert service["EnvironmentFile"] == "/etc/newscrawl.env"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not found (Debian package `systemd` provides it)")
    text = TEMPLATE.read_text(encoding="utf-8")
    installed = shlex.split(service["ExecStart"])[0]
    copy = tmp_path / "newscrawl-worker@1.service"  # verify wants an instance of the template
    copy.write_text(text.replace(f"ExecStart={installed} ", "ExecStart=/bin/true "))
    result = subprocess.run(
        [analyze, "verify", "--man=no", str(copy)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr
    )
