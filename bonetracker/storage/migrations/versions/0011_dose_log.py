"""dose log: a schedule per medication course and a doses table

Revision ID: 0011
Revises: 0010
Create Date: 2027-01-20 10:00:00

Courses gain ``schedule`` (daily, weekly, monthly, 3-monthly, 6-monthly, yearly; NULL for a
course that follows none) and ``weekday`` (0-6, Monday first, for weekly courses; NULL: the
start's weekday). Courses recorded before this revision get their drug's default schedule: a
frozen copy of the first schedule of each drug in resources/drugs.csv as it stood here, so the
migration keeps doing the same thing when the catalogue changes later. ``doses`` holds one dose
taken (or marked missed) per course and day; SQLite never reuses its ids (see 0004), so an undo
can put a deleted dose back under its own id. Like the earlier revisions it is safe to run
on a schema that already has its changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_SCHEDULES = {
    "alendronate": "weekly",
    "risedronate": "weekly",
    "ibandronate": "monthly",
    "zoledronic acid": "yearly",
    "denosumab": "6-monthly",
    "teriparatide": "daily",
    "abaloparatide": "daily",
    "romosozumab": "monthly",
    "raloxifene": "daily",
    "HRT": "daily",
    "calcium supplement": "daily",
    "vitamin D supplement": "daily",
}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("medication_courses")}
    if "schedule" not in have:
        with op.batch_alter_table("medication_courses") as batch:
            batch.add_column(sa.Column("schedule", sa.String(length=12), nullable=True))
            batch.add_column(sa.Column("weekday", sa.Integer(), nullable=True))
    courses = sa.table("medication_courses", sa.column("drug", sa.String), sa.column("schedule", sa.String))
    for drug, schedule in DEFAULT_SCHEDULES.items():
        op.execute(courses.update().where(courses.c.drug == drug, courses.c.schedule.is_(None))
                   .values(schedule=schedule))
    if inspector.has_table("doses"):
        return
    op.create_table(
        "doses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("time", sa.String(length=5), nullable=True),
        sa.Column("at_clinic", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"],
                                name=op.f("fk_doses_patient_id_patients"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["course_id"], ["medication_courses.id"],
                                name=op.f("fk_doses_course_id_medication_courses"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doses")),
        sa.UniqueConstraint("course_id", "date", name=op.f("uq_doses_course_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_doses_patient_id"), "doses", ["patient_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_doses_patient_id"), table_name="doses")
    op.drop_table("doses")
    with op.batch_alter_table("medication_courses") as batch:
        batch.drop_column("weekday")
        batch.drop_column("schedule")
