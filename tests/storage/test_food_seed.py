"""First-run seeding of the USDA SR28 food database: complete, idempotent, fast, searchable."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bonetracker.domain.records import Food, FoodPortion, Nutrients
from bonetracker.storage.database import Database, open_database
from bonetracker.storage.models import FoodPortionRow, FoodRow, SettingRow
from bonetracker.storage.repositories import foods as store

SR28_FOODS = 8789
SR28_PORTIONS = 15438


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        foods = s.scalar(select(func.count()).select_from(FoodRow).where(FoodRow.source == "usda"))
        portions = s.scalar(select(func.count()).select_from(FoodPortionRow))
    return int(foods or 0), int(portions or 0)


def test_seeding_loads_every_food_and_portion_once(db: Database) -> None:
    start = time.perf_counter()
    first = store.ensure_food_database(db)
    elapsed = time.perf_counter() - start
    print(f"\nseeding SR28 on {db.engine.dialect.name}: {elapsed:.3f} s")  # measured, not asserted
    assert _counts(db) == (SR28_FOODS, SR28_PORTIONS)
    assert first.seeded or first.foods == 0  # PostgreSQL keeps the foods between tests
    again = store.ensure_food_database(db)
    assert not again.seeded
    assert _counts(db) == (SR28_FOODS, SR28_PORTIONS)


def test_seeding_is_idempotent_across_connections(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    first = open_database(url)
    try:
        assert store.ensure_food_database(first).seeded
    finally:
        first.close()
    second = open_database(url)  # a new process/workstation: no in-memory "done" flag
    try:
        report = store.ensure_food_database(second)
        assert not report.seeded
        assert _counts(second) == (SR28_FOODS, SR28_PORTIONS)
        with second.read() as s:
            assert s.scalar(select(SettingRow.value).where(SettingRow.key == store.SETTINGS_KEY))
    finally:
        second.close()


def test_blank_cells_are_unknown_not_zero(db: Database) -> None:
    store.ensure_food_database(db)
    with db.read() as s:
        salmon = store.find_by_source_id(s, "15076")
        kale = store.find_by_source_id(s, "11233")
    assert salmon is not None and kale is not None
    assert salmon.per_100g.vitamin_d_iu is None and salmon.per_100g.vitamin_k_mcg is None
    assert kale.per_100g.vitamin_d_iu == 0.0 and kale.per_100g.vitamin_k_mcg == pytest.approx(704.8)
    assert [(p.amount, p.unit, p.grams) for p in salmon.portions] == [(3, "oz", 85), (0.5, "fillet", 198)]


def test_custom_food_is_searchable_by_any_word(db: Database) -> None:
    store.ensure_food_database(db)
    food = Food(None, "Grandma's kale soup", "Custom foods", Nutrients(calcium_mg=80),
                source="custom", portions=(FoodPortion(1, "bowl", 300),))
    with db.write() as s:
        saved = store.add_food(s, food)
    assert saved.id is not None
    hits = store.search(db, "kale", 10) + store.search(db, "grandma soup", 10)
    mine = [h for h in hits if h.description == "Grandma's kale soup"]
    assert mine and mine[0].ref == f"C{saved.id}" and mine[0].source == "custom"


@pytest.mark.parametrize("damage", [
    "DROP TRIGGER foods_fts_insert",
    "DELETE FROM food_fts WHERE rowid IN (SELECT id FROM foods WHERE source_id = '15088')",
])
def test_search_index_heals_itself(db_path: Path, damage: str) -> None:
    url = f"sqlite:///{db_path}"
    database = open_database(url)
    store.ensure_food_database(database)
    with database.write() as s:
        s.execute(text(damage))
        s.execute(text("INSERT INTO foods (source, description, food_group) "
                       "VALUES ('custom', 'Sardine paste', 'Custom foods')"))
    database.close()
    database = open_database(url)  # a later start repairs the index
    try:
        store.ensure_food_database(database)
        found = {h.description for h in store.search(database, "sardine", 10)}
        assert {"Sardine paste", "Fish, sardine, Atlantic, canned in oil, drained solids with bone"} <= found
    finally:
        database.close()


def test_migration_creates_search_index_on_an_empty_database(db_path: Path) -> None:
    database = open_database(f"sqlite:///{db_path}")
    try:
        with database.read() as s:
            names = set(s.scalars(text("SELECT name FROM sqlite_master")))
        assert {"food_fts", "foods_fts_insert", "ix_meal_items_food_id"} <= names
        assert store.search(database, "milk") == []  # nothing seeded yet, and no error
    finally:
        database.close()


def test_migration_down_and_up_again_keeps_search_ranking(db_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from bonetracker.storage.migrate import alembic_config

    url = f"sqlite:///{db_path}"
    database = open_database(url)
    store.ensure_food_database(database)
    database.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    database = open_database(url)
    try:
        assert not store.ensure_food_database(database).seeded
        assert store.search(database, "sardines", 1)[0].ref == "15088"  # staple priors restored
    finally:
        database.close()
