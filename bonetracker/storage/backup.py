"""Backups and restores of the SQLite database, safe while the app has it open.

Copies go through SQLite's online backup API (a consistent snapshot even mid-write) and are
verified before they are trusted; a restore keeps the current database beside it first.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bonetracker.storage.database import (
    SQLITE_HEADER,
    DatabaseOpenError,
    backup_sqlite,
    timestamped_sibling,
)
from bonetracker.storage.migrate import is_known_revision
from bonetracker.storage.safe_files import OutputError, atomic_output

AUTO_BACKUPS_KEPT = 7


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revision: str
    patients: int


def verify_backup(path: Path) -> BackupCheck:
    """Check a file is a healthy BoneTracker database this version can open; never modifies it."""
    if not path.is_file():
        raise DatabaseOpenError(f"{path} does not exist or is not a file.")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseOpenError(f"{path} is not a BoneTracker backup (not an SQLite file).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise DatabaseOpenError(f"{path} is damaged ({result[0] if result else 'no answer'}).")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "patients" not in tables:
                raise DatabaseOpenError(f"{path} is not a BoneTracker database.")
            revision = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
            patients = int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"{path} cannot be read as a database ({exc}).") from exc
    if not is_known_revision(revision):
        raise DatabaseOpenError(
            f"{path} was written by a newer BoneTracker (schema {revision}); update BoneTracker first."
        )
    return BackupCheck(path=path, revision=revision, patients=patients)


def make_backup(database: Path, target: Path) -> BackupCheck:
    """Write a verified copy of ``database`` to ``target`` (0600); a bad copy is removed."""
    if target.exists() and target.resolve() == database.resolve():
        raise DatabaseOpenError("The backup file must not be the database itself.")
    try:
        with atomic_output(target) as temp:
            try:
                backup_sqlite(database, temp)
            except sqlite3.DatabaseError as exc:
                raise DatabaseOpenError(f"The database {database} is damaged ({exc}); no backup was "
                                        "written. Restore an earlier backup.") from exc
            try:
                check = verify_backup(temp)
            except DatabaseOpenError as exc:  # the copy is as the database is: name the database
                detail = str(exc).replace(str(temp), "the copy")
                raise DatabaseOpenError(f"The database {database} is damaged: {detail} No backup was "
                                        "written; check the database (Help > Check database) or "
                                        "restore an earlier backup.") from exc
    except OutputError as exc:  # names the file already
        raise DatabaseOpenError(f"Backup not written: {exc.strerror or exc}") from exc
    except OSError as exc:
        raise DatabaseOpenError(f"Could not write the backup {target}: {exc}") from exc
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"Could not write the backup {target}: {exc}") from exc
    return BackupCheck(path=target, revision=check.revision, patients=check.patients)


def restore_backup(backup: Path, database: Path) -> Path:
    """Replace ``database`` with ``backup`` after checking it; returns where the old one was kept.

    The backup is copied in through the backup API, so a database open elsewhere (WAL and all)
    ends up consistent; schema upgrades then happen on the next open as usual.
    """
    verify_backup(backup)
    kept = timestamped_sibling(database, "before-restore")
    if database.exists():
        keep_aside(database, kept)
    else:
        database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(database, timeout=30)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return kept


SIDE_FILES = ("-wal", "-shm", "-journal")


def keep_aside(database: Path, kept: Path) -> None:
    """Keep the current database as ``kept`` before a restore replaces it.

    A readable database is copied through the backup API; one SQLite cannot read (truncated,
    overwritten: exactly when a restore is needed) is kept byte for byte as found, with its
    side files, and then removed so the restore starts from a clean file. The copy is written
    under a ``.partial`` name and renamed only when complete, so a killed restore never leaves
    an incomplete copy under a valid-looking name.
    """
    try:
        with atomic_output(kept) as partial:
            backup_sqlite(database, partial)
        return
    except sqlite3.DatabaseError:
        pass  # atomic_output removed the partial copy
    for suffix in SIDE_FILES:  # the journal and WAL belong to the damaged file: aside with it
        side = database.with_name(database.name + suffix)
        if side.exists():
            with atomic_output(kept.with_name(kept.name + suffix)) as partial:
                shutil.copyfile(side, partial)
            side.unlink()
    with atomic_output(kept) as partial:
        shutil.copyfile(database, partial)
    database.unlink()
    os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))


def auto_backup(
    database: Path, folder: Path, today: dt.date | None = None, keep: int = AUTO_BACKUPS_KEPT
) -> Path | None:
    """Once a day, copy the database into ``folder`` and keep only the newest ``keep`` copies."""
    today = today or dt.date.today()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{database.stem}-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        made = make_backup(database, target).path
    # Oldest first by when they were written, not by the date in the name: after the clock went
    # back, today's copy is named before older ones and must not be the one pruned.
    copies = sorted(
        folder.glob(f"{database.stem}-????-??-??.sqlite3"), key=lambda p: (p.stat().st_mtime, p.name)
    )
    for old in copies[:-keep]:
        if old != target:  # never the copy just made (the status bar names it)
            old.unlink()
    return made
