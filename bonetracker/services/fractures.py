"""Fractures and falls: validate, log, edit, delete and undo.

Fractures feed the plan directly: a vertebral fracture or two low-trauma fractures limit impact,
and a low-trauma fracture turns osteoporosis into established osteoporosis. Falls feed the
fall-prevention advice. Fracture dates go back to 1900 because childhood fractures are history too.
"""

from __future__ import annotations

from collections.abc import Mapping

from bonetracker.domain.errors import FieldError
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.records import Fall, FallId, Fracture, FractureId, FractureSite, PatientId
from bonetracker.services import entries
from bonetracker.services.validation import (
    EARLIEST_BIRTH_DATE,
    FieldReader,
    check_choice,
    check_date,
    check_text,
    raise_if,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import falls as falls_repo
from bonetracker.storage.repositories.entries import fractures as fractures_repo

# Shown through translate("fractures", ...) in the window; the CLI and files keep the English.
SITE_LABELS: dict[FractureSite, str] = {
    FractureSite.HIP: QT_TRANSLATE_NOOP("fractures", "Hip"),
    FractureSite.VERTEBRA: QT_TRANSLATE_NOOP("fractures", "Vertebra (spine)"),
    FractureSite.WRIST: QT_TRANSLATE_NOOP("fractures", "Wrist"),
    FractureSite.HUMERUS: QT_TRANSLATE_NOOP("fractures", "Upper arm (humerus)"),
    FractureSite.PELVIS: QT_TRANSLATE_NOOP("fractures", "Pelvis"),
    FractureSite.RIB: QT_TRANSLATE_NOOP("fractures", "Rib"),
    FractureSite.OTHER: QT_TRANSLATE_NOOP("fractures", "Other"),
}
LOW_TRAUMA_HELP = QT_TRANSLATE_NOOP("fractures",
                                    "Low trauma: a fall from standing height or less, or no fall at all.")


def fracture_errors(f: Fracture) -> list[FieldError]:
    errors: list[FieldError] = []
    check_date(errors, "date", f.date, earliest=EARLIEST_BIRTH_DATE)
    check_choice(errors, "site", f.site, FractureSite)
    if not isinstance(f.low_trauma, bool):
        errors.append(FieldError("low_trauma", "must be yes or no"))
    return errors


def parse_fracture(
    patient_id: PatientId, raw: Mapping[str, object | None], *, base: Fracture | None = None
) -> Fracture:
    """A fracture from text: ``date``, ``site``, ``low_trauma`` (yes/no, default yes)."""
    r = FieldReader(raw)
    date = r.date("date", earliest=EARLIEST_BIRTH_DATE)
    site = r.choice("site", FractureSite)
    low_trauma = r.flag("low_trauma", default=True)
    r.raise_if_errors()
    assert date is not None and site is not None
    fracture = Fracture(
        id=base.id if base else None, patient_id=patient_id, date=date, site=site,
        low_trauma=low_trauma, version=base.version if base else 1,
    )
    raise_if(fracture_errors(fracture))
    return fracture


def log_fracture(db: Database, fracture: Fracture) -> Fracture:
    return entries.log(db, fractures_repo, fracture, fracture_errors(fracture))


def update_fracture(db: Database, fracture: Fracture) -> Fracture:
    return entries.update(db, fractures_repo, fracture, fracture_errors(fracture))


def delete_fracture(db: Database, fracture_id: FractureId, version: int | None = None) -> Fracture:
    return entries.delete(db, fractures_repo, fracture_id, version)


def restore_fracture(db: Database, fracture: Fracture) -> Fracture:
    return entries.restore(db, fractures_repo, fracture)


def list_fractures(db: Database, patient_id: PatientId) -> list[Fracture]:
    return entries.for_patient(db, fractures_repo, patient_id)


def fall_errors(f: Fall) -> list[FieldError]:
    errors: list[FieldError] = []
    check_date(errors, "date", f.date, earliest=EARLIEST_BIRTH_DATE)
    if not isinstance(f.injury, bool):
        errors.append(FieldError("injury", "must be yes or no"))
    check_text(errors, "notes", f.notes)
    return errors


def parse_fall(
    patient_id: PatientId, raw: Mapping[str, object | None], *, base: Fall | None = None
) -> Fall:
    """A fall from text: ``date``, ``injury`` (yes/no, default no), ``notes``."""
    r = FieldReader(raw)
    date = r.date("date", earliest=EARLIEST_BIRTH_DATE)
    injury = r.flag("injury", default=False)
    notes = r.text("notes")
    r.raise_if_errors()
    assert date is not None
    fall = Fall(
        id=base.id if base else None, patient_id=patient_id, date=date, injury=injury,
        notes=notes, version=base.version if base else 1,
    )
    raise_if(fall_errors(fall))
    return fall


def log_fall(db: Database, fall: Fall) -> Fall:
    return entries.log(db, falls_repo, fall, fall_errors(fall))


def update_fall(db: Database, fall: Fall) -> Fall:
    return entries.update(db, falls_repo, fall, fall_errors(fall))


def delete_fall(db: Database, fall_id: FallId, version: int | None = None) -> Fall:
    return entries.delete(db, falls_repo, fall_id, version)


def restore_fall(db: Database, fall: Fall) -> Fall:
    return entries.restore(db, falls_repo, fall)


def list_falls(db: Database, patient_id: PatientId) -> list[Fall]:
    return entries.for_patient(db, falls_repo, patient_id)
