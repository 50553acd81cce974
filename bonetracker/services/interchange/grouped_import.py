"""Importing the kinds whose rows belong together (scans, meals) or that are matched with what is
stored row by row (patients, favourites) a slice at a time: bounded memory, still all or nothing.

Why: these kinds held every parsed row of a file until the end (a visit's rows, a meal's items
were grouped from the whole list); a parsed meals row (its food's nutrients) takes ~1.6 kB, so
memory grew to many times the file. Their rules need only what is stored and a little per group
(a visit per date, an item count per meal, the stored patients already matched), never all
rows, so each kind's rules are a :class:`KindStream`, fed parsed rows a slice at a time in file
order, keeping that per-group state between slices:

- A file of one batch (:data:`~.csv_stream.BATCH_CHARS`) of at most :data:`SLICE_ROWS` rows, and
  every table of that size given in memory, is parsed whole, then merged and written in one
  transaction, exactly as always.
- A larger file is read twice, as :mod:`.batch_import` reads flat kinds, each batch in slices of
  :data:`SLICE_ROWS` rows. The first pass parses and checks every row inside one read unit of
  work, keeping only the counts, the per-group state and the first problems
  (:class:`~.csv_formats.ErrorLog`); a refused file stops there, and so does a dry run. The
  second pass reads it again inside ONE write transaction, checks each slice again and writes
  it, letting go of the written rows; any problem, or Cancel, rolls the whole transaction back,
  so nothing is written.
- A visit or meal whose rows cross a slice is stored whole: the new one whose rows end a slice
  is held back and written with the next slice (:func:`held_tail`), and one whose rows are
  spread over the file is joined by its later rows as a second entry of the day joins it. The
  first pass hands what it learnt (:meth:`KindStream.plan`, e.g. each new visit's scanner
  details gathered from all its rows) to the second, so a visit is made with them at once.
- Kinds merged whole (programmes, your own foods and activities: their rows are checked
  against each other) keep all rows, and a file of more than ``importing.WHOLE_ROWS`` rows is
  refused at the first row past it.

Progress is reported after each batch through ``progress(fraction, stage)``, which may raise
:class:`~.batch_import.ImportCancelled` to stop.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Container, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from bonetracker.domain.records import PatientId
from bonetracker.services.interchange.batch_import import CHECKING, IMPORTING, Progress, RowSource
from bonetracker.services.interchange.csv_formats import (
    CsvTable,
    ErrorLog,
    ImportRejected,
    KindSpec,
    Merge,
    Parsed,
    ParseFn,
    RowError,
    parse_rows,
)
from bonetracker.storage.database import Database, Session


class KindStream(Protocol):
    """One kind's merge and write rules, fed a batch of parsed rows at a time (in file order).

    ``merge`` says which rows of the batch are new, skipped (already stored) or clash, given
    what is stored and the rows of earlier batches; ``write`` stores a batch's new rows (in the
    unit of work the stream was made for) and returns the ids of new patients.
    """

    def merge(self, parsed: Sequence[Parsed]) -> Merge: ...

    def write(self, session: Session, rows: Sequence[Parsed]) -> list[PatientId]: ...

    def finish(self, session: Session) -> list[PatientId]:
        """Write what ``write`` held back (a visit or meal the next rows might have joined)."""
        ...

    def plan(self) -> object:
        """What the checking pass learnt that the writing pass needs (None: nothing)."""
        ...


StartStream = Callable[[Session, object], KindStream]
"""``start(session, plan)``: a fresh stream for one pass; ``plan`` is None for the checking pass
(and a file of one batch), else what the checking pass's :meth:`KindStream.plan` returned."""


@dataclass
class StreamRules:
    """What importing one grouped kind takes (see ``importing.HANDLERS``)."""

    spec: KindSpec
    parse: ParseFn
    start: StartStream
    before_birth: Callable[[Sequence[Parsed]], list[RowError]] | None = None


@dataclass
class Outcome:
    rows: int = 0
    added: int = 0
    skipped: int = 0
    new_ids: Sequence[PatientId] = ()


SLICE_ROWS = 10_000
"""Rows parsed, merged and written at a time: a parsed meals row (its food's nutrients) and the
ORM rows that store it take ~2 kB each, so a batch of the shortest rows would take gigabytes."""


def import_grouped(db: Database, rules: StreamRules, source: RowSource, pid: PatientId, *,
                   dry_run: bool = False, progress: Progress | None = None,
                   whole: int = 0) -> Outcome:
    """Check every row of ``source`` and, unless ``dry_run``, write them all in one transaction.

    ``whole`` (a number of rows, 0: no): all rows are parsed first and merged at once, however
    many batches they come in, and a source of more rows than that is refused at the first row
    past it (before more is read).

    Raises:
        ImportRejected: some row is invalid or clashes with what is stored; nothing written.
        ImportCancelled: ``progress`` stopped the import; nothing written.
    """
    if whole:
        return _one_pass(db, rules, _at_most(whole, rules.spec.kind, source.tables()), pid,
                         dry_run, progress)
    if source.one_batch:
        tables = list(source.tables())
        if sum(len(table.rows) for table, _fraction in tables) <= SLICE_ROWS:
            return _one_pass(db, rules, tables, pid, dry_run, progress)
        del tables
    share = 1.0 if dry_run else 0.5
    errors, clashes = ErrorLog(), ErrorLog()
    check = Outcome()
    with db.read() as session:
        stream = rules.start(session, None)
        for table, fraction in source.tables():
            for piece in _slices(table):
                parsed, problems = _parsed(rules, piece, pid)
                errors.add(problems)
                check.rows += len(parsed)
                if not errors:  # clashes are reported only for a file without bad rows
                    merge = stream.merge(parsed)
                    clashes.add(sorted(merge.errors, key=lambda e: e.line))
                    check.added += len(merge.to_add)
                    check.skipped += merge.skipped
                del parsed
            if progress is not None:
                progress(fraction * share, CHECKING)
        plan = stream.plan()
        del stream
    for log in (errors, clashes):
        if log:
            raise log.rejected()
    if dry_run:
        return check
    new_ids = array("q")  # 8 bytes a new patient (a million patients: 8 MB)
    done = Outcome(new_ids=cast(Sequence[PatientId], new_ids))
    with db.write() as session:
        stream = rules.start(session, plan)
        for table, fraction in source.tables():
            for piece in _slices(table):
                parsed, problems = _parsed(rules, piece, pid)
                if problems:  # the file changed since it was checked
                    raise ImportRejected(problems)
                merge = stream.merge(parsed)
                if merge.errors:
                    raise ImportRejected(merge.errors)
                done.rows += len(parsed)
                done.added += len(merge.to_add)
                done.skipped += merge.skipped
                new_ids.extend(stream.write(session, merge.to_add))
                del parsed, merge
                _forget(session)
            if progress is not None:
                progress(0.5 + fraction / 2, IMPORTING)
        new_ids.extend(stream.finish(session))
        _forget(session)
    return done


def _at_most(limit: int, kind: str, tables: Iterable[tuple[CsvTable, float]]
             ) -> Iterator[tuple[CsvTable, float]]:
    """``tables``, refusing the first row past ``limit``."""
    seen = 0
    for table, fraction in tables:
        if seen + len(table.rows) > limit:
            line = table.rows[limit - seen].line
            raise ImportRejected([RowError(line, "-", (
                f"a {kind} file may hold at most {limit:,} rows (this is one more), since its "
                "rows are checked together; split the file"))])
        seen += len(table.rows)
        yield table, fraction


def _forget(session: Session) -> None:
    """Let go of the rows just written (flushed, so audited): the session and the ORM's
    cycles would otherwise keep every one until the commit, the collector being paused."""
    session.flush()
    session.expunge_all()
    gc.collect()


def _slices(table: CsvTable) -> Iterator[CsvTable]:
    rows = table.rows
    if len(rows) <= SLICE_ROWS:
        yield table
        return
    for start in range(0, len(rows), SLICE_ROWS):
        yield CsvTable(table.header, rows[start:start + SLICE_ROWS], table.delimiter)


def _parsed(rules: StreamRules, table: CsvTable, pid: PatientId) -> tuple[list[Parsed], list[RowError]]:
    parsed, errors = parse_rows(rules.spec, table, pid, rules.parse)
    if rules.before_birth is not None:
        errors += rules.before_birth(parsed)
    return parsed, sorted(errors, key=lambda e: e.line)


def _one_pass(db: Database, rules: StreamRules, tables: Iterable[tuple[CsvTable, float]],
              pid: PatientId, dry_run: bool, progress: Progress | None) -> Outcome:
    """A small file: parsed whole, then merged and written in one transaction (as always)."""
    parsed: list[Parsed] = []
    errors: list[RowError] = []
    for table, fraction in tables:
        rows, problems = parse_rows(rules.spec, table, pid, rules.parse)
        parsed += rows
        errors += problems
        if progress is not None:
            progress(fraction, CHECKING)
    if rules.before_birth is not None:
        errors += rules.before_birth(parsed)
    if errors:
        raise ImportRejected(errors)
    unit = db.read() if dry_run else db.write()
    with unit as session:
        stream = rules.start(session, None)
        merge = stream.merge(parsed)
        if merge.errors:
            raise ImportRejected(merge.errors)
        new_ids = [] if dry_run else [*stream.write(session, merge.to_add), *stream.finish(session)]
    return Outcome(len(parsed), len(merge.to_add), merge.skipped, tuple(new_ids))


def held_tail(rows: Sequence[Parsed], key: Callable[[Parsed], Hashable],
              made: Container[Hashable]) -> list[Parsed]:
    """The rows at the end of ``rows`` with the last row's key, when that key names nothing
    ``made`` yet (a new meal or visit the next rows may still join); else none."""
    if not rows or key(rows[-1]) in made:
        return []
    last = key(rows[-1])
    cut = len(rows)
    while cut > 0 and key(rows[cut - 1]) == last:
        cut -= 1
    return list(rows[cut:])
