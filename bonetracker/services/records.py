"""Loading everything known about a patient in a handful of queries, as one PatientRecord."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.records import PatientId, PatientRecord
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import entries, meals, patients, scans


def load_record(
    db: Database, patient_id: PatientId, since: dt.date | None = None,
    until: dt.date | None = None,
) -> PatientRecord:
    """The patient's record; ``since``/``until`` bound the daily logs (scans, medications and
    fractures are always loaded whole, since the plan needs their full history)."""
    with db.read() as s:
        return PatientRecord(
            patient=patients.get(s, patient_id),
            scans=tuple(scans.list_for_patient(s, patient_id)),
            workouts=tuple(entries.workouts.list_for_patient(s, patient_id, since, until)),
            meals=tuple(meals.list_for_patient(s, patient_id, since, until)),
            lifestyle=tuple(entries.lifestyle.list_for_patient(s, patient_id, since, until)),
            medications=tuple(entries.medications.list_for_patient(s, patient_id)),
            fractures=tuple(entries.fractures.list_for_patient(s, patient_id)),
            falls=tuple(entries.falls.list_for_patient(s, patient_id)),
        )
