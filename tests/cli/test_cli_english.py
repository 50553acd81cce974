"""The CLI's outputs are for scripts and files: ``plan`` (text and ``--json``) is the same byte for
byte whatever translator or date format is installed in the process or the system's language,
so translating the desktop's wording never changes what the CLI prints."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.domain import i18n
from bonetracker.services import demo
from bonetracker.storage.database import open_database
from tests.helpers.ts_catalog import read_catalog, translator

AS_OF = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("english") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    demo.generate(db, len(demo.vignettes(AS_OF)), 1, AS_OF)
    db.close()
    return path


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_translator(None)
    i18n.set_date_formatter(None)


def _plans(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    outputs = []
    for pid in range(1, len(demo.vignettes(AS_OF)) + 1):
        for extra in ([], ["--json"]):
            args = ["plan", "--patient", str(pid), "--as-of", AS_OF.isoformat(), *extra, "--db", str(db)]
            assert main(args) == 0
            outputs.append(capsys.readouterr().out)
    return outputs


def test_no_translator_leaks_into_the_cli(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    english = _plans(capsys, demo_db)
    assert any("Bone-health plan for" in out for out in english)
    # A window in the same process installed Spanish and day/month/year dates ...
    spanish = translator(read_catalog())
    i18n.set_translator(spanish)
    i18n.set_date_formatter(lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}")
    assert i18n.translate("guidance", "Prevent falls") == "Prevenga las caídas"  # the catalog is live
    # ... and the CLI still prints exactly what it printed before.
    assert _plans(capsys, demo_db) == english


def test_the_system_language_does_not_change_the_cli(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["plan", "--patient", "1", "--as-of", AS_OF.isoformat(), "--json", "--db", str(demo_db)]
    assert main(args) == 0
    expected = capsys.readouterr().out
    env = {**os.environ, "LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8", "LANGUAGE": "es"}
    done = subprocess.run([sys.executable, "-m", "bonetracker", *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
