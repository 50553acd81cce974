"""The clinic's caseload: per patient, what needs a clinician's attention today, from plain facts.

Storage gathers the facts for every active patient in a few grouped queries; this module decides
the flags, so the rules are tested as a table. The fracture-liaison indicators follow the IOF
"Capture the Fracture" patient-level key performance indicators (Javaid et al., Osteoporos Int
2020;31:1193-1204): assessment by 12 weeks after the fracture, treatment and exercise started by
16 weeks, still on treatment at 52 weeks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.change import next_scan_due
from bonetracker.domain.records import DrugClass

DROP_OFF_DAYS = 14  # no log for more than 14 days: the "drop-off" (a product rule)
SCAN_DUE_SOON_DAYS = 90  # as the plan's scan reminder (guidance SCAN_DUE_NOTICE_DAYS)
PROGRAMME_REVIEW_WEEKS = 8  # review a prescription 8 weeks after its version started (product rule)
LOW_ADHERENCE_PERCENT = 50  # 30-day exercise against weekly targets (product rule)
# A fragility fracture in the last year, kept 12 weeks past the 52-week check so a missed
# persistence check shows (a product rule).
FLS_WINDOW_DAYS = 52 * 7 + 12 * 7
ASSESSMENT_WEEKS, TREATMENT_WEEKS, EXERCISE_WEEKS, PERSISTENCE_WEEKS = 12, 16, 16, 52  # IOF KPIs
# Weekly exercise targets (domain.targets: ROS 2022; Too Fit To Fracture 2014).
STRENGTH_PER_WEEK, BALANCE_MIN_PER_WEEK, WEIGHT_BEARING_MIN_PER_WEEK = 2, 120, 150


class Flag(StrEnum):
    """Why a patient needs attention; the filter names of ``caseload --filter``."""

    NO_SCAN = "no_scan"
    SCAN_OVERDUE = "scan_overdue"
    SCAN_DUE_SOON = "scan_due_soon"
    DOSE_OVERDUE = "dose_overdue"
    DROP_OFF = "drop_off"
    LOW_ADHERENCE = "low_adherence"
    PROGRAMME_REVIEW_DUE = "programme_review_due"
    FLS_ASSESSMENT_OVERDUE = "fls_assessment_overdue"
    FLS_TREATMENT_OVERDUE = "fls_treatment_overdue"
    FLS_EXERCISE_OVERDUE = "fls_exercise_overdue"
    FLS_PERSISTENCE_OVERDUE = "fls_persistence_overdue"


class Status(StrEnum):
    MET = "met"
    PENDING = "pending"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Course:
    """A treatment course (never a supplement) as the caseload needs it."""

    start: dt.date
    end: dt.date | None
    drug_class: DrugClass

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        return self.start <= last and (self.end is None or self.end >= first)


@dataclass(frozen=True)
class ExerciseWindow:
    """Workouts of one window: strength sessions, balance and weight-bearing minutes."""

    days: int
    strength_sessions: int = 0
    balance_minutes: int = 0
    weight_bearing_minutes: int = 0

    @property
    def percent(self) -> float:
        """Mean share of the three weekly targets met over the window (each capped at 100 %)."""
        weeks = self.days / 7
        shares = (
            self.strength_sessions / (STRENGTH_PER_WEEK * weeks),
            self.balance_minutes / (BALANCE_MIN_PER_WEEK * weeks),
            self.weight_bearing_minutes / (WEIGHT_BEARING_MIN_PER_WEEK * weeks),
        )
        return 100.0 * sum(min(1.0, s) for s in shares) / len(shares)


@dataclass(frozen=True)
class Facts:
    """Everything the caseload rules read about one patient."""

    last_scan: dt.date | None
    last_log: dt.date | None
    last_workout: dt.date | None
    courses: Sequence[Course] = ()
    fragility_fracture: dt.date | None = None  # the latest low-trauma fracture in the last year
    scans_since_fracture: bool = False
    exercise_since_fracture: dt.date | None = None  # the first workout on or after the fracture
    programme_version_start: dt.date | None = None
    doses_overdue: int = 0
    untreated_years: int | None = None  # rescan interval without treatment (Gourlay 2012)
    week: ExerciseWindow = ExerciseWindow(7)
    month: ExerciseWindow = ExerciseWindow(30)


@dataclass(frozen=True)
class Indicator:
    """One fracture-liaison indicator: due date and whether it is met, pending or overdue."""

    name: str
    due: dt.date
    status: Status


@dataclass(frozen=True)
class Assessment:
    """The caseload's reading of one patient on one day."""

    scan_due: dt.date | None
    days_since_log: int | None
    programme_review_due: dt.date | None
    indicators: tuple[Indicator, ...]
    flags: tuple[Flag, ...]


def _indicator(name: str, fracture: dt.date, weeks: int, met: bool, as_of: dt.date) -> Indicator:
    due = fracture + dt.timedelta(weeks=weeks)
    status = Status.MET if met else Status.OVERDUE if as_of > due else Status.PENDING
    return Indicator(name, due, status)


def fracture_liaison(f: Facts, as_of: dt.date) -> tuple[Indicator, ...]:
    """The four IOF indicators for the latest fragility fracture within :data:`FLS_WINDOW_DAYS`."""
    fracture = f.fragility_fracture
    if fracture is None or (as_of - fracture).days > FLS_WINDOW_DAYS or fracture > as_of:
        return ()
    treat_due = fracture + dt.timedelta(weeks=TREATMENT_WEEKS)
    persist_day = fracture + dt.timedelta(weeks=PERSISTENCE_WEEKS)
    exercise = f.exercise_since_fracture
    return (
        _indicator("assessment", fracture, ASSESSMENT_WEEKS, f.scans_since_fracture, as_of),
        _indicator("treatment", fracture, TREATMENT_WEEKS,
                   any(c.overlaps(fracture, min(treat_due, as_of)) for c in f.courses), as_of),
        _indicator("exercise", fracture, EXERCISE_WEEKS,
                   exercise is not None and exercise <= min(treat_due, as_of), as_of),
        _indicator("persistence", fracture, PERSISTENCE_WEEKS,
                   as_of >= persist_day and any(c.active_on(persist_day) for c in f.courses), as_of),
    )


def assess(f: Facts, as_of: dt.date) -> Assessment:
    """Flags and due dates for one patient on ``as_of``."""
    flags: list[Flag] = []
    running = [c.start for c in f.courses if c.active_on(as_of)]
    due = next_scan_due(f.last_scan, bool(running), False, f.untreated_years, min(running, default=None))
    if f.last_scan is None:
        flags.append(Flag.NO_SCAN)
    elif due is not None and due < as_of:
        flags.append(Flag.SCAN_OVERDUE)
    elif due is not None and (due - as_of).days <= SCAN_DUE_SOON_DAYS:
        flags.append(Flag.SCAN_DUE_SOON)
    if f.doses_overdue:
        flags.append(Flag.DOSE_OVERDUE)
    days = (as_of - f.last_log).days if f.last_log is not None else None
    if days is None or days > DROP_OFF_DAYS:
        flags.append(Flag.DROP_OFF)
    if f.month.percent < LOW_ADHERENCE_PERCENT:
        flags.append(Flag.LOW_ADHERENCE)
    review = (f.programme_version_start + dt.timedelta(weeks=PROGRAMME_REVIEW_WEEKS)
              if f.programme_version_start is not None else None)
    if review is not None and review <= as_of:
        flags.append(Flag.PROGRAMME_REVIEW_DUE)
    indicators = fracture_liaison(f, as_of)
    for indicator in indicators:
        if indicator.status is Status.OVERDUE:
            flags.append(Flag(f"fls_{indicator.name}_overdue"))
    return Assessment(due, days, review, indicators, tuple(flags))
