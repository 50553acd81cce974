"""``bonetracker settings cross-calibration``: add, remove and list pairs; bad input exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], db: Path) -> list[list[str]]:
    code, out, _ = run(capsys, db, "settings", "cross-calibration", "--list", "--json")
    assert code == 0
    return list(json.loads(out)["cross_calibrations"])


def test_add_list_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    code, out, _ = run(capsys, db, "settings", "cross-calibration", "--list")
    assert code == 0 and "No machines are declared cross-calibrated" in out
    code, out, _ = run(capsys, db, "settings", "cross-calibration", "--add", "Room 2", "HOL-123")
    assert code == 0 and "Declared Room 2 and HOL-123 cross-calibrated" in out
    assert run(capsys, db, "settings", "cross-calibration", "--add", "hol-123", "ROOM 2")[0] == 0
    assert listed(capsys, db) == [["HOL-123", "Room 2"]]
    code, out, _ = run(capsys, db, "settings", "cross-calibration", "--list")
    assert "HOL-123 + Room 2" in out
    assert run(capsys, db, "settings", "cross-calibration", "--remove", "room 2", "hol-123")[0] == 0
    assert listed(capsys, db) == []


@pytest.mark.parametrize(("action", "machines", "expected"), [
    ("--add", ("Room 2", "room 2"), "same machine"),
    ("--add", ("", "Room 2"), "is required"),
    ("--remove", ("X", "Y"), "not declared cross-calibrated"),
])
def test_bad_input_exits_2_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               action: str, machines: tuple[str, str],
                                               expected: str) -> None:
    db = tmp_path / "bt.sqlite3"
    run(capsys, db, "settings", "cross-calibration", "--add", "A", "B")
    code, _, err = run(capsys, db, "settings", "cross-calibration", action, *machines)
    assert code == 2 and "machine_id" in err and expected in err
    assert listed(capsys, db) == [["A", "B"]]


def test_an_action_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, tmp_path / "bt.sqlite3", "settings", "cross-calibration")
    assert exited.value.code == 2 and "one of the arguments" in capsys.readouterr().err
