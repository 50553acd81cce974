"""Flat per-patient entries (workouts, lifestyle, medications, doses, fractures, falls, measures,
labs, FRAX results) as domain records.

These kinds map one row to one dataclass field for field, so one generic mapper serves
them all; kinds with children (scans, meals) have their own modules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bonetracker.domain.errors import NotFoundError, StaleRecordError
from bonetracker.domain.records import (
    ActivityCategory,
    DoseEntry,
    DoseStatus,
    DrugClass,
    Fall,
    Fracture,
    FractureSite,
    FraxResult,
    LabResult,
    LabTest,
    LifestyleEntry,
    Measure,
    MeasureKind,
    MedicationCourse,
    Schedule,
    Workout,
)
from bonetracker.storage import audit
from bonetracker.storage.models import (
    Base,
    DoseRow,
    FallRow,
    FractureRow,
    FraxResultRow,
    LabResultRow,
    LifestyleRow,
    MeasureRow,
    MedicationRow,
    WorkoutRow,
)
from bonetracker.storage.repositories.rows import get_row

T = TypeVar("T")


class EntryMapper(Generic[T]):
    """Maps between one ORM model and one frozen domain dataclass with the same field names.

    ``enums`` converts string columns to their StrEnum on the way out.
    """

    def __init__(self, model: type[Base], record: type[T], enums: dict[str, Any] | None = None,
                 date_field: str = "date") -> None:
        self.model: Any = model  # one of the ORM classes below; typed loosely on purpose
        self.record = record
        self.enums = enums or {}
        self.date_field = date_field
        self.fields = [f.name for f in dataclasses.fields(record)]  # type: ignore[arg-type]

    def to_domain(self, row: Any) -> T:
        values = {name: getattr(row, name) for name in self.fields}
        for name, enum in self.enums.items():
            if values[name] is not None:
                # The member map first: Enum(value) costs ~2 µs, and lists map thousands of rows.
                values[name] = enum._value2member_map_.get(values[name]) or enum(values[name])
        return self.record(**values)

    def to_row(self, entry: T) -> Any:
        values = {name: getattr(entry, name) for name in self.fields}
        if values.get("id") is None:
            values.pop("id", None)
        return self.model(**values)  # an undo keeps its id and version

    def list_for_patient(
        self, session: Session, patient_id: int, since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[T]:
        """The patient's entries in ``since``..``until``, oldest first.

        Plain columns, not ORM objects: a patient opened reads years of entries (ten years of
        monthly tests are 840 rows), and identity-mapped objects cost several times as much."""
        model: Any = self.model
        date_col = getattr(model, self.date_field)
        query = select(*(getattr(model, name) for name in self.fields)).where(model.patient_id == patient_id)
        if since is not None:
            query = query.where(date_col >= since)
        if until is not None:
            query = query.where(date_col <= until)
        return [self.to_domain(r) for r in session.execute(query.order_by(date_col, model.id))]

    def get(self, session: Session, entry_id: int) -> T:
        row = get_row(session, self.model, entry_id)
        if row is None:
            raise NotFoundError(f"No {self.model.__tablename__} entry with id {entry_id}.")
        return self.to_domain(row)

    def add(self, session: Session, entry: T) -> T:
        """Insert; an entry that carries an id (an undo) keeps it."""
        row = self.to_row(entry)
        session.add(row)
        session.flush()
        return self.to_domain(row)

    def update(self, session: Session, entry: T) -> T:
        """Save an edit unless another workstation saved the same entry since it was loaded.

        Raises StaleRecordError on a version mismatch, NotFoundError when it was deleted.
        """
        entry_id = getattr(entry, "id", None)
        # FOR UPDATE (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers): a second
        # workstation saving the same version waits here and then sees the new version, instead
        # of passing the check on the old row and overwriting the first save. populate_existing:
        # the row may already be in the session (read before the lock) with the old version.
        row = get_row(session, self.model, entry_id, with_for_update=True, populate_existing=True)
        if row is None:
            raise NotFoundError(f"No {self.model.__tablename__} entry with id {entry_id}.")
        if row.version != getattr(entry, "version", row.version):
            who = audit.changed_by(session, self.model, row.id)
            raise StaleRecordError(f"This entry was changed on another workstation{who} since you opened it.")
        for name in self.fields:
            if name not in ("id", "version"):
                setattr(row, name, getattr(entry, name))
        row.version += 1
        session.flush()
        return self.to_domain(row)

    def delete(self, session: Session, entry_id: int) -> T:
        row = get_row(session, self.model, entry_id)
        if row is None:
            raise NotFoundError(f"No {self.model.__tablename__} entry with id {entry_id}.")
        removed = self.to_domain(row)
        session.delete(row)
        session.flush()
        return removed


workouts = EntryMapper(WorkoutRow, Workout, {"category": ActivityCategory})
lifestyle = EntryMapper(LifestyleRow, LifestyleEntry)
medications = EntryMapper(MedicationRow, MedicationCourse,
                          {"drug_class": DrugClass, "schedule": Schedule}, date_field="start")
doses = EntryMapper(DoseRow, DoseEntry, {"status": DoseStatus})
fractures = EntryMapper(FractureRow, Fracture, {"site": FractureSite})
falls = EntryMapper(FallRow, Fall)
measures = EntryMapper(MeasureRow, Measure, {"kind": MeasureKind})
labs = EntryMapper(LabResultRow, LabResult, {"test": LabTest})
frax = EntryMapper(FraxResultRow, FraxResult)
