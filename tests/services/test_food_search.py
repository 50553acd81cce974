"""Food search ranking, look-up by ID or description, custom foods and the high-in lists."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bonetracker.domain.errors import AmbiguousError, ValidationError
from bonetracker.domain.records import MealKind, PatientId
from bonetracker.services import foods as svc
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.storage.database import Database, open_database
from bonetracker.storage.repositories import foods as store
from tests.helpers.factories import D


@pytest.fixture(scope="module")
def food_db(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One seeded database shared read-only by the ranking tests (opening it once per module)."""
    path = tmp_path_factory.mktemp("foods") / "shared.sqlite3"
    shutil.copy(seeded_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.close()


@pytest.fixture
def fresh_db(seeded_db: Database) -> Database:
    """A private copy of the seeded database for tests that write."""
    return seeded_db


def descriptions(db: Database, text: str, limit: int = 10) -> list[str]:
    return [h.description for h in svc.search(db, text, limit)]


@pytest.mark.parametrize(("query", "expected_top"), [
    ("milk", "Milk, whole, 3.25% milkfat, with added vitamin D"),
    ("sardines", "Fish, sardine, Atlantic, canned in oil, drained solids with bone"),
    ("sardine", "Fish, sardine, Atlantic, canned in oil, drained solids with bone"),
    ("sard", "Fish, sardine, Atlantic, canned in oil, drained solids with bone"),
    ("kale", "Kale, raw"),
    ("salmon", "Fish, salmon, Atlantic, wild, raw"),
    ("almonds", "Nuts, almonds"),
    ("almond", "Nuts, almonds"),
    ("whole milk", "Milk, whole, 3.25% milkfat, with added vitamin D"),
    ("soy milk", "Soymilk, original and vanilla, with added calcium, vitamins A and D"),
    ("tofu", "Tofu, raw, firm, prepared with calcium sulfate"),
])
def test_common_whole_word_match_comes_first(food_db: Database, query: str, expected_top: str) -> None:
    assert descriptions(food_db, query)[0] == expected_top


def test_plain_milk_comes_before_milk_chocolate(food_db: Database) -> None:
    hits = descriptions(food_db, "milk", 50)
    plain = [i for i, d in enumerate(hits)
             if d.startswith("Milk, ") and ("fluid" in d or "whole" in d)]
    chocolate = [i for i, d in enumerate(hits) if "chocolate" in d.lower()]
    assert plain and plain[0] == 0
    assert not chocolate or min(chocolate) > max(plain[:4])
    assert all(h.startswith("Milk, ") for h in hits[:5])


@pytest.mark.parametrize("query", ["yogurt", "yog", "yo"])
def test_yogurt_prefixes_find_plain_yogurt(food_db: Database, query: str) -> None:
    top = descriptions(food_db, query, 3)
    assert all(d.startswith("Yogurt, ") for d in top)
    assert any("plain" in d for d in top)


@pytest.mark.parametrize(("query", "berries_after"), [("salmon", 5), ("salm", 1)])
def test_salmon_ranks_fish_before_salmonberries(food_db: Database, query: str, berries_after: int) -> None:
    hits = descriptions(food_db, query, 20)
    assert hits[0].startswith("Fish, salmon")
    berries = [i for i, d in enumerate(hits) if d.startswith("Salmonberries")]
    assert not berries or berries[0] > berries_after


@pytest.mark.parametrize("query", ["", "   ", "!!!", '"', "milk\" OR x", "NEAR(", "*", "a AND"])
def test_odd_input_never_raises(food_db: Database, query: str) -> None:
    assert isinstance(svc.search(food_db, query), list)


def test_limit_and_refs(food_db: Database) -> None:
    hits = svc.search(food_db, "cheese", 3)
    assert len(hits) == 3
    assert all(h.source == "usda" and len(h.ref) == 5 and h.ref.isdigit() for h in hits)
    assert svc.search(food_db, "cheese", 0) == []


def test_logging_a_food_raises_its_rank(fresh_db: Database) -> None:
    before = descriptions(fresh_db, "milk", 20)
    target = "Milk, sheep, fluid"
    assert target in before and before.index(target) > 3
    patient = patient_svc.add_patient(fresh_db, patient_svc.parse_patient(
        {"name": "Pat", "sex": "female", "birth_date": "1950-01-01"}))
    assert patient.id is not None
    sheep = svc.resolve_food(fresh_db, "01109")
    item = meal_svc.parse_item(sheep, {"amount": "1", "unit": "cup"})
    for day in range(1, 9):
        meal_svc.log_meal(fresh_db, meal_svc.parse_meal(
            patient.id, {"date": D(2024, 3, day).isoformat(), "meal": MealKind.BREAKFAST}, [item]))
    after = descriptions(fresh_db, "milk", 20)
    assert after.index(target) < before.index(target)


def test_like_fallback_used_off_sqlite_finds_the_same_foods(food_db: Database) -> None:
    hits = store._search_like(food_db, ["sardine"], 5)
    sardines = "Fish, sardine, Atlantic, canned in oil, drained solids with bone"
    assert sardines in {h.description for h in hits}


# -- resolving what the user typed -----------------------------------------------------------
@pytest.mark.parametrize(("ref", "expected"), [
    ("01077", "Milk, whole, 3.25% milkfat, with added vitamin D"),
    ("1077", "Milk, whole, 3.25% milkfat, with added vitamin D"),
    ("kale, RAW", "Kale, raw"),
    ("kale raw", "Kale, raw"),
    ("Fish, sardine, Atlantic, canned in oil, drained solids with bone",
     "Fish, sardine, Atlantic, canned in oil, drained solids with bone"),
    ("sardine pacific", "Fish, sardine, Pacific, canned in tomato sauce, drained solids with bone"),
])
def test_resolve_food(food_db: Database, ref: str, expected: str) -> None:
    assert svc.resolve_food(food_db, ref).description == expected


def test_resolve_food_lists_candidates_when_ambiguous(food_db: Database) -> None:
    with pytest.raises(AmbiguousError) as info:
        svc.resolve_food(food_db, "milk")
    assert "01077 Milk, whole" in str(info.value) and str(info.value).startswith("food:")


@pytest.mark.parametrize("ref", ["xyzzyq", "C999999", "99999", ""])
def test_resolve_food_names_the_field_when_unknown(food_db: Database, ref: str) -> None:
    with pytest.raises(ValidationError) as info:
        svc.resolve_food(food_db, ref)
    assert info.value.errors[0].field == "food"


# -- custom foods ----------------------------------------------------------------------------
def test_custom_food_per_portion_is_stored_per_100g_and_logged_by_its_unit(fresh_db: Database) -> None:
    food = svc.parse_custom_food({"description": "Calcium chew", "basis": "portion",
                                  "portion_unit": "chew", "portion_grams": "5",
                                  "calcium_mg": "500", "vitamin_d_iu": "400", "kcal": "20"})
    saved = svc.add_custom_food(fresh_db, food)
    assert saved.per_100g.calcium_mg == pytest.approx(10_000)
    assert saved.per_100g.vitamin_k_mcg is None  # blank = unknown
    assert svc.resolve_food(fresh_db, svc.public_id(saved)).id == saved.id
    item = meal_svc.parse_item(saved, {"amount": "2", "unit": "chew"})
    assert item.grams == 10 and item.nutrients.calcium_mg == pytest.approx(1000)


@pytest.mark.parametrize(("raw", "field"), [
    ({"calcium_mg": "10"}, "description"),
    ({"description": "x", "calcium_mg": "-1"}, "calcium_mg"),
    ({"description": "x", "basis": "portion", "calcium_mg": "5"}, "portion_grams"),
    ({"description": "x", "portion_grams": "30"}, "portion_unit"),
    ({"description": "x", "basis": "per cup"}, "basis"),
    ({"description": "x", "basis": "portion", "portion_unit": "g", "portion_grams": "10",
      "kcal": "500"}, "kcal"),
])
def test_custom_food_errors_name_the_field(raw: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        svc.parse_custom_food(raw)
    assert field in {e.field for e in info.value.errors}


def test_favourites(fresh_db: Database) -> None:
    patient = patient_svc.add_patient(fresh_db, patient_svc.parse_patient(
        {"name": "Fav", "sex": "male", "birth_date": "1955-01-01"}))
    pid = PatientId(patient.id or 0)
    tofu = svc.resolve_food(fresh_db, "16426")
    assert tofu.id is not None
    svc.set_favourite(fresh_db, pid, tofu.id)
    svc.set_favourite(fresh_db, pid, tofu.id)  # twice is fine
    assert [h.ref for h in svc.favourites(fresh_db, pid)] == ["16426"]
    svc.set_favourite(fresh_db, pid, tofu.id, on=False)
    assert svc.favourites(fresh_db, pid) == []


# -- high-in lists ---------------------------------------------------------------------------
def test_high_in_calcium_names_everyday_foods(food_db: Database) -> None:
    rich = svc.high_in(food_db, "calcium_mg", 10)
    names = " | ".join(r.food.description for r in rich)
    for expected in ("sardine", "Yogurt", "Tofu", "Milk"):
        assert expected in names
    assert [r.amount for r in rich] == sorted((r.amount for r in rich), reverse=True)
    sardines = next(r for r in rich if "sardine" in r.food.description)
    assert sardines.portion.unit == "can (3.75 oz)" and sardines.amount == pytest.approx(351.44)
    assert "351 mg" in sardines.label()


@pytest.mark.parametrize("nutrient", ["calcium_mg", "vitamin_d_iu", "vitamin_k_mcg", "magnesium_mg",
                                      "potassium_mg", "protein_g"])
def test_high_in_whole_database_leaves_out_silly_entries(food_db: Database, nutrient: str) -> None:
    rich = svc.high_in(food_db, nutrient, 15, everyday=False)
    assert len(rich) == 15
    for r in rich:
        assert svc.everyday(r.food), r.food.description
        assert r.food.food_group not in {"Spices and Herbs", "Fats and Oils", "Baby Foods"}
        assert 15 <= r.portion.grams <= 250
    assert len({svc._name_key(r.food.description) for r in rich}) == len(rich)


def test_high_in_rejects_unknown_nutrient(food_db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        svc.high_in(food_db, "zinc_mg")
    assert info.value.errors[0].field == "nutrient"


def test_food_suggestions_have_the_plan_engine_shape(food_db: Database) -> None:
    suggestions = svc.food_suggestions(food_db, limit=3)
    assert set(suggestions) == {"protein_g", "calcium_mg", "vitamin_d_iu", "magnesium_mg",
                                "potassium_mg", "vitamin_k_mcg"}
    assert all(len(names) == 3 and all(isinstance(n, str) for n in names)
               for names in suggestions.values())


def test_everyday_lists_rank_every_nutrient_as_the_per_nutrient_query(fresh_db: Database) -> None:
    """The plan ranks the everyday foods for six nutrients from one query (start-up speed);
    that must give exactly the order the per-nutrient SQL ranking gives, custom and logged
    foods included, and a new custom food must show up at once."""
    patient = patient_svc.add_patient(fresh_db, patient_svc.parse_patient(
        {"name": "Pat", "sex": "female", "birth_date": "1950-01-01"}))
    assert patient.id is not None
    sheep = svc.resolve_food(fresh_db, "01109")  # not a curated everyday food: logged, so in
    meal_svc.log_meal(fresh_db, meal_svc.parse_meal(
        patient.id, {"date": D(2024, 3, 1).isoformat(), "meal": MealKind.BREAKFAST},
        [meal_svc.parse_item(sheep, {"amount": "1", "unit": "cup"})]))
    before = svc.high_in(fresh_db, "calcium_mg", 10)
    chew = svc.add_custom_food(fresh_db, svc.parse_custom_food(
        {"description": "Calcium chew", "basis": "portion", "portion_unit": "serving",
         "portion_grams": "20", "calcium_mg": "900", "kcal": "20"}))
    assert svc.high_in(fresh_db, "calcium_mg", 10)[0].food.id == chew.id
    assert chew.id not in {r.food.id for r in before}
    rows = svc._everyday_rows(fresh_db)
    assert sheep.id in {food.id for food, _ in rows}
    for nutrient in ("protein_g", "calcium_mg", "vitamin_d_iu", "magnesium_mg", "potassium_mg",
                     "vitamin_k_mcg"):
        with fresh_db.read() as s:
            by_sql = store.usual_portion_rows(
                s, nutrient, svc.USUAL_MIN_G, svc.USUAL_MAX_G, svc.USUAL_MAX_KCAL,
                svc.EXCLUDED_UNITS, svc.PREFERRED_UNITS, 800, everyday_only=True)
        assert svc._ranked(rows, nutrient) == by_sql, nutrient
        assert len(by_sql) >= 30  # a real ranking, not an empty list
