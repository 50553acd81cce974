"""Dates in the window follow the locale's short format; the CLI and its files keep ISO 8601."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from bonetracker.cli import main
from bonetracker.domain import i18n
from bonetracker.services import lifestyle as lifestyle_svc
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.widgets import dates
from bonetracker.ui.widgets.forms import DateEdit

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)
DAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize(("locale", "text"), [
    ("en_GB", "09/03/2026"), ("es_ES", "9/3/2026"), ("en_US", "3/9/2026"), ("de_DE", "09.03.2026"),
    ("C", "2026-03-09"),  # no language chosen: ISO
])
def test_locale_short_format_with_a_four_digit_year(qapp, locale: str, text: str) -> None:
    dates.install_date_format(QLocale(locale))
    assert i18n.format_date(DAY) == text
    assert dates.parse_date_text(text) == DAY
    assert dates.parse_date_text("2026-03-09") == DAY, "ISO is always accepted"


def test_iso_until_a_format_is_installed() -> None:
    assert i18n.format_date(DAY) == "2026-03-09"
    assert dates.shown_pattern() == "YYYY-MM-DD"
    assert dates.parse_date_text("09/03/2026") is None


def test_date_field_shows_the_locale_and_hands_iso_to_the_services(qtbot) -> None:
    dates.install_date_format(QLocale("en_GB"))
    edit = DateEdit(blank=True)
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "DD/MM/YYYY"
    edit.set_date(DAY)
    assert edit.shown_text() == "09/03/2026" and edit.text() == "2026-03-09"
    edit.clear()
    qtbot.keyClicks(edit, "31/12/2025")
    assert edit.text() == "2025-12-31"
    edit.setText("31/02/2025")
    assert edit.text() == "31/02/2025", "not a date: handed on as typed, for the service's message"


@pytest.mark.parametrize(("locale", "typed", "shown"), [
    ("en_GB", "09/03/2026", "09/03/2026"), ("es_ES", "9/3/2026", "9/3/2026"),
    ("en_US", "3/9/2026", "3/9/2026"), ("en_US", "2026-03-09", "3/9/2026"),
])
def test_entry_typed_and_listed_in_the_locale_format_is_stored_iso(
        qtbot, db: Database, locale: str, typed: str, shown: str) -> None:
    dates.install_date_format(QLocale(locale))
    from bonetracker.ui.pages.lifestyle import LifestyleSection

    p = add_patient(db, parse_patient({"name": "Ana García", "sex": "female", "birth_date": "1952-05-17"}))
    ctx = AppContext(db)
    ctx.select_patient(p.id)
    s = LifestyleSection(ctx)
    qtbot.addWidget(s)
    s.show()
    s.date.clear()
    qtbot.keyClicks(s.date, typed)
    qtbot.keyClicks(s.cigarettes, "2")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    [entry] = lifestyle_svc.list_lifestyle(db, p.id)
    assert entry.date == DAY
    proxy = s.proxy
    assert proxy.data(proxy.index(0, 0)) == shown


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    assert main([*args, "--db", str(db)]) == 0
    return capsys.readouterr().out


@pytest.fixture
def clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "plan.sqlite3"
    cli(capsys, db, "patients", "add", "--name", "Mary Poole", "--sex", "female",
        "--birth-date", "1950-06-01", "--menopause", "post", "--weight-kg", "60")
    for date, t in (("2021-01-10", "-2.4"), ("2023-01-12", "-2.7")):
        cli(capsys, db, "scans", "add", "--patient", "Mary Poole", "--date", date, "--site", "lumbar_spine",
            "--t-score", t)
    return db


def test_cli_output_stays_iso_and_si_under_a_window_format(qapp, clinic: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from bonetracker.domain.measures import shown

    commands = (("plan", "--patient", "Mary Poole", "--as-of", "2024-06-01", "--json"),
                ("plan", "--patient", "Mary Poole", "--as-of", "2024-06-01"))
    before = [cli(capsys, clinic, *c) for c in commands]
    dates.install_date_format(QLocale("en_US"))
    shown.set_chosen_units({shown.VITAMIN_D: "µg", shown.WEIGHT: "lb"})
    assert i18n.format_date(DAY) == "3/9/2026"
    after = [cli(capsys, clinic, *c) for c in commands]
    assert after == before
    plan = json.loads(after[0])
    assert plan["as_of"] == "2024-06-01" and plan["classification"]["scan_date"] == "2023-01-12"
    assert "2023-01-12" in after[1] and "1/12/2023" not in after[1]


def test_cli_in_a_non_iso_locale_prints_iso(clinic: Path) -> None:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "bonetracker", "plan", "--patient", "Mary Poole",
                          "--as-of", "2024-06-01", "--json", "--db", str(clinic)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    assert json.loads(run.stdout)["classification"]["scan_date"] == "2023-01-12"


def test_plan_as_of_field_in_the_locale_format(qtbot) -> None:
    from PySide6.QtCore import QDate

    from bonetracker.ui.pages.plan.pane import AsOfEdit

    dates.install_date_format(QLocale("en_GB"))
    edit = AsOfEdit()
    qtbot.addWidget(edit)
    edit.setMaximumDate(QDate(2026, 12, 31))
    edit.setDate(QDate(2026, 3, 9))
    assert edit.shown_text() == "09/03/2026"
    edit.setText("01/02/2026")
    edit.editingFinished.emit()
    assert edit.date() == QDate(2026, 2, 1) and edit.shown_text() == "01/02/2026"
    edit.setText("31/02/2026")
    edit.editingFinished.emit()
    assert "must be a date as DD/MM/YYYY from 01/01/1900" in edit.error.text()
