"""Backups and restores of the SQLite database, safe while the app has it open.

Copies go through SQLite's online backup API (a consistent snapshot even mid-write) and are
verified before they are trusted; a restore keeps the current database beside it first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bonetracker.domain.i18n import translate
from bonetracker.storage.database import (
    SQLITE_HEADER,
    DatabaseOpenError,
    backup_sqlite,
    opens_read_only,
    schema_revision,
    timestamped_sibling,
)
from bonetracker.storage.integrity import IntegrityReport, reindex
from bonetracker.storage.migrate import is_known_revision
from bonetracker.storage.safe_files import OutputError, atomic_output, make_folder

AUTO_BACKUPS_KEPT = 7


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revision: str
    patients: int


def verify_backup(path: Path) -> BackupCheck:
    """Check a file is a healthy BoneTracker database this version can open; never modifies it."""
    if not path.is_file():
        raise DatabaseOpenError(translate(
            "storage",
            "{path} does not exist or is not a file.",
        ).format(path=path))
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseOpenError(translate(
                "storage",
                "{path} is not a BoneTracker backup (not an SQLite file).",
            ).format(path=path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise DatabaseOpenError(translate(
                    "storage",
                    "{path} is damaged ({value}).",
                ).format(path=path, value=result[0] if result else 'no answer'))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "patients" not in tables:
                raise DatabaseOpenError(translate(
                    "storage",
                    "{path} is not a BoneTracker database.",
                ).format(path=path))
            revision = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
            patients = int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(translate(
            "storage",
            "{path} cannot be read as a database ({exc}).",
        ).format(path=path, exc=exc)) from exc
    if not is_known_revision(revision):
        raise DatabaseOpenError(
            translate(
                "storage",
                "{path} was written by a newer BoneTracker (schema {revision}); update BoneTracker first.",
            ).format(path=path, revision=revision)
        )
    return BackupCheck(path=path, revision=revision, patients=patients)


def make_backup(database: Path, target: Path) -> BackupCheck:
    """Write a verified copy of ``database`` to ``target`` (0600); a bad copy is removed."""
    if target.exists() and target.resolve() == database.resolve():
        raise DatabaseOpenError(translate("storage", "The backup file must not be the database itself."))
    try:
        make_folder(target.parent)  # a new folder for copies: 0700, as the database's own
        with atomic_output(target) as temp:
            try:
                backup_sqlite(database, temp)
            except sqlite3.DatabaseError as exc:
                raise DatabaseOpenError(translate(
                    "storage",
                    "The database {database} is damaged ({exc}); no backup was written. Restore an earlier "
                    "backup.",
                ).format(database=database, exc=exc)) from exc
            try:
                check = verify_backup(temp)
            except DatabaseOpenError as exc:  # the copy is as the database is: name the database
                detail = str(exc).replace(str(temp), "the copy")
                raise DatabaseOpenError(translate(
                    "storage",
                    "The database {database} is damaged: {detail} No backup was written; check the database "
                    "(Help > Check database) or restore an earlier backup.",
                ).format(database=database, detail=detail)) from exc
    except OutputError as exc:  # names the file already
        raise DatabaseOpenError(translate(
            "storage",
            "Backup not written: {reason}",
        ).format(reason=exc.strerror or exc)) from exc
    except OSError as exc:
        raise DatabaseOpenError(translate(
            "storage",
            "Could not write the backup {target}: {exc}",
        ).format(target=target, exc=exc)) from exc
    except sqlite3.Error as exc:
        raise DatabaseOpenError(translate(
            "storage",
            "Could not write the backup {target}: {exc}",
        ).format(target=target, exc=exc)) from exc
    return BackupCheck(path=target, revision=check.revision, patients=check.patients)


WAIT_LIMIT_S = 60.0
"""How long a restore waits for another program to finish writing before it refuses."""
WaitReport = Callable[[float], None]


def restore_backup(backup: Path, database: Path, on_wait: WaitReport | None = None) -> Path:
    """Replace ``database`` with ``backup`` after checking it; returns where the old one was kept.

    A readable database is restored under its own write lock, taken first (``on_wait`` is called
    with the seconds waited while another program holds it; after :data:`WAIT_LIMIT_S` the restore
    is refused naming that): the safety copy then holds everything committed before, and nothing
    can be committed between the copy and the restore, which is written in the same transaction.
    A damaged or missing database has no writers to wait for: it is kept aside as found and the
    backup copied in through the backup API. Schema upgrades happen on the next open as usual.
    """
    verify_backup(backup)
    kept = timestamped_sibling(database, "before-restore")
    if not database.exists():
        database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))
    elif database.stat().st_size > 0 and opens_read_only(database):
        _restore_locked(backup, database, kept, on_wait)
        return kept
    else:
        keep_aside(database, kept)
    _copy_in(backup, database)
    return kept


def _copy_in(backup: Path, database: Path) -> None:
    """Replace ``database`` whole with ``backup`` through SQLite's backup API."""
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(database, timeout=30)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _lock(conn: sqlite3.Connection, database: Path, on_wait: WaitReport | None) -> None:
    """BEGIN IMMEDIATE on ``conn``, waiting (and saying so) while another program writes."""
    started = time.monotonic()
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                raise
        waited = time.monotonic() - started
        if waited > WAIT_LIMIT_S:
            raise DatabaseOpenError(
                translate(
                    "storage",
                    "{database} is being written by another program and stayed locked for "
                    "{seconds:.0f} s: nothing was restored. Close the other program and try again.",
                ).format(database=database, seconds=WAIT_LIMIT_S))
        if on_wait is not None:
            on_wait(waited)
        time.sleep(0.2)


def _copy_tables(conn: sqlite3.Connection) -> None:
    """Replace every table of ``main`` with the attached ``b``'s rows (same schema revision),
    inside the caller's transaction. Full-text index tables are left to their triggers."""
    virtual = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'")]
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    tables = [t for t in tables if not any(t.startswith(v + "_") for v in virtual)]
    theirs = {r[0] for r in conn.execute("SELECT name FROM b.sqlite_master WHERE type='table'")}
    conn.execute("PRAGMA defer_foreign_keys = ON")
    # Guard triggers (the append-only audit log) refuse the wholesale replacement: lifted for this
    # transaction and put back before it commits, so no other writer ever sees them missing.
    guards = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type='trigger' AND sql LIKE '%RAISE(%'")]
    for name, _sql in guards:
        conn.execute(f'DROP TRIGGER main."{name}"')
    for table in tables:
        conn.execute(f'DELETE FROM main."{table}"')
    for table in tables:
        if table not in theirs:
            continue
        mine = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
        other = {r[1] for r in conn.execute(f'PRAGMA b.table_info("{table}")')}
        columns = ", ".join(f'"{c}"' for c in mine if c in other)
        conn.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM b."{table}"')
    if "sqlite_sequence" in theirs:
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM b.sqlite_sequence")
    for _name, sql in guards:
        conn.execute(sql)


def _restore_locked(backup: Path, database: Path, kept: Path, on_wait: WaitReport | None) -> None:
    """Restore a readable database under its write lock (see :func:`restore_backup`)."""
    source = backup
    upgraded: Path | None = None
    conn = sqlite3.connect(database, isolation_level=None, timeout=0)
    try:
        current = schema_revision(conn)
        probe = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            theirs = schema_revision(probe)
        finally:
            probe.close()
        if current is not None and theirs != current:  # an older backup: upgrade a copy first
            upgraded = timestamped_sibling(database, "restore-upgrade")
            with atomic_output(upgraded) as partial:
                backup_sqlite(backup, partial)
            from bonetracker.storage.database import open_database

            open_database(f"sqlite:///{upgraded}").close()
            source = upgraded
        conn.execute("ATTACH DATABASE ? AS b", (f"{source.resolve().as_uri()}?mode=ro",))
        _lock(conn, database, on_wait)
        try:
            with atomic_output(kept) as partial:  # everything committed before: nobody can commit now
                reader = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
                target = sqlite3.connect(partial)
                try:
                    reader.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
                    reader.close()
            if current is None:  # not a BoneTracker schema: the backup API replaces it whole
                raise _NotOurs
            _copy_tables(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except _NotOurs:
        conn.close()
        _copy_in(backup, database)
        return
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        if upgraded is not None:
            for leftover in (upgraded, *(upgraded.with_name(upgraded.name + x) for x in SIDE_FILES)):
                leftover.unlink(missing_ok=True)


class _NotOurs(Exception):
    """The current database has no BoneTracker schema to copy the backup's rows into."""


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


def reindex_keeping_copy(database: Path) -> tuple[IntegrityReport, Path]:
    """Rebuild every index of ``database`` from its tables after keeping the file as it is (the
    pages through the backup API, WAL included) beside it; returns the new full check and the copy."""
    kept = timestamped_sibling(database, "before-reindex")
    with atomic_output(kept) as partial:
        backup_sqlite(database, partial)
    return reindex(database), kept
