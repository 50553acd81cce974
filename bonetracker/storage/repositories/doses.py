"""The dose log's queries beyond one row at a time: a patient's recent doses with each course's
latest earlier ones, and the running courses of many patients with their last doses.

Rows map to :class:`~bonetracker.domain.records.DoseEntry` through ``entries.doses``; the due
dates themselves are the domain's arithmetic (``domain.doses``), never SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from bonetracker.domain.doses import DoseHistory
from bonetracker.domain.records import (
    DoseEntry,
    DoseId,
    DoseStatus,
    MedicationCourse,
    MedicationId,
    PatientId,
)
from bonetracker.storage.models import DoseRow, MedicationRow
from bonetracker.storage.repositories.entries import doses as mapper
from bonetracker.storage.repositories.entries import medications as course_mapper

_STATUS = {s.value: s for s in DoseStatus}
_COLUMNS = (DoseRow.id, DoseRow.patient_id, DoseRow.course_id, DoseRow.date, DoseRow.status,
            DoseRow.time, DoseRow.at_clinic, DoseRow.note, DoseRow.version)


def _entries(session: Session, query: Any) -> list[DoseEntry]:
    """Plain rows to records: a year of daily doses is read on every patient opened, and ORM
    objects for them cost several times as much."""
    return [DoseEntry(DoseId(i), PatientId(p), MedicationId(c), day, _STATUS[status], time,
                      bool(clinic), note or "", version)
            for i, p, c, day, status, time, clinic, note, version in session.execute(query)]


def for_patient(session: Session, patient_id: int, since: dt.date | None = None,
                until: dt.date | None = None) -> list[DoseEntry]:
    """The patient's doses in ``since``..``until`` (oldest first), plus, per course, the latest
    dose taken and the latest entry before ``since`` (what the due date needs from further
    back)."""
    window = select(*_COLUMNS).where(DoseRow.patient_id == patient_id)
    if since is not None:
        window = window.where(DoseRow.date >= since)
    if until is not None:
        window = window.where(DoseRow.date <= until)
    found = _entries(session, window.order_by(DoseRow.date, DoseRow.id))
    if since is None:
        return found
    ranked = (select(DoseRow.id, func.row_number().over(
        partition_by=(DoseRow.course_id, DoseRow.status), order_by=DoseRow.date.desc()).label("rn"))
        .where(DoseRow.patient_id == patient_id, DoseRow.date < since).subquery())
    earlier = (select(*_COLUMNS).join(ranked, ranked.c.id == DoseRow.id).where(ranked.c.rn == 1)
               .order_by(DoseRow.date, DoseRow.id))
    return _entries(session, earlier) + found


def for_course_on(session: Session, course_id: int, day: dt.date) -> DoseEntry | None:
    """The entry of ``course_id`` on ``day``, if any (one per course and day)."""
    row = session.scalars(select(DoseRow).where(DoseRow.course_id == course_id,
                                                DoseRow.date == day)).first()
    return None if row is None else mapper.to_domain(row)


def running_courses(session: Session, patients: Any, as_of: dt.date,
                    counted_drugs: Sequence[str] = ()) -> list[tuple[MedicationCourse, DoseHistory]]:
    """Courses running on ``as_of`` of the patients in ``patients`` (a list of ids or a
    subquery of ids), each with its dose history summary.

    The last entry is one seek of the (course_id, date) index per course; the last dose taken
    walks that index back from the latest entry to the first one taken (usually the latest
    itself). Doses are counted only for ``counted_drugs`` (those with a licensed number of
    doses), since counting years of weekly doses costs a scan each.
    """
    last_taken = (select(DoseRow.date)
                  .where(DoseRow.course_id == MedicationRow.id, DoseRow.status == "taken")
                  .order_by(DoseRow.date.desc()).limit(1)
                  .correlate(MedicationRow).scalar_subquery())
    last_entry = (select(func.max(DoseRow.date)).where(DoseRow.course_id == MedicationRow.id)
                  .correlate(MedicationRow).scalar_subquery())
    counted = (select(func.count()).where(DoseRow.course_id == MedicationRow.id,
                                          DoseRow.status == "taken")
               .correlate(MedicationRow).scalar_subquery())
    taken_count = (case((MedicationRow.drug.in_(counted_drugs), counted), else_=0)
                   if counted_drugs else None)
    fields = [getattr(MedicationRow, name) for name in course_mapper.fields]
    columns: list[Any] = [*fields, last_taken.label("last_taken"), last_entry.label("last_entry")]
    if taken_count is not None:
        columns.append(taken_count.label("taken_count"))
    query = (select(*columns)
             .where(MedicationRow.patient_id.in_(patients), MedicationRow.start <= as_of,
                    or_(MedicationRow.end.is_(None), and_(MedicationRow.end >= as_of)))
             .order_by(MedicationRow.patient_id, MedicationRow.start, MedicationRow.id))
    out: list[tuple[MedicationCourse, DoseHistory]] = []
    n = len(fields)
    for r in session.execute(query):  # plain columns: no ORM object per course
        values = dict(zip(course_mapper.fields, r[:n], strict=True))
        history = DoseHistory(r.last_taken, r.last_entry,
                              int(r.taken_count or 0) if taken_count is not None else 0)
        out.append((course_mapper.to_domain(_Plain(values)), history))
    return out


class _Plain:
    """Attribute access over a row's values, for ``EntryMapper.to_domain``."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def patient_of_course(session: Session, course_id: int) -> PatientId | None:
    pid = session.scalar(select(MedicationRow.patient_id).where(MedicationRow.id == course_id))
    return None if pid is None else PatientId(pid)
