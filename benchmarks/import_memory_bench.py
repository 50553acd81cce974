"""Peak memory of importing a large generated file: the import streams, so its peak RSS stays
bounded (target < 500 MB) whatever the file's size.

    python benchmarks/import_memory_bench.py --mb 200                # 200 MB of workouts, JSON
    python benchmarks/import_memory_bench.py --mb 50 --kind meals    # meals (items join meals)
    python benchmarks/import_memory_bench.py --mb 30 --kind scans    # scans (sites join visits)
    python benchmarks/import_memory_bench.py --mb 50 --line          # a 50 MB single line (refused)

Each measure runs in a fresh subprocess, so the peak (VmHWM from /proc/self/status, else
``ru_maxrss``) is that import's alone; ``baseline_mb`` is the same process's peak just before
the import, after opening the database (Python, SQLAlchemy and BoneTracker loaded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ACTIVITIES = ("Brisk walking", "Free weights", "Tai chi", "Yoga", "Swimming")


def peak_mb() -> float:
    """This process's peak resident set size so far, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _write_rows(path: Path, header: str, megabytes: float, row: Callable[[int], str],
                block_rows: int = 10_000) -> int:
    """``header`` then ``row(0)``, ``row(1)``, ... written a block at a time until the file holds
    about ``megabytes`` MB (whole blocks); returns the number of rows."""
    target = int(megabytes * 1_000_000)
    rows = written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(header)
        while written < target:
            text = "".join(row(n) for n in range(rows, rows + block_rows))
            rows += block_rows
            out.write(text)
            written += len(text)
    return rows


def write_workouts(path: Path, megabytes: float) -> int:
    """A valid workouts CSV of about ``megabytes`` MB, sessions spread over the days from 1980
    to 2020 (about 60 bytes a row); returns the number of rows."""
    per_day = max(1, int(megabytes * 1_000_000) // 60 // 14_600 + 1)
    first = dt.date(1980, 1, 1)

    def row(n: int) -> str:
        date = (first + dt.timedelta(days=n // per_day)).isoformat()
        return f"{date},{ACTIVITIES[n % 5]},{20 + n % 40},{1 + n % 9},session {n} of a long programme\n"

    return _write_rows(path, "date,activity,minutes,effort,notes\n", megabytes, row)


MEAL_FOODS = ("01077", "01079", "09003", "11090", "20044")  # SR28 NDB numbers: milk, apple, ...
MEAL_KINDS = ("breakfast", "lunch", "dinner", "snack")


def write_meals(path: Path, megabytes: float) -> int:
    """A valid meals CSV of about ``megabytes`` MB (~32 bytes a row): up to 100 items a meal,
    each meal's items in a run of rows that often spans batches; returns the number of rows."""
    first = dt.date(1981, 1, 1)
    per_meal = 97  # under meals.MAX_ITEMS, and not a divisor of a batch's rows

    def row(n: int) -> str:
        meal = n // per_meal
        date = (first + dt.timedelta(days=meal // 4)).isoformat()
        return f"{date},{MEAL_KINDS[meal % 4]},{MEAL_FOODS[n % 5]},{10 + n % 300}\n"

    return _write_rows(path, "date,meal,food,grams\n", megabytes, row)


SCAN_SITES = ("lumbar_spine", "femoral_neck", "total_hip", "total_body", "forearm_33")


def write_scans(path: Path, megabytes: float) -> int:
    """A valid scans CSV of about ``megabytes`` MB: a visit of five sites a day from 1981, each
    row with the visit's facility and a note (~250 bytes a row), so a file is larger than a
    patient's real one; returns the number of rows. (A valid file holds each site once a day,
    so it cannot grow without end: 15 MB reach 1993.)"""
    first = dt.date(1981, 1, 1)
    note = "follow-up visit; positioning checked and repeated; " * 3

    def row(n: int) -> str:
        visit = n // 5
        date = (first + dt.timedelta(days=visit)).isoformat()
        device = "hologic" if n % 5 == 0 else ""
        return (f"{date},{SCAN_SITES[n % 5]},{0.6 + (n % 40) / 100:.2f},{-2.5 + (n % 30) / 10:.1f},"
                f"{device},Clinic {visit % 7},{note}{visit}\n")

    return _write_rows(path, "date,site,bmd_g_cm2,t_score,device,facility,notes\n", megabytes, row,
                       block_rows=5_000)


WRITERS = {"workouts": write_workouts, "meals": write_meals, "scans": write_scans}


def write_single_line(path: Path, megabytes: float) -> None:
    """A header, then one line of ``megabytes`` MB without a line end."""
    with path.open("w", encoding="utf-8") as out:
        out.write("date,activity,minutes,notes\n2024-01-01,Yoga,20,")
        chunk = "x" * 1_000_000
        for _ in range(int(megabytes)):
            out.write(chunk)


def child(db_path: str, csv_path: str, dry_run: bool, kind: str = "workouts") -> dict[str, object]:
    """Run in the subprocess: import ``csv_path`` for a new patient; peak RSS before and after."""
    from bonetracker.domain.records import Patient, Sex
    from bonetracker.services import patients as patient_svc
    from bonetracker.services.interchange.csv_formats import ImportRejected
    from bonetracker.services.interchange.importing import import_file
    from bonetracker.storage.database import open_database

    db = open_database(f"sqlite:///{db_path}")
    try:
        pid = patient_svc.add_patient(db, Patient(None, "Memory Mo", Sex.FEMALE,
                                                  dt.date(1940, 1, 1))).id
        baseline = peak_mb()
        started = time.perf_counter()
        outcome: dict[str, object]
        try:
            result = import_file(db, kind, csv_path, pid, dry_run=dry_run)
            outcome = {"added": result.added, "rows": result.rows}
        except ImportRejected as exc:
            outcome = {"rejected": [str(e) for e in exc.row_errors[:3]]}
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    return {**outcome, "seconds": round(elapsed, 2), "baseline_mb": round(baseline, 1),
            "peak_mb": round(peak_mb(), 1)}


def measure(csv_path: Path, folder: Path, dry_run: bool = False,
            kind: str = "workouts") -> dict[str, object]:
    """Import ``csv_path`` (of ``kind``) into a new database in a subprocess; its JSON report."""
    database = folder / f"bench-{kind}.sqlite3"
    database.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, "--child", str(database), str(csv_path),
                           "--kind", kind] + (["--dry-run"] if dry_run else []),
                          capture_output=True, text=True, check=True)
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    report["file_mb"] = round(csv_path.stat().st_size / 1_000_000, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200, help="size of the generated file")
    parser.add_argument("--line", action="store_true", help="one line of that size instead")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--kind", default="workouts", help=f"one of {', '.join(WRITERS)}")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.dry_run, args.kind)))
        return 0
    if args.kind not in WRITERS:
        parser.error(f"--kind must be one of {', '.join(WRITERS)}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / f"{args.kind}.csv"
        if args.line:
            write_single_line(path, args.mb)
        else:
            WRITERS[args.kind](path, args.mb)
        report = measure(path, folder, args.dry_run, args.kind)
    print(json.dumps(report))
    return 0 if float(report["peak_mb"]) < 500 else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
