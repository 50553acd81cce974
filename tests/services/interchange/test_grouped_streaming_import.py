"""Issue 16 item 9 for the kinds whose rows belong together: scans (a visit's sites), meals (a
meal's items), patients and favourites are parsed, merged and written a slice of rows at a time,
never all rows at once; a visit or meal whose rows cross a slice or batch is stored whole, as a
small file stores it; an error in the last row still writes nothing; the catalogue kinds merged
whole and FHIR bundles are refused past stated limits. Runs on SQLite, and on PostgreSQL when a
server is available (``bash .ci/with-postgres``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import sys
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bonetracker.domain.records import DxaScan, Patient, PatientId, Sex
from bonetracker.services import foods as food_svc
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services import scans as scan_svc
from bonetracker.services.interchange import csv_stream, grouped_import, importing
from bonetracker.services.interchange.csv_formats import ImportRejected
from bonetracker.services.interchange.fhir import loading, reader
from bonetracker.services.interchange.fhir.importing import import_fhir_bytes
from bonetracker.services.interchange.fhir.reader import FhirRejected
from bonetracker.services.interchange.importing import ImportCancelled, import_file
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import foods as food_store

SLICE = 37
BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "import_memory_bench.py"
SITES = ("lumbar_spine", "femoral_neck", "total_hip", "total_body", "forearm_33")
FOODS = ("01077", "01079", "09003")


@pytest.fixture
def db(backend_db: Database) -> Database:
    return backend_db


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = patient_svc.add_patient(db, Patient(None, "Group Gwen", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert p.id is not None
    return p.id


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of ~2,000 characters cut into slices of 37 rows: a small file takes the
    many-batch path, and meals and visits cross slices and batches."""
    monkeypatch.setattr(csv_stream, "BATCH_CHARS", 2000)
    monkeypatch.setattr(grouped_import, "SLICE_ROWS", SLICE)


def one_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of this test's size read as one batch of one slice (the small-file path)."""
    monkeypatch.setattr(csv_stream, "BATCH_CHARS", 10_000_000)
    monkeypatch.setattr(grouped_import, "SLICE_ROWS", 10_000)


class LiveRecords:
    """Counts the parsed records alive at once: every record the kind's parser returns is
    watched (a weak reference), and the most alive after any parse is kept."""

    def __init__(self) -> None:
        self.alive = 0
        self.most = 0
        self.parsed = 0

    def watch(self, record: object) -> None:
        self.alive += 1
        self.parsed += 1
        self.most = max(self.most, self.alive)
        weakref.finalize(record, self._freed)

    def _freed(self) -> None:
        self.alive -= 1


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch) -> LiveRecords:
    count = LiveRecords()
    original = importing._parser

    def watching(db: Database, kind: str) -> Callable[..., Any]:
        parse = original(db, kind)

        def run(pid: PatientId, raw: Any) -> Any:
            record = parse(pid, raw)
            count.watch(record)
            return record
        return run

    monkeypatch.setattr(importing, "_parser", watching)
    return count


def meals_csv(path: Path, meals: int, per_meal: int, last: str | None = None) -> Path:
    """``meals`` meals of ``per_meal`` items each, one meal after another (a day's breakfast,
    lunch, dinner, snack), ``last`` replacing the final row."""
    kinds = ("breakfast", "lunch", "dinner", "snack")
    lines = ["date,meal,food,grams"]
    for m in range(meals):
        day = (dt.date(2001, 1, 1) + dt.timedelta(days=m // 4)).isoformat()
        lines += [f"{day},{kinds[m % 4]},{FOODS[i % 3]},{10 + i}" for i in range(per_meal)]
    if last is not None:
        lines[-1] = last
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def scans_csv(path: Path, visits: int, last: str | None = None) -> Path:
    """A visit of five sites every 30 days; a visit's device is given on its third row only."""
    lines = ["date,site,bmd_g_cm2,t_score,device,facility,notes"]
    for v in range(visits):
        day = (dt.date(1990, 1, 1) + dt.timedelta(days=30 * v)).isoformat()
        lines += [f"{day},{site},{0.7 + s / 100:.2f},{-1.5 + s / 10:.1f},"
                  f"{'hologic' if s == 2 else ''},{'Clinic A' if s == 4 else ''},"
                  for s, site in enumerate(SITES)]
    if last is not None:
        lines[-1] = last
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def patients_csv(path: Path, people: int) -> Path:
    """``people`` rows; the last is the same person as the first (twins in one file)."""
    names = [i % (people - 1) for i in range(people)]
    lines = ["name,sex,birth_date"] + [f"Person {n},female,1950-01-{1 + n % 28:02d}" for n in names]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def meal_shape(db: Database, pid: PatientId) -> list[tuple[Any, ...]]:
    return [(m.date, m.kind, m.version, tuple((i.food_id, i.grams) for i in m.items))
            for m in meal_svc.list_meals(db, pid)]


def scan_shape(db: Database, pid: PatientId) -> list[DxaScan]:
    return [dataclasses.replace(s, id=None, patient_id=PatientId(0), measurements=tuple(
        dataclasses.replace(m, id=None) for m in s.measurements)) for s in scan_svc.list_scans(db, pid)]


@pytest.fixture
def foods_ready(db: Database) -> None:
    food_svc.ready(db)


# -- meals -------------------------------------------------------------------------------------
@pytest.mark.usefixtures("small_slices", "foods_ready")
def test_meals_never_hold_all_rows_and_meals_crossing_slices_are_stored_whole(
        tmp_path: Path, db: Database, pid: PatientId, live: LiveRecords,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: every parsed row (2,000 here) was alive until the end."""
    path = meals_csv(tmp_path / "meals.csv", 20, 97)  # 97 items: every meal crosses slices
    result = import_file(db, "meals", path, pid)
    assert (result.rows, result.added, result.skipped) == (1940, 1940, 0)
    assert live.parsed == 2 * 1940  # checked, then checked again and written
    assert live.most <= 2 * SLICE + 97, live.most  # a slice, and a meal held back at its end
    shape = meal_shape(db, pid)
    assert [len(items) for *_m, items in shape] == [97] * 20
    assert {version for _d, _k, version, _i in shape} == {1}  # each made once, whole
    assert [grams for _food, grams in shape[0][3]] == [10.0 + i for i in range(97)]  # file order
    # The same file read as one slice stores the same meals.
    other = patient_svc.add_patient(db, Patient(None, "Whole Wyn", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert other.id is not None
    one_slice(monkeypatch)
    import_file(db, "meals", path, other.id)
    assert meal_shape(db, other.id) == shape
    again = import_file(db, "meals", path, pid)
    assert (again.added, again.skipped) == (0, 1940)


@pytest.mark.usefixtures("small_slices", "foods_ready")
def test_a_meal_over_the_item_limit_across_slices_is_refused(tmp_path: Path, db: Database,
                                                              pid: PatientId) -> None:
    path = meals_csv(tmp_path / "meals.csv", 1, meal_svc.MAX_ITEMS + 1)
    with pytest.raises(ImportRejected) as info:
        import_file(db, "meals", path, pid)
    assert [(e.line, e.column) for e in info.value.row_errors] == [(meal_svc.MAX_ITEMS + 2, "food")]
    assert meal_svc.list_meals(db, pid) == []


@pytest.mark.usefixtures("small_slices", "foods_ready")
def test_a_bad_last_meal_row_writes_nothing(tmp_path: Path, db: Database, pid: PatientId) -> None:
    path = meals_csv(tmp_path / "meals.csv", 10, 30, last="2001-01-03,lunch,01077,-5")
    with pytest.raises(ImportRejected) as info:
        import_file(db, "meals", path, pid)
    [problem] = info.value.row_errors
    assert (problem.line, problem.column) == (301, "grams")
    assert meal_svc.list_meals(db, pid) == []


@pytest.mark.usefixtures("small_slices", "foods_ready")
def test_cancel_while_writing_meals_writes_nothing(tmp_path: Path, db: Database,
                                                   pid: PatientId) -> None:
    path = meals_csv(tmp_path / "meals.csv", 10, 30)
    seen: list[tuple[float, str]] = []

    def progress(fraction: float, stage: str) -> None:
        seen.append((fraction, stage))
        if fraction > 0.8:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_file(db, "meals", path, pid, progress=progress)
    assert meal_svc.list_meals(db, pid) == []
    assert {s for _f, s in seen} == {"Checking", "Importing"}
    assert [f for f, _s in seen] == sorted(f for f, _s in seen)


def test_a_huge_meals_line_is_refused_naming_it(tmp_path: Path, db: Database, pid: PatientId,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_stream, "MAX_LINE", 1000)
    path = tmp_path / "meals.csv"
    path.write_text("date,meal,food,grams\n2001-01-01,lunch,01077,10\n2001-01-01,lunch,"
                    + "x" * 50_000 + "\n2001-01-02,lunch,01077,10\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_file(db, "meals", path, pid)
    [problem] = info.value.row_errors
    assert problem.line == 3 and "longer than 1,000 characters" in problem.message


# -- scans -------------------------------------------------------------------------------------
@pytest.mark.usefixtures("small_slices")
def test_scans_never_hold_all_rows_and_visits_crossing_slices_are_whole(
        tmp_path: Path, db: Database, pid: PatientId, live: LiveRecords,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: every parsed row (1,000 here) was alive until the end; now a slice, and the
    first row of each date (its visit's lead, for the same-visit checks)."""
    path = scans_csv(tmp_path / "scans.csv", 200)
    result = import_file(db, "scans", path, pid)
    assert (result.rows, result.added) == (1000, 1000)
    assert live.most <= 200 + 2 * SLICE + 5, live.most
    assert live.most < 1000
    visits = scan_svc.list_scans(db, pid)
    assert len(visits) == 200 and {len(v.measurements) for v in visits} == {5}
    # The device and facility given on a later row of the visit (often in the next slice).
    assert {(v.device.value if v.device else None, v.facility, v.version) for v in visits} == {
        ("hologic", "Clinic A", 1)}
    other = patient_svc.add_patient(db, Patient(None, "Whole Wyn", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert other.id is not None
    one_slice(monkeypatch)
    import_file(db, "scans", path, other.id)
    assert scan_shape(db, other.id) == scan_shape(db, pid)
    again = import_file(db, "scans", path, pid)
    assert (again.added, again.skipped) == (0, 1000)


@pytest.mark.usefixtures("small_slices")
def test_a_site_measured_twice_in_the_last_row_writes_nothing(tmp_path: Path, db: Database,
                                                              pid: PatientId) -> None:
    path = scans_csv(tmp_path / "scans.csv", 60, last="1990-01-01,total_hip,0.8,-1.0,,,")
    with pytest.raises(ImportRejected) as info:
        import_file(db, "scans", path, pid)
    assert [str(e) for e in info.value.row_errors] == [
        "line 301, column site: total_hip is measured twice on 1990-01-01 (also line 4)"]
    assert scan_svc.list_scans(db, pid) == []


@pytest.mark.usefixtures("small_slices")
def test_rows_disagreeing_with_their_visits_first_row_are_refused_across_slices(
        tmp_path: Path, db: Database, pid: PatientId) -> None:
    """Each visit's first row names another make than its third: every visit is named, those
    whose rows fall in two slices or batches too."""
    path = scans_csv(tmp_path / "scans.csv", 60)
    lines = path.read_text(encoding="utf-8").splitlines()
    for v in range(60):
        lines[1 + 5 * v] = lines[1 + 5 * v].replace(",,,", ",ge_lunar,,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_file(db, "scans", path, pid)
    assert [(e.line, e.column) for e in info.value.row_errors] == [(4 + 5 * v, "device")
                                                                   for v in range(60)]
    assert "differs from line 2 of the same visit" in info.value.row_errors[0].message
    assert scan_svc.list_scans(db, pid) == []


@pytest.mark.usefixtures("small_slices")
def test_a_visits_rows_far_apart_in_the_file_make_one_visit(tmp_path: Path, db: Database,
                                                             pid: PatientId) -> None:
    """The first and last rows share a date (batches apart): one visit with both sites, its
    device and facility from the last row, as a small file stores it."""
    path = scans_csv(tmp_path / "scans.csv", 40, last="1990-01-01,forearm_33,0.9,-0.5,hologic,Far,")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[3:6] == ["1990-01-01,total_hip,0.72,-1.3,hologic,,",
                          "1990-01-01,total_body,0.73,-1.2,,,", "1990-01-01,forearm_33,0.74,-1.1,,Clinic A,"]
    lines[3:6] = ["1990-01-01,total_hip,0.72,-1.3,,,", "1990-01-01,total_body,0.73,-1.2,,,"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(db, "scans", path, pid)
    assert result.added == 199
    first = scan_svc.list_scans(db, pid)[0]
    assert first.date == dt.date(1990, 1, 1) and len(first.measurements) == 5
    assert (first.device.value if first.device else None, first.facility) == ("hologic", "Far")


# -- patients and favourites -------------------------------------------------------------------
@pytest.mark.usefixtures("small_slices")
def test_patients_import_a_slice_at_a_time_keeping_twins_and_their_ids(
        tmp_path: Path, db: Database, live: LiveRecords) -> None:
    path = patients_csv(tmp_path / "patients.csv", 300)  # Person 0 twice: rows 1 and 300
    before = len(patient_svc.list_patients(db))
    result = import_file(db, "patients", path)
    assert (result.rows, result.added, result.skipped) == (300, 300, 0)
    assert live.most <= 2 * SLICE, live.most
    assert list(result.patient_ids) == sorted(result.patient_ids) and len(set(result.patient_ids)) == 300
    assert len(patient_svc.list_patients(db)) == before + 300
    again = import_file(db, "patients", path)
    assert (again.added, again.skipped, tuple(again.patient_ids)) == (0, 300, ())


@pytest.mark.usefixtures("small_slices")
def test_favourites_import_a_slice_at_a_time(tmp_path: Path, db: Database, pid: PatientId,
                                            live: LiveRecords) -> None:
    path = tmp_path / "favourites.csv"
    path.write_text("food\n" + "".join(f"{f}\n" for f in FOODS * 100), encoding="utf-8")
    result = import_file(db, "favourites", path, pid)
    assert (result.rows, result.added, result.skipped) == (300, 3, 297)
    assert live.most <= 2 * SLICE, live.most
    with db.read() as session:
        assert len(food_store.favourites(session, pid)) == 3


# -- kinds merged whole ------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "header", "row"), [
    ("foods", "description,food_group,kcal", "Home {i},Dairy and Egg Products,50"),
    ("activities", "name,category,met", "Drill {i},balance,2"),
    ("programmes", "programme,created,version,start,activity,dose_kind,minutes,per_week",
     "Plan {i},2024-01-01,1,2024-01-01,Yoga,minutes,20,3"),
])
def test_a_kind_merged_whole_is_refused_at_the_row_past_its_limit(
        tmp_path: Path, db: Database, pid: PatientId, monkeypatch: pytest.MonkeyPatch, kind: str,
        header: str, row: str) -> None:
    monkeypatch.setattr(importing, "WHOLE_ROWS", 25)
    path = tmp_path / f"{kind}.csv"
    path.write_text(header + "\n" + "".join(row.format(i=i) + "\n" for i in range(25)),
                    encoding="utf-8")
    assert import_file(db, kind, path, pid, dry_run=True).rows == 25
    path.write_text(header + "\n" + "".join(row.format(i=i) + "\n" for i in range(40)),
                    encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_file(db, kind, path, pid)
    [problem] = info.value.row_errors
    assert problem.line == 27 and f"a {kind} file may hold at most 25 rows" in problem.message


# -- FHIR --------------------------------------------------------------------------------------
def _bundle(entries: int) -> bytes:
    return json.dumps({"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "Basic", "id": f"b{i}"}} for i in range(entries)]}).encode()


def test_a_bundle_of_too_many_values_is_refused_before_parsing(
        db: Database, pid: PatientId, monkeypatch: pytest.MonkeyPatch) -> None:
    """20 MB of ``0.1,`` parsed into 5 million decimals took 3 GB."""
    monkeypatch.setattr(loading, "MAX_VALUES", 1000)
    parsed: list[str] = []
    monkeypatch.setattr(loading.json, "loads", lambda *a, **k: parsed.append("x"))
    with pytest.raises(FhirRejected) as info:
        import_fhir_bytes(db, b'{"resourceType": "Bundle", "entry": [' + b"0.1," * 2000 + b"0]}",
                          pid, where="big.json")
    assert [str(p) for p in info.value.problems] == [
        "big.json: holds over 1,000 JSON values (2,003); refused (one patient's bundle holds far "
        "fewer)"]
    assert parsed == []


def test_a_bundle_of_too_many_entries_is_refused(db: Database, pid: PatientId,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ENTRIES", 50)
    with pytest.raises(FhirRejected) as info:
        import_fhir_bytes(db, _bundle(51), pid, where="many.json")
    assert [str(p) for p in info.value.problems] == [
        "many.json Bundle: has 51 entries; at most 50 are read (one patient's bundle has far "
        "fewer): export one patient's results"]


# -- memory, measured ------------------------------------------------------------------------
def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("import_memory_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "megabytes"), [("meals", 10), ("scans", 12)])
def test_a_large_grouped_import_stays_far_below_the_bound(tmp_path: Path, kind: str,
                                                          megabytes: int) -> None:
    """Holding every parsed meals row took ~1.6 kB a row: 10 MB of meals (330,000 rows) ~550 MB."""
    bench = _bench()
    rows = bench.WRITERS[kind](tmp_path / f"{kind}.csv", megabytes)
    report = bench.measure(tmp_path / f"{kind}.csv", tmp_path, kind=kind)
    assert report["added"] == rows, report
    assert report["peak_mb"] - report["baseline_mb"] < 250, report
