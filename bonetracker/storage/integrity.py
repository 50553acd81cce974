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

import sqlite3
import threading
from concurrent.futures import Future
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
