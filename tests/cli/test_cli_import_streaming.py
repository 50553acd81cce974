"""Issue 16 item 9 in the CLI: a refused file lists its first 20 problems and counts the rest; a
large file shows a progress line on stderr only when that is a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bonetracker.cli import importing as cli_importing
from bonetracker.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "clinic.sqlite3"
    assert run(capsys, db, "patients", "add", "--name", "Ann Lee", "--sex", "female",
               "--birth-date", "1958-03-02")[0] == 0
    return db


def test_a_file_bad_on_every_line_prints_twenty_problems_and_a_count(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,activity,minutes\n" + "2024-01-01,Yoga,0\n" * 25, encoding="utf-8")
    code, out, err = run(capsys, clinic, "import", "workouts", str(bad), "--patient", "Ann Lee")
    lines = err.splitlines()
    assert code == 2 and out == ""
    assert lines[0] == (f"bonetracker: error: {bad} was rejected: 25 problem(s) in 25 line(s); "
                        "nothing was written.")
    assert lines[1].startswith("  line 2, column minutes:") and len(lines) == 22
    assert lines[-1] == "  ... and 5 more problems"


def test_progress_shows_on_a_terminal_only(clinic: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.csv"
    good.write_text("date,activity,minutes\n2024-01-01,Yoga,20\n", encoding="utf-8")
    monkeypatch.setattr(cli_importing, "PROGRESS_FROM_BYTES", 10)
    code, out, err = run(capsys, clinic, "import", "workouts", str(good), "--patient", "Ann Lee")
    assert (code, err) == (0, "") and out.startswith("Imported 1 workouts row")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    code, out, err = run(capsys, clinic, "import", "workouts", str(good), "--patient", "Ann Lee",
                         "--dry-run")
    assert code == 0 and f"Checking {good}: 100%" in err and err.endswith("\n")
    assert out.startswith("Checked 1 workouts row")
