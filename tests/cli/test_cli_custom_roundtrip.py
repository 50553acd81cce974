"""Your own foods and activities through ``bonetracker export`` and ``import``, as a user runs them.

A patient who logged a food of their own (with a household measure) and an activity of their own
is exported, imported in the documented order into a brand-new database and exported again: the
two folders are equal byte for byte and the stored values equal. ``foods.csv`` and
``activities.csv`` are written only for patients who use such items; bad rows are refused with
line, column and reason and nothing is written; re-importing skips what is there.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bonetracker.cli import main
from bonetracker.domain.records import Activity, Food
from bonetracker.services.activities import list_activities
from bonetracker.services.interchange.csv_formats import ENTRY_KINDS
from bonetracker.services.patients import list_patients
from bonetracker.services.records import load_record
from bonetracker.storage.database import open_database
from bonetracker.storage.models import ActivityRow, FoodRow
from bonetracker.storage.repositories import custom_foods

OLD_FILES = sorted(["patients.csv", *(f"{kind}.csv" for kind in ENTRY_KINDS)])
MILK = "Milk, whole, 3.25% milkfat, with added vitamin D"  # USDA 01077's own description
FOODS_HEADER = ("description,food_group,kcal,protein_g,calcium_mg,vitamin_d_iu,magnesium_mg,"
                "potassium_mg,vitamin_k_mcg,portion_unit,portion_amount,portion_grams")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code, out, err = run(capsys, db, *args)
    assert code == 0, err
    return out


def added_food_id(out: str) -> str:
    match = re.search(r"Added (C\d+):", out)
    assert match, out
    return match.group(1)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Jane logs two foods of her own (a chew with a measure, entered per portion so it holds
    more per 100 g than one may type; and one named exactly like a USDA food), a USDA food, an
    activity of her own and a built-in one. Bob, in the same database, uses only built-in ones."""
    db = tmp_path / "source.sqlite3"
    ok(capsys, db, "patients", "add", "--name", "Jane Doe", "--sex", "female",
       "--birth-date", "1958-03-02")
    ok(capsys, db, "patients", "add", "--name", "Bob Stone", "--sex", "male",
       "--birth-date", "1950-01-01")
    chew = added_food_id(ok(capsys, db, "foods", "add", "--name", "Calcium chew, \"lemon\"; soft",
                            "--per", "portion", "--portion-unit", "chew", "--portion-amount", "2",
                            "--portion-grams", "5.5", "--calcium-mg", "600", "--vitamin-d-iu",
                            "800", "--kcal", "21.3", "--protein-g", str(0.1 + 0.2)))
    milk = added_food_id(ok(capsys, db, "foods", "add", "--name", MILK, "--group", "Dairy",
                            "--calcium-mg", "125.5", "--vitamin-k-mcg", "0.3"))
    added_food_id(ok(capsys, db, "foods", "add", "--name", "Never eaten", "--kcal", "10"))
    ok(capsys, db, "workouts", "add-activity", "--name", "Kettlebell swings (own)",
       "--category", "resistance", "--met", str(1 / 3 + 5), "--spinal-flexion", "yes")
    ok(capsys, db, "workouts", "add-activity", "--name", "Unused class", "--category",
       "balance", "--met", "2")
    for args in (("--date", "2025-03-01", "--meal", "supplement", "--food", chew,
                  "--amount", "1", "--unit", "chew"),
                 ("--date", "2025-03-01", "--meal", "breakfast", "--food", milk, "--grams", "200"),
                 ("--date", "2025-03-01", "--meal", "breakfast", "--food", "01077",
                  "--amount", "1", "--unit", "cup")):
        ok(capsys, db, "meals", "add", "--patient", "Jane Doe", *args)
    ok(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2025-03-02",
       "--activity", "kettlebell SWINGS (own)", "--minutes", "20", "--sets", "3", "--reps", "12",
       "--load-kg", "8.5")
    ok(capsys, db, "workouts", "add", "--patient", "Jane Doe", "--date", "2025-03-03",
       "--activity", "Brisk walking", "--minutes", "30")
    ok(capsys, db, "meals", "add", "--patient", "Bob Stone", "--date", "2025-03-01", "--meal",
       "lunch", "--food", "01077", "--grams", "100")
    ok(capsys, db, "workouts", "add", "--patient", "Bob Stone", "--date", "2025-03-03",
       "--activity", "Brisk walking", "--minutes", "30")
    return db


def import_folder(capsys: pytest.CaptureFixture[str], db: Path, folder: Path) -> str:
    """Import an export folder in the documented order; returns the new patient's id."""
    out = ok(capsys, db, "import", "patients", str(folder / "patients.csv"))
    new_id = out.split("New patient ids: ")[1].strip()
    for kind in ("foods", "activities"):
        if (folder / f"{kind}.csv").exists():
            ok(capsys, db, "import", kind, str(folder / f"{kind}.csv"))
    for kind in ENTRY_KINDS:
        ok(capsys, db, "import", kind, str(folder / f"{kind}.csv"), "--patient", new_id)
    return new_id


def strip_ids(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: strip_ids(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in ("id", "patient_id", "version", "activity_id", "food_id")}
    if isinstance(value, tuple | list):
        return [strip_ids(v) for v in value]
    return value


def stored(path: Path) -> tuple[Any, list[Food], list[Activity]]:
    """Jane's record, her own foods and the own activities she uses, without ids."""
    db = open_database(f"sqlite:///{path}")
    try:
        jane = next(p for p in list_patients(db) if p.name == "Jane Doe")
        assert jane.id is not None
        with db.read() as s:
            foods = custom_foods.named(s, ["Calcium chew, \"lemon\"; soft", MILK])
        record = load_record(db, jane.id)
        used = {w.activity for w in record.workouts}
        activities = [a for a in list_activities(db) if a.custom and a.name in used]
        return strip_ids(record), strip_ids(foods), strip_ids(activities)
    finally:
        db.close()


def test_export_import_export_reproduces_own_foods_and_activities_byte_for_byte(
        source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second, target = tmp_path / "first", tmp_path / "second", tmp_path / "target.sqlite3"
    ok(capsys, source, "export", "--patient", "Jane Doe", "--out", str(first))
    assert sorted(files(first)) == sorted([*OLD_FILES, "foods.csv", "activities.csv"])
    foods_csv = (first / "foods.csv").read_text(encoding="utf-8").splitlines()
    assert foods_csv[0] == FOODS_HEADER and len(foods_csv) == 3  # "Never eaten" is not used
    assert foods_csv[1].startswith('"Calcium chew, ""lemon""; soft",Custom foods,')
    assert foods_csv[1].endswith(",chew,2.0,5.5")
    assert foods_csv[2] == f'"{MILK}",Dairy,,,125.5,,,,0.3,,,'
    assert (first / "activities.csv").read_text(encoding="utf-8") == (
        "name,category,met,spinal_flexion,high_impact\n"
        f"Kettlebell swings (own),resistance,{1 / 3 + 5!r},yes,no\n")
    meals_csv = (first / "meals.csv").read_text(encoding="utf-8")
    assert '"Calcium chew, ""lemon""; soft"' in meals_csv and f'"{MILK}"' in meals_csv
    assert "01077" in meals_csv and ",C" not in meals_csv  # no database-specific C<id>

    new_id = import_folder(capsys, target, first)
    ok(capsys, target, "export", "--patient", new_id, "--out", str(second))
    assert files(second) == files(first)
    assert stored(target) == stored(source)
    record, foods, activities = stored(target)
    assert [len(f["portions"]) for f in foods] == [1, 0] and len(activities) == 1
    by_grams = {i["grams"]: i for m in record["meals"] for i in m["items"]}
    assert by_grams[200.0]["food_description"] == by_grams[244.0]["food_description"] == MILK
    assert by_grams[200.0]["nutrients"]["calcium_mg"] == 251.0  # your milk, not the USDA one
    assert by_grams[244.0]["nutrients"]["calcium_mg"] != 251.0

    for kind in ("foods", "activities"):  # everything is there now: skipped, nothing added
        out = ok(capsys, target, "import", kind, str(first / f"{kind}.csv"))
        assert "added 0, skipped" in out
    for kind in ENTRY_KINDS:
        out = ok(capsys, target, "import", kind, str(first / f"{kind}.csv"), "--patient", new_id)
        assert "added 0," in out
    assert stored(target) == stored(source)


def test_the_same_folder_into_a_database_that_has_the_items_already(
        source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Back into the source database (a copy of Jane): the foods and activities are skipped and
    the meals name the same foods (by exact description, not the USDA milk)."""
    first, second = tmp_path / "first", tmp_path / "second"
    ok(capsys, source, "export", "--patient", "1", "--out", str(first))
    out = ok(capsys, source, "import", "foods", str(first / "foods.csv"))
    assert "Imported 2 foods rows: added 0, skipped 2 already stored." in out
    out = ok(capsys, source, "import", "activities", str(first / "activities.csv"))
    assert "added 0, skipped 1" in out
    ok(capsys, source, "patients", "add", "--name", "Jane Copy", "--sex", "female",
       "--birth-date", "1958-03-02")
    for kind in ENTRY_KINDS:
        ok(capsys, source, "import", kind, str(first / f"{kind}.csv"), "--patient", "Jane Copy")
    ok(capsys, source, "export", "--patient", "Jane Copy", "--out", str(second))
    assert {k: v for k, v in files(second).items() if k != "patients.csv"} == \
        {k: v for k, v in files(first).items() if k != "patients.csv"}


def test_a_patient_without_own_items_gets_the_old_files_and_json_keys(
        source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, source, "export", "--patient", "Bob Stone", "--out", str(tmp_path / "bob"))
    assert sorted(files(tmp_path / "bob")) == OLD_FILES
    ok(capsys, source, "export", "--all", "--out", str(tmp_path / "all"))
    assert sorted(files(tmp_path / "all" / "2-bob-stone")) == OLD_FILES
    assert "foods.csv" in files(tmp_path / "all" / "1-jane-doe")

    ok(capsys, source, "export", "--all", "--out", str(tmp_path / "json"), "--format", "json")
    bob = json.loads((tmp_path / "json" / "patient-2-bob-stone.json").read_text(encoding="utf-8"))
    assert list(bob) == ["format", "version", "exported", "bonetracker", "patient",
                         *ENTRY_KINDS]
    jane = json.loads((tmp_path / "json" / "patient-1-jane-doe.json").read_text(encoding="utf-8"))
    assert list(jane)[5:7] == ["custom_foods", "custom_activities"]
    assert [f["description"] for f in jane["custom_foods"]] == ["Calcium chew, \"lemon\"; soft", MILK]
    assert jane["custom_foods"][0]["portion_unit"] == "chew"
    assert jane["custom_foods"][1]["portion_grams"] is None
    assert jane["custom_activities"] == [{"name": "Kettlebell swings (own)", "category": "resistance",
                                          "met": 1 / 3 + 5, "spinal_flexion": True,
                                          "high_impact": False}]
    assert {m["food"] for m in jane["meals"]} == {"Calcium chew, \"lemon\"; soft", MILK, "01077"}


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def problems(err: str) -> list[str]:
    return [line.strip() for line in err.splitlines()[1:]]


def own_items(path: Path) -> tuple[int, int]:
    """How many foods and activities of your own the database holds."""
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            foods = s.scalar(select(func.count()).select_from(FoodRow)
                             .where(FoodRow.source == "custom"))
            activities = s.scalar(select(func.count()).select_from(ActivityRow)
                                  .where(ActivityRow.custom.is_(True)))
        return int(foods or 0), int(activities or 0)
    finally:
        db.close()


def test_bad_foods_rows_are_listed_with_line_column_and_reason_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "empty.sqlite3"
    bad = write(tmp_path / "foods.csv", FOODS_HEADER + "\n"
                "Good yogurt,Dairy,60,,120,,,,,cup,1,245\n"
                ",Dairy,60,,,,,,,,,\n"                        # no description
                "Fat,,950,,,,,,,,,\n"                         # more than pure fat
                "Broth,,10,,-1,,,,,cup,,\n"                   # negative; measure without grams
                "Tea,,abc,,,,,,,,2,\n"                        # text; amount without a measure
                "Chew,,,,,,,,,,,9000\n"                       # too heavy
                "Pill,,,,,,,,,,,1\n")                         # a weight without a unit
    code, out, err = run(capsys, db, "import", "foods", str(bad))
    assert code == 2 and out == ""
    assert "was rejected" in err and "nothing was written" in err
    found = problems(err)
    for expected in ("line 3, column description: is required",
                     "line 4, column kcal: is 950 kcal per 100 g, more than pure fat",
                     "line 5, column calcium_mg: must be from 0 to",
                     "line 5, column portion_grams: is required (from 0.1 to 5000 g)",
                     "line 6, column kcal: must be a number from 0 to",
                     "line 6, column portion_amount: needs portion_unit and portion_grams",
                     "line 7, column portion_grams: must be from 0.1 to 5000 g (got 9000)",
                     "line 8, column portion_unit: is required with a portion weight"):
        assert any(p.startswith(expected) for p in found), (expected, found)
    assert not any(p.startswith("line 2") for p in found)
    assert own_items(db) == (0, 0)

    code, out, _ = run(capsys, db, "import", "foods", str(bad), "--dry-run")
    assert code == 2 and own_items(db) == (0, 0)


def test_bad_activities_rows_are_listed_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "empty.sqlite3"
    bad = write(tmp_path / "activities.csv", "name;category;met;spinal_flexion;high_impact\n"
                "Good class;balance;2,5;no;no\n"
                ";balance;2;;\n"
                "Swim;swimming;30;maybe;\n"
                "Row;resistance;;;\n")
    code, out, err = run(capsys, db, "import", "activities", str(bad))
    assert code == 2 and out == ""
    found = problems(err)
    for expected in ("line 3, column name: is required",
                     "line 4, column category: must be one of weight_bearing",
                     "line 4, column met: must be from 1 to 20 MET (got 30)",
                     "line 4, column spinal_flexion: must be yes or no (got 'maybe')",
                     "line 5, column met: is required (from 1 to 20 MET)"):
        assert any(p.startswith(expected) for p in found), (expected, found)
    assert own_items(db) == (0, 0)

    missing = write(tmp_path / "missing.csv", "name,met\nX,2\n")
    code, _, err = run(capsys, db, "import", "activities", str(missing))
    assert code == 2 and "line 1, column category: required column is missing" in err


def test_clashing_descriptions_and_names_are_refused_duplicates_skipped(
        source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = own_items(source)
    foods = write(tmp_path / "foods.csv", FOODS_HEADER + "\n"
                  f'"{MILK}",Dairy,,,125.5,,,,0.3,,,\n'           # the stored one: skipped
                  "Never eaten,Custom foods,11,,,,,,,,,\n"         # stored with kcal 10
                  "Soup,,30,,,,,,,,,\n"
                  "Soup,,31,,,,,,,,,\n")                           # the same text, other values
    code, _, err = run(capsys, source, "import", "foods", str(foods))
    assert code == 2
    found = problems(err)
    assert len(found) == 2
    assert re.match(r"line 3, column description: 'Never eaten' is already one of your foods "
                    r"\(C\d+\) with other values", found[0])
    assert found[1].startswith("line 5, column description: 'Soup' is also on line 4 with other values")

    acts = write(tmp_path / "activities.csv", "name,category,met,spinal_flexion,high_impact\n"
                 "kettlebell swings (OWN),resistance,5.333333333333333,yes,no\n"  # any case: skipped
                 "Brisk walking,balance,3,no,no\n"                                # built-in, other values
                 "Unused class,balance,2.5,no,no\n"                               # yours, other values
                 "New one,balance,2,no,no\n"
                 "NEW  one,balance,3,no,no\n")
    code, _, err = run(capsys, source, "import", "activities", str(acts))
    assert code == 2
    found = problems(err)
    assert [p.split(":")[0] for p in found] == ["line 3, column name", "line 4, column name",
                                                "line 6, column name"]
    assert "is already a built-in activity with other values (category weight_bearing" in found[0]
    assert "'Unused class' is already one of your activities with other values" in found[1]
    assert "'NEW one' is also on line 5 with other values" in found[2]
    assert own_items(source) == before

    fine = write(tmp_path / "fine.csv", "name,category,met,spinal_flexion,high_impact\n"
                 "kettlebell swings (OWN),resistance,5.333333333333333,yes,no\n"
                 "New one,balance,2,no,no\nNew one,balance,2,no,no\n")
    out = ok(capsys, source, "import", "activities", str(fine), "--dry-run")
    assert "Checked 3 activities rows: would add 1, skipped 2 already stored." in out
    assert own_items(source) == before
    out = ok(capsys, source, "import", "activities", str(fine))
    assert "added 1, skipped 2" in out and own_items(source) == (before[0], before[1] + 1)
    out = ok(capsys, source, "import", "activities", str(fine))
    assert "added 0, skipped 3" in out


def test_meals_before_their_foods_are_refused_and_help_lists_the_kinds(
        source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "jane"
    ok(capsys, source, "export", "--patient", "1", "--out", str(folder))
    target = tmp_path / "target.sqlite3"
    ok(capsys, target, "patients", "add", "--name", "Jane Doe", "--sex", "female",
       "--birth-date", "1958-03-02")
    code, _, err = run(capsys, target, "import", "workouts", str(folder / "workouts.csv"),
                       "--patient", "1")
    assert code == 2 and "'Kettlebell swings (own)' is not in the activity list" in err
    code, _, err = run(capsys, target, "import", "meals", str(folder / "meals.csv"),
                       "--patient", "1")
    assert code == 2 and "line 2, column food:" in err and "nothing was written" in err

    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "patients|foods|activities|scans" in capsys.readouterr().out
