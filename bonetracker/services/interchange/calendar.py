"""Dose reminders as an RFC 5545 calendar (``.ics``) for the person's own calendar app.

One recurring event per running course that follows a schedule (its RRULE from
:func:`bonetracker.domain.doses.recurrence`, an alarm, the how-to-take text), and one event on
the day the next DXA scan is due. UIDs are stable (patient and course ids), and each export
carries a higher SEQUENCE, so importing a newer file updates the same events instead of adding
copies: after a denosumab injection is logged, re-export and the reminder moves to the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from bonetracker import __version__
from bonetracker.domain.change import summarize_scans
from bonetracker.domain.doses import (
    CourseStatus,
    course_statuses,
    describe_schedule,
    from_last_dose,
    recurrence,
)
from bonetracker.domain.drugs import how_to_take, rare_effects
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.records import Patient, PatientId
from bonetracker.services.interchange.exporting import _write
from bonetracker.services.records import load_record
from bonetracker.services.settings import get_lsc
from bonetracker.services.validation import today
from bonetracker.storage.database import Database

PRODID = f"-//BoneTracker//BoneTracker {__version__}//EN"
UID_DOMAIN = "bonetracker.invalid"  # RFC 2606: a name that is never anyone's real domain
DEFAULT_TIME = dt.time(8, 0)
EVENT_MINUTES = 15
INJECTION_NOTICE = dt.timedelta(days=7)  # a week to book an injection or infusion
SCAN_NOTICE = dt.timedelta(days=28)  # four weeks to book a scan
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def course_uid(patient_id: int, course_id: int | None) -> str:
    return f"course-{course_id}.patient-{patient_id}@{UID_DOMAIN}"


def scan_uid(patient_id: int) -> str:
    return f"scan-due.patient-{patient_id}@{UID_DOMAIN}"


def _sequence(now: dt.datetime) -> int:
    """Minutes since 2024: grows with every export, so a calendar takes a newer file's events
    as updates of the ones it holds."""
    return max(0, int((now - SEQUENCE_EPOCH).total_seconds() // 60))


def _alarm(text: str, before: dt.timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def _dose_time(st: CourseStatus) -> dt.time:
    """The time of the latest dose logged with one, else 08:00 (local, floating)."""
    for dose in reversed(st.doses):
        if dose.time:
            hours, minutes = dose.time.split(":")
            return dt.time(int(hours), int(minutes))
    return DEFAULT_TIME


def course_event(patient: Patient, st: CourseStatus, stamp: dt.datetime) -> Event | None:
    """The recurring reminder of one course, or None when no dose is coming (see
    :func:`~bonetracker.domain.doses.recurrence`)."""
    rule = recurrence(st.due)
    if rule is None:
        return None
    course = st.course
    injection = from_last_dose(course)
    noun = "injection" if injection else "dose"
    start = dt.datetime.combine(rule.start, _dose_time(st))
    lines = [f"{course.drug.capitalize()}: {describe_schedule(course)}."]
    advice = how_to_take(course)
    if advice is not None:
        lines += ["", advice.text, f"(Source: {advice.source})"]
    effects = rare_effects(course)
    if effects:
        lines += ["", "Report to your doctor:"]
        lines += [f"- {e.text} (Source: {e.source})" for e in effects]
    if injection:
        lines += ["", "This reminder counts from the last dose logged in BoneTracker; log each "
                      "injection and export the reminders again to move it."]
    lines += ["", "Information from BoneTracker, not a prescription: your doctor decides on "
                  "any change."]
    event = Event()
    event.add("uid", course_uid(patient.id or 0, course.id))
    event.add("summary", f"{course.drug.capitalize()} {noun} ({patient.name})")
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(stamp))
    event.add("description", "\n".join(lines))
    rrule = rule.rule()
    if rule.until is not None:
        rrule["UNTIL"] = dt.datetime.combine(rule.until, dt.time(23, 59, 59))
    event.add("rrule", rrule)
    reminder = f"{course.drug.capitalize()} {noun} due"
    event.add_component(_alarm(reminder, dt.timedelta(0)))
    if injection:
        event.add_component(_alarm(f"{reminder} in a week: book it", INJECTION_NOTICE))
    return event


def scan_event(patient: Patient, due: dt.date, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", scan_uid(patient.id or 0))
    event.add("summary", f"DXA scan due ({patient.name})")
    event.add("dtstart", due)
    event.add("dtend", due + dt.timedelta(days=1))
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(stamp))
    event.add("description", "Ask your doctor whether a repeat DXA scan is due. Using the same "
                             "machine makes the results comparable. (Source: ISCD official "
                             "positions)")
    event.add_component(_alarm("DXA scan due soon: book it", SCAN_NOTICE))
    return event


def build_calendar(patient: Patient, statuses: Sequence[CourseStatus], scan_due: dt.date | None,
                   stamp: dt.datetime | None = None) -> Calendar:
    """The reminders calendar for one person (pure: statuses come from the plan)."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"BoneTracker: {patient.name}")
    for st in statuses:
        event = course_event(patient, st, stamp)
        if event is not None:
            cal.add_component(event)
    if scan_due is not None:
        cal.add_component(scan_event(patient, scan_due, stamp))
    return cal


def reminder_calendar(db: Database, patient_id: PatientId, as_of: dt.date | None = None) -> Calendar:
    """The calendar of ``patient_id``'s running courses and next scan, as of ``as_of``."""
    as_of = as_of or today()
    record = record_as_of(load_record(db, patient_id, since=as_of, until=as_of), as_of)
    _sites, scan_due = summarize_scans(record.scans, record.medications, as_of, get_lsc(db))
    statuses = course_statuses(record.medications, record.doses, as_of)
    return build_calendar(record.patient, statuses, scan_due)


def export_reminders(db: Database, patient_id: PatientId, out: str | Path,
                     as_of: dt.date | None = None) -> tuple[Path, int]:
    """Write the reminders to ``out`` (owner-only, like every export); returns the path and the
    number of events."""
    cal = reminder_calendar(db, patient_id, as_of)
    path = _write(Path(out), cal.to_ical().decode("utf-8"))
    return path, len(cal.walk("VEVENT"))
