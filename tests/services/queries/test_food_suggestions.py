"""The plan's food suggestions are kept between sessions and recomputed when the foods change."""

from __future__ import annotations

import json

import pytest

from bonetracker.domain.records import MealKind
from bonetracker.services import foods as food_svc
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services.queries import food_suggestions as cached
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import settings as settings_repo
from tests.helpers.factories import D


def shortened(lists: dict[str, list[str]]) -> dict[str, list[str]]:
    """The raw ranking as the plan shows it: curated short names where there are some."""
    return {k: [cached.short_name(n) for n in v] for k, v in lists.items()}


@pytest.fixture
def db(seeded_db: Database) -> Database:
    cached._memory.clear()
    return seeded_db


def stored(db: Database) -> dict[str, object]:
    with db.read() as s:
        raw = settings_repo.get_value(s, cached.KEY)
    assert raw is not None
    data: dict[str, object] = json.loads(raw)
    return data


def test_lists_are_the_computed_ones_and_are_stored(db: Database) -> None:
    lists = cached.food_suggestions(db)
    assert lists == shortened(food_svc.food_suggestions(db))
    assert stored(db)["foods"] == lists


def test_a_new_session_reads_the_stored_lists_without_ranking(db: Database,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = cached.food_suggestions(db)
    cached._memory.clear()  # as a fresh process
    food_svc.forget_rankings(db)
    monkeypatch.setattr(food_svc, "food_suggestions", lambda *a: pytest.fail("ranked again"))
    assert cached.food_suggestions(db) == first


def test_a_new_custom_food_or_a_first_logged_food_recomputes(db: Database) -> None:
    before = cached.food_suggestions(db)
    chew = food_svc.add_custom_food(db, food_svc.parse_custom_food(
        {"description": "Calcium chew", "basis": "portion", "portion_unit": "serving",
         "portion_grams": "20", "calcium_mg": "900", "kcal": "20"}))
    after = cached.food_suggestions(db)
    assert after["calcium_mg"][0] == chew.description != before["calcium_mg"][0]

    patient = patient_svc.add_patient(db, patient_svc.parse_patient(
        {"name": "Pat", "sex": "female", "birth_date": "1950-01-01"}))
    assert patient.id is not None
    fingerprint = stored(db)["fingerprint"]
    sheep = food_svc.resolve_food(db, "01109")
    meal_svc.log_meal(db, meal_svc.parse_meal(
        patient.id, {"date": D(2024, 3, 1).isoformat(), "meal": MealKind.BREAKFAST},
        [meal_svc.parse_item(sheep, {"amount": "1", "unit": "cup"})]))
    cached.food_suggestions(db)
    assert stored(db)["fingerprint"] != fingerprint


@pytest.mark.parametrize("raw", ["not json", "[]", '{"foods": {}}', '{"fingerprint": "x"}',
                                 '{"fingerprint": "x", "foods": {"calcium_mg": [1, 2]}}'])
def test_a_damaged_stored_copy_is_replaced(db: Database, raw: str) -> None:
    with db.write() as s:
        settings_repo.set_value(s, cached.KEY, raw)
    assert cached.food_suggestions(db) == shortened(food_svc.food_suggestions(db))
    assert stored(db)["foods"] == shortened(food_svc.food_suggestions(db))



def test_the_plan_shows_short_readable_names() -> None:
    """Issue 15: 'Tofu, raw, firm, prepared with calcium sulfate, Milk, fluid, ...' read as one
    run-on list; the plan shows curated everyday names."""
    assert cached.short_name("Tofu, raw, firm, prepared with calcium sulfate") == "Firm tofu (calcium-set)"
    assert cached.short_name("Some food, not curated") == "Some food, not curated"
