"""Scanner details in the scans CSV: older files import as before, details round-trip through
export, and rows of one visit (or a stored visit) that disagree are refused with the row named."""

from __future__ import annotations

import datetime as dt

import pytest

from bonetracker.domain.records import HipSide, Patient, PatientId, Sex
from bonetracker.services.interchange import importing
from bonetracker.services.interchange.csv_formats import SPECS, ImportRejected, write_table
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.interchange.exporting import scan_rows
from bonetracker.services.patients import add_patient
from bonetracker.services.records import load_record
from bonetracker.services.scans import list_scans
from bonetracker.storage.database import Database


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Ann Import", Sex.FEMALE, dt.date(1955, 4, 1)))
    assert p.id is not None
    return p.id


def run(db: Database, text: str, pid: PatientId) -> importing.ImportResult:
    return importing.import_table(db, "scans", read_table(text), pid)


def test_an_older_file_without_the_columns_imports_as_before(db: Database, pid: PatientId) -> None:
    run(db, "date,site,bmd_g_cm2,t_score,z_score,device,facility,notes\n"
            "2023-05-02,lumbar_spine,0.9,,,hologic,,\n", pid)
    [scan] = list_scans(db, pid)
    assert scan.vertebrae == "L1-L4" and scan.hip_side is None and scan.machine_id == ""


def test_details_round_trip_through_export(db: Database, pid: PatientId) -> None:
    run(db, "date,site,bmd_g_cm2,device,model,machine_id,software,hip_side,vertebrae\n"
            "2023-05-02,lumbar_spine,0.9,ge_lunar,Prodigy,Room 2,16,,l2-l4\n"
            "2023-05-02,total_hip,0.8,ge_lunar,,,,left,\n", pid)
    [scan] = list_scans(db, pid)
    assert (scan.model, scan.machine_id, scan.software) == ("Prodigy", "Room 2", "16")
    assert (scan.hip_side, scan.vertebrae) == (HipSide.LEFT, "L2-L4")
    text = write_table(SPECS["scans"], scan_rows(load_record(db, pid)))
    assert text.splitlines()[0].endswith("model,machine_id,software,hip_side,vertebrae")
    assert "Prodigy,Room 2,16,left,L2-L4" in text
    other = add_patient(db, Patient(None, "Bea Copy", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert other.id is not None
    run(db, text, other.id)
    [copy] = list_scans(db, other.id)
    assert (copy.model, copy.hip_side, copy.vertebrae) == ("Prodigy", HipSide.LEFT, "L2-L4")
    assert run(db, text, other.id).skipped == 2  # importing the export again adds nothing


def test_rows_of_one_visit_that_disagree_are_refused(db: Database, pid: PatientId) -> None:
    with pytest.raises(ImportRejected) as caught:
        run(db, "date,site,bmd_g_cm2,machine_id,vertebrae\n"
                "2023-05-02,lumbar_spine,0.9,A,L1-L3\n"
                "2023-05-02,total_hip,0.8,B,L1-L4\n", pid)
    [error] = caught.value.row_errors
    assert (error.line, error.column) == (3, "machine_id") and "line 2" in error.message
    assert list_scans(db, pid) == []


def test_a_bad_value_names_its_row_and_column(db: Database, pid: PatientId) -> None:
    with pytest.raises(ImportRejected) as caught:
        run(db, "date,site,bmd_g_cm2,hip_side,vertebrae\n"
                "2023-05-02,total_hip,0.8,both,\n"
                "2023-05-03,lumbar_spine,0.9,,L1\n", pid)
    found = {(e.line, e.column) for e in caught.value.row_errors}
    assert found == {(2, "hip_side"), (3, "vertebrae")}
    assert list_scans(db, pid) == []


def test_a_row_contradicting_the_stored_visit_is_refused(db: Database, pid: PatientId) -> None:
    run(db, "date,site,bmd_g_cm2,machine_id\n2023-05-02,lumbar_spine,0.9,A\n", pid)
    with pytest.raises(ImportRejected) as caught:
        run(db, "date,site,bmd_g_cm2,machine_id\n2023-05-02,total_hip,0.8,B\n", pid)
    assert caught.value.row_errors[0].column == "machine_id"
    run(db, "date,site,bmd_g_cm2,hip_side\n2023-05-02,total_hip,0.8,right\n", pid)
    [scan] = list_scans(db, pid)
    assert scan.machine_id == "A" and scan.hip_side is HipSide.RIGHT and len(scan.measurements) == 2
