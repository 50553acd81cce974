"""Issue 16 item 7: damage the start-up check cannot see (indexes that disagree with their tables,
an impossible stored date) is reported naming the database, with the REINDEX/restore choice, on
backup, from ``bonetracker check`` and from Help > Check database."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from bonetracker.cli import main
from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient
from bonetracker.storage.backup import make_backup
from bonetracker.storage.database import DatabaseOpenError, open_database
from bonetracker.storage.integrity import full_check
from bonetracker.ui.dialogs import check_database as dialog


def _fill(db_path: Path, n: int = 120) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        for i in range(n):
            born = dt.date(1950, 1, 1) + dt.timedelta(days=i)
            add_patient(db, Patient(None, f"Person {i:03d}", Sex.FEMALE, born))
    finally:
        db.close()


def damage_an_index(path: Path) -> str:
    """Change one date inside the birth-date index's pages: the pages stay well formed (so the
    start-up quick_check passes) but the index no longer matches its table."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        found = conn.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='patients' "
                             "AND sql LIKE '%birth_date%'").fetchone()
        name = found[0] if found else None
        if name is None:  # no birth-date index in this schema: make one, as a clinic's DBA might
            name = "ix_test_birth_date"
            conn.execute(f"CREATE INDEX {name} ON patients (birth_date)")
            conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (name,))]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        start = page_size * (page - 1)
        hit = next(re.finditer(rb"19\d\d-\d\d-\d\d", bytes(data[start:start + page_size])), None)
        if hit is not None:
            pos = start + hit.end() - 1
            data[pos] = data[pos] + 1 if data[pos] < ord("8") else data[pos] - 1
            path.write_bytes(bytes(data))
            return name
    raise AssertionError("no date found in the index pages")


@pytest.fixture
def damaged(db_path: Path) -> tuple[Path, str]:
    _fill(db_path)
    index = damage_an_index(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # what the start-up sees
    return db_path, index


def test_the_full_check_finds_index_damage(damaged: tuple[Path, str]) -> None:
    path, index = damaged
    report = full_check(path)
    assert not report.ok and report.index_only and report.indexes == (index,)
    assert report.advice().startswith(f"The database {path} has damaged indexes ({index}); the data "
                                      "itself is intact")


def test_check_reports_then_reindex_repairs_keeping_a_copy(damaged: tuple[Path, str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path, index = damaged
    assert main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"The database {path} has damaged indexes ({index})" in err and "--reindex" in err
    assert main(["check", "--reindex", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Rebuilt the indexes" in out
    [kept] = path.parent.glob(f"{path.name}.before-reindex-*")
    assert not full_check(kept).ok  # the file as it was found
    assert main(["check", "--db", str(path)]) == 0
    assert "is sound" in capsys.readouterr().out
    assert main(["patients", "list", "--db", str(path)]) == 0


def test_backup_of_a_damaged_index_names_the_database(damaged: tuple[Path, str], tmp_path: Path) -> None:
    path, index = damaged
    with pytest.raises(DatabaseOpenError) as info:
        make_backup(path, tmp_path / "copy.sqlite3")
    assert str(info.value).startswith(f"The database {path} is damaged") and index in str(info.value)
    assert "partial" not in str(info.value) and not (tmp_path / "copy.sqlite3").exists()


def test_an_impossible_stored_date_is_a_clear_message(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(db_path, 2)
    assert main(["lifestyle", "add", "--patient", "1", "--date", "2024-02-01", "--cigarettes", "0",
                 "--db", str(db_path)]) == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE lifestyle_entries SET date = '2024-02-30'")
    capsys.readouterr()
    assert main(["lifestyle", "list", "--patient", "1", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert f"the database {db_path} holds a value that cannot be read" in err and "Traceback" not in err


def test_a_malformed_read_names_the_database(db_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(db_path, 1)
    from bonetracker.services import patients

    def malformed(*_a: object, **_k: object) -> object:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(patients, "list_patients", malformed)
    monkeypatch.setattr("bonetracker.cli.patients.service.list_patients", malformed, raising=False)
    code = main(["patients", "list", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 2 and f"the database {db_path} is damaged (database disk image is malformed)" in err
    assert "bonetracker check" in err and "bonetracker restore FILE" in err


def test_help_check_database_rebuilds_the_indexes(damaged: tuple[Path, str], qtbot: object,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path, _index = damaged
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append("critical: " + text))
    db = open_database(f"sqlite:///{path}")
    try:
        report = dialog.check_database(db)
        assert report is not None and report.ok
        assert shown and shown[-1].startswith("Rebuilt the indexes")
        shown.clear()
        dialog.check_database(db)
        assert shown == [f"The database {path} is sound (full integrity check)."]
    finally:
        db.close()


def test_an_empty_schema_revision_is_a_clear_message(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16 (Low): an emptied alembic_version printed raw CREATE TABLE SQL."""
    _fill(db_path, 1)
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM alembic_version")
    before = db_path.read_bytes()
    assert main(["patients", "list", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "holds BoneTracker's tables but no schema revision" in err and "CREATE TABLE" not in err
    assert db_path.read_bytes() == before
