"""Opening, migrating and refusing databases: nothing the user saved is ever lost or modified."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient, list_patients
from bonetracker.storage.database import DatabaseOpenError, open_database, resolve_url
from bonetracker.storage.migrate import head_revision


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _patient(name: str = "Ann") -> Patient:
    return Patient(id=None, name=name, sex=Sex.FEMALE, birth_date=dt.date(1955, 5, 5))


def test_new_database_is_private_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "bt.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with sqlite3.connect(path) as conn:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert version == head_revision()
        assert mode == "wal"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        db.close()


def test_foreign_keys_are_enforced(db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import IntegrityError

    from bonetracker.storage.models import DxaScanRow

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(DxaScanRow(patient_id=999, date=dt.date(2020, 1, 1)))


def test_reopening_keeps_data_and_is_idempotent(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    add_patient(db, _patient())
    db.close()
    before = sorted(p.name for p in tmp_backups(db_path))
    db = open_database(f"sqlite:///{db_path}")
    try:
        assert [p.name for p in list_patients(db)] == ["Ann"]
    finally:
        db.close()
    assert sorted(p.name for p in tmp_backups(db_path)) == before, "no backup when nothing migrates"


def tmp_backups(db_path: Path) -> list[Path]:
    return list(db_path.parent.glob(db_path.name + ".pre-migration-*"))


def test_older_schema_is_backed_up_then_upgraded(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    add_patient(db, _patient())
    db.close()
    with sqlite3.connect(db_path) as conn:  # pretend the file came from an older release
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    if head_revision() == "0001":
        pytest.skip("only one schema revision so far")
    db = open_database(f"sqlite:///{db_path}")
    db.close()
    backups = tmp_backups(db_path)
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600


def test_refuses_newer_schema_without_touching_it(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    add_patient(db, _patient())
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    digest = _digest(db_path)
    with pytest.raises(DatabaseOpenError, match="newer BoneTracker"):
        open_database(f"sqlite:///{db_path}")
    assert _digest(db_path) == digest


@pytest.mark.parametrize(
    "content",
    [b"hello, I am a text file\n" * 100, os.urandom(4096), b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["text", "random-bytes", "truncated-header"],
)
def test_refuses_non_database_file_without_touching_it(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
    assert list(tmp_path.iterdir()) == [path], "no journal, WAL or backup files left beside it"


def test_refuses_a_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    digest = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a BoneTracker"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == digest


def test_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(f"sqlite:///{tmp_path}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_refuses_unreadable_file(db_path: Path) -> None:
    open_database(f"sqlite:///{db_path}").close()
    db_path.chmod(0)
    with pytest.raises(DatabaseOpenError, match="permission"):
        open_database(f"sqlite:///{db_path}")


def test_url_resolution(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "a.db"), environ={}) == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_url(None, environ={"BONETRACKER_DATABASE_URL": "sqlite:///x.db"}) == "sqlite:///x.db"
    assert resolve_url("postgresql+psycopg://u@h/db", environ={}).startswith("postgresql")
    default = resolve_url(None, environ={})
    assert default.startswith("sqlite:///") and default.endswith("bonetracker.sqlite3")
