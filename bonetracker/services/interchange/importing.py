"""CSV import, all or nothing: every row goes through its kind's own parser, then one transaction.

Why this shape:

- Each row is parsed by the same ``parse_*`` function the forms and the CLI use (the one
  validation path), with CSV columns mapped to the raw field names it expects. Every bad row is
  reported as ``line N, column X: reason``, not just the first, so a clinic can fix a file in
  one pass.
- Rows are then checked against what is stored (duplicates, one visit per date, one lifestyle
  entry per day, overlapping courses) and written inside ONE ``db.write()`` unit of work; any
  problem raises :class:`ImportRejected` before or inside it, so nothing is written.
- Re-importing a file adds nothing: a row equal to a stored entry of the same patient (same date
  and values) is skipped and counted. Matching is one-to-one, so a file that really holds two
  identical workouts keeps both.
- ``foods`` and ``activities`` (your own, :mod:`.custom_items_io`) and ``meals``
  (:mod:`.meal_import`) keep their rules in their own modules; import foods and activities
  before the meals and workouts that name them.
- ``frax`` rows carry the worksheet each result was worked out from (:mod:`.frax_import`), so
  a copy of a record says "recalculate" exactly when the original does.
- Workouts (imported by the 100,000) first try a columnar fast path, :mod:`.workout_import`,
  which steps aside for the per-row path whenever a row is invalid: messages have one source.
- The cyclic garbage collector is paused during an import: its passes over 100,000 short-lived
  row objects (which form no cycles) took ~1 s of ~5 s.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import DxaScan, Patient, PatientId, SiteMeasurement
from bonetracker.services import doses as dose_svc
from bonetracker.services import foods as food_svc
from bonetracker.services import fractures as fracture_svc
from bonetracker.services import labs as lab_svc
from bonetracker.services import lifestyle as lifestyle_svc
from bonetracker.services import measures as measure_svc
from bonetracker.services import medications as medication_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services import scans as scan_svc
from bonetracker.services import workouts as workout_svc
from bonetracker.services.activities import list_activities
from bonetracker.services.interchange import custom_items as own_items
from bonetracker.services.interchange import workout_import
from bonetracker.services.interchange.batch_import import (
    FileSource,
    FlatRules,
    Progress,
    RowSource,
    TableSource,
    all_rows,
    import_flat,
)
from bonetracker.services.interchange.batch_import import ImportCancelled as ImportCancelled  # re-exported
from bonetracker.services.interchange.csv_formats import (
    SPECS,
    CsvTable,
    ImportRejected,
    ImportResult,
    KindSpec,
    Merge,
    Parsed,
    ParseFn,
    RowError,
    header_errors,
    parse_rows,
)
from bonetracker.services.interchange.favourites import favourite_parser, merge_favourites, write_favourites
from bonetracker.services.interchange.frax_import import frax_parser
from bonetracker.services.interchange.meal_import import MealLine as MealLine  # re-exported
from bonetracker.services.interchange.meal_import import meal_parser, merge_meals, write_meals
from bonetracker.services.interchange.programme_io import merge_programmes, programme_parser, write_programmes
from bonetracker.services.validation import before_birth_errors
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import bulk, entries
from bonetracker.storage.repositories import patients as patient_repo
from bonetracker.storage.repositories import scans as scan_repo

KINDS: tuple[str, ...] = tuple(SPECS)


# -- per-kind merge rules -------------------------------------------------------------------
def _key(record: Any, **blank: object) -> Any:
    """A record without its identity, so a re-imported row equals the stored one."""
    fields = {f.name for f in dataclasses.fields(record)}
    reset: dict[str, object] = {"id": None, "version": 1}
    reset.update(blank)
    return dataclasses.replace(record, **{k: v for k, v in reset.items() if k in fields})


def _lifestyle_conflicts(p: Parsed, accepted: list[Any]) -> list[RowError]:
    day = p.record.date
    if any(e.date == day for e in accepted):
        return [RowError(p.line, "date", f"{day.isoformat()} already has a lifestyle entry (one a "
                                         "day): keep one row per date, or edit the stored entry")]
    return []


def _medication_conflicts(p: Parsed, accepted: list[Any]) -> list[RowError]:
    others = [dataclasses.replace(c, id=-1 - i) for i, c in enumerate(accepted)]
    return [RowError(p.line, e.field, e.message)
            for e in medication_svc.overlap_errors(p.record, others)]


def _dose_conflicts(p: Parsed, accepted: list[Any]) -> list[RowError]:
    """One entry per course and day: a second row for the same day (in the file or stored with
    other values) is refused, as logging it by hand would be."""
    dose = p.record
    clash = next((a for a in accepted if a.course_id == dose.course_id and a.date == dose.date), None)
    if clash is None:
        return []
    return [RowError(p.line, "date", f"a dose of this course is already {clash.status.value} on "
                                     f"{dose.date.isoformat()}: one a day at most")]


FLAT: dict[str, tuple[entries.EntryMapper[Any], Callable[..., list[RowError]] | None, dict[str, object]]] = {
    "workouts": (entries.workouts, None, {"activity_id": None}),
    "lifestyle": (entries.lifestyle, _lifestyle_conflicts, {}),
    "medications": (entries.medications, _medication_conflicts, {}),
    "doses": (entries.doses, _dose_conflicts, {}),
    "fractures": (entries.fractures, None, {}),
    "falls": (entries.falls, None, {}),
    "measures": (entries.measures, None, {}),
    "labs": (entries.labs, None, {}),
    # A result equal in every value but the worksheet is the same result: a hand-typed file
    # re-imported after the record changed gets another worksheet, and must not add it twice.
    "frax": (entries.frax, None, {"inputs": ""}),
}


def _same_values(a: SiteMeasurement, b: SiteMeasurement) -> bool:
    return (a.bmd, a.t_score, a.z_score) == (b.bmd, b.t_score, b.z_score)


def merge_scans(session: Session, patient_id: PatientId, parsed: Sequence[Parsed]) -> Merge:
    """Rows of one date form one visit; a site already stored with equal values is skipped."""
    stored = {s.date: s for s in scan_repo.list_for_patient(session, patient_id)}
    merge = Merge()
    first_of_day: dict[Any, Parsed] = {}
    seen_site: dict[tuple[Any, str], int] = {}
    for p in parsed:
        scan: DxaScan = p.record
        m = scan.measurements[0]
        lead = first_of_day.setdefault(scan.date, p)
        for name in ("device", "facility", "notes"):
            mine, theirs = getattr(scan, name), getattr(lead.record, name)
            if lead is not p and mine and theirs and mine != theirs:
                merge.errors.append(RowError(p.line, name, f"differs from line {lead.line} of the "
                                                           "same visit (rows of one date form one visit)"))
        if lead is not p:
            merge.errors += [RowError(p.line, e.field, f"differs from line {lead.line} of the same "
                                                       "visit (rows of one date form one visit)")
                             for e in scan_svc.provenance_conflicts(lead.record, scan)]
        if (scan.date, m.site) in seen_site:
            other = seen_site[scan.date, m.site]
            merge.errors.append(RowError(p.line, "site", f"{m.site} is measured twice on "
                                                         f"{scan.date} (also line {other})"))
            continue
        seen_site[scan.date, m.site] = p.line
        old = stored.get(scan.date)
        if old is not None:
            merge.errors += [RowError(p.line, e.field, e.message)
                             for e in scan_svc.provenance_conflicts(old, scan)]
        previous = old.measurement(m.site) if old else None
        if previous is not None and _same_values(previous, m):
            merge.skipped += 1
        elif previous is not None:
            merge.errors.append(RowError(p.line, "site", f"{m.site} was already measured on "
                                                         f"{scan.date} with other values; edit that visit"))
        else:
            merge.to_add.append(p)
    return merge


def write_scans(session: Session, patient_id: PatientId, rows: Sequence[Parsed]) -> None:
    by_date: dict[Any, list[DxaScan]] = {}
    for p in rows:
        by_date.setdefault(p.record.date, []).append(p.record)
    stored = {s.date: s for s in scan_repo.list_for_patient(session, patient_id)}
    for day, scans in by_date.items():
        measurements = tuple(s.measurements[0] for s in scans)
        old = stored.get(day)
        if old is not None and old.id is not None:
            merged = old
            for scan in scans:
                merged = scan_svc.merged_provenance(merged, scan)
            if merged is not old:
                scan_repo.set_provenance(session, old.id, merged)
            scan_repo.add_measurements(session, old.id, measurements)
            continue
        lead = next((s for s in scans if s.device), scans[0])
        visit = dataclasses.replace(
            scans[0], id=None, measurements=measurements, device=lead.device,
            facility=next((s.facility for s in scans if s.facility), ""),
            notes=next((s.notes for s in scans if s.notes), ""))
        for scan in scans[1:]:
            visit = scan_svc.merged_provenance(visit, scan)
        scan_repo.add(session, visit)


def merge_patients(session: Session, parsed: Sequence[Parsed]) -> Merge:
    merge = Merge()
    used: set[int] = set()
    for p in parsed:
        candidates = patient_repo.find_by_name(session, p.record.name)
        same = next((c for c in candidates if c.id not in used and _key(c) == _key(p.record)), None)
        if same is not None and same.id is not None:
            used.add(same.id)
            merge.skipped += 1
        else:
            merge.to_add.append(p)
    return merge


@dataclass(frozen=True)
class KindHandler:
    """How one import kind becomes stored records: its parser (from form text, the forms' own
    validation), the rule that merges parsed rows with what is stored (duplicates skipped,
    clashes refused), and the writer. Adding an import kind is a KindSpec in ``csv_formats``,
    one handler and one :data:`HANDLERS` entry (flat per-patient entries: one :data:`FLAT`
    entry and a parser in :data:`FLAT_PARSERS`, written a batch at a time)."""

    parser: Callable[[Database], ParseFn]
    merge: Callable[[Session, PatientId, Sequence[Parsed]], Merge]
    write: Callable[[Session, PatientId, Sequence[Parsed]], list[PatientId]]


def _scan_parser(_db: Database) -> ParseFn:
    return lambda pid, raw: scan_svc.parse_scan(
        pid, {k: raw.get(k) for k in ("date", "device", "facility", "notes", *scan_svc.PROVENANCE_FIELDS)},
        [{k: raw.get(k) for k in ("site", "bmd", "t_score", "z_score")}], prefixed=False)


def _none(write: Callable[[Session, PatientId, Sequence[Parsed]], None]
          ) -> Callable[[Session, PatientId, Sequence[Parsed]], list[PatientId]]:
    def run(session: Session, pid: PatientId, rows: Sequence[Parsed]) -> list[PatientId]:
        write(session, pid, rows)
        return []
    return run


def _write_patients(session: Session, _pid: PatientId, rows: Sequence[Parsed]) -> list[PatientId]:
    return [PatientId(patient_repo.add(session, p.record).id or 0) for p in rows]


HANDLERS: dict[str, KindHandler] = {
    "scans": KindHandler(_scan_parser, merge_scans, _none(write_scans)),
    "patients": KindHandler(lambda _db: lambda _pid, raw: patient_svc.parse_patient(raw),
                            lambda session, _pid, parsed: merge_patients(session, parsed), _write_patients),
    "meals": KindHandler(meal_parser, merge_meals, _none(write_meals)),
    "programmes": KindHandler(programme_parser, merge_programmes, _none(write_programmes)),
    # Your own foods and activities (:mod:`.custom_items`): not a patient's.
    "foods": KindHandler(own_items.food_parser, lambda session, _pid, parsed: own_items.merge_foods(
        session, parsed), _none(lambda session, _pid, rows: own_items.write_foods(session, rows))),
    "activities": KindHandler(own_items.activity_parser, lambda session, _pid, parsed:
                              own_items.merge_activities(session, parsed),
                              _none(lambda session, _pid, rows: own_items.write_activities(session, rows))),
    "favourites": KindHandler(favourite_parser, merge_favourites, _none(write_favourites)),
}
"""The kinds imported whole (read, checked, merged, then written in one transaction)."""
OWN_ITEMS = ("foods", "activities")
"""Your own foods and activities: no patient."""


def _dose_parser(db: Database) -> ParseFn:
    courses: dict[PatientId, list[Any]] = {}

    def parse_dose(pid: PatientId, raw: Any) -> Any:
        if pid not in courses:
            courses[pid] = medication_svc.list_medications(db, pid)
        return dose_svc.parse_dose(pid, raw, courses[pid])

    return parse_dose


def _workout_parser(db: Database) -> ParseFn:
    activities = list_activities(db)
    return lambda pid, raw: workout_svc.parse_workout(pid, raw, activities)


FLAT_PARSERS: dict[str, Callable[[Database], ParseFn]] = {
    "workouts": _workout_parser,
    "doses": _dose_parser,
    "frax": frax_parser,
    "lifestyle": lambda _db: lifestyle_svc.parse_lifestyle,
    "medications": lambda _db: medication_svc.parse_medication,
    "fractures": lambda _db: fracture_svc.parse_fracture,
    "falls": lambda _db: fracture_svc.parse_fall,
    "measures": lambda _db: measure_svc.parse_measure,
    "labs": lambda _db: lab_svc.parse_lab,
}
"""The flat per-patient kinds' parsers (their storage and conflict rules are in :data:`FLAT`)."""


def _parser(db: Database, kind: str) -> ParseFn:
    handler = HANDLERS.get(kind)
    return handler.parser(db) if handler is not None else FLAT_PARSERS[kind](db)


def _merge(session: Session, kind: str, pid: PatientId, parsed: Sequence[Parsed]) -> Merge:
    return HANDLERS[kind].merge(session, pid, parsed)


def _write(session: Session, kind: str, pid: PatientId, rows: Sequence[Parsed]) -> list[PatientId]:
    if kind in HANDLERS:
        return HANDLERS[kind].write(session, pid, rows)
    if rows:
        # One executemany of plain rows (already validated records), not an ORM object each.
        bulk.insert_entries(session, FLAT[kind][0], [p.record for p in rows])
    return []


DATE_FIELDS = ("date", "start", "end")
"""The record fields that date an imported entry (a course has a start and an end)."""


def before_birth(spec: KindSpec, parsed: Sequence[Parsed], birth: dt.date) -> list[RowError]:
    """A row error for each date before the patient's birth date, naming row and column."""
    errors: list[RowError] = []
    for p in parsed:
        dated = [(name, getattr(p.record, name, None)) for name in DATE_FIELDS]
        errors += [RowError(p.line, spec.column_for_field(e.field), e.message)
                   for e in before_birth_errors(birth, dated)]
    return errors


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (reference counting still frees everything) and
    restore it afterwards, also when the import is refused; nesting is harmless."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _flat_rules(db: Database, kind: str, pid: PatientId) -> FlatRules:
    """How to import a flat kind a batch at a time (:mod:`.batch_import`)."""
    spec = SPECS[kind]
    mapper, conflicts, blank = FLAT[kind]
    birth = patient_svc.get_patient(db, pid).birth_date
    workouts = kind == "workouts"
    # Workouts match stored ones by workout_key on both paths, so a file whose batches take
    # different paths matches each stored workout once.
    key: Callable[[Any], Any] = workout_import.workout_key if workouts else (
        lambda record: _key(record, **blank))
    return FlatRules(
        spec, _parser(db, kind), key, conflicts,
        list_stored=lambda session: mapper.list_for_patient(session, pid),
        write=lambda session, rows: _write(session, kind, pid, rows),
        before_birth=lambda parsed: before_birth(spec, parsed, birth),
        activities=list_activities(db) if workouts else None, birth_date=birth)


@_collector_paused()
def import_rows(db: Database, kind: str, source: RowSource, patient_id: PatientId | None = None,
                *, dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    """Validate every row of ``source`` and, unless ``dry_run``, write them all in one transaction.

    ``progress(fraction, stage)`` is called after each batch of rows and may raise
    :class:`ImportCancelled` to stop (nothing is written then).

    Raises:
        ImportRejected: any row is invalid or clashes with stored data; nothing was written.
        NotFoundError: ``patient_id`` names no patient.
    """
    spec = SPECS[kind]
    if spec.needs_patient:
        if patient_id is None:
            raise ValidationError([FieldError("patient", f"is required to import {kind}")])
        patient_svc.get_patient(db, patient_id)
    pid = PatientId(patient_id or 0)
    errors = header_errors(spec, source.header)
    if errors:
        raise ImportRejected(errors)
    if kind in FLAT:  # checked and written a batch at a time
        return import_flat(db, _flat_rules(db, kind, pid), source, pid, dry_run=dry_run,
                           progress=progress)
    parse = _parser(db, kind)
    parsed: list[Parsed] = []
    for table in all_rows(source, progress):
        rows, problems = parse_rows(spec, table, pid, parse)
        parsed += rows
        errors += problems
    if spec.needs_patient:
        errors += before_birth(spec, parsed, patient_svc.get_patient(db, pid).birth_date)
    if errors:
        raise ImportRejected(errors)
    unit = db.read() if dry_run else db.write()
    with unit as session:
        merge = _merge(session, kind, pid, parsed)
        if merge.errors:
            raise ImportRejected(merge.errors)
        new_ids = [] if dry_run else _write(session, kind, pid, merge.to_add)
    if kind == "foods" and merge.to_add and not dry_run:
        food_svc.forget_rankings(db)  # as adding a food by hand does
    return ImportResult(kind, len(parsed), len(merge.to_add), merge.skipped, dry_run, tuple(new_ids))


def import_table(db: Database, kind: str, table: CsvTable, patient_id: PatientId | None = None,
                 *, dry_run: bool = False) -> ImportResult:
    """:func:`import_rows` of a table read into memory (:func:`~.csv_formats.read_table`)."""
    return import_rows(db, kind, TableSource(table), patient_id, dry_run=dry_run)


def import_file(db: Database, kind: str, path: str | Path, patient_id: PatientId | None = None,
                *, dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    """:func:`import_rows` of a CSV file (UTF-8 with or without BOM, ``,`` or ``;``, any EOL),
    read a batch at a time: memory stays bounded whatever the file's size."""
    if kind not in SPECS:
        raise ValidationError([FieldError("kind", f"must be one of {', '.join(KINDS)}")])
    return import_rows(db, kind, FileSource(path), patient_id, dry_run=dry_run, progress=progress)


def import_patients(db: Database, path: str | Path, *, dry_run: bool = False) -> list[Patient]:
    """Import a patients file and return the patients it added (for selecting one next)."""
    result = import_file(db, "patients", path, dry_run=dry_run)
    return patient_svc.get_patients(db, list(result.patient_ids)) if result.patient_ids else []
