"""Writing and reading a flat, dated entry the same way for every kind that is one.

Workouts, lifestyle days, courses, doses, fractures, falls, measures, labs and FRAX results are
each one row (:class:`~bonetracker.storage.repositories.entries.EntryMapper`). Their entity
modules keep their public functions (``log_measure``, ``delete_fall``, ...) and what differs
(the validation, an extra check such as overlapping courses), and call these for what is the
same: a new entry is refused with every field error before anything is read; inside one unit of
work no date may be before the patient's birth; a delete carries the version the form listed;
an undone delete comes back with its id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Protocol, TypeVar

from bonetracker.domain.errors import FieldError
from bonetracker.domain.records import PatientId
from bonetracker.services.patients import not_before_birth
from bonetracker.services.validation import raise_if
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import EntryMapper


class DatedEntry(Protocol):
    """An entry of one patient on one day."""

    @property
    def patient_id(self) -> PatientId: ...

    @property
    def date(self) -> dt.date: ...


E = TypeVar("E", bound=DatedEntry)
R = TypeVar("R")


def log(db: Database, repo: EntryMapper[E], entry: E, errors: list[FieldError]) -> E:
    """Add ``entry`` as a new one (its id is ignored), unless ``errors`` (its validation) or a
    date before the patient's birth refuse it."""
    raise_if(errors)
    with db.write() as s:
        not_before_birth(s, entry.patient_id, [("date", entry.date)])
        new: Any = dataclasses.replace(entry, id=None)  # type: ignore[type-var]
        return repo.add(s, new)


def update(db: Database, repo: EntryMapper[E], entry: E, errors: list[FieldError]) -> E:
    """Save an edit, checked as :func:`log` does; raises StaleRecordError if another
    workstation saved the entry first."""
    raise_if(errors)
    with db.write() as s:
        not_before_birth(s, entry.patient_id, [("date", entry.date)])
        return repo.update(s, entry)


def delete(db: Database, repo: EntryMapper[R], entry_id: int, version: int | None = None) -> R:
    """Delete an entry (refused when ``version`` is not the stored one); the returned record is
    what :func:`restore` needs to undo it."""
    with db.write() as s:
        return repo.delete(s, entry_id, version)


def restore(db: Database, repo: EntryMapper[R], entry: R) -> R:
    """Undo a delete: the entry comes back with the same id."""
    with db.write() as s:
        return repo.add(s, entry)


def for_patient(db: Database, repo: EntryMapper[R], patient_id: PatientId,
                since: dt.date | None = None, until: dt.date | None = None) -> list[R]:
    """The patient's entries in ``since``..``until``, oldest first."""
    with db.read() as s:
        return repo.list_for_patient(s, patient_id, since, until)
