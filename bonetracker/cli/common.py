"""What every sub-command shares: opening the database, printing, and turning errors into exit 2."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError as SQLAlchemyOperationalError

from bonetracker.domain.errors import (
    AmbiguousError,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from bonetracker.domain.formatting import number
from bonetracker.domain.records import Patient, PatientId
from bonetracker.services import clinic
from bonetracker.services.patients import resolve_patient
from bonetracker.services.settings import AdminOnlyError
from bonetracker.storage.database import (
    Database,
    DatabaseOpenError,
    display_url,
    explain_storage_error,
    is_read_only,
    open_database,
    resolve_url,
    sqlite_path,
)
from bonetracker.storage.locations import DatabaseChoiceError
from bonetracker.storage.safe_files import OutputError

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
MAX_ERRORS_SHOWN = 20  # a 100,000-column header must not print 100,000 lines

Handler = Callable[[argparse.Namespace], int]


def open_db(args: argparse.Namespace) -> Database:
    """Open the database; in clinic mode, sign in first (see :func:`sign_in_from_environment`).

    A database file that cannot be written is opened for reading only, and said so: listing,
    exporting, plans and reports work, and a change is refused with a clear message."""
    url = resolve_url(getattr(args, "db", None))
    path = sqlite_path(url)
    read_only = path is not None and is_read_only(path)
    if read_only:
        print(f"note: {path} is read-only: opened for reading only; changes will be refused.",
              file=sys.stderr)
    db = open_database(url, read_only=read_only)
    try:
        sign_in_from_environment(db)
    except BaseException:
        db.close()
        raise
    return db


def sign_in_from_environment(db: Database) -> None:
    """In clinic mode, sign in as ``BONETRACKER_USER`` with ``BONETRACKER_PASSWORD`` (or the
    password typed at a prompt when run in a terminal); outside clinic mode do nothing."""
    if not clinic.clinic_enabled(db):
        return
    user = os.environ.get("BONETRACKER_USER", "").strip()
    password = os.environ.get("BONETRACKER_PASSWORD")
    if user and password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {user}: ")
    if not user or password is None:
        raise clinic.SignInError(
            "clinic mode is on: sign in by setting BONETRACKER_USER (and BONETRACKER_PASSWORD, or "
            "type the password when asked)"
        )
    clinic.sign_in(db, user, password)


@contextlib.contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    """The database of ``--db`` (signed in, in clinic mode), closed when the block ends."""
    db = open_db(args)
    try:
        yield db
    finally:
        db.close()


@contextlib.contextmanager
def patient_db(args: argparse.Namespace) -> Iterator[tuple[Database, Patient, PatientId]]:
    """Open the database and find ``--patient`` (name or id); closes the database afterwards.

    Yields the database, the patient and their id, so commands need no None checks.
    """
    with database(args) as db:
        patient = resolve_patient(db, args.patient)
        if patient.id is None:  # pragma: no cover - stored patients always have ids
            raise NotFoundError(f"Patient {patient.name!r} has no id.")
        yield db, patient, patient.id


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def error(message: str) -> int:
    print(f"bonetracker: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a sub-command; every expected failure becomes a clear message and exit code 2."""
    try:
        return handler(args)
    except ValidationError as exc:
        print("bonetracker: error: invalid input (nothing was changed):", file=sys.stderr)
        for err in exc.errors[:MAX_ERRORS_SHOWN]:
            print(f"  {err.field}: {err.message}", file=sys.stderr)
        if len(exc.errors) > MAX_ERRORS_SHOWN:
            print(f"  ... and {len(exc.errors) - MAX_ERRORS_SHOWN} more problems", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        out = getattr(args, "out", None)
        partial = f"; files written so far in {out} are incomplete" if out else ""
        print(f"bonetracker: interrupted (Ctrl-C); a change in progress was not saved{partial}",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except (
        NotFoundError,
        AmbiguousError,
        StaleRecordError,
        DatabaseOpenError,
        clinic.SignInError,
        clinic.NotAllowedError,
        AdminOnlyError,
        DatabaseChoiceError,
    ) as exc:
        return error(str(exc.args[0] if exc.args else exc))
    except BrokenPipeError:  # e.g. `bonetracker ... | head`: the reader left, not an error
        sys.stderr.close()
        return EXIT_OK
    except OutputError as exc:  # an export, report, chart or backup file: the message names it
        return error(f"{exc.strerror or exc}.".replace("..", "."))
    except (SQLAlchemyOperationalError, sqlite3.OperationalError) as exc:
        # A full disk or a read-only file mid-write: the unit of work rolled back.
        if "database is locked" in str(getattr(exc, "orig", None) or exc).lower():
            where = resolve_url(getattr(args, "db", None))
            return error(
                f"the database {display_url(where)} is busy: another program kept it locked "
                "past the wait. Nothing was changed; try again in a moment (close other "
                "programs writing to it).")
        reason = explain_storage_error(exc)
        if reason is None:  # e.g. the PostgreSQL server went away mid-import: say so, no SQL
            where = display_url(resolve_url(getattr(args, "db", None)))
            cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
            return error(f"the database {where} stopped answering ({cause}). The change in progress "
                         "was not saved (a file import is all or nothing); try again when it is back.")
        if "read-only" in reason:
            return error(f"could not write to the database: {reason}. The change was not saved.")
        return error(
            f"could not write to the database: {reason}. The change was not saved; "
            "free some space (or choose another --db) and try again."
        )
    except (SQLAlchemyDatabaseError, sqlite3.DatabaseError) as exc:
        # The file is damaged (e.g. an index that passed the start-up check): name it, say what to do.
        where = display_url(resolve_url(getattr(args, "db", None)))
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return error(f"the database {where} is damaged ({reason}). Nothing was changed. Check it with "
                     "'bonetracker check' (damaged indexes can be rebuilt with --reindex) or restore a "
                     "backup with 'bonetracker restore FILE'.")
    except ValueError as exc:
        # A stored value SQLite kept but no reader accepts (an impossible date such as 2024-02-30).
        if "parse" not in str(exc).lower() and "day is out of range" not in str(exc).lower():
            raise
        where = display_url(resolve_url(getattr(args, "db", None)))
        return error(f"the database {where} holds a value that cannot be read ({exc}). Nothing was "
                     "changed. Restore a backup, or correct the entry with an SQLite tool.")
    except OSError as exc:  # writing an export, report or chart file
        where = f" {exc.filename}" if exc.filename else ""
        return error(f"cannot write{where}: {exc.strerror or exc}.")


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    common: argparse.ArgumentParser,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text)
    parser.set_defaults(handler=handler)
    return parser


def fmt(value: float | None, digits: int = 3) -> str:
    return number(value, digits, missing="")
