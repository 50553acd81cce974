"""never reuse ids on SQLite, so an undo can always put a deleted entry back under its own id

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 16:30:00

Without AUTOINCREMENT, SQLite gives a new row the highest id + 1: delete the newest workout,
log another, and the new one takes the deleted id, so undoing the delete would clash.
AUTOINCREMENT remembers the highest id ever used (in sqlite_sequence). Adding it needs a table
rebuild, which batch mode does (storage/migrate.py switches foreign-key actions off meanwhile,
so rebuilding a parent never cascades into its children). PostgreSQL sequences never reuse
ids, so this revision does nothing there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables whose rows a user can delete and undo; parents before children.
TABLES = (
    "patients",
    "weight_entries",
    "dxa_scans",
    "site_measurements",
    "workouts",
    "meals",
    "meal_items",
    "lifestyle_entries",
    "medication_courses",
    "fractures",
    "falls",
)


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass  # copying the rows (ids included) sets sqlite_sequence to the highest id


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)
