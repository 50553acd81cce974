"""Bulk inserts of already-validated domain records: one executemany per table, no ORM objects.

For generated demo clinics and large CSV imports. Building and flushing an ORM object per row
made a 100,000-row import take ~15 s instead of ~1 s, and the ORM's own bulk path splits its
batches wherever a value is None. Callers validate every record first (the one validation path)
and own the transaction; ids are left to the database unless a function returns them.

:func:`insert_columns` goes one step further for the CSV import's fast path: on SQLite even
Core's per-row parameter processing doubled the time of a 100,000-row write, so values are
converted once per distinct value and handed to the driver's own ``executemany``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from enum import Enum
from itertools import repeat
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from bonetracker.domain.records import NUTRIENT_FIELDS, DxaScan, Meal, Patient, PatientId, ScanId
from bonetracker.storage.models import (
    Base,
    DxaScanRow,
    MealItemRow,
    MealRow,
    PatientRow,
    SiteMeasurementRow,
)
from bonetracker.storage.repositories.entries import EntryMapper

T = TypeVar("T")
_NOT_COLUMNS = ("id", "version", "measurements", "items", "nutrients")


def _values(record: Any, **override: object) -> dict[str, object]:
    """A record's columns (enums as their values), without its id, version and children."""
    values = {f.name: getattr(record, f.name) for f in fields(record) if f.name not in _NOT_COLUMNS}
    values.update(override)
    return {k: getattr(v, "value", v) for k, v in values.items()}


def _insert(session: Session, model: type[Base], rows: list[dict[str, object]],
            ids: bool = False) -> list[int]:
    """Core executemany; with ``ids`` the new primary keys in the order given (RETURNING,
    SQLite 3.35+ and PostgreSQL)."""
    if not rows:
        return []
    table: Any = model.__table__
    conn = session.connection()
    if ids:
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(statement, rows).scalars())
    conn.execute(insert(table), rows)
    return []


def insert_patients(session: Session, patients: Sequence[Patient]) -> list[PatientId]:
    """New patients (their ids ignored); returns the new ids in order."""
    return [PatientId(i) for i in _insert(session, PatientRow, [_values(p) for p in patients],
                                          ids=True)]


def insert_scans(session: Session, scans: Sequence[DxaScan]) -> list[ScanId]:
    """Visits, each for its own ``patient_id``, with their measurements; returns the visit ids."""
    scan_ids = _insert(session, DxaScanRow, [_values(sc) for sc in scans], ids=True)
    _insert(session, SiteMeasurementRow, [_values(m, scan_id=i) for sc, i
                                          in zip(scans, scan_ids, strict=True)
                                          for m in sc.measurements])
    return [ScanId(i) for i in scan_ids]


def insert_entries(session: Session, mapper: EntryMapper[T], entries: Iterable[T],
                   patient_id: int | None = None) -> None:
    """Flat entries of one kind (``entries.workouts``, ...); ``patient_id``, if given, replaces
    each entry's own (generated records carry a placeholder until their patient is written)."""
    columns = [name for name in mapper.fields if name != "id"]
    rows = [{name: getattr(e, name) for name in columns} for e in entries]
    if patient_id is not None:
        for row in rows:
            row["patient_id"] = patient_id
    if rows:
        session.connection().execute(insert(mapper.model.__table__), rows)


def insert_meals(session: Session, meals: Sequence[Meal], patient_id: int | None = None) -> int:
    """Meals with their items (nutrients as logged); ``patient_id`` as for :func:`insert_entries`.
    Returns the number of items written."""
    override = {} if patient_id is None else {"patient_id": patient_id}
    meal_ids = _insert(session, MealRow, [_values(m, **override) for m in meals], ids=True)
    items = [{**_values(i), "meal_id": mid,
              **{n: getattr(i.nutrients, n) for n in NUTRIENT_FIELDS}}
             for m, mid in zip(meals, meal_ids, strict=True) for i in m.items]
    _insert(session, MealItemRow, items)
    return len(items)


def insert_columns(session: Session, mapper: EntryMapper[Any],
                   columns: Mapping[str, Sequence[object]],
                   shared: Mapping[str, object] | None = None) -> int:
    """Flat entries of one kind given column by column; returns the number of rows written.

    ``columns`` maps column names to equal-length sequences of domain values (dates, enums,
    numbers, text); ``shared`` holds values every row has (``patient_id``, ``version``).
    Why columns: the CSV importer validates a column at a time and never builds one record per
    row, and conversion here runs once per distinct value (values that compare equal, such as
    ``0.0`` and ``-0.0``, are stored alike). On a qmark driver (SQLite) the rows go to the
    driver's ``executemany`` with each value already converted by the column type's own bind
    processor, so what is stored is what Core would store; other backends (PostgreSQL) take
    the Core ``insert``. A nullable column without a default that is None in every row is left
    out of the statement (it is NULL either way): binding four such columns made SQLite's
    ``executemany`` 40% slower.
    """
    shared = dict(shared or {})
    table: Any = mapper.model.__table__
    unknown = [n for n in (*columns, *shared) if n not in table.c or n == "id"]
    if unknown:
        raise ValueError(f"not columns of {table.name}: {', '.join(unknown)}")
    lengths = {len(values) for values in columns.values()}
    if len(lengths) > 1:
        raise ValueError("columns of different lengths")
    count = lengths.pop() if lengths else 0
    if not count:
        return 0
    given = {n: _plain(v) for n, v in columns.items() if not _always_null(table.c[n], v)}
    shared = {n: _plain([v])[0] for n, v in shared.items()}
    names = [*given, *shared]
    conn = session.connection()
    dialect = conn.dialect
    if dialect.paramstyle != "qmark":
        rows = [dict(zip(names, values, strict=True))
                for values in zip(*given.values(), *(repeat(v, count) for v in shared.values()),
                                  strict=False)]  # repeat() never ends
        _insert(session, mapper.model, rows)
        return count
    fixed = [_processed(table.c[n].type, dialect, v) for n, v in given.items()]
    constants = [_processed(table.c[n].type, dialect, [v])[0] for n, v in shared.items()]
    preparer = dialect.identifier_preparer
    sql = (f"INSERT INTO {preparer.format_table(table)} "
           f"({', '.join(preparer.quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})")
    tuples = list(zip(*fixed, *(repeat(v, count) for v in constants), strict=False))
    conn.exec_driver_sql(sql, tuples)
    return count


def _always_null(column: Any, values: Sequence[object]) -> bool:
    """True when leaving ``column`` out stores the same: all None, nullable, no default."""
    return (column.nullable and column.default is None and column.server_default is None
            and values.count(None) == len(values))


def _plain(values: Sequence[object]) -> Sequence[object]:
    """Enums as their values (what the ORM stores for the ``str`` columns they go in)."""
    if not any(issubclass(t, Enum) for t in set(map(type, values))):
        return values
    return [v.value if isinstance(v, Enum) else v for v in values]


def _processed(column_type: Any, dialect: Any, values: Sequence[object]) -> Sequence[object]:
    """``values`` through the column type's own bind processor, as Core would pass them to the
    driver (SQLite stores dates as ISO text), computed once per distinct value."""
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return values
    converted = {v: process(v) for v in set(values)}
    return list(map(converted.__getitem__, values))
