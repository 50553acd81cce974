"""Workouts, lifestyle, medications, fractures and falls: round trips, edits, undo, and their rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bonetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from bonetracker.domain.intake import supplement_nutrient
from bonetracker.domain.records import (
    DrugClass,
    FallId,
    FractureId,
    FractureSite,
    LifestyleId,
    MedicationId,
    PatientId,
    WorkoutId,
)
from bonetracker.services import fractures, lifestyle, medications, patients, workouts
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database, open_database


def _patient(db: Database, name: str = "Ann Smith") -> PatientId:
    saved = patients.add_patient(db, patients.parse_patient(
        {"name": name, "sex": "female", "birth_date": "1956-02-29"}))
    assert saved.id is not None
    return saved.id


@pytest.fixture
def pid(db: Database) -> PatientId:
    return _patient(db)


def test_every_kind_survives_reopening_the_database(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    pid = _patient(db)
    w = workouts.log_workout(db, workouts.read_workout(db, pid, {
        "date": "2024-05-01", "activity": "free weights", "minutes": "40", "effort": "7",
        "sets": "3", "reps": "8", "load_kg": "15", "notes": "deadlifts"}))
    e = lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(pid, {
        "date": "2024-05-01", "cigarettes": "3", "alcohol_units": "2.5", "stress": "4",
        "daylight_minutes": "45", "notes": "busy"}))
    c = medications.log_medication(db, medications.parse_medication(pid, {
        "drug": "vitamin d", "start": "2024-01-01", "dose": "one tablet", "daily_amount": "800"}))
    f = fractures.log_fracture(db, fractures.parse_fracture(pid, {
        "date": "2019-07-01", "site": "wrist", "low_trauma": "no"}))
    fall = fractures.log_fall(db, fractures.parse_fall(pid, {
        "date": "2019-07-01", "injury": "yes", "notes": "slipped on ice"}))
    db.close()

    db = open_database(f"sqlite:///{db_path}")
    try:
        rec = load_record(db, pid)
        assert rec.workouts == (w,)
        assert (w.activity, w.load_kg, w.activity_id is not None) == ("Free weights", 15.0, True)
        assert rec.lifestyle == (e,) and e.alcohol_units == 2.5
        assert rec.medications == (c,)
        assert (c.drug, c.drug_class, c.daily_amount) == ("vitamin D supplement", DrugClass.SUPPLEMENT, 800)
        assert rec.fractures == (f,) and not f.low_trauma and f.site is FractureSite.WRIST
        assert rec.falls == (fall,) and fall.injury and fall.notes == "slipped on ice"
    finally:
        db.close()


def test_edit_bumps_the_version_and_a_stale_edit_is_refused(db: Database, pid: PatientId) -> None:
    w = workouts.log_workout(db, workouts.read_workout(
        db, pid, {"date": "2024-05-01", "activity": "Walking", "minutes": "30"}))
    edited = workouts.update_workout(db, dataclasses.replace(w, minutes=45))
    assert edited.version == w.version + 1 and edited.id == w.id
    assert workouts.list_workouts(db, pid) == [edited]
    with pytest.raises(StaleRecordError):
        workouts.update_workout(db, dataclasses.replace(w, minutes=50))  # old version
    assert workouts.list_workouts(db, pid)[0].minutes == 45


def test_edit_of_a_deleted_entry_is_not_found(db: Database, pid: PatientId) -> None:
    f = fractures.log_fracture(db, fractures.parse_fracture(pid, {"date": "2020-01-01", "site": "rib"}))
    assert f.id is not None
    fractures.delete_fracture(db, f.id)
    with pytest.raises(NotFoundError):
        fractures.update_fracture(db, dataclasses.replace(f, site=FractureSite.HIP))


def test_delete_then_restore_keeps_the_same_id(db: Database, pid: PatientId) -> None:
    made = [
        (workouts, "workout", workouts.log_workout(db, workouts.read_workout(
            db, pid, {"date": "2024-05-01", "activity": "Yoga", "minutes": "30"}))),
        (lifestyle, "lifestyle", lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(
            pid, {"date": "2024-05-01", "stress": "3"}))),
        (medications, "medication", medications.log_medication(db, medications.parse_medication(
            pid, {"drug": "denosumab", "start": "2023-01-01"}))),
        (fractures, "fracture", fractures.log_fracture(db, fractures.parse_fracture(
            pid, {"date": "2021-01-01", "site": "vertebra"}))),
        (fractures, "fall", fractures.log_fall(db, fractures.parse_fall(pid, {"date": "2021-01-01"}))),
    ]
    for module, kind, entry in made:
        removed = getattr(module, f"delete_{kind}")(db, entry.id)
        assert removed == entry
        with pytest.raises(NotFoundError):
            getattr(module, f"delete_{kind}")(db, entry.id)
        restored = getattr(module, f"restore_{kind}")(db, removed)
        assert restored == entry
    rec = load_record(db, pid)
    kinds = (rec.workouts, rec.lifestyle, rec.medications, rec.fractures, rec.falls)
    assert [len(x) for x in kinds] == [1] * 5


def test_deleting_unknown_ids_is_not_found(db: Database) -> None:
    for call in (lambda: workouts.delete_workout(db, WorkoutId(99)),
                 lambda: lifestyle.delete_lifestyle(db, LifestyleId(99)),
                 lambda: medications.delete_medication(db, MedicationId(99)),
                 lambda: fractures.delete_fracture(db, FractureId(99)),
                 lambda: fractures.delete_fall(db, FallId(99))):
        with pytest.raises(NotFoundError):
            call()


# -- medications ----------------------------------------------------------------------------------
def _course(db: Database, pid: PatientId, **raw: str) -> None:
    medications.log_medication(db, medications.parse_medication(pid, raw))


@pytest.mark.parametrize(("drug", "cls"), [
    ("alendronate", DrugClass.BISPHOSPHONATE), ("Zoledronic acid", DrugClass.BISPHOSPHONATE),
    ("zoledronate", DrugClass.BISPHOSPHONATE), ("denosumab", DrugClass.DENOSUMAB),
    ("teriparatide", DrugClass.ANABOLIC), ("romosozumab", DrugClass.ANABOLIC),
    ("raloxifene", DrugClass.SERM), ("hrt", DrugClass.HRT), ("calcium", DrugClass.SUPPLEMENT),
    ("other", DrugClass.OTHER),
])
def test_class_comes_from_the_drug(drug: str, cls: DrugClass) -> None:
    course = medications.parse_medication(PatientId(1), {"drug": drug, "start": "2024-01-01"})
    assert course.drug_class is cls and course.drug in medications.DRUGS


def test_overlapping_courses_of_the_same_drug_are_refused(db: Database, pid: PatientId) -> None:
    _course(db, pid, drug="alendronate", start="2020-01-01", end="2022-12-31")
    with pytest.raises(ValidationError) as info:
        _course(db, pid, drug="Alendronate", start="2022-06-01")
    [message] = info.value.for_field("start")
    assert "overlaps the alendronate course from 2020-01-01 (to 2022-12-31)" in message
    _course(db, pid, drug="alendronate", start="2023-01-01")  # after the first ended: fine
    _course(db, pid, drug="denosumab", start="2022-06-01")  # another drug: fine
    _course(db, pid, drug="other", start="2022-06-01")
    _course(db, pid, drug="other", start="2022-06-01")  # "other" courses can be different drugs
    with pytest.raises(ValidationError, match="still running"):
        _course(db, pid, drug="alendronate", start="2024-01-01")
    assert len(medications.list_medications(db, pid)) == 5


def test_editing_a_course_does_not_clash_with_itself(db: Database, pid: PatientId) -> None:
    _course(db, pid, drug="risedronate", start="2021-01-01")
    [course] = medications.list_medications(db, pid)
    edited = medications.update_medication(db, dataclasses.replace(course, dose="35 mg weekly"))
    assert edited.dose == "35 mg weekly"


def test_stop_ends_the_running_course(db: Database, pid: PatientId) -> None:
    _course(db, pid, drug="ibandronate", start="2021-01-01")
    stopped = medications.stop_medication(db, pid, "IBANDRONATE", "2023-03-01")
    assert stopped.end == dt.date(2023, 3, 1)
    with pytest.raises(NotFoundError):
        medications.stop_medication(db, pid, "ibandronate", "2023-04-01")
    _course(db, pid, drug="raloxifene", start="2021-01-01")
    with pytest.raises(ValidationError) as info:
        medications.stop_medication(db, pid, "raloxifene", "2020-01-01")
    assert info.value.for_field("end")


def test_medication_field_errors(pid: PatientId) -> None:
    with pytest.raises(ValidationError) as info:
        medications.parse_medication(pid, {"drug": "aspirin", "start": "2099-01-01"})
    assert {e.field for e in info.value.errors} == {"drug", "start"}
    with pytest.raises(ValidationError) as info:
        medications.parse_medication(pid, {"drug": "calcium", "start": "2024-01-02",
                                           "end": "2024-01-01", "daily_amount": "9000"})
    assert {e.field for e in info.value.errors} == {"end", "daily_amount"}
    with pytest.raises(ValidationError) as info:
        medications.parse_medication(pid, {"drug": "alendronate", "start": "2024-01-01",
                                           "daily_amount": "10"})
    assert info.value.for_field("daily_amount") == ["is only for calcium and vitamin D supplements"]


def test_supplement_daily_amounts_for_the_intake_engine(db: Database, pid: PatientId) -> None:
    _course(db, pid, drug="calcium supplement", start="2024-01-01", daily_amount="500")
    _course(db, pid, drug="vitamin D supplement", start="2024-01-01", end="2024-03-01",
            daily_amount="1000")
    courses = medications.list_medications(db, pid)
    assert medications.supplement_daily_amounts(courses, dt.date(2024, 2, 1)) == {
        "calcium_mg": 500, "vitamin_d_iu": 1000}
    assert medications.supplement_daily_amounts(courses, dt.date(2024, 4, 1)) == {"calcium_mg": 500}
    assert medications.daily_amount_unit("calcium") == "mg"
    assert medications.daily_amount_unit("vitamin d") == "IU"
    assert medications.daily_amount_unit("alendronate") is None
    # the intake engine recognises both built-in supplement names
    assert [supplement_nutrient(c) for c in courses] == ["calcium_mg", "vitamin_d_iu"]


# -- lifestyle, fractures, falls --------------------------------------------------------------------
def test_one_lifestyle_entry_a_day(db: Database, pid: PatientId) -> None:
    first = lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(pid, {"date": "2024-05-01",
                                                                        "stress": "5"}))
    with pytest.raises(ValidationError) as info:
        lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(pid, {"date": "2024-05-01",
                                                                    "cigarettes": "1"}))
    assert info.value.for_field("date")
    edited = lifestyle.update_lifestyle(db, dataclasses.replace(first, stress=6))
    assert edited.stress == 6
    other = _patient(db, "Bea")
    lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(other, {"date": "2024-05-01", "stress": "2"}))


@pytest.mark.parametrize(("field", "value"), [
    ("cigarettes", "-1"), ("cigarettes", "101"), ("cigarettes", "2.5"), ("alcohol_units", "50.5"),
    ("alcohol_units", "-0.5"), ("stress", "0"), ("stress", "11"), ("daylight_minutes", "1441"),
    ("date", "2099-01-01"),
])
def test_lifestyle_invalid_values_name_the_field(field: str, value: str) -> None:
    raw = {"date": "2024-05-01", "stress": "5", field: value}
    with pytest.raises(ValidationError) as info:
        lifestyle.parse_lifestyle(PatientId(1), raw)
    assert field in {e.field for e in info.value.errors}


def test_an_empty_lifestyle_entry_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least one value"):
        lifestyle.parse_lifestyle(PatientId(1), {"date": "2024-05-01", "notes": "  "})


@pytest.mark.parametrize(("raw", "fields"), [
    ({"date": "2024-01-01", "site": "knee"}, {"site"}),
    ({"date": "2099-01-01", "site": "hip"}, {"date"}),
    ({"date": "2024-01-01", "site": "hip", "low_trauma": "perhaps"}, {"low_trauma"}),
    ({"site": "hip"}, {"date"}),
])
def test_fracture_errors(raw: dict[str, str], fields: set[str]) -> None:
    with pytest.raises(ValidationError) as info:
        fractures.parse_fracture(PatientId(1), raw)
    assert {e.field for e in info.value.errors} == fields


def test_fracture_low_trauma_defaults_to_yes_and_fall_injury_to_no() -> None:
    assert fractures.parse_fracture(PatientId(1), {"date": "1965-01-01", "site": "hip"}).low_trauma
    assert not fractures.parse_fall(PatientId(1), {"date": "2024-01-01"}).injury
    with pytest.raises(ValidationError) as info:
        fractures.parse_fall(PatientId(1), {"date": "2024-01-01", "injury": "badly"})
    assert info.value.for_field("injury")
