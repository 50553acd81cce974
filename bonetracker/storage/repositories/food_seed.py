"""First-run seeding of the USDA SR28 food database, and the start-up repair of its search index.

Seeding is a separate idempotent step (:func:`ensure_food_database`), not part of migration 0002:
24k rows take ~0.3 s, which every test's fresh database would otherwise pay. Food services and
the GUI call it lazily; it runs once per database and is skipped when the settings key is set.
The search index it fills and repairs is described in :mod:`bonetracker.storage.repositories.food_search`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError, OperationalError

from bonetracker.domain.records import NUTRIENT_FIELDS
from bonetracker.resources import resource_path
from bonetracker.storage.database import Database
from bonetracker.storage.models import FoodPortionRow, FoodRow, SettingRow
from bonetracker.storage.repositories.food_search import (
    FILL_FTS,
    FTS_DDL,
    PG_FILL,
    RANK_DDL,
    SEARCH_TABLES,
    TRIGGERS_DDL,
    boost_text,
)

SETTINGS_KEY = "food_database.usda_sr28"
USDA_DIR = "usda-sr28"
FOODS_CSV = "foods_compact.csv"
PORTIONS_CSV = "portions_compact.csv"
COMMON_CSV = "common_foods.csv"
SHORT_NAMES_CSV = "short_names.csv"

_READY: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class SeedReport:
    seeded: bool
    foods: int
    portions: int
    seconds: float


def usda_dir() -> Path:
    return resource_path(USDA_DIR)


def _num(text: str) -> float | None:
    return float(text) if text.strip() else None  # blank = unknown, never zero


def read_foods(folder: Path) -> list[dict[str, object]]:
    with (folder / FOODS_CSV).open(newline="", encoding="utf-8") as fh:
        return [{"source": "usda", "source_id": r["fdc_or_ndb_id"], "description": r["description"],
                 "food_group": r["food_group"], **{n: _num(r[n]) for n in NUTRIENT_FIELDS}}
                for r in csv.DictReader(fh)]


def read_portions(folder: Path) -> list[tuple[str, float, str, float]]:
    with (folder / PORTIONS_CSV).open(newline="", encoding="utf-8") as fh:
        return [(r["id"], float(r["amount"]), r["unit_description"], float(r["grams"]))
                for r in csv.DictReader(fh)]


def read_common(folder: Path) -> dict[str, float]:
    """NDB number -> search prior of the curated everyday foods (see docs/food-data.md)."""
    path = folder / COMMON_CSV
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["ndb_id"]: float(r["prior"]) for r in rows}


def read_short_names(folder: Path) -> dict[str, str]:
    """USDA description -> the curated short name the plan shows (see docs/food-data.md)."""
    path = folder / SHORT_NAMES_CSV
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["description"]: r["short_name"] for r in rows}


def file_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in (FOODS_CSV, PORTIONS_CSV):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def _usda_ids(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(FoodRow.source_id, FoodRow.id).where(FoodRow.source == "usda"))
    return {sid: fid for sid, fid in rows if sid is not None}


def _insert_many(conn: Connection, table: str, columns: list[str],
                 rows: Sequence[tuple[object, ...]]) -> None:
    """executemany straight through the driver on SQLite (5x faster than Core dicts for 24k
    rows), COPY on PostgreSQL (one statement, so food_search's statement trigger runs once, not
    per row: 0.3 s instead of 0.9 s for SR28), a Core insert elsewhere."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    elif conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        driver = conn.connection.driver_connection  # the transaction's own connection
        assert driver is not None
        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        try:
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except conn.dialect.loaded_dbapi.IntegrityError as exc:  # as SQLAlchemy would raise it
            raise IntegrityError(statement, None, exc) from exc
    else:
        model = FoodRow if table == "foods" else FoodPortionRow
        conn.execute(insert(model), [dict(zip(columns, r, strict=True)) for r in rows])


def insert_portions(conn: Connection, ids: dict[str, int],
                    portions: Iterable[tuple[str, float, str, float]]) -> int:
    rows = [(ids[sid], amount, unit, grams) for sid, amount, unit, grams in portions if sid in ids]
    _insert_many(conn, "food_portions", ["food_id", "amount", "unit", "grams"], rows)
    return len(rows)


def apply_common_priors(conn: Connection, folder: Path) -> None:
    if conn.dialect.name not in SEARCH_TABLES:
        return
    table, key = SEARCH_TABLES[conn.dialect.name]
    common = read_common(folder)
    query = select(FoodRow.id, FoodRow.source_id, FoodRow.description).where(
        FoodRow.source == "usda", FoodRow.source_id.in_(list(common)))
    rows = [{"prior": common[sid], "boost": boost_text(desc), "id": fid}
            for fid, sid, desc in conn.execute(query) if sid]
    if rows:
        conn.execute(sql_text(f"UPDATE {table} SET prior = :prior, boost = :boost WHERE {key} = :id"), rows)


def insert_foods(conn: Connection, foods: list[dict[str, object]]) -> None:
    """Insert food rows; on SQLite the FTS index is filled in one statement afterwards instead
    of by the per-row trigger (0.07 s instead of 0.3 s for SR28)."""
    columns = ["source", "source_id", "description", "food_group", *NUTRIENT_FIELDS]
    rows = [tuple(f[c] for c in columns) for f in foods]
    if conn.dialect.name != "sqlite":
        _insert_many(conn, "foods", columns, rows)
        return
    conn.exec_driver_sql(FTS_DDL)
    first = (conn.exec_driver_sql("SELECT max(id) FROM foods").scalar() or 0) + 1
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS foods_fts_insert")
    _insert_many(conn, "foods", columns, rows)
    conn.exec_driver_sql(FILL_FTS + " WHERE id >= ?", (first,))
    conn.exec_driver_sql(TRIGGERS_DDL[0])


def seed_usda(conn: Connection, folder: Path | None = None) -> tuple[int, int]:
    """Bulk-insert the SR28 foods and portions in the caller's transaction; (foods, portions)."""
    folder = folder or usda_dir()
    foods = read_foods(folder)
    insert_foods(conn, foods)
    ids = _usda_ids(conn)
    portions = insert_portions(conn, ids, read_portions(folder))
    apply_common_priors(conn, folder)
    value = {"foods": len(foods), "portions": portions, "sha256": file_digest(folder)}
    conn.execute(insert(SettingRow), [{"key": SETTINGS_KEY, "value": json.dumps(value)}])
    return len(foods), portions


def is_seeded(conn: Connection) -> bool:
    if conn.execute(select(SettingRow.key).where(SettingRow.key == SETTINGS_KEY)).first():
        return True
    return conn.execute(select(FoodRow.id).where(FoodRow.source == "usda").limit(1)).first() is not None


def has_foods(db: Database) -> bool:
    """Whether the food database is seeded, read without writing anything."""
    with db.read() as s:
        return is_seeded(s.connection())


def ensure_search_index(conn: Connection) -> None:
    """Recreate the FTS table and triggers if a later table rebuild dropped them, refill the
    index when its row count disagrees with ``foods`` and restore lost staple priors (cheap).

    On PostgreSQL (migration 0003's ``food_search``) only missing rows and priors are restored:
    ALTER TABLE there never drops triggers.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sql_text(PG_FILL))
        if not conn.execute(sql_text("SELECT 1 FROM food_search WHERE prior > 0 LIMIT 1")).first():
            apply_common_priors(conn, usda_dir())  # 0003 fills the index without the CSVs
        return
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(FTS_DDL)
    conn.exec_driver_sql(RANK_DDL)
    for ddl in TRIGGERS_DDL:
        conn.exec_driver_sql(ddl)
    indexed = conn.exec_driver_sql("SELECT count(*) FROM food_fts").scalar()
    if indexed != conn.execute(select(func.count()).select_from(FoodRow)).scalar():
        conn.exec_driver_sql("DELETE FROM food_fts")
        conn.exec_driver_sql(FILL_FTS)
    if not conn.exec_driver_sql("SELECT 1 FROM food_fts WHERE prior > 0 LIMIT 1").first():
        apply_common_priors(conn, usda_dir())  # rebuilt by migration 0002, which has no CSVs


def ensure_food_database(db: Database, folder: Path | None = None) -> SeedReport:
    """Seed SR28 once per database (idempotent, safe when two workstations race)."""
    if _READY.get(db.engine):
        return SeedReport(False, 0, 0, 0.0)
    start = time.perf_counter()
    seeded, counts = False, (0, 0)
    try:
        with db.write() as s:
            conn = s.connection()
            if not is_seeded(conn):
                counts, seeded = seed_usda(conn, folder), True
            ensure_search_index(conn)
    except IntegrityError:  # another workstation seeded it between our check and our insert
        with db.read() as s:
            if not is_seeded(s.connection()):
                raise
    except OperationalError:  # a read-only file or a full disk: the seeded foods still serve reads
        if not has_foods(db):
            raise
    _READY[db.engine] = True
    return SeedReport(seeded, counts[0], counts[1], time.perf_counter() - start)
