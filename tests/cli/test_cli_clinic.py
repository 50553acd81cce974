"""Clinic mode, the caseload and the audit log from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert main(["patients", "add", "--name", "Jo Case", "--sex", "female", "--birth-date", "1950-01-01",
                 "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_clinic_mode_requires_signing_in(db: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BONETRACKER_NEW_PASSWORD", "admin password 1")
    code, out, _ = run(capsys, db, "clinic", "enable", "--admin", "Ann Admin")
    assert code == 0 and "Clinic mode is on" in out
    code, _, err = run(capsys, db, "patients", "list")
    assert code == 2 and "sign in by setting BONETRACKER_USER" in err
    monkeypatch.setenv("BONETRACKER_USER", "Ann Admin")
    monkeypatch.setenv("BONETRACKER_PASSWORD", "not it")
    monkeypatch.setattr("bonetracker.services.clinic.time.sleep", lambda _s: None)
    code, _, err = run(capsys, db, "patients", "list")
    assert code == 2 and "Wrong name or password" in err
    monkeypatch.setenv("BONETRACKER_PASSWORD", "admin password 1")
    monkeypatch.setenv("BONETRACKER_NEW_PASSWORD", "clinician pw 2")
    assert run(capsys, db, "clinic", "add-user", "--name", "Cal", "--role", "clinician")[0] == 0
    code, out, _ = run(capsys, db, "clinic", "status", "--json")
    assert json.loads(out) == {"clinic_mode": True, "users": [
        {"name": "Ann Admin", "role": "admin", "disabled": False},
        {"name": "Cal", "role": "clinician", "disabled": False}]}
    monkeypatch.setenv("BONETRACKER_USER", "Cal")
    monkeypatch.setenv("BONETRACKER_PASSWORD", "clinician pw 2")
    assert run(capsys, db, "lifestyle", "add", "--patient", "Jo Case", "--date", "2026-01-02",
               "--stress", "3")[0] == 0
    code, _, err = run(capsys, db, "clinic", "add-user", "--name", "Eve", "--role", "admin")
    assert code == 2 and "Only an admin" in err
    code, out, _ = run(capsys, db, "audit", "--patient", "Jo Case", "--json")
    entries = json.loads(out)["entries"]
    assert (entries[0]["user"], entries[0]["kind"], entries[0]["action"]) == ("Cal", "lifestyle", "create")
    assert all("password" not in json.dumps(e) for e in entries)


def test_caseload_json_filter_and_csv(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, db, "caseload", "--json")
    data = json.loads(out)
    assert code == 0 and data["count"] == 1
    [row] = data["patients"]
    assert row["name"] == "Jo Case" and set(row["flags"]) == {"no_scan", "drop_off", "low_adherence"}
    assert set(row) >= {"category", "last_activity", "adherence_7d_percent", "adherence_30d_percent",
                        "programme_review_due", "scan_due", "doses_overdue", "days_since_log",
                        "fracture_liaison"}
    code, out, _ = run(capsys, db, "caseload", "--filter", "scan_overdue", "--json")
    assert json.loads(out)["count"] == 0
    code, _, err = run(capsys, db, "caseload", "--filter", "everyone")
    assert code == 2 and "filter: must be one of needs_attention" in err
    target = tmp_path / "caseload.csv"
    code, out, _ = run(capsys, db, "caseload", "--csv", str(target))
    assert code == 0 and target.read_text().splitlines()[1].split(",")[1] == "Jo Case"
