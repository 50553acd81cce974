"""The patient list's "Due" column and "overdue only" filter, held to the plan's own answers."""

from __future__ import annotations

import datetime as dt

import pytest

from bonetracker.domain import doses as D
from bonetracker.domain.records import PatientId
from bonetracker.services import doses as dose_svc
from bonetracker.services import medications
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.queries.patient_overview import (
    count_overview,
    due_for_patient,
    list_overview,
)
from bonetracker.services.queries.plan import patient_plan
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database

TODAY = dt.date.today()


def person(db: Database, name: str) -> PatientId:
    p = add_patient(db, parse_patient({"name": name, "sex": "female", "birth_date": "1948-02-02"}))
    assert p.id is not None
    return p.id


def course(db: Database, pid: PatientId, drug: str, start: dt.date) -> None:
    raw = {"drug": drug, "start": start.isoformat()}
    medications.log_medication(db, medications.parse_medication(pid, raw))


def dose(db: Database, pid: PatientId, drug: str, day: dt.date) -> None:
    dose_svc.record_dose(db, pid, {"drug": drug, "date": day.isoformat()})


def scan(db: Database, pid: PatientId, day: dt.date, hip: float) -> None:
    log_scan(db, parse_scan(pid, {"date": day.isoformat()}, [{"site": "total_hip", "bmd": str(hip)}]))


@pytest.fixture
def clinic(db: Database) -> dict[str, PatientId]:
    late = person(db, "Ada Late")  # denosumab 7.5 months after the last injection
    start = D.add_months(TODAY, -20)
    course(db, late, "denosumab", start)
    dose(db, late, "denosumab", D.add_months(TODAY, -7) - dt.timedelta(days=15))
    fine = person(db, "Bea Fine")  # weekly tablets logged this week
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    course(db, fine, "alendronate", monday - dt.timedelta(weeks=4))
    for k in range(5):
        dose(db, fine, "alendronate", monday - dt.timedelta(weeks=k))
    old_scan = person(db, "Cleo Scan")  # untreated, T -2.0 (a 1-year interval, Gourlay 2012), 26 months ago
    scan(db, old_scan, D.add_months(TODAY, -26), 0.70)
    quiet = person(db, "Dina Quiet")  # untreated, scanned 14 months ago, stable
    scan(db, quiet, D.add_months(TODAY, -38), 0.80)
    scan(db, quiet, D.add_months(TODAY, -14), 0.80)
    losing = person(db, "Eva Loss")  # the same, but a significant loss at the latest scan
    scan(db, losing, D.add_months(TODAY, -38), 0.80)
    scan(db, losing, D.add_months(TODAY, -14), 0.74)
    return {"late": late, "fine": fine, "old_scan": old_scan, "quiet": quiet, "losing": losing}


def test_due_column_names_overdue_doses_and_scans(db: Database, clinic: dict[str, PatientId]) -> None:
    rows = {r.name: r.due for r in list_overview(db)}
    late = rows["Ada Late"]
    assert late.urgent and late.any_overdue and late.text.startswith("denosumab ")
    last = D.add_months(TODAY, -7) - dt.timedelta(days=15)
    assert late.overdue[0][1] == (TODAY - D.add_months(last, 6)).days
    assert rows["Bea Fine"].text == "" and not rows["Bea Fine"].any_overdue  # took this week's
    assert rows["Cleo Scan"].scan_overdue and rows["Cleo Scan"].text.startswith("scan overdue since ")
    assert rows["Eva Loss"].scan_overdue, "a significant loss shortens the interval to a year"
    assert not rows["Dina Quiet"].any_overdue


def test_overdue_only_lists_and_counts_just_those(db: Database, clinic: dict[str, PatientId]) -> None:
    names = [r.name for r in list_overview(db, overdue_only=True)]
    assert names == ["Ada Late", "Cleo Scan", "Eva Loss"]
    assert count_overview(db, overdue_only=True) == 3
    assert [r.name for r in list_overview(db, "eva", overdue_only=True)] == ["Eva Loss"]
    assert [r.name for r in list_overview(db, overdue_only=True, limit=1, offset=1)] == ["Cleo Scan"]
    assert [r.name for r in list_overview(db, sort_key="-name", overdue_only=True)] == [
        "Eva Loss", "Cleo Scan", "Ada Late"]
    assert list_overview(db, "nobody", overdue_only=True) == []


def test_the_list_and_the_plan_agree_on_when_a_scan_is_due(db: Database,
                                                            clinic: dict[str, PatientId]) -> None:
    for pid in clinic.values():
        plan_due = patient_plan(db, pid, TODAY).next_scan_due
        listed = due_for_patient(db, pid)
        if plan_due is not None and plan_due <= TODAY + dt.timedelta(days=90):
            assert listed.scan_due == plan_due and listed.scan_overdue == (plan_due < TODAY)
        else:
            assert listed.scan_due is None
