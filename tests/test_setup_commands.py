"""The two set-up commands: `make run` installs the app alone (no test or build tools) and passes
ARGS through; the package metadata builds without setuptools' license deprecation warning."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _target(makefile: str, name: str) -> tuple[str, str]:
    """(prerequisites, recipe) of one Makefile target."""
    match = re.search(rf"^{re.escape(name)}:(.*)\n((?:\t.*\n)*)", makefile, re.MULTILINE)
    assert match, name
    return match.group(1), match.group(2)


def test_make_run_installs_the_app_alone_and_passes_args() -> None:
    makefile = (ROOT / "Makefile").read_text()
    needs, recipe = _target(makefile, "run")
    assert "$(APP_STAMP)" in needs and "$(STAMP)" not in needs.replace("$(APP_STAMP)", "")
    assert "$(BIN)/bonetracker $(ARGS)" in recipe
    _needs, install = _target(makefile, "$(APP_STAMP)")
    assert "pip install --quiet -e ." in install and "[dev]" not in install


def test_the_license_is_an_spdx_expression() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["license"] == "MIT"  # a table here is deprecated by setuptools
    assert any(r.startswith("setuptools>=77") for r in project["build-system"]["requires"])
