"""Packaging hook: the Alembic migrations (top-level ``migrations/`` in the repository) ship inside the wheel as
``crawler/_migrations`` so an installed newscrawl can ``db upgrade`` without the repository. Everything else
is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithMigrations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "crawler" / "_migrations"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree("migrations", target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithMigrations})
