"""Build a patient's plan from the database: the one object the pane, CLI and report render."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.plan import Plan, build_plan
from bonetracker.domain.records import PatientId, PatientRecord
from bonetracker.services import foods
from bonetracker.services.activities import activity_suggestions, restrictions_for
from bonetracker.services.records import load_record
from bonetracker.services.settings import get_lsc
from bonetracker.services.validation import today
from bonetracker.storage.database import Database

# The rules look back at most a year (falls in the last 12 months); older daily logs are not
# needed, which keeps a ten-year history cheap to plan.
LOOKBACK = dt.timedelta(days=400)


def patient_plan(db: Database, patient_id: PatientId, as_of: dt.date | None = None) -> Plan:
    as_of = as_of or today()
    record = load_record(db, patient_id, since=as_of - LOOKBACK, until=as_of)
    return plan_for_record(db, record, as_of)


def plan_for_record(db: Database, record: PatientRecord, as_of: dt.date) -> Plan:
    """The plan for an already loaded record, with the clinic's LSC and the suggestion lists."""
    return build_plan(
        record,
        as_of,
        lsc=get_lsc(db),
        food_suggestions=foods.food_suggestions(db),
        activity_suggestions=activity_suggestions(restrictions_for(record, as_of)),
    )
