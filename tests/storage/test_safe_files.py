"""Issue 16 item 10 and the Low list's file modes: outputs are never written through a planted
link, never left half written under their name, 0600 in 0700 folders, and errors name the file."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient
from bonetracker.storage import safe_files
from bonetracker.storage.backup import make_backup
from bonetracker.storage.database import DatabaseOpenError, open_database
from bonetracker.storage.safe_files import OutputError, atomic_output, write_text

VICTIM = "precious data\n"


def _db(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        add_patient(db, Patient(None, "Lena Link", Sex.FEMALE, __import__("datetime").date(1950, 1, 1)))
    finally:
        db.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "victim.txt"
    path.parent.mkdir()
    path.write_text(VICTIM, encoding="utf-8")
    path.chmod(0o644)
    return path


def test_backup_never_writes_through_a_link_at_its_partial_name(db_path: Path, tmp_path: Path,
                                                               victim: Path) -> None:
    _db(db_path)
    target = tmp_path / "out" / "b.sqlite3"
    target.parent.mkdir()
    (target.parent / "b.sqlite3.partial").symlink_to(victim)
    make_backup(db_path, target)
    assert victim.read_text(encoding="utf-8") == VICTIM and _mode(victim) == 0o644
    assert not target.is_symlink() and _mode(target) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.sqlite3", "b.sqlite3.partial"]


@pytest.mark.parametrize("command", ["export-json", "report", "chart", "calendar", "backup"])
def test_a_link_at_the_output_is_replaced_not_followed(
        db_path: Path, tmp_path: Path, victim: Path, command: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    _db(db_path)
    out = tmp_path / "out"
    out.mkdir()
    names = {"export-json": "patient-1-lena-link.json", "report": "r.pdf", "chart": "c.png",
             "calendar": "c.ics", "backup": "b.sqlite3"}
    link = out / names[command]
    link.symlink_to(victim)
    args = {"export-json": ["export", "--patient", "1", "--format", "json", "--out", str(out)],
            "report": ["report", "--patient", "1", "--out", str(link), "--no-chart"],
            "chart": ["chart", "--patient", "1", "--out", str(link)],
            "calendar": ["meds", "calendar", "--patient", "1", "--out", str(link)],
            "backup": ["backup", "--out", str(link)]}[command]
    code = main([*args, "--db", str(db_path)])
    capsys.readouterr()
    assert code == 0
    assert victim.read_text(encoding="utf-8") == VICTIM and _mode(victim) == 0o644
    assert not link.is_symlink() and link.stat().st_size > 0 and _mode(link) == 0o600
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("killed mid-write")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]


def test_a_full_disk_names_the_file_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.csv"

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_files.os, "replace", full)
    with pytest.raises(OutputError) as info:
        write_text(target, "x" * 100)
    assert str(target) in str(info.value) and "No space left on device" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_export_folders_are_private(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _db(db_path)
    out = tmp_path / "new-folder"
    assert main(["export", "--patient", "1", "--format", "csv", "--out", str(out), "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert _mode(out) == 0o700
    assert all(_mode(p) == 0o600 for p in out.iterdir())


def test_backup_of_a_damaged_database_names_the_database(db_path: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 7: the copy's check failed and the message named the .partial temporary file."""
    _db(db_path)
    from bonetracker.storage import backup

    def damaged(path: Path) -> object:
        raise DatabaseOpenError(f"{path} is damaged (row 3 missing from index ix_patients_name).")

    monkeypatch.setattr(backup, "verify_backup", damaged)
    target = tmp_path / "b.sqlite3"
    with pytest.raises(DatabaseOpenError) as info:
        make_backup(db_path, target)
    message = str(info.value)
    assert message.startswith(f"The database {db_path} is damaged: the copy is damaged (row 3 missing")
    assert ".partial" not in message and "Help > Check database" in message
    assert list(tmp_path.iterdir()) == [db_path] or not target.exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_unwritable_reason(tmp_path: Path) -> None:
    assert safe_files.unwritable_reason(tmp_path / "fine.pdf") is None
    assert safe_files.unwritable_reason(tmp_path) == "it is a folder"
    assert safe_files.unwritable_reason(tmp_path / "missing" / "x.pdf") == "No such file or directory"
    assert list(tmp_path.iterdir()) == []


def test_sqlite_copy_is_a_real_database(db_path: Path, tmp_path: Path) -> None:
    _db(db_path)
    target = make_backup(db_path, tmp_path / "b.sqlite3").path
    with sqlite3.connect(target) as conn:
        assert conn.execute("select name from patients").fetchall() == [("Lena Link",)]
    assert os.access(target, os.R_OK)


def test_an_empty_file_made_into_a_database_is_private(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16 (Low): a pre-existing empty file turned into a database stayed 0644."""
    path = tmp_path / "given.sqlite3"
    path.touch()
    path.chmod(0o644)
    assert main(["patients", "list", "--db", str(path)]) == 0
    capsys.readouterr()
    assert _mode(path) == 0o600 and path.stat().st_size > 0
