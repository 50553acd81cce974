"""Issue 16 item 2: a restore lost rows another process committed meanwhile (in neither the
restored database nor the safety copy), and waited silently for a writer. Now it takes the write
lock first, says it is waiting, and the safety copy holds everything committed before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.storage.backup import restore_backup

WRITER = textwrap.dedent('''
    import sqlite3, sys, time
    path, until = sys.argv[1], float(sys.argv[2])
    conn = sqlite3.connect(path, timeout=30)
    n = 0
    while time.time() < until:
        n += 1
        conn.execute("INSERT INTO patients (name, sex, birth_date, smoking, prior_fragility_fracture, "
                     "parental_hip_fracture, glucocorticoids, rheumatoid_arthritis, secondary_osteoporosis, "
                     "notes, archived, version, impact_cleared, hyperparathyroidism) VALUES "
                     "(?, 'female', '1950-01-01', 'never', 0, 0, 0, 0, 0, '', 0, 1, 0, 0)", (f"Writer {n}",))
        conn.commit()
        print(f"Writer {n}", flush=True)
        time.sleep(0.002)
''')


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM patients")}


def test_no_write_is_lost_while_restoring(db_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["patients", "add", "--name", "In Backup", "--sex", "female", "--birth-date", "1950-01-01",
                 "--db", str(db_path)]) == 0
    backup = tmp_path / "b.sqlite3"
    assert main(["backup", "--out", str(backup), "--db", str(db_path)]) == 0
    capsys.readouterr()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(time.time() + 3.0)],
                              stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)  # the writer is busy committing
    kept_paths = [restore_backup(backup, db_path) for _ in range(3)]
    out, _ = writer.communicate(timeout=30)
    committed = set(out.split("\n")) - {""}
    assert committed, "the writer committed rows"
    found = _names(db_path) | set().union(*(_names(k) for k in kept_paths))
    assert committed <= found, sorted(committed - found)[:5]
    assert all(not k.name.endswith(".partial") for k in kept_paths)


def test_restore_says_it_is_waiting_for_a_writer(db_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["patients", "add", "--name", "In Backup", "--sex", "female", "--birth-date", "1950-01-01",
                 "--db", str(db_path)]) == 0
    backup = tmp_path / "b.sqlite3"
    assert main(["backup", "--out", str(backup), "--db", str(db_path)]) == 0
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f'''
        import sqlite3, time
        conn = sqlite3.connect({str(db_path)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        time.sleep(1.5)
        conn.execute("COMMIT")
    ''')], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0
    holder.communicate(timeout=10)  # also closes its pipe
    err = capsys.readouterr().err
    assert f"Waiting: another program is writing to {db_path}" in err
    assert _names(db_path) == {"In Backup"}
