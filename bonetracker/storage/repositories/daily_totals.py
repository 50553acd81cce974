"""Per-day workout and meal totals straight from SQL ``GROUP BY``, as plain columns for numpy.

Ten years of daily logs never become tens of thousands of ORM or domain objects: the chart
only needs one number per day (and per workout category), and the database sums them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import String, cast, func, select

from bonetracker.storage.database import Database
from bonetracker.storage.models import MealItemRow, MealRow, WorkoutRow

Day = str | dt.date  # ISO text on SQLite (see _day_column), a date from other drivers


class DailyTotals(NamedTuple):
    """Parallel columns, one entry per row of each ``GROUP BY``.

    Workouts: one row per day and category (sessions counted, minutes summed). Meals: one row per
    day with at least one meal; sums are None when no item of that day knows the nutrient, and
    the counts say how many items did.
    """

    workout_day: Sequence[Day]
    workout_category: Sequence[str]
    workout_sessions: Sequence[int]
    workout_minutes: Sequence[float | None]
    meal_day: Sequence[Day]
    calcium_sum: Sequence[float | None]
    calcium_known: Sequence[int]
    vitamin_d_sum: Sequence[float | None]
    vitamin_d_known: Sequence[int]


def _day_column(column: Any, sqlite: bool) -> Any:
    # On SQLite, dates are ISO text that SQLAlchemy parses row by row in Python, which cost
    # more than the aggregation itself (benchmarks/chart_bench.py); fetching the text and
    # parsing it with numpy in one go is ~3x faster. Other drivers return dates natively.
    return cast(column, String(10)) if sqlite else column


def daily_totals(db: Database, patient_id: int, as_of: dt.date) -> DailyTotals:
    """The patient's per-day totals up to ``as_of`` (portable across SQLite and PostgreSQL)."""
    sqlite = db.is_sqlite
    workout_q = (
        select(_day_column(WorkoutRow.date, sqlite), WorkoutRow.category, func.count(),
               func.sum(WorkoutRow.minutes))
        .where(WorkoutRow.patient_id == patient_id, WorkoutRow.date <= as_of)
        .group_by(WorkoutRow.date, WorkoutRow.category)
    )
    meal_q = (
        select(_day_column(MealRow.date, sqlite), func.sum(MealItemRow.calcium_mg),
               func.count(MealItemRow.calcium_mg), func.sum(MealItemRow.vitamin_d_iu),
               func.count(MealItemRow.vitamin_d_iu))
        .select_from(MealRow)
        .outerjoin(MealItemRow, MealItemRow.meal_id == MealRow.id)
        .where(MealRow.patient_id == patient_id, MealRow.date <= as_of)
        .group_by(MealRow.date)
    )
    with db.read() as s:
        w_rows = s.execute(workout_q).all()
        m_rows = s.execute(meal_q).all()
    w_cols: list[Sequence[Any]] = list(zip(*w_rows, strict=True)) if w_rows else [(), (), (), ()]
    m_cols: list[Sequence[Any]] = (list(zip(*m_rows, strict=True)) if m_rows
                                   else [(), (), (), (), ()])
    return DailyTotals(*w_cols, *m_cols)
