"""Typed writes of every dated entry refuse dates before the birth date (the forms, CLI and
importers all end here), edits included; a birth date after the earliest entry is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import Patient, PatientId, Sex
from bonetracker.services import doses, fractures, lifestyle, medications, patients, scans, workouts
from bonetracker.services.validation import before_birth_errors, oldest_birth_date
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import entries

BORN = dt.date(1990, 5, 1)
MESSAGE = "must be on or after the birth date 1990-05-01"


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = patients.add_patient(db, Patient(None, "Young Typed", Sex.FEMALE, BORN))
    assert p.id is not None
    return p.id


def refused(call: object, field: str = "date") -> None:
    assert callable(call)
    with pytest.raises(ValidationError) as caught:
        call()
    assert [(e.field, e.message) for e in caught.value.errors] == [(field, MESSAGE)]


def test_edits_may_not_move_an_entry_before_the_birth_date(db: Database, pid: PatientId) -> None:
    scan = scans.log_scan(db, scans.parse_scan(pid, {"date": "1991-01-01"},
                                               [{"site": "total_hip", "bmd": "0.8"}]))
    refused(lambda: scans.update_scan(db, dataclasses.replace(scan, date=dt.date(1990, 4, 30))))
    walk = workouts.log_workout(db, workouts.read_workout(db, pid, {
        "date": "1991-01-01", "activity": "Brisk walking", "minutes": "30"}))
    refused(lambda: workouts.update_workout(db, dataclasses.replace(walk, date=dt.date(1985, 1, 1))))
    day = lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(pid, {"date": "1991-01-01", "stress": "2"}))
    refused(lambda: lifestyle.update_lifestyle(db, dataclasses.replace(day, date=dt.date(1985, 1, 1))))
    broke = fractures.log_fracture(db, fractures.parse_fracture(pid, {"date": "1991-01-01", "site": "wrist"}))
    refused(lambda: fractures.update_fracture(db, dataclasses.replace(broke, date=dt.date(1985, 1, 1))))
    fell = fractures.log_fall(db, fractures.parse_fall(pid, {"date": "1991-01-01"}))
    refused(lambda: fractures.update_fall(db, dataclasses.replace(fell, date=dt.date(1985, 1, 1))))
    course = medications.log_medication(db, medications.parse_medication(pid, {
        "drug": "vitamin D", "start": "1991-01-01"}))
    refused(lambda: medications.update_medication(
        db, dataclasses.replace(course, start=dt.date(1985, 1, 1))), "start")
    assert scans.list_scans(db, pid)[0].date == dt.date(1991, 1, 1)


def test_a_dose_of_a_course_stored_before_the_rule_is_refused(db: Database, pid: PatientId) -> None:
    legacy = medications.parse_medication(pid, {"drug": "alendronate", "start": "1991-01-01"})
    with db.write() as s:  # a course from before this check, dated before the birth date
        stored = entries.medications.add(s, dataclasses.replace(legacy, start=dt.date(1985, 1, 7)))
    dose = doses.parse_dose(pid, {"drug": "alendronate", "date": "1985-01-14"}, [stored])
    refused(lambda: doses.log_dose(db, dose))
    assert doses.list_doses(db, pid) == []


def test_a_birth_date_after_the_earliest_entry_is_refused(db: Database, pid: PatientId) -> None:
    medications.log_medication(db, medications.parse_medication(pid, {
        "drug": "vitamin D", "start": "1992-02-03"}))
    fractures.log_fall(db, fractures.parse_fall(pid, {"date": "1993-01-01"}))
    current = patients.get_patient(db, pid)
    with pytest.raises(ValidationError) as caught:
        patients.update_patient(db, dataclasses.replace(current, birth_date=dt.date(1992, 6, 1)))
    assert caught.value.errors[0].message == ("must be on or before the earliest entry, a "
                                              "medication course on 1992-02-03")
    assert patients.get_patient(db, pid).birth_date == BORN
    moved = patients.update_patient(db, dataclasses.replace(current, birth_date=dt.date(1992, 2, 3)))
    assert moved.birth_date == dt.date(1992, 2, 3)


def test_the_oldest_birth_date_is_120_years_back() -> None:
    assert oldest_birth_date(dt.date(2026, 12, 4)) == dt.date(1906, 12, 4)
    assert oldest_birth_date(dt.date(2020, 2, 29)) == dt.date(1900, 2, 28)  # 1900 was no leap year
    errors = patients.patient_errors(Patient(None, "Old", Sex.FEMALE, oldest_birth_date()
                                             - dt.timedelta(days=1)))
    assert [e.field for e in errors] == ["birth_date"] and "120 years" in errors[0].message
    assert patients.patient_errors(Patient(None, "Old", Sex.FEMALE, oldest_birth_date())) == []


def test_before_birth_errors_name_each_field() -> None:
    found = before_birth_errors(BORN, [("start", dt.date(1990, 4, 30)), ("end", None),
                                       ("date", BORN)])
    assert [(e.field, e.message) for e in found] == [("start", MESSAGE)]
    assert before_birth_errors(None, [("date", dt.date(1900, 1, 1))]) == []
