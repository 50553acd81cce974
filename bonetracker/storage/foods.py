"""The food database: first-run seeding of USDA SR28, full-text search, foods and favourites.

Seeding is a separate idempotent step (:func:`ensure_food_database`), not part of migration 0002:
24k rows take ~0.3 s, which every test's fresh database would otherwise pay. Food services and
the GUI call it lazily; it runs once per database and is skipped when the settings key is set.

Search on SQLite uses the FTS5 table ``food_fts`` (migration 0002), on PostgreSQL the full-text
table ``food_search`` (migration 0003: a weighted tsvector with a GIN index); triggers on
``foods`` keep both in sync. Both pick their best candidates by relevance (bm25 or ts_rank) and
re-score them with the same SQL (:func:`ranked_sql`), so a query ranks foods the same way on
either database. Any other database falls back to a portable LIKE search.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import time
import unicodedata
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Connection, Engine, case, func, insert, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.records import NUTRIENT_FIELDS, Food, FoodId, FoodPortion, Nutrients
from bonetracker.resources import resource_path
from bonetracker.storage.database import Database
from bonetracker.storage.models import FavouriteFoodRow, FoodPortionRow, FoodRow, MealItemRow, SettingRow
from bonetracker.storage.repositories.rows import get_row

SETTINGS_KEY = "food_database.usda_sr28"
USDA_DIR = "usda-sr28"
FOODS_CSV = "foods_compact.csv"
PORTIONS_CSV = "portions_compact.csv"
COMMON_CSV = "common_foods.csv"
MAX_TOKENS = 8

# food_fts columns: ``head`` is the first comma-separated segment ("Milk"), weighted 3x by bm25;
# ``body`` the rest; ``boost`` (weighted 60x) repeats the first two segments of foods people
# commonly mean: the curated staples of common_foods.csv, custom foods and any food once logged.
# That keeps them in the bm25 top candidates. ``prior`` adds a static rank bonus (staples up,
# custom foods up, baby and fast foods down).
PRIOR_SQL = ("CASE WHEN new.source = 'custom' THEN 3.0 "
             "WHEN new.food_group = 'Baby Foods' THEN -2.0 "
             "WHEN new.food_group IN ('Fast Foods', 'Restaurant Foods') THEN -1.0 ELSE 0.0 END")
BOOST_SQL = "CASE WHEN new.source = 'custom' THEN new.description ELSE '' END"
HEAD_SQL = "lower(substr(new.description, 1, instr(new.description || ',', ',') - 1))"
BODY_SQL = "lower(ltrim(substr(new.description, instr(new.description || ',', ',') + 1)))"
FTS_DDL = ("CREATE VIRTUAL TABLE IF NOT EXISTS food_fts USING fts5(head, body, boost, prior UNINDEXED, "
           "prefix='1 2 3', tokenize='porter unicode61 remove_diacritics 2')")
RANK_DDL = "INSERT INTO food_fts(food_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0, 60.0, 0.0)')"
FTS_VALUES = f"{HEAD_SQL}, {BODY_SQL}, {BOOST_SQL}, {PRIOR_SQL}"
TRIGGERS_DDL = (
    "CREATE TRIGGER IF NOT EXISTS foods_fts_insert AFTER INSERT ON foods BEGIN "
    f"INSERT INTO food_fts(rowid, head, body, boost, prior) VALUES (new.id, {FTS_VALUES}); END",
    "CREATE TRIGGER IF NOT EXISTS foods_fts_update AFTER UPDATE OF description ON foods BEGIN "
    f"UPDATE food_fts SET head = {HEAD_SQL}, body = {BODY_SQL} WHERE rowid = new.id; END",
    "CREATE TRIGGER IF NOT EXISTS foods_fts_delete AFTER DELETE ON foods BEGIN "
    "DELETE FROM food_fts WHERE rowid = old.id; END",
)
FILL_FTS = ("INSERT INTO food_fts(rowid, head, body, boost, prior) SELECT id, "
            + FTS_VALUES.replace("new.", "") + " FROM foods")
CANDIDATES = 15
# The search table and its key per database: ``boost`` and ``prior`` are updated by food id.
SEARCH_TABLES = {"sqlite": ("food_fts", "rowid"), "postgresql": ("food_search", "food_id")}
# PostgreSQL's food_search, filled like migration 0003's triggers (for repairs only).
PG_FILL = (
    "INSERT INTO food_search (food_id, head, body, boost, prior) SELECT id, "
    "lower(split_part(description, ',', 1)), "
    "lower(ltrim(substr(description, length(split_part(description, ',', 1)) + 2))), "
    + BOOST_SQL.replace("new.", "") + ", " + PRIOR_SQL.replace("new.", "")
    + " FROM foods WHERE id NOT IN (SELECT food_id FROM food_search) ON CONFLICT DO NOTHING")

_READY: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


class FoodHit(NamedTuple):
    """A search or quick-add result: enough to show and pick a food (a NamedTuple because a
    keystroke builds 15 of them and tuples are several times cheaper than frozen dataclasses)."""

    id: FoodId
    ref: str
    description: str
    food_group: str
    source: str


@dataclass(frozen=True)
class SeedReport:
    seeded: bool
    foods: int
    portions: int
    seconds: float


def public_food_id(source: str, source_id: str | None, food_id: int) -> str:
    """The id users see and type: the NDB number for USDA foods, ``C<id>`` for custom foods."""
    return source_id if source == "usda" and source_id else f"C{food_id}"


# -- seeding ---------------------------------------------------------------------------------
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


def boost_text(description: str) -> str:
    """The first two segments ("Fish, salmon"): what people type for a food they mean."""
    return ", ".join(description.split(",")[:2])


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


def mark_logged(conn: Connection, food_ids: Iterable[int]) -> None:
    """Give foods that were just logged a search boost (once: later logs only add popularity)."""
    ids = set(food_ids)
    if conn.dialect.name not in SEARCH_TABLES or not ids:
        return
    table, key = SEARCH_TABLES[conn.dialect.name]
    described = conn.execute(select(FoodRow.id, FoodRow.description).where(FoodRow.id.in_(ids)))
    rows = [{"boost": boost_text(desc), "id": fid} for fid, desc in described]
    if rows:
        conn.execute(sql_text(f"UPDATE {table} SET boost = :boost WHERE {key} = :id AND boost = ''"),
                     rows)


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
    _READY[db.engine] = True
    return SeedReport(seeded, counts[0], counts[1], time.perf_counter() - start)


# -- search ----------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())[:MAX_TOKENS]


def fts_query(words: list[str]) -> str:
    """Every word as a quoted prefix ("sardi"* matches sardines, with the porter stemmer
    "sardines" too); two or three words also match written as one ("soy milk": "Soymilk")."""
    query = " ".join(f'"{w}"*' for w in words)
    if 1 < len(words) <= 3:
        query = f'({query}) OR "{"".join(words)}"*'
    return query


def word_forms(word: str) -> list[str]:
    """Four singular/plural spellings to compare with whole segments ("Nuts, almonds")."""
    forms = {word, word + "s", word + "es", word[:-1] if word.endswith("s") else word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith("es"):
        forms.add(word[:-2])
    return (sorted(forms) + [word] * 4)[:4]


def ts_query(words: list[str]) -> str:
    """The PostgreSQL twin of :func:`fts_query`, as a tsquery literal for food_search: every word
    as prefixes of its singular forms ('sardine':* also finds "sardines"; the index has no
    stemmer), all words required, two or three also matching as one word ('soymilk':*).

    Words are folded like migration 0003 folds the document (lower case, no accents, ``_``
    splits), and quoted, so nothing the user types can be tsquery syntax.
    """
    terms: list[str] = []
    for word in words:
        for part in _fold(word).split("_"):
            if part:
                terms.append("(" + " | ".join(f"'{f}':*" for f in _prefix_forms(part)) + ")")
    if not terms:
        return ""
    query = " & ".join(terms)
    joined = _fold("".join(words)).replace("_", "")
    if 1 < len(words) <= 3 and joined:
        query = f"({query}) | '{joined}':*"
    return query


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("ø", "o").replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _prefix_forms(word: str) -> list[str]:
    """The word and its singular stems, the shortest enough as a prefix ("tomato" for
    "tomatoes"), and for a consonant + y the stem of its plural ("cherri" finds "cherries")."""
    forms = {word}
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiouy":
        forms.add(word[:-1] + "i")
    if len(word) > 3 and word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if len(word) > 2 and word.endswith("es"):
        forms.add(word[:-2])
    if len(word) > 1 and word.endswith("s"):
        forms.add(word[:-1])
    return sorted(f for f in forms if not any(f != g and f.startswith(g) for g in forms))


# Ranking, lower is better: half the relevance of the full-text match (FTS5's bm25, negative; on
# PostgreSQL -PG_RANK_SCALE times ts_rank, on about the same scale), minus the stored prior,
# minus boosts for the first segment being the word ("Milk, ..."; 6) or starting with it (3),
# the second segment being it ("Nuts, almonds"; 4), a common form (raw, whole, fluid, plain;
# 1.5), plus 0.03 per character, minus 0.5 per time the food was logged (at most 4). Only the
# best :k candidates by relevance are re-scored, so a keystroke costs little more than a bare
# full-text query (benchmarks/food_search_bench.py). head/body are stored lower-case and the
# patterns come precomputed (:s1.. = ", almonds,") because string work per row is the cost.
# ``{pos}`` is the dialect's substring position function and ``{least}`` its two-argument min.
RANKED_SQL = """
SELECT c.id, CASE WHEN f.source = 'usda' AND f.source_id IS NOT NULL THEN f.source_id
                 ELSE 'C' || c.id END, f.description, f.food_group, f.source, 0.5 * c.r - c.p
    - CASE WHEN c.h IN (:f1, :f2, :f3, :f4) THEN 6.0 WHEN substr(c.h, 1, :n) = :head THEN 3.0
           ELSE 0 END
    - CASE WHEN {pos}(c.b, :s1) = 1 OR {pos}(c.b, :s2) = 1 OR {pos}(c.b, :s3) = 1
             OR {pos}(c.b, :s4) = 1 THEN 4.0 ELSE 0 END
    - CASE WHEN {pos}(c.b, ', raw,') > 0 OR {pos}(c.b, ', whole,') > 0
             OR {pos}(c.b, ', fluid,') > 0 OR {pos}(c.b, ', plain,') > 0 THEN 1.5 ELSE 0 END
    + 0.03 * length(f.description)
    - 0.5 * {least}((SELECT count(*) FROM meal_items mi WHERE mi.food_id = c.id), 8) AS score
FROM ({candidates}) c
JOIN foods f ON f.id = c.id
ORDER BY score, length(f.description), c.id LIMIT :limit
"""
# Candidates: id, head (h), ", body," (b), prior (p) and relevance (r, lower is better).
FTS5_CANDIDATES = """SELECT rowid AS id, head AS h, ', ' || body || ',' AS b, prior AS p, rank AS r
      FROM food_fts WHERE food_fts MATCH :q ORDER BY rank LIMIT :k"""
# ts_rank weights {D, C, B, A} for body D, head B and boost A play bm25's column weights (1, 3,
# 60), normalisation 16 (divided by 1 + log of the number of words) its length penalty; with the
# scale, the re-scoring orders the foods of 51 sample queries as on SQLite: the same first hit for
# all, the same top five for 39 (the rest swap neighbours of almost equal score).
PG_RANK_WEIGHTS = "{0.1, 0.2, 0.3, 1.0}"
PG_RANK_SCALE = 20.0
PG_CANDIDATES = f"""SELECT s.food_id AS id, s.head AS h, ', ' || s.body || ',' AS b, s.prior AS p,
             -{PG_RANK_SCALE} * ts_rank('{PG_RANK_WEIGHTS}', s.document, q.query, 16) AS r
      FROM food_search s CROSS JOIN (SELECT CAST(:q AS tsquery) AS query) q
      WHERE s.document @@ q.query ORDER BY r, s.food_id LIMIT :k"""


def ranked_sql(dialect: str) -> str:
    """The search statement for ``dialect``: its candidates, the shared re-scoring."""
    if dialect == "sqlite":
        return RANKED_SQL.format(candidates=FTS5_CANDIDATES, pos="instr", least="min")
    return RANKED_SQL.format(candidates=PG_CANDIDATES, pos="strpos", least="LEAST")


SEARCH_SQL = ranked_sql("sqlite")
PG_SEARCH_SQL = ranked_sql("postgresql")


def rank_params(words: list[str], limit: int) -> dict[str, object]:
    """The re-scoring's parameters (the first word's forms and segment patterns)."""
    params: dict[str, object] = {"head": words[0], "n": len(words[0]),
                                 "k": max(CANDIDATES, limit), "limit": limit}
    for i, form in enumerate(word_forms(words[0]), 1):
        params[f"f{i}"], params[f"s{i}"] = form, f", {form},"
    return params


def search(db: Database, text: str, limit: int = 20) -> list[FoodHit]:
    """Foods matching every typed word (as prefixes), best first; [] for blank text."""
    words = tokens(text)
    if not words or limit <= 0:
        return []
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        params = {**rank_params(words, limit), "q": ts_query(words)}
        if not params["q"]:
            return []
        with db.engine.connect() as conn:
            found = conn.execute(sql_text(PG_SEARCH_SQL), params).all()
        return [FoodHit(*row[:5]) for row in found]
    if dialect != "sqlite":
        return _search_like(db, words, limit)
    params = {**rank_params(words, limit), "q": fts_query(words)}
    # A pooled DBAPI connection, not a Session: a keystroke should cost the query, not the ORM.
    raw = db.engine.raw_connection()
    try:
        assert raw.driver_connection is not None
        rows = raw.driver_connection.execute(SEARCH_SQL, params).fetchall()
    finally:
        raw.close()
    return [FoodHit(*row[:5]) for row in rows]  # the ref is public_food_id(), computed in SQL


def _search_like(db: Database, words: list[str], limit: int) -> list[FoodHit]:
    """Portable fallback for databases without a full-text path: every word as a substring;
    descriptions starting with the first word, then shorter ones, first."""
    desc = func.lower(FoodRow.description)
    query = select(FoodRow).where(*[desc.contains(w, autoescape=True) for w in words]).order_by(
        desc.startswith(words[0], autoescape=True).desc(), func.length(desc), FoodRow.id)
    with db.read() as s:
        return [_row_hit(row) for row in s.scalars(query.limit(limit))]


# -- repositories ----------------------------------------------------------------------------
def to_domain(row: FoodRow) -> Food:
    portions = tuple(FoodPortion(p.amount, p.unit, p.grams, p.id)
                     for p in sorted(row.portions, key=lambda p: p.id))
    return Food(FoodId(row.id), row.description, row.food_group,
                Nutrients(**{n: getattr(row, n) for n in NUTRIENT_FIELDS}), row.source,
                row.source_id, portions)


def hit(food: Food) -> FoodHit:
    assert food.id is not None
    return FoodHit(food.id, public_food_id(food.source, food.source_id, food.id),
                   food.description, food.food_group, food.source)


def _row_hit(row: FoodRow) -> FoodHit:  # no portions loaded: one query for a whole list
    return FoodHit(FoodId(row.id), public_food_id(row.source, row.source_id, row.id),
                   row.description, row.food_group, row.source)


def get_food(session: Session, food_id: int) -> Food:
    row = get_row(session, FoodRow, food_id, options=[selectinload(FoodRow.portions)])
    if row is None:
        raise NotFoundError(f"No food with id {food_id}.")
    return to_domain(row)


def find_by_source_id(session: Session, source_id: str) -> Food | None:
    row = session.scalars(select(FoodRow).where(FoodRow.source_id == source_id)).first()
    return None if row is None else to_domain(row)


def find_by_description(session: Session, text: str) -> list[Food]:
    """Foods whose description equals ``text`` ignoring case (usually one)."""
    query = select(FoodRow).where(func.lower(FoodRow.description) == text.strip().lower())
    return [to_domain(r) for r in session.scalars(query.order_by(FoodRow.id).limit(20))]


def add_food(session: Session, food: Food) -> Food:
    """Insert a (custom) food with its portions; the FTS trigger indexes it."""
    row = FoodRow(source=food.source, source_id=food.source_id, description=food.description,
                  food_group=food.food_group,
                  **{n: getattr(food.per_100g, n) for n in NUTRIENT_FIELDS})
    row.portions = [FoodPortionRow(amount=p.amount, unit=p.unit, grams=p.grams)
                    for p in food.portions]
    session.add(row)
    session.flush()
    return to_domain(row)


def set_favourite(session: Session, patient_id: int, food_id: int, on: bool) -> None:
    row = session.get(FavouriteFoodRow, (patient_id, food_id))
    if on and row is None:
        session.add(FavouriteFoodRow(patient_id=patient_id, food_id=food_id))
    elif not on and row is not None:
        session.delete(row)
    session.flush()


def favourites(session: Session, patient_id: int) -> list[FoodHit]:
    query = (select(FoodRow).join(FavouriteFoodRow, FavouriteFoodRow.food_id == FoodRow.id)
             .where(FavouriteFoodRow.patient_id == patient_id).order_by(FoodRow.description))
    return [_row_hit(r) for r in session.scalars(query)]


def usual_portion_rows(session: Session, nutrient: str, min_g: float, max_g: float, max_kcal: float,
                       excluded_units: Iterable[str], preferred: Iterable[str], limit: int,
                       everyday_only: bool = False) -> list[tuple[Food, FoodPortion]]:
    """Foods with the most ``nutrient`` in their usual portion, richest first.

    The usual portion is a household measure weighing ``min_g``..``max_g`` g and giving at
    most ``max_kcal``, whose unit matches none of ``excluded_units`` (LIKE patterns); among
    those, the one matching the earliest ``preferred`` pattern, then the first listed.
    ``everyday_only`` keeps the curated everyday foods, custom foods and foods ever logged.
    """
    if nutrient not in NUTRIENT_FIELDS:
        raise ValueError(f"unknown nutrient {nutrient!r}")
    unit = func.lower(FoodPortionRow.unit)
    order = list(preferred)
    rank = case(*[(unit.like(pattern), i) for i, pattern in enumerate(order)], else_=len(order))
    usual = (select(FoodPortionRow.id)
             .where(FoodPortionRow.food_id == FoodRow.id, FoodPortionRow.grams.between(min_g, max_g),
                    func.coalesce(FoodRow.kcal, 0) * FoodPortionRow.grams <= max_kcal * 100,
                    *[unit.not_like(pattern) for pattern in excluded_units])
             .order_by(rank, FoodPortionRow.id).limit(1).correlate(FoodRow).scalar_subquery())
    amount = getattr(FoodRow, nutrient) * FoodPortionRow.grams  # the measure as SR28 defines it
    query = (select(FoodRow, FoodPortionRow).join(FoodPortionRow, FoodPortionRow.id == usual)
             .where(getattr(FoodRow, nutrient) > 0)
             .order_by(amount.desc(), FoodRow.id).limit(limit))  # ids break ties the same everywhere
    if everyday_only:
        query = query.where(or_(FoodRow.source_id.in_(list(read_common(usda_dir()))),
                                FoodRow.source == "custom",
                                FoodRow.id.in_(select(MealItemRow.food_id))))
    return [(to_domain(f), FoodPortion(p.amount, p.unit, p.grams, p.id))
            for f, p in session.execute(query.options(selectinload(FoodRow.portions)))]
