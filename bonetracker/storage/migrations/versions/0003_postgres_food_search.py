"""food search on PostgreSQL: a full-text table like SQLite's FTS5 one, kept in sync by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:00:00

PostgreSQL only; on SQLite this revision does nothing (0002 made the FTS5 table). It creates
``food_search``: one row per food with the same columns as SQLite's ``food_fts`` (``head``, the
first comma-separated segment; ``body``, the rest; ``boost``, the names of foods people commonly
mean; ``prior``, a static rank bonus) plus ``document``, a generated, GIN-indexed tsvector over
them weighted boost A, head B, body D. Search (storage/repositories/food_search.py) runs prefix queries
(``'sardine':* & 'atl':*``) against it and re-scores the best ts_rank hits with the SQL the
SQLite path uses. Only core PostgreSQL features: the 'simple' text-search configuration, GIN,
generated columns (PostgreSQL 12+), PL/pgSQL triggers; no extension.

Words are compared as the search splits them in Python (``\\w+``): the document is built from the
lower-cased text with accents folded and punctuation turned into spaces, so "3.25%" holds the
words "3" and "25" and "low-fat" the words "low" and "fat". The DDL is a frozen copy on purpose
(see 0002): later changes to storage/repositories/food_search.py must not change what this revision creates.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACCENTED = "àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžźżšśłÀÁÂÃÄÅĀÇĆČÈÉÊËĒĖĘÌÍÎÏĪÑŃÒÓÔÕÖØŌÙÚÛÜŪÝŸŽŹŻŠŚŁ"
PLAIN = "aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzzsslaaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzzssl"
HEAD = "lower(split_part({p}description, ',', 1))"
BODY = "lower(ltrim(substr({p}description, length(split_part({p}description, ',', 1)) + 2)))"
BOOST = "CASE WHEN {p}source = 'custom' THEN {p}description ELSE '' END"
PRIOR = ("CASE WHEN {p}source = 'custom' THEN 3.0 "
         "WHEN {p}food_group = 'Baby Foods' THEN -2.0 "
         "WHEN {p}food_group IN ('Fast Foods', 'Restaurant Foods') THEN -1.0 ELSE 0.0 END")


def _words(column: str) -> str:
    """``column`` as the words search compares: lower case, accents folded, no punctuation."""
    # translate() is slow on long multi-byte strings, so it runs only on non-ASCII text
    # (octet_length = length means ASCII; every USDA description is).
    folded = (f"CASE WHEN octet_length({column}) = length({column}) THEN lower({column}) "
              f"ELSE translate(lower({column}), '{ACCENTED}', '{PLAIN}') END")
    return f"to_tsvector('simple', regexp_replace({folded}, '[[:punct:][:space:]]+', ' ', 'g'))"


DOCUMENT = (f"setweight({_words('boost')}, 'A') || setweight({_words('head')}, 'B') "
            f"|| setweight({_words('body')}, 'D')")


def _values(p: str) -> str:
    return ", ".join(part.format(p=p) for part in (HEAD, BODY, BOOST, PRIOR))


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(
        "CREATE TABLE food_search ("
        " food_id integer NOT NULL,"
        " head text NOT NULL DEFAULT '',"
        " body text NOT NULL DEFAULT '',"
        " boost text NOT NULL DEFAULT '',"
        " prior real NOT NULL DEFAULT 0,"
        f" document tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED,"
        " CONSTRAINT pk_food_search PRIMARY KEY (food_id),"
        " CONSTRAINT fk_food_search_food_id_foods FOREIGN KEY (food_id)"
        " REFERENCES foods (id) ON DELETE CASCADE)")
    op.execute("CREATE INDEX ix_food_search_document ON food_search USING gin (document)")
    # One INSERT ... SELECT per statement (a transition table), so seeding 8,789 foods in a few
    # multi-row INSERTs costs a few statements, not 8,789 trigger calls.
    op.execute(
        "CREATE FUNCTION food_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"INSERT INTO food_search (food_id, head, body, boost, prior) SELECT id, {_values('')} "
        "FROM inserted_foods; RETURN NULL; END $$")
    op.execute(
        "CREATE TRIGGER foods_search_insert AFTER INSERT ON foods "
        "REFERENCING NEW TABLE AS inserted_foods FOR EACH STATEMENT "
        "EXECUTE FUNCTION food_search_insert()")
    op.execute(
        "CREATE FUNCTION food_search_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE food_search SET head = {HEAD.format(p='NEW.')}, body = {BODY.format(p='NEW.')} "
        "WHERE food_id = NEW.id; RETURN NULL; END $$")
    op.execute(
        "CREATE TRIGGER foods_search_update AFTER UPDATE OF description ON foods "
        "FOR EACH ROW EXECUTE FUNCTION food_search_update()")
    # Foods that exist already (a clinic database seeded under 0002) are indexed now; the staple
    # priors come back on the next start (storage.foods.ensure_search_index), as after 0002.
    op.execute(f"INSERT INTO food_search (food_id, head, body, boost, prior) SELECT id, {_values('')} "
               "FROM foods")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute("DROP TRIGGER IF EXISTS foods_search_insert ON foods")
    op.execute("DROP TRIGGER IF EXISTS foods_search_update ON foods")
    op.execute("DROP FUNCTION IF EXISTS food_search_insert()")
    op.execute("DROP FUNCTION IF EXISTS food_search_update()")
    op.execute("DROP TABLE IF EXISTS food_search")
