"""Weekly exercise adherence: this ISO week (Monday start) against the plan's targets, and history.

Totals come from ``domain.intake.weekly_exercise`` and targets from ``domain.targets.targets_for``
(with the classification from ``domain.bmd.classify``), so the strip on the workouts page, the plan
pane and ``bonetracker plan`` count the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bonetracker.domain.bmd import classify
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.intake import WeeklyExercise, week_start, weekly_exercise
from bonetracker.domain.records import PatientId, PatientRecord
from bonetracker.domain.targets import Targets, impact_limits, targets_for
from bonetracker.services.records import load_record
from bonetracker.services.validation import today
from bonetracker.storage.database import Database

HISTORY_WEEKS = 12

MEASURES: tuple[tuple[str, str, str], ...] = (
    ("strength_sessions", "strength_sessions_per_week", QT_TRANSLATE_NOOP("report", "Strength sessions")),
    ("balance_minutes", "balance_minutes_per_week", QT_TRANSLATE_NOOP("report", "Balance minutes")),
    ("weight_bearing_minutes", "weight_bearing_minutes_per_week", QT_TRANSLATE_NOOP(
        "report",
        "Weight-bearing minutes",
    )),
)
"""(week total field, weekly target field, label) for each measure the strip shows."""


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    done: int
    target: int

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def fraction(self) -> float:
        """Share of the target done, capped at 1 for bars."""
        return min(1.0, self.done / self.target) if self.target > 0 else 1.0


@dataclass(frozen=True)
class Adherence:
    """This week (Monday to ``as_of``) and the last ``len(weeks)`` ISO weeks, oldest first.

    The last element of ``weeks`` is the current, possibly partial, week.
    """

    as_of: dt.date
    targets: Targets
    this_week: WeeklyExercise
    weeks: tuple[WeeklyExercise, ...]
    impact_limits: tuple[str, ...] = ()  # why impact is held back, in words (ROS 2022)

    def measures(self, week: WeeklyExercise | None = None) -> list[Measure]:
        w = week or self.this_week
        return [Measure(key, label, getattr(w, key), getattr(self.targets, target))
                for key, target, label in MEASURES]

    def weeks_met(self, key: str) -> int:
        """Full past weeks (the current one excluded) that met the target for ``key``."""
        target = getattr(self.targets, dict((k, t) for k, t, _ in MEASURES)[key])
        return sum(1 for w in self.weeks[:-1] if getattr(w, key) >= target)


def adherence_from_record(
    record: PatientRecord, as_of: dt.date, weeks: int = HISTORY_WEEKS
) -> Adherence:
    """Adherence from a loaded record; entries after ``as_of`` are ignored."""
    monday = week_start(as_of)
    first = monday - dt.timedelta(weeks=weeks - 1)
    history = weekly_exercise(record.workouts, first, as_of)
    fractures = [f for f in record.fractures if f.date <= as_of]
    category = classify(record, as_of).category
    targets = targets_for(record.patient, as_of, category, fractures, record.falls)
    limits = tuple(impact_limits(record.patient, as_of, fractures, record.falls))
    return Adherence(as_of, targets, history[-1], tuple(history), limits)


def weekly_adherence(
    db: Database, patient_id: PatientId, as_of: dt.date | None = None, weeks: int = HISTORY_WEEKS
) -> Adherence:
    """Adherence for a stored patient, loading only the workouts the window needs."""
    day = as_of or today()
    since = week_start(day) - dt.timedelta(weeks=weeks - 1)
    return adherence_from_record(load_record(db, patient_id, since=since, until=day), day, weeks)
