"""The caseload's rules as a table: one scenario a row, with the flags it must raise and why."""

from __future__ import annotations

import datetime as dt

import pytest

from bonetracker.domain.caseload import Course, ExerciseWindow, Facts, Flag, Status, assess, fracture_liaison
from bonetracker.domain.records import DrugClass

D = dt.date(2026, 6, 1)
ACTIVE = ExerciseWindow(30, strength_sessions=9, balance_minutes=520, weight_bearing_minutes=650)
ALN = DrugClass.BISPHOSPHONATE
IOF = "IOF Capture the Fracture KPIs (Javaid et al., Osteoporos Int 2020)"


def facts(**kw: object) -> Facts:
    base: dict[str, object] = {
        "last_scan": D - dt.timedelta(days=100),
        "last_log": D,
        "last_workout": D,
        "month": ACTIVE,
    }
    base.update(kw)
    return Facts(**base)  # type: ignore[arg-type]


def days(n: int) -> dt.date:
    return D - dt.timedelta(days=n)


# (scenario, facts, flags expected, why / source)
ROWS = [
    ("all well", facts(), set(), "nothing due"),
    ("never scanned", facts(last_scan=None), {Flag.NO_SCAN}, "no DXA on record"),
    (
        "untreated, scan 2 years + 1 day ago",
        facts(last_scan=days(731)),
        {Flag.SCAN_OVERDUE},
        "routine interval 2 years (domain.change)",
    ),
    (
        "treated, scan 13 months ago",
        facts(last_scan=days(395), courses=(Course(days(800), None, ALN),)),
        {Flag.SCAN_OVERDUE},
        "1 year on treatment (domain.change)",
    ),
    ("untreated, due in 60 days", facts(last_scan=days(670)), {Flag.SCAN_DUE_SOON}, "3-month notice"),
    ("14 days without a log", facts(last_log=days(14)), set(), "drop-off only over 14 days"),
    ("15 days without a log", facts(last_log=days(15)), {Flag.DROP_OFF}, "drop-off over 14 days"),
    ("never logged", facts(last_log=None, last_workout=None), {Flag.DROP_OFF}, "drop-off"),
    (
        "little exercise",
        facts(month=ExerciseWindow(30, 1, 60, 100)),
        {Flag.LOW_ADHERENCE},
        "under 50 % of the weekly targets",
    ),
    (
        "programme 8 weeks old",
        facts(programme_version_start=days(56)),
        {Flag.PROGRAMME_REVIEW_DUE},
        "review 8 weeks after the version started",
    ),
    ("programme 7 weeks old", facts(programme_version_start=days(49)), set(), "review not yet due"),
    ("doses overdue", facts(doses_overdue=1), {Flag.DOSE_OVERDUE}, "overdue doses"),
    (
        "fracture 13 weeks ago, no scan since",
        facts(fragility_fracture=days(91), exercise_since_fracture=days(80)),
        {Flag.FLS_ASSESSMENT_OVERDUE},
        IOF,
    ),
    (
        "fracture 13 weeks ago, scanned since",
        facts(fragility_fracture=days(91), scans_since_fracture=True, exercise_since_fracture=days(80)),
        set(),
        IOF,
    ),
    (
        "fracture 17 weeks ago, no treatment or exercise",
        facts(fragility_fracture=days(119), scans_since_fracture=True),
        {Flag.FLS_TREATMENT_OVERDUE, Flag.FLS_EXERCISE_OVERDUE},
        IOF,
    ),
    (
        "fracture 17 weeks ago, treated from week 10, exercising",
        facts(
            fragility_fracture=days(119),
            scans_since_fracture=True,
            exercise_since_fracture=days(100),
            courses=(Course(days(49), None, ALN),),
        ),
        set(),
        IOF,
    ),
    (
        "fracture 65 weeks ago is outside the window",
        facts(fragility_fracture=days(455)),
        set(),
        "a year, plus 12 weeks to see the 52-week check",
    ),
    (
        "fracture 52 weeks ago, treatment stopped at week 30: not overdue on the day",
        facts(
            fragility_fracture=days(364),
            scans_since_fracture=True,
            exercise_since_fracture=days(300),
            courses=(Course(days(330), days(154), ALN),),
        ),
        set(),
        IOF,
    ),
    (
        "fracture 53 weeks ago, treatment stopped at week 30",
        facts(
            fragility_fracture=days(371),
            scans_since_fracture=True,
            exercise_since_fracture=days(300),
            courses=(Course(days(330), days(154), ALN),),
        ),
        {Flag.FLS_PERSISTENCE_OVERDUE},
        IOF,
    ),
    (
        "fracture 53 weeks ago, still on treatment",
        facts(
            fragility_fracture=days(371),
            scans_since_fracture=True,
            exercise_since_fracture=days(300),
            courses=(Course(days(330), None, ALN),),
        ),
        set(),
        IOF,
    ),
]


@pytest.mark.parametrize(("scenario", "f", "expected", "source"), ROWS, ids=[r[0] for r in ROWS])
def test_caseload_flags(scenario: str, f: Facts, expected: set[Flag], source: str) -> None:
    assert set(assess(f, D).flags) == expected, (scenario, source)


def test_indicator_due_dates_and_statuses() -> None:
    fracture = days(30)
    found = {i.name: i for i in fracture_liaison(facts(fragility_fracture=fracture), D)}
    assert found["assessment"].due == fracture + dt.timedelta(weeks=12)
    assert found["treatment"].due == found["exercise"].due == fracture + dt.timedelta(weeks=16)
    assert found["persistence"].due == fracture + dt.timedelta(weeks=52)
    assert {i.status for i in found.values()} == {Status.PENDING}
    met = fracture_liaison(facts(fragility_fracture=fracture, exercise_since_fracture=days(3)), D)
    assert [i.status for i in met if i.name == "exercise"] == [Status.MET]


def test_adherence_percent_caps_each_target() -> None:
    assert ExerciseWindow(7, 2, 120, 150).percent == pytest.approx(100.0)
    assert ExerciseWindow(7, 10, 0, 0).percent == pytest.approx(100 / 3)
    assert ExerciseWindow(7).percent == 0.0
