"""Build a patient's plan from the database: the one object the pane, CLI and report render."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.guidance import LIFESTYLE_WINDOW_DAYS
from bonetracker.domain.intake import EXERCISE_WINDOWS_DAYS, INTAKE_WINDOW_DAYS
from bonetracker.domain.plan import Plan, build_plan
from bonetracker.domain.records import PatientId, PatientRecord
from bonetracker.services.activities import activity_suggestions, restrictions_for
from bonetracker.services.programmes import recent_adherence
from bonetracker.services.queries.food_suggestions import food_suggestions
from bonetracker.services.records import load_record
from bonetracker.services.settings import cross_calibrated, get_frax_guideline, get_lsc
from bonetracker.services.validation import today
from bonetracker.storage.database import Database

# Daily logs (meals, workouts, lifestyle) are read only as far back as the rules look at them:
# intake over 14 days, exercise over 7 and 28, lifestyle over 28. Scans, courses, fractures
# and falls are always loaded whole, so the falls-in-a-year rule still sees a year. Reading
# more (it was 400 days) cost ~150 ms per patient opened with ten years of daily logs.
LOOKBACK = dt.timedelta(days=max(INTAKE_WINDOW_DAYS, *EXERCISE_WINDOWS_DAYS, LIFESTYLE_WINDOW_DAYS))


def patient_plan(db: Database, patient_id: PatientId, as_of: dt.date | None = None) -> Plan:
    as_of = as_of or today()
    record = load_record(db, patient_id, since=as_of - LOOKBACK, until=as_of, latest_measures=True)
    return plan_for_record(db, record, as_of)


def plan_for_record(db: Database, record: PatientRecord, as_of: dt.date) -> Plan:
    """The plan for an already loaded record, with the clinic's LSC and the suggestion lists."""
    return build_plan(
        record,
        as_of,
        lsc=get_lsc(db),
        food_suggestions=food_suggestions(db),
        activity_suggestions=activity_suggestions(restrictions_for(record, as_of)),
        programme_adherence=recent_adherence(db, record.patient, as_of),
        cross_calibrated=cross_calibrated(db),
        frax_guideline=get_frax_guideline(db),
    )
