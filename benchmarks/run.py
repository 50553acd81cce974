"""BoneTracker's benchmark suite (``make bench``): is it instant on an old clinic PC?

Builds (or reuses, see ``clinic_db.py``) a clinic database of 5,000 patients with one heavy
patient, then measures what a clinician waits for and prints one table of medians:

- cold start to a populated main window for the heavy patient, in a fresh process, against a
  bare PySide6 + pyqtgraph + SQLAlchemy import with an empty window in the same run (<= 1.6x);
- opening the heavy patient in a running window: load, plan, chart, painted (< 150 ms);
- the plan computation alone (< 20 ms);
- food search per keystroke (< 5 ms median; ``food_search_bench.py``);
- importing 100,000 workout rows from CSV through the real import path, against a bare
  ``executemany`` of the same rows (<= 3x);
- peak memory (VmHWM) of the cold-started app with the heavy patient open (< 300 MB);
- the patient list with its "Due" column on 5,000 patients, first page (< 150 ms), and with
  "Overdue only" (every patient's doses and scans judged, then paged: < 150 ms).

The chart benchmark (``chart_bench.py``) runs too, for its breakdown. ``--markdown`` prints the
table for ``docs/performance.md``; ``--runs`` sets the repetitions (default 5).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import clinic_db  # noqa: E402  (benchmarks/ is not a package)

IMPORT_ROWS = 100_000


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    measure: str
    value: float
    unit: str
    target: float | None = None
    target_text: str = ""
    detail: str = ""

    @property
    def status(self) -> str:
        if self.target is None:
            return ""
        return "OK" if self.value <= self.target else "MISSED"

    def shown(self) -> str:
        return f"{self.value:,.2f} {self.unit}" if self.unit == "x" else f"{self.value:,.1f} {self.unit}"


def median_of(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


# -- machine ---------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    """What the numbers were measured on, for docs/performance.md."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next((int(line.split()[1]) for line in _read("/proc/meminfo").splitlines()
                   if line.startswith("MemTotal:")), 0)
    import pyqtgraph
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    return {
        "cpu": cpu, "cores": str(os.cpu_count()), "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
        "pyside6": PySide6.__version__, "qt": qVersion(), "pyqtgraph": pyqtgraph.__version__,
        "sqlalchemy": sqlalchemy.__version__, "sqlite": sqlite3.sqlite_version,
    }


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


# -- cold start (fresh processes) ----------------------------------------------------------
_FIRST_PAINT = r'''
from PySide6.QtCore import QEvent, QObject


def peak_rss_kb():
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and
    exec, so a child of a big parent would report the parent's size."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

class FirstPaint(QObject):
    """Quit the event loop at the first paint once ``ready()`` holds: the window is on screen."""

    def __init__(self, app, ready):
        super().__init__()
        self.app, self.ready, self.done = app, ready, False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and self.ready():
            self.done = True
            self.app.quit()
        return False
'''

APP_CHILD = r'''
import sys
from bonetracker.entry import prepare
prepare(["--db", sys.argv[1]])  # as the bonetracker command does first (entry.main)
''' + _FIRST_PAINT + r'''
import json, sys
from bonetracker.ui.app import close_window, start_window

started = start_window(sys.argv[1])  # run_gui's own start: check, window, last patient, plan
assert not isinstance(started, int), f"exit code {started}"
app, window = started.app, started.window
plan = window.pages["Plan"]
watcher = FirstPaint(app, lambda: getattr(plan, "current_plan", None) is not None)
app.installEventFilter(watcher)
app.exec()
print(json.dumps({"maxrss_kb": peak_rss_kb(), "patient": window.windowTitle()}), flush=True)
app.removeEventFilter(watcher)
close_window(started)
'''

LAST_PATIENT_CHILD = r'''
import sys
from bonetracker.ui.shell.main_window import KEY_LAST_PATIENT
from bonetracker.ui.dialogs.settings import app_settings

settings = app_settings()
settings.setValue(KEY_LAST_PATIENT, sys.argv[1])  # the window reopens the heavy patient
settings.sync()
'''

BARE_CHILD = _FIRST_PAINT + r'''
import json
import pyqtgraph, sqlalchemy
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
watcher = FirstPaint(app, lambda: True)
app.installEventFilter(watcher)
window.show()
app.exec()
print(json.dumps({"maxrss_kb": peak_rss_kb()}), flush=True)
window.close()
'''


def _child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Seconds from spawning ``python -c code`` to its report after the first paint."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, err = proc.communicate(timeout=120)
    if not line:
        raise RuntimeError(f"child failed (exit {proc.returncode}):\n{err}")
    return elapsed, json.loads(line)


def cold_start(clinic: clinic_db.Clinic, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{home}/config",
               "XDG_DATA_HOME": f"{home}/data", "PYTHONPATH": str(ROOT)}
        url = f"sqlite:///{clinic.path}"
        app_args = [url]
        subprocess.run([sys.executable, "-c", LAST_PATIENT_CHILD, str(clinic.heavy_id)],
                       check=True, env=env, cwd=ROOT)
        # Byte-code as an installed copy has it (PYTHONDONTWRITEBYTECODE would otherwise make
        # every child recompile whatever changed since the last write).
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "bonetracker")],
                       check=True, stdout=subprocess.DEVNULL)
        _child(APP_CHILD, app_args, env)  # warm the OS file cache and .pyc files once
        _child(BARE_CHILD, [], env)
        app_s, bare_s, rss, bare_rss = [], [], [], []
        for _ in range(runs):  # interleaved, so drift on a busy machine hits both alike
            elapsed, report = _child(APP_CHILD, app_args, env)
            assert clinic_db.HEAVY_NAME in report["patient"], report
            app_s.append(elapsed)
            rss.append(report["maxrss_kb"] / 1024)
            elapsed, report = _child(BARE_CHILD, [], env)
            bare_s.append(elapsed)
            bare_rss.append(report["maxrss_kb"] / 1024)
    app, bare = statistics.median(app_s), statistics.median(bare_s)
    return [
        Row("Cold start to a populated window (heavy patient)", app * 1000, "ms",
            detail=f"bare PySide6 + pyqtgraph + SQLAlchemy + empty window: {bare * 1000:.0f} ms"),
        Row("Cold start, ratio to the bare start", app / bare, "x", 1.6, "<= 1.6x"),
        Row("Peak memory, heavy patient open", statistics.median(rss), "MB", 300, "< 300 MB",
            detail=f"peak RSS (VmHWM) of the cold-started app; the bare start: "
                   f"{statistics.median(bare_rss):.0f} MB"),
    ]


# -- a running window --------------------------------------------------------------------
def open_patient(clinic: clinic_db.Clinic, runs: int) -> list[Row]:
    """Switch from an ordinary patient to the heavy one and paint, with the Plan and the Chart
    tab in front; and the plan alone (record loaded, everything else cached)."""
    from PySide6.QtWidgets import QApplication

    from bonetracker.domain.records import PatientId
    from bonetracker.services.queries.plan import LOOKBACK, plan_for_record
    from bonetracker.services.records import load_record
    from bonetracker.services.validation import today
    from bonetracker.storage.database import open_database
    from bonetracker.ui.app import process_deferred_deletes
    from bonetracker.ui.context import AppContext
    from bonetracker.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{clinic_db.working_copy(clinic, Path(folder))}")
        ctx = AppContext(db)
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        plan = window.pages["Plan"]

        def switch(pid: int) -> float:
            started = time.perf_counter()
            ctx.select_patient(PatientId(pid))
            while plan._timer.isActive():  # the plan is rebuilt on the next turn
                app.processEvents()
            window.grab()  # paint the window as it now stands
            return (time.perf_counter() - started) * 1000

        rows: list[Row] = []
        for tab in ("Plan", "Chart"):
            window.tabs.setCurrentWidget(window.pages[tab])
            switch(clinic.light_id)
            switch(clinic.heavy_id)  # warm caches (food lists, statements)
            heavy = []
            for _ in range(runs):
                switch(clinic.light_id)
                heavy.append(switch(clinic.heavy_id))
            rows.append(Row(f"Open the heavy patient, {tab} tab in front", statistics.median(heavy),
                            "ms", 150, "< 150 ms", "select, load, plan, chart, paint"))

        as_of = today()
        record = load_record(db, PatientId(clinic.heavy_id), since=as_of - LOOKBACK, until=as_of)
        plan_for_record(db, record, as_of)  # warm the food suggestion cache
        plan_ms = median_of(lambda: _ms(lambda: plan_for_record(db, record, as_of)), runs * 4)
        load_ms = median_of(lambda: _ms(lambda: load_record(
            db, PatientId(clinic.heavy_id), since=as_of - LOOKBACK, until=as_of)), runs * 4)
        rows.append(Row("Plan computation alone", plan_ms, "ms", 20, "< 20 ms",
                        f"record ({LOOKBACK.days} days of logs) loaded in {load_ms:.1f} ms, not counted"))
        window.close()
        window.deleteLater()
        ctx.deleteLater()
        process_deferred_deletes(app)
        db.close()
    return rows


def _ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


# -- the patient list with what is due ----------------------------------------------------------
def patient_list_due(clinic: clinic_db.Clinic, runs: int) -> list[Row]:
    """The list's first page (200 rows) with the Due column, and with "Overdue only", through
    the real Qt model, against the clinic's 5,000 patients and their dose logs."""
    from PySide6.QtWidgets import QApplication

    from bonetracker.storage.database import open_database
    from bonetracker.ui.shell.patient_list import PatientListModel

    QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{clinic.path}")
    try:
        PatientListModel(db)  # warm the statement cache and the OS file cache once
        rows: list[int] = []

        def first_page() -> float:
            started = time.perf_counter()
            model = PatientListModel(db)
            model.fill_due()  # the Due column, filled a moment after the rows are shown
            elapsed = (time.perf_counter() - started) * 1000
            rows.append(sum(1 for r in model._rows if r.due.text))
            return elapsed

        overdue: list[int] = []

        def overdue_page() -> float:
            model = PatientListModel(db)
            started = time.perf_counter()
            model.set_query("", False, overdue_only=True)
            elapsed = (time.perf_counter() - started) * 1000
            overdue.append(model.rowCount())
            return elapsed

        plain = median_of(first_page, runs * 2)
        late = median_of(overdue_page, runs * 2)
    finally:
        db.close()
    return [
        Row("Patient list with Due on 5,000 patients, first page", plain, "ms", 150, "< 150 ms",
            f"200 rows, {rows[-1]} with something due"),
        Row("Patient list, Overdue only, first page", late, "ms", 150, "< 150 ms",
            f"every patient's doses and scan judged; {overdue[-1]} rows on the first page"),
    ]


# -- import --------------------------------------------------------------------------------
def import_rows(clinic: clinic_db.Clinic, runs: int) -> list[Row]:
    """100,000 workout rows for one new patient: the real import path against executemany."""
    from bonetracker.domain.records import Patient, Sex
    from bonetracker.services import patients as patient_svc
    from bonetracker.services.interchange.importing import import_file
    from bonetracker.storage.database import open_database

    names = ("Brisk walking", "Free weights", "Tai chi", "Yoga", "Swimming")
    first = dt.date(1990, 1, 1)  # ten sessions a day: 10,000 days, all in the past
    rows = [((first + dt.timedelta(days=k // 10)).isoformat(), names[k % 5], 20 + k % 40,
             f"session {k}") for k in range(IMPORT_ROWS)]
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(("date", "activity", "minutes", "notes"))
    writer.writerows(rows)

    def service_once() -> float:
        with tempfile.TemporaryDirectory() as folder:
            path = clinic_db.working_copy(clinic, Path(folder))
            csv_path = Path(folder) / "workouts.csv"
            csv_path.write_text(text.getvalue(), encoding="utf-8")
            db = open_database(f"sqlite:///{path}")
            try:
                pid = patient_svc.add_patient(db, Patient(None, "Import Ida", Sex.FEMALE,
                                                          dt.date(1950, 1, 1))).id
                started = time.perf_counter()
                result = import_file(db, "workouts", csv_path, pid)
                elapsed = time.perf_counter() - started
            finally:
                db.close()
        assert result.added == IMPORT_ROWS, result
        return elapsed

    def bare_once() -> float:
        with tempfile.TemporaryDirectory() as folder:
            path = clinic_db.working_copy(clinic, Path(folder))
            conn = sqlite3.connect(path)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                with conn:
                    pid = conn.execute("INSERT INTO patients (name, sex, birth_date, smoking, notes, "
                                       "archived, prior_fragility_fracture, parental_hip_fracture, "
                                       "glucocorticoids, rheumatoid_arthritis, secondary_osteoporosis, "
                                       "version) VALUES ('Bare Bea', 'female', '1950-01-01', 'never', "
                                       "'', 0, 0, 0, 0, 0, 0, 1)").lastrowid
                values = [(pid, d, a, "weight_bearing", m, n, 1) for d, a, m, n in rows]
                started = time.perf_counter()
                with conn:
                    conn.executemany("INSERT INTO workouts (patient_id, date, activity, category, "
                                     "minutes, notes, version) VALUES (?, ?, ?, ?, ?, ?, ?)", values)
                elapsed = time.perf_counter() - started
            finally:
                conn.close()
        return elapsed

    service = statistics.median(service_once() for _ in range(max(1, runs // 2)))
    bare = statistics.median(bare_once() for _ in range(max(1, runs // 2)))
    return [
        Row(f"Import {IMPORT_ROWS:,} workout rows from CSV", service * 1000, "ms",
            detail=f"bare executemany of the same rows: {bare * 1000:.0f} ms"),
        Row("Import, ratio to the bare executemany", service / bare, "x", 3.0, "<= 3x"),
    ]


def import_memory() -> list[Row]:
    """Peak RSS of importing generated files in a subprocess (streamed): 200 MB of workouts,
    20 MB of meals and 15 MB of scans (meals import at ~2,500 rows a second: 50 MB take 12 min)."""
    import import_memory_bench

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "workouts.csv"
        rows = import_memory_bench.write_workouts(path, 200)
        r = import_memory_bench.measure(path, Path(folder))
    assert r["added"] == rows, r
    measured = [Row(f"Import a {r['file_mb']:.0f} MB workouts file, peak RSS", float(r["peak_mb"]),
                    "MB", 500, "< 500 MB", f"{rows:,} rows in {r['seconds']} s; "
                    f"{r['baseline_mb']} MB before the import")]
    # The grouped kinds: a meal's items and a visit's sites cross batches. A valid scans file
    # holds each site once a day, so it stays smaller (15 MB reach 1993 with long notes).
    for kind, megabytes, what in (("meals", 20, "a meal's items join it"),
                                  ("scans", 15, "a visit's five sites join it")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{kind}.csv"
            rows = import_memory_bench.WRITERS[kind](path, megabytes)
            r = import_memory_bench.measure(path, Path(folder), kind=kind)
        assert r["added"] == rows, r
        measured.append(Row(f"Import a {r['file_mb']:.0f} MB {kind} file ({what}), peak RSS",
                            float(r["peak_mb"]), "MB", 500, "< 500 MB",
                            f"{rows:,} rows in {r['seconds']} s; {r['baseline_mb']} MB before"))
    return measured


# -- the benchmarks other engineers wrote --------------------------------------------------
def food_search() -> list[Row]:
    import food_search_bench

    r = food_search_bench.main()
    s = r["service"]
    return [Row("Food search per keystroke (median)", s["median_ms"], "ms", 5, "< 5 ms",
                f"p95 {s['p95_ms']:.1f} ms over {r['queries']} typed prefixes, SR28 "
                f"({r['foods']:,} foods)")]


def chart() -> list[Row]:
    import chart_bench

    r = chart_bench.main(runs=5)
    return [Row("Chart: series + redraw (chart_bench)", r["total_ms"], "ms", 150, "< 150 ms",
                f"series {r['series_ms']:.0f} ms + redraw {r['redraw_ms']:.0f} ms; "
                f"{r['ratio']:.2f}x bare pyqtgraph")]


# -- caseload ------------------------------------------------------------------------------
def _caseload_rows(db: Any, backend: str, runs: int) -> list[Row]:
    from bonetracker.services.queries.caseload import caseload

    first = median_of(lambda: _ms(lambda: caseload(db, page=100)), runs)
    full = median_of(lambda: _ms(lambda: caseload(db)), runs)
    count = len(caseload(db))
    return [Row(f"Caseload first page, {backend}", first, "ms", 150, "< 150 ms", "100 patients by name"),
            Row(f"Caseload full recompute, {backend}", full, "ms", 1000, "< 1 s",
                f"{count:,} active patients")]


def caseload_bench(clinic: clinic_db.Clinic, runs: int) -> list[Row]:
    """The clinic's caseload on the 5,000-patient database: SQLite always, PostgreSQL when a
    server is given (BONETRACKER_TEST_POSTGRES_URL, as ``bash .ci/with-postgres make bench``)."""
    from bonetracker.storage.database import open_database

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{clinic_db.working_copy(clinic, Path(folder))}")
        try:
            rows += _caseload_rows(db, "SQLite", runs)
        finally:
            db.close()
    url = os.environ.get("BONETRACKER_TEST_POSTGRES_URL")
    if url:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = "bonetracker_bench"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        pg = open_database(make_url(url).set(database=name).render_as_string(hide_password=False))
        try:
            started = time.perf_counter()
            clinic_db.build(pg)
            print(f"built the clinic on PostgreSQL in {time.perf_counter() - started:.0f} s", flush=True)
            rows += _caseload_rows(pg, "PostgreSQL", runs)
        finally:
            pg.close()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return rows


# -- report --------------------------------------------------------------------------------
def print_table(rows: list[Row]) -> None:
    width = max(len(r.measure) for r in rows)
    print()
    print(f"{'Measure':<{width}}  {'Median':>12}  {'Target':>10}  Status")
    print("-" * (width + 36))
    for r in rows:
        print(f"{r.measure:<{width}}  {r.shown():>12}  {r.target_text:>10}  {r.status}")
        if r.detail:
            print(f"{'':<{width}}    ({r.detail})")


def markdown(rows: list[Row], info: dict[str, str], clinic: clinic_db.Clinic, runs: int) -> str:
    lines = [f"Measured {dt.date.today().isoformat()} with `make bench` (medians of {runs} runs).", "",
             "| Measure | Median | Target | Status | Notes |", "|---|---:|---:|---|---|"]
    lines += [f"| {r.measure} | {r.shown()} | {r.target_text} | {r.status} | {r.detail} |"
              for r in rows]
    lines += ["", "Machine: " + ", ".join(f"{k} {v}" for k, v in info.items()),
              "", "Clinic database: " + ", ".join(f"{v:,} {k}" for k, v in clinic.counts.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions per measure (median)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached clinic database")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["cold", "open", "import", "import-memory", "food", "chart",
                                 "caseload", "due"],
                        help="leave a part out")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = parser.parse_args(argv)

    info = machine()
    print("BoneTracker benchmarks on " + ", ".join(f"{k} {v}" for k, v in info.items()))
    clinic = clinic_db.ensure_clinic(rebuild=args.rebuild)
    built = f"built in {clinic.build_s:.1f} s" if clinic.build_s else "cached"
    print(f"Clinic database {clinic.path} ({built}): "
          + ", ".join(f"{v:,} {k}" for k, v in clinic.counts.items()))

    rows: list[Row] = []
    parts: list[tuple[str, Callable[[], list[Row]]]] = [
        ("cold", lambda: cold_start(clinic, args.runs)),
        ("open", lambda: open_patient(clinic, args.runs)),
        ("food", food_search),
        ("due", lambda: patient_list_due(clinic, args.runs)),
        ("import", lambda: import_rows(clinic, args.runs)),
        ("import-memory", import_memory),
        ("chart", chart),
        ("caseload", lambda: caseload_bench(clinic, args.runs)),
    ]
    for name, part in parts:
        if name not in args.skip:
            print(f"\n== {name}", flush=True)
            rows += part()
    print_table(rows)
    if args.markdown:
        print()
        print(markdown(rows, info, clinic, args.runs))
    return 0 if all(r.status != "MISSED" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
