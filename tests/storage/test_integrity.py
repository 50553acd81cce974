"""The integrity check started early (while the window's modules import) is used only for the
file as it was checked; anything else is checked again on the spot."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bonetracker.storage import integrity
from bonetracker.storage.database import DatabaseOpenError, open_database


class NoQueries:
    """A stand-in connection: using it means the early result was not taken."""

    def execute(self, *_args: object) -> object:
        raise AssertionError("checked again although the early check applied")


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    path = tmp_path / "sound.sqlite3"
    open_database(f"sqlite:///{path}").close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def test_the_early_result_is_used_for_the_unchanged_file(sound: Path) -> None:
    integrity.start_check(sound)
    assert integrity.quick_check(sound, NoQueries()) == "ok"  # type: ignore[arg-type]
    assert sorted(p.name for p in sound.parent.iterdir()) == ["sound.sqlite3"], "no -wal/-shm"


def test_a_file_changed_after_the_early_check_is_checked_again(sound: Path) -> None:
    integrity.start_check(sound)
    conn = sqlite3.connect(sound)
    with conn:
        conn.execute("CREATE TABLE later (x INTEGER)")  # size and mtime change
    conn.execute("PRAGMA journal_mode = DELETE")
    seen: list[str] = []

    class Spy:
        def execute(self, sql: str) -> sqlite3.Cursor:
            seen.append(sql)
            return conn.execute(sql)

    assert integrity.quick_check(sound, Spy()) == "ok"  # type: ignore[arg-type]
    assert seen == ["PRAGMA quick_check"]
    conn.close()


def test_no_early_check_beside_a_wal(sound: Path) -> None:
    """A -wal beside the file may hold pages only a normal connection reads."""
    wal = sound.with_name(sound.name + "-wal")
    wal.write_bytes(b"")
    integrity.start_check(sound)
    conn = sqlite3.connect(f"{sound.as_uri()}?mode=ro", uri=True)
    assert integrity.quick_check(sound, conn) == "ok"
    conn.close()
    assert sound.absolute() not in integrity._started


def test_a_damaged_file_checked_early_is_still_refused_and_left_alone(sound: Path) -> None:
    data = sound.read_bytes()
    sound.write_bytes(data[: len(data) // 2])
    before = sound.read_bytes()
    integrity.start_check(sound)
    with pytest.raises(DatabaseOpenError, match="Restore a backup"):
        open_database(f"sqlite:///{sound}")
    assert sound.read_bytes() == before
    assert sorted(p.name for p in sound.parent.iterdir()) == ["sound.sqlite3"]


def test_nothing_starts_for_a_missing_file(tmp_path: Path) -> None:
    integrity.start_check(tmp_path / "none.sqlite3")
    assert (tmp_path / "none.sqlite3").absolute() not in integrity._started
