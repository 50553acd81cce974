"""Food search: the full-text index's DDL, query building and ranking, and the search itself.

Search on SQLite uses the FTS5 table ``food_fts`` (migration 0002), on PostgreSQL the full-text
table ``food_search`` (migration 0003: a weighted tsvector with a GIN index); triggers on
``foods`` keep both in sync. Both pick their best candidates by relevance (bm25 or ts_rank) and
re-score them with the same SQL (:func:`ranked_sql`), so a query ranks foods the same way on
either database. Any other database falls back to a portable LIKE search. Seeding and the
start-up repair of the index live in :mod:`bonetracker.storage.repositories.food_seed`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from bonetracker.domain.records import FoodHit as FoodHit  # the record a search returns
from bonetracker.domain.records import FoodId
from bonetracker.storage.database import Database
from bonetracker.storage.models import FoodRow

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


def public_food_id(source: str, source_id: str | None, food_id: int) -> str:
    """The id users see and type: the NDB number for USDA foods, ``C<id>`` for custom foods."""
    return source_id if source == "usda" and source_id else f"C{food_id}"


def row_hit(row: FoodRow) -> FoodHit:  # no portions loaded: one query for a whole list
    return FoodHit(FoodId(row.id), public_food_id(row.source, row.source_id, row.id),
                   row.description, row.food_group, row.source)


def boost_text(description: str) -> str:
    """The first two segments ("Fish, salmon"): what people type for a food they mean."""
    return ", ".join(description.split(",")[:2])


def mark_logged(unit: Session | Connection, food_ids: Iterable[int]) -> None:
    """Give foods that were just logged a search boost (once: later logs only add popularity),
    in the caller's unit of work (a Session, or a Connection inside one)."""
    conn = unit.connection() if isinstance(unit, Session) else unit
    ids = set(food_ids)
    if conn.dialect.name not in SEARCH_TABLES or not ids:
        return
    table, key = SEARCH_TABLES[conn.dialect.name]
    described = conn.execute(select(FoodRow.id, FoodRow.description).where(FoodRow.id.in_(ids)))
    rows = [{"boost": boost_text(desc), "id": fid} for fid, desc in described]
    if rows:
        conn.execute(sql_text(f"UPDATE {table} SET boost = :boost WHERE {key} = :id AND boost = ''"),
                     rows)


# -- queries ---------------------------------------------------------------------------------
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
        return [row_hit(row) for row in s.scalars(query.limit(limit))]
