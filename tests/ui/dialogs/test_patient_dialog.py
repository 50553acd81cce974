"""The add/edit patient dialog: valid entries are saved, invalid ones explained beside the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from bonetracker.services.patients import count_patients, get_patient, list_patients
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.patient import PatientDialog
from bonetracker.ui.shell.patient_list import PatientListPanel

# The offscreen platform warns whenever a shown window's size limits change; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


def make_dialog(qtbot, ctx: AppContext, patient=None) -> PatientDialog:
    dialog = PatientDialog(ctx, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_save(qtbot, dialog: PatientDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def fill_valid(qtbot, dialog: PatientDialog) -> None:
    qtbot.keyClicks(dialog.name, "Maria Rossi")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    qtbot.keyClicks(dialog.birth_date, "1958-04-12")
    qtbot.keyClicks(dialog.height_cm, "162")
    qtbot.keyClicks(dialog.weight_kg, "58,5")
    dialog.menopause.setCurrentIndex(dialog.menopause.findData("post"))
    qtbot.keyClicks(dialog.menopause_year, "2009")
    box = dialog.risk["parental_hip_fracture"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_valid_patient_is_saved_and_appears_in_the_list(qtbot, ctx: AppContext) -> None:
    panel = PatientListPanel(ctx)
    qtbot.addWidget(panel)
    dialog = make_dialog(qtbot, ctx)
    fill_valid(qtbot, dialog)

    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [summary] = list_patients(ctx.db)
    saved = get_patient(ctx.db, summary.id)
    assert (saved.name, saved.weight_kg, saved.menopause_year) == ("Maria Rossi", 58.5, 2009)
    assert saved.parental_hip_fracture and not saved.glucocorticoids
    assert dialog.saved == saved
    assert panel.model.data(panel.model.index(0, 0)) == "Maria Rossi"


def test_bad_input_is_shown_beside_each_field_and_nothing_is_saved(qtbot, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Maria Rossi")
    qtbot.keyClicks(dialog.birth_date, "1850-01-01")
    qtbot.keyClicks(dialog.height_cm, "20")

    click_save(qtbot, dialog)

    assert dialog.isVisible(), "the dialog stays open until the entry is valid"
    assert count_patients(ctx.db, include_archived=True) == 0
    height_error = dialog.errors.label_for("height_cm")
    assert height_error.isVisible()
    assert "from 100 to 230 cm (got 20)" in height_error.text()
    assert "1900-01-01" in dialog.errors.label_for("birth_date").text()
    assert "required" in dialog.errors.label_for("sex").text()
    assert dialog.height_cm.property("error") is True
    assert not dialog.errors.label_for("weight_kg").isVisible()
    assert "Not saved" in dialog.general_error.text()

    dialog.height_cm.clear()
    qtbot.keyClicks(dialog.height_cm, "165")
    assert dialog.height_cm.property("error") is False, "typing clears the red outline"


def test_menopause_only_for_women(qtbot, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.sex.setCurrentIndex(dialog.sex.findData("male"))
    assert not dialog.menopause.isEnabled() and not dialog.menopause_year.isEnabled()
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    assert dialog.menopause.isEnabled()
    assert not dialog.quit_date.isEnabled()
    dialog.smoking.setCurrentIndex(dialog.smoking.findData("former"))
    assert dialog.quit_date.isEnabled()


def test_edit_keeps_id_and_saves_changes(qtbot, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    fill_valid(qtbot, dialog)
    click_save(qtbot, dialog)
    original = dialog.saved
    assert original is not None

    edit = make_dialog(qtbot, ctx, original)
    assert edit.weight_kg.text() == "58.5" and edit.risk["parental_hip_fracture"].isChecked()
    edit.weight_kg.clear()
    qtbot.keyClicks(edit.weight_kg, "60")
    click_save(qtbot, edit)

    updated = get_patient(ctx.db, original.id or 0)
    assert updated.weight_kg == 60 and updated.version == original.version + 1
    assert count_patients(ctx.db) == 1


def test_archive_from_dialog_asks_first(qtbot, ctx: AppContext, monkeypatch) -> None:
    dialog = make_dialog(qtbot, ctx)
    fill_valid(qtbot, dialog)
    click_save(qtbot, dialog)
    patient = dialog.saved
    assert patient is not None
    ctx.select_patient(patient.id)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    edit = make_dialog(qtbot, ctx, patient)
    assert edit.archive_button is not None
    qtbot.mouseClick(edit.archive_button, Qt.MouseButton.LeftButton)
    assert not get_patient(ctx.db, patient.id or 0).archived, "No keeps the patient"
    qtbot.mouseClick(edit.archive_button, Qt.MouseButton.LeftButton)

    assert get_patient(ctx.db, patient.id or 0).archived
    assert edit.result() == PatientDialog.ARCHIVED
    assert ctx.patient_id is None


def test_impact_clearance_and_hyperparathyroidism_boxes(qtbot, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    fill_valid(qtbot, dialog)
    cleared = dialog.clinical["impact_cleared"]
    assert cleared.text() == "Physiotherapist has cleared impact exercise"
    assert dialog.clinical["hyperparathyroidism"].text() == "Primary hyperparathyroidism"
    qtbot.mouseClick(cleared, Qt.MouseButton.LeftButton, pos=QPoint(8, cleared.height() // 2))
    click_save(qtbot, dialog)
    saved = dialog.saved
    assert saved is not None and saved.impact_cleared and not saved.hyperparathyroidism

    edit = make_dialog(qtbot, ctx, saved)
    assert edit.clinical["impact_cleared"].isChecked()
    assert not edit.clinical["hyperparathyroidism"].isChecked()
    edit.clinical["impact_cleared"].setChecked(False)
    edit.clinical["hyperparathyroidism"].setChecked(True)
    click_save(qtbot, edit)
    updated = get_patient(ctx.db, saved.id or 0)
    assert not updated.impact_cleared and updated.hyperparathyroidism


@pytest.mark.parametrize(("choice", "count", "same"),
                         [("open", 1, True), ("add", 2, False), ("cancel", 1, None)])
def test_a_duplicate_patient_is_warned_about(qtbot, ctx: AppContext, monkeypatch, choice: str, count: int,
                                             same: bool | None) -> None:
    """Issue 15: the same name (any case) and birth date asks before a second record is made."""
    first = make_dialog(qtbot, ctx)
    fill_valid(qtbot, first)
    click_save(qtbot, first)
    asked: list[str] = []

    def ask(_self: PatientDialog, existing) -> str:  # type: ignore[no-untyped-def]
        asked.append(existing.name)
        return choice

    monkeypatch.setattr(PatientDialog, "ask_duplicate", ask)
    second = make_dialog(qtbot, ctx)
    qtbot.keyClicks(second.name, "maria  ROSSI")
    second.sex.setCurrentIndex(second.sex.findData("female"))
    qtbot.keyClicks(second.birth_date, "1958-04-12")
    click_save(qtbot, second)
    assert asked == ["Maria Rossi"]
    assert count_patients(ctx.db) == count
    if same is None:
        assert second.result() != QDialog.DialogCode.Accepted and second.isVisible()
    else:
        assert second.saved is not None and (second.saved.id == first.saved.id) is same


def test_escape_asks_before_discarding_typed_details(qtbot, ctx: AppContext, monkeypatch) -> None:
    """Issue 15: Escape in Add patient no longer drops what was typed without asking."""
    from PySide6.QtCore import Qt

    answers = [False, True]
    asked: list[bool] = []

    def confirm(_self: PatientDialog) -> bool:
        asked.append(True)
        return answers[len(asked) - 1]

    monkeypatch.setattr(PatientDialog, "confirm_discard", confirm)
    empty = make_dialog(qtbot, ctx)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert asked == [] and not empty.isVisible(), "nothing typed: closes at once"
    dialog = make_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Half Typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible(), "kept when the answer is no"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True, True] and not dialog.isVisible()
