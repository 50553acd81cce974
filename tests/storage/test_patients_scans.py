"""Patients and DXA visits survive a round trip through the database, exactly as entered."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bonetracker.domain.errors import StaleRecordError, ValidationError
from bonetracker.domain.records import Device, Menopause, Patient, PatientId, Sex, Site, Smoking
from bonetracker.services import patients, scans
from bonetracker.storage.database import open_database


def _ann() -> Patient:
    return Patient(
        id=None, name="Ann Smith", sex=Sex.FEMALE, birth_date=dt.date(1956, 2, 29),
        height_cm=160.5, weight_kg=58.2, menopause=Menopause.POST, menopause_year=2006,
        smoking=Smoking.FORMER, smoking_quit_date=dt.date(2001, 1, 1),
        prior_fragility_fracture=True, glucocorticoids=True, notes="Right hip replaced",
    )


def test_patient_round_trip_after_reopening(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    saved = patients.add_patient(db, _ann())
    db.close()
    db = open_database(f"sqlite:///{db_path}")
    try:
        assert saved.id is not None
        assert patients.get_patient(db, saved.id) == dataclasses.replace(_ann(), id=saved.id)
    finally:
        db.close()


def test_stale_patient_edit_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    saved = patients.add_patient(db, _ann())
    patients.update_patient(db, dataclasses.replace(saved, weight_kg=60))
    with pytest.raises(StaleRecordError):
        patients.update_patient(db, dataclasses.replace(saved, weight_kg=61))
    assert saved.id is not None
    assert patients.get_patient(db, saved.id).weight_kg == 60


def test_archive_hides_from_list(db) -> None:  # type: ignore[no-untyped-def]
    saved = patients.add_patient(db, _ann())
    patients.add_patient(db, dataclasses.replace(_ann(), name="Bea Jones"))
    assert saved.id is not None
    patients.set_archived(db, saved.id, True)
    assert [p.name for p in patients.list_patients(db)] == ["Bea Jones"]
    assert len(patients.list_patients(db, include_archived=True)) == 2


def test_search_by_name_part_or_birth_date(db) -> None:  # type: ignore[no-untyped-def]
    patients.add_patient(db, _ann())
    patients.add_patient(db, dataclasses.replace(_ann(), name="Bea Jones", birth_date=dt.date(1970, 1, 2)))
    assert [p.name for p in patients.list_patients(db, "smi")] == ["Ann Smith"]
    assert [p.name for p in patients.list_patients(db, "1970")] == ["Bea Jones"]


def _visit(pid: PatientId, day: dt.date, **sites: dict[str, str]) -> scans.DxaScan:
    return scans.parse_scan(
        pid, {"date": day.isoformat(), "device": "hologic"},
        [{"site": s, **v} for s, v in sites.items()],
    )


def test_scan_visit_round_trip_and_same_day_join(db) -> None:  # type: ignore[no-untyped-def]
    pid = patients.add_patient(db, _ann()).id
    assert pid is not None
    day = dt.date(2021, 3, 1)
    first = scans.log_scan(db, _visit(pid, day, femoral_neck={"bmd": "0.701", "t_score": "-1.3"}))
    joined = scans.log_scan(db, _visit(pid, day, lumbar_spine={"t_score": "-2.6", "z_score": "-1"}))
    assert joined.id == first.id
    [visit] = scans.list_scans(db, pid)
    assert visit.device == Device.HOLOGIC
    fn = visit.measurement(Site.FEMORAL_NECK)
    ls = visit.measurement(Site.LUMBAR_SPINE)
    assert fn is not None and (fn.bmd, fn.t_score, fn.z_score) == (0.701, -1.3, None)
    assert ls is not None and (ls.bmd, ls.t_score, ls.z_score) == (None, -2.6, -1.0)


def test_second_measurement_of_a_site_on_one_visit_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    pid = patients.add_patient(db, _ann()).id
    assert pid is not None
    scans.log_scan(db, _visit(pid, dt.date(2021, 3, 1), femoral_neck={"bmd": "0.7"}))
    with pytest.raises(ValidationError, match="already measured"):
        scans.log_scan(db, _visit(pid, dt.date(2021, 3, 1), femoral_neck={"bmd": "0.8"}))
    [visit] = scans.list_scans(db, pid)
    assert [m.bmd for m in visit.measurements] == [0.7]


def test_delete_then_restore_keeps_ids(db) -> None:  # type: ignore[no-untyped-def]
    pid = patients.add_patient(db, _ann()).id
    assert pid is not None
    saved = scans.log_scan(db, _visit(pid, dt.date(2020, 1, 1), total_hip={"bmd": "0.8"},
                                      femoral_neck={"bmd": "0.7"}))
    assert saved.id is not None
    removed = scans.delete_scan(db, saved.id)
    assert scans.list_scans(db, pid) == []
    scans.restore_scan(db, removed)
    [back] = scans.list_scans(db, pid)
    assert back.id == saved.id
    assert [m.id for m in back.measurements] == [m.id for m in saved.measurements]


def test_edit_replaces_measurements(db) -> None:  # type: ignore[no-untyped-def]
    pid = patients.add_patient(db, _ann()).id
    assert pid is not None
    saved = scans.log_scan(db, _visit(pid, dt.date(2020, 1, 1), femoral_neck={"bmd": "0.7"}))
    edited = scans.parse_scan(pid, {"date": "2020-01-02"}, [{"site": "femoral_neck", "bmd": "0.71"}],
                              base=saved)
    scans.update_scan(db, edited)
    [back] = scans.list_scans(db, pid)
    assert back.date == dt.date(2020, 1, 2)
    assert [m.bmd for m in back.measurements] == [0.71]
    with pytest.raises(StaleRecordError):
        scans.update_scan(db, edited)  # carries the old version


def test_deleting_a_patient_cascades(db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from bonetracker.storage.models import PatientRow, SiteMeasurementRow

    pid = patients.add_patient(db, _ann()).id
    assert pid is not None
    scans.log_scan(db, _visit(pid, dt.date(2020, 1, 1), femoral_neck={"bmd": "0.7"}))
    with db.write() as s:
        s.delete(s.get(PatientRow, pid))
    with db.read() as s:
        assert s.scalar(select(func.count(SiteMeasurementRow.id))) == 0


def test_undo_still_works_after_a_newer_entry_was_logged(db) -> None:  # type: ignore[no-untyped-def]
    """Ids are never reused (AUTOINCREMENT on SQLite, sequences on PostgreSQL)."""
    pid = patients.add_patient(db, _ann()).id
    assert pid is not None
    newest = scans.log_scan(db, _visit(pid, dt.date(2020, 1, 1), femoral_neck={"bmd": "0.7"}))
    assert newest.id is not None
    removed = scans.delete_scan(db, newest.id)
    other = scans.log_scan(db, _visit(pid, dt.date(2021, 1, 1), femoral_neck={"bmd": "0.71"}))
    assert other.id != removed.id
    scans.restore_scan(db, removed)
    assert sorted(s.id for s in scans.list_scans(db, pid)) == sorted([removed.id, other.id])


@pytest.mark.parametrize("text", ["%", "_", "a%", "19_0"])
def test_like_wildcards_are_searched_literally(db, text: str) -> None:  # type: ignore[no-untyped-def]
    patients.add_patient(db, _ann())
    assert patients.list_patients(db, text) == []
