"""scan provenance (model, machine identifier, software, hip side, vertebrae) for judging which
visits may be compared; patient flags for impact clearance and hyperparathyroidism

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 02:30:00

Every new column has a server default (or is nullable), so visits and patients recorded before
this revision read as before: spine over L1-L4, hip side not recorded, no clearance. Like the
earlier revisions it is safe to run on a schema that already has its changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    scans = {c["name"] for c in inspector.get_columns("dxa_scans")}
    if "machine_id" not in scans:
        with op.batch_alter_table("dxa_scans") as batch:
            batch.add_column(sa.Column("model", sa.String(length=100), nullable=False, server_default=""))
            batch.add_column(
                sa.Column("machine_id", sa.String(length=100), nullable=False, server_default="")
            )
            batch.add_column(sa.Column("software", sa.String(length=100), nullable=False, server_default=""))
            batch.add_column(sa.Column("hip_side", sa.String(length=10), nullable=True))
            batch.add_column(
                sa.Column("vertebrae", sa.String(length=10), nullable=False, server_default="L1-L4")
            )
    patients = {c["name"] for c in inspector.get_columns("patients")}
    if "impact_cleared" not in patients:
        with op.batch_alter_table("patients") as batch:
            batch.add_column(
                sa.Column("impact_cleared", sa.Boolean(), nullable=False, server_default=sa.false())
            )
            batch.add_column(
                sa.Column("hyperparathyroidism", sa.Boolean(), nullable=False, server_default=sa.false())
            )


def downgrade() -> None:
    with op.batch_alter_table("patients") as batch:
        batch.drop_column("hyperparathyroidism")
        batch.drop_column("impact_cleared")
    with op.batch_alter_table("dxa_scans") as batch:
        for name in ("vertebrae", "hip_side", "software", "machine_id", "model"):
            batch.drop_column(name)
