"""Bad files and hostile disks: a clear message and exit 2 (CLI) or a dialog (GUI), never a
traceback, and never a modified original.

Covered: a database cut in half, random bytes, a database from a future schema, a read-only
folder, a path under a regular file, and a full disk (a per-process file-size limit, and a tiny
tmpfs where the machine allows mounting one). The full-disk cases run the CLI in a subprocess
because the limit (RLIMIT_FSIZE) applies to a whole process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.domain.records import Patient, Sex
from bonetracker.services import activities, patients
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.interchange.importing import import_table
from bonetracker.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
SHM_BYTES = 32_768  # SQLite's shared-memory index beside a WAL database must fit under the limit
FSIZE_LIMIT = 40_000  # ...while a 3,000-row import (hundreds of kB of WAL) cannot


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def workouts_csv(rows: int, start: dt.date = dt.date(2010, 1, 1)) -> str:
    lines = ["date,activity,minutes,notes"]
    lines += [f"{start + dt.timedelta(days=i)},Walking,30,day {i} {'x' * 40}" for i in range(rows)]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database with a patient, the activity catalogue and 2,000 workouts (~0.5 MB)."""
    path = tmp_path_factory.mktemp("clinic") / "clinic.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        ann = patients.add_patient(db, Patient(None, "Ann Example", Sex.FEMALE, dt.date(1950, 1, 1)))
        activities.list_activities(db)  # seed the catalogue now, so a later write is the only write
        import_table(db, "workouts", read_table(workouts_csv(2000)), ann.id)
    finally:
        db.close()
    assert not path.with_name(path.name + "-wal").exists(), "closed cleanly, WAL checkpointed"
    return path


@pytest.fixture
def clinic(clinic_file: Path, tmp_path: Path) -> Path:
    """A private copy of the clinic database for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return Path(shutil.copy(clinic_file, folder / "clinic.sqlite3"))


def rows(path: Path) -> tuple[int, int]:
    """(patients, workouts), read without writing anything."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (conn.execute("SELECT count(*) FROM patients").fetchone()[0],
                conn.execute("SELECT count(*) FROM workouts").fetchone()[0])
    finally:
        conn.close()


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    _out, err = capsys.readouterr()
    return code, err


def assert_clear_refusal(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert err.startswith("bonetracker: error:"), err
    assert "Traceback" not in err
    assert len(err) < 600, "one or two readable lines"
    for word in words:
        assert word in err, err


# -- files that are not (or no longer) a usable database -------------------------------------
def truncated(clinic: Path) -> Path:
    data = clinic.read_bytes()
    clinic.write_bytes(data[: len(data) // 2])
    return clinic


def random_bytes(clinic: Path) -> Path:
    clinic.write_bytes(os.urandom(64 * 1024))
    return clinic


def future_schema(clinic: Path) -> Path:
    conn = sqlite3.connect(clinic)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return clinic


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "truncated": (truncated, "Restore a backup"),
    "random-bytes": (random_bytes, "not an SQLite file"),
    "future-schema": (future_schema, "newer BoneTracker"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("command", [["patients", "list"],
                                     ["patients", "add", "--name", "Bo", "--sex", "male",
                                      "--birth-date", "1950-01-01"]], ids=["read", "write"])
def test_cli_refuses_a_bad_file_and_leaves_it_alone(
    clinic: Path, capsys: pytest.CaptureFixture[str], kind: str, command: list[str]
) -> None:
    make, words = BAD_FILES[kind]
    path = make(clinic)
    before = digest(path)
    code, err = run_cli(capsys, *command, "--db", str(path))
    assert_clear_refusal(code, err, words, str(path))
    assert digest(path) == before
    assert beside(path) == set(), "no journal, backup or partial copy"


def beside(path: Path) -> set[str]:
    """Files next to ``path``: none, not even the empty ``-wal``/``-shm`` that checking a
    WAL-mode file read-only makes SQLite create (the refusal removes them)."""
    return {p.name for p in path.parent.iterdir()} - {path.name}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_gui_shows_a_dialog_and_exits_2(
    qapp: object, clinic: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from bonetracker.ui import app as app_module
    from bonetracker.ui.app import EXIT_DATABASE, run_gui

    make, words = BAD_FILES[kind]
    path = make(clinic)
    before = digest(path)
    shown: list[tuple[str, str]] = []
    # Styling the application would re-polish every widget earlier tests left (seconds in a
    # full run); the style sheet is not what this checks.
    monkeypatch.setattr(app_module, "load_stylesheet", lambda: "")
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, title, text, *a: shown.append((title, text)))
    assert run_gui(str(path)) == EXIT_DATABASE == 2
    [(title, text)] = shown
    assert "cannot open the database" in title and words in text
    assert digest(path) == before
    assert beside(path) == set()


# -- folders the app cannot write -------------------------------------------------------------
def test_a_path_under_a_regular_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The no-write case every user can hit, root or not: the "folder" is really a file."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    code, err = run_cli(capsys, "patients", "list", "--db", str(blocker / "sub" / "bt.sqlite3"))
    assert_clear_refusal(code, err, "is a file, not a folder")
    assert blocker.read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_export_into_a_path_under_a_regular_file_is_refused(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = clinic.parent / "report.pdf"
    blocker.write_text("x")
    code, err = run_cli(capsys, "export", "--all", "--out", str(blocker / "out"), "--db", str(clinic))
    assert_clear_refusal(code, err, "cannot write")


def _can_unshare() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Callable[[Path, list[str]], tuple[int, str]]]:
    """Run the CLI with ``folder`` read-only.

    Root ignores permission bits, so as root the folder is bind-mounted read-only in a private
    mount namespace (``unshare -m``), which even root cannot write through; as another user a
    plain chmod 0555 does the same job.
    """
    if not hasattr(os, "geteuid"):
        pytest.skip("read-only folders are emulated with POSIX permissions or mounts")

    def run(folder: Path, args: list[str]) -> tuple[int, str]:
        cli = [sys.executable, "-m", "bonetracker", *args]
        if os.geteuid() != 0:
            folder.chmod(0o555)
            try:
                done = subprocess.run(cli, capture_output=True, text=True, cwd=ROOT, timeout=60)
            finally:
                folder.chmod(0o755)
            return done.returncode, done.stderr
        if not _can_unshare():
            pytest.skip("running as root without mount namespaces: a read-only folder cannot "
                        "be made (root writes through permission bits)")
        script = ('mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && '
                  'touch "$1/.probe" 2>/dev/null && exit 97; shift; exec "$@"')
        done = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), *cli],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert done.returncode != 97, "the bind mount was not read-only"
        return done.returncode, done.stderr

    yield run


def test_read_only_folder_writes_are_refused(
        clinic: Path, read_only: Callable[[Path, list[str]], tuple[int, str]]) -> None:
    before = digest(clinic)
    code, err = read_only(clinic.parent, ["patients", "add", "--name", "Bo", "--sex", "male",
                                          "--birth-date", "1950-01-01", "--db", str(clinic)])
    note, _, rest = err.partition("\n")
    assert note.startswith(f"note: {clinic} is read-only: opened for reading only")
    assert_clear_refusal(code, rest, "read-only")
    assert digest(clinic) == before
    assert sorted(p.name for p in clinic.parent.iterdir()) == [clinic.name]


def test_read_only_folder_is_still_read(
        clinic: Path, read_only: Callable[[Path, list[str]], tuple[int, str]]) -> None:
    """Issue 16 (Low): a read-only database refused even ``list``; it is read, and said so."""
    before = digest(clinic)
    code, err = read_only(clinic.parent, ["patients", "list", "--db", str(clinic)])
    assert code == 0 and "is read-only: opened for reading only" in err and "Traceback" not in err
    assert digest(clinic) == before
    assert sorted(p.name for p in clinic.parent.iterdir()) == [clinic.name]


def test_new_database_in_a_read_only_folder(
    tmp_path: Path, read_only: Callable[[Path, list[str]], tuple[int, str]]
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    code, err = read_only(folder, ["patients", "list", "--db", str(folder / "new.sqlite3")])
    assert_clear_refusal(code, err, "Cannot create the database")
    assert list(folder.iterdir()) == []


# -- a full disk ---------------------------------------------------------------------------
posix_only = pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"),
                                reason="file-size limits (RLIMIT_FSIZE, SIGXFSZ) are POSIX only")


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child before exec
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so a big write fails with EFBIG, not a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def run_limited(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bonetracker", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, preexec_fn=_limit_file_size(limit))


@posix_only
def test_full_disk_during_an_import(clinic: Path, tmp_path: Path) -> None:
    """The import's one transaction fails at commit: exit 2, a clear line, the file unchanged."""
    csv_file = tmp_path / "more.csv"
    csv_file.write_text(workouts_csv(3000, dt.date(2000, 1, 1)))
    before, counts = digest(clinic), rows(clinic)
    done = run_limited(FSIZE_LIMIT, "import", "workouts", str(csv_file), "--patient", "Ann Example",
                       "--db", str(clinic))
    assert_clear_refusal(done.returncode, done.stderr, "could not write to the database",
                         "not saved")
    assert rows(clinic) == counts
    assert digest(clinic) == before, "the original file is byte-for-byte the same"


@posix_only
def test_full_disk_while_creating_a_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    done = run_limited(0, "patients", "list", "--db", str(path))
    assert_clear_refusal(done.returncode, done.stderr, "disk")
    assert list(tmp_path.iterdir()) == [], "no half-made database is left behind"


@posix_only
def test_full_disk_while_opening_an_existing_database(clinic: Path) -> None:
    before = digest(clinic)
    done = run_limited(SHM_BYTES // 2, "patients", "list", "--db", str(clinic))
    assert_clear_refusal(done.returncode, done.stderr, "disk", "left untouched")
    assert digest(clinic) == before


@posix_only
def test_full_disk_during_an_export(clinic: Path, tmp_path: Path) -> None:
    done = run_limited(FSIZE_LIMIT, "export", "--all", "--out", str(tmp_path / "out"), "--db", str(clinic))
    assert_clear_refusal(done.returncode, done.stderr, "cannot write", "too large")


def test_tiny_filesystem_fills_up_during_an_import(clinic: Path, tmp_path: Path) -> None:
    """A real ENOSPC ("database or disk is full") on a 640 kB tmpfs in a private mount namespace."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not _can_unshare():
        pytest.skip("mounting a tmpfs needs root and mount namespaces")
    csv_file = tmp_path / "more.csv"
    csv_file.write_text(workouts_csv(6000, dt.date(1990, 1, 1)))
    mount = tmp_path / "tiny"
    mount.mkdir()
    script = ('mount -t tmpfs -o size=640k tmpfs "$1" && cp "$2" "$1/db.sqlite3" && '
              'sha256sum "$1/db.sqlite3" && "$3" -m bonetracker import workouts "$4" '
              '--patient "Ann Example" --db "$1/db.sqlite3"; echo "rc=$?"; sha256sum "$1/db.sqlite3"')
    done = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(mount), str(clinic),
                           sys.executable, str(csv_file)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    lines = done.stdout.split()
    assert "rc=2" in lines, done.stdout + done.stderr
    assert_clear_refusal(2, done.stderr, "disk is full", "not saved")
    sums = [word for word in lines if len(word) == 64]
    assert len(sums) == 2 and sums[0] == sums[1] == digest(clinic), "the original is unchanged"
