"""The whole-file check that refuses a damaged database before anything writes to it, and a way
to start that check early.

``PRAGMA quick_check`` reads every page: ~75 ms for a 25 MB clinic file, on every start. The
window knows which file it will open before it imports and builds its widgets, so it calls
:func:`start_check` first and the check runs in a background thread meanwhile (``sqlite3``
releases the GIL while SQLite reads, so on two cores it costs the start nothing).
:func:`quick_check` then takes that result, but only if the file still has the same size,
modification time and inode as when the check started; otherwise it checks again, on the
caller's read-only connection, as it always did.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

_Signature = tuple[int, int, int]
_started: dict[Path, tuple[_Signature, Future[str]]] = {}
_lock = threading.Lock()


def _signature(path: Path) -> _Signature | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


def _run(path: Path, timeout_s: float) -> str:
    # immutable: no locks and no -wal/-shm created beside the file (a refused file must be
    # left as found). Safe only for a file without a WAL, and a write meanwhile changes the
    # signature, which sends quick_check back to checking on its own connection.
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, timeout=timeout_s,
                           check_same_thread=False)
    try:
        return _first_line(conn)
    finally:
        conn.close()


def _first_line(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA quick_check").fetchone()
    return str(row[0]) if row else "no answer"


def start_check(path: Path, timeout_s: float = 30.0) -> None:
    """Begin checking ``path`` in a background thread. Nothing happens if it is not a file, or
    if it has a ``-wal`` beside it (in use elsewhere, or not cleanly closed: its pages may be in
    the WAL, which only a normal connection reads)."""
    path = path.absolute()
    signature = _signature(path)
    if signature is None or not path.is_file() or path.with_name(path.name + "-wal").exists():
        return
    with _lock:
        pending = _started.get(path)
        if pending is not None and pending[0] == signature:
            return  # already being checked (the entry point starts it, the window asks again)
    future: Future[str] = Future()

    def work() -> None:
        try:
            future.set_result(_run(path, timeout_s))
        except BaseException as exc:  # handed to quick_check, which checks again itself
            future.set_exception(exc)

    with _lock:
        _started[path] = (signature, future)
    threading.Thread(target=work, name="bonetracker-quick-check", daemon=True).start()


def quick_check(path: Path, conn: sqlite3.Connection) -> str:
    """``PRAGMA quick_check``'s first line for ``path`` ("ok" when sound), from a check started
    earlier on the unchanged file, else run now on ``conn`` (a read-only connection to it)."""
    with _lock:
        started = _started.pop(path.absolute(), None)
    if started is not None:
        signature, future = started
        try:
            result = future.result()
        except Exception:  # e.g. the file was locked: check here, where errors are explained
            result = None
        if result is not None and _signature(path.absolute()) == signature:
            return result
    return _first_line(conn)


# -- the full check (on backup, ``bonetracker check`` and Help > Check database) -----------------

INDEX_WORDS = ("index ",)
"""Problem lines that mention an index only ("row 5 missing from index ix_meals_date", "wrong #
of entries in index ix_...", "non-unique entry in index ..."): the tables are intact and
``REINDEX`` rebuilds the indexes from them."""
_INDEX_NAME = re.compile(r"index (\S+)")


@dataclass(frozen=True)
class IntegrityReport:
    """``PRAGMA integrity_check``'s findings (empty: sound); ``quick_check`` reads the pages but
    does not compare indexes with their tables, which is what this adds."""

    path: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def index_only(self) -> bool:
        """Only indexes disagree with their tables: the data is intact, REINDEX repairs it."""
        return bool(self.problems) and all(any(w in p for w in INDEX_WORDS) for p in self.problems)

    @property
    def indexes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.group(1) for p in self.problems for m in _INDEX_NAME.finditer(p)))

    def lines(self, limit: int = 20) -> list[str]:
        """The problems, at most ``limit`` of them and then how many more."""
        shown = list(self.problems[:limit])
        if len(self.problems) > limit:
            shown.append(f"... and {len(self.problems) - limit} more")
        return shown

    def advice(self) -> str:
        if self.ok:
            return f"The database {self.path} is sound (full integrity check)."
        if self.index_only:
            return (f"The database {self.path} has damaged indexes ({', '.join(self.indexes)}); the data "
                    "itself is intact. Rebuild the indexes ('bonetracker check --reindex', or Help > "
                    "Check database in the window), or restore a backup ('bonetracker restore FILE').")
        return (f"The database {self.path} is damaged beyond its indexes. Restore a backup "
                "('bonetracker restore FILE'); the damaged file is kept aside when you do.")


def full_check(path: Path, limit: int = 200, timeout_s: float = 30.0) -> IntegrityReport:
    """The full ``PRAGMA integrity_check`` of the SQLite file at ``path`` (read-only)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    try:
        rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except sqlite3.DatabaseError as exc:
        return IntegrityReport(path, (str(exc),))
    finally:
        conn.close()
    problems = tuple(str(line) for row in rows for line in str(row[0]).splitlines() if line)
    return IntegrityReport(path, () if problems == ("ok",) else problems)


def reindex(path: Path, timeout_s: float = 30.0) -> IntegrityReport:
    """Rebuild every index from its table, then check the whole file again."""
    conn = sqlite3.connect(path, timeout=timeout_s)
    try:
        conn.execute("REINDEX")
        conn.commit()
    finally:
        conn.close()
    return full_check(path)
