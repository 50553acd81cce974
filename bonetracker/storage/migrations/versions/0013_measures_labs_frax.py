"""measurements between scans: heights and function tests, lab results, FRAX results

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 06:00:00

Three per-patient tables, each value stored in the unit it was entered in (conversions are the
domain's, exact). SQLite never reuses their ids (see 0004), so an undo can put a deleted entry
back under its own id. Like the earlier revisions it is safe to run on a schema that already
has its changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"],
                                name=op.f(f"fk_{table}_patient_id_patients"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("measures"):
        op.create_table(
            "measures", *_common("measures"),
            sa.Column("kind", sa.String(length=20), nullable=False),
            sa.Column("value", sa.Float(), nullable=False),
            sa.Column("unit", sa.String(length=16), nullable=False),
            sqlite_autoincrement=True,
        )
        op.create_index(op.f("ix_measures_patient_id"), "measures", ["patient_id"], unique=False)
    if not inspector.has_table("lab_results"):
        op.create_table(
            "lab_results", *_common("lab_results"),
            sa.Column("test", sa.String(length=20), nullable=False),
            sa.Column("value", sa.Float(), nullable=False),
            sa.Column("unit", sa.String(length=16), nullable=False),
            sa.Column("range_low", sa.Float(), nullable=True),
            sa.Column("range_high", sa.Float(), nullable=True),
            sqlite_autoincrement=True,
        )
        op.create_index(op.f("ix_lab_results_patient_id"), "lab_results", ["patient_id"], unique=False)
    if not inspector.has_table("frax_results"):
        op.create_table(
            "frax_results", *_common("frax_results"),
            sa.Column("model", sa.String(length=20), nullable=False),
            sa.Column("with_bmd", sa.Boolean(), nullable=False),
            sa.Column("major", sa.Float(), nullable=False),
            sa.Column("hip", sa.Float(), nullable=False),
            sa.Column("category", sa.String(length=20), nullable=True),
            sa.Column("inputs", sa.Text(), nullable=False),
            sqlite_autoincrement=True,
        )
        op.create_index(op.f("ix_frax_results_patient_id"), "frax_results", ["patient_id"], unique=False)


def downgrade() -> None:
    for table in ("frax_results", "lab_results", "measures"):
        op.drop_index(op.f(f"ix_{table}_patient_id"), table_name=table)
        op.drop_table(table)
