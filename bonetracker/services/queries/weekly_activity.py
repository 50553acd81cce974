"""Weekly activity and intake series for the chart's lower panel, aggregated with numpy.

Per-day totals (:class:`DailyLogs`) come from SQL ``GROUP BY`` queries
(``storage.repositories.daily_totals``) or, for in-memory records, from the records
themselves; :func:`weekly_activity` sums them into ISO weeks with ``bincount``, so ten years of
daily logs never become tens of thousands of Python objects just to draw a few hundred weekly
bars. Days are ordinals and x values seconds since the epoch, the chart's unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.intake import supplement_nutrient
from bonetracker.domain.records import ActivityCategory, MedicationCourse, PatientId, PatientRecord
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.daily_totals import daily_totals

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

SECONDS_PER_DAY = 86_400.0
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()

# Category codes for the vectorised weekly totals; the rules mirror domain.intake._totals
# (impact work is weight-bearing too), and tests compare both on the same records.
_RESISTANCE, _BALANCE, _WEIGHT_BEARING, _IMPACT, _OTHER = range(5)
_CATEGORY_CODE: Mapping[str, int] = {
    ActivityCategory.RESISTANCE: _RESISTANCE,
    ActivityCategory.BALANCE: _BALANCE,
    ActivityCategory.WEIGHT_BEARING: _WEIGHT_BEARING,
    ActivityCategory.IMPACT: _IMPACT,
}


@dataclass(frozen=True)
class ActivitySeries:
    """One series the lower panel can show; ``target`` is the key into ``ChartData.targets``."""

    key: str
    label: str
    unit: str
    kind: str  # "bar" or "line"


# Labels are shown through translate("weekly_activity", ...) in the window.
ACTIVITY_SERIES: tuple[ActivitySeries, ...] = (
    ActivitySeries("strength_sessions", QT_TRANSLATE_NOOP("weekly_activity", "Strength"), "sessions/wk",
                   "bar"),
    ActivitySeries("balance_minutes", QT_TRANSLATE_NOOP("weekly_activity", "Balance"), "min/wk", "bar"),
    ActivitySeries("weight_bearing_minutes", QT_TRANSLATE_NOOP("weekly_activity", "Weight-bearing"), "min/wk",
                   "bar"),
    ActivitySeries("calcium_mg", QT_TRANSLATE_NOOP("weekly_activity", "Calcium"), "mg/day", "line"),
    ActivitySeries("vitamin_d_iu", QT_TRANSLATE_NOOP("weekly_activity", "Vitamin D"), "IU/day", "line"),
    # Only for a patient with a prescribed programme: exercises done as % of those prescribed.
    ActivitySeries("programme_percent", QT_TRANSLATE_NOOP("weekly_activity", "Programme"), "% done", "line"),
)
ACTIVITY_KEYS: tuple[str, ...] = tuple(s.key for s in ACTIVITY_SERIES)


@dataclass(frozen=True, eq=False)
class WeeklyActivity:
    """ISO-week totals; nutrients are mean per logged day (NaN when nothing is known)."""

    week_x: FloatArray  # Monday 00:00 UTC of each week
    strength_sessions: FloatArray
    balance_minutes: FloatArray
    weight_bearing_minutes: FloatArray
    calcium_mg: FloatArray
    vitamin_d_iu: FloatArray
    days_logged: IntArray
    programme_percent: FloatArray | None = None  # aligned with week_x; None without a programme

    def series(self, key: str) -> FloatArray:
        if key not in ACTIVITY_KEYS:
            raise KeyError(key)
        values: FloatArray | None = getattr(self, key)
        if values is None:  # no programme: nothing known, every week
            return np.full(len(self.week_x), np.nan)
        return values

    def has(self, key: str) -> bool:
        """Whether the series holds anything to draw (a programme only for patients with one)."""
        return key != "programme_percent" or self.programme_percent is not None


@dataclass(frozen=True, eq=False)
class DailyLogs:
    """Per-day totals of workouts (per category) and meals, the input of the weekly series.

    Workout arrays may repeat a day (one row per day and category); meal arrays have one entry
    per day with at least one meal, because only such days count as logged (domain.intake).
    """

    workout_day: IntArray
    workout_category: IntArray
    workout_sessions: FloatArray
    workout_minutes: FloatArray
    meal_day: IntArray
    calcium_sum: FloatArray
    calcium_known: FloatArray
    vitamin_d_sum: FloatArray
    vitamin_d_known: FloatArray


def to_seconds(day: dt.date) -> float:
    """Midnight UTC of ``day`` in seconds since the epoch (the chart's x unit)."""
    return (day.toordinal() - _EPOCH_ORDINAL) * SECONDS_PER_DAY


def ordinals_to_seconds(ordinals: IntArray) -> FloatArray:
    return (ordinals - _EPOCH_ORDINAL).astype(np.float64) * SECONDS_PER_DAY


def _daily_from_columns(
    w_day: IntArray, w_cat: IntArray, w_sessions: FloatArray, w_minutes: FloatArray,
    meal_days: IntArray, item_day: IntArray, calcium: FloatArray, vitamin_d: FloatArray,
) -> DailyLogs:
    """Sum item nutrients per logged day; NaN items are unknown and counted as not known."""
    days = np.unique(meal_days)
    idx = np.searchsorted(days, item_day)
    n = len(days)

    def per_day(values: FloatArray) -> tuple[FloatArray, FloatArray]:
        known = ~np.isnan(values)
        total = np.bincount(idx, weights=np.where(known, values, 0.0), minlength=n)
        count = np.bincount(idx, weights=known, minlength=n)
        return total.astype(np.float64), count.astype(np.float64)

    ca_sum, ca_known = per_day(calcium)
    vd_sum, vd_known = per_day(vitamin_d)
    return DailyLogs(w_day, w_cat, w_sessions, w_minutes, days.astype(np.int64),
                     ca_sum, ca_known, vd_sum, vd_known)


def daily_logs_from_record(record: PatientRecord) -> DailyLogs:
    """Per-day totals from in-memory records (tests, imports); the database path uses SQL."""
    workouts, meals = record.workouts, record.meals
    n = len(workouts)
    items = [(m.date.toordinal(), i.nutrients) for m in meals for i in m.items]
    nan = float("nan")
    return _daily_from_columns(
        np.fromiter((w.date.toordinal() for w in workouts), np.int64, n),
        np.fromiter((_CATEGORY_CODE.get(w.category, _OTHER) for w in workouts), np.int64, n),
        np.ones(n, np.float64),
        np.fromiter((w.minutes for w in workouts), np.float64, n),
        np.fromiter((m.date.toordinal() for m in meals), np.int64, len(meals)),
        np.fromiter((d for d, _ in items), np.int64, len(items)),
        np.fromiter((nan if x.calcium_mg is None else x.calcium_mg for _, x in items),
                    np.float64, len(items)),
        np.fromiter((nan if x.vitamin_d_iu is None else x.vitamin_d_iu for _, x in items),
                    np.float64, len(items)),
    )


def _ordinals(values: Sequence[str | dt.date]) -> IntArray:
    # SQLite days arrive as ISO text (parsing it here in one go is ~3x faster than row by row
    # in SQLAlchemy: benchmarks/chart_bench.py); other drivers return dates.
    if values and isinstance(values[0], dt.date):
        return np.fromiter((v.toordinal() for v in values), np.int64, len(values))  # type: ignore[union-attr]
    days = np.array(values, dtype="datetime64[D]").astype(np.int64)
    return days + _EPOCH_ORDINAL


def daily_logs_from_db(db: Database, patient_id: PatientId, as_of: dt.date) -> DailyLogs:
    """Per-day totals straight from SQL ``GROUP BY`` (portable across SQLite and PostgreSQL)."""
    t = daily_totals(db, patient_id, as_of)

    def floats(values: Sequence[float | None]) -> FloatArray:
        return np.array(values, dtype=np.float64)  # None (SUM over no items) becomes NaN

    return DailyLogs(
        workout_day=_ordinals(t.workout_day),
        workout_category=np.fromiter((_CATEGORY_CODE.get(c, _OTHER) for c in t.workout_category),
                                     np.int64, len(t.workout_category)),
        workout_sessions=floats(t.workout_sessions),
        workout_minutes=floats(t.workout_minutes),
        meal_day=_ordinals(t.meal_day),
        calcium_sum=np.nan_to_num(floats(t.calcium_sum)),
        calcium_known=floats(t.calcium_known),
        vitamin_d_sum=np.nan_to_num(floats(t.vitamin_d_sum)),
        vitamin_d_known=floats(t.vitamin_d_known),
    )


def weekly_activity(
    daily: DailyLogs, medications: Sequence[MedicationCourse], as_of: dt.date
) -> WeeklyActivity:
    """ISO-week series from the first logged day to the week of ``as_of``, the numpy twin of
    ``domain.intake.weekly_exercise``/``weekly_intake`` (supplements count on logged days)."""
    end = as_of.toordinal()
    w_keep = daily.workout_day <= end
    m_keep = daily.meal_day <= end
    w_day, cat = daily.workout_day[w_keep], daily.workout_category[w_keep]
    m_day = daily.meal_day[m_keep]
    starts = [a.min() for a in (w_day, m_day) if len(a)]
    if not starts:
        e = np.zeros(0, np.float64)
        return WeeklyActivity(e, e, e, e, e, e, np.zeros(0, np.int64))
    wk0, wk1 = (int(min(starts)) - 1) // 7, (end - 1) // 7
    n = wk1 - wk0 + 1
    w_idx = (w_day - 1) // 7 - wk0

    def wsum(mask: BoolArray, weights: FloatArray) -> FloatArray:
        return np.bincount(w_idx[mask], weights=weights[w_keep][mask], minlength=n).astype(np.float64)

    strength = wsum(cat == _RESISTANCE, daily.workout_sessions)
    balance = wsum(cat == _BALANCE, daily.workout_minutes)
    weight_bearing = wsum((cat == _WEIGHT_BEARING) | (cat == _IMPACT), daily.workout_minutes)

    m_idx = (m_day - 1) // 7 - wk0
    logged = np.bincount(m_idx, minlength=n)
    nutrient_sums = {"calcium_mg": (daily.calcium_sum, daily.calcium_known),
                     "vitamin_d_iu": (daily.vitamin_d_sum, daily.vitamin_d_known)}
    means: dict[str, FloatArray] = {}
    for key, (total, known) in nutrient_sums.items():
        day_total, day_known = total[m_keep].copy(), known[m_keep].copy()
        for course in medications:
            if supplement_nutrient(course) != key or course.daily_amount is None:
                continue
            stop = course.end.toordinal() if course.end else end
            active = (m_day >= course.start.toordinal()) & (m_day <= stop)
            day_total += np.where(active, course.daily_amount, 0.0)
            day_known += active
        week_total = np.bincount(m_idx, weights=day_total, minlength=n)
        week_known = np.bincount(m_idx, weights=day_known, minlength=n)
        ok = (logged > 0) & (week_known > 0)
        means[key] = np.where(ok, week_total / np.maximum(logged, 1), np.nan)
    week_x = ordinals_to_seconds(np.arange(wk0, wk1 + 1, dtype=np.int64) * 7 + 1)
    return WeeklyActivity(week_x, strength, balance, weight_bearing, means["calcium_mg"],
                          means["vitamin_d_iu"], logged.astype(np.int64))
