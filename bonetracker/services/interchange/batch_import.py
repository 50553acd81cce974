"""Importing a file of flat entries batch by batch: bounded memory, still all or nothing.

Why: a clinic's file of years of workouts can be hundreds of megabytes, and holding all its rows
and records at once took gigabytes. Entries of the flat kinds (workouts, lifestyle, courses,
doses, fractures, falls, measures, labs, FRAX) need nothing but what is stored and the rows
before them to be judged, so a file is read in batches (:mod:`.csv_stream`):

- A file of one batch (up to :data:`~.csv_stream.BATCH_CHARS` characters, and every table given
  in memory) is parsed, then checked against what is stored and written in one transaction, as
  always.
- A larger file is read twice. The first pass parses and checks every row, keeping only the
  counts, the stored entries' keys and the first problems; a refused file stops there, and so
  does a dry run. The second pass reads it again inside ONE write transaction, checks each
  batch again (the file or the database may have changed) and writes it; any problem, or
  Cancel, rolls the whole transaction back, so nothing is written.

Progress is reported after each batch through ``progress(fraction, stage)``, which may raise
:class:`ImportCancelled` to stop.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bonetracker.domain.records import Activity, PatientId
from bonetracker.services.interchange import csv_stream, workout_import
from bonetracker.services.interchange.csv_formats import (
    CsvTable,
    ErrorLog,
    ImportRejected,
    ImportResult,
    KindSpec,
    Merge,
    Parsed,
    ParseFn,
    RowError,
    parse_rows,
)
from bonetracker.storage.database import Database, Session

Progress = Callable[[float, str], None]
"""``progress(fraction done 0..1, stage)``; stage is "Checking" or "Importing"."""

CHECKING = "Checking"
IMPORTING = "Importing"


class ImportCancelled(Exception):
    """The import was stopped (Cancel); nothing was written."""


class RowSource(Protocol):
    """Rows to import: the header, and passes over the rows a batch at a time."""

    header: tuple[str, ...]
    one_batch: bool

    def tables(self) -> Iterator[tuple[CsvTable, float]]:
        """Each batch of rows, with the fraction of the source read after it."""
        ...


class TableSource:
    """A table already in memory: one batch."""

    one_batch = True

    def __init__(self, table: CsvTable) -> None:
        self.table = table
        self.header = table.header

    def tables(self) -> Iterator[tuple[CsvTable, float]]:
        yield self.table, 1.0


class FileSource:
    """A CSV file, opened afresh for each pass."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with csv_stream.open_csv(self.path) as stream:
            self.header = stream.header
        try:
            size = self.path.stat().st_size
        except OSError:  # pragma: no cover - it was just read
            size = csv_stream.BATCH_CHARS + 1
        self.one_batch = size <= csv_stream.BATCH_CHARS  # characters never outnumber UTF-8 bytes

    def tables(self) -> Iterator[tuple[CsvTable, float]]:
        with csv_stream.open_csv(self.path) as stream:
            if stream.header != self.header:
                raise ImportRejected([RowError(1, "-", "the file changed while it was being "
                                                       "imported; try again")])
            for rows in stream.batches():
                yield CsvTable(stream.header, rows, stream.delimiter), stream.fraction


def all_rows(source: RowSource, progress: Progress | None) -> Iterator[CsvTable]:
    """Every batch of ``source``, reporting progress as :data:`CHECKING` after each."""
    for table, fraction in source.tables():
        yield table
        if progress is not None:
            progress(fraction, CHECKING)


@dataclass
class FlatRules:
    """What importing one flat kind takes (see ``importing.FLAT``)."""

    spec: KindSpec
    parse: ParseFn
    key: Callable[[Any], Hashable]
    conflicts: Callable[[Parsed, list[Any]], list[RowError]] | None
    list_stored: Callable[[Session], Sequence[Any]]
    write: Callable[[Session, Sequence[Parsed]], object]
    before_birth: Callable[[Sequence[Parsed]], list[RowError]]
    activities: Sequence[Activity] | None = None  # workouts: the column-at-a-time fast path
    birth_date: dt.date = dt.date.min


class _Pass:
    """One pass over the rows: parse, check against what is stored and the rows before."""

    def __init__(self, rules: FlatRules, pid: PatientId, stored: Sequence[Any]) -> None:
        self.rules = rules
        self.pid = pid
        self.stock: Counter[Hashable] = Counter(map(rules.key, stored))
        self.accepted: list[Any] = list(stored) if rules.conflicts else []
        self.errors = ErrorLog()
        self.clashes = ErrorLog()
        self.rows = self.added = self.skipped = 0

    def batch(self, table: CsvTable) -> workout_import.WorkoutColumns | list[Parsed]:
        """The new rows of ``table`` (as columns when the fast path took it)."""
        rules = self.rules
        if rules.activities is not None:
            columns = workout_import.checked_columns(table, rules.activities, rules.birth_date)
            if columns is not None:
                self.rows += len(columns)
                fresh, skipped = workout_import.take_new(self.stock, columns, self.pid)
                self.added += len(fresh)
                self.skipped += skipped
                return fresh
        parsed, errors = parse_rows(rules.spec, table, self.pid, rules.parse)
        errors += rules.before_birth(parsed)
        self.errors.add(sorted(errors, key=lambda e: e.line))
        self.rows += len(parsed)
        if self.errors:
            return []  # the file is refused for these; clashes are reported only without them
        merge = self.merge(parsed)
        self.clashes.add(merge.errors)
        self.added += len(merge.to_add)
        self.skipped += merge.skipped
        return merge.to_add

    def merge(self, parsed: Sequence[Parsed]) -> Merge:
        """Skip rows equal to stored entries (one-to-one), then ask ``conflicts`` about the rest."""
        conflicts = self.rules.conflicts
        merge = Merge()
        stock = self.stock
        key = self.rules.key
        for p in parsed:
            k = key(p.record) if stock else None
            if stock and stock[k] > 0:
                stock[k] -= 1
                merge.skipped += 1
                continue
            problems = conflicts(p, self.accepted) if conflicts else []
            if problems:
                merge.errors += problems
                continue
            merge.to_add.append(p)
            if conflicts:
                self.accepted.append(p.record)
        return merge

    def refuse(self) -> None:
        if self.errors:
            raise self.errors.rejected()
        if self.clashes:
            raise self.clashes.rejected()

    def result(self, kind: str, dry_run: bool) -> ImportResult:
        return ImportResult(kind, self.rows, self.added, self.skipped, dry_run)


def import_flat(db: Database, rules: FlatRules, source: RowSource, pid: PatientId, *,
                dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    """Check every row of ``source`` and, unless ``dry_run``, write them all in one transaction.

    Raises:
        ImportRejected: some row is invalid or clashes with what is stored; nothing written.
        ImportCancelled: ``progress`` stopped the import; nothing written.
    """
    kind = rules.spec.kind
    if source.one_batch and not dry_run:
        return _one_pass(db, rules, source, pid, progress)
    with db.read() as session:
        stored = rules.list_stored(session)
    check = _Pass(rules, pid, stored)
    del stored
    share = 1.0 if dry_run else 0.5
    for table, fraction in source.tables():
        check.batch(table)
        if progress is not None:
            progress(fraction * share, CHECKING)
    check.refuse()
    if dry_run:
        return check.result(kind, dry_run)
    with db.write() as session:
        write = _Pass(rules, pid, rules.list_stored(session))
        for table, fraction in source.tables():
            _write_batch(session, rules, pid, write.batch(table))
            write.refuse()
            if progress is not None:
                progress(0.5 + fraction / 2, IMPORTING)
        write.refuse()
    return write.result(kind, dry_run)


def _one_pass(db: Database, rules: FlatRules, source: RowSource, pid: PatientId,
              progress: Progress | None) -> ImportResult:
    """A file of one batch: parsed first, then checked and written in one transaction."""
    batches = [table for table, _fraction in source.tables()]
    columns = None
    parsed: list[Parsed] = []
    errors: list[RowError] = []
    if rules.activities is not None and len(batches) == 1:
        columns = workout_import.checked_columns(batches[0], rules.activities, rules.birth_date)
    if columns is None:
        for table in batches:
            rows, problems = parse_rows(rules.spec, table, pid, rules.parse)
            parsed += rows
            errors += problems
        errors += rules.before_birth(parsed)
        if errors:
            raise ImportRejected(errors)
    if progress is not None:
        progress(0.5, IMPORTING)
    with db.write() as session:
        write = _Pass(rules, pid, rules.list_stored(session))
        if columns is not None:
            write.rows = len(columns)
            fresh, write.skipped = workout_import.take_new(write.stock, columns, pid)
            write.added = len(fresh)
            workout_import.write_columns(session, fresh, pid)
        else:
            write.rows = len(parsed)
            merge = write.merge(parsed)
            if merge.errors:
                raise ImportRejected(merge.errors)
            rules.write(session, merge.to_add)
            write.added, write.skipped = len(merge.to_add), merge.skipped
    return write.result(rules.spec.kind, False)


def _write_batch(session: Session, rules: FlatRules, pid: PatientId,
                 fresh: workout_import.WorkoutColumns | list[Parsed]) -> None:
    if isinstance(fresh, workout_import.WorkoutColumns):
        workout_import.write_columns(session, fresh, pid)
    elif fresh:
        rules.write(session, fresh)
