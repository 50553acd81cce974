"""``bonetracker backup --out FILE`` and ``bonetracker restore FILE``."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, error, open_db
from bonetracker.storage.backup import make_backup, restore_backup, verify_backup
from bonetracker.storage.database import SQLITE_HEADER, DatabaseOpenError, resolve_url, sqlite_path
from bonetracker.storage.open_marker import holder


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    backup = add_command(subparsers, "backup", common, _backup,
                         "write a verified copy of the database (safe while the app is open)")
    backup.add_argument("--out", required=True, metavar="FILE", help="where to write the copy")
    restore = add_command(subparsers, "restore", common, _restore,
                          "replace the database with a backup (the current one is kept beside it)")
    restore.add_argument("file", metavar="FILE", help="a backup made by 'bonetracker backup'")


def _sqlite_file(args: argparse.Namespace) -> Path | None:
    return sqlite_path(resolve_url(getattr(args, "db", None)))


def _backup(args: argparse.Namespace) -> int:
    path = _sqlite_file(args)
    if path is None:
        return error("backup copies SQLite files; for PostgreSQL use pg_dump (see docs/clinic-setup.md).")
    open_db(args).close()  # refuses a bad database before anything is written, migrates an old one
    check = make_backup(path, Path(args.out).expanduser())
    print(f"Backed up {check.patients} patients to {check.path} (verified).")
    return 0


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER))


def _restore(args: argparse.Namespace) -> int:
    path = _sqlite_file(args)
    if path is None:
        return error("restore replaces SQLite files; for PostgreSQL use pg_restore.")
    source = Path(args.file).expanduser()
    window = holder(path)
    if window is not None:  # the window would go on showing (and writing) the replaced data
        return error(f"BoneTracker has {path} open in another window (process {window}): close that "
                     "window first, then restore.")
    check = verify_backup(source)  # before touching anything
    if path.exists() and path.stat().st_size > 0 and _header(path) == SQLITE_HEADER:
        # A damaged current database is exactly what a restore is for: go on regardless (one
        # that is not SQLite at all is not even opened, so it is kept aside exactly as found).
        with contextlib.suppress(DatabaseOpenError, sqlite3.DatabaseError):
            open_db(args).close()
    told: list[bool] = []

    def waiting(_seconds: float) -> None:
        if not told:  # once: the restore goes on as soon as the other program has finished
            told.append(True)
            print(f"Waiting: another program is writing to {path}; the restore starts when it has "
                  "finished (up to a minute)...", file=sys.stderr, flush=True)

    kept = restore_backup(source, path, on_wait=waiting)
    open_db(args).close()  # upgrade an older backup's schema now, with its own backup first
    print(f"Restored {check.patients} patients from {source}. The previous database was kept as {kept}.")
    return 0
