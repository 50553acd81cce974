"""Workout validation: every bad field is named, values stay in range, and nothing invalid is saved."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import (
    Activity,
    ActivityCategory,
    FractureSite,
    PatientId,
    Sex,
    Site,
    Workout,
)
from bonetracker.services import patients, workouts
from bonetracker.services.activities import load_catalogue
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from tests.helpers.factories import TODAY, D, fracture, m, patient, record, scan

PID = PatientId(1)
ACTIVITIES = [e.activity for e in load_catalogue()]
GOOD = {"date": "2024-05-01", "activity": "Free weights", "minutes": "30", "effort": "6",
        "sets": "3", "reps": "10", "load_kg": "12.5", "notes": "felt good"}
LIMITS = {"minutes": (1, 600), "effort": (1, 10), "sets": (1, 20), "reps": (1, 100), "load_kg": (0, 500)}


def parse(**changes: object) -> Workout:
    return workouts.parse_workout(PID, {**GOOD, **changes}, ACTIVITIES)


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in exc.value.errors}


def test_a_good_strength_workout_parses() -> None:
    w = parse(activity="FREE WEIGHTS")
    assert (w.activity, w.category, w.minutes, w.effort, w.sets, w.reps, w.load_kg) == (
        "Free weights", ActivityCategory.RESISTANCE, 30, 6, 3, 10, 12.5)
    assert w.notes == "felt good" and w.id is None


@pytest.mark.parametrize(("field", "value"), [
    ("minutes", "0"), ("minutes", "601"), ("minutes", "30.5"), ("minutes", ""), ("minutes", "abc"),
    ("effort", "0"), ("effort", "11"), ("sets", "0"), ("sets", "21"), ("reps", "0"), ("reps", "101"),
    ("load_kg", "-1"), ("load_kg", "500.5"), ("load_kg", "nan"), ("load_kg", "inf"),
    ("date", "2024-02-30"), ("date", ""), ("date", "1979-12-31"), ("activity", ""),
    ("activity", "Quidditch"), ("notes", "bad\x00text"),
])
def test_each_invalid_value_is_rejected_with_its_field_named(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse(**{field: value})
    assert field in fields_of(info)


def test_future_date_is_rejected() -> None:
    with pytest.raises(ValidationError, match="future"):
        parse(date=(today() + dt.timedelta(days=1)).isoformat())


def test_every_error_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        parse(minutes="0", effort="12", sets="99", reps="-1", load_kg="x")
    assert fields_of(info) == {"minutes", "effort", "sets", "reps", "load_kg"}


def test_strength_fields_only_for_resistance_activities() -> None:
    with pytest.raises(ValidationError) as info:
        parse(activity="Walking")
    assert fields_of(info) == {"sets", "reps", "load_kg"}
    w = parse(activity="Walking", sets="", reps="", load_kg="")
    assert w.category is ActivityCategory.WEIGHT_BEARING and w.sets is None


def test_load_in_pounds_is_stored_in_kg() -> None:
    w = parse(load_kg="", load_lb="22.05")
    assert w.load_kg == pytest.approx(10.0, abs=0.01)
    with pytest.raises(ValidationError) as info:
        parse(load_kg="", load_lb="1200")
    assert fields_of(info) == {"load_lb"}
    with pytest.raises(ValidationError) as both:
        parse(load_lb="10")
    assert fields_of(both) == {"load_lb"}


def test_unknown_activity_message_suggests_a_name() -> None:
    with pytest.raises(ValidationError) as info:
        parse(activity="tai-chi")
    assert "Tai chi" in info.value.for_field("activity")[0]


# -- nothing invalid reaches the database, by any path ---------------------------------------------
@pytest.fixture
def pid(db: Database) -> PatientId:
    saved = patients.add_patient(db, patients.parse_patient(
        {"name": "Val", "sex": "female", "birth_date": "1960-01-01"}))
    assert saved.id is not None
    return saved.id


def _save_from_form(db: Database, pid: PatientId, raw: dict[str, object]) -> None:
    """What the page and the CLI do: parse, then log; a ValidationError stops before the write."""
    with contextlib.suppress(ValidationError):
        workouts.log_workout(db, workouts.read_workout(db, pid, raw))


bad_number = st.one_of(
    st.integers(min_value=-10_000, max_value=-1).map(str),
    st.integers(min_value=601, max_value=10**9).map(str),
    st.floats(allow_nan=True, allow_infinity=True).filter(lambda x: not math.isfinite(x)).map(str),
    st.text(alphabet="abcxyz,;!%- ", min_size=1, max_size=8).filter(lambda t: t.strip() != ""),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(LIMITS)), value=bad_number)
def test_invalid_text_never_reaches_the_database(db: Database, pid: PatientId, field: str,
                                                 value: str) -> None:
    low, high = LIMITS[field]
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if math.isfinite(number) and low <= number <= high and float(number).is_integer():
        return  # not actually invalid for this field
    _save_from_form(db, pid, {**GOOD, field: value})
    assert workouts.list_workouts(db, pid) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    minutes=st.one_of(st.integers(max_value=0), st.integers(min_value=601), st.just(math.nan)),
    load=st.one_of(st.floats(max_value=-0.01), st.floats(min_value=500.01), st.just(math.inf)),
)
def test_invalid_typed_values_never_reach_the_database(db: Database, pid: PatientId, minutes: float,
                                                       load: float) -> None:
    w = dataclasses.replace(parse(), patient_id=pid, minutes=minutes, load_kg=load)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        workouts.log_workout(db, w)
    with pytest.raises(ValidationError):
        workouts.update_workout(db, dataclasses.replace(w, id=1))  # type: ignore[arg-type]
    assert workouts.list_workouts(db, pid) == []


@given(minutes=st.integers(1, 600), effort=st.integers(1, 10), sets=st.integers(1, 20),
       reps=st.integers(1, 100), load=st.floats(0, 500).map(lambda x: round(x, 1)))
def test_every_value_in_range_is_accepted(minutes: int, effort: int, sets: int, reps: int,
                                          load: float) -> None:
    w = parse(minutes=str(minutes), effort=str(effort), sets=str(sets), reps=str(reps),
              load_kg=str(load))
    assert (w.minutes, w.effort, w.sets, w.reps, w.load_kg) == (minutes, effort, sets, reps, load)


# -- entry-time warnings (shown, not blocking) -----------------------------------------------------
def _activity(name: str) -> Activity:
    return next(a for a in ACTIVITIES if a.name == name)


def test_high_impact_after_a_vertebral_fracture_warns() -> None:
    rec = record(fractures=[fracture(D(2022, 3, 1), FractureSite.VERTEBRA)])
    [warning] = workouts.workout_warnings(rec, _activity("Jumping and hopping"), TODAY)
    assert "brisk walking" in warning
    assert workouts.workout_warnings(rec, _activity("Brisk walking"), TODAY) == []


def test_spinal_flexion_with_osteoporosis_warns() -> None:
    rec = record(scans=[scan(D(2024, 1, 1), m(Site.LUMBAR_SPINE, t=-2.8))])
    [warning] = workouts.workout_warnings(rec, _activity("Pilates"), TODAY)
    assert "flexion" in warning
    assert workouts.workout_warnings(rec, _activity("Jogging"), TODAY) == []


def test_no_warnings_without_restrictions() -> None:
    rec = record(patient(sex=Sex.MALE), scans=[scan(D(2024, 1, 1), m(Site.TOTAL_HIP, t=-0.5))])
    for name in ("Pilates", "Jumping and hopping", "Running"):
        assert workouts.workout_warnings(rec, _activity(name), TODAY) == []
