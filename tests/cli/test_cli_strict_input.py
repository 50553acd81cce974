"""Issue 16, Low list: plain digits and ISO dates only, direction controls removed, short
messages for huge numbers and for files with thousands of errors, Ctrl-C quietly with exit 130."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.cli.common import run_handler
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.services.validation import FieldReader, Range


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert main(["patients", "add", "--name", "Rita Strict", "--sex", "female",
                 "--birth-date", "1950-03-02", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("text", ["3_0", "３０", "٣٠", "1e5_0", "0x1A", "30 kg"])
def test_numbers_are_plain_decimal_digits(text: str) -> None:
    r = FieldReader({"minutes": text})
    assert r.number("minutes", Range(0, 600, "min")) is None
    assert r.errors and "must be a number from 0 to 600 min" in r.errors[0].message


@pytest.mark.parametrize("text", ["20240101", "2024-W01-1", "2024-001", "２０２４-０１-０１", "2024-1-1"])
def test_dates_are_iso_only(text: str) -> None:
    r = FieldReader({"date": text})
    assert r.date("date") is None and "must be a date as YYYY-MM-DD" in r.errors[0].message


def test_direction_controls_are_removed() -> None:
    r = FieldReader({"minutes": "\u202e03\u202c", "notes": "pain \u202egnivom\u202c",
                     "date": "\u200e2024-01-02"})
    assert r.number("minutes", Range(0, 600)) == 3.0  # shown as "03", meant as 3, never as "30"
    assert r.text("notes") == "pain gnivom"
    assert str(r.date("date")) == "2024-01-02"


def test_a_huge_number_is_not_echoed_in_full(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["workouts", "add", "--patient", "1", "--date", "2024-01-02", "--activity", "Walking",
                 "--minutes", "1e308", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and "far too large" in err and len(err) < 200


def test_a_huge_decimal_is_shown_short() -> None:
    r = FieldReader({"load_kg": "1.5e308"})
    assert r.number("load_kg", Range(0, 500, "kg")) is None
    assert r.errors[0].message == "must be from 0 to 500 kg (got 1.5e+308)"


def test_thousands_of_problems_print_twenty_and_a_count(capsys: pytest.CaptureFixture[str]) -> None:
    def many(_args: argparse.Namespace) -> int:
        raise ValidationError([FieldError(f"column {i}", "is not a column BoneTracker reads")
                               for i in range(100_003)])

    assert run_handler(many, argparse.Namespace()) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 22 and lines[-1] == "  ... and 99983 more problems"


def test_ctrl_c_exits_130_quietly_naming_a_partial_export(capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(_args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    assert run_handler(interrupted, argparse.Namespace(out="/tmp/export-folder")) == 130
    err = capsys.readouterr().err
    assert err == ("bonetracker: interrupted (Ctrl-C); a change in progress was not saved; files written "
                   "so far in /tmp/export-folder are incomplete\n")
