"""The plan reads only the latest tests and labs (``repositories.measures``): it must say exactly
what it says from the whole record, on both backends."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.plan import build_plan, plan_as_dict
from bonetracker.services import labs, measures, patients
from bonetracker.services.queries.plan import patient_plan, plan_for_record
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database

AS_OF = dt.date(2026, 6, 1)


def test_the_plan_from_the_latest_rows_equals_the_plan_from_all(db: Database) -> None:
    p = patients.add_patient(db, patients.parse_patient(
        {"name": "Lena Long", "sex": "female", "birth_date": "1946-02-01", "weight_kg": "60"}))
    assert p.id is not None
    day = dt.date(2016, 1, 15)
    k = 0
    while day <= AS_OF:
        k += 1
        for kind, value in (("tug", 10 + k % 7), ("grip", 14 + k % 5), ("chair_stand_30s", 7 + k % 6),
                            ("height", 165 - k * 0.05)):
            text = str(int(value)) if kind == "chair_stand_30s" else f"{value:.1f}"
            measures.log_measure(db, measures.parse_measure(
                p.id, {"kind": kind, "date": day.isoformat(), "value": text}))
        if k % 3 == 0:
            labs.log_lab(db, labs.parse_lab(p.id, {"test": "vitamin_d_25oh", "date": day.isoformat(),
                                                   "value": str(15 + k % 20)}))
            labs.log_lab(db, labs.parse_lab(p.id, {"test": "egfr", "date": day.isoformat(),
                                                   "value": str(30 + k % 9)}))
        day += dt.timedelta(days=61)
    fast = plan_as_dict(patient_plan(db, p.id, AS_OF))
    whole = plan_as_dict(plan_for_record(db, load_record(db, p.id), AS_OF))
    assert fast["measurements"] == whole["measurements"] and fast["labs"] == whole["labs"]
    assert fast["height"] == whole["height"] and fast["recommendations"] == whole["recommendations"]
    assert len(load_record(db, p.id).measures) > 4 * 50
    assert plan_as_dict(build_plan(load_record(db, p.id), AS_OF))["measurements"] == fast["measurements"]
