"""``bonetracker plan``: the JSON contract, the text view and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main

TOP_KEYS = {"patient", "as_of", "classification", "sites", "targets", "intake_14d", "exercise_7d",
            "next_scan_due", "medications", "recommendations", "programme",
            "measurements", "height", "labs", "frax"}


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "plan.sqlite3"
    run(capsys, db, "patients", "add", "--name", "Mary Poole", "--sex", "female",
        "--birth-date", "1950-06-01", "--menopause", "post", "--weight-kg", "60")
    for date, bmd in (("2021-01-10", "0.700"), ("2023-01-12", "0.640")):
        run(capsys, db, "scans", "add", "--patient", "Mary Poole", "--date", date, "--site", "femoral_neck",
            "--bmd", bmd, "--device", "hologic")
        run(capsys, db, "scans", "add", "--patient", "Mary Poole", "--date", date, "--site", "lumbar_spine",
            "--t-score", "-2.7" if date.startswith("2023") else "-2.4")
    return db


def test_plan_json_shape_and_values(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, clinic, "plan", "--patient", "Mary Poole", "--as-of", "2024-06-01", "--json")
    assert code == 0
    plan = json.loads(out)
    assert set(plan) == TOP_KEYS
    assert plan["patient"] == "Mary Poole" and plan["as_of"] == "2024-06-01"
    assert plan["classification"] == {"category": "osteoporosis", "site": "lumbar_spine", "t_score": -2.7,
                                      "z_score": None, "scan_date": "2023-01-12",
                                      "basis": "t_score", "diagnosed_on": "2023-01-12"}
    neck = next(s for s in plan["sites"] if s["site"] == "femoral_neck")
    assert neck["latest"] == {"date": "2023-01-12", "bmd": 0.64, "t_score": -1.8, "t_score_computed": True}
    assert neck["change_from_previous"]["bmd_delta"] == -0.06
    assert neck["change_from_previous"]["significant"] is True
    assert neck["change_from_previous"]["direction"] == "loss"
    assert set(plan["targets"]) >= {"calcium_mg", "calcium_upper_mg", "vitamin_d_iu", "protein_g", "impact"}
    assert plan["targets"]["calcium_mg"] == 1200
    assert plan["intake_14d"]["days_logged"] == 0 and plan["intake_14d"]["calcium_mg"] is None
    assert set(plan["exercise_7d"]) == {"strength_sessions", "balance_minutes", "weight_bearing_minutes",
                                        "impact_sessions"}
    ids = {r["id"] for r in plan["recommendations"]}
    expected = {"classification", "significant_bone_loss", "discuss_medication", "spine_safety", "log_meals"}
    assert expected <= ids
    assert "significant_bone_gain" not in ids
    for rec in plan["recommendations"]:
        assert set(rec) == {"id", "priority", "category", "title", "detail", "reason", "source"}
        assert rec["priority"] in (1, 2, 3) and rec["reason"] and rec["source"]


def test_as_of_before_second_scan_ignores_it(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, clinic, "plan", "--patient", "Mary Poole", "--as-of", "2022-01-01", "--json")
    plan = json.loads(out)
    assert plan["classification"]["category"] == "low_bone_mass"
    assert plan["classification"]["scan_date"] == "2021-01-10"


def test_plan_text(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, clinic, "plan", "--patient", "Mary Poole")
    assert code == 0
    assert "Mary Poole" in out and "Osteoporosis" in out and "Why:" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--patient", "Nobody"), "No patient named"),
        (("--patient", "Mary Poole", "--as-of", "2024-02-30"), "as_of"),
        (("--patient", "Mary Poole", "--as-of", "yesterday"), "YYYY-MM-DD"),
        (("--patient", "Mary Poole", "--as-of", "2999-01-01"), "future"),
    ],
)
def test_bad_input_exits_2(clinic: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                           message: str) -> None:
    code, out, err = run(capsys, clinic, "plan", *args, "--json")
    assert code == 2 and message in err and out == ""


def test_plan_judges_changes_only_between_comparable_machines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ISCD: Room 1 then Room 2 are not comparable until the clinic declares them cross-calibrated."""
    db = tmp_path / "machines.sqlite3"
    run(capsys, db, "patients", "add", "--name", "Rosa Rooms", "--sex", "female",
        "--birth-date", "1950-06-01", "--menopause", "post")
    for date, bmd, room in (("2021-01-10", "0.960", "Room 1"), ("2023-01-12", "0.900", "Room 2")):
        code, _, err = run(capsys, db, "scans", "add", "--patient", "Rosa Rooms", "--date", date,
                           "--site", "lumbar_spine", "--bmd", bmd, "--t-score", "-1.5",
                           "--device", "hologic", "--machine-id", room)
        assert code == 0, err

    def spine() -> tuple[dict[str, object], set[str]]:
        code, out, _ = run(capsys, db, "plan", "--patient", "Rosa Rooms", "--as-of", "2024-06-01", "--json")
        assert code == 0
        plan = json.loads(out)
        return plan["sites"][0]["change_from_previous"], {r["id"] for r in plan["recommendations"]}

    change, ids = spine()
    assert change["comparable"] is False and change["significant"] is False
    assert change["not_comparable_reason"] == "different machines (Room 1 then Room 2)"
    assert "device_changed" in ids and "significant_bone_loss" not in ids
    code, _, err = run(capsys, db, "settings", "cross-calibration", "--add", "room 1", "ROOM 2")
    assert code == 0, err
    change, ids = spine()
    assert change["comparable"] is True and change["significant"] is True and change["direction"] == "loss"
    assert "significant_bone_loss" in ids and "device_changed" not in ids
