"""The Workouts page: typing a workout, strength fields, warnings, edit, delete with undo, adherence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bonetracker.domain.records import PatientId
from bonetracker.services import fractures, workouts
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.validation import today
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.settings import KEY_LOAD_UNIT, app_settings
from bonetracker.ui.pages.workouts.page import CustomActivityDialog, WorkoutsPage
from bonetracker.ui.widgets.forms import undo_stack

# The offscreen platform cannot raise the type-ahead popup or let it grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "does not support grabbing",
                                       extend=True)


@pytest.fixture
def patient_id(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Maria Rossi", "sex": "female",
                                       "birth_date": "1958-04-12"}))
    assert p.id is not None
    return p.id


def make_page(qtbot, db: Database, patient_id: PatientId) -> WorkoutsPage:
    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = WorkoutsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, db: Database, patient_id: PatientId) -> WorkoutsPage:
    return make_page(qtbot, db, patient_id)


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def cell(page: WorkoutsPage, row: int, header: str) -> str:
    s = page.section
    col = [c.header for c in s.columns].index(header)
    return str(s.proxy.data(s.proxy.index(row, col)))


def fill_strength(qtbot, page: WorkoutsPage) -> None:
    s = page.section
    type_into(qtbot, s.date, "2024-03-01")
    type_into(qtbot, s.activity.lineEdit(), "free weights")
    type_into(qtbot, s.minutes, "40")
    type_into(qtbot, s.effort, "7")
    type_into(qtbot, s.sets, "3")
    type_into(qtbot, s.reps, "10")
    type_into(qtbot, s.load_field, "12.5")
    type_into(qtbot, s.notes, "squats and rows")


def test_strength_workout_is_saved_and_reloaded_after_reopening(
    qtbot, db_path: Path, patient_id: PatientId
) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        page = make_page(qtbot, db, patient_id)
        s = page.section
        assert not s.sets.isVisibleTo(s), "strength fields wait for a strength activity"
        fill_strength(qtbot, page)
        assert s.sets.isVisibleTo(s) and "Strength" in s.hint.text()
        with qtbot.waitSignal(page.section.ctx.data_changed) as changed:
            qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
        assert changed.args == ["workout"]
        assert s.minutes.text() == "" and s.activity.currentText() == "", "ready for the next one"
        assert "Saved 40 min of Free weights" in s.saved_label.text()
        page.close()
    finally:
        db.close()

    db = open_database(f"sqlite:///{db_path}")
    try:
        [w] = workouts.list_workouts(db, patient_id)
        assert (w.date, w.activity, w.minutes, w.effort, w.sets, w.reps, w.load_kg, w.notes) == (
            dt.date(2024, 3, 1), "Free weights", 40, 7, 3, 10, 12.5, "squats and rows")
        page = make_page(qtbot, db, patient_id)
        assert page.section.proxy.rowCount() == 1
        assert cell(page, 0, "Activity") == "Free weights"
        assert cell(page, 0, "Load") == "12.5 kg"
        assert cell(page, 0, "Type") == "strength"
    finally:
        db.close()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("minutes", "0", "from 1 to 600"),
    ("minutes", "601", "from 1 to 600"),
    ("effort", "11", "from 1 to 10"),
    ("sets", "21", "from 1 to 20"),
    ("reps", "101", "from 1 to 100"),
    ("load_field", "501", "from 0 to 500 kg"),
    ("date", "2099-01-01", "future"),
])
def test_invalid_value_is_shown_beside_its_field_and_nothing_is_saved(
    qtbot, page: WorkoutsPage, patient_id: PatientId, field: str, value: str, message: str
) -> None:
    fill_strength(qtbot, page)
    s = page.section
    type_into(qtbot, getattr(s, field), value)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    name = "load_kg" if field == "load_field" else field
    label = s.errors.label_for(name)
    assert label.isVisibleTo(s) and message in label.text()
    assert getattr(s, field).property("error") is True
    assert workouts.list_workouts(s.ctx.db, patient_id) == []


def test_unknown_activity_suggests_a_name(qtbot, page: WorkoutsPage, patient_id) -> None:
    s = page.section
    type_into(qtbot, s.activity.lineEdit(), "swiming")
    type_into(qtbot, s.minutes, "30")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert "Swimming" in s.errors.label_for("activity").text()
    assert workouts.list_workouts(s.ctx.db, patient_id) == []


def test_load_in_pounds_follows_the_units_setting(qtbot, db, patient_id) -> None:
    app_settings().setValue(KEY_LOAD_UNIT, "lb")
    try:
        page = make_page(qtbot, db, patient_id)
        fill_strength(qtbot, page)
        s = page.section
        assert s.load_caption.text() == "Load (lb)"
        type_into(qtbot, s.load_field, "22.05")
        s.save()
        [w] = workouts.list_workouts(db, patient_id)
        assert w.load_kg == pytest.approx(10.0, abs=0.01)
        assert cell(page, 0, "Load") == "22 lb"
        s.select_entry(w.id)
        s.edit_selected()
        s.save()  # unchanged text keeps the stored kilograms exactly
        assert workouts.list_workouts(db, patient_id)[0].load_kg == w.load_kg
    finally:
        app_settings().setValue(KEY_LOAD_UNIT, "kg")


def test_flagged_activity_warns_but_saves(qtbot, db, patient_id) -> None:
    fractures.log_fracture(db, fractures.parse_fracture(patient_id, {"date": "2021-01-01",
                                                                      "site": "vertebra"}))
    page = make_page(qtbot, db, patient_id)
    s = page.section
    type_into(qtbot, s.activity.lineEdit(), "Jumping and hopping")
    assert s.warning.isVisibleTo(s) and "brisk walking" in s.warning.text()
    type_into(qtbot, s.activity.lineEdit(), "Brisk walking")
    assert not s.warning.isVisibleTo(s)
    type_into(qtbot, s.activity.lineEdit(), "running")
    type_into(qtbot, s.minutes, "20")
    s.save()
    assert len(workouts.list_workouts(db, patient_id)) == 1
    assert "Note:" in s.saved_label.text()


def test_edit_then_delete_and_undo(qtbot, page: WorkoutsPage, patient_id, monkeypatch) -> None:
    s = page.section
    db = s.ctx.db
    saved = workouts.log_workout(db, workouts.read_workout(
        db, patient_id, {"date": "2024-02-02", "activity": "Tai chi", "minutes": "30"}))
    s.ctx.notify_changed("workout")
    s.select_entry(saved.id)
    s.edit_selected()
    assert s.form_box.title().startswith("Edit") and s.minutes.text() == "30"
    type_into(qtbot, s.minutes, "45")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    [edited] = workouts.list_workouts(db, patient_id)
    assert edited.id == saved.id and edited.minutes == 45 and edited.version == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    s.select_entry(saved.id)
    qtbot.mouseClick(s.delete_button, Qt.MouseButton.LeftButton)
    assert workouts.list_workouts(db, patient_id) == [] and s.proxy.rowCount() == 0
    undo_stack(s.ctx).undo()
    [restored] = workouts.list_workouts(db, patient_id)
    assert restored == dataclasses.replace(edited, version=restored.version)
    assert s.proxy.rowCount() == 1
    undo_stack(s.ctx).redo()
    assert workouts.list_workouts(db, patient_id) == []


def test_delete_needs_a_yes(qtbot, page: WorkoutsPage, patient_id, monkeypatch) -> None:
    s = page.section
    saved = workouts.log_workout(s.ctx.db, workouts.read_workout(
        s.ctx.db, patient_id, {"date": "2024-02-02", "activity": "Yoga", "minutes": "30"}))
    s.ctx.notify_changed("workout")
    s.select_entry(saved.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    s.delete_selected()
    assert len(workouts.list_workouts(s.ctx.db, patient_id)) == 1


def test_table_sorts_by_minutes(qtbot, page: WorkoutsPage, patient_id) -> None:
    s = page.section
    for day, minutes in (("2024-01-01", "20"), ("2024-01-02", "5"), ("2024-01-03", "100")):
        workouts.log_workout(s.ctx.db, workouts.read_workout(
            s.ctx.db, patient_id, {"date": day, "activity": "Walking", "minutes": minutes}))
    s.ctx.notify_changed("workout")
    assert [cell(page, r, "Date") for r in range(3)] == ["2024-01-03", "2024-01-02", "2024-01-01"]
    s.view.sortByColumn([c.header for c in s.columns].index("Minutes"), Qt.SortOrder.AscendingOrder)
    assert [cell(page, r, "Minutes") for r in range(3)] == ["5", "20", "100"]


def test_adherence_strip_counts_this_week(qtbot, page: WorkoutsPage, patient_id) -> None:
    s = page.section
    monday = today() - dt.timedelta(days=today().weekday())
    for activity, minutes in (("Weight machines", "30"), ("Tai chi", "25"), ("Brisk walking", "40")):
        workouts.log_workout(s.ctx.db, workouts.read_workout(
            s.ctx.db, patient_id, {"date": monday.isoformat(), "activity": activity,
                                   "minutes": minutes}))
    s.ctx.notify_changed("workout")
    strip = page.strip
    assert "1 of 2" in strip.labels["strength_sessions"].text()
    assert "25 of 120" in strip.labels["balance_minutes"].text()
    assert "40 of 150" in strip.labels["weight_bearing_minutes"].text()
    assert strip.charts["balance_minutes"].values[-1] == 25
    assert len(strip.charts["balance_minutes"].values) == 12
    strip.grab()  # paints the bars without error


def test_own_activity_dialog(qtbot, page: WorkoutsPage) -> None:
    dialog = CustomActivityDialog(page.section.ctx, "Aqua jogging", page)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("non_weight_bearing"))
    type_into(qtbot, dialog.met, "99")
    dialog.accept()
    assert dialog.saved is None and "from 1 to 20" in dialog.errors.label_for("met").text()
    type_into(qtbot, dialog.met, "5.5")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.custom
    assert "Aqua jogging" in [page.section.activity.itemText(i)
                              for i in range(page.section.activity.count())]


def test_table_model_passes_qtmodeltester(qtmodeltester, page: WorkoutsPage, patient_id) -> None:
    s = page.section
    workouts.log_workout(s.ctx.db, workouts.read_workout(
        s.ctx.db, patient_id, {"date": "2024-01-01", "activity": "Walking", "minutes": "20"}))
    s.reload()
    qtmodeltester.check(s.model)


def test_enter_in_the_activity_field_saves_and_escape_cancels_an_edit(
    qtbot, page: WorkoutsPage, patient_id
) -> None:
    """Issue 15: Enter saves from any field (the Activity list too); Escape leaves an edit."""
    s = page.section
    type_into(qtbot, s.date, "2024-03-01")
    type_into(qtbot, s.minutes, "30")
    line = s.activity.lineEdit()
    type_into(qtbot, line, "Brisk walking")
    s.activity.completer().popup().hide()  # the typed name is complete: no list is open
    qtbot.keyClick(line, Qt.Key.Key_Return)
    [saved] = workouts.list_workouts(page.section.ctx.db, patient_id)
    assert saved.activity == "Brisk walking" and saved.minutes == 30
    s.load(saved)
    assert s.editing is not None
    type_into(qtbot, s.minutes, "45")
    qtbot.keyClick(s.minutes, Qt.Key.Key_Escape)
    assert s.editing is None and s.minutes.text() == ""
    assert workouts.list_workouts(page.section.ctx.db, patient_id)[0].minutes == 30
