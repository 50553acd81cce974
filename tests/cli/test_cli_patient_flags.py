"""``patients add/edit`` with the impact-clearance and hyperparathyroidism flags, in JSON and CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    [patient] = json.loads(run(capsys, db, "patients", "list", "--json")[1])
    return {k: patient[k] for k in ("impact_cleared", "hyperparathyroidism")}


def test_flags_on_add_and_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    assert run(capsys, db, "patients", "add", "--name", "Ann", "--sex", "female",
               "--birth-date", "1940-01-01", "--impact-cleared")[0] == 0
    assert listed(capsys, db) == {"impact_cleared": True, "hyperparathyroidism": False}
    assert run(capsys, db, "patients", "edit", "--patient", "Ann", "--no-impact-cleared",
               "--hyperparathyroidism", "yes")[0] == 0
    assert listed(capsys, db) == {"impact_cleared": False, "hyperparathyroidism": True}
    assert run(capsys, db, "patients", "edit", "--patient", "Ann", "--weight-kg", "60")[0] == 0
    assert listed(capsys, db) == {"impact_cleared": False, "hyperparathyroidism": True}  # kept
    assert run(capsys, db, "patients", "edit", "--patient", "Ann", "--no-hyperparathyroidism",
               "--impact-cleared", "yes")[0] == 0
    assert listed(capsys, db) == {"impact_cleared": True, "hyperparathyroidism": False}


def test_a_flag_and_its_negation_together_exit_2(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    with pytest.raises(SystemExit) as exited:
        run(capsys, db, "patients", "add", "--name", "Ann", "--sex", "female",
            "--birth-date", "1940-01-01", "--impact-cleared", "--no-impact-cleared")
    assert exited.value.code == 2 and "not allowed with" in capsys.readouterr().err
    assert not db.exists() or json.loads(run(capsys, db, "patients", "list", "--json")[1]) == []


def test_flags_round_trip_through_the_patients_csv(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "patients.csv"
    source.write_text("name,sex,birth_date,impact_cleared,hyperparathyroidism\n"
                      "Ann,female,1940-01-01,yes,no\n", encoding="utf-8")
    db = tmp_path / "bt.sqlite3"
    assert run(capsys, db, "import", "patients", str(source))[0] == 0
    assert listed(capsys, db) == {"impact_cleared": True, "hyperparathyroidism": False}
    out = tmp_path / "out"
    assert run(capsys, db, "export", "--all", "--out", str(out), "--format", "json")[0] == 0
    [doc] = [json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()]
    assert doc["patient"]["impact_cleared"] is True and doc["patient"]["hyperparathyroidism"] is False
    older = tmp_path / "older.csv"
    older.write_text("name,sex,birth_date\nBea,female,1950-01-01\n", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    assert run(capsys, other, "import", "patients", str(older))[0] == 0
    assert listed(capsys, other) == {"impact_cleared": False, "hyperparathyroidism": False}
