"""The Settings dialog's FRAX thresholds: BHOF 2022 (US) or NOGG 2022 (UK), saved for the
clinic on OK, left alone on Cancel; the open Measurements page reads results with the new ones."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from bonetracker.domain.measures.frax import Guideline
from bonetracker.services import clinic
from bonetracker.services import frax as frax_svc
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.settings import get_frax_guideline
from bonetracker.storage.audit import local_actor
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.settings import SettingsDialog
from bonetracker.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def make_dialog(qtbot, db: Database) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choices(dialog: SettingsDialog) -> list[str]:
    return [dialog.frax_guideline.itemText(i) for i in range(dialog.frax_guideline.count())]


def test_ok_saves_the_choice_and_cancel_leaves_it(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    assert choices(dialog) == ["BHOF 2022 (US)", "NOGG 2022 (UK)"]
    assert dialog.frax_guideline.currentText() == "BHOF 2022 (US)"
    dialog.frax_guideline.setCurrentIndex(1)
    dialog.reject()
    assert get_frax_guideline(db) is Guideline.BHOF
    dialog = make_dialog(qtbot, db)
    dialog.frax_guideline.setCurrentIndex(1)
    dialog.accept()
    assert get_frax_guideline(db) is Guideline.NOGG
    assert make_dialog(qtbot, db).frax_guideline.currentText() == "NOGG 2022 (UK)"


def test_only_an_admin_changes_the_thresholds_in_clinic_mode(qtbot, db: Database) -> None:
    admin = clinic.enable_clinic(db, "Admin Ann", "correct horse battery")
    clinic.add_user(db, "Kim", "kims password", "clinician", by=admin)
    try:
        clinic.sign_in(db, "Kim", "kims password", sleep=lambda _s: None)
        assert not make_dialog(qtbot, db).frax_guideline.isEnabled()
    finally:
        db.actor = local_actor()


def test_the_measurements_page_reads_results_with_the_new_thresholds(qtbot, db: Database,
                                                                     monkeypatch) -> None:
    p = add_patient(db, parse_patient({"name": "Ines Park", "sex": "female", "birth_date": "1952-01-01"}))
    assert p.id is not None
    frax_svc.log_frax(db, frax_svc.parse_frax(p.id, {
        "date": "2024-01-01", "model": "uk", "with_bmd": "no", "major": "22", "hip": "3.5"}))
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    window.ctx.select_patient(p.id)
    page = window.pages["Measurements"]
    window.show_page(page)
    page.tabs.setCurrentWidget(page.frax)  # type: ignore[attr-defined]
    section = page.frax  # type: ignore[attr-defined]
    assert section.proxy.data(section.proxy.index(0, 4)).startswith("hip 3.5 % is at or above 3 %")

    def choose_nogg(dialog: SettingsDialog) -> int:
        dialog.frax_guideline.setCurrentIndex(1)
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", choose_nogg)
    window.open_settings()
    assert section.proxy.data(section.proxy.index(0, 4)).startswith("NOGG thresholds depend on age")
