"""The Settings dialog's cross-calibrated machines: Add and Remove edit the list, OK saves it,
Cancel leaves the stored pairs alone, a bad pair is explained and not added."""

from __future__ import annotations

import pytest

from bonetracker.services import clinic
from bonetracker.services.settings import add_cross_calibration, get_cross_calibrations
from bonetracker.storage.audit import local_actor
from bonetracker.storage.database import Database
from bonetracker.ui.dialogs.settings import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def make_dialog(qtbot, db: Database) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog: SettingsDialog) -> list[str]:
    return [dialog.pair_list.item(i).text() for i in range(dialog.pair_list.count())]


def test_add_remove_and_save(qtbot, db: Database) -> None:
    add_cross_calibration(db, "A", "B")
    dialog = make_dialog(qtbot, db)
    assert shown(dialog) == ["A + B"]
    qtbot.keyClicks(dialog.machine_a, "Room 2")
    qtbot.keyClicks(dialog.machine_b, "HOL-123")
    dialog.add_pair_button.click()
    assert shown(dialog) == ["A + B", "HOL-123 + Room 2"]
    assert dialog.machine_a.text() == "" and get_cross_calibrations(db) == [("A", "B")]
    dialog.pair_list.setCurrentRow(0)
    dialog.remove_pair_button.click()
    assert shown(dialog) == ["HOL-123 + Room 2"]
    dialog.accept()
    assert get_cross_calibrations(db) == [("HOL-123", "Room 2")]


def test_a_bad_pair_is_explained_and_cancel_keeps_the_stored_pairs(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.machine_a, "Room 2")
    qtbot.keyClicks(dialog.machine_b, "room 2")
    dialog.add_pair_button.click()
    assert shown(dialog) == [] and "same machine" in dialog.pair_error.text()
    assert not dialog.pair_error.isHidden()
    dialog.machine_b.clear()
    qtbot.keyClicks(dialog.machine_b, "Room 3")
    dialog.add_pair_button.click()
    assert shown(dialog) == ["Room 2 + Room 3"] and dialog.pair_error.isHidden()
    dialog.reject()
    assert get_cross_calibrations(db) == []


def test_only_an_admin_edits_the_pairs_in_clinic_mode(qtbot, db: Database) -> None:
    admin = clinic.enable_clinic(db, "Admin Ann", "correct horse battery")
    clinic.add_user(db, "Kim", "kims password", "clinician", by=admin)
    try:
        clinic.sign_in(db, "Kim", "kims password", sleep=lambda _s: None)
        dialog = make_dialog(qtbot, db)
        assert not dialog.add_pair_button.isEnabled() and not dialog.machine_a.isEnabled()
    finally:
        db.actor = local_actor()
