"""``bonetracker chart``: PNG and SVG written offscreen, bad options refused with exit code 2."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.storage.database import Database
from tests.services.queries.test_chart_series import osteoporosis_treated, store_record

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["chart", *args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clinic(db: Database, db_path: Path) -> Path:
    store_record(db, osteoporosis_treated(logs_from=dt.date(2024, 11, 1)))
    return db_path


def _is_svg(path: Path) -> bool:
    return ET.parse(path).getroot().tag.endswith("svg")


def test_png_and_svg_in_process(clinic: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    code, out, err = run(capsys, clinic, "--patient", "Berit Example", "--out", str(png),
                         "--as-of", "2025-01-15")
    assert code == 0, err
    assert png.read_bytes()[:8] == PNG_MAGIC
    assert "5 scan visits" in out and "as of 2025-01-15" in out
    code, _, err = run(capsys, clinic, "--patient", "1", "--out", str(svg), "--metric", "bmd",
                       "--width", "900", "--height", "600")
    assert code == 0, err
    assert _is_svg(svg)
    assert ET.parse(svg).getroot().get("viewBox") == "0 0 900 600"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "chart.jpg"], "out: must end in .png or .svg"),
        (["--out", "missing-folder/chart.png"], "does not exist"),
        (["--metric", "z_score"], "metric: must be one of t_score, bmd"),
        (["--width", "100"], "width: must be between 200 and 8000"),
        (["--height", "9000"], "height: must be between 200 and 8000"),
        (["--width", "wide"], "width: must be a whole number"),
        (["--as-of", "15/01/2025"], "as_of: must be a date"),
        (["--patient", "Nobody Here"], "No patient named 'Nobody Here'"),
    ],
)
def test_bad_options_exit_2(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            args: list[str], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    options = {"--patient": "Berit Example", "--out": "chart.png"}
    options.update(dict(zip(args[::2], args[1::2], strict=True)))
    code, _, err = run(capsys, clinic, *[x for kv in options.items() for x in kv])
    assert code == 2
    assert message in err
    assert not (tmp_path / "chart.png").exists()


def test_patient_without_scans_gets_an_empty_state_image(
        db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = osteoporosis_treated(logs_from=dt.date(2024, 12, 1))
    store_record(db, record.__class__(record.patient))
    out = tmp_path / "empty.png"
    code, _, err = run(capsys, db_path, "--patient", "Berit Example", "--out", str(out))
    assert code == 0
    assert "no DXA scans" in err
    assert out.read_bytes()[:8] == PNG_MAGIC


def test_subprocess_renders_and_exits_cleanly(clinic: Path, tmp_path: Path) -> None:
    """A real process: it must write both files and exit 0 (no crash while tearing down Qt)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("chart.png", "chart.svg"):
        done = subprocess.run(
            [sys.executable, "-m", "bonetracker", "chart", "--db", str(clinic), "--patient",
             "Berit Example", "--out", str(tmp_path / name), "--as-of", "2025-01-15"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "chart.png").read_bytes()[:8] == PNG_MAGIC
    assert _is_svg(tmp_path / "chart.svg")
