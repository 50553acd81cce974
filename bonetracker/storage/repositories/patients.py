"""Patients in and out of the database, as domain records."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from sqlalchemy import String, func, or_, select, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from bonetracker.domain.errors import NotFoundError, StaleRecordError
from bonetracker.domain.records import Menopause, Patient, PatientId, PatientSummary, Sex, Smoking
from bonetracker.storage import audit
from bonetracker.storage.models import (
    DoseRow,
    DxaScanRow,
    FallRow,
    FractureRow,
    LifestyleRow,
    MealRow,
    MedicationRow,
    PatientRow,
    WorkoutRow,
)
from bonetracker.storage.repositories.rows import get_row, storable_id

_COLUMNS = [f.name for f in fields(Patient) if f.name not in ("id", "version")]


class iso_date_text(FunctionElement[str]):
    """A date column as ``YYYY-MM-DD`` text, so "birth date starts with 1956-02" works on every
    database: a plain CAST on PostgreSQL follows the server's DateStyle ("02/29/1956")."""

    type = String()
    inherit_cache = True


@compiles(iso_date_text)
def _iso_date_text(element: iso_date_text, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS VARCHAR)"  # SQLite stores ISO text


@compiles(iso_date_text, "postgresql")
def _iso_date_text_postgresql(element: iso_date_text, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


def to_domain(row: PatientRow) -> Patient:
    return Patient(
        id=PatientId(row.id),
        name=row.name,
        sex=Sex(row.sex),
        birth_date=row.birth_date,
        height_cm=row.height_cm,
        weight_kg=row.weight_kg,
        menopause=Menopause(row.menopause) if row.menopause else None,
        menopause_year=row.menopause_year,
        smoking=Smoking(row.smoking or "never"),
        smoking_quit_date=row.smoking_quit_date,
        prior_fragility_fracture=row.prior_fragility_fracture,
        parental_hip_fracture=row.parental_hip_fracture,
        glucocorticoids=row.glucocorticoids,
        rheumatoid_arthritis=row.rheumatoid_arthritis,
        secondary_osteoporosis=row.secondary_osteoporosis,
        notes=row.notes or "",
        archived=row.archived,
        version=row.version,
        impact_cleared=bool(row.impact_cleared),
        hyperparathyroidism=bool(row.hyperparathyroidism),
    )


def _values(patient: Patient) -> dict[str, object]:
    return {name: getattr(patient, name) for name in _COLUMNS}


def add(session: Session, patient: Patient) -> Patient:
    row = PatientRow(**_values(patient))
    if patient.id is not None:
        row.id = patient.id
    session.add(row)
    session.flush()
    return to_domain(row)


def get(session: Session, patient_id: int) -> Patient:
    row = get_row(session, PatientRow, patient_id)
    if row is None:
        raise NotFoundError(f"No patient with id {patient_id}.")
    return to_domain(row)


def get_many(session: Session, ids: list[PatientId]) -> list[Patient]:
    rows = session.scalars(select(PatientRow).where(PatientRow.id.in_([i for i in ids if storable_id(i)])))
    return [to_domain(r) for r in rows]


def update_patient(session: Session, patient: Patient) -> Patient:
    """Save edits unless someone else saved the same patient since it was loaded."""
    assert patient.id is not None
    if not storable_id(patient.id):
        raise NotFoundError(f"No patient with id {patient.id}.")
    stored = session.get(PatientRow, patient.id, populate_existing=True)
    before = {name: getattr(stored, name) for name in _COLUMNS} if stored is not None else None
    result = session.execute(
        update(PatientRow)
        .where(PatientRow.id == patient.id, PatientRow.version == patient.version)
        .values(**_values(patient), version=patient.version + 1)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        if session.get(PatientRow, patient.id) is None:
            raise NotFoundError(f"No patient with id {patient.id}.")
        who = audit.changed_by(session, PatientRow, patient.id)
        raise StaleRecordError(
            f"{patient.name} was changed on another workstation{who} since you opened it."
        )
    session.expire_all()
    saved = get(session, patient.id)
    after = _values(saved) | {"version": saved.version}
    if before is not None:
        before["version"] = patient.version
    action = "archive" if saved.archived and before is not None and not before.get("archived") else "change"
    audit.log_change(session, action, "patient", patient.id, patient_id=patient.id, before=before,
                     after=after)
    return saved


def find_by_name(session: Session, name: str) -> list[Patient]:
    rows = session.scalars(
        select(PatientRow).where(func.lower(PatientRow.name) == name.strip().lower())
    )
    return [to_domain(r) for r in rows]


def name_or_birth_date_matches(text: str) -> Any:
    """Name contains ``text`` (any case) or the ISO birth date starts with it.

    ``%`` and ``_`` are escaped: a search for "50%" or "a_b" means those characters.
    """
    return or_(
        func.lower(PatientRow.name).contains(text.lower(), autoescape=True),
        iso_date_text(PatientRow.birth_date).startswith(text, autoescape=True),
    )


def search(
    session: Session,
    text: str = "",
    *,
    include_archived: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[PatientSummary]:
    """Patients whose name contains ``text`` or whose birth date starts with it."""
    last_scan = (
        select(DxaScanRow.patient_id, func.max(DxaScanRow.date).label("last_scan"))
        .group_by(DxaScanRow.patient_id)
        .subquery()
    )
    query = (
        select(PatientRow.id, PatientRow.name, PatientRow.sex, PatientRow.birth_date,
               PatientRow.archived, last_scan.c.last_scan)
        .outerjoin(last_scan, last_scan.c.patient_id == PatientRow.id)
        .order_by(func.lower(PatientRow.name), PatientRow.id)
    )
    if not include_archived:
        query = query.where(PatientRow.archived.is_(False))
    text = text.strip()
    if text:
        query = query.where(name_or_birth_date_matches(text))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [
        PatientSummary(PatientId(r.id), r.name, Sex(r.sex), r.birth_date, r.archived, r.last_scan)
        for r in session.execute(query)
    ]


def name_of(session: Session, patient_id: int) -> str | None:
    """The patient's name, or None for an unknown id."""
    row = get_row(session, PatientRow, patient_id)
    return row.name if row else None


def all_ids(session: Session) -> list[PatientId]:
    """Every patient's id, archived ones included, oldest first."""
    return [PatientId(i) for i in session.scalars(select(PatientRow.id).order_by(PatientRow.id))]


def count(session: Session, *, include_archived: bool = False) -> int:
    query = select(func.count(PatientRow.id))
    if not include_archived:
        query = query.where(PatientRow.archived.is_(False))
    return int(session.scalar(query) or 0)


def birth_date(session: Session, patient_id: int, *, lock: bool = False) -> dt.date | None:
    """The patient's birth date (None when there is no such patient).

    With ``lock`` the patient's row is held (``FOR NO KEY UPDATE`` on PostgreSQL; SQLite's
    BEGIN IMMEDIATE already serialises writers) until the unit of work ends: check-then-insert
    writes of one patient (a visit on a date, the day's lifestyle entry, a meal of a kind) then
    take turns across workstations instead of racing. Inserting rows that refer to the patient
    (a foreign-key share lock) is not blocked by it."""
    query = select(PatientRow.birth_date).where(PatientRow.id == patient_id)
    if lock:
        query = query.with_for_update(key_share=True)
    return session.scalar(query)


_DATED: tuple[tuple[str, Any], ...] = (
    ("DXA scan", DxaScanRow.date), ("workout", WorkoutRow.date), ("meal", MealRow.date),
    ("lifestyle entry", LifestyleRow.date), ("medication course", MedicationRow.start),
    ("dose", DoseRow.date), ("fracture", FractureRow.date), ("fall", FallRow.date),
)


def earliest_entry(session: Session, patient_id: int) -> tuple[dt.date, str] | None:
    """The patient's earliest dated entry (scan, workout, meal, lifestyle, course start, dose,
    fracture, fall) and its kind; None without entries. One indexed MIN per table."""
    found: list[tuple[dt.date, str]] = []
    for kind, column in _DATED:
        day = session.scalar(select(func.min(column)).where(column.class_.patient_id == patient_id))
        if day is not None:
            found.append((day, kind))
    return min(found) if found else None
