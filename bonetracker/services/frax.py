"""FRAX results typed from the official calculator: validate, log (with the worksheet they were
run on), edit, delete and undo; and the worksheet itself for the page and the CLI.

BoneTracker never computes FRAX (the algorithm is licensed): see ``domain.measures.frax``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from bonetracker.domain.errors import FieldError
from bonetracker.domain.measures import frax as sheet
from bonetracker.domain.measures.frax import FRAX_MODELS, FraxInput, NoggCategory
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.records import FraxId, FraxResult, PatientId
from bonetracker.services import entries
from bonetracker.services.records import load_record
from bonetracker.services.validation import (
    EARLIEST_ENTRY_DATE,
    FieldReader,
    Range,
    check_date,
    check_number,
    check_text,
    raise_if,
    today,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import frax as repo

PROBABILITY = Range(0.0, 100.0, "%")
MODEL_HELP = "|".join(FRAX_MODELS)
CATEGORY_HELP = "|".join(c.value for c in NoggCategory)


def frax_errors(r: FraxResult) -> list[FieldError]:
    errors: list[FieldError] = []
    check_date(errors, "date", r.date, earliest=EARLIEST_ENTRY_DATE)
    if r.model not in FRAX_MODELS:
        errors.append(FieldError("model", f"must be one of {', '.join(FRAX_MODELS)} "
                                          f"(got {str(r.model)[:40]!r})"))
    if not isinstance(r.with_bmd, bool):
        errors.append(FieldError("with_bmd", "must be yes or no"))
    major = check_number(errors, "major", r.major, PROBABILITY, required=True)
    hip = check_number(errors, "hip", r.hip, PROBABILITY, required=True)
    if major is not None and hip is not None and hip > major:
        errors.append(FieldError("hip", f"cannot be above the major osteoporotic probability ({major:g} %): "
                                        "hip fractures are among the major osteoporotic fractures"))
    if r.category is not None and r.category not in NoggCategory._value2member_map_:
        errors.append(FieldError("category",
                                 f"must be one of {CATEGORY_HELP} (got {str(r.category)[:40]!r})"))
    check_text(errors, "note", r.note)
    check_text(errors, "inputs", r.inputs, max_len=10000)
    return errors


def parse_frax(patient_id: PatientId, raw: Mapping[str, object | None], *,
               base: FraxResult | None = None) -> FraxResult:
    """A FRAX result from text: ``date``, ``model`` (us, uk, ...), ``with_bmd`` (yes/no),
    ``major`` and ``hip`` (10-year probabilities in %), optional NOGG ``category``, ``note``."""
    r = FieldReader(raw)
    date = r.date("date", earliest=EARLIEST_ENTRY_DATE)
    model_text = str(raw.get("model") or "").strip()
    model = model_text.lower()
    if not model:
        r.add("model", f"is required (one of {', '.join(FRAX_MODELS)})")
    elif model not in FRAX_MODELS:
        r.add("model", f"must be one of {', '.join(FRAX_MODELS)} (got {model_text[:40]!r})")
    if not r.has("with_bmd"):
        r.add("with_bmd", "is required (yes if a femoral-neck BMD was entered in the calculator, else no)")
    with_bmd = r.flag("with_bmd")
    major = r.number("major", PROBABILITY, required=True)
    hip = r.number("hip", PROBABILITY, required=True)
    category_text = str(raw.get("category") or "").strip() or None
    category = None
    if category_text is not None:
        category = category_text.lower().replace(" ", "_").replace("-", "_")
        if category not in NoggCategory._value2member_map_:
            r.add("category", f"must be one of {CATEGORY_HELP} (got {category_text[:40]!r})")
    note = r.text("note")
    if major is not None and hip is not None and hip > major:
        r.add("hip", f"cannot be above the major osteoporotic probability ({major:g} %): hip fractures "
                     "are among the major osteoporotic fractures")
    r.raise_if_errors()
    assert date is not None and major is not None and hip is not None
    result = FraxResult(id=base.id if base else None, patient_id=patient_id, date=date, model=model,
                        with_bmd=with_bmd, major=major, hip=hip, category=category,
                        inputs=base.inputs if base else "", note=note,
                        version=base.version if base else 1)
    raise_if(frax_errors(result))
    return result


def worksheet(db: Database, patient_id: PatientId, as_of: dt.date | None = None) -> list[FraxInput]:
    """Every FRAX input from the patient's record on ``as_of`` (default today)."""
    as_of = as_of or today()
    # Only the last weeks of daily logs matter (smoking and alcohol over 4 weeks); scans,
    # fractures and measurements are loaded whole anyway. Years of meals would cost seconds.
    since = as_of - dt.timedelta(days=sheet.ALCOHOL_WINDOW_DAYS + 7)
    record = record_as_of(load_record(db, patient_id, since=since, until=as_of), as_of)
    return sheet.worksheet(record, as_of)


def log_frax(db: Database, r: FraxResult) -> FraxResult:
    """Save a result with the worksheet as it stood on the result's date (kept with it, so that a
    later change of any input can say "recalculate")."""
    errors = frax_errors(r)
    if not errors and not r.inputs:
        r = dataclasses.replace(r, inputs=sheet.snapshot(worksheet(db, r.patient_id, r.date)))
    return entries.log(db, repo, r, errors)


def update_frax(db: Database, r: FraxResult) -> FraxResult:
    return entries.update(db, repo, r, frax_errors(r))


def delete_frax(db: Database, frax_id: FraxId, version: int | None = None) -> FraxResult:
    return entries.delete(db, repo, frax_id, version)


def restore_frax(db: Database, r: FraxResult) -> FraxResult:
    return entries.restore(db, repo, r)


def list_frax(db: Database, patient_id: PatientId) -> list[FraxResult]:
    return entries.for_patient(db, repo, patient_id)
