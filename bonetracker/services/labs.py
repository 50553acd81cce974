"""Lab results: validate, log, edit, delete and undo.

A result keeps the unit the lab reported (25(OH)D in ng/mL or nmol/L, calcium in mg/dL or
mmol/L, ...) and the lab's own reference range in that unit when given.
"""

from __future__ import annotations

from collections.abc import Mapping

from bonetracker.domain.errors import FieldError
from bonetracker.domain.measures.units import LABS
from bonetracker.domain.records import LabId, LabResult, LabTest, PatientId
from bonetracker.services import entries
from bonetracker.services.measures import check_unit, value_range
from bonetracker.services.validation import (
    EARLIEST_BIRTH_DATE,
    FieldReader,
    Range,
    check_choice,
    check_date,
    check_number,
    check_text,
    raise_if,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import labs as repo

TEST_HELP = "|".join(t.value for t in LabTest)
REFERENCE_RANGE = Range(0.0, 100000.0)


def _range_errors(errors: list[FieldError], low: float | None, high: float | None) -> None:
    if low is not None and high is not None and low >= high:
        errors.append(FieldError("range_low", f"must be below range_high ({high:g})"))


def lab_errors(r: LabResult) -> list[FieldError]:
    errors: list[FieldError] = []
    test = check_choice(errors, "test", r.test, LabTest)
    check_date(errors, "date", r.date, earliest=EARLIEST_BIRTH_DATE)
    check_text(errors, "note", r.note)
    low = check_number(errors, "range_low", r.range_low, REFERENCE_RANGE)
    high = check_number(errors, "range_high", r.range_high, REFERENCE_RANGE)
    _range_errors(errors, low, high)
    if test is None:
        return errors
    spec = LABS[test]
    unit = check_unit(errors, "unit", spec, r.unit, spec.label)
    if unit is not None:
        check_number(errors, "value", r.value, value_range(spec, unit), required=True)
        if unit != r.unit:
            errors.append(FieldError("unit", f"must be spelled {unit!r}"))
    return errors


def parse_lab(patient_id: PatientId, raw: Mapping[str, object | None], *,
              base: LabResult | None = None) -> LabResult:
    """A lab result from text: ``test``, ``date``, ``value``, ``unit`` (default the test's usual
    unit), optional ``range_low``/``range_high`` (the lab's range, same unit), ``note``."""
    r = FieldReader(raw)
    test = r.choice("test", LabTest)
    date = r.date("date", earliest=EARLIEST_BIRTH_DATE)
    low = r.number("range_low", REFERENCE_RANGE)
    high = r.number("range_high", REFERENCE_RANGE)
    note = r.text("note")
    value: float | None = None
    unit: str | None = None
    if test is not None:
        spec = LABS[test]
        unit = check_unit(r.errors, "unit", spec, raw.get("unit"), spec.label)
        if unit is not None:
            value = r.number("value", value_range(spec, unit), required=True)
    _range_errors(r.errors, low, high)
    r.raise_if_errors()
    assert test is not None and date is not None and value is not None and unit is not None
    result = LabResult(id=base.id if base else None, patient_id=patient_id, test=test, date=date,
                       value=value, unit=unit, range_low=low, range_high=high, note=note,
                       version=base.version if base else 1)
    raise_if(lab_errors(result))
    return result


def log_lab(db: Database, r: LabResult) -> LabResult:
    return entries.log(db, repo, r, lab_errors(r))


def update_lab(db: Database, r: LabResult) -> LabResult:
    return entries.update(db, repo, r, lab_errors(r))


def delete_lab(db: Database, lab_id: LabId, version: int | None = None) -> LabResult:
    return entries.delete(db, repo, lab_id, version)


def restore_lab(db: Database, r: LabResult) -> LabResult:
    return entries.restore(db, repo, r)


def list_labs(db: Database, patient_id: PatientId, test: LabTest | None = None) -> list[LabResult]:
    return [r for r in entries.for_patient(db, repo, patient_id) if test is None or r.test is test]
