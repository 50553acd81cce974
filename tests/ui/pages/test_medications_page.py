"""Medications, fractures and falls pages: forms saved and reloaded, inline errors, overlap, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bonetracker.domain.records import DrugClass, FractureSite, PatientId
from bonetracker.services import fractures, medications
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.fractures import FracturesPage
from bonetracker.ui.pages.medications.page import MedicationsPage
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def patient_id(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Olga Petrova", "sex": "female",
                                       "birth_date": "1949-11-30"}))
    assert p.id is not None
    return p.id


def make(qtbot, cls, db: Database, patient_id: PatientId):  # type: ignore[no-untyped-def]
    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = cls(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def meds(qtbot, db: Database, patient_id: PatientId) -> MedicationsPage:
    return make(qtbot, MedicationsPage, db, patient_id)


@pytest.fixture
def medical(qtbot, db: Database, patient_id: PatientId) -> FracturesPage:
    return make(qtbot, FracturesPage, db, patient_id)


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def rows(section) -> list[list[str]]:  # type: ignore[no-untyped-def]
    p = section.proxy
    return [[str(p.data(p.index(r, c))) for c in range(p.columnCount())] for r in range(p.rowCount())]


# -- medications -------------------------------------------------------------------------------
def test_course_is_saved_and_reloaded_after_reopening(qtbot, db_path: Path, patient_id) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        page = make(qtbot, MedicationsPage, db, patient_id)
        choose(page.drug, "alendronate")
        assert page.drug_class.text() == "Bisphosphonate"
        assert not page.daily_amount.isVisibleTo(page), "no daily amount for a drug"
        type_into(qtbot, page.start, "2022-03-01")
        type_into(qtbot, page.dose, "70 mg weekly")
        with qtbot.waitSignal(page.ctx.data_changed) as changed:
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert changed.args == ["medication"]
        choose(page.drug, "calcium supplement")
        assert page.daily_amount.isVisibleTo(page) and "mg" in page.daily_amount.placeholderText()
        type_into(qtbot, page.start, "2022-03-01")
        type_into(qtbot, page.daily_amount, "600")
        page.save()
        page.close()
    finally:
        db.close()
    db = open_database(f"sqlite:///{db_path}")
    try:
        courses = medications.list_medications(db, patient_id)
        assert [(c.drug, c.drug_class, c.start, c.end, c.dose, c.daily_amount) for c in courses] == [
            ("alendronate", DrugClass.BISPHOSPHONATE, dt.date(2022, 3, 1), None, "70 mg weekly", None),
            ("calcium supplement", DrugClass.SUPPLEMENT, dt.date(2022, 3, 1), None, "", 600.0)]
        page = make(qtbot, MedicationsPage, db, patient_id)
        table = sorted(rows(page))
        assert table[0][:5] == ["alendronate", "Bisphosphonate", "2022-03-01", "running",
                                "once a week on Tuesday"]  # the usual schedule, the start's day
        assert table[0][8] == "70 mg weekly"
        assert table[1][4] == "every day" and table[1][9] == "600 mg/day"
    finally:
        db.close()


@pytest.mark.parametrize(("field", "name", "value", "message"), [
    ("start", "start", "2099-01-01", "future"),
    ("start", "start", "01/02/2024", "YYYY-MM-DD"),
    ("end", "end", "2020-01-01", "before the start"),
    ("daily_amount", "daily_amount", "60000", "from 1 to 50000 IU"),
])
def test_invalid_course_is_named_inline_and_not_saved(
    qtbot, meds: MedicationsPage, patient_id, field: str, name: str, value: str, message: str
) -> None:
    choose(meds.drug, "vitamin D supplement")
    type_into(qtbot, meds.start, "2021-01-01")
    type_into(qtbot, getattr(meds, field), value)
    qtbot.mouseClick(meds.save_button, Qt.MouseButton.LeftButton)
    label = meds.errors.label_for(name)
    assert label.isVisibleTo(meds) and message in label.text()
    assert medications.list_medications(meds.ctx.db, patient_id) == []


def test_overlapping_course_is_refused_with_a_clear_message(qtbot, meds: MedicationsPage,
                                                            patient_id) -> None:
    medications.log_medication(meds.ctx.db, medications.parse_medication(
        patient_id, {"drug": "denosumab", "start": "2021-01-01"}))
    meds.reload()
    choose(meds.drug, "denosumab")
    type_into(qtbot, meds.start, "2023-01-01")
    meds.save()
    assert "Overlaps the denosumab course from 2021-01-01" in meds.errors.label_for("start").text()
    assert len(medications.list_medications(meds.ctx.db, patient_id)) == 1


def test_stop_a_course_by_editing_its_end(qtbot, meds: MedicationsPage, patient_id, monkeypatch) -> None:
    course = medications.log_medication(meds.ctx.db, medications.parse_medication(
        patient_id, {"drug": "raloxifene", "start": "2020-05-05"}))
    meds.ctx.notify_changed(ChangeKind.MEDICATION)
    meds.select_entry(course.id)
    meds.edit_selected()
    assert meds.drug.currentText() == "raloxifene" and meds.start.text() == "2020-05-05"
    type_into(qtbot, meds.end, "2023-05-05")
    meds.save()
    [stopped] = medications.list_medications(meds.ctx.db, patient_id)
    assert stopped.end == dt.date(2023, 5, 5) and stopped.id == course.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    meds.select_entry(course.id)
    meds.delete_selected()
    assert medications.list_medications(meds.ctx.db, patient_id) == []
    undo_stack(meds.ctx).undo()
    assert [c.id for c in medications.list_medications(meds.ctx.db, patient_id)] == [course.id]


def test_stop_course_button_asks_for_the_last_day_and_undo_restarts_it(qtbot, meds: MedicationsPage,
                                                                       patient_id) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bonetracker.ui.pages.medications.stop_course import StopCourseDialog

    course = medications.log_medication(meds.ctx.db, medications.parse_medication(
        patient_id, {"drug": "alendronate", "start": "2021-03-01"}))
    meds.ctx.notify_changed(ChangeKind.MEDICATION)
    assert not meds.stop_button.isEnabled(), "nothing selected"
    meds.select_entry(course.id)
    assert meds.stop_button.isEnabled() and meds.stop_button.isVisible()
    seen: list[str] = []

    def answer(texts: list[str]) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StopCourseDialog)
        for text in texts:
            dialog.end.clear()
            qtbot.keyClicks(dialog.end, text)
            qtbot.keyClick(dialog.end, Qt.Key.Key_Return)  # Enter presses "Stop course"
            if dialog.error.isVisible():
                seen.append(dialog.error.text())

    QTimer.singleShot(0, lambda: answer(["2021-02-01", "2024-06-30"]))
    qtbot.mouseClick(meds.stop_button, Qt.MouseButton.LeftButton)

    assert seen and "End date" in seen[0] and "2021-03-01" in seen[0], seen
    [stopped] = medications.list_medications(meds.ctx.db, patient_id)
    assert stopped.id == course.id and stopped.end == dt.date(2024, 6, 30)
    assert "Stopped the alendronate course on 2024-06-30" in meds.saved_label.text()
    assert not meds.stop_button.isEnabled(), "a stopped course cannot be stopped again"
    undo_stack(meds.ctx).undo()
    assert medications.list_medications(meds.ctx.db, patient_id)[0].end is None
    undo_stack(meds.ctx).redo()
    assert medications.list_medications(meds.ctx.db, patient_id)[0].end == dt.date(2024, 6, 30)


def test_stop_course_dialog_cancel_changes_nothing(qtbot, meds: MedicationsPage, patient_id) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    medications.log_medication(meds.ctx.db, medications.parse_medication(
        patient_id, {"drug": "denosumab", "start": "2022-01-10"}))
    meds.ctx.notify_changed(ChangeKind.MEDICATION)
    meds.view.selectRow(0)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    meds.stop_selected()
    assert medications.list_medications(meds.ctx.db, patient_id)[0].end is None
    assert undo_stack(meds.ctx).count() == 0


# -- fractures and falls ---------------------------------------------------------------------------
def test_fracture_and_fall_are_saved_and_reloaded(qtbot, db_path: Path, patient_id) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        page = make(qtbot, FracturesPage, db, patient_id)
        f = page.fractures
        type_into(qtbot, f.date, "2018-02-03")
        f.site.setCurrentIndex(f.site.findData("vertebra"))
        assert f.low_trauma.isChecked(), "low trauma is the default"
        qtbot.mouseClick(f.low_trauma, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
        fall = page.falls
        type_into(qtbot, fall.date, "2018-02-03")
        qtbot.mouseClick(fall.injury, Qt.MouseButton.LeftButton)
        type_into(qtbot, fall.notes, "fell from a ladder")
        qtbot.keyClick(fall.notes, Qt.Key.Key_Return)
        page.close()
    finally:
        db.close()
    db = open_database(f"sqlite:///{db_path}")
    try:
        [fx] = fractures.list_fractures(db, patient_id)
        assert (fx.date, fx.site, fx.low_trauma) == (dt.date(2018, 2, 3), FractureSite.VERTEBRA, False)
        [fl] = fractures.list_falls(db, patient_id)
        assert (fl.date, fl.injury, fl.notes) == (dt.date(2018, 2, 3), True, "fell from a ladder")
        page = make(qtbot, FracturesPage, db, patient_id)
        assert rows(page.fractures) == [["2018-02-03", "Vertebra (spine)", "no"]]
        assert rows(page.falls) == [["2018-02-03", "yes", "fell from a ladder"]]
    finally:
        db.close()


@pytest.mark.parametrize("value", ["2099-01-01", "1899-12-31", "yesterday", ""])
def test_bad_fracture_date_is_named_and_nothing_is_saved(qtbot, medical: FracturesPage, patient_id,
                                                         value: str) -> None:
    f = medical.fractures
    type_into(qtbot, f.date, value)
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert f.errors.label_for("date").isVisibleTo(f)
    assert fractures.list_fractures(f.ctx.db, patient_id) == []


def test_bad_fall_date_is_named_and_nothing_is_saved(qtbot, medical: FracturesPage, patient_id) -> None:
    fall = medical.falls
    type_into(qtbot, fall.date, "2099-01-01")
    qtbot.mouseClick(fall.save_button, Qt.MouseButton.LeftButton)
    assert "future" in fall.errors.label_for("date").text()
    assert fractures.list_falls(fall.ctx.db, patient_id) == []


def test_fracture_delete_and_undo(qtbot, medical: FracturesPage, patient_id, monkeypatch) -> None:
    f = medical.fractures
    saved = fractures.log_fracture(f.ctx.db, fractures.parse_fracture(
        patient_id, {"date": "2020-01-01", "site": "hip"}))
    f.ctx.notify_changed(ChangeKind.FRACTURE)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    f.select_entry(saved.id)
    f.delete_selected()
    assert fractures.list_fractures(f.ctx.db, patient_id) == [] and "Ctrl+Z" in f.saved_label.text()
    undo_stack(f.ctx).undo()
    assert fractures.list_fractures(f.ctx.db, patient_id) == [saved]


def test_models_pass_qtmodeltester(qtmodeltester, meds, medical, patient_id) -> None:
    medications.log_medication(meds.ctx.db, medications.parse_medication(
        patient_id, {"drug": "HRT", "start": "2020-01-01"}))
    meds.reload()
    qtmodeltester.check(meds.model)
    qtmodeltester.check(medical.fractures.model)
    qtmodeltester.check(medical.falls.model)


def test_an_untouched_form_saves_no_course(qtbot, meds: MedicationsPage, patient_id) -> None:
    """Issue 15: no drug is chosen by default, so one click on Save records nothing."""
    assert meds.drug.currentText() == "Choose a drug…" and meds.drug_class.text() == ""
    assert not meds.has_unsaved_changes()
    qtbot.mouseClick(meds.save_button, Qt.MouseButton.LeftButton)
    label = meds.errors.label_for("drug")
    assert label.isVisibleTo(meds) and label.text()
    assert medications.list_medications(meds.ctx.db, patient_id) == []


def test_a_stop_date_before_the_start_shows_the_whole_message(qtbot, meds: MedicationsPage,
                                                              patient_id) -> None:
    """Issue 15: the second line of the message was cut off."""
    from bonetracker.ui.pages.medications.stop_course import StopCourseDialog

    course = medications.log_medication(meds.ctx.db, medications.parse_medication(
        patient_id, {"drug": "raloxifene", "start": "2020-05-05"}))
    dialog = StopCourseDialog(meds.ctx, course)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.end.setText("2019-01-01")
    dialog.accept()
    label = dialog.error
    qtbot.wait(20)
    assert label.isVisible() and "before" in label.text()
    assert label.height() >= label.heightForWidth(label.width()) - 1, "every line shows"
    assert dialog.isVisible()


def test_the_amount_error_shows_once(qtbot, patient_id, db) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: Meals showed the amount error in the preview and beside the field."""
    from bonetracker.services import foods as food_svc
    from bonetracker.ui.context import AppContext
    from bonetracker.ui.pages.meals.page import MealsPage

    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = MealsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_food(food_svc.search(db, "milk", 1)[0])
    page.amount.setText("0")
    page.add_item()
    inline = page.errors.label_for("amount").text()
    assert inline and page.preview.text() == ""
    page.preview_item()
    assert page.preview.text() == ""
