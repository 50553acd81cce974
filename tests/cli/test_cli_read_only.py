"""Issue 16 (Low): a read-only database refused even ``list`` and ``export``. It is now opened for
reading only, said so, and a change is refused with a clear message, the file untouched.

The tests run as whatever user CI uses (often root, which file modes do not stop), so "this
file cannot be written" is answered by a stand-in for ``os.access``; SQLite's own read-only mode
then refuses writes for every user."""

from __future__ import annotations

from pathlib import Path

import pytest

from bonetracker.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert main(["patients", "add", "--name", "Rhea Readonly", "--sex", "female",
                 "--birth-date", "1950-03-02", "--db", str(path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("bonetracker.cli.common.is_read_only", lambda p: p == path)
    return path


def test_lists_exports_and_plans_work_read_only(db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = db.read_bytes()
    assert main(["patients", "list", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "Rhea Readonly" in out and f"note: {db} is read-only: opened for reading only" in err
    assert main(["export", "--all", "--out", str(tmp_path / "out"), "--db", str(db)]) == 0
    assert main(["plan", "--patient", "1", "--json", "--db", str(db)]) == 0
    assert db.read_bytes() == before


def test_a_change_is_refused_clearly(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = db.read_bytes()
    code = main(["fractures", "add", "--patient", "1", "--date", "2020-01-01", "--site", "wrist",
                 "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and "read-only" in err and "Traceback" not in err
    assert db.read_bytes() == before
