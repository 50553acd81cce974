"""No entry before the patient's birth date from any CLI command, and birth dates that are too
old or later than the patient's entries are refused; exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main

BORN = "1990-05-01"
BEFORE = "1990-04-30"
MESSAGE = f"must be on or after the birth date {BORN}"


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert run(capsys, path, "patients", "add", "--name", "Young", "--sex", "female",
               "--birth-date", BORN)[0] == 0
    return path


ENTRIES = {
    "scans": (("scans", "add", "--date", BEFORE, "--site", "total_hip", "--bmd", "0.9"),
              ("scans", "list", "--json"), "scans"),
    "workouts": (("workouts", "add", "--date", BEFORE, "--activity", "Brisk walking",
                  "--minutes", "30"), ("workouts", "list", "--json"), "workouts"),
    "lifestyle": (("lifestyle", "add", "--date", BEFORE, "--stress", "3"),
                  ("lifestyle", "list", "--json"), "entries"),
    "medications": (("meds", "add", "--drug", "alendronate", "--start", BEFORE),
                    ("meds", "list", "--json"), "medications"),
    "fractures": (("fractures", "add", "--date", BEFORE, "--site", "wrist"),
                  ("fractures", "list", "--json"), "fractures"),
    "falls": (("falls", "add", "--date", BEFORE), ("falls", "list", "--json"), "falls"),
}


def stored(capsys: pytest.CaptureFixture[str], db: Path, listing: tuple[str, ...], key: str) -> list[object]:
    code, out, err = run(capsys, db, *listing, "--patient", "Young")
    assert code == 0, err
    data = json.loads(out)
    return list(data[key] if isinstance(data, dict) else data)


@pytest.mark.parametrize("kind", list(ENTRIES))
def test_an_entry_before_the_birth_date_exits_2(db: Path, capsys: pytest.CaptureFixture[str],
                                                kind: str) -> None:
    add, listing, key = ENTRIES[kind]
    code, _, err = run(capsys, db, *add, "--patient", "Young")
    assert code == 2 and MESSAGE in err, err
    assert stored(capsys, db, listing, key) == []
    on_birthday = [BORN if a == BEFORE else a for a in add]
    code, _, err = run(capsys, db, *on_birthday, "--patient", "Young")
    assert code == 0, err
    assert len(stored(capsys, db, listing, key)) == 1


def test_a_meal_and_a_dose_before_the_birth_date_exit_2(db: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "meals", "add", "--patient", "Young", "--date", BEFORE,
                       "--meal", "lunch", "--food", "01077", "--grams", "100")
    assert code == 2 and MESSAGE in err
    # a course from birth on, then a dose the day before it: refused (it is before the course
    # too, which can never start before the birth date)
    assert run(capsys, db, "meds", "add", "--patient", "Young", "--drug", "alendronate",
               "--start", BORN)[0] == 0
    code, _, err = run(capsys, db, "meds", "dose", "--patient", "Young", "--drug", "alendronate",
                       "--date", BEFORE)
    assert code == 2 and "date: cannot be before the start" in err
    assert json.loads(run(capsys, db, "meds", "doses", "--patient", "Young", "--json")[1])["doses"] == []


def test_birth_dates_more_than_120_years_ago_are_refused(db: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "patients", "add", "--name", "Old", "--sex", "female",
                       "--birth-date", "1901-01-01")
    assert code == 2 and "birth_date: must be at most 120 years ago" in err
    code, _, err = run(capsys, db, "patients", "edit", "--patient", "Young", "--birth-date", "1902-01-01")
    assert code == 2 and "120 years" in err
    [patient] = json.loads(run(capsys, db, "patients", "list", "--json")[1])
    assert patient["birth_date"] == BORN


def test_a_birth_date_after_the_earliest_entry_is_refused(db: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "scans", "add", "--patient", "Young", "--date", "2015-03-04", "--site",
        "total_hip", "--bmd", "0.9")
    run(capsys, db, "falls", "add", "--patient", "Young", "--date", "2012-07-08")
    code, _, err = run(capsys, db, "patients", "edit", "--patient", "Young", "--birth-date", "2013-01-01")
    assert code == 2 and "birth_date: must be on or before the earliest entry, a fall on 2012-07-08" in err
    assert run(capsys, db, "patients", "edit", "--patient", "Young", "--birth-date", "2012-07-08")[0] == 0
    [patient] = json.loads(run(capsys, db, "patients", "list", "--json")[1])
    assert patient["birth_date"] == "2012-07-08"
