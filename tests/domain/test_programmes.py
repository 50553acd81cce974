"""Programmes in the domain: versions in force, weekly adherence, progression and safety."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bonetracker.domain.programmes.adherence import complete_weeks, summarize, weekly_adherence
from bonetracker.domain.programmes.model import (
    BALANCE_LEVELS,
    DoseKind,
    Programme,
    ProgrammeItem,
    ProgrammeItemId,
    ProgrammeVersion,
    Progression,
)
from bonetracker.domain.programmes.progression import done_as_prescribed, next_step, proposals
from bonetracker.domain.programmes.safety import restrictions
from bonetracker.domain.programmes.templates import TEMPLATES
from bonetracker.domain.records import (
    Activity,
    ActivityCategory,
    Fall,
    Fracture,
    FractureSite,
    Patient,
    PatientId,
    PatientRecord,
    Sex,
    Workout,
    WorkoutId,
)

P = PatientId(1)
MON = dt.date(2026, 11, 2)  # a Monday


def item(iid: int, activity: str = "Bodyweight squats", per_week: int = 2, **kw: object) -> ProgrammeItem:
    base = ProgrammeItem(
        activity,
        ActivityCategory.RESISTANCE,
        DoseKind.SETS_REPS,
        per_week,
        sets=2,
        reps=8,
        minutes=10,
        progression=Progression.REPS_THEN_LOAD,
        id=ProgrammeItemId(iid),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def workout(
    day: dt.date,
    iid: int,
    wid: int = 0,
    effort: int | None = 5,
    sets: int = 2,
    reps: int = 8,
    load: float | None = None,
    activity: str = "Bodyweight squats",
    minutes: int = 10,
) -> Workout:
    return Workout(
        WorkoutId(wid or day.toordinal() * 100 + iid),
        P,
        day,
        activity,
        ActivityCategory.RESISTANCE,
        minutes,
        effort=effort,
        sets=sets,
        reps=reps,
        load_kg=load,
        programme_item_id=ProgrammeItemId(iid),
    )


def programme(*versions: ProgrammeVersion) -> Programme:
    return Programme(P, "Home programme", versions[0].start, versions=versions)


def test_version_in_force_is_the_latest_started() -> None:
    v1 = ProgrammeVersion(1, MON, (item(1),))
    v2 = ProgrammeVersion(2, MON + dt.timedelta(days=10), (item(2, reps=10),))
    p = programme(v1, v2)
    assert p.version_on(MON - dt.timedelta(days=1)) is None
    assert p.version_on(MON + dt.timedelta(days=9)) == v1
    assert p.version_on(MON + dt.timedelta(days=10)) == v2
    assert p.current == v2
    assert p.item(ProgrammeItemId(1)) == (v1, v1.items[0])
    assert p.item(ProgrammeItemId(9)) is None


def test_weekly_adherence_caps_each_item_at_its_prescription() -> None:
    squats, walk = item(1, per_week=2), item(2, "Brisk walking", per_week=3, dose_kind=DoseKind.MINUTES)
    p = programme(ProgrammeVersion(1, MON, (squats, walk)))
    logs = [workout(MON + dt.timedelta(days=d), 1) for d in range(5)]  # squats 5 times, no walking
    [week] = weekly_adherence(p, logs, MON, MON + dt.timedelta(days=6))
    assert (week.items_done, week.items_prescribed) == (2, 5)  # 5 squats count as 2
    assert (week.sessions_done, week.sessions_prescribed) == (3, 3)  # 5 days, capped at 3
    assert week.percent == pytest.approx(40.0)


def test_adherence_follows_items_across_a_mid_week_version_change() -> None:
    v1 = ProgrammeVersion(1, MON - dt.timedelta(days=7), (item(1, per_week=2),))
    v2 = ProgrammeVersion(2, MON + dt.timedelta(days=3), (item(2, per_week=2, reps=10),))
    p = programme(v1, v2)
    logs = [workout(MON, 1), workout(MON + dt.timedelta(days=4), 2, reps=10)]
    weeks = weekly_adherence(p, logs, MON - dt.timedelta(days=7), MON + dt.timedelta(days=6))
    assert [(w.version, w.items_done, w.items_prescribed) for w in weeks] == [(1, 0, 2), (1, 2, 2)]


def test_weeks_before_the_programme_are_skipped_and_complete_weeks_exclude_this_one() -> None:
    p = programme(ProgrammeVersion(1, MON, (item(1, per_week=2),)))
    logs = [workout(MON + dt.timedelta(days=d), 1) for d in (0, 2, 7, 14, 15, 21)]
    as_of = MON + dt.timedelta(days=22)  # Tuesday of the 4th week
    weeks = complete_weeks(p, logs, as_of)
    assert [w.week_start for w in weeks] == [MON, MON + dt.timedelta(days=7), MON + dt.timedelta(days=14)]
    summary = summarize(weeks)
    assert summary is not None
    assert (summary.items_done, summary.items_prescribed, summary.weeks) == (5, 6, 3)
    assert summary.percent == pytest.approx(500 / 6)
    assert summarize([]) is None


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (item(1, reps=8), item(1, reps=10), "reps 8 -> 10"),
        (item(1, reps=11), item(1, reps=12), "reps 11 -> 12"),
        (item(1, reps=12, load_kg=4.0), item(1, reps=8, load_kg=4.5), "load 4 -> 4.5 kg, reps back to 8"),
        (item(1, reps=12, load_kg=20.0), item(1, reps=8, load_kg=21.0), "load 20 -> 21 kg, reps back to 8"),
        (item(1, reps=12, sets=2), item(1, reps=8, sets=3), "sets 2 -> 3, reps back to 8"),
        (
            item(1, dose_kind=DoseKind.IMPACTS, impacts=20, progression=Progression.ADD_IMPACTS),
            item(1, dose_kind=DoseKind.IMPACTS, impacts=30, progression=Progression.ADD_IMPACTS),
            "impacts 20 -> 30",
        ),
        (
            item(1, dose_kind=DoseKind.MINUTES, minutes=20, progression=Progression.ADD_MINUTES),
            item(1, dose_kind=DoseKind.MINUTES, minutes=25, progression=Progression.ADD_MINUTES),
            "minutes 20 -> 25",
        ),
        (
            item(1, balance_level=1, progression=Progression.BALANCE_BASE),
            item(1, balance_level=2, progression=Progression.BALANCE_BASE),
            f"{BALANCE_LEVELS[1]} -> {BALANCE_LEVELS[2]}",
        ),
    ],
)
def test_next_step_by_rule(before: ProgrammeItem, after: ProgrammeItem, change: str) -> None:
    step = next_step(before)
    assert step == (dataclasses.replace(after, id=None), change)


@pytest.mark.parametrize(
    "top",
    [
        item(1, reps=12, sets=4),
        item(1, progression=Progression.NONE),
        item(1, balance_level=len(BALANCE_LEVELS) - 1, progression=Progression.BALANCE_BASE),
        item(1, impacts=100, progression=Progression.ADD_IMPACTS),
    ],
)
def test_no_step_past_the_top(top: ProgrammeItem) -> None:
    assert next_step(top) is None


def test_progression_needs_two_easy_sessions_done_as_prescribed() -> None:
    squats = item(1, reps=8)
    p = programme(ProgrammeVersion(1, MON, (squats,)))
    easy = [workout(MON, 1, wid=1, effort=5), workout(MON + dt.timedelta(days=2), 1, wid=2, effort=6)]
    [proposal] = proposals(p, easy)
    assert proposal.proposed.reps == 10
    assert proposal.key == "1:1,2"
    assert "effort 5/10 on 2026-11-02 and 6/10 on 2026-11-04" in proposal.reason
    assert proposals(p, easy, dismissed={"1:1,2"}) == []
    hard = [easy[0], workout(MON + dt.timedelta(days=2), 1, wid=2, effort=7)]
    assert proposals(p, hard) == []
    short = [easy[0], workout(MON + dt.timedelta(days=2), 1, wid=2, reps=6)]
    assert proposals(p, short) == []
    no_effort = [easy[0], workout(MON + dt.timedelta(days=2), 1, wid=2, effort=None)]
    assert proposals(p, no_effort) == []
    assert proposals(p, easy[:1]) == []


def test_done_as_prescribed_by_dose_kind() -> None:
    loaded = item(1, load_kg=5.0)
    assert done_as_prescribed(workout(MON, 1, load=5.0), loaded)
    assert not done_as_prescribed(workout(MON, 1, load=4.0), loaded)
    walk = item(2, "Brisk walking", dose_kind=DoseKind.MINUTES, minutes=30)
    assert done_as_prescribed(workout(MON, 2, minutes=30), walk)
    assert not done_as_prescribed(workout(MON, 2, minutes=20), walk)


AS_OF = dt.date(2026, 12, 1)
JUMP = Activity(None, "Jumping and hopping", ActivityCategory.IMPACT, 8.0, high_impact=True)
SITUPS = Activity(None, "Sit-ups and crunches", ActivityCategory.RESISTANCE, 2.8, spinal_flexion=True)
SQUATS = Activity(None, "Bodyweight squats", ActivityCategory.RESISTANCE, 3.8)
ROS = "Royal Osteoporosis Society 2022"
TFTF = "Too Fit To Fracture"


def person(
    birth: dt.date = dt.date(1955, 1, 1), fractures: tuple[Fracture, ...] = (), falls: tuple[Fall, ...] = ()
) -> PatientRecord:
    return PatientRecord(Patient(P, "Ann", Sex.FEMALE, birth), fractures=fractures, falls=falls)


VERTEBRA = Fracture(None, P, dt.date(2024, 5, 1), FractureSite.VERTEBRA)
HIP = Fracture(None, P, dt.date(2025, 5, 1), FractureSite.HIP)
WRIST = Fracture(None, P, dt.date(2025, 5, 1), FractureSite.WRIST)


# One row per clinical scenario: activity, person, osteoporotic, expected reason fragments, citation.
@pytest.mark.parametrize(
    ("activity", "record", "osteoporotic", "expected", "source"),
    [
        (SITUPS, person(), True, ["loads the spine in flexion", "osteoporosis range"], ROS),
        (
            SITUPS,
            person(fractures=(VERTEBRA,)),
            False,
            ["loads the spine in flexion", "vertebral fracture"],
            ROS,
        ),
        (SITUPS, person(), False, [], None),  # low bone mass, no fracture: flexion not held back
        (JUMP, person(fractures=(HIP,)), False, ["moderate or high impact", "hip fracture"], TFTF),
        (JUMP, person(fractures=(VERTEBRA,)), True, ["vertebral fracture is on record (2024-05-01)"], TFTF),
        (JUMP, person(falls=(Fall(None, P, dt.date(2026, 11, 1)),)), False, ["fall on 2026-11-01"], TFTF),
        (JUMP, person(falls=(Fall(None, P, dt.date(2025, 11, 1)),)), False, [], None),  # over a year ago
        (JUMP, person(fractures=(WRIST,)), False, [], None),  # a wrist fracture does not hold impact back
        (JUMP, person(birth=dt.date(1940, 1, 1)), False, ["the person is 86"], ROS),
        (JUMP, person(fractures=(WRIST, dataclasses.replace(WRIST, date=dt.date(2025, 9, 1)))), False,
         ["two or more low-trauma fractures"], ROS),
        (SQUATS, person(birth=dt.date(1930, 1, 1), fractures=(VERTEBRA, HIP)), True, [], None),
    ],
)
def test_restrictions_table(
    activity: Activity, record: PatientRecord, osteoporotic: bool, expected: list[str], source: str | None
) -> None:
    found = restrictions(activity, record, AS_OF, osteoporotic=osteoporotic)
    if not expected:
        assert found == []
        return
    text = " | ".join(r.reason for r in found)
    for fragment in expected:
        assert fragment in text
    assert source is not None and any(source in r.source for r in found)


def test_a_fracture_after_the_day_of_prescribing_is_not_counted() -> None:
    later = Fracture(None, P, dt.date(2027, 1, 1), FractureSite.HIP)
    assert restrictions(JUMP, person(fractures=(later,)), AS_OF, osteoporotic=False) == []


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_templates_hold_back_what_their_category_restricts(name: str) -> None:
    _, items = TEMPLATES[name]
    activities = {i.activity for i in items}
    assert "Sit-ups and crunches" not in activities
    if name == "vertebral_fracture":
        assert not any(i.category is ActivityCategory.IMPACT for i in items)
    assert {"Bodyweight squats", "Balance drills"} <= activities
    assert all(i.per_week >= 1 and i.cues for i in items)
    assert all(i.dose_text() for i in items)
