"""Imports refuse entries dated before the patient's birth date, all or nothing, naming the row
and column; the workouts fast path steps aside so the row is named the same way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bonetracker.domain.records import Patient, PatientId, Sex
from bonetracker.services.interchange import importing
from bonetracker.services.interchange.csv_formats import ImportRejected
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.interchange.fhir.importing import import_fhir
from bonetracker.services.interchange.fhir.reader import FhirRejected
from bonetracker.services.patients import add_patient
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database

BORN = dt.date(1990, 5, 1)
MESSAGE = "must be on or after the birth date 1990-05-01"
PORTAL = Path(__file__).resolve().parents[2] / "fixtures" / "fhir" / "portal-dxa-and-vitamin-d.json"


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Young Import", Sex.FEMALE, BORN))
    assert p.id is not None
    return p.id


FILES = {
    "scans": ("date,site,bmd_g_cm2\n1990-05-01,total_hip,0.8\n1990-04-30,lumbar_spine,0.9\n", "date"),
    "workouts": ("date,activity,minutes\n1991-01-01,Brisk walking,30\n1990-04-30,Brisk walking,30\n",
                 "date"),
    "lifestyle": ("date,stress\n1991-01-01,3\n1990-04-30,4\n", "date"),
    "medications": ("drug,start,end\nvitamin D,1991-01-01,\nalendronate,1989-01-01,1990-04-01\n",
                    "start"),
    "fractures": ("date,site\n1991-01-01,wrist\n1990-04-30,hip\n", "date"),
    "falls": ("date\n1991-01-01\n1990-04-30\n", "date"),
    "measures": ("date,kind,value\n1991-01-01,height,150\n1990-04-30,height,60\n", "date"),
    "labs": ("date,test,value\n1991-01-01,egfr,90\n1990-04-30,egfr,80\n", "date"),
    "frax": ("date,model,with_bmd,major,hip\n1991-01-01,us,no,5,1\n1990-04-30,us,no,5,1\n", "date"),
}


@pytest.mark.parametrize("kind", list(FILES))
def test_a_row_before_the_birth_date_refuses_the_file(db: Database, pid: PatientId, kind: str) -> None:
    text, column = FILES[kind]
    with pytest.raises(ImportRejected) as caught:
        importing.import_table(db, kind, read_table(text), pid)
    errors = [e for e in caught.value.row_errors if MESSAGE in e.message]
    assert errors and errors[0].line == 3 and errors[0].column == column
    record = load_record(db, pid)
    assert not (record.scans or record.workouts or record.lifestyle or record.medications
                or record.fractures or record.falls or record.measures or record.labs
                or record.frax), "nothing was written"


def test_a_meal_before_the_birth_date_refuses_the_file(seeded_db: Database) -> None:
    p = add_patient(seeded_db, Patient(None, "Young Meals", Sex.FEMALE, BORN))
    assert p.id is not None
    text = "date,meal,food,grams\n1991-01-01,lunch,01077,100\n1990-04-30,lunch,01077,100\n"
    with pytest.raises(ImportRejected) as caught:
        importing.import_table(seeded_db, "meals", read_table(text), p.id)
    [error] = caught.value.row_errors
    assert (error.line, error.column) == (3, "date") and MESSAGE in error.message
    assert load_record(seeded_db, p.id).meals == ()


def test_a_fhir_result_before_the_birth_date_refuses_the_bundle(db: Database) -> None:
    p = add_patient(db, Patient(None, "Ann Example", Sex.FEMALE, dt.date(2024, 6, 1)))
    assert p.id is not None
    with pytest.raises(FhirRejected) as caught:
        import_fhir(db, PORTAL, p.id, force_patient=True)
    assert any("must be on or after the birth date 2024-06-01" in str(x) for x in caught.value.problems)
    assert load_record(db, p.id).scans == ()
