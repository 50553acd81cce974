"""Heights and function tests: validate, log, edit, delete and undo.

A value is checked against the physical range of its kind *in the unit typed* ("TUG must be
from 2 to 300 s"), and a unit that does not belong to the kind is refused naming the ones that
do. Values are stored as typed; the domain converts exactly.
"""

from __future__ import annotations

from collections.abc import Mapping

from bonetracker.domain.errors import FieldError
from bonetracker.domain.measures.units import (
    MEASURES,
    QuantitySpec,
    from_canonical,
    normalise_unit,
)
from bonetracker.domain.records import Measure, MeasureId, MeasureKind, PatientId
from bonetracker.services import entries
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
from bonetracker.storage.repositories.entries import measures as repo

KIND_HELP = "|".join(k.value for k in MeasureKind)


def value_range(spec: QuantitySpec, unit: str) -> Range:
    """The physical range of ``spec`` in ``unit``, for checking and for messages."""
    digits = 0 if spec.integer else spec.digits
    low = round(from_canonical(spec, spec.low, unit), digits)
    high = round(from_canonical(spec, spec.high, unit), digits)
    return Range(low, high, unit, integer=spec.integer)


def check_unit(errors: list[FieldError], field: str, spec: QuantitySpec, unit: object,
               what: str) -> str | None:
    """The unit spelled as stored, or an error naming the units that belong to ``what``."""
    if unit is not None and not isinstance(unit, str):
        errors.append(FieldError(field, "must be text"))
        return None
    found = normalise_unit(spec, unit)
    if found is None:
        allowed = ", ".join(spec.units)
        errors.append(FieldError(field, f"must be one of {allowed} for {what} (got {str(unit)[:40]!r})"))
    return found


def measure_errors(m: Measure) -> list[FieldError]:
    errors: list[FieldError] = []
    kind = check_choice(errors, "kind", m.kind, MeasureKind)
    check_date(errors, "date", m.date, earliest=EARLIEST_BIRTH_DATE)
    check_text(errors, "note", m.note)
    if kind is None:
        return errors
    spec = MEASURES[kind]
    unit = check_unit(errors, "unit", spec, m.unit, spec.label)
    if unit is not None:
        check_number(errors, "value", m.value, value_range(spec, unit), required=True)
        if unit != m.unit:
            errors.append(FieldError("unit", f"must be spelled {unit!r}"))
    return errors


def parse_measure(patient_id: PatientId, raw: Mapping[str, object | None], *,
                  base: Measure | None = None) -> Measure:
    """A measurement from text: ``kind``, ``date``, ``value``, ``unit`` (default: the kind's
    own, e.g. cm, s, kg), ``note``."""
    r = FieldReader(raw)
    kind = r.choice("kind", MeasureKind)
    date = r.date("date", earliest=EARLIEST_BIRTH_DATE)
    note = r.text("note")
    value: float | None = None
    unit: str | None = None
    if kind is not None:
        spec = MEASURES[kind]
        unit = check_unit(r.errors, "unit", spec, raw.get("unit"), spec.label)
        if unit is not None:
            value = r.number("value", value_range(spec, unit), required=True)
    r.raise_if_errors()
    assert kind is not None and date is not None and value is not None and unit is not None
    m = Measure(id=base.id if base else None, patient_id=patient_id, kind=kind, date=date,
                value=value, unit=unit, note=note, version=base.version if base else 1)
    raise_if(measure_errors(m))
    return m


def log_measure(db: Database, m: Measure) -> Measure:
    return entries.log(db, repo, m, measure_errors(m))


def update_measure(db: Database, m: Measure) -> Measure:
    return entries.update(db, repo, m, measure_errors(m))


def delete_measure(db: Database, measure_id: MeasureId, version: int | None = None) -> Measure:
    return entries.delete(db, repo, measure_id, version)


def restore_measure(db: Database, m: Measure) -> Measure:
    return entries.restore(db, repo, m)


def list_measures(db: Database, patient_id: PatientId, kind: MeasureKind | None = None) -> list[Measure]:
    return [m for m in entries.for_patient(db, repo, patient_id) if kind is None or m.kind is kind]
