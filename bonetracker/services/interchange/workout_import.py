"""The workout import's fast path: a well-formed file is validated a column at a time.

Why: a clinic moving years of logs imports 100,000 workout rows at once, and running every row
through :func:`~bonetracker.services.workouts.parse_workout` (a ``FieldReader``, a ``Workout``
and :func:`~bonetracker.services.workouts.workout_errors` per row) took ~20 µs a row, several
times what writing the rows costs. Here each column is checked in one pass instead: a value is
parsed once per *distinct* text (a file has a few hundred minute values and a handful of
activity names), notes are checked all together.

Why it cannot disagree with the form: every check calls the same functions ``parse_workout``
and ``workout_errors`` call (``FieldReader``, ``check_*``, ``lookup_activity``) with the same
ranges, so a value accepted here is exactly the value ``parse_workout`` returns. This path only
answers "every row is fine" or "not sure" (None); on "not sure" the importer runs the per-row
path, which is the one source of error messages, row numbers and field names. Duplicate
matching uses the same fields as the per-row path's record equality.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, fields
from itertools import repeat
from typing import Any

from bonetracker.domain.errors import FieldError
from bonetracker.domain.records import Activity, ActivityCategory, ActivityId, PatientId, Workout
from bonetracker.services.activities import MAX_ACTIVITY_NAME, lookup_activity
from bonetracker.services.interchange.csv_formats import CsvTable
from bonetracker.services.validation import (
    MAX_TEXT,
    FieldReader,
    Range,
    check_choice,
    check_date,
    check_number,
    check_text,
)
from bonetracker.services.workouts import EFFORT, LOAD_KG, MINUTES, REPS, SETS, STRENGTH_ONLY
from bonetracker.storage.database import Session
from bonetracker.storage.repositories import bulk
from bonetracker.storage.repositories.entries import workouts as repo

_BAD = object()
"""A value some check refused (the per-row path will say why)."""


@dataclass(frozen=True)
class WorkoutColumns:
    """Validated workouts of one file, a list per ``workouts`` column, in file order."""

    date: list[dt.date]
    activity: list[str]
    category: list[ActivityCategory]
    activity_id: list[ActivityId | None]
    minutes: list[int]
    effort: list[int | None]
    sets: list[int | None]
    reps: list[int | None]
    load_kg: list[float | None]
    notes: list[str]

    def __len__(self) -> int:
        return len(self.date)

    def as_columns(self) -> dict[str, Sequence[object]]:
        """Column name -> values, the shape :func:`bulk.insert_columns` takes."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def take(self, rows: Sequence[int]) -> WorkoutColumns:
        """Only the rows at the given positions (in that order)."""
        picked: dict[str, Any] = {name: [values[i] for i in rows]
                                  for name, values in self.as_columns().items()}
        return WorkoutColumns(**picked)

    def keys(self, patient_id: PatientId) -> list[tuple[Hashable, ...]]:
        """Each row as :func:`workout_key` sees it, to match rows against stored workouts."""
        return list(zip(repeat(patient_id), self.date, self.activity, self.category,
                        self.minutes, self.effort, self.sets, self.reps, self.load_kg,
                        self.notes))


def workout_key(w: Workout) -> tuple[Hashable, ...]:
    """What makes two workouts the same entry: every field but id, version and activity_id
    (the per-row importer compares records with exactly those reset)."""
    return (w.patient_id, w.date, w.activity, w.category, w.minutes, w.effort, w.sets, w.reps,
            w.load_kg, w.notes)


# -- one check per distinct value ------------------------------------------------------------
def _date(text: object) -> object:
    r = FieldReader({"date": text})
    value = r.date("date")
    check_date(r.errors, "date", value)  # workout_errors re-checks the typed date
    return _BAD if r.errors else value


def _number(field: str, rng: Range, *, required: bool = False) -> Callable[[object], object]:
    def parse(text: object) -> object:
        r = FieldReader({field: text})
        value: float | int | None
        value = (r.integer(field, rng, required=required) if rng.integer
                 else r.number(field, rng, required=required))
        check_number(r.errors, field, value, rng, required=required)
        return _BAD if r.errors else value
    return parse


def _activity(activities: Sequence[Activity]) -> Callable[[object], object]:
    def parse(text: object) -> object:
        r = FieldReader({"activity": text})
        name = r.text("activity", max_len=MAX_ACTIVITY_NAME, required=True)
        found = None if r.errors else lookup_activity(activities, name)
        if found is None:
            return _BAD
        check_text(r.errors, "activity", found.name, max_len=MAX_ACTIVITY_NAME, required=True)
        check_choice(r.errors, "category", found.category, ActivityCategory)
        return _BAD if r.errors else found
    return parse


def _convert(values: Sequence[object], parse: Callable[[object], object]) -> list[Any] | None:
    """``values`` through ``parse``, called once per distinct value; None if any is refused."""
    try:
        results = {v: parse(v) for v in set(values)}
    except TypeError:  # an unhashable value: not from a CSV file, let the per-row path judge
        return None
    if any(r is _BAD for r in results.values()):
        return None
    return list(map(results.__getitem__, values))


def _notes(values: Sequence[object]) -> list[str] | None:
    """Stripped notes, or None if any is too long or holds a character ``check_text`` refuses.

    The control-character and encoding checks run once over all notes joined by newlines
    (which notes may contain anyway), so a bad character anywhere is found in one search.
    """
    if all(v is None for v in values):
        return [""] * len(values)  # no notes column: as FieldReader.text, blank
    if not all(isinstance(v, str) for v in values):
        return None
    notes = [str(v).strip() for v in values]
    if notes and max(map(len, notes)) > MAX_TEXT:
        return None
    joined = "\n".join(notes)
    errors: list[FieldError] = []
    check_text(errors, "notes", joined, max_len=len(joined))
    return None if errors else notes


def read_columns(table: CsvTable, activities: Sequence[Activity]) -> WorkoutColumns | None:
    """Every row of a workouts ``table`` as validated columns, or None unless ALL rows are valid.

    Equal to ``parse_workout`` on each row (CSV columns are its raw field names): the same
    values on success; None wherever it would raise, and possibly where it would not (the
    caller then takes the per-row path, which is right either way).
    """
    if table.any_extra():
        return None  # "value(s) beyond the columns of the header": the per-row path reports it
    column = table.column
    found = _convert(column("activity"), _activity(activities))
    dates = _convert(column("date"), _date)
    minutes = _convert(column("minutes"), _number("minutes", MINUTES, required=True))
    numbers = {name: _convert(column(name), _number(name, rng))
               for name, rng in (("effort", EFFORT), ("sets", SETS), ("reps", REPS),
                                 ("load_kg", LOAD_KG))}
    notes = _notes(column("notes"))
    if found is None or dates is None or minutes is None or notes is None:
        return None
    checked = {name: values for name, values in numbers.items() if values is not None}
    if len(checked) < len(numbers):
        return None
    for name in STRENGTH_ONLY:  # sets, reps and load only for strength (resistance) activities
        given = checked[name]
        if given.count(None) != len(given) and any(
                v is not None and a.category is not ActivityCategory.RESISTANCE
                for v, a in zip(given, found, strict=True)):
            return None
    return WorkoutColumns(
        date=dates, activity=[a.name for a in found], category=[a.category for a in found],
        activity_id=[a.id for a in found], minutes=minutes, effort=checked["effort"],
        sets=checked["sets"], reps=checked["reps"], load_kg=checked["load_kg"], notes=notes)


def take_new(stock: Counter[Hashable], columns: WorkoutColumns,
             patient_id: PatientId) -> tuple[WorkoutColumns, int]:
    """The rows not in ``stock`` (keys of stored workouts, each used up by the row it matches),
    and how many were; rows of a file imported batch by batch share one ``stock``."""
    if not stock:
        return columns, 0
    keep: list[int] = []
    for i, key in enumerate(columns.keys(patient_id)):
        if stock[key] > 0:
            stock[key] -= 1
        else:
            keep.append(i)
    return columns.take(keep), len(columns) - len(keep)


def without_stored(stored: Sequence[Workout], columns: WorkoutColumns,
                   patient_id: PatientId) -> tuple[WorkoutColumns, int]:
    """The rows not already stored, and how many were; each stored workout matches one row."""
    return take_new(Counter(map(workout_key, stored)), columns, patient_id)


def checked_columns(table: CsvTable, activities: Sequence[Activity],
                    birth_date: dt.date) -> WorkoutColumns | None:
    """:func:`read_columns` of one batch of rows, None also when a workout is dated before the
    birth date (the per-row path names the row)."""
    columns = read_columns(table, activities)
    if columns is None or (columns.date and min(columns.date) < birth_date):
        return None
    return columns


def write_columns(session: Session, columns: WorkoutColumns, patient_id: PatientId) -> None:
    bulk.insert_columns(session, repo, columns.as_columns(), {"patient_id": patient_id, "version": 1})
