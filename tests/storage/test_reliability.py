"""Crash safety and two writers on one SQLite file: nothing committed is ever lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bonetracker.services import patients, scans
from bonetracker.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def _writer(url: str, prefix: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.writer", url, prefix, str(count)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).close()
    rng = random.Random(20261125)
    committed: set[int] = set()
    for kill in range(20):
        child = _writer(url, f"kill{kill}", 1000)
        assert child.stdout is not None
        for _ in range(rng.randint(1, 15)):
            line = child.stdout.readline()
            assert line.startswith("committed"), child.stderr.read() if child.stderr else line
            committed.add(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)  # mid-transaction more often than not
        rest, _ = child.communicate(timeout=30)  # drain and close the pipes
        committed.update(int(line.split()[1]) for line in rest.splitlines() if line.startswith("committed"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db = open_database(url)
    try:
        stored = {p.id for p in patients.list_patients(db)}
        assert committed <= stored, f"lost: {sorted(committed - stored)}"
        for pid in committed:
            [visit] = scans.list_scans(db, pid)  # type: ignore[arg-type]
            assert len(visit.measurements) in (2,)
    finally:
        db.close()


@pytest.mark.slow
def test_two_processes_writing_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).close()
    children = [_writer(url, name, 60) for name in ("Alpha", "Beta")]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert "locked" not in err
        assert out.count("committed") == 60
    db = open_database(url)
    try:
        names = [p.name for p in patients.list_patients(db)]
        assert sum(n.startswith("Alpha") for n in names) == 60
        assert sum(n.startswith("Beta") for n in names) == 60
    finally:
        db.close()


def test_second_connection_sees_the_first_ones_entries(db_path: Path) -> None:
    import datetime as dt

    from bonetracker.domain.records import Patient, Sex

    first = open_database(f"sqlite:///{db_path}")
    second = open_database(f"sqlite:///{db_path}")
    try:
        assert patients.list_patients(second) == []
        patients.add_patient(first, Patient(None, "Cy", Sex.MALE, dt.date(1940, 1, 1)))
        assert [p.name for p in patients.list_patients(second)] == ["Cy"]
    finally:
        first.close()
        second.close()
