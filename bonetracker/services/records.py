"""Loading everything known about a patient in a handful of queries, as one PatientRecord."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.records import PatientId, PatientRecord
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import doses, entries, meals, measures, patients, scans

DOSE_WINDOW = dt.timedelta(days=400)
"""Doses read with a bounded record: a year of adherence (PDC over 365 days) and a margin;
each course's latest earlier dose comes too, so due dates stay right."""


def load_record(
    db: Database, patient_id: PatientId, since: dt.date | None = None,
    until: dt.date | None = None, *, with_doses: bool = True, latest_measures: bool = False,
) -> PatientRecord:
    """The patient's record; ``since``/``until`` bound the daily logs (scans, medications,
    fractures, measures, labs and FRAX results are always loaded whole, since the plan needs
    their full history). With ``since``,
    doses are read from :data:`DOSE_WINDOW` before ``until`` (or today) plus each course's
    latest earlier ones; without it, all of them. ``with_doses=False`` skips them (a caller that
    reads every dose itself, as the chart does, should not read them twice)."""
    dose_since = None
    if since is not None:
        dose_since = min(since, (until or today()) - DOSE_WINDOW)
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
            doses=tuple(doses.for_patient(s, patient_id, dose_since, until)) if with_doses else (),
            measures=tuple(measures.for_plan(s, patient_id) if latest_measures
                           else entries.measures.list_for_patient(s, patient_id)),
            labs=tuple(measures.labs_for_plan(s, patient_id) if latest_measures
                       else entries.labs.list_for_patient(s, patient_id)),
            frax=tuple(entries.frax.list_for_patient(s, patient_id)),
        )
