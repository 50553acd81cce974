"""The entry commands as a user types them: add, list as JSON, and exit 2 with nothing saved on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert main(["patients", "add", "--name", "Jane Doe", "--sex", "female",
                 "--birth-date", "1958-03-02", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], db: Path, group: str, key: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, db, group, "list", "--patient", "Jane Doe", "--json")
    assert code == 0
    items: list[dict[str, object]] = json.loads(out)[key]
    return items


def test_workouts_add_and_list(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "workouts", "add", "--patient", "jane doe", "--date", "2024-05-13",
                       "--activity", "WEIGHT MACHINES", "--minutes", "45", "--effort", "7",
                       "--sets", "3", "--reps", "10", "--load-kg", "20", "--notes", "leg press")
    assert code == 0 and "Weight machines" in out
    assert run(capsys, db, "workouts", "add", "--patient", "1", "--date", "2024-05-14",
               "--activity", "tai chi", "--minutes", "30")[0] == 0
    assert run(capsys, db, "workouts", "add", "--patient", "1", "--date", "2024-05-14",
               "--activity", "free weights", "--minutes", "20", "--sets", "2", "--reps", "8",
               "--load-lb", "22.05")[0] == 0
    code, out, _ = run(capsys, db, "workouts", "list", "--patient", "Jane Doe", "--json")
    data = json.loads(out)
    assert code == 0
    first = data["workouts"][0]
    assert first == {"id": 1, "date": "2024-05-13", "activity": "Weight machines",
                     "category": "resistance", "minutes": 45, "effort": 7, "sets": 3, "reps": 10,
                     "load_kg": 20.0, "notes": "leg press", "programme_item_id": None}
    assert data["workouts"][1]["category"] == "balance" and data["workouts"][1]["sets"] is None
    assert data["workouts"][2]["load_kg"] == pytest.approx(10.0, abs=0.01)
    assert len(data["weeks"]) == 12
    assert set(data["this_week"]) == {"strength_sessions", "balance_minutes", "weight_bearing_minutes"}


def test_bad_workout_exits_2_names_fields_and_saves_nothing(db: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2099-01-01",
                       "--activity", "Free weights", "--minutes", "601", "--effort", "11",
                       "--sets", "21", "--reps", "0", "--load-kg", "501")
    assert code == 2
    for field in ("date", "minutes", "effort", "sets", "reps", "load_kg"):
        assert f"  {field}:" in err
    assert "invalid input" in err
    code, _, err = run(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2024-01-01",
                       "--activity", "Jogg", "--minutes", "20")
    assert code == 2 and "activity:" in err and "Jogging" in err
    code, _, err = run(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2024-01-01",
                       "--activity", "Walking", "--minutes", "20", "--sets", "3")
    assert code == 2 and "sets:" in err
    assert listed(capsys, db, "workouts", "workouts") == []


def test_workout_warning_is_printed_but_the_workout_is_saved(db: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db, "fractures", "add", "--patient", "Jane Doe", "--date", "2021-06-01",
               "--site", "vertebra")[0] == 0
    code, out, _ = run(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2024-01-01",
                       "--activity", "running", "--minutes", "20")
    assert code == 0 and "Note:" in out and "brisk walking" in out
    assert len(listed(capsys, db, "workouts", "workouts")) == 1


def test_unknown_patient_exits_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "workouts", "list", "--patient", "Nobody")
    assert code == 2 and "Nobody" in err


def test_own_activity_then_workout(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db, "workouts", "add-activity", "--name", "Trampolining", "--category",
               "impact", "--met", "4.5", "--high-impact", "yes")[0] == 0
    code, out, _ = run(capsys, db, "workouts", "activities", "--category", "impact", "--json")
    own = [a for a in json.loads(out) if a["custom"]]
    assert own == [{"id": own[0]["id"], "name": "Trampolining", "category": "impact", "met": 4.5,
                    "spinal_flexion": False, "high_impact": True, "custom": True}]
    assert run(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2024-01-01",
               "--activity", "trampolining", "--minutes", "15")[0] == 0
    code, _, err = run(capsys, db, "workouts", "add-activity", "--name", "Swim", "--category",
                       "water", "--met", "0")
    assert code == 2 and "category:" in err and "met:" in err


def test_lifestyle_add_and_list(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, db, "lifestyle", "add", "--patient", "Jane Doe", "--date", "2024-05-01",
                     "--cigarettes", "4", "--alcohol-units", "2.5", "--stress", "6",
                     "--daylight-minutes", "30", "--notes", "windy")
    assert code == 0
    code, out, _ = run(capsys, db, "lifestyle", "list", "--patient", "Jane Doe", "--json")
    data = json.loads(out)
    assert data["smoking"] == "never"
    assert data["entries"] == [{"id": 1, "date": "2024-05-01", "cigarettes": 4, "alcohol_units": 2.5,
                                "stress": 6, "daylight_minutes": 30, "notes": "windy"}]


def test_bad_lifestyle_exits_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "lifestyle", "add", "--patient", "Jane Doe", "--date", "2024-05-01",
                       "--cigarettes", "101", "--alcohol-units", "51", "--stress", "0")
    assert code == 2
    assert "cigarettes:" in err and "alcohol_units:" in err and "stress:" in err
    assert listed(capsys, db, "lifestyle", "entries") == []


def test_meds_add_list_stop(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db, "meds", "add", "--patient", "Jane Doe", "--drug", "Alendronate",
               "--start", "2022-01-10", "--dose", "70 mg weekly")[0] == 0
    assert run(capsys, db, "meds", "add", "--patient", "Jane Doe", "--drug", "calcium supplement",
               "--start", "2022-01-10", "--daily-amount", "600")[0] == 0
    code, _, err = run(capsys, db, "meds", "add", "--patient", "Jane Doe", "--drug", "alendronate",
                       "--start", "2023-01-01")
    assert code == 2 and "start:" in err and "overlaps" in err
    assert run(capsys, db, "meds", "stop", "--patient", "Jane Doe", "--drug", "alendronate",
               "--end", "2024-01-09")[0] == 0
    courses = listed(capsys, db, "meds", "medications")
    assert courses[0] == {"id": 1, "drug": "alendronate", "drug_class": "bisphosphonate",
                          "start": "2022-01-10", "end": "2024-01-09", "dose": "70 mg weekly",
                          "daily_amount": None, "daily_amount_unit": None, "notes": "",
                          "schedule": "weekly", "weekday": None}
    assert courses[1]["daily_amount"] == 600 and courses[1]["daily_amount_unit"] == "mg"
    code, _, err = run(capsys, db, "meds", "stop", "--patient", "Jane Doe", "--drug", "alendronate",
                       "--end", "2024-02-01")
    assert code == 2 and "No running alendronate" in err


def test_bad_meds_exit_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "meds", "add", "--patient", "Jane Doe", "--drug", "aspirin",
                       "--start", "2024-13-01")
    assert code == 2 and "drug:" in err and "start:" in err
    code, _, err = run(capsys, db, "meds", "add", "--patient", "Jane Doe", "--drug", "denosumab",
                       "--start", "2024-01-01", "--end", "2023-01-01", "--daily-amount", "5")
    assert code == 2 and "end:" in err and "daily_amount:" in err
    assert listed(capsys, db, "meds", "medications") == []


def test_fractures_and_falls(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db, "fractures", "add", "--patient", "Jane Doe", "--date", "2020-02-02",
               "--site", "wrist", "--low-trauma", "no")[0] == 0
    assert listed(capsys, db, "fractures", "fractures") == [
        {"id": 1, "date": "2020-02-02", "site": "wrist", "low_trauma": False}]
    assert run(capsys, db, "falls", "add", "--patient", "Jane Doe", "--date", "2020-02-02",
               "--injury", "yes")[0] == 0
    assert listed(capsys, db, "falls", "falls") == [
        {"id": 1, "date": "2020-02-02", "injury": True, "notes": ""}]


def test_bad_fracture_and_fall_exit_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "fractures", "add", "--patient", "Jane Doe", "--date", "2099-01-01",
                       "--site", "knee", "--low-trauma", "maybe")
    assert code == 2 and "date:" in err and "site:" in err and "low_trauma:" in err
    code, _, err = run(capsys, db, "falls", "add", "--patient", "Jane Doe", "--date", "yesterday",
                       "--injury", "ouch")
    assert code == 2 and "date:" in err and "injury:" in err
    assert listed(capsys, db, "fractures", "fractures") == []
    assert listed(capsys, db, "falls", "falls") == []


def test_plain_text_lists(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2024-01-01",
        "--activity", "Hiking", "--minutes", "90")
    for group in ("workouts", "lifestyle", "meds", "fractures", "falls"):
        code, out, _ = run(capsys, db, group, "list", "--patient", "Jane Doe")
        assert code == 0 and out.strip()
    code, out, _ = run(capsys, db, "workouts", "activities")
    assert code == 0 and "Brisk walking" in out and "spinal flexion" in out
