"""The CLI as a new user types it: add a patient and scans, list them as JSON, bad input exits 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bonetracker.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_patient_and_scans_then_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    code, out, _ = run(capsys, db, "patients", "add", "--name", "Jane Doe", "--sex", "female",
                       "--birth-date", "1958-03-02", "--height-cm", "162", "--weight-kg", "61.5",
                       "--menopause", "post", "--smoking", "former", "--parental-hip-fracture", "yes")
    assert code == 0 and "Jane Doe" in out
    assert run(capsys, db, "scans", "add", "--patient", "Jane Doe", "--date", "2023-05-02",
               "--site", "femoral_neck", "--bmd", "0.702", "--t-score", "-1.3", "--device", "hologic")[0] == 0
    assert run(capsys, db, "scans", "add", "--patient", "jane doe", "--date", "2023-05-02",
               "--site", "lumbar_spine", "--t-score", "-2.6", "--z-score", "-1.1")[0] == 0
    assert run(capsys, db, "scans", "add", "--patient", "1", "--date", "2025-05-20",
               "--site", "lumbar_spine", "--bmd", "0.85")[0] == 0

    code, out, _ = run(capsys, db, "scans", "list", "--patient", "Jane Doe", "--json")
    data = json.loads(out)
    assert code == 0
    assert [s["date"] for s in data["scans"]] == ["2023-05-02", "2025-05-20"]
    assert data["scans"][0]["device"] == "hologic"
    assert data["scans"][0]["measurements"] == [
        {"site": "femoral_neck", "bmd": 0.702, "t_score": -1.3, "z_score": None},
        {"site": "lumbar_spine", "bmd": None, "t_score": -2.6, "z_score": -1.1},
    ]

    code, out, _ = run(capsys, db, "patients", "list", "--json")
    [patient] = json.loads(out)
    assert patient["name"] == "Jane Doe" and patient["parental_hip_fracture"] is True
    assert patient["weight_kg"] == 61.5 and patient["last_scan_date"] == "2025-05-20"


def test_invalid_scan_prints_every_field_and_writes_nothing(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    run(capsys, db, "patients", "add", "--name", "Ann", "--sex", "female", "--birth-date", "1950-01-01")
    code, _, err = run(capsys, db, "scans", "add", "--patient", "Ann", "--date", "2099-01-01",
                       "--site", "femoral_neck", "--bmd", "9", "--t-score", "x")
    assert code == 2
    assert "date" in err and "future" in err
    assert "bmd" in err and "0.20 to 2.50" in err
    assert "t_score" in err
    _, out, _ = run(capsys, db, "scans", "list", "--patient", "Ann", "--json")
    assert json.loads(out)["scans"] == []


def test_duplicate_site_on_same_visit_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    run(capsys, db, "patients", "add", "--name", "Ann", "--sex", "female", "--birth-date", "1950-01-01")
    args = ("scans", "add", "--patient", "Ann", "--date", "2020-01-01", "--site", "total_hip")
    assert run(capsys, db, *args, "--bmd", "0.8")[0] == 0
    code, _, err = run(capsys, db, *args, "--bmd", "0.9")
    assert code == 2 and "already measured" in err


def test_ambiguous_and_unknown_patient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    for name in ("Ann Lee", "Ann Park"):
        run(capsys, db, "patients", "add", "--name", name, "--sex", "female", "--birth-date", "1950-01-01")
    code, _, err = run(capsys, db, "scans", "list", "--patient", "Ann")
    assert code == 2 and "Ann Lee" in err and "Ann Park" in err and "id 1" in err
    code, _, err = run(capsys, db, "scans", "list", "--patient", "Zed")
    assert code == 2 and "No patient" in err


def test_invalid_patient_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bt.sqlite3"
    code, _, err = run(capsys, db, "patients", "add", "--name", "X", "--sex", "other",
                       "--birth-date", "1950-13-01", "--height-cm", "abc")
    assert code == 2
    for field in ("sex", "birth_date", "height_cm"):
        assert field in err


def test_not_a_database_exits_2_and_keeps_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("my notes")
    code, _, err = run(capsys, bogus, "patients", "list")
    assert code == 2 and "not a BoneTracker database" in err
    assert bogus.read_text() == "my notes"


def test_environment_variable_selects_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    env = {"BONETRACKER_DATABASE_URL": f"sqlite:///{db}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "bonetracker", "patients", "add", "--name", "Env", "--sex", "male",
         "--birth-date", "1960-01-01"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_data_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom bonetracker.cli import main\n"
        f"main(['patients', 'list', '--db', {str(tmp_path / 'q.db')!r}])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr


def test_a_duplicate_patient_needs_allow_duplicate(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: same name (any case) and birth date: exit 2 and nothing written, unless asked."""
    from bonetracker.cli import main

    db = str(tmp_path / "dup.sqlite3")
    args = ["patients", "add", "--sex", "female", "--birth-date", "1950-02-01", "--db", db]
    assert main([*args, "--name", "Ann Twice"]) == 0
    capsys.readouterr()
    assert main([*args, "--name", "ann  twice"]) == 2
    err = capsys.readouterr().err
    assert "a patient named Ann Twice born 1950-02-01 already exists (id 1)" in err
    assert "--allow-duplicate" in err
    assert main(["patients", "list", "--db", db]) == 0 and capsys.readouterr().out.count("Ann Twice") == 1
    assert main([*args, "--name", "Ann Twice", "--allow-duplicate"]) == 0
    assert "(id 2)" in capsys.readouterr().out
