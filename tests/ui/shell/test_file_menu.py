"""Whole-database actions of the window: backup now, the daily automatic backup, About."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient, list_patients
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext
from bonetracker.ui.shell import menus as file_menu
from bonetracker.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    add_patient(db, Patient(None, "Backed Up", Sex.FEMALE, dt.date(1950, 1, 1)))
    win = MainWindow(AppContext(db))
    qtbot.addWidget(win)
    return win


def test_back_up_now_writes_a_verified_copy(window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "mine.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.backup_action is not None
    window.backup_action.trigger()
    copy = open_database(f"sqlite:///{target}")
    try:
        assert [p.name for p in list_patients(copy)] == ["Backed Up"]
    finally:
        copy.close()
    assert "Backed up 1 patients" in window.statusBar().currentMessage()


def test_daily_backup_is_taken_once(window: MainWindow, db: Database) -> None:
    assert db.path is not None
    first = file_menu.run_auto_backup(window)
    assert first is not None and first.parent == db.path.parent / "backups"
    assert file_menu.run_auto_backup(window) is None


def test_help_menu_has_about(window: MainWindow) -> None:
    assert "Help" in window.menus
    assert window.about_action is not None and "About" in window.about_action.text()
    assert not window.windowIcon().isNull()


def test_file_menu_offers_import_report_and_chart_export(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.menus["File"].actions()]
    for wanted in ("Import", "Export report", "Print", "Export chart", "Export patient data",
                   "Back up now"):
        assert any(wanted in t for t in texts), (wanted, texts)


def test_export_patient_data_writes_the_import_format(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from bonetracker.services.patients import list_patients

    window.ctx.select_patient(list_patients(window.ctx.db)[0].id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    written = file_menu.export_patient(window)
    assert (tmp_path / "patients.csv") in written
    assert "Backed Up" in (tmp_path / "patients.csv").read_text(encoding="utf-8")
