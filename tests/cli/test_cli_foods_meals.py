"""``bonetracker foods`` and ``bonetracker meals`` as a user types them, and the meal flows behind
them: bad input exits 2 naming the field with nothing written; history is never rewritten."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.domain.records import MealId, PatientId
from bonetracker.services import foods as food_svc
from bonetracker.services import meals as meal_svc
from bonetracker.storage.database import open_database

YESTERDAY_ISO = "2024-05-01"


@pytest.fixture
def db(seeded_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A seeded database with one patient, Ann (id 1)."""
    path = tmp_path / "bt.sqlite3"
    shutil.copy(seeded_template, path)
    assert main(["patients", "add", "--name", "Ann Lee", "--sex", "female", "--birth-date",
                 "1958-03-02", "--weight-kg", "62", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def meal_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM meal_items").fetchone()[0])


def test_foods_search_text_and_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "foods", "search", "sardines", "--limit", "3")
    assert code == 0
    assert out.splitlines()[0].split() == ["15088", "Fish,", "sardine,", "Atlantic,", "canned", "in",
                                           "oil,", "drained", "solids", "with", "bone"]
    code, out, _ = run(capsys, db, "foods", "search", "whole", "milk", "--json", "--limit", "2")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 2
    assert hits[0] == {"id": "01077", "description": "Milk, whole, 3.25% milkfat, with added vitamin D",
                       "food_group": "Dairy and Egg Products", "source": "usda"}
    code, out, _ = run(capsys, db, "foods", "search", "qqqzzz")
    assert code == 0 and "No food matches" in out


def test_foods_show_high_in_add_and_favourite(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "foods", "show", "15076")
    assert code == 0 and "vitamin D  unknown" in out and "0.5 fillet = 198 g" in out
    code, out, _ = run(capsys, db, "foods", "high-in", "calcium_mg", "--limit", "5", "--json")
    assert code == 0 and len(json.loads(out)) == 5
    code, out, _ = run(capsys, db, "foods", "add", "--name", "Calcium chew", "--per", "portion",
                       "--portion-unit", "chew", "--portion-grams", "5", "--calcium-mg", "500")
    assert code == 0 and out.startswith("Added C")
    ref = out.split()[1].rstrip(":")
    code, out, _ = run(capsys, db, "meals", "add", "--patient", "Ann Lee", "--date", YESTERDAY_ISO,
                       "--meal", "supplement", "--food", ref, "--amount", "1", "--unit", "chew")
    assert code == 0 and "500 mg calcium" in out
    code, out, _ = run(capsys, db, "foods", "favourite", "--patient", "Ann Lee", "--food", "16426")
    assert code == 0 and "now a favourite" in out


def test_meals_add_and_list_with_honest_daily_totals(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ("meals", "add", "--patient", "Ann Lee", "--date", YESTERDAY_ISO)
    assert run(capsys, db, *base, "--meal", "lunch", "--food", "01077", "--amount", "1",
               "--unit", "cup")[0] == 0
    assert run(capsys, db, *base, "--meal", "lunch", "--food", "Fish, salmon, Atlantic, wild, raw",
               "--amount", "1", "--unit", "fillet")[0] == 0
    assert run(capsys, db, *base, "--meal", "dinner", "--food", "kale raw", "--grams", "150")[0] == 0
    code, out, _ = run(capsys, db, "meals", "list", "--patient", "Ann Lee")
    assert code == 0
    assert "lunch (meal 1)" in out and "dinner (meal 2)" in out  # lunch items joined one meal
    # 244 g milk (113 mg/100 g) + 396 g salmon (12) + 150 g kale (150) = 275.72 + 47.52 + 225
    assert "calcium    548 mg" in out
    assert "vitamin D  at least 124 IU; 1 of 3 items has no vitamin D value" in out
    code, out, _ = run(capsys, db, "meals", "list", "--patient", "1", "--date", YESTERDAY_ISO, "--json")
    day = json.loads(out)["days"][0]
    assert code == 0 and day["date"] == YESTERDAY_ISO
    assert [m["meal"] for m in day["meals"]] == ["lunch", "dinner"]
    assert day["meals"][0]["items"][1]["grams"] == 396.0
    assert day["totals"]["calcium_mg"]["value"] == pytest.approx(548.2, abs=0.05)
    assert day["totals"]["vitamin_k_mcg"]["unknown_items"] == 1


@pytest.mark.parametrize(("args", "field", "words"), [
    (("--food", "xyzzyq", "--amount", "1", "--unit", "cup"), "food", "no food matches"),
    (("--food", "01077", "--amount", "0", "--unit", "cup"), "amount", "more than 0"),
    (("--food", "01077", "--amount", "-2", "--unit", "cup"), "amount", "more than 0"),
    (("--food", "01077", "--amount", "21", "--unit", "cup"), "amount", "5 kg"),
    (("--food", "01077", "--grams", "5001"), "grams", "5000"),
    (("--food", "01077", "--amount", "1", "--unit", "slice"), "unit", "'cup', 'fl oz'"),
    (("--food", "01077", "--amount", "1"), "unit", "is required"),
    (("--food", "12061", "--amount", "1", "--unit", "cup"), "unit", "cup, whole"),
    (("--food", "01077", "--amount", "1", "--unit", "cup", "--date", "2099-01-01"), "date", "future"),
    (("--food", "01077", "--amount", "1", "--unit", "cup", "--meal", "brunch"), "meal", "breakfast"),
    (("--food", "milk", "--amount", "1", "--unit", "cup"), "food", "01077 Milk, whole"),
])
def test_bad_meal_input_exits_2_names_the_field_and_writes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], field: str, words: str
) -> None:
    options = {"--date": YESTERDAY_ISO, "--meal": "lunch"}
    rest = list(args)
    for flag in ("--date", "--meal"):
        if flag in rest:
            i = rest.index(flag)
            options[flag] = rest[i + 1]
            del rest[i:i + 2]
    code, _, err = run(capsys, db, "meals", "add", "--patient", "Ann Lee",
                       *[x for kv in options.items() for x in kv], *rest)
    assert code == 2
    assert f"{field}:" in err and words in err
    assert meal_rows(db) == 0


def test_copy_and_delete(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "meals", "add", "--patient", "Ann Lee", "--date", "2024-05-01", "--meal",
        "breakfast", "--food", "01117", "--amount", "1", "--unit", "container (6 oz)")
    code, out, _ = run(capsys, db, "meals", "copy", "--patient", "Ann Lee", "--from", "2024-05-01",
                       "--to", "2024-05-02")
    assert code == 0 and "breakfast" in out
    code, _, err = run(capsys, db, "meals", "copy", "--patient", "Ann Lee", "--from", "2024-04-01",
                       "--to", "2024-05-02")
    assert code == 2 and "from:" in err
    assert run(capsys, db, "meals", "delete", "--meal", "2")[0] == 0
    _, out, _ = run(capsys, db, "meals", "list", "--patient", "Ann Lee", "--json")
    assert [d["date"] for d in json.loads(out)["days"]] == ["2024-05-01"]


# -- the flows behind the commands -----------------------------------------------------------
def test_history_is_not_rewritten_when_food_data_changes(db: Path) -> None:
    database = open_database(f"sqlite:///{db}")
    try:
        milk = food_svc.resolve_food(database, "01077")
        item = meal_svc.parse_item(milk, {"amount": "1", "unit": "cup"})
        meal_svc.log_meal(database, meal_svc.parse_meal(
            PatientId(1), {"date": YESTERDAY_ISO, "meal": "lunch"}, [item]))
        with database.write() as s:
            s.connection().exec_driver_sql("UPDATE foods SET calcium_mg = 999 WHERE source_id = '01077'")
        [meal] = meal_svc.list_meals(database, PatientId(1))
        assert meal.items[0].nutrients.calcium_mg == pytest.approx(275.72)
    finally:
        database.close()


def test_delete_then_restore_keeps_ids_and_day_counts_supplements(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db, "meds", "add", "--patient", "Ann Lee", "--drug", "calcium",
               "--start", "2024-01-01", "--daily-amount", "500")[0] == 0
    run(capsys, db, "meals", "add", "--patient", "Ann Lee", "--date", YESTERDAY_ISO, "--meal",
        "lunch", "--food", "01077", "--amount", "1", "--unit", "cup")
    database = open_database(f"sqlite:///{db}")
    try:
        summary = meal_svc.day_summary(database, PatientId(1), meal_svc.list_meals(
            database, PatientId(1))[0].date)
        calcium = next(b for b in summary.bars if b.nutrient == "calcium_mg")
        assert calcium.total.value == pytest.approx(775.72) and calcium.total.supplement == 500
        assert calcium.target == 1200 and calcium.upper == 2000
        removed = meal_svc.delete_meal(database, MealId(1))
        assert meal_svc.list_meals(database, PatientId(1)) == []
        restored = meal_svc.restore_meal(database, removed)
        assert restored.id == removed.id
        assert [i.id for i in restored.items] == [i.id for i in removed.items]
    finally:
        database.close()
    _, out, _ = run(capsys, db, "meals", "list", "--patient", "Ann Lee")
    assert "calcium    776 mg" in out and "includes supplements: 500 mg calcium" in out
