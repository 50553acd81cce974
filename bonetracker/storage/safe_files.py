"""Writing output files (backups, exports, reports, charts) without following planted links,
without half-written files under the real name, and readable by their owner only.

Every output is first written to a fresh temporary file in the target's folder, created with
``O_CREAT | O_EXCL | O_NOFOLLOW`` under an unpredictable name (so a symlink placed at
``F.partial`` or at ``F`` is never written through), made 0600, and renamed over the target only
when complete: ``os.replace`` swaps the directory entry, so a symlink at the target is replaced
itself, never its target. A failure (a full disk, a killed process) leaves the old file, or
nothing, under the target's name, and the error names the file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from bonetracker.domain.i18n import translate

OWNER_ONLY = 0o600
FOLDER_MODE = 0o700


class OutputError(OSError):
    """An output file could not be written; the message names the file and why."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def make_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) for health-record files: 0700 when it is new."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    except OSError as exc:
        raise OutputError(exc.errno, f"cannot write into {folder}: {_reason(exc)}") from exc
    return folder


def _fresh_temp(target: Path) -> Path:
    """An empty new file beside ``target`` that nobody else can have prepared."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(20):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
        try:
            os.close(os.open(temp, flags, OWNER_ONLY))
            return temp
        except FileExistsError:
            continue
    raise OutputError(translate(
        "storage",
        "cannot write {target}: no temporary file could be created beside it",
    ).format(target=target))


@contextlib.contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a fresh temporary path to write ``target``'s content to (by any library that
    writes to a path); on success it becomes ``target`` (0600), on any error it is removed and
    ``target`` is left as it was. OS errors are re-raised as :class:`OutputError` naming
    ``target``."""
    target = Path(target)
    try:
        temp = _fresh_temp(target)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(exc.errno, f"cannot write {target}: {_reason(exc)}") from exc
    try:
        yield temp
        if temp.is_symlink() or not temp.is_file():
            raise OutputError(translate(
                "storage",
                "cannot write {target}: its temporary file was replaced",
            ).format(target=target))
        os.chmod(temp, OWNER_ONLY)
        os.replace(temp, target)
    except OutputError:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(exc.errno, f"cannot write {target}: {_reason(exc)}") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` safely (see the module docstring)."""
    target = Path(target)
    with atomic_output(target) as temp:
        fd = os.open(temp, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return target


def write_text(target: Path | str, text: str) -> Path:
    """Write ``text`` as UTF-8 (newlines as given) to ``target`` safely."""
    return write_bytes(target, text.encode("utf-8"))


def unwritable_reason(target: Path | str) -> str | None:
    """Why ``target`` cannot be written, or None: tried by creating (and removing) the kind of
    temporary file an output starts as, so nothing is created or followed at ``target``."""
    target = Path(target)
    if target.is_dir():
        return "it is a folder"
    try:
        temp = _fresh_temp(target)
    except OSError as exc:
        return _reason(exc)
    temp.unlink(missing_ok=True)
    return None
