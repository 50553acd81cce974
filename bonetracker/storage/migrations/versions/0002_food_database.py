"""food database: FTS5 search index over foods, index for food popularity

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:00:00

The USDA rows themselves are seeded by ``storage.foods.ensure_food_database`` on first use, not
here: seeding takes ~0.3 s and every test migrates a fresh database. This revision only creates
what search needs. The DDL is a frozen copy of storage/repositories/food_search.py's on purpose: a migration must
keep producing the same schema even if that module changes later.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HEAD = "lower(substr({p}description, 1, instr({p}description || ',', ',') - 1))"
BODY = "lower(ltrim(substr({p}description, instr({p}description || ',', ',') + 1)))"
BOOST = "CASE WHEN {p}source = 'custom' THEN {p}description ELSE '' END"
PRIOR = ("CASE WHEN {p}source = 'custom' THEN 3.0 "
         "WHEN {p}food_group = 'Baby Foods' THEN -2.0 "
         "WHEN {p}food_group IN ('Fast Foods', 'Restaurant Foods') THEN -1.0 ELSE 0.0 END")


def _values(p: str) -> str:
    return ", ".join(part.format(p=p) for part in (HEAD, BODY, BOOST, PRIOR))


def upgrade() -> None:
    # Popularity ranking counts meal_items per food; without this index that is a table scan.
    op.create_index('ix_meal_items_food_id', 'meal_items', ['food_id'], unique=False, if_not_exists=True)
    if op.get_bind().dialect.name != 'sqlite':
        return  # PostgreSQL: search falls back to LIKE until a tsvector/trigram revision
    op.execute("CREATE VIRTUAL TABLE IF NOT EXISTS food_fts USING fts5(head, body, boost, prior UNINDEXED, "
               "prefix='1 2 3', tokenize='porter unicode61 remove_diacritics 2')")
    op.execute("INSERT INTO food_fts(food_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0, 60.0, 0.0)')")
    op.execute("CREATE TRIGGER IF NOT EXISTS foods_fts_insert AFTER INSERT ON foods BEGIN "
               f"INSERT INTO food_fts(rowid, head, body, boost, prior) VALUES (new.id, {_values('new.')}); END")
    op.execute("CREATE TRIGGER IF NOT EXISTS foods_fts_update AFTER UPDATE OF description ON foods BEGIN "
               f"UPDATE food_fts SET head = {HEAD.format(p='new.')}, body = {BODY.format(p='new.')} "
               "WHERE rowid = new.id; END")
    op.execute("CREATE TRIGGER IF NOT EXISTS foods_fts_delete AFTER DELETE ON foods BEGIN "
               "DELETE FROM food_fts WHERE rowid = old.id; END")
    # Foods that exist already (custom foods, or a re-run) are indexed afresh.
    op.execute("DELETE FROM food_fts")
    op.execute(f"INSERT INTO food_fts(rowid, head, body, boost, prior) SELECT id, {_values('')} FROM foods")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('foods_fts_insert', 'foods_fts_update', 'foods_fts_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS food_fts")
    op.drop_index('ix_meal_items_food_id', table_name='meal_items', if_exists=True)
