"""``measures``, ``labs`` and ``frax`` as a user types them: saved and listed as JSON, the plan's
rules firing with their numbers and sources, and exit 2 with nothing saved on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert main(["patients", "add", "--name", "Jane Doe", "--sex", "female", "--birth-date", "1950-03-02",
                 "--height-cm", "163", "--weight-kg", "58", "--db", str(path)]) == 0
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


def plan(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    code, out, _ = run(capsys, db, "plan", "--patient", "Jane Doe", "--json", "--as-of", "2026-12-01")
    assert code == 0
    result: dict[str, object] = json.loads(out)
    return result


def test_measures_add_list_and_the_plan(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "measures", "add", "--patient", "Jane Doe", "--kind", "tug",
                       "--date", "2026-10-01", "--value", "14")
    assert code == 0 and "norm: 12 s or more: increased fall risk (outside)" in out
    assert run(capsys, db, "measures", "add", "--patient", "Jane Doe", "--kind", "height",
               "--date", "2016-10-01", "--value", "64.5", "--unit", "in")[0] == 0
    assert run(capsys, db, "measures", "add", "--patient", "Jane Doe", "--kind", "height",
               "--date", "2026-10-01", "--value", "159.5")[0] == 0
    items = listed(capsys, db, "measures", "measures")
    assert [(m["kind"], m["value"], m["unit"], m["status"]) for m in items] == [
        ("height", 64.5, "in", "no_norm"), ("tug", 14.0, "s", "outside_norm"),
        ("height", 159.5, "cm", "no_norm")]
    assert items[0]["value_canonical"] == pytest.approx(163.83)
    d = plan(capsys, db)
    by_id = {r["id"]: r for r in d["recommendations"]}  # type: ignore[index,union-attr]
    assert "your TUG (Timed Up and Go) of 14 s on 2026-10-01 is at or above the 12 s cut-off" in \
        by_id["fall_prevention"]["reason"]
    assert "STEADI" in by_id["fall_prevention"]["source"]
    assert "4.3 cm" in by_id["height_loss"]["reason"] and "BHOF" in by_id["height_loss"]["source"]
    tug = next(m for m in d["measurements"] if m["kind"] == "tug")  # type: ignore[union-attr,attr-defined]
    assert tug["status"] == "outside_norm" and tug["cutoff"] == 12.0 and tug["norm"]
    assert d["height"] == {"current_cm": 159.5, "loss": {  # type: ignore[comparison-overlap]
        "kind": "historical", "loss_cm": 4.3, "from_cm": 163.8, "from_date": "2016-10-01", "to_cm": 159.5,
        "to_date": "2026-10-01", "threshold_cm": 4.0}}


@pytest.mark.parametrize(("args", "message"), [
    (["--kind", "tug", "--value", "0"], "value: must be from 2 to 300 s (got 0)"),
    (["--kind", "tug", "--value", "600"], "value: must be from 2 to 300 s (got 600)"),
    (["--kind", "grip", "--value", "200"], "value: must be from 0 to 100 kg (got 200)"),
    (["--kind", "height", "--value", "30"], "value: must be from 50 to 250 cm (got 30)"),
    (["--kind", "tug", "--value", "10", "--unit", "kg"], "unit: must be one of s for Timed Up and Go"),
    (["--kind", "jump", "--value", "10"], "kind: must be one of height, tug"),
    (["--kind", "chair_stand_30s", "--value", "9.5"], "value: must be a whole number from 0 to 40 stands"),
    (["--kind", "tug", "--value", "abc"], "value: must be a number from 2 to 300 s"),
])
def test_bad_measures_exit_2_and_save_nothing(db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                              message: str) -> None:
    code, _, err = run(capsys, db, "measures", "add", "--patient", "Jane Doe", "--date", "2026-10-01", *args)
    assert code == 2 and message in err
    assert listed(capsys, db, "measures", "measures") == []


@pytest.mark.parametrize(("date", "message"), [
    ("2099-01-01", "date: cannot be in the future"),
    ("1949-01-01", "date: must be on or after the birth date 1950-03-02"),
])
def test_measure_dates_before_birth_or_in_the_future(db: Path, capsys: pytest.CaptureFixture[str], date: str,
                                                     message: str) -> None:
    code, _, err = run(capsys, db, "measures", "add", "--patient", "Jane Doe", "--kind", "tug",
                       "--date", date, "--value", "10")
    assert code == 2 and message in err
    assert listed(capsys, db, "measures", "measures") == []


def test_labs_add_list_convert_and_fire(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "labs", "add", "--patient", "Jane Doe", "--test", "vitamin_d_25oh",
                       "--value", "18", "--unit", "ng/mL", "--date", "2026-11-01")
    assert code == 0 and "inadequate" in out
    assert run(capsys, db, "labs", "add", "--patient", "Jane Doe", "--test", "egfr", "--value", "31",
               "--date", "2026-11-01")[0] == 0
    assert run(capsys, db, "labs", "add", "--patient", "Jane Doe", "--test", "calcium", "--value", "2.7",
               "--unit", "mmol/L", "--range-low", "2.2", "--range-high", "2.6",
               "--date", "2026-11-01")[0] == 0
    items = listed(capsys, db, "labs", "labs")
    assert [(i["test"], i["value"], i["unit"], i["status"]) for i in items] == [
        ("vitamin_d_25oh", 18.0, "ng/mL", "inadequate"), ("egfr", 31.0, "mL/min/1.73m²", "below_label_limit"),
        ("calcium", 2.7, "mmol/L", "high")]
    assert items[2]["value_canonical"] == pytest.approx(10.8216)
    d = plan(capsys, db)
    by_id = {r["id"]: r for r in d["recommendations"]}  # type: ignore[index,union-attr]
    assert "18 ng/mL" in by_id["vitamin_d_blood_low"]["reason"]
    assert "IOM 2011" in by_id["vitamin_d_blood_low"]["source"]
    assert "eGFR was 31" in by_id["kidney_function_low"]["reason"]
    assert "2.2-2.6 mmol/L" in by_id["calcium_blood_out_of_range"]["reason"]


@pytest.mark.parametrize(("args", "message"), [
    (["--test", "vitamin_d_25oh", "--value", "18", "--unit", "mg"], "unit: must be one of ng/mL, nmol/L"),
    (["--test", "vitamin_d_25oh", "--value", "900"], "value: must be from 1 to 250 ng/mL (got 900)"),
    (["--test", "calcium", "--value", "2.4", "--unit", "mmol/L", "--range-low", "2.6", "--range-high", "2.2"],
     "range_low: must be below range_high"),
    (["--test", "cholesterol", "--value", "5"], "test: must be one of vitamin_d_25oh"),
])
def test_bad_labs_exit_2_and_save_nothing(db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                          message: str) -> None:
    code, _, err = run(capsys, db, "labs", "add", "--patient", "Jane Doe", "--date", "2026-10-01", *args)
    assert code == 2 and message in err
    assert listed(capsys, db, "labs", "labs") == []


def test_frax_add_list_worksheet_and_rules(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "frax", "add", "--patient", "Jane Doe", "--date", "2026-11-02", "--major",
                       "22", "--hip", "3.4", "--with-bmd", "yes", "--model", "us")
    assert code == 0 and "major osteoporotic 22 %, hip 3.4 %" in out
    assert listed(capsys, db, "frax", "frax") == [{"id": 1, "date": "2026-11-02", "model": "us",
                                                   "with_bmd": True, "major": 22.0, "hip": 3.4,
                                                   "category": None, "note": ""}]
    d = plan(capsys, db)
    rule = next(r for r in d["recommendations"] if r["id"] == "frax_above_threshold")  # type: ignore[union-attr,index]
    assert "hip 3.4 % is at or above 3 %" in rule["reason"] and "BHOF" in rule["source"]
    assert d["frax"]["latest"]["above_threshold"] is True  # type: ignore[index]
    assert d["frax"]["latest"]["recalculate"] is False  # type: ignore[index]
    # the weight changes: the result is to be recalculated, naming the input
    assert run(capsys, db, "patients", "edit", "--patient", "Jane Doe", "--weight-kg", "50")[0] == 0
    d = plan(capsys, db)
    assert d["frax"]["latest"]["changed_inputs"] == ["Weight"]  # type: ignore[index]
    assert "frax_recalculate" in {r["id"] for r in d["recommendations"]}  # type: ignore[union-attr,index]
    code, out, _ = run(capsys, db, "frax", "worksheet", "--patient", "Jane Doe", "--json")
    sheet = {i["key"]: i["value"] for i in json.loads(out)["worksheet"]}
    assert sheet["weight_kg"] == 50.0 and sheet["height_cm"] == 163.0 and sheet["sex"] == "female"


@pytest.mark.parametrize(("args", "message"), [
    (["--major", "2", "--hip", "3.4", "--with-bmd", "yes"], "hip: cannot be above the major"),
    (["--major", "120", "--hip", "3", "--with-bmd", "yes"], "major: must be from 0 to 100 %"),
    (["--major", "20", "--hip", "3", "--with-bmd", "maybe"], "with_bmd: must be yes or no"),
    (["--major", "20", "--hip", "3", "--with-bmd", "no", "--model", "mars"], "model: must be one of us"),
    (["--major", "20", "--hip", "3", "--with-bmd", "no", "--category", "huge"],
     "category: must be one of low"),
])
def test_bad_frax_exit_2_and_save_nothing(db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                          message: str) -> None:
    code, _, err = run(capsys, db, "frax", "add", "--patient", "Jane Doe", "--date", "2026-10-01", *args)
    assert code == 2 and message in err
    assert listed(capsys, db, "frax", "frax") == []


def test_chart_lower_series_must_exist(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, db, "chart", "--patient", "Jane Doe", "--out", str(tmp_path / "c.png"),
                       "--lower", "measure:tug")
    assert code == 2 and "lower: must be one of the series recorded for Jane Doe" in err
    assert not (tmp_path / "c.png").exists()
