"""A marker beside a SQLite file while a BoneTracker window has it open.

SQLite lets any process replace the file, so ``restore`` could swap the database under a
running window, which would then keep showing (and writing) the data it had. The window leaves
``<file>.open`` holding its process id while it runs; ``restore`` refuses while that process
is alive, naming it. A marker left by a crash (its process gone) is ignored and replaced.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

SUFFIX = ".open"


def marker_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def holder(database: Path) -> int | None:
    """The process id of a live BoneTracker window that has ``database`` open, or None."""
    try:
        pid = int(marker_for(database).read_text(encoding="ascii").strip() or "0")
    except (OSError, ValueError):
        return None
    return pid if pid != os.getpid() and _alive(pid) else None


@contextlib.contextmanager
def held_open(database: Path | None) -> Iterator[None]:
    """Mark ``database`` as open by this process for the duration (nothing for a server URL)."""
    if database is None:
        yield
        return
    marker = marker_for(database)
    try:
        marker.write_text(str(os.getpid()), encoding="ascii")
    except OSError:  # a read-only folder: the window still works, restore just cannot tell
        marker = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if marker is not None:
            with contextlib.suppress(OSError):
                if marker.read_text(encoding="ascii").strip() == str(os.getpid()):
                    marker.unlink()
