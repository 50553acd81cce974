"""``scans add`` with scanner details, ``scans list --json`` showing them, bad details exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert run(capsys, path, "patients", "add", "--name", "Ann", "--sex", "female",
               "--birth-date", "1950-01-01")[0] == 0
    return path


def test_scanner_details_are_saved_and_listed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "scans", "add", "--patient", "Ann", "--date", "2024-03-01",
                       "--site", "lumbar_spine", "--bmd", "0.95", "--device", "ge_lunar",
                       "--model", "Prodigy", "--machine-id", "Room 2", "--software", "enCORE 16",
                       "--vertebrae", "L1-L3", "--hip-side", "left")
    assert code == 0, err
    code, out, _ = run(capsys, db, "scans", "list", "--patient", "Ann", "--json")
    [scan] = json.loads(out)["scans"]
    assert {k: scan[k] for k in ("model", "machine_id", "software", "vertebrae", "hip_side")} == {
        "model": "Prodigy", "machine_id": "Room 2", "software": "enCORE 16",
        "vertebrae": "L1-L3", "hip_side": "left"}
    code, out, _ = run(capsys, db, "scans", "list", "--patient", "Ann")
    assert "GE Lunar Prodigy, machine Room 2, software enCORE 16" in out and "spine L1-L3" in out


def test_a_visit_without_details_lists_the_defaults(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "scans", "add", "--patient", "Ann", "--date", "2024-03-01",
        "--site", "total_hip", "--bmd", "0.8")
    [scan] = json.loads(run(capsys, db, "scans", "list", "--patient", "Ann", "--json")[1])["scans"]
    assert scan["vertebrae"] == "L1-L4" and scan["hip_side"] is None and scan["machine_id"] == ""


@pytest.mark.parametrize(("flag", "value", "expected"), [
    ("--vertebrae", "L1-L1", "L1-L4, L1-L3, L2-L4"),
    ("--hip-side", "both", "left, right, mean"),
    ("--machine-id", "x" * 101, "at most 100 characters"),
])
def test_bad_details_exit_2_and_write_nothing(db: Path, capsys: pytest.CaptureFixture[str],
                                              flag: str, value: str, expected: str) -> None:
    code, _, err = run(capsys, db, "scans", "add", "--patient", "Ann", "--date", "2024-03-01",
                       "--site", "lumbar_spine", "--bmd", "0.95", flag, value)
    assert code == 2
    assert flag.removeprefix("--").replace("-", "_") in err and expected in err
    assert json.loads(run(capsys, db, "scans", "list", "--patient", "Ann", "--json")[1])["scans"] == []


def test_a_second_site_may_not_contradict_the_visit(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ("scans", "add", "--patient", "Ann", "--date", "2024-03-01")
    assert run(capsys, db, *base, "--site", "lumbar_spine", "--bmd", "0.9", "--machine-id", "A")[0] == 0
    code, _, err = run(capsys, db, *base, "--site", "total_hip", "--bmd", "0.8", "--machine-id", "B")
    assert code == 2 and "machine_id" in err
    [scan] = json.loads(run(capsys, db, "scans", "list", "--patient", "Ann", "--json")[1])["scans"]
    assert [m["site"] for m in scan["measurements"]] == ["lumbar_spine"]
