"""Importing and exporting your own foods and activities (``foods``, ``activities``), on every
backend: rows of one food join it as its measures, stored amounts beyond the typing ranges come
back exactly, a meal names one of your foods by its exact description before any other food,
and the other kinds and ``foods add`` keep their behaviour."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.records import Food, FoodPortion, Nutrients, PatientId
from bonetracker.services import foods as food_svc
from bonetracker.services import meals
from bonetracker.services.activities import find_activity
from bonetracker.services.interchange import custom_items as custom_items_io
from bonetracker.services.interchange import exporting, importing
from bonetracker.services.interchange.csv_formats import SPECS, ImportRejected, guess_kind, write_table
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import custom_foods

MILK = "Milk, whole, 3.25% milkfat, with added vitamin D"  # USDA 01077


@pytest.fixture
def db(backend_db: Database) -> Iterator[Database]:
    yield backend_db
    if not backend_db.is_sqlite:  # as tests/services/conftest.py: undo the boost of logged foods
        with backend_db.write() as s:
            s.execute(text("UPDATE food_search SET boost = '' WHERE prior <= 0 AND boost <> ''"))


def patient(db: Database, name: str = "Ann Own") -> PatientId:
    p = add_patient(db, parse_patient({"name": name, "sex": "female", "birth_date": "1955-04-01"}))
    assert p.id is not None
    return p.id


def own_food(db: Database, description: str, *portions: FoodPortion, **per_100g: float) -> Food:
    return food_svc.add_custom_food(db, Food(None, description, "Mine", Nutrients(**per_100g),
                                             "custom", None, portions))


def log(db: Database, pid: PatientId, food: Food, grams: str, day: str = "2024-02-01") -> None:
    meals.log_meal(db, meals.parse_meal(pid, {"date": day, "meal": "lunch"},
                                        [meals.parse_item(food, {"grams": grams})]))


def run(db: Database, kind: str, csv_text: str, pid: PatientId | None = None,
        dry_run: bool = False) -> importing.ImportResult:
    return importing.import_table(db, kind, read_table(csv_text), pid, dry_run=dry_run)


def test_the_new_kinds_take_no_patient_and_their_headers_are_recognised() -> None:
    assert importing.KINDS[:3] == ("patients", "foods", "activities")
    assert not SPECS["foods"].needs_patient and not SPECS["activities"].needs_patient
    assert guess_kind(SPECS["foods"].headers) == "foods"
    assert guess_kind(("description", "calcium_mg")) == "foods"
    assert guess_kind(SPECS["activities"].headers) == "activities"
    assert guess_kind(("name", "sex", "birth_date")) == "patients"
    for kind in ("foods", "activities"):
        assert read_table(write_table(SPECS[kind], [])).header == SPECS[kind].headers


def test_a_food_with_several_measures_and_large_stored_amounts_round_trips(
        db: Database, tmp_path: Path) -> None:
    """Entered per 5 g chew, the chew holds more per 100 g than one may type into ``foods add``;
    its rows (one per measure) come back as one food with both measures, exactly."""
    chew = own_food(db, "Chew, \"max\"", FoodPortion(1, "chew", 5.0), FoodPortion(0.5, "half", 2.5),
                    calcium_mg=10_000.0, vitamin_d_iu=1 / 3 * 30_000, kcal=401.7)
    bare = own_food(db, "Plain thing", kcal=12.5)
    pid = patient(db)
    log(db, pid, chew, "10")
    log(db, pid, bare, "40")
    rows = custom_items_io.food_rows(custom_items_io.used_foods(db, load_record(db, pid)))
    assert [(r["description"], r["portion_unit"]) for r in rows] == [
        ("Chew, \"max\"", "chew"), ("Chew, \"max\"", "half"), ("Plain thing", None)]
    with pytest.raises(ValidationError):  # what one may type is unchanged
        food_svc.parse_custom_food({"description": "x", "calcium_mg": "10000"})

    exporting.export(db, tmp_path / "a", [pid])
    foods_csv = (tmp_path / "a" / "foods.csv").read_text(encoding="utf-8")
    with db.write() as s:  # the same foods gone: as if this were another database
        s.execute(text("DELETE FROM meal_items"))
        s.execute(text("DELETE FROM foods WHERE source = 'custom'"))
    result = run(db, "foods", foods_csv)
    assert (result.rows, result.added, result.skipped) == (3, 3, 0)
    with db.read() as s:
        back = custom_foods.named(s, ["Chew, \"max\"", "Plain thing"])
    assert [(f.description, f.food_group, f.per_100g, [(p.amount, p.unit, p.grams) for p in f.portions])
            for f in back] == [
        (chew.description, "Mine", chew.per_100g, [(1.0, "chew", 5.0), (0.5, "half", 2.5)]),
        (bare.description, "Mine", bare.per_100g, [])]
    again = run(db, "foods", foods_csv)
    assert (again.added, again.skipped) == (0, 3)


def test_foods_dry_run_writes_nothing_and_an_import_refreshes_the_high_in_lists(
        db: Database) -> None:
    rich = ("description,calcium_mg,kcal,portion_unit,portion_grams\n"
            "Imported calcium yogurt,3000,60,cup,200\n")
    before = [r.food.description for r in food_svc.high_in(db, "calcium_mg", 5)]
    assert run(db, "foods", rich, dry_run=True).added == 1
    with db.read() as s:
        assert custom_foods.named(s, ["Imported calcium yogurt"]) == []
    assert run(db, "foods", rich).added == 1
    after = [r.food.description for r in food_svc.high_in(db, "calcium_mg", 5)]
    assert after[0] == "Imported calcium yogurt" and after != before


def test_a_meal_names_your_food_by_exact_description_before_other_foods(db: Database) -> None:
    pid = patient(db)
    usda_milk = food_svc.resolve_food(db, "01077")
    mine = own_food(db, MILK, calcium_mg=200.0)            # the USDA food's very text
    looks_like_id = own_food(db, "01079", calcium_mg=1.0)   # a description that looks like an ID
    upper = own_food(db, "SMOOTHIE", kcal=50.0)
    lower = own_food(db, "smoothie", kcal=70.0)
    rows = ("date,meal,food,grams\n"
            f'2024-02-01,lunch,"{MILK}",100\n'
            "2024-02-01,lunch,01079,100\n"
            "2024-02-01,lunch,SMOOTHIE,100\n"
            "2024-02-01,lunch,smoothie,100\n"
            "2024-02-01,lunch,01077,100\n"
            f"2024-02-01,lunch,{food_svc.public_id(lower)},100\n")
    assert run(db, "meals", rows, pid).added == 6
    items = load_record(db, pid).meals[0].items
    assert [i.food_id for i in items] == [mine.id, looks_like_id.id, upper.id, lower.id,
                                          usda_milk.id, lower.id]
    assert [i.nutrients.calcium_mg for i in items[:2]] == [200.0, 1.0]


def test_an_ambiguous_description_is_reported_as_before(db: Database) -> None:
    pid = patient(db)
    twin_a = own_food(db, "Twin bar", kcal=100.0)
    twin_b = own_food(db, "Twin bar", kcal=200.0)
    with pytest.raises(ImportRejected) as info:
        run(db, "meals", "date,meal,food,grams\n2024-02-01,lunch,Twin bar,50\n", pid)
    [problem] = info.value.row_errors
    assert (problem.line, problem.column) == (2, "food")
    assert "matches several foods, give its ID" in problem.message
    assert food_svc.public_id(twin_a) in problem.message
    assert food_svc.public_id(twin_b) in problem.message
    assert load_record(db, pid).meals == ()


def test_activities_import_validates_skips_and_refuses_like_adding_one(db: Database) -> None:
    good = ("name,category,met,spinal_flexion,high_impact\n"
            "Step  class,impact,6.5,no,yes\n"
            "Wall push-ups,resistance,3,,\n")
    result = run(db, "activities", good)
    assert (result.added, result.skipped) == (2, 0)
    step = find_activity(db, "step class")
    assert (step.name, step.met, step.high_impact, step.custom) == ("Step class", 6.5, True, True)
    assert run(db, "activities", good).skipped == 2
    with pytest.raises(ImportRejected) as info:  # checked as adding one: every bad row at once
        run(db, "activities", "name,category,met\nX" + "x" * 120 + ",balance,2\nY,balance,0\n")
    assert [str(e) for e in info.value.row_errors] == [
        "line 2, column name: must be at most 100 characters (got 121)",
        "line 3, column met: must be from 1 to 20 MET (got 0)"]
    with pytest.raises(ImportRejected) as info:  # then against the list: a name with other values
        run(db, "activities", "name,category,met\nNew one,balance,2\nstep class,impact,7\n")
    [problem] = info.value.row_errors
    assert (problem.line, problem.column) == (3, "name")
    assert problem.message.startswith("'Step class' is already one of your activities with other")
    assert find_activity(db, "step class").met == 6.5
    with pytest.raises(NotFoundError, match="not in the activity list"):
        find_activity(db, "New one")
