"""Weekly adherence against hand-computed Monday-start weeks."""

from __future__ import annotations

import itertools

import pytest

from bonetracker.domain.records import ActivityCategory, FractureSite, PatientId
from bonetracker.domain.targets import Impact
from bonetracker.services import patients, workouts
from bonetracker.services.queries.adherence import adherence_from_record, weekly_adherence
from bonetracker.storage.database import Database
from tests.helpers.factories import D, fracture, record, workout

R, B, WB, IMP, NWB = (ActivityCategory.RESISTANCE, ActivityCategory.BALANCE,
                    ActivityCategory.WEIGHT_BEARING, ActivityCategory.IMPACT,
                    ActivityCategory.NON_WEIGHT_BEARING)
WED = D(2024, 5, 15)  # a Wednesday; its ISO week starts Monday 2024-05-13


def test_this_week_runs_from_monday_to_the_day() -> None:
    rec = record(workouts=[
        workout(D(2024, 5, 12), R, 40),  # Sunday: previous week
        workout(D(2024, 5, 13), R, 40),  # Monday
        workout(D(2024, 5, 13), B, 15),
        workout(D(2024, 5, 14), R, 30),
        workout(D(2024, 5, 14), WB, 45),
        workout(D(2024, 5, 15), IMP, 20),  # impact counts as weight-bearing too
        workout(D(2024, 5, 15), NWB, 60),  # swimming counts towards nothing
        workout(D(2024, 5, 16), B, 99),  # Thursday: after as_of, ignored
    ])
    a = adherence_from_record(rec, WED)
    w = a.this_week
    assert w.week_start == D(2024, 5, 13)
    assert (w.strength_sessions, w.balance_minutes, w.weight_bearing_minutes, w.impact_sessions) == (
        2, 15, 65, 1)
    measures = {x.key: x for x in a.measures()}
    assert measures["strength_sessions"].met and measures["strength_sessions"].target == 2
    assert not measures["balance_minutes"].met and measures["balance_minutes"].target == 120
    assert measures["balance_minutes"].fraction == pytest.approx(15 / 120)
    assert measures["weight_bearing_minutes"].target == 150


def test_twelve_weeks_oldest_first_with_hand_computed_totals() -> None:
    rec = record(workouts=[
        workout(D(2024, 2, 25), R, 30),  # Sunday before the window (week of 02-19): excluded
        workout(D(2024, 2, 26), R, 30),  # Monday of the first week
        workout(D(2024, 2, 28), B, 20),
        workout(D(2024, 3, 3), WB, 50),  # Sunday: still the first week
        workout(D(2024, 3, 4), WB, 10),  # second week
        workout(D(2024, 4, 29), B, 120),  # week 10 (Monday 04-29)
        workout(D(2024, 5, 6), R, 30),  # week 11
        workout(D(2024, 5, 8), R, 30),
        workout(D(2024, 5, 14), R, 30),  # week 12 (this week)
    ])
    a = adherence_from_record(rec, WED)
    starts = [w.week_start for w in a.weeks]
    assert len(starts) == 12
    assert starts[0] == D(2024, 2, 26) and starts[-1] == D(2024, 5, 13)
    assert all((b - a_).days == 7 for a_, b in itertools.pairwise(starts))
    first, second = a.weeks[0], a.weeks[1]
    assert (first.strength_sessions, first.balance_minutes, first.weight_bearing_minutes) == (1, 20, 50)
    assert (second.strength_sessions, second.weight_bearing_minutes) == (0, 10)
    assert a.weeks[9].balance_minutes == 120
    assert a.weeks[10].strength_sessions == 2
    assert a.this_week is a.weeks[-1] and a.this_week.strength_sessions == 1
    # full past weeks meeting each target (this partial week excluded)
    assert a.weeks_met("strength_sessions") == 1
    assert a.weeks_met("balance_minutes") == 1
    assert a.weeks_met("weight_bearing_minutes") == 0


def test_on_a_monday_the_week_has_one_day() -> None:
    monday = D(2024, 5, 13)
    rec = record(workouts=[workout(D(2024, 5, 12), R), workout(monday, R)])
    a = adherence_from_record(rec, monday)
    assert a.this_week.week_start == monday and a.this_week.strength_sessions == 1


def test_targets_follow_the_fracture_history() -> None:
    rec = record(fractures=[fracture(D(2023, 1, 1), FractureSite.VERTEBRA)])
    assert adherence_from_record(rec, WED).targets.impact is Impact.LIMITED
    assert adherence_from_record(record(), WED).targets.impact is Impact.ALLOWED


def test_weekly_adherence_reads_stored_workouts(db: Database) -> None:
    p = patients.add_patient(db, patients.parse_patient(
        {"name": "Ada", "sex": "female", "birth_date": "1955-01-01"}))
    pid = PatientId(p.id or 0)
    for day, name, minutes in [("2024-05-13", "Tai chi", 30), ("2024-05-14", "Brisk walking", 40),
                               ("2024-05-14", "Weight machines", 45), ("2024-05-06", "Tai chi", 20),
                               ("2023-01-02", "Tai chi", 60)]:
        workouts.log_workout(db, workouts.read_workout(
            db, pid, {"date": day, "activity": name, "minutes": str(minutes)}))
    a = weekly_adherence(db, pid, WED)
    assert (a.this_week.balance_minutes, a.this_week.weight_bearing_minutes,
            a.this_week.strength_sessions) == (30, 40, 1)
    assert a.weeks[-2].balance_minutes == 20
    assert sum(w.balance_minutes for w in a.weeks) == 50  # the 2023 session is outside

