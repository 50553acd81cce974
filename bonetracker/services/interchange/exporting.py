"""Export a patient's data as CSV files (the import formats) or one JSON document per patient.

The CSV files use exactly the columns import reads (``csv_formats.SPECS``), so export followed
by import into an empty database reproduces the data: floats are written with ``repr`` precision
and meal items carry the food id and grams, from which import recomputes identical nutrients.
The JSON document holds the same rows with typed values, plus the patient's profile. The FHIR
format writes one R4 ``Bundle`` per patient (:mod:`.fhir.writer`), for clinic systems.

Your own foods and activities the patient's meals and workouts use are written too
(``foods.csv``, ``activities.csv``; ``custom_foods``, ``custom_activities`` in JSON), and only
then, so a patient using none gets exactly the files they always did. Meals name such a food by
its exact description, which resolves in another database after ``foods.csv`` is imported
(:mod:`.custom_items_io`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bonetracker import __version__
from bonetracker.domain.records import WEEKDAYS, Patient, PatientId, PatientRecord
from bonetracker.services import foods as food_svc
from bonetracker.services.audit_log import record_event
from bonetracker.services.interchange import custom_items as own_items
from bonetracker.services.interchange.csv_formats import (
    CUSTOM_KINDS,
    ENTRY_KINDS,
    SPECS,
    json_value,
    write_table,
)
from bonetracker.services.interchange.favourites import favourite_rows
from bonetracker.services.interchange.fhir import writer as fhir_writer
from bonetracker.services.interchange.programme_io import programme_rows, programmes_of
from bonetracker.services.records import load_record
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import patients as patient_repo
from bonetracker.storage.repositories.foods import public_ids
from bonetracker.storage.safe_files import make_folder, write_text

Row = dict[str, object]
FORMATS = ("csv", "json", "fhir")
DOCUMENT_FORMAT = "bonetracker-patient"
DOCUMENT_VERSION = 1


def patient_row(p: Patient) -> Row:
    return {c.name: getattr(p, c.field) for c in SPECS["patients"].columns}


def _enum(value: Any) -> object:
    return None if value is None else getattr(value, "value", value)


def scan_rows(record: PatientRecord) -> list[Row]:
    return [{"date": s.date, "site": m.site.value, "bmd_g_cm2": m.bmd, "t_score": m.t_score,
             "z_score": m.z_score, "device": _enum(s.device), "facility": s.facility,
             "notes": s.notes, "model": s.model, "machine_id": s.machine_id,
             "software": s.software, "hip_side": _enum(s.hip_side), "vertebrae": s.vertebrae}
            for s in record.scans for m in s.measurements]


def workout_rows(record: PatientRecord) -> list[Row]:
    return [{"date": w.date, "activity": w.activity, "minutes": w.minutes, "effort": w.effort,
             "sets": w.sets, "reps": w.reps, "load_kg": w.load_kg, "notes": w.notes}
            for w in record.workouts]


def meal_rows(record: PatientRecord, food_refs: Mapping[int, str]) -> list[Row]:
    """One row per item: the food as ``refs`` name it (the ID, or the exact description of
    one of your own foods), its description if the food was removed, and grams."""
    return [{"date": meal.date, "meal": meal.kind.value,
             "food": (food_refs.get(item.food_id) if item.food_id is not None else None)
             or item.food_description,
             "amount": item.amount, "unit": item.unit, "grams": item.grams}
            for meal in record.meals for item in meal.items]


def lifestyle_rows(record: PatientRecord) -> list[Row]:
    return [{"date": e.date, "cigarettes": e.cigarettes, "alcohol_units": e.alcohol_units,
             "stress": e.stress, "daylight_minutes": e.daylight_minutes, "notes": e.notes}
            for e in record.lifestyle]


def medication_rows(record: PatientRecord) -> list[Row]:
    return [{"drug": c.drug, "start": c.start, "end": c.end, "dose": c.dose,
             "daily_amount": c.daily_amount, "notes": c.notes, "schedule": _enum(c.schedule),
             "weekday": None if c.weekday is None else WEEKDAYS[c.weekday]}
            for c in record.medications]


def dose_rows(record: PatientRecord) -> list[Row]:
    """Doses name their course's drug; import finds the course running on the date again."""
    drugs = {c.id: c.drug for c in record.medications}
    return [{"date": d.date, "drug": drugs.get(d.course_id, ""), "status": d.status.value,
             "time": d.time, "at_clinic": d.at_clinic, "note": d.note}
            for d in sorted(record.doses, key=lambda d: (d.date, d.course_id))]


def fracture_rows(record: PatientRecord) -> list[Row]:
    return [{"date": f.date, "site": f.site.value, "low_trauma": f.low_trauma}
            for f in record.fractures]


def fall_rows(record: PatientRecord) -> list[Row]:
    return [{"date": f.date, "injury": f.injury, "notes": f.notes} for f in record.falls]


def measure_rows(record: PatientRecord) -> list[Row]:
    """Values in the unit they were entered in, so a round trip is exact."""
    return [{"date": m.date, "kind": m.kind.value, "value": m.value, "unit": m.unit, "note": m.note}
            for m in record.measures]


def lab_rows(record: PatientRecord) -> list[Row]:
    return [{"date": r.date, "test": r.test.value, "value": r.value, "unit": r.unit,
             "range_low": r.range_low, "range_high": r.range_high, "note": r.note}
            for r in record.labs]


def frax_rows(record: PatientRecord) -> list[Row]:
    """Each result with the worksheet it was worked out from (``inputs``, JSON text)."""
    return [{"date": r.date, "model": r.model, "with_bmd": r.with_bmd, "major": r.major,
             "hip": r.hip, "category": r.category, "note": r.note, "inputs": r.inputs}
            for r in record.frax]


def food_refs(db: Database, records: Iterable[PatientRecord]) -> dict[int, str]:
    """Food id -> the id users type (NDB number, or ``C<id>`` for custom foods)."""
    ids = {i.food_id for r in records for m in r.meals for i in m.items if i.food_id is not None}
    if not ids:
        return {}
    with db.read() as s:
        return public_ids(s, ids)


def own_item_rows(db: Database, record: PatientRecord) -> tuple[dict[str, list[Row]], dict[int, str]]:
    """The rows of ``foods`` and ``activities`` (only the kinds the patient uses, or marked as a
    favourite) and how meals name those foods (food id -> exact description)."""
    foods = own_items.used_foods(db, record, also=_favourite_ids(db, record))
    rows = {"foods": own_items.food_rows(foods),
            "activities": own_items.activity_rows(own_items.used_activities(db, record))}
    return {k: v for k, v in rows.items() if v}, own_items.food_refs(foods)


def _favourite_ids(db: Database, record: PatientRecord) -> set[int]:
    if record.patient.id is None:
        return set()
    return {int(h.id) for h in food_svc.favourites(db, record.patient.id) if h.source != "usda"}


def favourite_food_rows(db: Database, patient_id: PatientId, own_refs: Mapping[int, str]) -> list[Row]:
    """The patient's favourite foods, named as ``meals.csv`` names foods."""
    hits = food_svc.favourites(db, patient_id)
    if not hits:
        return []
    with db.read() as s:
        public = public_ids(s, [h.id for h in hits])
    return favourite_rows(hits, own_refs, public)


def kind_rows(record: PatientRecord, refs: Mapping[int, str],
              favourites: Sequence[Row] = ()) -> dict[str, list[Row]]:
    """Every entry kind's rows for one patient, in :data:`ENTRY_KINDS` order."""
    return {
        "scans": scan_rows(record),
        "workouts": workout_rows(record),
        "meals": meal_rows(record, refs),
        "lifestyle": lifestyle_rows(record),
        "medications": medication_rows(record),
        "doses": dose_rows(record),
        "fractures": fracture_rows(record),
        "falls": fall_rows(record),
        "measures": measure_rows(record),
        "labs": lab_rows(record),
        "frax": frax_rows(record),
        "favourites": list(favourites),
    }


def patient_document(db: Database, patient_id: PatientId) -> dict[str, Any]:
    """One patient as a JSON-ready document: profile and every kind's rows (typed values)."""
    record = load_record(db, patient_id)
    own, own_refs = own_item_rows(db, record)
    rows = kind_rows(record, {**food_refs(db, [record]), **own_refs},
                     favourite_food_rows(db, patient_id, own_refs))
    return {
        "format": DOCUMENT_FORMAT,
        "version": DOCUMENT_VERSION,
        "exported": today().isoformat(),
        "bonetracker": __version__,
        "patient": {k: json_value(v) for k, v in patient_row(record.patient).items()},
        **{f"custom_{kind}": [{k: json_value(v) for k, v in row.items()} for row in own[kind]]
           for kind in CUSTOM_KINDS if kind in own},
        **{kind: [{k: json_value(v) for k, v in row.items()} for row in rows[kind]]
           for kind in ENTRY_KINDS},
    }


def slug(patient_id: int, name: str) -> str:
    """``12-jane-doe``: a file-name-safe label that stays unique through the id."""
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "patient"
    return f"{patient_id}-{text}"


def _write(path: Path, text: str) -> Path:
    """Write a health-record file readable by its owner only (0600), like the database, in a
    folder only its owner can enter (0700 when new); never through a planted link, never half
    written under its name (:mod:`bonetracker.storage.safe_files`)."""
    make_folder(path.parent)
    return write_text(path, text)


def export_patient_csv(db: Database, patient_id: PatientId, folder: Path) -> list[Path]:
    """``patients.csv`` (the profile), ``foods.csv`` and ``activities.csv`` when the patient
    uses foods or activities of their own, one file per kind, headers even when empty, and
    ``programmes.csv`` when the patient has an exercise programme."""
    record = load_record(db, patient_id)
    own, own_refs = own_item_rows(db, record)
    rows = kind_rows(record, {**food_refs(db, [record]), **own_refs},
                     favourite_food_rows(db, patient_id, own_refs))
    written = [_write(folder / "patients.csv",
                      write_table(SPECS["patients"], [patient_row(record.patient)]))]
    for kind in CUSTOM_KINDS:
        if kind in own:
            written.append(_write(folder / f"{kind}.csv", write_table(SPECS[kind], own[kind])))
    for kind in ENTRY_KINDS:
        written.append(_write(folder / f"{kind}.csv", write_table(SPECS[kind], rows[kind])))
    prescribed = programme_rows(programmes_of(db, record))
    if prescribed:
        written.append(_write(folder / "programmes.csv", write_table(SPECS["programmes"], prescribed)))
    return written


def export_patient_json(db: Database, patient_id: PatientId, folder: Path) -> Path:
    document = patient_document(db, patient_id)
    label = slug(patient_id, str(document["patient"]["name"]))
    return _write(folder / f"patient-{label}.json",
                  json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def export_patient_fhir(db: Database, patient_id: PatientId, folder: Path,
                        identifiers: Collection[str] = fhir_writer.DEFAULT_IDENTIFIERS) -> Path:
    """``12-jane-doe.fhir.json``: the patient as a FHIR R4 Bundle, with only ``identifiers``."""
    record = load_record(db, patient_id)
    document = fhir_writer.bundle(record, identifiers, today=today())
    return _write(folder / f"{slug(patient_id, record.patient.name)}.fhir.json",
                  json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _name(db: Database, patient_id: PatientId) -> str:
    with db.read() as s:
        name = patient_repo.name_of(s, patient_id)
    return "patient" if name is None else name


def all_patient_ids(db: Database) -> list[PatientId]:
    """Every patient, archived ones included (an export is a full copy)."""
    with db.read() as s:
        return patient_repo.all_ids(s)


def export(db: Database, out: str | Path, patient_ids: Sequence[PatientId] | None = None,
           fmt: str = "csv", identifiers: Collection[str] | None = None) -> list[Path]:
    """Export the given patients (None: all) into ``out``.

    CSV with one patient writes its files straight into ``out``; with several, into one
    sub-folder per patient (``12-jane-doe/``). JSON writes ``patient-12-jane-doe.json`` each,
    FHIR ``12-jane-doe.fhir.json`` with the Patient carrying only ``identifiers`` (default
    name, birth date and sex).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    folder = Path(out)
    ids = list(patient_ids) if patient_ids is not None else all_patient_ids(db)
    written: list[Path] = []
    for pid in ids:
        if fmt == "json":
            written.append(export_patient_json(db, pid, folder))
            continue
        if fmt == "fhir":
            written.append(export_patient_fhir(
                db, pid, folder, fhir_writer.DEFAULT_IDENTIFIERS if identifiers is None
                else identifiers))
            continue
        if len(ids) == 1 and patient_ids is not None:
            written += export_patient_csv(db, pid, folder)
        else:
            written += export_patient_csv(db, pid, folder / slug(pid, _name(db, pid)))
    for pid in ids:
        record_event(db, "export", "patient", patient_id=pid, details={"format": fmt})
    return written
