"""Lifestyle use cases: one entry a day of smoking, alcohol, stress and daylight, with undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.records import LifestyleEntry, LifestyleId, PatientId
from bonetracker.services import entries
from bonetracker.services.patients import not_before_birth
from bonetracker.services.validation import (
    FieldReader,
    Range,
    check_date,
    check_number,
    check_text,
    raise_if,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import lifestyle as repo

CIGARETTES = Range(0, 100, "cigarettes", integer=True)
ALCOHOL_UNITS = Range(0, 50, "units")
STRESS = Range(1, 10, "", integer=True)
DAYLIGHT_MINUTES = Range(0, 1440, "minutes", integer=True)
VALUE_FIELDS = ("cigarettes", "alcohol_units", "stress", "daylight_minutes")

ALCOHOL_UNIT_HELP = QT_TRANSLATE_NOOP(
    "lifestyle",
    "One UK unit is 10 ml (8 g) of pure alcohol: about half a pint of ordinary-strength beer, "
    "a single 25 ml measure of spirits, or half a standard 175 ml glass of wine. FRAX counts "
    "3 or more units a day as a risk factor."
)
"""Shown next to the alcohol field (through translate("lifestyle", ...) in the window); FRAX (Kanis et
al. 2008) uses UK units of 8-10 g alcohol."""


def lifestyle_errors(e: LifestyleEntry) -> list[FieldError]:
    errors: list[FieldError] = []
    check_date(errors, "date", e.date)
    check_number(errors, "cigarettes", e.cigarettes, CIGARETTES)
    check_number(errors, "alcohol_units", e.alcohol_units, ALCOHOL_UNITS)
    check_number(errors, "stress", e.stress, STRESS)
    check_number(errors, "daylight_minutes", e.daylight_minutes, DAYLIGHT_MINUTES)
    check_text(errors, "notes", e.notes)
    if all(getattr(e, f) is None for f in VALUE_FIELDS) and not (e.notes or "").strip():
        errors.append(FieldError("cigarettes", "give at least one value (or a note)"))
    return errors


def parse_lifestyle(
    patient_id: PatientId, raw: Mapping[str, object | None], *, base: LifestyleEntry | None = None
) -> LifestyleEntry:
    """A day's entry from form or CLI text; blank fields mean "not recorded", not zero."""
    r = FieldReader(raw)
    date = r.date("date")
    cigarettes = r.integer("cigarettes", CIGARETTES)
    units = r.number("alcohol_units", ALCOHOL_UNITS)
    stress = r.integer("stress", STRESS)
    daylight = r.integer("daylight_minutes", DAYLIGHT_MINUTES)
    notes = r.text("notes")
    if not r.errors and not notes and all(not r.has(f) for f in VALUE_FIELDS):
        r.add("cigarettes", "give at least one value (or a note)")
    r.raise_if_errors()
    assert date is not None
    entry = LifestyleEntry(
        id=base.id if base else None,
        patient_id=patient_id,
        date=date,
        cigarettes=cigarettes,
        alcohol_units=units,
        stress=stress,
        daylight_minutes=daylight,
        notes=notes,
        version=base.version if base else 1,
    )
    raise_if(lifestyle_errors(entry))
    return entry


def _refuse_second_entry(existing: list[LifestyleEntry], entry: LifestyleEntry) -> None:
    if any(e.id != entry.id for e in existing):
        raise ValidationError([FieldError(
            "date", f"there is already an entry for {entry.date.isoformat()}; edit that one")])


def log_lifestyle(db: Database, entry: LifestyleEntry) -> LifestyleEntry:
    """Save a day's entry; a second entry for the same day is refused (edit the first)."""
    raise_if(lifestyle_errors(entry))
    with db.write() as s:
        not_before_birth(s, entry.patient_id, [("date", entry.date)])
        new = dataclasses.replace(entry, id=None)
        _refuse_second_entry(repo.list_for_patient(s, entry.patient_id, entry.date, entry.date), new)
        return repo.add(s, new)


def update_lifestyle(db: Database, entry: LifestyleEntry) -> LifestyleEntry:
    raise_if(lifestyle_errors(entry))
    with db.write() as s:
        not_before_birth(s, entry.patient_id, [("date", entry.date)])
        _refuse_second_entry(repo.list_for_patient(s, entry.patient_id, entry.date, entry.date), entry)
        return repo.update(s, entry)


def delete_lifestyle(db: Database, entry_id: LifestyleId, version: int | None = None) -> LifestyleEntry:
    return entries.delete(db, repo, entry_id, version)


def restore_lifestyle(db: Database, entry: LifestyleEntry) -> LifestyleEntry:
    return entries.restore(db, repo, entry)


def list_lifestyle(
    db: Database, patient_id: PatientId, since: dt.date | None = None, until: dt.date | None = None,
) -> list[LifestyleEntry]:
    return entries.for_patient(db, repo, patient_id, since, until)
