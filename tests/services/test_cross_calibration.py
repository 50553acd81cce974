"""The clinic's cross-calibrated machines: stored once per pair whatever the order or case,
refused when a machine is blank or named twice, changed only by an admin in clinic mode."""

from __future__ import annotations

import pytest

from bonetracker.domain.errors import ValidationError
from bonetracker.services import clinic
from bonetracker.services import settings as svc
from bonetracker.storage.audit import local_actor
from bonetracker.storage.database import Database


def test_nothing_is_declared_at_first(db: Database) -> None:
    assert svc.get_cross_calibrations(db) == [] and svc.cross_calibrated(db) == frozenset()


def test_pairs_are_stripped_kept_once_and_read_in_any_order(db: Database) -> None:
    svc.set_cross_calibrations(db, [(" Room 2 ", "HOL-123"), ("hol-123", "room 2"), ("B", "A")])
    assert svc.get_cross_calibrations(db) == [("A", "B"), ("HOL-123", "Room 2")]
    assert svc.cross_calibrated(db) == {frozenset({"a", "b"}), frozenset({"hol-123", "room 2"})}


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("", "Room 2", "is required"),
    ("   ", "Room 2", "is required"),
    ("Room 2", "ROOM 2 ", "same machine"),
    ("x" * 101, "Room 2", "at most 100 characters"),
    ("Room\x072", "Room 3", "control characters"),
])
def test_bad_pairs_are_refused_and_nothing_changes(db: Database, first: str, second: str,
                                                   expected: str) -> None:
    svc.set_cross_calibrations(db, [("A", "B")])
    with pytest.raises(ValidationError) as caught:
        svc.set_cross_calibrations(db, [("C", "D"), (first, second)])
    assert caught.value.errors[0].field == "machine_id" and expected in caught.value.errors[0].message
    assert svc.get_cross_calibrations(db) == [("A", "B")]


def test_add_and_remove_one_pair(db: Database) -> None:
    assert svc.add_cross_calibration(db, "Room 1", "Room 2") == [("Room 1", "Room 2")]
    assert svc.add_cross_calibration(db, "room 2", "ROOM 1") == [("Room 1", "Room 2")]
    with pytest.raises(ValidationError, match="not declared cross-calibrated"):
        svc.remove_cross_calibration(db, "Room 1", "Room 3")
    assert svc.remove_cross_calibration(db, "room 2", "room 1") == []


def test_in_clinic_mode_only_an_admin_declares_pairs(db: Database) -> None:
    svc.add_cross_calibration(db, "A", "B")  # clinic mode off: anyone on their own file
    admin = clinic.enable_clinic(db, "Admin Ann", "correct horse battery")
    clinic.add_user(db, "Kim", "kims password", "clinician", by=admin)
    try:
        clinic.sign_in(db, "Kim", "kims password", sleep=lambda _s: None)
        with pytest.raises(svc.AdminOnlyError):
            svc.add_cross_calibration(db, "C", "D")
        with pytest.raises(svc.AdminOnlyError):
            svc.set_cross_calibrations(db, [])
        assert svc.get_cross_calibrations(db) == [("A", "B")]
        clinic.sign_in(db, "Admin Ann", "correct horse battery", sleep=lambda _s: None)
        assert svc.add_cross_calibration(db, "C", "D") == [("A", "B"), ("C", "D")]
    finally:
        db.actor = local_actor()
