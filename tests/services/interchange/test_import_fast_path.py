"""The workout import's columnar fast path gives exactly what the per-row path gives.

The per-row path (every row through ``parse_workout``) is the reference: the same stored rows
and the same result for a valid file, the same messages and nothing written for an invalid one,
and the same duplicate matching against stored workouts. "Per row" below is the importer with
the fast path switched off, i.e. the importer as it was before the fast path existed.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import gc
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bonetracker.domain.records import ActivityCategory, Patient, PatientId, Sex, Workout
from bonetracker.services.activities import list_activities, load_catalogue
from bonetracker.services.interchange import importing, workout_import
from bonetracker.services.interchange.csv_formats import SPECS, ImportRejected, ImportResult
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.patients import add_patient
from bonetracker.services.validation import EARLIEST_ENTRY_DATE, today
from bonetracker.services.workouts import list_workouts, update_workout
from bonetracker.storage.database import Database

HEADER = SPECS["workouts"].headers
CATALOGUE = [e.activity for e in load_catalogue()]
STRENGTH = [a.name for a in CATALOGUE if a.category is ActivityCategory.RESISTANCE]
OTHER = [a.name for a in CATALOGUE if a.category is not ActivityCategory.RESISTANCE]
Outcome = tuple[str, Any]


@pytest.fixture
def db(backend_db: Database) -> Database:
    """SQLite, and PostgreSQL when a server is available (``bash .ci/with-postgres``)."""
    return backend_db


def csv_text(rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER,
             delimiter: str = ",") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def new_patient(db: Database, name: str = "Fay Fast") -> PatientId:
    saved = add_patient(db, Patient(None, name, Sex.FEMALE, dt.date(1950, 1, 1)))
    assert saved.id is not None
    return saved.id


@contextmanager
def per_row_only() -> Iterator[None]:
    """The importer with the fast path off: every file takes the per-row path."""
    with mock.patch.object(workout_import, "read_columns", return_value=None):
        yield


def outcome(run: Callable[[], ImportResult]) -> Outcome:
    """What an import did: its result, or the exact messages it was refused with."""
    try:
        return "imported", run()
    except ImportRejected as exc:
        return "rejected", [str(e) for e in exc.row_errors]


def both_ways(db: Database, text: str, *, dry_run: bool = False,
              setup: Callable[[PatientId], None] | None = None) -> tuple[Outcome, Outcome,
                                                                             list[Workout],
                                                                             list[Workout]]:
    """Import ``text`` for one new patient as is and for another per row; each patient first
    gets ``setup``. Returns both outcomes and both patients' stored workouts (ids blanked)."""
    fast_pid, slow_pid = new_patient(db, "Fay Fast"), new_patient(db, "Sid Slow")
    if setup is not None:
        setup(fast_pid)
        setup(slow_pid)
    fast = outcome(lambda: importing.import_table(db, "workouts", read_table(text), fast_pid,
                                                  dry_run=dry_run))
    with per_row_only():
        slow = outcome(lambda: importing.import_table(db, "workouts", read_table(text), slow_pid,
                                                      dry_run=dry_run))
    return fast, slow, stored(db, fast_pid), stored(db, slow_pid)


def stored(db: Database, pid: PatientId) -> list[Workout]:
    return [dataclasses.replace(w, id=None, patient_id=PatientId(0))
            for w in list_workouts(db, pid)]


def takes_fast_path(db: Database, text: str) -> bool:
    return workout_import.read_columns(read_table(text), list_activities(db)) is not None


# -- well-formed files ---------------------------------------------------------------------
def test_a_well_formed_file_stores_exactly_what_the_per_row_path_stores(db: Database) -> None:
    latest = today().isoformat()
    text = csv_text([
        ("1980-01-01", "Brisk walking", "1", "", "", "", "", ""),
        (latest, "  free   WEIGHTS ", "600", "10", "20", "100", "500", "  Ümlaut — 漢字 🦴  "),
        ("2024-02-29", "Free weights", "600.0", "1", "1", "1", "-0", "two\nlines\tand a tab"),
        ("2024-03-01", "Yoga", "30", "", "", "", "", "x" * 2000),
        ("2024-03-01", "Yoga", "30", "", "", "", "", "x" * 2000),  # a real second session
        ("2024-03-02", "tai chi", " 45 ", "5", "", "", "", "\u00e9\u0301 combining"),
        ("2024-03-03", "Free weights", "2,0", "", "", "", "12,5", '"quoted", comma'),
    ])
    assert takes_fast_path(db, text)
    fast, slow, fast_rows, slow_rows = both_ways(db, text)
    assert fast == slow == ("imported", ImportResult("workouts", 7, 7, 0))
    assert fast_rows == slow_rows
    assert len(fast_rows) == 7
    weights = fast_rows[-1]
    assert (weights.date, weights.activity, weights.minutes, weights.load_kg) == (
        today(), "Free weights", 600, 500.0)
    assert {w.notes for w in fast_rows} >= {"Ümlaut — 漢字 🦴", "two\nlines\tand a tab"}
    assert next(w for w in fast_rows if w.date == dt.date(2024, 2, 29)).load_kg == 0.0


def test_a_file_without_optional_columns_semicolons_and_a_bom(db: Database, tmp_path: Path
                                                                ) -> None:
    text = "\ufeff" + csv_text([("2024-01-05", "Swimming", "40"), ("2024-01-06", "yoga", "20")],
                               header=("Date", "ACTIVITY", "minutes"), delimiter=";")
    path = tmp_path / "workouts.csv"
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    fast_pid, slow_pid = new_patient(db), new_patient(db, "Sid Slow")
    fast = importing.import_file(db, "workouts", path, fast_pid)
    with per_row_only():
        slow = importing.import_file(db, "workouts", path, slow_pid)
    assert fast == slow and fast.added == 2
    assert stored(db, fast_pid) == stored(db, slow_pid)
    assert [w.notes for w in stored(db, fast_pid)] == ["", ""]


def test_a_dry_run_writes_nothing_and_reports_the_same(db: Database) -> None:
    text = csv_text([("2024-01-05", "Swimming", "40", "", "", "", "", "")])
    fast, slow, fast_rows, slow_rows = both_ways(db, text, dry_run=True)
    assert fast == slow == ("imported", ImportResult("workouts", 1, 1, 0, dry_run=True))
    assert fast_rows == slow_rows == []


def test_a_header_only_file_adds_nothing(db: Database) -> None:
    fast, slow, _, _ = both_ways(db, csv_text([]))
    assert fast == slow == ("imported", ImportResult("workouts", 0, 0, 0))


# -- one bad row ---------------------------------------------------------------------------
def _future() -> str:
    return (today() + dt.timedelta(days=1)).isoformat()


BAD_ROWS: list[tuple[str, Callable[[], tuple[object, ...]], str]] = [
    ("impossible date", lambda: ("2024-02-30", "Yoga", "30", "", "", "", "", ""),
     "line 3, column date: must be a date as YYYY-MM-DD (got '2024-02-30')"),
    ("future date", lambda: (_future(), "Yoga", "30", "", "", "", "", ""),
     f"line 3, column date: cannot be in the future (latest {today().isoformat()})"),
    ("too early", lambda: ("1979-12-31", "Yoga", "30", "", "", "", "", ""),
     "line 3, column date: cannot be before 1980-01-01"),
    ("unknown activity", lambda: ("2024-01-01", "Quidditch", "30", "", "", "", "", ""),
     "line 3, column activity: 'Quidditch' is not in the activity list; add it as your own "
     "activity first"),
    ("minutes out of range", lambda: ("2024-01-01", "Yoga", "601", "", "", "", "", ""),
     "line 3, column minutes: must be from 1 to 600 minutes (got 601)"),
    ("letter in minutes", lambda: ("2024-01-01", "Yoga", "3o", "", "", "", "", ""),
     "line 3, column minutes: must be a whole number from 1 to 600 minutes (got '3o')"),
    ("missing minutes", lambda: ("2024-01-01", "Yoga", " ", "", "", "", "", ""),
     "line 3, column minutes: is required (from 1 to 600 minutes)"),
    ("control character", lambda: ("2024-01-01", "Yoga", "30", "", "", "", "", "bad\x07bell"),
     "line 3, column notes: contains control characters"),
    ("over-long notes", lambda: ("2024-01-01", "Yoga", "30", "", "", "", "", "x" * 2001),
     "line 3, column notes: must be at most 2000 characters (got 2001)"),
    ("sets for yoga", lambda: ("2024-01-01", "Yoga", "30", "", "3", "", "", ""),
     "line 3, column sets: is only for strength (resistance) activities; Yoga is flexibility"),
    ("effort out of range", lambda: ("2024-01-01", "Yoga", "30", "11", "", "", "", ""),
     "line 3, column effort: must be from 1 to 10 (RPE) (got 11)"),
    ("extra value", lambda: ("2024-01-01", "Yoga", "30", "", "", "", "", "", "surplus"),
     "line 3, column -: 1 value(s) beyond the 8 columns of the header"),
]


@pytest.mark.parametrize(("bad", "message"), [(make, message) for _, make, message in BAD_ROWS],
                         ids=[name for name, _, _ in BAD_ROWS])
def test_one_bad_row_in_the_middle_rejects_the_file_with_the_per_row_message(
        db: Database, bad: Callable[[], tuple[object, ...]], message: str) -> None:
    good = ("2024-01-01", "Free weights", "30", "6", "3", "10", "12.5", "fine")
    text = csv_text([good, bad(), good])
    fast, slow, fast_rows, slow_rows = both_ways(db, text)
    assert fast == slow == ("rejected", [message])
    assert fast_rows == slow_rows == []
    assert gc.isenabled()  # the import paused the collector and gave it back


def test_every_bad_row_is_reported_not_just_the_first(db: Database) -> None:
    rows = [("2024-01-01", "Yoga", "30", "", "", "", "", "")] * 3
    text = csv_text([*rows, ("2024-02-30", "Quidditch", "0", "", "", "", "", ""), *rows,
                     ("2024-01-01", "Yoga", "30", "", "", "", "", "\x00")])
    fast, slow, _, _ = both_ways(db, text)
    assert fast == slow
    assert [m.split(":")[0] for m in fast[1]] == [
        "line 5, column date", "line 5, column activity", "line 5, column minutes",
        "line 9, column notes"]


# -- duplicates ----------------------------------------------------------------------------
def test_rows_already_stored_are_skipped_one_for_one_as_before(db: Database) -> None:
    first = [("2024-01-02", "Brisk walking", "20", "", "", "", "", ""),
             ("2024-01-02", "Brisk walking", "20", "", "", "", "", ""),
             ("2024-01-03", "Free weights", "30", "5", "3", "8", "10", "legs")]

    def setup(pid: PatientId) -> None:
        with per_row_only():
            importing.import_table(db, "workouts", read_table(csv_text(first)), pid)
        edited = next(w for w in list_workouts(db, pid) if w.notes == "legs")
        update_workout(db, edited)  # an edited entry (version 2) still matches its row

    again = csv_text([*first, *first[:1], ("2024-01-04", "Yoga", "15", "", "", "", "", ""),
                      ("2024-01-03", "Free weights", "30", "5", "3", "8", "10", "arms")])
    fast, slow, fast_rows, slow_rows = both_ways(db, again, setup=setup)
    assert fast == slow == ("imported", ImportResult("workouts", 6, 3, 3))
    assert fast_rows == slow_rows
    assert len(fast_rows) == 6


def test_a_dry_run_against_stored_rows_counts_the_same(db: Database) -> None:
    rows = [("2024-01-02", "Brisk walking", "20", "", "", "", "", "")]

    def setup(pid: PatientId) -> None:
        importing.import_table(db, "workouts", read_table(csv_text(rows)), pid)

    fast, slow, fast_rows, slow_rows = both_ways(db, csv_text(rows * 2), dry_run=True,
                                                 setup=setup)
    assert fast == slow == ("imported", ImportResult("workouts", 2, 1, 1, dry_run=True))
    assert fast_rows == slow_rows and len(fast_rows) == 1


# -- fast and slow agree on random files ---------------------------------------------------
def _cased(name: str) -> st.SearchStrategy[str]:
    return st.sampled_from([name, name.upper(), name.lower(), f"  {name} ",
                            name.replace(" ", "   ")])


@st.composite
def valid_rows(draw: st.DrawFn) -> dict[str, str]:
    strength = draw(st.booleans())
    name = draw(st.sampled_from(STRENGTH if strength else OTHER).flatmap(_cased))
    row = {"date": draw(st.dates(EARLIEST_ENTRY_DATE, today())).isoformat(), "activity": name,
           "minutes": str(draw(st.integers(1, 600))),
           "effort": draw(st.sampled_from(["", "1", "10", "7"])),
           "notes": draw(st.text(max_size=20))}
    if strength:
        row.update(sets=draw(st.sampled_from(["", "1", "20"])),
                   reps=draw(st.sampled_from(["", "1", "100"])),
                   load_kg=draw(st.sampled_from(["", "0", "-0", "500", "12.5", "2,25"])))
    return row


ANY_VALUE = st.sampled_from(["", " ", "0", "-0", "1", "1.0", "1.5", "2,5", "3o", "1e2", "nan",
                             "inf", "601", "100", "20", "500.01", "-1", "10", "11", "21"])
any_rows = st.fixed_dictionaries({
    "date": st.one_of(st.dates(dt.date(1975, 1, 1), today() + dt.timedelta(days=5)).map(str),
                      st.sampled_from(["", "2024-02-30", "20240105", " 2024-01-05 ",
                                       "2024-1-5", "2024-W01-1", "yesterday"])),
    "activity": st.one_of(st.sampled_from([a.name for a in CATALOGUE]).flatmap(_cased),
                          st.sampled_from(["", "Quidditch", "x" * 101, "walk", "Yoga\x07"])),
    "minutes": ANY_VALUE, "effort": ANY_VALUE, "sets": ANY_VALUE, "reps": ANY_VALUE,
    "load_kg": st.one_of(ANY_VALUE, st.floats(-1, 600).map(repr)),
    "notes": st.one_of(st.text(max_size=20),
                       st.sampled_from(["x" * 2000, " x" * 1001, "bad\x00", "\x85nel", "a\x9fb",
                                        "lone \ud800", "ok\ttab", "line\r\nbreak"])),
})


@st.composite
def workout_files(draw: st.DrawFn) -> tuple[str, str]:
    """CSV text (some optional columns left out, either delimiter) and a file of its first few
    rows, stored before the import so that duplicate matching is exercised too."""
    optional = [c for c in HEADER if c not in ("date", "activity", "minutes")]
    kept = draw(st.sets(st.sampled_from(optional)))
    header = [c for c in HEADER if c in ("date", "activity", "minutes") or c in kept]
    row = st.one_of(valid_rows(), any_rows) if draw(st.booleans()) else valid_rows()
    rows = [[r.get(c, "") for c in header] for r in draw(st.lists(row, min_size=1, max_size=6))]
    delimiter = draw(st.sampled_from([",", ";"]))
    head = rows[:draw(st.integers(0, len(rows)))]
    return csv_text(rows, header, delimiter), csv_text(head, header, delimiter)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=workout_files())
def test_fast_and_per_row_paths_agree_on_random_files(db: Database, case: tuple[str, str]
                                                      ) -> None:
    text, head = case

    def setup(pid: PatientId) -> None:  # the leading rows stored already (if they are valid)
        with per_row_only():
            outcome(lambda: importing.import_table(db, "workouts", read_table(head), pid))

    event("fast path" if takes_fast_path(db, text) else "per-row path")
    fast, slow, fast_rows, slow_rows = both_ways(db, text, setup=setup)
    event(fast[0])
    assert fast == slow
    assert fast_rows == slow_rows
