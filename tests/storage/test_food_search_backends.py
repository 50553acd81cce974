"""Food search ranks the same on SQLite (FTS5) and PostgreSQL (food_search, migration 0003).

The ranking cases are tests/services/test_food_search.py's own tables, read from its parametrize
marks and run here through ``db`` (both backends), so the two never drift apart.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bonetracker.domain.records import Food, FoodPortion, MealKind, Nutrients
from bonetracker.services import foods as svc
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import foods as store
from tests.helpers.factories import D
from tests.services import test_food_search as unit


def cases(test: Callable[..., object]) -> list[tuple[Any, ...]]:
    """The parameter rows of one of the unit module's parametrized tests."""
    mark = next(m for m in getattr(test, "pytestmark", []) if m.name == "parametrize")
    return [row if isinstance(row, tuple) else (row,) for row in mark.args[1]]


@pytest.fixture
def seeded(db: Database) -> Iterator[Database]:
    svc.ready(db)
    yield db
    if not db.is_sqlite:  # the PostgreSQL database keeps its foods between tests: drop "logged" boosts
        with db.write() as s:
            s.execute(text("UPDATE food_search SET boost = '' WHERE prior <= 0 AND boost <> ''"))


def test_ranking_cases(seeded: Database) -> None:
    """Every ranking case of the unit tests, on this backend (one seeding for all of them)."""
    failures: list[str] = []

    def check(name: str, call: Callable[[], object]) -> None:
        try:
            call()
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")

    for query, top in cases(unit.test_common_whole_word_match_comes_first):
        check(f"top of {query!r}",
              lambda q=query, t=top: unit.test_common_whole_word_match_comes_first(seeded, q, t))
    check("plain milk first", lambda: unit.test_plain_milk_comes_before_milk_chocolate(seeded))
    for (query,) in cases(unit.test_yogurt_prefixes_find_plain_yogurt):
        check(f"yogurt {query!r}", lambda q=query: unit.test_yogurt_prefixes_find_plain_yogurt(seeded, q))
    for query, after in cases(unit.test_salmon_ranks_fish_before_salmonberries):
        check(f"salmon {query!r}",
              lambda q=query, a=after: unit.test_salmon_ranks_fish_before_salmonberries(seeded, q, a))
    for (query,) in cases(unit.test_odd_input_never_raises):
        check(f"odd {query!r}", lambda q=query: unit.test_odd_input_never_raises(seeded, q))
    check("limit and refs", lambda: unit.test_limit_and_refs(seeded))
    for ref, expected in cases(unit.test_resolve_food):
        check(f"resolve {ref!r}", lambda r=ref, e=expected: unit.test_resolve_food(seeded, r, e))
    assert not failures, "\n".join(failures)


def test_any_text_is_safe_in_the_query(seeded: Database) -> None:
    for query in ("ü", "_", "a_b", "milk_", "'", "\\", "&|!", "x:*", "ß" * 300, "crème brûlée",
                  "soy milk drink powder x y z w v", "\u0301", "0", "1 2"):
        assert isinstance(store.search(seeded, query, 5), list), query


def test_logging_a_food_raises_its_rank(seeded: Database) -> None:
    before = unit.descriptions(seeded, "milk", 20)
    target = "Milk, sheep, fluid"
    assert target in before and before.index(target) > 3
    patient = patient_svc.add_patient(seeded, patient_svc.parse_patient(
        {"name": "Pat", "sex": "female", "birth_date": "1950-01-01"}))
    assert patient.id is not None
    item = meal_svc.parse_item(svc.resolve_food(seeded, "01109"), {"amount": "1", "unit": "cup"})
    for day in range(1, 9):
        meal_svc.log_meal(seeded, meal_svc.parse_meal(
            patient.id, {"date": D(2024, 3, day).isoformat(), "meal": MealKind.BREAKFAST}, [item]))
    after = unit.descriptions(seeded, "milk", 20)
    assert after.index(target) < before.index(target)


def test_custom_foods_are_found_by_prefix_plural_and_without_accents(seeded: Database) -> None:
    food = Food(None, "Crème fraîche, homemade, with figs", "Custom foods", Nutrients(calcium_mg=90),
                source="custom", portions=(FoodPortion(1, "spoon", 15),))
    with seeded.write() as s:
        saved = store.add_food(s, food)
    for query in ("creme", "crème fraîche", "FRAICHE home", "fig", "figs", "homemade creme"):
        hits = store.search(seeded, query, 10)
        assert any(h.id == saved.id and h.ref == f"C{saved.id}" for h in hits), query
    with seeded.write() as s:  # the index follows a renamed food (an update trigger)
        s.execute(text("UPDATE foods SET description = 'Quark, plain' WHERE id = :id"), {"id": saved.id})
    assert [h.id for h in store.search(seeded, "quark", 10)] == [saved.id]


@pytest.mark.postgres
def test_migration_0003_indexes_foods_seeded_before_it(postgres_database: Database) -> None:
    """A clinic database seeded under 0002 (LIKE search) gets its foods indexed by 0003, and the
    staple priors back on the next start; downgrading removes everything 0003 made."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from bonetracker.storage.database import open_database
    from bonetracker.storage.migrate import alembic_config

    name = f"bonetracker_test_0003_{os.getpid()}"
    admin = create_engine(postgres_database.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_database.url).set(database=name).render_as_string(hide_password=False)
    try:
        database = open_database(url)
        svc.ready(database)
        with database.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0002")
        with database.engine.begin() as conn:
            assert conn.execute(text("SELECT to_regclass('food_search')")).scalar() is None
            assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'food_search%'")
                                ).scalar() == 0
            command.upgrade(alembic_config(conn), "head")
            assert conn.execute(text("SELECT count(*) FROM food_search")).scalar() == 8789
            store.ensure_search_index(conn)  # what the next start does
        assert store.search(database, "sardines", 1)[0].ref == "15088"
        database.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_second_seeding_of_the_same_foods_is_an_integrity_error(seeded: Database) -> None:
    """What ensure_food_database catches when another workstation seeded first (PostgreSQL
    seeds with COPY, whose driver error must surface as SQLAlchemy's IntegrityError)."""
    milk = next(f for f in store.read_foods(store.usda_dir()) if f["source_id"] == "01077")
    with pytest.raises(IntegrityError), seeded.write() as s:
        store.insert_foods(s.connection(), [milk])
    assert [h.ref for h in store.search(seeded, "milk", 1)] == ["01077"]  # nothing changed
