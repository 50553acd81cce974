"""Patient use cases: validate, add, edit, archive, find by name or id."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from bonetracker.domain.errors import AmbiguousError, FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.records import Menopause, Patient, PatientId, PatientSummary, Sex, Smoking
from bonetracker.services.validation import (
    EARLIEST_BIRTH_DATE,
    MAX_AGE_YEARS,
    MAX_NAME,
    MAX_TEXT,
    FieldReader,
    Range,
    before_birth_errors,
    check_choice,
    check_date,
    check_number,
    check_text,
    encodable,
    oldest_birth_date,
    raise_if,
    short_repr,
    today,
)
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import patients as repo

HEIGHT_CM = Range(100, 230, "cm")
WEIGHT_KG = Range(25, 300, "kg")
MENOPAUSE_YEAR = Range(1930, 2100, "", integer=True)

RISK_FACTORS: tuple[tuple[str, str], ...] = (
    ("prior_fragility_fracture", QT_TRANSLATE_NOOP("report", "Previous low-trauma (fragility) fracture")),
    ("parental_hip_fracture", QT_TRANSLATE_NOOP("report", "Parent had a hip fracture")),
    ("glucocorticoids", QT_TRANSLATE_NOOP(
        "report",
        "Oral glucocorticoids (≥ 5 mg prednisolone daily, 3 months or more)",
    )),
    ("rheumatoid_arthritis", QT_TRANSLATE_NOOP("report", "Rheumatoid arthritis")),
    ("secondary_osteoporosis", QT_TRANSLATE_NOOP(
        "report",
        "Secondary osteoporosis (e.g. diabetes type 1, hyperthyroidism)",
    )),
)
"""FRAX input risk factors (Kanis et al. 2008), with the labels the form and CLI help use."""

CLINICAL_FLAGS: tuple[tuple[str, str], ...] = (
    ("impact_cleared", QT_TRANSLATE_NOOP("report", "Physiotherapist has cleared impact exercise")),
    ("hyperparathyroidism", QT_TRANSLATE_NOOP("report", "Primary hyperparathyroidism")),
)
"""Yes/no facts the plan uses beside the risk factors: a physiotherapist's clearance for
moderate/high-impact exercise (held back from age 80 without it, ROS 2022 "Strong, Steady and
Straight"), and primary hyperparathyroidism (ISCD: measure the 33 % radius)."""


def patient_errors(p: Patient) -> list[FieldError]:
    """Every problem with a typed patient, for callers that did not come through a form."""
    errors: list[FieldError] = []
    check_text(errors, "name", p.name, max_len=MAX_NAME, required=True)
    check_choice(errors, "sex", p.sex, Sex)
    check_date(errors, "birth_date", p.birth_date, earliest=EARLIEST_BIRTH_DATE)
    errors.extend(_age_errors(p.birth_date))
    check_number(errors, "height_cm", p.height_cm, HEIGHT_CM)
    check_number(errors, "weight_kg", p.weight_kg, WEIGHT_KG)
    if p.menopause is not None:
        check_choice(errors, "menopause", p.menopause, Menopause)
        if p.sex == Sex.MALE:
            errors.append(FieldError("menopause", translate(
                "services",
                "applies to women only; leave it empty",
            )))
    if p.menopause_year is not None:
        year_range = Range(max(MENOPAUSE_YEAR.low, _year(p.birth_date) + 20),
                           today().year, "", integer=True)
        check_number(errors, "menopause_year", p.menopause_year, year_range)
    check_choice(errors, "smoking", p.smoking, Smoking)
    if p.smoking_quit_date is not None:
        check_date(errors, "smoking_quit_date", p.smoking_quit_date, earliest=EARLIEST_BIRTH_DATE)
    check_text(errors, "notes", p.notes, max_len=MAX_TEXT * 5)
    for flag in (*(key for key, _ in RISK_FACTORS), *(key for key, _ in CLINICAL_FLAGS), "archived"):
        if not isinstance(getattr(p, flag), bool):  # the database's boolean column refuses it
            errors.append(FieldError(flag, translate("services", "must be yes or no")))
    return errors


def _age_errors(birth: object) -> list[FieldError]:
    oldest = oldest_birth_date()
    if isinstance(birth, dt.date) and not isinstance(birth, dt.datetime) \
            and EARLIEST_BIRTH_DATE <= birth < oldest:
        return [FieldError("birth_date", translate(
            "services",
            "must be at most {years} years ago (on or after {date})",
        ).format(years=MAX_AGE_YEARS, date=oldest.isoformat()))]
    return []


def not_before_birth(session: Session, patient_id: int,
                     dated: Iterable[tuple[str, dt.date | None]]) -> None:
    """Refuse (ValidationError) any ``(field, date)`` before the patient's birth date; for the
    write functions of every dated entry, inside their unit of work. It also holds the patient's
    row until that unit of work ends, so two workstations' check-then-insert writes for one
    patient take turns (see ``repositories.patients.birth_date``)."""
    raise_if(before_birth_errors(repo.birth_date(session, patient_id, lock=True), dated))


def _year(day: dt.date | None) -> int:
    return day.year if isinstance(day, dt.date) else 1900


def parse_patient(raw: Mapping[str, object | None], *, base: Patient | None = None) -> Patient:
    """Build a patient from form or CLI text; raises ValidationError naming every bad field.

    With ``base`` (an edit), fields missing from ``raw`` keep the base's values.
    """
    merged: dict[str, object | None] = {}
    if base is not None:
        merged.update({k: v for k, v in dataclasses.asdict(base).items() if v is not None})
        merged = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in merged.items()}
    merged.update({k: v for k, v in raw.items() if v is not None})
    r = FieldReader(merged)
    name = r.text("name", max_len=MAX_NAME, required=True)
    sex = r.choice("sex", Sex)
    birth = r.date("birth_date", earliest=EARLIEST_BIRTH_DATE)
    height = r.number("height_cm", HEIGHT_CM)
    weight = r.number("weight_kg", WEIGHT_KG)
    menopause = r.choice("menopause", Menopause, required=False)
    year = r.integer("menopause_year", Range(MENOPAUSE_YEAR.low, today().year, "", integer=True))
    smoking = r.choice("smoking", Smoking, required=False) or Smoking.NEVER
    quit_date = r.date("smoking_quit_date", earliest=EARLIEST_BIRTH_DATE, required=False)
    flags = {key: r.flag(key) for key, _ in (*RISK_FACTORS, *CLINICAL_FLAGS)}
    notes = r.text("notes", max_len=MAX_TEXT * 5)
    archived = r.flag("archived")
    r.raise_if_errors()
    assert sex is not None and birth is not None
    patient = Patient(
        id=base.id if base else None,
        name=name,
        sex=sex,
        birth_date=birth,
        height_cm=height,
        weight_kg=weight,
        menopause=menopause,
        menopause_year=year,
        smoking=smoking,
        smoking_quit_date=quit_date,
        notes=notes,
        archived=archived,
        version=base.version if base else 1,
        **flags,
    )
    raise_if(patient_errors(patient))
    return patient


def find_duplicates(db: Database, name: str, birth_date: dt.date) -> list[Patient]:
    """Patients (archived ones too) with this name, in any case and spacing, and birth date."""
    wanted = " ".join(name.split()).casefold()
    with db.read() as s:
        found = repo.find_by_name(s, " ".join(name.split()))
    return [p for p in found if p.birth_date == birth_date and " ".join(p.name.split()).casefold() == wanted]


def duplicate_message(existing: Patient) -> str:
    where = " (archived)" if existing.archived else ""
    return (f"a patient named {existing.name} born {existing.birth_date.isoformat()} already exists "
            f"(id {existing.id}{where})")


def add_patient(db: Database, patient: Patient, *, allow_duplicate: bool = True) -> Patient:
    """Add a patient; with ``allow_duplicate=False`` one with the same name and birth date as an
    existing patient is refused (ValidationError naming that patient) so nobody is split in two."""
    raise_if(patient_errors(patient))
    if not allow_duplicate:
        found = find_duplicates(db, patient.name, patient.birth_date)
        if found:
            message = duplicate_message(found[0]) + "; use --allow-duplicate to add another"
            raise ValidationError([FieldError("name", message)])
    with db.write() as s:
        return repo.add(s, dataclasses.replace(patient, id=None))


def update_patient(db: Database, patient: Patient) -> Patient:
    """Save an edit; raises StaleRecordError if another workstation saved it first.

    A birth date after the patient's earliest entry is refused, naming that entry.
    """
    raise_if(patient_errors(patient))
    with db.write() as s:
        if patient.id is not None:
            earliest = repo.earliest_entry(s, patient.id)
            if earliest is not None and patient.birth_date > earliest[0]:
                day, kind = earliest
                raise_if([FieldError("birth_date", translate(
                    "services",
                    "must be on or before the earliest entry, a {kind} on {date}",
                ).format(kind=kind, date=day.isoformat()))])
        return repo.update_patient(s, patient)


def set_archived(db: Database, patient_id: PatientId, archived: bool) -> Patient:
    with db.write() as s:
        current = repo.get(s, patient_id)
        return repo.update_patient(s, dataclasses.replace(current, archived=archived))


def get_patient(db: Database, patient_id: int) -> Patient:
    with db.read() as s:
        return repo.get(s, patient_id)


def get_patients(db: Database, ids: list[PatientId]) -> list[Patient]:
    with db.read() as s:
        return repo.get_many(s, ids)


def list_patients(
    db: Database, text: str = "", *, include_archived: bool = False, limit: int | None = None,
    offset: int = 0,
) -> list[PatientSummary]:
    if len(text.strip()) > MAX_NAME or not encodable(text):
        return []  # no name can match; SQLite refuses LIKE patterns over 50 kB and lone surrogates
    with db.read() as s:
        return repo.search(s, text, include_archived=include_archived, limit=limit, offset=offset)


def count_patients(db: Database, *, include_archived: bool = False) -> int:
    with db.read() as s:
        return repo.count(s, include_archived=include_archived)


def resolve_patient(db: Database, ref: str) -> Patient:
    """Find a patient by id or name (exact, case-insensitive; else a unique partial match).

    Raises NotFoundError, or AmbiguousError listing every match so the user can pick an id.
    """
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError([FieldError("patient", translate("services", "is required (a name or an id)"))])
    if len(ref) > MAX_NAME or not encodable(ref):
        raise NotFoundError(translate(
            "services",
            "No patient named {value} (names have at most {limit} characters).",
        ).format(value=short_repr(ref), limit=MAX_NAME))
    with db.read() as s:
        # isdecimal, not isdigit: "²" is a digit that int() refuses; 18 digits fit SQLite's INTEGER.
        if ref.isdecimal() and len(ref) <= 18:
            try:
                return repo.get(s, int(ref))
            except NotFoundError:
                pass
        matches = repo.find_by_name(s, ref)
        if not matches:
            partial = repo.search(s, ref, include_archived=True, limit=50)
            matches = [repo.get(s, p.id) for p in partial if ref.lower() in p.name.lower()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(translate(
            "services",
            "No patient named {ref!r}. See 'bonetracker patients list'.",
        ).format(ref=ref))
    listing = "; ".join(f"id {p.id}: {p.name} (born {p.birth_date.isoformat()})" for p in matches)
    raise AmbiguousError(translate(
        "services",
        "{count} patients match {ref!r}: {listing}. Use the id.",
    ).format(count=len(matches), ref=ref, listing=listing))
