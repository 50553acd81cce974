"""Finding, checking, backing up, migrating and opening the database.

Every check that could refuse a file runs on a read-only connection first, so a file that is
refused (not SQLite, corrupt, from a newer BoneTracker) is never modified.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import OperationalError as SQLAlchemyOperationalError
from sqlalchemy.orm import Session as Session  # re-exported: services annotate a unit of work
from sqlalchemy.orm import sessionmaker

from bonetracker.domain.i18n import translate
from bonetracker.storage import audit
from bonetracker.storage.audit import Actor, local_actor
from bonetracker.storage.integrity import quick_check
from bonetracker.storage.locations import APP_NAME as APP_NAME
from bonetracker.storage.locations import ENV_URL as ENV_URL
from bonetracker.storage.locations import default_data_dir as default_data_dir
from bonetracker.storage.locations import default_database_path as default_database_path
from bonetracker.storage.locations import resolve_url as resolve_url
from bonetracker.storage.migrate import (
    current_revision_of,
    head_revision,
    is_known_revision,
    upgrade_engine,
)

SQLITE_HEADER = b"SQLite format 3\x00"
_PASSWORD_IN_URL = re.compile(r"(://[^:/@]*:)[^@]*@")  # user:password@ in a URL SQLAlchemy refuses
BUSY_TIMEOUT_MS = 30_000


class DatabaseOpenError(RuntimeError):
    """The database cannot be used; the message tells the user why and what to do."""


def explain_storage_error(exc: BaseException) -> str | None:
    """Plain words for SQLite's storage failures (full disk, size limit, read-only), else None.

    SQLite reports a full disk as "database or disk is full", a write refused by a file-size
    limit (EFBIG) as "disk I/O error", and a read-only folder as "unable to open database file"
    (it cannot create the journal beside the database); none of those tells a user what to do.
    """
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text:
        return translate("storage", "the disk is full")
    if "disk i/o error" in text:
        return (translate(
            "storage",
            "the disk refused the write (a disk I/O error: it may be full, over a file-size limit, or "
            "failing)",
        ))
    if "readonly" in text or "read-only" in text:
        return translate("storage", "the database file or its folder is read-only")
    if "unable to open database file" in text:
        return translate("storage", "the file cannot be opened for writing (is its folder read-only?)")
    return None


def failed_write_message(exc: BaseException) -> str | None:
    """A sentence for a user whose change failed in storage (a full disk, a read-only file, a
    server gone away), or None when ``exc`` is not a storage failure."""
    if not isinstance(exc, OSError | sqlite3.OperationalError | SQLAlchemyOperationalError):
        return None
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    if "full" in lowered or "no space" in lowered or "too large" in lowered:
        return translate(
            "storage",
            "The disk is full, so this change was not saved. Free some space and try again.",
        )
    if "read-only" in lowered or "readonly" in lowered or "permission" in lowered:
        return translate("storage", "The database cannot be written (read-only or no permission): not saved.")
    return translate(
        "storage",
        "The database could not be reached, so this change was not saved ({text}).",
    ).format(text=text)


def display_url(url: str) -> str:
    """How to show a database to a person: a SQLite URL as its file path, any other URL with
    the password replaced by ***."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return _PASSWORD_IN_URL.sub(r"\1***@", url)
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    if parsed.password is None:
        return url
    return parsed.render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and non-SQLite URLs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


@dataclass
class Database:
    """An open, migrated database: the engine plus session factories for reads and writes."""

    url: str
    engine: Engine
    _sessions: sessionmaker[Session]
    _write_sessions: sessionmaker[Session]
    actor: Actor = field(default_factory=local_actor)
    """Who writes: the signed-in user in clinic mode, else the operating-system user."""
    read_only: bool = False  # opened with SQLite's mode=ro: every write is refused

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any exception.

        On SQLite it starts with BEGIN IMMEDIATE, so two processes writing at once queue on the
        busy timeout instead of failing a lock upgrade with "database is locked".
        """
        with self._write_sessions.begin() as session:
            session.info["actor"] = self.actor
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _prepare_sqlite_file(path: Path) -> bool:
    """Create the folder (0700) and an empty file (0600) if missing; True when it existed."""
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(translate(
                "storage",
                "{path} is a folder, not a database file.",
            ).format(path=path))
        if not os.access(path, os.R_OK):
            raise DatabaseOpenError(translate(
                "storage",
                "Cannot read {path}: permission denied.",
            ).format(path=path))
        if path.stat().st_size > 0:
            return True
        with contextlib.suppress(OSError):  # an empty file about to hold health records: 0600
            os.chmod(path, 0o600)
        return False
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise DatabaseOpenError(
            translate(
                "storage",
                "Cannot create the database {path}: {blocker} is a file, not a folder.",
            ).format(path=path, blocker=blocker))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DatabaseOpenError(translate(
            "storage",
            "Cannot create the database {path}: {strerror}.",
        ).format(path=path, strerror=exc.strerror)) from exc
    return False


def _remove_new_database(path: Path) -> None:
    """Remove a database this call created but could not set up (e.g. on a full disk), so a
    failed first start leaves no half-made file behind."""
    for leftover in (path, *_sidecar_paths(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _sidecar_paths(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _sidecars_present(path: Path) -> set[Path]:
    return {p for p in _sidecar_paths(path) if p.exists()}


def _remove_empty_sidecars(path: Path, keep: set[Path]) -> None:
    """After refusing a file, remove the empty ``-wal`` and ``-shm`` that checking a WAL-mode
    file read-only made SQLite create, so a refusal leaves the folder as it found it.

    Only files that were not there before (``keep``), and only while the WAL is empty: a WAL
    with content, or sidecars another program made, are never touched.
    """
    wal, shm = _sidecar_paths(path)
    if wal in keep or shm in keep:
        return
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size > 0:
            return
        for leftover in (wal, shm):
            leftover.unlink(missing_ok=True)


def _probe_sqlite_file(path: Path, flags: str = "mode=ro") -> str | None:
    """Check an existing file read-only; returns its schema revision (None: no schema yet).
    ``flags``: the URI flags to read it with (``mode=ro&immutable=1`` on a read-only mount)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(translate(
            "storage",
            "Cannot read {path}: {strerror}.",
        ).format(path=path, strerror=exc.strerror)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            translate(
                "storage",
                "{path} is not a BoneTracker database (it is not an SQLite file). Choose another file with "
                "--db; this one was left untouched.",
            ).format(path=path)
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            check = quick_check(path, conn)
            if check != "ok":
                raise DatabaseOpenError(
                    translate(
                        "storage",
                        "{path} is damaged ({check}). Restore a backup with 'bonetracker restore FILE'; the "
                        "damaged file was left untouched.",
                    ).format(path=path, check=check)
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseOpenError(
                    translate(
                        "storage",
                        "{path} is an SQLite database but not a BoneTracker one; it was left untouched.",
                    ).format(path=path)
                )
            return schema_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        reason = explain_storage_error(exc)
        if reason is not None:
            raise DatabaseOpenError(
                translate(
                    "storage",
                    "{path} cannot be opened: {reason}. Move it to a writable folder with free space, or "
                    "choose another file with --db. It was left untouched.",
                ).format(path=path, reason=reason)
            ) from exc
        if "malformed" in str(exc):  # e.g. a copy cut short: pages the schema points to are gone
            raise DatabaseOpenError(
                translate(
                    "storage",
                    "{path} is damaged ({exc}). Restore a backup with 'bonetracker restore FILE'; the "
                    "damaged file was left untouched.",
                ).format(path=path, exc=exc)
            ) from exc
        raise DatabaseOpenError(
            translate(
                "storage",
                "{path} cannot be opened as a database ({exc}). It was left untouched.",
            ).format(path=path, exc=exc)
        ) from exc


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API into a 0600 file."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        dst.close()
        src.close()
    return target


def timestamped_sibling(path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    return candidate


def _open_read_only(url: str, path: Path) -> Database:
    if not path.is_file():
        raise DatabaseOpenError(translate(
            "storage",
            "There is no database file at {path}.",
        ).format(path=path))
    # A WAL database needs its -shm file to be read; in a folder that cannot be written (a
    # read-only mount) SQLite cannot make one, and nobody can write the file either: it is then
    # read as immutable (no locks, no side files).
    immutable = not os.access(path.parent, os.W_OK) or not opens_read_only(path)
    flags = f"mode=ro{'&immutable=1' if immutable else ''}"
    revision = _probe_sqlite_file(path, flags)
    if revision is None or revision != head_revision():
        raise DatabaseOpenError(
            translate(
                "storage",
                "{path} is read-only and is not at this version's schema: it must be upgraded, which writes "
                "to it. Make it writable once (or copy it somewhere writable) and open it again.",
            ).format(path=path))
    ro_url = f"sqlite:///file:{path.absolute()}?{flags}&uri=true"
    engine = create_engine(ro_url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
    event.listen(engine, "connect", _on_sqlite_read_only_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return Database(url=url, engine=engine, _sessions=sessionmaker(engine, expire_on_commit=False),
                    _write_sessions=sessionmaker(engine.execution_options(sqlite_immediate=True),
                                                 expire_on_commit=False), read_only=True)


def schema_revision(conn: sqlite3.Connection, schema: str = "main") -> str | None:
    """The Alembic revision of ``schema`` on ``conn`` (None: no revision table or row)."""
    try:
        row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def opens_read_only(path: Path) -> bool:
    """Whether SQLite can read ``path`` through a plain read-only connection (a WAL file in a
    folder that cannot be written cannot: its -shm cannot be made)."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return True


def _on_sqlite_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")  # a write is refused before it is tried
    cursor.close()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook own transactions (pysqlite's own BEGIN handling is broken
    # for DDL and lock upgrades), then switch on what every connection needs.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine_for(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseOpenError(translate("storage", "Not a database URL: {url!r}.").format(url=url)) from exc
    if parsed.get_backend_name() == "sqlite":
        # hide_parameters: an error's text never carries the values bound (notes, names): errors
        # reach stderr, logs and dialogs, and patient data must not.
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except Exception as exc:
        raise DatabaseOpenError(translate(
            "storage",
            "Cannot use {database}: {exc}.",
        ).format(database=parsed.render_as_string(), exc=exc)) from exc


def is_read_only(path: Path) -> bool:
    """Whether an existing SQLite file cannot be written (its mode, or a read-only mount)."""
    return path.is_file() and not os.access(path, os.W_OK)


def open_database(url: str | None = None, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database; raise DatabaseOpenError to refuse it.

    With ``read_only`` an existing SQLite file is opened for reading only (SQLite's ``mode=ro``):
    lists, exports, plans and reports work, and every write is refused as read-only. Such a file
    must already be at this version's schema (an upgrade writes)."""
    url = url or resolve_url()
    path = sqlite_path(url)
    if read_only and path is not None:
        return _open_read_only(url, path)
    existing_revision: str | None = None
    created = path is not None and not path.exists()
    if path is not None:
        existed = _prepare_sqlite_file(path)
        sidecars = _sidecars_present(path)
        try:
            if existed:
                existing_revision = _probe_sqlite_file(path)
                if existing_revision is not None and not is_known_revision(existing_revision):
                    raise DatabaseOpenError(
                        translate(
                            "storage",
                            "{path} was written by a newer BoneTracker (schema {revision}). Update "
                            "BoneTracker to open it; the file was left untouched.",
                        ).format(path=path, revision=existing_revision)
                    )
                if existing_revision is not None and existing_revision != head_revision():
                    backup_sqlite(path, timestamped_sibling(path, "pre-migration"))
            if not os.access(path, os.W_OK):
                raise DatabaseOpenError(translate(
                    "storage",
                    "Cannot write to {path}: the file is read-only.",
                ).format(path=path))
        except DatabaseOpenError:
            _remove_empty_sidecars(path, keep=sidecars)
            raise
    engine = create_engine_for(url)
    try:
        with engine.connect() as conn:
            revision = current_revision_of(conn)
        if revision is not None and not is_known_revision(revision):
            raise DatabaseOpenError(
                translate(
                    "storage",
                    "The database was written by a newer BoneTracker (schema {revision}). Update "
                    "BoneTracker to open it.",
                ).format(revision=revision)
            )
        if revision is None and migrate:
            with engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
            if "patients" in tables:  # ours, but which revision is unknown: migrating would fail
                raise DatabaseOpenError(
                    translate(
                        "storage",
                        "{database} holds BoneTracker's tables but no schema revision (its alembic_version "
                        "table is empty or missing), so it cannot be upgraded safely. Restore a backup "
                        "('bonetracker restore FILE'); the file was left untouched.",
                    ).format(database=path or display_url(url)))
        if migrate and revision != head_revision():
            upgrade_engine(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if created and path is not None:
            _remove_new_database(path)
        reason = explain_storage_error(exc)
        if reason is not None:
            raise DatabaseOpenError(translate(
                "storage",
                "Cannot open the database {database}: {reason}.",
            ).format(database=path or url, reason=reason)) from exc
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]  # never the SQL text
        raise DatabaseOpenError(translate(
            "storage",
            "Cannot open the database {database}: {first}",
        ).format(database=path or display_url(url), first=first)) from exc
    immediate = engine.execution_options(sqlite_immediate=True)
    writes = sessionmaker(immediate, expire_on_commit=False)
    audit.install(writes)
    return Database(
        url=url,
        engine=engine,
        _sessions=sessionmaker(engine, expire_on_commit=False),
        _write_sessions=writes,
    )
