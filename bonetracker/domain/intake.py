"""Mean daily nutrient intake and exercise totals over recent windows, from plain records.

Only days with at least one meal count as logged: an unlogged day is missing data, not a day of
zero calcium, so averaging over calendar days would make people look deficient when they were
just busy. Unknown nutrient values (``None``) are skipped and counted so the UI can say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bonetracker.domain.records import (
    NUTRIENT_FIELDS,
    ActivityCategory,
    DrugClass,
    Meal,
    MedicationCourse,
    Workout,
)

# Product rules (docs/clinical-sources.md): intake is judged over two weeks, exercise over one
# week (the targets are weekly) with a four-week view for context.
INTAKE_WINDOW_DAYS = 14
EXERCISE_WINDOWS_DAYS = (7, 28)

# Supplement courses are matched by name; ``daily_amount`` is mg for calcium and IU for vitamin D
# (see MedicationCourse). A combined "calcium + vitamin D" product is counted as calcium only,
# because its single amount cannot carry both units.
SUPPLEMENT_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("calcium", "calcium_mg"),
    ("vitamin d", "vitamin_d_iu"),
)


@dataclass(frozen=True)
class IntakeSummary:
    """Mean daily intake over the logged days of a window; ``None`` means nothing known."""

    start: dt.date
    end: dt.date
    days_logged: int
    kcal: float | None
    protein_g: float | None
    calcium_mg: float | None
    vitamin_d_iu: float | None
    magnesium_mg: float | None
    potassium_mg: float | None
    vitamin_k_mcg: float | None
    unknown_items: Mapping[str, int] = field(default_factory=dict)
    supplement_daily: Mapping[str, float] = field(default_factory=dict)

    def value(self, nutrient: str) -> float | None:
        """Mean of one nutrient by its field name (e.g. ``"calcium_mg"``)."""
        result: float | None = getattr(self, nutrient)
        return result


@dataclass(frozen=True)
class ExerciseTotals:
    """Exercise done in the ``days`` days ending on ``end`` (inclusive)."""

    start: dt.date
    end: dt.date
    days: int
    strength_sessions: int
    balance_minutes: int
    weight_bearing_minutes: int
    impact_sessions: int

    @property
    def weeks(self) -> float:
        return self.days / 7


@dataclass(frozen=True)
class WeeklyExercise:
    week_start: dt.date
    strength_sessions: int
    balance_minutes: int
    weight_bearing_minutes: int
    impact_sessions: int


@dataclass(frozen=True)
class WeeklyIntake:
    week_start: dt.date
    summary: IntakeSummary


def window_start(end: dt.date, days: int) -> dt.date:
    """First day of a ``days``-long window ending on ``end`` inclusive."""
    return end - dt.timedelta(days=days - 1)


def supplement_nutrient(course: MedicationCourse) -> str | None:
    """Nutrient field a supplement course adds to, from its name; ``None`` if not recognised."""
    if course.drug_class is not DrugClass.SUPPLEMENT or course.daily_amount is None:
        return None
    name = course.drug.lower().replace("-", " ").replace("_", " ")
    return next((nutrient for key, nutrient in SUPPLEMENT_KEYWORDS if key in name), None)


def _supplements_on(courses: Iterable[MedicationCourse], day: dt.date) -> dict[str, float]:
    totals: dict[str, float] = {}
    for course in courses:
        nutrient = supplement_nutrient(course)
        if nutrient is not None and course.daily_amount is not None and course.active_on(day):
            totals[nutrient] = totals.get(nutrient, 0.0) + course.daily_amount
    return totals


def summarize_intake(
    meals: Iterable[Meal],
    start: dt.date,
    end: dt.date,
    medications: Iterable[MedicationCourse] = (),
) -> IntakeSummary:
    """Mean daily intake over logged days from ``start`` to ``end`` inclusive.

    Supplements active on a logged day add their daily amount to that day.
    """
    courses = list(medications)
    totals = {n: 0.0 for n in NUTRIENT_FIELDS}
    known = {n: False for n in NUTRIENT_FIELDS}
    unknown = {n: 0 for n in NUTRIENT_FIELDS}
    days: set[dt.date] = set()
    for meal in meals:
        if not start <= meal.date <= end:
            continue
        days.add(meal.date)
        for item in meal.items:
            for n in NUTRIENT_FIELDS:
                amount = getattr(item.nutrients, n)
                if amount is None:
                    unknown[n] += 1
                else:
                    totals[n] += amount
                    known[n] = True
    supplement_sum: dict[str, float] = {}
    for day in days:
        for n, amount in _supplements_on(courses, day).items():
            supplement_sum[n] = supplement_sum.get(n, 0.0) + amount
            totals[n] += amount
            known[n] = True
    count = len(days)
    means = {n: (totals[n] / count if count and known[n] else None) for n in NUTRIENT_FIELDS}
    return IntakeSummary(
        start=start,
        end=end,
        days_logged=count,
        kcal=means["kcal"],
        protein_g=means["protein_g"],
        calcium_mg=means["calcium_mg"],
        vitamin_d_iu=means["vitamin_d_iu"],
        magnesium_mg=means["magnesium_mg"],
        potassium_mg=means["potassium_mg"],
        vitamin_k_mcg=means["vitamin_k_mcg"],
        unknown_items=unknown,
        supplement_daily={n: s / count for n, s in supplement_sum.items()} if count else {},
    )


def intake_summary(
    meals: Iterable[Meal],
    as_of: dt.date,
    medications: Iterable[MedicationCourse] = (),
    days: int = INTAKE_WINDOW_DAYS,
) -> IntakeSummary:
    """Mean daily intake over the ``days`` days ending on ``as_of`` (14 by default)."""
    return summarize_intake(meals, window_start(as_of, days), as_of, medications)


def _totals(workouts: Iterable[Workout]) -> tuple[int, int, int, int]:
    strength = balance = weight_bearing = impact = 0
    for w in workouts:
        if w.category is ActivityCategory.RESISTANCE:
            strength += 1
        elif w.category is ActivityCategory.BALANCE:
            balance += w.minutes
        elif w.category is ActivityCategory.WEIGHT_BEARING:
            weight_bearing += w.minutes
        elif w.category is ActivityCategory.IMPACT:
            # Impact work is weight-bearing too, so it counts towards both.
            weight_bearing += w.minutes
            impact += 1
    return strength, balance, weight_bearing, impact


def exercise_totals(workouts: Iterable[Workout], as_of: dt.date, days: int = 7) -> ExerciseTotals:
    """Totals over the ``days`` days ending on ``as_of`` inclusive."""
    start = window_start(as_of, days)
    s, b, wb, i = _totals(w for w in workouts if start <= w.date <= as_of)
    return ExerciseTotals(start, as_of, days, s, b, wb, i)


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week containing ``day``."""
    return day - dt.timedelta(days=day.weekday())


def _weeks(start: dt.date, end: dt.date) -> list[dt.date]:
    if end < start:
        return []
    first, last = week_start(start), week_start(end)
    count = (last - first).days // 7 + 1
    return [first + dt.timedelta(weeks=k) for k in range(count)]


def weekly_exercise(workouts: Sequence[Workout], start: dt.date, end: dt.date) -> list[WeeklyExercise]:
    """One entry per ISO week touching ``start``..``end``; only days inside that range count."""
    result: list[WeeklyExercise] = []
    for monday in _weeks(start, end):
        lo, hi = max(monday, start), min(monday + dt.timedelta(days=6), end)
        s, b, wb, i = _totals(w for w in workouts if lo <= w.date <= hi)
        result.append(WeeklyExercise(monday, s, b, wb, i))
    return result


def weekly_intake(
    meals: Sequence[Meal],
    start: dt.date,
    end: dt.date,
    medications: Sequence[MedicationCourse] = (),
) -> list[WeeklyIntake]:
    """Mean daily intake per ISO week touching ``start``..``end`` (days inside the range only)."""
    result: list[WeeklyIntake] = []
    for monday in _weeks(start, end):
        lo, hi = max(monday, start), min(monday + dt.timedelta(days=6), end)
        result.append(WeeklyIntake(monday, summarize_intake(meals, lo, hi, medications)))
    return result
