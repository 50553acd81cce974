"""Column-wise bulk inserts store exactly what the record-wise Core insert stores, on every backend.

``insert_columns`` hands SQLite's driver pre-converted values (and leaves out columns that are
NULL in every row), so it is checked against ``insert_entries``, the plain Core executemany.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from bonetracker.domain.records import ActivityCategory, ActivityId, Patient, PatientId, Sex, Workout
from bonetracker.services import patients
from bonetracker.services.activities import list_activities
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import bulk
from bonetracker.storage.repositories.entries import workouts as repo


def _patient(db: Database, name: str) -> PatientId:
    saved = patients.add_patient(db, Patient(None, name, Sex.FEMALE, dt.date(1950, 1, 1)))
    assert saved.id is not None
    return saved.id


def _workouts(pid: PatientId, activity_id: ActivityId | None) -> list[Workout]:
    return [
        Workout(None, pid, dt.date(1980, 1, 1), "Brisk walking", ActivityCategory.WEIGHT_BEARING, 1,
                activity_id=activity_id),
        Workout(None, pid, dt.date(2024, 2, 29), "Free weights", ActivityCategory.RESISTANCE, 600,
                effort=10, sets=20, reps=100, load_kg=500.0, notes="Ümlaut — 漢字 🦴",
                activity_id=activity_id),
        Workout(None, pid, dt.date(2024, 2, 29), "Free weights", ActivityCategory.RESISTANCE, 30,
                load_kg=0.0, notes="two\nlines", activity_id=activity_id),
        Workout(None, pid, dt.date(2024, 3, 1), "Yoga", ActivityCategory.FLEXIBILITY, 45,
                effort=3, notes="x" * 2000),
    ]


def _stored(db: Database, pid: PatientId) -> list[Workout]:
    with db.read() as s:
        return [dataclasses.replace(w, id=None, patient_id=PatientId(0))
                for w in repo.list_for_patient(s, pid)]


def _columns(rows: list[Workout]) -> dict[str, list[Any]]:
    names = [n for n in repo.fields if n not in ("id", "patient_id", "version")]
    return {n: [getattr(w, n) for w in rows] for n in names}


def test_columns_are_stored_as_the_record_wise_insert_stores_them(db: Database) -> None:
    activity_id = list_activities(db)[0].id
    by_records, by_columns = _patient(db, "Rita Records"), _patient(db, "Cole Columns")
    with db.write() as s:
        bulk.insert_entries(s, repo, _workouts(by_records, activity_id))
        written = bulk.insert_columns(s, repo, _columns(_workouts(by_columns, activity_id)),
                                      {"patient_id": by_columns, "version": 1})
    assert written == 4
    assert _stored(db, by_columns) == _stored(db, by_records)
    assert [w.category for w in _stored(db, by_columns)] == [
        ActivityCategory.WEIGHT_BEARING, ActivityCategory.RESISTANCE, ActivityCategory.RESISTANCE,
        ActivityCategory.FLEXIBILITY]


def test_a_column_that_is_null_in_every_row_stays_null(db: Database) -> None:
    pid = _patient(db, "Nell Null")
    rows = [w for w in _workouts(pid, None) if w.sets is None]
    with db.write() as s:
        bulk.insert_columns(s, repo, _columns(rows), {"patient_id": pid, "version": 1})
    stored = _stored(db, pid)
    assert [(w.sets, w.reps, w.activity_id) for w in stored] == [(None, None, None)] * len(rows)
    assert stored == [dataclasses.replace(w, patient_id=PatientId(0)) for w in rows]


def test_nothing_to_write_and_malformed_columns(db: Database) -> None:
    pid = _patient(db, "Mo Malformed")
    with db.write() as s:
        assert bulk.insert_columns(s, repo, {"date": [], "minutes": []}, {"patient_id": pid}) == 0
        with pytest.raises(ValueError, match="different lengths"):
            bulk.insert_columns(s, repo, {"date": [dt.date(2024, 1, 1)], "minutes": []})
        with pytest.raises(ValueError, match="not columns of workouts: id, colour"):
            bulk.insert_columns(s, repo, {"id": [1], "colour": ["red"]})
    assert _stored(db, pid) == []
