"""Issue 16 item 9: imports stream. Memory stays bounded by a batch of rows, a line over the limit
is refused as soon as it is seen (naming it), a file read in many batches is still imported all
or nothing, and progress can stop it with nothing written."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from bonetracker.domain.records import Patient, PatientId, Sex
from bonetracker.services import workouts as workout_svc
from bonetracker.services.interchange import csv_stream
from bonetracker.services.interchange.csv_formats import MAX_ERRORS_KEPT, ImportRejected
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.interchange.importing import ImportCancelled, import_file
from bonetracker.services.patients import add_patient
from bonetracker.storage.database import Database

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "import_memory_bench.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("import_memory_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Stream Sue", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert p.id is not None
    return p.id


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of ~200 characters (a few rows), so a small file takes the many-batch path."""
    monkeypatch.setattr(csv_stream, "BATCH_CHARS", 200)


def workouts_csv(path: Path, rows: int, bad: dict[int, str] | None = None) -> Path:
    lines = ["date,activity,minutes,notes"]
    for i in range(rows):
        day = dt.date(2000, 1, 1) + dt.timedelta(days=i)
        lines.append((bad or {}).get(i, f"{day.isoformat()},Yoga,{20 + i % 30},n{i}"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(db: Database, pid: PatientId) -> int:
    return len(workout_svc.list_workouts(db, pid))


# -- memory ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_50_mb_import_grows_memory_far_less_than_the_file(tmp_path: Path) -> None:
    """Reading the whole file took ~15x its size (a 500 MB file reached 7.6 GB)."""
    bench = _bench()
    rows = bench.write_workouts(tmp_path / "big.csv", 50)
    report = bench.measure(tmp_path / "big.csv", tmp_path)
    assert report["added"] == rows
    growth = report["peak_mb"] - report["baseline_mb"]
    assert growth < 3 * report["file_mb"], report  # ~110 MB: one batch, whatever the file


def test_a_50_mb_single_line_is_refused_naming_it_after_reading_little(
        tmp_path: Path, db: Database, pid: PatientId) -> None:
    path = tmp_path / "line.csv"
    _bench().write_single_line(path, 50)
    with pytest.raises(ImportRejected) as info:
        import_file(db, "workouts", path, pid)
    [problem] = info.value.row_errors
    assert problem.line == 2 and f"{csv_stream.MAX_LINE:,} characters" in problem.message
    with path.open("rb") as binary:
        with pytest.raises(ImportRejected):
            list(csv_stream.CsvStream(csv_stream.decoded(binary)).batches())
        assert binary.tell() < 2 * csv_stream.MAX_LINE  # stopped early, not at 50 MB


@pytest.mark.slow
def test_a_50_mb_single_line_needs_no_more_memory_than_a_few_lines(tmp_path: Path) -> None:
    bench = _bench()
    bench.write_single_line(tmp_path / "line.csv", 50)
    report = bench.measure(tmp_path / "line.csv", tmp_path)
    assert "line 2" in report["rejected"][0]
    assert report["peak_mb"] - report["baseline_mb"] < 20, report  # it was 330 MB


# -- limits ----------------------------------------------------------------------------------
@pytest.mark.parametrize("chunk", [7, 64, 1 << 16])
@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_line_over_the_limit_is_named_wherever_the_chunks_fall(
        monkeypatch: pytest.MonkeyPatch, chunk: int, end: str) -> None:
    monkeypatch.setattr(csv_stream, "CHUNK", chunk)
    monkeypatch.setattr(csv_stream, "MAX_LINE", 100)
    fine = end.join(["a,b", "1,2", "x" * 100, "3,4", ""])
    assert len(read_table(fine).rows) == 3
    for text, line in ((end.join(["a,b", "1,2", "x" * 101, "3,4", ""]), 3),
                       ("y" * 101 + end + "1,2" + end, 1),
                       (end.join(["a,b", "1,2", "z" * 150]), 3)):
        with pytest.raises(ImportRejected) as info:
            read_table(text)
        assert [(e.line, "longer than 100 characters" in e.message)
                for e in info.value.row_errors] == [(line, True)]


def test_a_row_spanning_lines_over_the_limit_is_named_by_its_first_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_stream, "CHUNK", 16)
    monkeypatch.setattr(csv_stream, "MAX_LINE", 100)
    text = 'date,notes\n2024-01-01,ok\n2024-01-02,"' + "short line\n" * 40 + '"\n'
    with pytest.raises(ImportRejected) as info:
        read_table(text)
    [problem] = info.value.row_errors
    assert problem.line == 3 and "row starting on this line" in problem.message


def test_an_unclosed_quote_is_found_at_the_end_of_a_file_read_in_pieces(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_stream, "CHUNK", 5)
    rows = "".join(f"2024-01-{d:02d},3,\"n{d}\"\n" for d in range(1, 20))
    text = "date,stress,notes\n" + rows + '2024-02-01,4,"never closed\n' + "\n" * 50
    with pytest.raises(ImportRejected) as info:
        read_table(text)
    [problem] = info.value.row_errors
    assert problem.line == 21 and "never closed" in problem.message


# -- all or nothing, batch by batch ----------------------------------------------------------
@pytest.mark.usefixtures("small_batches")
def test_a_file_of_many_batches_imports_every_row_once(tmp_path: Path, db: Database,
                                                       pid: PatientId) -> None:
    path = workouts_csv(tmp_path / "w.csv", 60)
    checked = import_file(db, "workouts", path, pid, dry_run=True)
    assert (checked.rows, checked.added, stored(db, pid)) == (60, 60, 0)
    result = import_file(db, "workouts", path, pid)
    assert (result.rows, result.added, result.skipped) == (60, 60, 0) and stored(db, pid) == 60
    again = import_file(db, "workouts", path, pid)
    assert (again.added, again.skipped) == (0, 60) and stored(db, pid) == 60


@pytest.mark.usefixtures("small_batches")
def test_a_bad_row_in_the_last_batch_leaves_nothing_written(tmp_path: Path, db: Database,
                                                            pid: PatientId) -> None:
    path = workouts_csv(tmp_path / "w.csv", 60, bad={58: "2010-01-01,Yoga,9999,late"})
    with pytest.raises(ImportRejected) as info:
        import_file(db, "workouts", path, pid)
    assert [str(e) for e in info.value.row_errors] == [
        "line 60, column minutes: must be from 1 to 600 minutes (got 9999)"]
    assert stored(db, pid) == 0


@pytest.mark.usefixtures("small_batches")
def test_a_clash_between_batches_is_reported_and_nothing_written(tmp_path: Path, db: Database,
                                                                 pid: PatientId) -> None:
    rows = "".join(f"2024-01-{d:02d},3,\n" for d in range(1, 29)) + "2024-01-02,5,again\n"
    path = tmp_path / "lifestyle.csv"
    path.write_text("date,stress,notes\n" + rows, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_file(db, "lifestyle", path, pid)
    [problem] = info.value.row_errors
    assert problem.line == 30 and "already has a lifestyle entry" in problem.message


@pytest.mark.usefixtures("small_batches")
def test_cancel_while_writing_leaves_nothing_written(tmp_path: Path, db: Database,
                                                     pid: PatientId) -> None:
    path = workouts_csv(tmp_path / "w.csv", 60)
    seen: list[tuple[float, str]] = []

    def progress(fraction: float, stage: str) -> None:
        seen.append((fraction, stage))
        if fraction > 0.8:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_file(db, "workouts", path, pid, progress=progress)
    assert stored(db, pid) == 0
    assert {s for _f, s in seen} == {"Checking", "Importing"}
    assert [f for f, _s in seen] == sorted(f for f, _s in seen)


def test_millions_of_problems_keep_the_first_ones_and_count_all(tmp_path: Path, db: Database,
                                                                pid: PatientId,
                                                                monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    monkeypatch.setattr(csv_stream, "BATCH_CHARS", 20_000)
    path = tmp_path / "bad.csv"
    path.write_text("date,activity,minutes\n" + "2024-01-01,Yoga,0\n" * 3000, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_file(db, "workouts", path, pid)
    assert (info.value.total, info.value.lines) == (3000, 3000)
    assert len(info.value.row_errors) == MAX_ERRORS_KEPT
    assert str(info.value.row_errors[0]).startswith("line 2, column minutes")
