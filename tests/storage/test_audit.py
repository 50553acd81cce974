"""The audit log on both backends: every create, change, archive and delete is recorded with
who and where, in the same transaction, and no UPDATE or DELETE can alter it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError, InternalError, OperationalError

from bonetracker.domain.errors import StaleRecordError
from bonetracker.domain.records import ActivityCategory, Workout
from bonetracker.services import patients, workouts
from bonetracker.services.audit_log import history, record_event
from bonetracker.storage.audit import Actor
from bonetracker.storage.database import Database


@pytest.fixture
def who(db: Database) -> Database:
    previous = db.actor
    db.actor = Actor("Dr Ada", "room-3")
    yield db  # type: ignore[misc]
    db.actor = previous


def test_create_change_archive_delete_are_logged_with_who_and_where(who: Database) -> None:
    db = who
    p = patients.add_patient(db, patients.parse_patient({"name": "Ann Audit", "sex": "female",
                                                         "birth_date": "1950-01-01"}))
    assert p.id is not None
    w = workouts.log_workout(db, Workout(None, p.id, dt.date(2026, 1, 5), "Walking",
                                         ActivityCategory.WEIGHT_BEARING, 30))
    assert w.id is not None
    workouts.update_workout(db, dataclasses.replace(w, minutes=45))
    patients.update_patient(db, dataclasses.replace(p, weight_kg=61.5))
    patients.set_archived(db, p.id, True)
    workouts.delete_workout(db, w.id)
    entries = list(reversed(history(db, p.id)))
    assert [(e.action, e.kind) for e in entries] == [
        ("create", "patient"), ("create", "workout"), ("change", "workout"), ("change", "patient"),
        ("archive", "patient"), ("delete", "workout")]
    assert {(e.user, e.workstation) for e in entries} == {("Dr Ada", "room-3")}
    change = entries[2]
    assert change.before is not None and change.after is not None
    assert (change.before["minutes"], change.after["minutes"]) == (30, 45)
    assert change.changed_fields() == ["minutes", "version"]
    assert entries[3].changed_fields() == ["version", "weight_kg"]
    assert entries[5].before is not None and entries[5].after is None
    assert entries[0].record_id == p.id and entries[1].record_id == w.id


def test_a_failed_write_leaves_no_entry(who: Database) -> None:
    db = who
    before = len(history(db))
    with pytest.raises(RuntimeError), db.write() as s:
        from bonetracker.storage.repositories import patients as repo

        raw = {"name": "Rolled Back", "sex": "male", "birth_date": "1960-01-01"}
        repo.add(s, patients.parse_patient(raw))
        raise RuntimeError("boom")
    assert len(history(db)) == before


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET user_name = 'someone else'",
                                       "DELETE FROM audit_log"])
def test_audit_rows_cannot_be_changed_or_deleted(who: Database, statement: str) -> None:
    db = who
    record_event(db, "export", "patient", patient_id=1, details={"format": "csv"})
    refused = (IntegrityError, OperationalError, InternalError, DatabaseError)
    with pytest.raises(refused) as err, db.write() as s:
        s.execute(text(statement))
    assert "append-only" in str(err.value)
    [entry] = history(db)
    assert entry.user == "Dr Ada" and entry.after == {"format": "csv"}


def test_stale_edit_names_who_saved_first(who: Database) -> None:
    db = who
    p = patients.add_patient(db, patients.parse_patient({"name": "Bo Stale", "sex": "male",
                                                         "birth_date": "1950-01-01"}))
    assert p.id is not None
    w = workouts.log_workout(db, Workout(None, p.id, dt.date(2026, 1, 5), "Walking",
                                         ActivityCategory.WEIGHT_BEARING, 30))
    db.actor = Actor("Nurse Kim", "desk-1")
    workouts.update_workout(db, dataclasses.replace(w, minutes=40))
    db.actor = Actor("Dr Ada", "room-3")
    with pytest.raises(StaleRecordError, match="by Nurse Kim on desk-1 at"):
        workouts.update_workout(db, dataclasses.replace(w, minutes=50))
    with pytest.raises(StaleRecordError, match="by Dr Ada on room-3"):
        patients.update_patient(db, dataclasses.replace(patients.get_patient(db, p.id), version=0))


def test_password_hashes_never_enter_the_log(who: Database) -> None:
    from bonetracker.services import clinic

    clinic.enable_clinic(who, "Admin Ann", "correct horse battery")
    with who.engine.connect() as conn:  # closed: an open transaction would block the next TRUNCATE
        rows = conn.execute(text("SELECT before, after FROM audit_log")).all()
    dumped = json.dumps([list(r) for r in rows])
    assert "scrypt$" not in dumped and "password_hash" not in dumped
    assert "Admin Ann" in dumped
