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
    for wanted in ("Import", "Export report", "Print", "Export chart", "Export", "Back up now"):
        assert any(wanted in t for t in texts), (wanted, texts)
    export = [a.text().replace("&", "") for a in window.menus["Export"].actions()]
    assert export == ["Patient data (CSV)…", "FHIR bundle…", "Reminders (calendar)…"]


def test_export_patient_data_writes_the_import_format(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from bonetracker.services.patients import list_patients

    window.ctx.select_patient(list_patients(window.ctx.db)[0].id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    written = file_menu.export_patient(window)
    assert (tmp_path / "patients.csv") in written
    assert "Backed Up" in (tmp_path / "patients.csv").read_text(encoding="utf-8")


def test_export_fhir_asks_what_the_patient_carries_then_writes_the_bundle(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from bonetracker.ui.dialogs.fhir_export import FhirExportDialog

    seen: list[FhirExportDialog] = []

    def choose(dialog: FhirExportDialog) -> int:
        seen.append(dialog)
        assert [k for k, box in dialog.boxes.items() if box.isChecked()] == ["name", "birth_date",
                                                                             "sex"]
        dialog.boxes["name"].setChecked(False)  # the user keeps the name out
        return 1

    from bonetracker.services.patients import list_patients

    window.ctx.select_patient(list_patients(window.ctx.db)[0].id)
    monkeypatch.setattr(FhirExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    fhir_action = window.menus["Export"].actions()[1]
    fhir_action.trigger()
    [path] = list(tmp_path.glob("*.fhir.json"))
    assert seen and path.name.endswith("-backed-up.fhir.json")
    patient = json.loads(path.read_text(encoding="utf-8"))["entry"][0]["resource"]
    assert "name" not in patient and patient["birthDate"] == "1950-01-01"
    assert path.name in window.statusBar().currentMessage()


def test_export_fhir_cancelled_writes_nothing(window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from bonetracker.services.patients import list_patients
    from bonetracker.ui.dialogs.fhir_export import FhirExportDialog

    window.ctx.select_patient(list_patients(window.ctx.db)[0].id)
    monkeypatch.setattr(FhirExportDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    assert file_menu.export_fhir(window) == [] and not list(tmp_path.glob("*.json"))
