"""Backups are consistent even mid-write, restores refuse bad files and keep the current one."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient, list_patients
from bonetracker.storage.backup import auto_backup, make_backup, restore_backup, verify_backup
from bonetracker.storage.database import DatabaseOpenError, open_database


def _add(db_path: Path, *names: str) -> None:
    db = open_database(f"sqlite:///{db_path}")
    for name in names:
        add_patient(db, Patient(None, name, Sex.FEMALE, dt.date(1950, 1, 1)))
    db.close()


def _names(db_path: Path) -> list[str]:
    db = open_database(f"sqlite:///{db_path}")
    try:
        return [p.name for p in list_patients(db)]
    finally:
        db.close()


def test_backup_while_a_write_transaction_is_open(db_path: Path, tmp_path: Path) -> None:
    _add(db_path, "Committed")
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO patients (name, sex, birth_date, smoking, prior_fragility_fracture, "
                   "parental_hip_fracture, glucocorticoids, rheumatoid_arthritis, secondary_osteoporosis, "
                   "notes, archived, version) VALUES ('Uncommitted', 'female', '1950-01-01', 'never', "
                   "0, 0, 0, 0, 0, '', 0, 1)")
    try:
        check = make_backup(db_path, tmp_path / "copy.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert check.patients == 1
    assert stat.S_IMODE(check.path.stat().st_mode) == 0o600
    assert _names(check.path) == ["Committed"]


def test_restore_round_trip_keeps_the_current_database(db_path: Path, tmp_path: Path) -> None:
    _add(db_path, "Before")
    backup = make_backup(db_path, tmp_path / "b.sqlite3").path
    _add(db_path, "After")
    kept = restore_backup(backup, db_path)
    assert _names(db_path) == ["Before"]
    assert sorted(_names(kept)) == ["After", "Before"]


@pytest.mark.parametrize("content", [b"not a database at all", b"SQLite format 3\x00" + b"\x07" * 4000])
def test_restore_of_a_corrupt_file_is_refused_and_nothing_changes(
    db_path: Path, tmp_path: Path, content: bytes
) -> None:
    _add(db_path, "Precious")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseOpenError):
        restore_backup(bad, db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not list(db_path.parent.glob("*.before-restore-*"))


def test_newer_schema_backup_is_refused(db_path: Path, tmp_path: Path) -> None:
    _add(db_path, "X")
    future = make_backup(db_path, tmp_path / "f.sqlite3").path
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseOpenError, match="newer"):
        verify_backup(future)


def test_auto_backup_once_a_day_keeps_seven(db_path: Path, tmp_path: Path) -> None:
    _add(db_path, "Daily")
    folder = tmp_path / "backups"
    start = dt.date(2026, 1, 1)
    for n in range(10):
        auto_backup(db_path, folder, today=start + dt.timedelta(days=n))
    assert auto_backup(db_path, folder, today=start + dt.timedelta(days=9)) is None
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 7
    assert kept[-1].endswith("2026-01-10.sqlite3") and kept[0].endswith("2026-01-04.sqlite3")


def test_cli_backup_and_restore(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add(db_path, "Cli")
    out_file = tmp_path / "cli-backup.sqlite3"
    assert main(["backup", "--out", str(out_file), "--db", str(db_path)]) == 0
    _add(db_path, "Later")
    assert main(["restore", str(out_file), "--db", str(db_path)]) == 0
    assert _names(db_path) == ["Cli"]
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00" * 100)
    capsys.readouterr()
    assert main(["restore", str(bad), "--db", str(db_path)]) == 2
    assert "not a BoneTracker backup" in capsys.readouterr().err
    assert _names(db_path) == ["Cli"]


def test_exported_files_are_private(db_path: Path, tmp_path: Path) -> None:
    from bonetracker.services.interchange.exporting import export

    _add(db_path, "Private")
    db = open_database(f"sqlite:///{db_path}")
    try:
        written = export(db, tmp_path / "out", fmt="csv") + export(db, tmp_path / "json", fmt="json")
    finally:
        db.close()
    assert written
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o600}


def test_restore_refuses_while_a_window_has_the_database_open(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15: restoring under an open window left it showing the old data; now restore says
    which BoneTracker holds the file and changes nothing until it is closed."""
    import subprocess
    import sys

    from bonetracker.storage.open_marker import held_open, holder, marker_for

    _add(db_path, "Kept")
    out_file = tmp_path / "b.sqlite3"
    assert main(["backup", "--out", str(out_file), "--db", str(db_path)]) == 0
    _add(db_path, "Later")
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        marker_for(db_path).write_text(str(window.pid), encoding="ascii")  # as a running window does
        assert holder(db_path) == window.pid
        capsys.readouterr()
        assert main(["restore", str(out_file), "--db", str(db_path)]) == 2
        err = capsys.readouterr().err
        assert f"BoneTracker has {db_path} open in another window (process {window.pid})" in err
        assert _names(db_path) == ["Kept", "Later"], "nothing restored"
    finally:
        window.kill()
        window.wait()
    assert holder(db_path) is None  # the window is gone: its marker no longer counts
    assert main(["restore", str(out_file), "--db", str(db_path)]) == 0
    assert _names(db_path) == ["Kept"]
    with held_open(db_path):
        assert marker_for(db_path).exists() and holder(db_path) is None  # this process: not "another"
    assert not marker_for(db_path).exists()


def test_the_newest_automatic_backup_is_never_pruned_after_the_clock_went_back(
    db_path: Path, tmp_path: Path
) -> None:
    """Issue 16 item 12: with the clock set back, the copy just made was pruned at once."""
    import datetime as dt
    import os
    import time

    from bonetracker.storage.backup import auto_backup

    _add(db_path, "Backed")
    folder = tmp_path / "backups"
    for day in range(10, 17):  # seven copies from a later week, written earlier
        made = auto_backup(db_path, folder, dt.date(2026, 5, day), keep=7)
        assert made is not None
        os.utime(made, (time.time() - 1000 + day, time.time() - 1000 + day))
    made = auto_backup(db_path, folder, dt.date(2026, 5, 1), keep=7)  # the clock went back
    assert made is not None and made.exists()
    copies = sorted(p.name for p in folder.iterdir())
    assert len(copies) == 7 and made.name in copies
    assert f"{db_path.stem}-2026-05-10.sqlite3" not in copies  # the oldest written goes instead


def test_report_into_an_unwritable_place_says_so(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16 item 5: 'Wrote the report' with exit 0 and nothing written."""
    _add(db_path, "Reporty")
    capsys.readouterr()
    out = Path("/proc/self/report.pdf")  # a folder nobody can create files in, root included
    assert main(["report", "--patient", "Reporty", "--out", str(out), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {out}" in err and not out.exists()


def test_a_database_locked_past_the_wait_is_a_clear_message(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16 item 8: 'database is locked' after the busy timeout printed a traceback."""
    import sqlite3

    from bonetracker.storage import database as database_module

    _add(db_path, "Locked Out")
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)  # keep the test quick
    holder_conn = sqlite3.connect(db_path)
    holder_conn.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        code = main(["patients", "add", "--name", "Too Late", "--sex", "female", "--birth-date",
                     "1950-01-01", "--db", str(db_path)])
        err = capsys.readouterr().err
    finally:
        holder_conn.rollback()
        holder_conn.close()
    assert code == 2 and "is busy" in err and "Traceback" not in err
    assert _names(db_path) == ["Locked Out"]


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_restore_works_over_a_damaged_database_and_keeps_it_as_found(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    """Issue 16 item 1: restore crashed (sqlite3.DatabaseError, exit 1) exactly when needed."""
    _add(db_path, "Saved Before")
    out_file = tmp_path / "b.sqlite3"
    assert main(["backup", "--out", str(out_file), "--db", str(db_path)]) == 0
    found = db_path.read_bytes()[:5000] if damage == "truncated" else b"not a database at all\n"
    db_path.write_bytes(found)
    capsys.readouterr()
    assert main(["restore", str(out_file), "--db", str(db_path)]) == 0
    assert _names(db_path) == ["Saved Before"]
    [kept] = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + ".before-restore")
              and not p.name.endswith(("-wal", "-shm", "-journal"))]
    assert kept.read_bytes() == found, "kept aside byte for byte"
    assert not list(db_path.parent.glob("*.partial"))
