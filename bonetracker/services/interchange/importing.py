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
- Memory stays bounded whatever the file's size: flat kinds are checked and written a batch at
  a time (:mod:`.batch_import`), scans, meals, patients and favourites a slice of rows at a
  time (:mod:`.grouped_import`, each kind's :class:`~.grouped_import.KindStream`); the kinds
  merged whole (programmes, your own foods and activities) take at most :data:`WHOLE_ROWS`
  rows.
- The cyclic garbage collector is paused during an import: its passes over 100,000 short-lived
  row objects (which form no cycles) took ~1 s of ~5 s.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import Patient, PatientId
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
)
from bonetracker.services.interchange.favourites import (
    FavouriteStream,
    favourite_parser,
    merge_favourites,
    write_favourites,
)
from bonetracker.services.interchange.frax_import import frax_parser
from bonetracker.services.interchange.grouped_import import KindStream, StreamRules, import_grouped
from bonetracker.services.interchange.meal_import import MealLine as MealLine  # re-exported
from bonetracker.services.interchange.meal_import import MealStream, meal_parser, merge_meals, write_meals
from bonetracker.services.interchange.programme_io import merge_programmes, programme_parser, write_programmes
from bonetracker.services.interchange.scan_import import ScanStream as ScanStream  # re-exported
from bonetracker.services.interchange.scan_import import merge_scans as merge_scans  # re-exported
from bonetracker.services.interchange.scan_import import write_scans as write_scans  # re-exported
from bonetracker.services.validation import before_birth_errors
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import bulk, entries
from bonetracker.storage.repositories import patients as patient_repo

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


@dataclass(frozen=True)
class FlatKind:
    """A flat per-patient kind: its rows are matched one by one with stored entries, a batch at
    a time. ``blank`` names fields ignored when matching (set to the value given); ``key``
    replaces that matching key (workouts match by their own workout key); ``activities``: the
    parser needs the activity list."""

    mapper: entries.EntryMapper[Any]
    conflicts: Callable[..., list[RowError]] | None = None
    blank: Mapping[str, object] = field(default_factory=dict)
    key: Callable[[Any], Any] | None = None
    activities: bool = False


FLAT: dict[str, FlatKind] = {
    # Workouts match stored ones by workout_key on both paths, so a file whose batches take
    # different paths matches each stored workout once.
    "workouts": FlatKind(entries.workouts, key=workout_import.workout_key, activities=True),
    "lifestyle": FlatKind(entries.lifestyle, _lifestyle_conflicts),
    "medications": FlatKind(entries.medications, _medication_conflicts),
    "doses": FlatKind(entries.doses, _dose_conflicts),
    "fractures": FlatKind(entries.fractures),
    "falls": FlatKind(entries.falls),
    "measures": FlatKind(entries.measures),
    "labs": FlatKind(entries.labs),
    # A result equal in every value but the worksheet is the same result: a hand-typed file
    # re-imported after the record changed gets another worksheet, and must not add it twice.
    "frax": FlatKind(entries.frax, blank={"inputs": ""}),
}


class PatientStream:
    """The patients' merge and write rules for one pass, a slice of parsed rows at a time: a row
    equal to a stored patient not matched yet is skipped (one-to-one), others are added.
    Between slices it keeps only the stored patients matched; patients added by this import
    (ids above the highest stored before it) are not matched, so a file holding two identical
    patients keeps both, whichever slices they fall in."""

    def __init__(self, session: Session, _pid: object = None, _plan: object = None) -> None:
        self.session = session
        self.used: set[int] = set()
        self.before = max(patient_repo.all_ids(session), default=0)

    def plan(self) -> None:
        return None

    def finish(self, _session: Session) -> list[PatientId]:
        return []

    def merge(self, parsed: Sequence[Parsed]) -> Merge:
        merge = Merge()
        for p in parsed:
            candidates = patient_repo.find_by_name(self.session, p.record.name)
            same = next((c for c in candidates if c.id not in self.used and (c.id or 0) <= self.before
                         and _key(c) == _key(p.record)), None)
            if same is not None and same.id is not None:
                self.used.add(same.id)
                merge.skipped += 1
            else:
                merge.to_add.append(p)
        return merge

    def write(self, session: Session, rows: Sequence[Parsed]) -> list[PatientId]:
        return [PatientId(patient_repo.add(session, p.record).id or 0) for p in rows]


def merge_patients(session: Session, parsed: Sequence[Parsed]) -> Merge:
    return PatientStream(session).merge(parsed)


@dataclass(frozen=True)
class KindHandler:
    """How one import kind becomes stored records: its parser (from form text, the forms' own
    validation), the rule that merges parsed rows with what is stored (duplicates skipped,
    clashes refused), and the writer. Adding an import kind is a KindSpec in ``csv_formats``,
    one handler and one :data:`HANDLERS` entry (flat per-patient entries: one :data:`FLAT`
    entry and a parser in :data:`FLAT_PARSERS`, written a batch at a time).

    ``stream`` (``stream(session, patient_id, plan)``, a :class:`~.grouped_import.KindStream`)
    merges and writes a slice of rows at a time, so a file of any size takes bounded memory; a kind
    without one is merged whole, and a file of it over :data:`WHOLE_ROWS` rows is refused."""

    parser: Callable[[Database], ParseFn]
    merge: Callable[[Session, PatientId, Sequence[Parsed]], Merge]
    write: Callable[[Session, PatientId, Sequence[Parsed]], list[PatientId]]
    stream: Callable[[Session, PatientId, object], KindStream] | None = None
    after_write: Callable[[Database], None] | None = None
    """Run after an import that added rows (new foods: the search forgets its rankings, as
    adding a food by hand does)."""


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
    return PatientStream(session).write(session, rows)


HANDLERS: dict[str, KindHandler] = {
    "scans": KindHandler(_scan_parser, merge_scans, _none(write_scans), ScanStream),  # type: ignore[arg-type]
    "patients": KindHandler(lambda _db: lambda _pid, raw: patient_svc.parse_patient(raw),
                            lambda session, _pid, parsed: merge_patients(session, parsed), _write_patients,
                            PatientStream),
    "meals": KindHandler(meal_parser, merge_meals, _none(write_meals), MealStream),
    "programmes": KindHandler(programme_parser, merge_programmes, _none(write_programmes)),
    # Your own foods and activities (:mod:`.custom_items`): not a patient's.
    "foods": KindHandler(own_items.food_parser, lambda session, _pid, parsed: own_items.merge_foods(
        session, parsed), _none(lambda session, _pid, rows: own_items.write_foods(session, rows)),
        after_write=food_svc.forget_rankings),
    "activities": KindHandler(own_items.activity_parser, lambda session, _pid, parsed:
                              own_items.merge_activities(session, parsed),
                              _none(lambda session, _pid, rows: own_items.write_activities(session, rows))),
    "favourites": KindHandler(favourite_parser, merge_favourites, _none(write_favourites), FavouriteStream),
}
"""The kinds whose rows are merged with each other, not only with what is stored (see
:class:`KindHandler`); all or nothing in one transaction."""
WHOLE_ROWS = 20_000
"""The most rows a file of a kind merged whole (programmes, your own foods and activities) may
hold: their rows are checked against each other (one food's measures, one programme's versions,
names used once), so all of them are held. A clinic's such file has hundreds; the limit keeps a
hostile file's memory bounded, and a file over it is refused at the row past it."""
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


def _write(session: Session, kind: str, pid: PatientId, rows: Sequence[Parsed]) -> list[PatientId]:
    if kind in HANDLERS:
        return HANDLERS[kind].write(session, pid, rows)
    if rows:
        # One executemany of plain rows (already validated records), not an ORM object each.
        bulk.insert_entries(session, FLAT[kind].mapper, [p.record for p in rows])
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
    flat = FLAT[kind]
    birth = patient_svc.get_patient(db, pid).birth_date
    key: Callable[[Any], Any] = flat.key or (lambda record: _key(record, **flat.blank))
    return FlatRules(
        spec, _parser(db, kind), key, flat.conflicts,
        list_stored=lambda session: flat.mapper.list_for_patient(session, pid),
        write=lambda session, rows: _write(session, kind, pid, rows),
        before_birth=lambda parsed: before_birth(spec, parsed, birth),
        activities=list_activities(db) if flat.activities else None, birth_date=birth)


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
    handler = HANDLERS[kind]
    birth = patient_svc.get_patient(db, pid).birth_date if spec.needs_patient else None

    def start(session: Session, plan: object) -> KindStream:
        if handler.stream is not None:
            return handler.stream(session, pid, plan)
        return _Whole(handler, session, pid)

    rules = StreamRules(spec, _parser(db, kind), start,
                        None if birth is None else lambda parsed: before_birth(spec, parsed, birth))
    outcome = import_grouped(db, rules, source, pid, dry_run=dry_run, progress=progress,
                             whole=WHOLE_ROWS if handler.stream is None else 0)
    if handler.after_write is not None and outcome.added and not dry_run:
        handler.after_write(db)
    return ImportResult(kind, outcome.rows, outcome.added, outcome.skipped, dry_run,
                        outcome.new_ids)


class _Whole:
    """A kind without a stream, merged and written whole (one call each)."""

    def __init__(self, handler: KindHandler, session: Session, pid: PatientId) -> None:
        self.handler, self.session, self.pid = handler, session, pid

    def plan(self) -> None:
        return None

    def merge(self, parsed: Sequence[Parsed]) -> Merge:
        return self.handler.merge(self.session, self.pid, parsed)

    def write(self, session: Session, rows: Sequence[Parsed]) -> list[PatientId]:
        return self.handler.write(session, self.pid, rows)

    def finish(self, _session: Session) -> list[PatientId]:
        return []


def import_table(db: Database, kind: str, table: CsvTable, patient_id: PatientId | None = None,
                 *, dry_run: bool = False) -> ImportResult:
    """:func:`import_rows` of a table read into memory (:func:`~.csv_stream.read_table`)."""
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
