"""The dose log through the services: bad doses refused with the field named and nothing
written, undo, what is due, the doses import kind, and the reminder calendar's round trip."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from bonetracker.domain import doses as D
from bonetracker.domain.change import add_years
from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import DoseStatus, PatientId
from bonetracker.services import doses as dose_svc
from bonetracker.services import medications
from bonetracker.services.interchange import exporting, importing
from bonetracker.services.interchange.calendar import course_uid, export_reminders, scan_uid
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.queries.plan import patient_plan
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database

TODAY = dt.date.today()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday() + 28)  # a Monday four weeks ago


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Dora Dose", "sex": "female", "birth_date": "1950-05-05"}))
    assert p.id is not None
    return p.id


def add_course(db: Database, pid: PatientId, **raw: str) -> None:
    medications.log_medication(db, medications.parse_medication(pid, raw))


def errors(db: Database, pid: PatientId, **raw: str) -> dict[str, str]:
    before = dose_svc.list_doses(db, pid)
    with pytest.raises(ValidationError) as caught:
        dose_svc.record_dose(db, pid, raw)
    assert dose_svc.list_doses(db, pid) == before, "nothing is written"
    return {e.field: e.message for e in caught.value.errors}


def test_bad_doses_are_refused_with_the_field_named(db: Database, pid: PatientId) -> None:
    add_course(db, pid, drug="alendronate", start=MONDAY.isoformat(),
               end=(MONDAY + dt.timedelta(days=14)).isoformat())
    dose_svc.record_dose(db, pid, {"drug": "alendronate", "date": MONDAY.isoformat()})
    day = (MONDAY - dt.timedelta(days=1)).isoformat()
    assert "before the start of the alendronate course" in errors(
        db, pid, drug="alendronate", date=day)["date"]
    late = (MONDAY + dt.timedelta(days=20)).isoformat()
    assert "after the end of the alendronate course" in errors(db, pid, drug="alendronate", date=late)["date"]
    future = (TODAY + dt.timedelta(days=1)).isoformat()
    assert "future" in errors(db, pid, drug="alendronate", date=future)["date"]
    again = errors(db, pid, drug="Alendronate", date=MONDAY.isoformat())["date"]
    assert "already taken" in again and "one a day at most" in again
    assert "has no course" in errors(db, pid, drug="raloxifene", date=MONDAY.isoformat())["drug"]
    assert "HH:MM" in errors(db, pid, drug="alendronate", date=MONDAY.isoformat(), time="25:00")["time"]
    assert "must be one of" in errors(db, pid, drug="aspirin", date=MONDAY.isoformat())["drug"]


def test_missed_marks_undo_and_what_is_due(db: Database, pid: PatientId) -> None:
    add_course(db, pid, drug="alendronate", start=MONDAY.isoformat(), schedule="weekly")
    first = dose_svc.record_dose(db, pid, {"drug": "alendronate", "date": MONDAY.isoformat(),
                                           "time": "06:30"})
    second = dose_svc.record_dose(db, pid, {"drug": "alendronate", "status": "missed",
                                            "date": (MONDAY + dt.timedelta(days=7)).isoformat()})
    assert second.status is DoseStatus.MISSED and not first.at_clinic
    [status] = dose_svc.statuses(db, pid)
    assert status.due.next_due == MONDAY + dt.timedelta(days=14) and status.due.tracked
    removed = dose_svc.delete_dose(db, second.id)  # type: ignore[arg-type]
    assert [d.id for d in dose_svc.list_doses(db, pid)] == [first.id]
    dose_svc.restore_dose(db, removed)
    assert [d.id for d in dose_svc.list_doses(db, pid)] == [first.id, second.id]


def test_injections_default_to_the_clinic_and_the_today_list_orders_by_urgency(
        db: Database, pid: PatientId) -> None:
    start = D.add_months(TODAY, -8)
    add_course(db, pid, drug="denosumab", start=start.isoformat())
    add_course(db, pid, drug="raloxifene", start=(TODAY - dt.timedelta(days=3)).isoformat())
    add_course(db, pid, drug="vitamin D", start=(TODAY - dt.timedelta(days=3)).isoformat())  # never logged
    given = dose_svc.record_dose(db, pid, {"drug": "denosumab", "date": start.isoformat()})
    dose_svc.record_dose(db, pid, {"drug": "raloxifene", "date": (TODAY - dt.timedelta(days=1)).isoformat()})
    assert given.at_clinic
    items = dose_svc.today_items(dose_svc.statuses(db, pid))
    assert [(i.status.course.drug, i.when) for i in items] == [("denosumab", "overdue"),
                                                               ("raloxifene", "today")]
    assert items[0].text.startswith("denosumab: overdue by")


def test_plan_json_has_the_urgent_item_and_adherence_per_course(db: Database, pid: PatientId) -> None:
    start = D.add_months(TODAY, -14)
    add_course(db, pid, drug="denosumab", start=start.isoformat())
    last = D.add_months(TODAY, -7) - dt.timedelta(days=15)
    for day in (start, last):
        dose_svc.record_dose(db, pid, {"drug": "denosumab", "date": day.isoformat()})
    plan = patient_plan(db, pid, TODAY)
    assert plan.recommendations[0].id == "dose_overdue" and plan.recommendations[0].priority == 1
    [course] = plan.medications
    assert course.due.last_dose == last and course.adherent(90) is False
    assert course.adherent(365) is True  # 46 of 365 days uncovered: still over 80 %


def test_the_report_carries_the_urgent_item_and_the_doses(db: Database, pid: PatientId) -> None:
    from bonetracker.services.queries.report_data import report_data

    start = D.add_months(TODAY, -9)
    add_course(db, pid, drug="denosumab", start=start.isoformat())
    add_course(db, pid, drug="alendronate", start=start.isoformat(),
               end=(start + dt.timedelta(days=30)).isoformat())
    data = report_data(db, pid, TODAY)
    assert data.recommendations[0].id == "dose_overdue" and data.recommendations[0].priority == 1
    assert [st.course.drug for st in data.running] == ["denosumab"], "running courses only"
    assert data.running[0].due.overdue_days > 0


def test_doses_export_and_import_round_trip_with_conflicts_refused(db: Database, pid: PatientId,
                                                                  tmp_path: Path) -> None:
    add_course(db, pid, drug="alendronate", start=MONDAY.isoformat(), schedule="weekly", weekday="mon")
    for k, status in ((0, "taken"), (7, "missed"), (14, "taken")):
        dose_svc.record_dose(db, pid, {"drug": "alendronate", "status": status, "note": "with, comma",
                                       "date": (MONDAY + dt.timedelta(days=k)).isoformat()})
    exporting.export(db, tmp_path / "out", [pid])
    text = (tmp_path / "out" / "doses.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "date,drug,status,time,at_clinic,note"
    assert "medications.csv" in {p.name for p in (tmp_path / "out").iterdir()}
    copy = add_patient(db, parse_patient({"name": "Copy", "sex": "female", "birth_date": "1950-05-05"})).id
    assert copy is not None
    importing.import_file(db, "medications", tmp_path / "out" / "medications.csv", copy)
    result = importing.import_file(db, "doses", tmp_path / "out" / "doses.csv", copy)
    assert (result.added, result.skipped) == (3, 0)
    again = importing.import_file(db, "doses", tmp_path / "out" / "doses.csv", copy)
    assert (again.added, again.skipped) == (0, 3)
    [course] = medications.list_medications(db, copy)
    assert course.weekday == 0
    clash = tmp_path / "clash.csv"
    clash.write_text(f"date,drug,status\n{MONDAY.isoformat()},alendronate,missed\n"
                     f"{(MONDAY + dt.timedelta(days=21)).isoformat()},alendronate,taken\n"
                     f"{(MONDAY + dt.timedelta(days=21)).isoformat()},alendronate,taken\n", encoding="utf-8")
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.import_file(db, "doses", clash, copy)
    lines = [str(e) for e in rejected.value.row_errors]
    assert lines[0].startswith("line 2, column date") and "already taken" in lines[0], lines
    assert lines[1].startswith("line 4, column date") and "already taken" in lines[1], lines
    early = tmp_path / "early.csv"
    early.write_text(f"date,drug\n{(MONDAY - dt.timedelta(days=3)).isoformat()},alendronate\n",
                     encoding="utf-8")
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.import_file(db, "doses", early, copy)
    assert str(rejected.value.row_errors[0]).startswith("line 2, column date: cannot be before the start")
    assert len(dose_svc.list_doses(db, copy)) == 3, "nothing written"


# -- the reminder calendar -------------------------------------------------------------------------
def _events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def _expand(event: object, n: int) -> list[dt.date]:
    rule = event["rrule"].to_ical().decode()  # type: ignore[index]
    start = event["dtstart"].dt  # type: ignore[index]
    return [d.date() for d in itertools.islice(rrulestr(rule, dtstart=start), n)]


def test_weekly_alendronate_started_on_a_monday_exports_weekly_on_mondays(
        db: Database, pid: PatientId, tmp_path: Path) -> None:
    add_course(db, pid, drug="alendronate", start=MONDAY.isoformat(), schedule="weekly")
    dose_svc.record_dose(db, pid, {"drug": "alendronate", "date": MONDAY.isoformat(), "time": "06:45"})
    path, count = export_reminders(db, pid, tmp_path / "doses.ics")
    assert count == 1 and path.stat().st_mode & 0o777 == 0o600
    [course] = medications.list_medications(db, pid)
    event = _events(path)[course_uid(pid, course.id)]
    assert event["rrule"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO"  # type: ignore[index]
    start = event["dtstart"].dt  # type: ignore[index]
    assert start.time() == dt.time(6, 45), "the time the last dose was logged at"
    expanded = _expand(event, 10)
    assert expanded == D.occurrences_between(course, expanded[0], expanded[-1])
    assert all(day.weekday() == 0 for day in expanded) and expanded[0] >= TODAY
    description = str(event["description"])  # type: ignore[index]
    assert "plain water" in description and "30 minutes" in description and "thigh" in description
    alarms = [c for c in event.subcomponents if c.name == "VALARM"]  # type: ignore[attr-defined]
    assert alarms and alarms[0]["action"] == "DISPLAY"


def test_reexport_updates_the_same_events_and_adds_the_next_scan(
        db: Database, pid: PatientId, tmp_path: Path) -> None:
    start = D.add_months(TODAY, -11)  # begun before the scan, so the scan is "on treatment"
    add_course(db, pid, drug="denosumab", start=start.isoformat())
    log_scan(db, parse_scan(pid, {"date": (TODAY - dt.timedelta(days=300)).isoformat()},
                            [{"site": "total_hip", "bmd": "0.700"}]))
    first, _ = export_reminders(db, pid, tmp_path / "a.ics")
    before = _events(first)
    [course] = medications.list_medications(db, pid)
    uid = course_uid(pid, course.id)
    assert set(before) == {uid, scan_uid(pid)}
    assert before[uid]["dtstart"].dt.date() == TODAY  # type: ignore[index]  # overdue: from today
    scanned = TODAY - dt.timedelta(days=300)
    assert before[scan_uid(pid)]["dtstart"].dt == add_years(scanned, 1)  # type: ignore[index]  # treated
    dose_svc.record_dose(db, pid, {"drug": "denosumab", "date": TODAY.isoformat()})
    second, _ = export_reminders(db, pid, tmp_path / "b.ics")
    after = _events(second)
    assert set(after) == set(before), "same UIDs: a calendar updates the events it has"
    assert after[uid]["dtstart"].dt.date() == D.add_months(TODAY, 6)  # type: ignore[index]
    assert int(after[uid]["sequence"]) >= int(before[uid]["sequence"])  # type: ignore[index]
    assert _expand(after[uid], 3) == [D.add_months(TODAY, 6 * k) for k in (1, 2, 3)]


def test_a_course_that_follows_no_schedule_gets_no_reminder(db: Database, pid: PatientId,
                                                            tmp_path: Path) -> None:
    add_course(db, pid, drug="other", start=MONDAY.isoformat(), notes="eye drops")
    _path, count = export_reminders(db, pid, tmp_path / "none.ics")
    assert count == 0


def test_dose_writes_are_in_the_audit_log(db: Database, pid: PatientId) -> None:
    from bonetracker.services.audit_log import history

    add_course(db, pid, drug="alendronate", start=MONDAY.isoformat())
    dose = dose_svc.record_dose(db, pid, {"drug": "alendronate", "date": MONDAY.isoformat()})
    dose_svc.delete_dose(db, dose.id)  # type: ignore[arg-type]
    dose_svc.restore_dose(db, dose)
    doses = [(e.action, e.record_id) for e in reversed(history(db, pid)) if e.kind == "dose"]
    assert doses == [("create", dose.id), ("delete", dose.id), ("create", dose.id)]
