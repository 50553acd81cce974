"""``bonetracker import`` and ``export`` as a clinic uses them: bad files exit 2 listing every bad
row and write nothing; spreadsheet quirks are accepted; re-imports add nothing; and export ->
import into an empty database reproduces every kind exactly."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from bonetracker.cli import main
from bonetracker.domain.records import PatientRecord
from bonetracker.services import (
    doses,
    fractures,
    frax,
    labs,
    lifestyle,
    meals,
    measures,
    medications,
    scans,
    workouts,
)
from bonetracker.services import foods as food_svc
from bonetracker.services.activities import list_activities
from bonetracker.services.interchange.csv_formats import ENTRY_KINDS
from bonetracker.services.patients import add_patient, list_patients, parse_patient
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database, open_database


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


@pytest.fixture
def clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "clinic.sqlite3"
    assert run(capsys, db, "patients", "add", "--name", "Ann Lee", "--sex", "female",
               "--birth-date", "1958-03-02")[0] == 0
    return db


def test_bad_rows_of_several_kinds_exit_2_list_every_row_and_write_nothing(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write(tmp_path / "workouts.csv",
                "date,activity,minutes,effort,sets,reps,load_kg,notes\n"
                "2024-01-01,Brisk walking,30,5,,,,fine row\n"
                "2024-01-02,Flying,30,5,,,,\n"                      # unknown activity
                "2024-13-01,Walking,0,11,,,,\n"                     # date, minutes, effort
                "2024-01-04,Walking,30,,3,10,,\n"                   # strength fields on walking
                "2024-01-05,Free weights,thirty,,,,-2,\n")           # minutes text, load range
    code, out, err = run(capsys, clinic, "import", "workouts", str(bad), "--patient", "Ann Lee")
    assert code == 2 and out == ""
    assert "was rejected" in err and "nothing was written" in err
    lines = [line.strip() for line in err.splitlines()[1:]]
    assert lines[0].startswith("line 3, column activity: 'Flying' is not in the activity list")
    for expected in ("line 4, column date:", "line 4, column minutes:", "line 4, column effort:",
                     "line 5, column sets:", "line 5, column reps:",
                     "line 6, column minutes:", "line 6, column load_kg:"):
        assert any(line.startswith(expected) for line in lines), expected
    assert not any(line.startswith("line 2") for line in lines)
    code, out, _ = run(capsys, clinic, "workouts", "list", "--patient", "1", "--json")
    assert code == 0 and json.loads(out)["workouts"] == []


def test_bom_semicolons_crlf_dry_run_and_reimport_counts(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = write(tmp_path / "scans.csv",
                "date;site;bmd_g_cm2;t_score;z_score;device\n"
                "2023-05-02;femoral_neck;0,702;-1,3;;hologic\n"
                "2023-05-02;lumbar_spine;;-2.6;-1.1;hologic\n"
                "2025-05-20;lumbar_spine;0.85;;;\n", bom=True, crlf=True)
    code, out, _ = run(capsys, clinic, "import", "scans", str(csv), "--patient", "1", "--dry-run")
    assert code == 0 and "Checked 3 scans rows for Ann Lee: would add 3" in out
    code, out, _ = run(capsys, clinic, "scans", "list", "--patient", "1", "--json")
    assert json.loads(out)["scans"] == []
    code, out, _ = run(capsys, clinic, "import", "scans", str(csv), "--patient", "1")
    assert code == 0 and "added 3, skipped 0" in out
    code, out, _ = run(capsys, clinic, "import", "scans", str(csv), "--patient", "1")
    assert code == 0 and "added 0, skipped 3 already stored" in out
    code, out, _ = run(capsys, clinic, "scans", "list", "--patient", "1", "--json")
    visits = json.loads(out)["scans"]
    assert [len(v["measurements"]) for v in visits] == [2, 1]
    assert visits[0]["measurements"][0]["bmd"] == 0.702


def test_import_needs_a_patient_for_entries(clinic: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    csv = write(tmp_path / "falls.csv", "date,injury\n2024-01-01,no\n")
    code, _, err = run(capsys, clinic, "import", "falls", str(csv))
    assert code == 2 and "needs --patient" in err
    code, _, err = run(capsys, clinic, "import", "falls", str(csv), "--patient", "Nobody")
    assert code == 2 and "No patient named" in err


# -- round trip ------------------------------------------------------------------------------
def fill_every_kind(db: Database) -> int:
    """One patient with awkward values in every kind, logged through the services."""
    p = add_patient(db, parse_patient({
        "name": "Zoë O'Brien, \"Jo\"", "sex": "female", "birth_date": "1956-02-29",
        "height_cm": "161.3", "weight_kg": str(0.1 + 60.2), "menopause": "post",
        "menopause_year": "2007", "smoking": "former", "glucocorticoids": "yes",
        "notes": "line one\nline two; with ; and , inside"}))
    pid = p.id
    assert pid is not None
    scans.log_scan(db, scans.parse_scan(pid, {"date": "2021-03-04", "device": "ge_lunar",
                                              "facility": "Clinic, North", "notes": "first"},
                                        [{"site": "femoral_neck", "bmd": "0.6789", "t_score": "-1.5"},
                                         {"site": "lumbar_spine", "t_score": "-2.6", "z_score": "-1.1"}]))
    scans.log_scan(db, scans.parse_scan(pid, {"date": "2023-03-04"},
                                        [{"site": "femoral_neck", "bmd": str(1 / 3 + 0.4)}]))
    activities = list_activities(db)
    for raw in ({"date": "2024-01-02", "activity": "Free weights", "minutes": "40", "effort": "7",
                 "sets": "3", "reps": "10", "load_kg": str(12.345678901234567)},
                {"date": "2024-01-02", "activity": "Brisk walking", "minutes": "25",
                 "notes": "with \"Rex\""}):
        workouts.log_workout(db, workouts.parse_workout(pid, raw, activities))
    milk, almonds = food_svc.resolve_food(db, "01079"), food_svc.resolve_food(db, "12061")
    for day, kind, items in (("2024-01-02", "breakfast", [(milk, {"amount": "1.5", "unit": "cup"}),
                                                          (almonds, {"grams": "28.35"})]),
                             ("2024-01-03", "snack", [(almonds, {"amount": "3", "unit": "g"})])):
        parsed = [meals.parse_item(food, raw) for food, raw in items]
        meals.log_meal(db, meals.parse_meal(pid, {"date": day, "meal": kind}, parsed))
    lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(pid, {
        "date": "2024-01-02", "cigarettes": "3", "alcohol_units": "1.7", "stress": "6",
        "daylight_minutes": "45", "notes": "ünïcode ✓"}))
    for raw in ({"drug": "alendronate", "start": "2022-01-01", "end": "2023-06-30",
                 "dose": "70 mg weekly"},
                {"drug": "vitamin D", "start": "2022-01-01", "daily_amount": "800"}):
        medications.log_medication(db, medications.parse_medication(pid, raw))
    for raw in ({"drug": "alendronate", "date": "2022-01-03", "time": "06:45",
                 "note": "with water, \"plain\""},
                {"drug": "alendronate", "date": "2022-01-10", "status": "missed"},
                {"drug": "vitamin D", "date": "2022-01-10", "at_clinic": "yes"}):
        doses.record_dose(db, pid, raw)
    fractures.log_fracture(db, fractures.parse_fracture(pid, {"date": "1970-06-01", "site": "wrist",
                                                              "low_trauma": "no"}))
    fractures.log_fall(db, fractures.parse_fall(pid, {"date": "2024-01-01", "injury": "yes",
                                                      "notes": "ice"}))
    for raw in ({"kind": "height", "date": "2015-05-05", "value": "63.25", "unit": "in"},
                {"kind": "height", "date": "2024-01-04", "value": "155.9"},
                {"kind": "tug", "date": "2024-01-04", "value": "14", "note": "=HYPERLINK(\"x\")"},
                {"kind": "chair_stand_30s", "date": "2024-01-04", "value": "9"},
                {"kind": "grip", "date": "2024-01-04", "value": str(0.1 + 40.2), "unit": "lb"}):
        measures.log_measure(db, measures.parse_measure(pid, raw))
    for raw in ({"test": "vitamin_d_25oh", "date": "2024-01-04", "value": "40", "unit": "nmol/L"},
                {"test": "calcium", "date": "2024-01-04", "value": "2.7", "unit": "mmol/L",
                 "range_low": "2.2", "range_high": "2.6", "note": "+ fasting"},
                {"test": "egfr", "date": "2024-01-04", "value": "32"}):
        labs.log_lab(db, labs.parse_lab(pid, raw))
    frax.log_frax(db, frax.parse_frax(pid, {"date": "2022-06-01", "model": "us", "with_bmd": "yes",
                                            "major": "22", "hip": str(1 / 3 + 3)}))
    food_svc.set_favourite(db, pid, milk.id)  # type: ignore[arg-type]
    own = food_svc.add_custom_food(db, food_svc.parse_custom_food(
        {"description": "Grandma's fortified porridge", "calcium_mg": "300"}))
    food_svc.set_favourite(db, pid, own.id)  # type: ignore[arg-type]
    return pid


def without_ids(record: PatientRecord) -> dict[str, Any]:
    """The record as plain data with every database id and version removed."""
    def strip(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: strip(getattr(value, f.name)) for f in dataclasses.fields(value)
                    if f.name not in ("id", "patient_id", "version", "activity_id", "food_id",
                                      "course_id")}
        if isinstance(value, tuple):
            return [strip(v) for v in value]
        return value
    return strip(record)  # type: ignore[no-any-return]


def test_export_then_import_into_an_empty_database_reproduces_every_kind(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source_path, target_path = tmp_path / "source.sqlite3", tmp_path / "target.sqlite3"
    source = open_database(f"sqlite:///{source_path}")
    try:
        pid = fill_every_kind(source)
        original = load_record(source, pid)
    finally:
        source.close()
    assert all(getattr(original, kind) for kind in ENTRY_KINDS if kind != "favourites")

    first, second = tmp_path / "first", tmp_path / "second"
    assert run(capsys, source_path, "export", "--patient", str(pid), "--out", str(first))[0] == 0
    code, out, _ = run(capsys, target_path, "import", "patients", str(first / "patients.csv"))
    assert code == 0
    new_id = out.split("New patient ids: ")[1].strip()
    assert run(capsys, target_path, "import", "foods", str(first / "foods.csv"))[0] == 0  # own foods first
    for kind in ENTRY_KINDS:
        code, out, err = run(capsys, target_path, "import", kind, str(first / f"{kind}.csv"),
                             "--patient", new_id)
        assert code == 0, err
    target = open_database(f"sqlite:///{target_path}")
    try:
        copy = load_record(target, list_patients(target)[0].id)
    finally:
        target.close()
    assert without_ids(copy) == without_ids(original)
    target = open_database(f"sqlite:///{target_path}")
    try:  # Issue 16 (Low): favourite foods were missing from the export
        assert [h.description for h in food_svc.favourites(target, list_patients(target)[0].id)] == [
            "Grandma's fortified porridge", "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and "
            "vitamin D"]
    finally:
        target.close()
    # The FRAX result keeps the worksheet it was run on: the same advice (a scan and a height
    # since its date ask for a recalculation in both), never a spurious "recalculate".
    plans = [json.loads(run(capsys, path, "plan", "--patient", who, "--json")[1])
             for path, who in ((source_path, str(pid)), (target_path, new_id))]
    assert [r["id"] for r in plans[1]["recommendations"]] == [r["id"] for r in plans[0]["recommendations"]]
    assert {"height_loss", "kidney_function_low", "frax_above_threshold", "frax_recalculate"} <= {
        r["id"] for r in plans[1]["recommendations"]}
    texts = [run(capsys, path, "plan", "--patient", who)[1]
             for path, who in ((source_path, str(pid)), (target_path, new_id))]
    assert texts[1] == texts[0]
    for heading in ("Measurements (latest):", "Height loss:", "Labs (latest):", "FRAX:"):
        assert heading in texts[1], heading

    assert run(capsys, target_path, "export", "--patient", new_id, "--out", str(second))[0] == 0
    for name in ["patients", *ENTRY_KINDS]:
        assert (second / f"{name}.csv").read_bytes() == (first / f"{name}.csv").read_bytes(), name
    for kind in ENTRY_KINDS:  # and once more: everything is a duplicate now
        code, out, _ = run(capsys, target_path, "import", kind, str(first / f"{kind}.csv"),
                           "--patient", new_id)
        assert code == 0 and "added 0," in out


def test_export_all_as_json_and_csv_folders(clinic: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, clinic, "patients", "add", "--name", "Bob Stone", "--sex", "male",
        "--birth-date", "1950-01-01")
    run(capsys, clinic, "scans", "add", "--patient", "Bob Stone", "--date", "2024-01-01",
        "--site", "total_hip", "--bmd", "0.81")
    code, out, _ = run(capsys, clinic, "export", "--all", "--out", str(tmp_path / "j"),
                       "--format", "json")
    assert code == 0 and "Wrote 2 file(s)" in out
    doc = json.loads((tmp_path / "j" / "patient-2-bob-stone.json").read_text(encoding="utf-8"))
    assert doc["format"] == "bonetracker-patient" and doc["patient"]["name"] == "Bob Stone"
    assert doc["scans"] == [{"date": "2024-01-01", "site": "total_hip", "bmd_g_cm2": 0.81,
                             "t_score": None, "z_score": None, "device": None, "facility": "",
                             "notes": "", "model": "", "machine_id": "", "software": "",
                             "hip_side": None, "vertebrae": "L1-L4"}]
    assert run(capsys, clinic, "export", "--all", "--out", str(tmp_path / "c"))[0] == 0
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["1-ann-lee", "2-bob-stone"]
    assert (tmp_path / "c" / "2-bob-stone" / "scans.csv").read_text().splitlines()[1] == \
        "2024-01-01,total_hip,0.81,,,,,,,,,,L1-L4"



# -- measurements, labs and FRAX results ---------------------------------------------------------
BAD_FILES = {
    "measures": ("date,kind,value,unit\n2024-01-01,tug,13,s\n2024-01-02,grip,30,cm\n"
                 "2024-01-03,tug,600,s\n",
                 ["line 3, column unit: must be one of kg, lb for Grip strength (got 'cm')",
                  "line 4, column value: must be from 2 to 300 s (got 600)"]),
    "labs": ("date,test,value,unit\n2024-01-01,egfr,32,\n2024-01-02,vitamin_d_25oh,18,mg/dL\n",
             ["line 3, column unit: must be one of ng/mL, nmol/L for 25-hydroxyvitamin D (got 'mg/dL')"]),
    "frax": ("date,model,with_bmd,major,hip\n2024-01-01,us,yes,22,3.4\n2024-01-02,us,yes,20,30\n",
             ["line 3, column hip: cannot be above the major osteoporotic probability (20 %): hip "
              "fractures are among the major osteoporotic fractures"]),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_measures_labs_and_frax_files_exit_2_and_write_nothing(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    text, expected = BAD_FILES[kind]
    code, out, err = run(capsys, clinic, "import", kind, str(write(tmp_path / f"{kind}.csv", text)),
                         "--patient", "Ann Lee")
    assert code == 2 and out == "" and "nothing was written" in err
    assert [line.strip() for line in err.splitlines()[1:]] == expected
    code, out, _ = run(capsys, clinic, kind, "list", "--patient", "1", "--json")
    assert code == 0 and json.loads(out)[kind] == []


def test_measures_labs_and_frax_import_with_dry_run_and_list(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "measures": "date;kind;value;unit;note\n2024-01-01;tug;14,5;s;\n2025-01-01;tug;12,5;;better\n",
        "labs": "date,test,value,unit,range_low,range_high\n2025-01-01,vitamin_d_25oh,40,nmol/L,,\n",
        "frax": "date,model,with_bmd,major,hip\n2025-01-02,us,yes,22,3.4\n",
    }
    for kind, text in files.items():
        path = write(tmp_path / f"{kind}.csv", text, bom=True, crlf=True)
        code, out, _ = run(capsys, clinic, "import", kind, str(path), "--patient", "1", "--dry-run")
        rows = len(text.splitlines()) - 1
        assert code == 0 and f"would add {rows}, skipped 0" in out
        code, out, _ = run(capsys, clinic, kind, "list", "--patient", "1", "--json")
        assert json.loads(out)[kind] == []
        code, out, _ = run(capsys, clinic, "import", kind, str(path), "--patient", "1")
        assert code == 0 and f"added {rows}, skipped 0" in out
    code, out, _ = run(capsys, clinic, "measures", "list", "--patient", "1", "--json")
    assert [(m["value"], m["unit"]) for m in json.loads(out)["measures"]] == [(14.5, "s"), (12.5, "s")]
    code, out, _ = run(capsys, clinic, "labs", "list", "--patient", "1", "--json")
    assert [(r["value"], r["unit"]) for r in json.loads(out)["labs"]] == [(40.0, "nmol/L")]
    code, out, _ = run(capsys, clinic, "frax", "list", "--patient", "1", "--json")
    assert [(r["major"], r["hip"]) for r in json.loads(out)["frax"]] == [(22.0, 3.4)]


def test_import_help_lists_the_new_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "falls|measures|labs|frax|favourites|programmes" in out.replace("\n", "").replace(" ", "")


def test_a_patients_file_of_many_slices_prints_every_new_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16 item 9: patients import a slice at a time and their ids are kept compactly and
    printed a thousand at a time; the line is the one a small file prints."""
    from bonetracker.services.interchange import csv_stream, grouped_import

    monkeypatch.setattr(csv_stream, "BATCH_CHARS", 5_000)
    monkeypatch.setattr(grouped_import, "SLICE_ROWS", 300)
    path = tmp_path / "patients.csv"
    path.write_text("name,sex,birth_date\n" + "".join(
        f"Person {i},female,1950-01-{1 + i % 28:02d}\n" for i in range(2500)), encoding="utf-8")
    code, out, _err = run(capsys, tmp_path / "db.sqlite3", "import", "patients", str(path))
    assert code == 0
    summary, ids = out.splitlines()
    assert summary.startswith("Imported 2500 patients rows: added 2500")
    assert ids == "New patient ids: " + ", ".join(str(i) for i in range(1, 2501))
