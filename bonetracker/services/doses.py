"""The dose log: record a dose taken (or given at the clinic) or missed, undo it, and say what
is due.

A dose belongs to the patient's course of that drug running on its date. Refused, with the
field named and nothing written: a date in the future, before the course's start or after its
end, a drug with no course running then, and a second entry for the same course on one day
(every schedule is at most once a day). Due dates and adherence are the domain's arithmetic
(:mod:`bonetracker.domain.doses`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.doses import CourseStatus, course_statuses, describe_schedule, from_last_dose
from bonetracker.domain.errors import FieldError, NotFoundError
from bonetracker.domain.i18n import translate
from bonetracker.domain.records import (
    DoseEntry,
    DoseId,
    DoseStatus,
    MedicationCourse,
    MedicationId,
    PatientId,
)
from bonetracker.services import entries
from bonetracker.services.medications import DRUGS, canonical_drug
from bonetracker.services.patients import not_before_birth
from bonetracker.services.validation import (
    FieldReader,
    check_choice,
    check_date,
    check_text,
    raise_if,
    short_repr,
    today,
)
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import doses as dose_repo
from bonetracker.storage.repositories.entries import doses as repo
from bonetracker.storage.repositories.entries import medications as course_repo

NOTE_MAX = 500
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
STATUS_HISTORY_DAYS = 400  # doses read for a status: a year's PDC plus a margin


def _describe(c: MedicationCourse) -> str:
    until = f"to {c.end.isoformat()}" if c.end else "still running"
    return f"{c.start.isoformat()} ({until})"


def course_for(courses: Sequence[MedicationCourse], drug: str, day: dt.date) -> tuple[
        MedicationCourse | None, list[FieldError]]:
    """The course of ``drug`` running on ``day``, or the error that says why there is none."""
    mine = [c for c in courses if c.drug == drug]
    running = [c for c in mine if c.active_on(day)]
    if running:
        return running[-1], []
    if not mine:
        return None, [FieldError("drug", translate(
            "services",
            "has no course for this patient; start one first ('bonetracker meds add --drug \"{drug}\"' or "
            "the Medications page)",
        ).format(drug=drug))]
    later = [c for c in mine if c.start > day]
    if later and all(c.start > day for c in mine):
        first = min(later, key=lambda c: c.start)
        return None, [FieldError("date", translate(
            "services",
            "cannot be before the start of the {drug} course ({date})",
        ).format(drug=drug, date=first.start.isoformat()))]
    ended = max((c for c in mine if c.end is not None and c.end < day), key=lambda c: c.start,
                default=None)
    where = (f"after the end of the {drug} course {_describe(ended)}" if ended is not None
             else f"outside every {drug} course")
    return None, [FieldError("date", translate(
        "services",
        "cannot be {where}: no {drug} course was running on {date}",
    ).format(where=where, drug=drug, date=day.isoformat()))]


def time_error(value: str | None) -> FieldError | None:
    if value is None or _TIME.match(value):
        return None
    return FieldError("time", translate(
        "services",
        "must be a time as HH:MM, 00:00 to 23:59 (got {value})",
    ).format(value=short_repr(value)))


def parse_dose(patient_id: PatientId, raw: Mapping[str, object | None],
               courses: Sequence[MedicationCourse]) -> DoseEntry:
    """A dose from form, CLI or CSV text: ``drug``, ``date``, optional ``time`` (HH:MM),
    ``status`` (taken or missed; default taken), ``at_clinic`` (yes/no; default yes for
    injections and infusions) and ``note``, checked against the patient's ``courses``."""
    r = FieldReader(raw)
    text = r.text("drug", max_len=100, required=True)
    name = canonical_drug(text) if text else None
    if text and name is None:
        r.add("drug", translate(
            "services",
            "must be one of {choices} (got {value})",
        ).format(choices=', '.join(DRUGS), value=short_repr(text)))
    day = r.date("date")
    time = r.text("time", max_len=5) or None
    if (problem := time_error(time)) is not None:
        r.errors.append(problem)
    status = r.choice("status", DoseStatus, required=False) or DoseStatus.TAKEN
    note = r.text("note", max_len=NOTE_MAX)
    course: MedicationCourse | None = None
    if name is not None and day is not None:
        course, problems = course_for(courses, name, day)
        r.errors += problems
    at_clinic = r.flag("at_clinic", default=course is not None and from_last_dose(course))
    r.raise_if_errors()
    assert course is not None and course.id is not None and day is not None
    return DoseEntry(None, patient_id, course.id, day, status, time, at_clinic, note)


def dose_errors(dose: DoseEntry, course: MedicationCourse | None) -> list[FieldError]:
    """Typed checks of a dose against its course (for callers that build DoseEntry in code)."""
    errors: list[FieldError] = []
    day = check_date(errors, "date", dose.date)
    check_choice(errors, "status", dose.status, DoseStatus)
    check_text(errors, "note", dose.note, max_len=NOTE_MAX)
    if dose.time is not None:
        problem = time_error(dose.time) if isinstance(dose.time, str) else FieldError(
            "time", translate("services", "must be a time as HH:MM"))
        if problem is not None:
            errors.append(problem)
    if course is None or course.patient_id != dose.patient_id:
        errors.append(FieldError("drug", translate("services", "has no course for this patient")))
    elif day is not None and not course.active_on(day):
        _, problems = course_for([course], course.drug, day)
        errors += problems
    return errors


def _check_against_store(s: Session, dose: DoseEntry) -> MedicationCourse:
    not_before_birth(s, dose.patient_id, [("date", dose.date)])
    try:
        course = course_repo.get(s, dose.course_id)
    except NotFoundError:
        course = None
    raise_if(dose_errors(dose, course))
    assert course is not None
    clash = dose_repo.for_course_on(s, dose.course_id, dose.date)
    if clash is not None and clash.id != dose.id:
        what = "taken" if clash.status is DoseStatus.TAKEN else "marked missed"
        schedule = describe_schedule(course) or "its schedule"
        raise_if([FieldError("date", translate(
            "services",
            "a dose of {drug} is already {what} on {date}: one a day at most ({schedule}); undo or "
            "delete that entry first",
        ).format(drug=course.drug, what=what, date=dose.date.isoformat(), schedule=schedule))])
    return course


def log_dose(db: Database, dose: DoseEntry) -> DoseEntry:
    """Save a dose after checking it against the stored course and doses (nothing is written
    on an error)."""
    with db.write() as s:
        _check_against_store(s, dose)
        return repo.add(s, DoseEntry(None, dose.patient_id, dose.course_id, dose.date, dose.status,
                                     dose.time, dose.at_clinic, dose.note))


def record_dose(db: Database, patient_id: PatientId, raw: Mapping[str, object | None]) -> DoseEntry:
    """Parse ``raw`` against the patient's courses and save it (the CLI's and the form's path)."""
    with db.read() as s:
        courses = course_repo.list_for_patient(s, patient_id)
    return log_dose(db, parse_dose(patient_id, raw, courses))


def delete_dose(db: Database, dose_id: DoseId, version: int | None = None) -> DoseEntry:
    return entries.delete(db, repo, dose_id, version)


def restore_dose(db: Database, dose: DoseEntry) -> DoseEntry:
    """Put a deleted dose back under its id (undo)."""
    with db.write() as s:
        _check_against_store(s, dose)
        return repo.add(s, dose)


def list_doses(db: Database, patient_id: PatientId, course_id: MedicationId | None = None) -> list[DoseEntry]:
    """The patient's doses, oldest first (of one course when ``course_id`` is given)."""
    with db.read() as s:
        doses = dose_repo.for_patient(s, patient_id)
    return [d for d in doses if course_id is None or d.course_id == course_id]


def statuses(db: Database, patient_id: PatientId, as_of: dt.date | None = None) -> list[CourseStatus]:
    """Every course running on ``as_of`` (default today) with its due date and adherence."""
    as_of = as_of or today()
    with db.read() as s:
        courses = course_repo.list_for_patient(s, patient_id)
        doses = dose_repo.for_patient(s, patient_id, as_of - dt.timedelta(days=STATUS_HISTORY_DAYS),
                                      as_of)
    return course_statuses(courses, doses, as_of)


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today panel: a dose due or overdue, or coming up soon."""

    status: CourseStatus
    when: str  # "overdue", "today" or "soon"

    @property
    def text(self) -> str:
        due = self.status.due
        drug = self.status.course.drug
        if self.when == "overdue":
            return f"{drug}: overdue by {due.overdue_days} day{'s' * (due.overdue_days != 1)} " \
                   f"(due {due.next_due.isoformat() if due.next_due else '-'})"
        if self.when == "today":
            return f"{drug}: due today"
        return f"{drug}: due {due.next_due.isoformat() if due.next_due else '-'}"


SOON_DAYS = 14  # injections and infusions are shown this long before they fall due


def today_items(found: Sequence[CourseStatus]) -> list[TodayItem]:
    """What the Today panel lists: overdue first, then due today, then injections due soon.

    Only courses whose doses are followed (``Due.tracked``: tablets once a dose is logged,
    injections always): a daily supplement nobody logs would otherwise be "due today" forever.
    """
    items: list[TodayItem] = []
    for st in found:
        due = st.due
        if due.next_due is None or not due.tracked:
            continue
        if due.overdue_days > 0:
            items.append(TodayItem(st, "overdue"))
        elif due.next_due == due.as_of:
            items.append(TodayItem(st, "today"))
        elif from_last_dose(st.course) and (due.next_due - due.as_of).days <= SOON_DAYS:
            items.append(TodayItem(st, "soon"))
    order = {"overdue": 0, "today": 1, "soon": 2}
    return sorted(items, key=lambda i: (order[i.when], -i.status.due.overdue_days))
