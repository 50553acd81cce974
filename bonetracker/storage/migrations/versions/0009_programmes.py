"""exercise programmes: programmes, their versions and items, dismissed progressions; workouts
can name the programme item they were logged against

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-03 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# New tables never reuse ids on SQLite either (see 0004), so undo can restore under the same id.
AUTO = {"sqlite_autoincrement": True}


def upgrade() -> None:
    # Idempotent, like the earlier revisions: a file whose version row was set back (a restored
    # copy, the upgrade test) may already hold these tables.
    if "programmes" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created", sa.Date(), nullable=False),
        sa.Column("template", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name=op.f("fk_programmes_patient_id_patients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
        **AUTO,
    )
    op.create_index(op.f("ix_programmes_patient_id"), "programmes", ["patient_id"])
    op.create_table(
        "programme_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_versions_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_versions")),
        sa.UniqueConstraint("programme_id", "number", name=op.f("uq_programme_versions_programme_id")),
        **AUTO,
    )
    op.create_index(op.f("ix_programme_versions_programme_id"), "programme_versions", ["programme_id"])
    op.create_table(
        "programme_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("dose_kind", sa.String(length=20), nullable=False),
        sa.Column("per_week", sa.Integer(), nullable=False),
        sa.Column("sets", sa.Integer(), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.Column("load_kg", sa.Float(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("impacts", sa.Integer(), nullable=True),
        sa.Column("balance_level", sa.Integer(), nullable=True),
        sa.Column("progression", sa.String(length=20), nullable=False, server_default="none"),
        sa.Column("rep_floor", sa.Integer(), nullable=False, server_default="8"),
        sa.Column("rep_ceiling", sa.Integer(), nullable=False, server_default="12"),
        sa.Column("cues", sa.Text(), nullable=False, server_default=""),
        sa.Column("supervised", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("cleared", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["programme_versions.id"],
            name=op.f("fk_programme_items_version_id_programme_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_items")),
        **AUTO,
    )
    op.create_index(op.f("ix_programme_items_version_id"), "programme_items", ["version_id"])
    op.create_table(
        "progression_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["programme_items.id"],
            name=op.f("fk_progression_dismissals_item_id_programme_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progression_dismissals")),
        **AUTO,
    )
    op.create_index(op.f("ix_progression_dismissals_item_id"), "progression_dismissals", ["item_id"])
    with op.batch_alter_table("workouts", table_kwargs=AUTO) as batch:
        batch.add_column(sa.Column("programme_item_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_workouts_programme_item_id"), ["programme_item_id"])
        batch.create_foreign_key(
            batch.f("fk_workouts_programme_item_id_programme_items"),
            "programme_items",
            ["programme_item_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("workouts", table_kwargs=AUTO) as batch:
        batch.drop_constraint("fk_workouts_programme_item_id_programme_items", type_="foreignkey")
        batch.drop_index("ix_workouts_programme_item_id")
        batch.drop_column("programme_item_id")
    op.drop_table("progression_dismissals")
    op.drop_table("programme_items")
    op.drop_table("programme_versions")
    op.drop_table("programmes")
