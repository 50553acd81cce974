"""On every backend: scan provenance, patient flags and the cross-calibration setting round-trip;
the earliest entry is found across every dated table."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.records import HipSide, Patient, Sex
from bonetracker.services import fractures, medications, patients, scans
from bonetracker.services import settings as settings_svc
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import patients as patient_repo


def test_provenance_flags_and_pairs_round_trip(db: Database) -> None:
    p = patients.add_patient(db, Patient(None, "Pia", Sex.FEMALE, dt.date(1950, 1, 1),
                                         impact_cleared=True, hyperparathyroidism=True))
    assert p.id is not None
    stored = patients.get_patient(db, p.id)
    assert stored.impact_cleared and stored.hyperparathyroidism
    scans.log_scan(db, scans.parse_scan(p.id, {"date": "2020-01-01", "device": "hologic",
                                               "model": "Horizon A", "machine_id": "Room 2",
                                               "software": "13.6", "hip_side": "mean",
                                               "vertebrae": "L2-L4"},
                                        [{"site": "lumbar_spine", "bmd": "0.9"}]))
    [scan] = scans.list_scans(db, p.id)
    assert (scan.model, scan.machine_id, scan.software, scan.hip_side, scan.vertebrae) == (
        "Horizon A", "Room 2", "13.6", HipSide.MEAN, "L2-L4")
    settings_svc.add_cross_calibration(db, "Room 2", "HOL-9")
    assert settings_svc.get_cross_calibrations(db) == [("HOL-9", "Room 2")]


def test_earliest_entry_across_tables(db: Database) -> None:
    p = patients.add_patient(db, Patient(None, "Eve", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert p.id is not None
    with db.read() as s:
        assert patient_repo.earliest_entry(s, p.id) is None
        assert patient_repo.birth_date(s, p.id) == dt.date(1950, 1, 1)
    scans.log_scan(db, scans.parse_scan(p.id, {"date": "2020-01-01"},
                                        [{"site": "total_hip", "bmd": "0.8"}]))
    fractures.log_fracture(db, fractures.parse_fracture(p.id, {"date": "2010-05-06", "site": "wrist"}))
    medications.log_medication(db, medications.parse_medication(p.id, {"drug": "HRT",
                                                                        "start": "2012-01-01"}))
    with db.read() as s:
        assert patient_repo.earliest_entry(s, p.id) == (dt.date(2010, 5, 6), "fracture")
        assert patient_repo.birth_date(s, 10**6) is None
