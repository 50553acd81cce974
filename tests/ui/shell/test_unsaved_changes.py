"""Closing the window or switching patient with unsaved edits asks Save / Discard / Cancel.

A clinician who typed half a DXA report and clicks the window's close button, or picks the next
patient in the list, must not lose it silently: Save stores it (or, if it is invalid, keeps the
window open with the errors shown), Discard drops it, Cancel goes back to the form as it was.
Closes made by code never ask (they would block on a dialog nobody sees).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bonetracker.domain.records import PatientId, Site
from bonetracker.services import foods as food_svc
from bonetracker.services import fractures, lifestyle, medications, workouts
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services import scans as scan_svc
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support (propagateSizeHints|raise|grabbing the keyboard)", extend=True)

Button = QMessageBox.StandardButton


@pytest.fixture
def db(seeded_db: Database) -> Database:
    for name in ("Ann Unsaved", "Bob Unsaved"):
        patient_svc.add_patient(seeded_db, patient_svc.parse_patient(
            {"name": name, "sex": "female", "birth_date": "1950-01-01"}))
    return seeded_db


ANN, BOB = PatientId(1), PatientId(2)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(AppContext(db))
    qtbot.addWidget(win)
    win.show()
    win.ctx.select_patient(ANN)
    return win


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Questions asked, as (title, text); the answer is whatever ``answer`` was set to."""
    asked: list[tuple[str, str]] = []

    def question(_parent: object, title: str, text: str, *_a: object) -> Button:
        asked.append((title, text))
        return answer.button  # type: ignore[attr-defined, no-any-return]

    answer.button = Button.Cancel  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def answer(button: Button) -> None:
    answer.button = button  # type: ignore[attr-defined]


class UserClose(QCloseEvent):
    """A close the user started (title-bar button, Alt+F4): Qt marks those spontaneous."""

    def spontaneous(self) -> bool:
        return True


# -- one unsaved edit per page: (tab title, type it, count the saved entries) -------------------
def _scan(win: MainWindow) -> None:
    page = win.pages["Scans"]
    page.date.setText("2024-05-05")  # type: ignore[attr-defined]
    page.cells[Site.LUMBAR_SPINE]["bmd"].setText("0.88")  # type: ignore[attr-defined]


def _workout(win: MainWindow) -> None:
    section = win.pages["Workouts"].section  # type: ignore[attr-defined]
    section.activity.setEditText("Brisk walking")
    section.minutes.setText("25")


def _meal(win: MainWindow) -> None:
    page = win.pages["Meals"]
    page.set_food(food_svc.search(win.ctx.db, "milk", 1)[0])  # type: ignore[attr-defined]
    page.add_item()  # type: ignore[attr-defined]


def _lifestyle(win: MainWindow) -> None:
    win.pages["Lifestyle"].section.stress.setText("6")  # type: ignore[attr-defined]


def _course(win: MainWindow) -> None:
    page = win.pages["Medications"]
    page.drug.setCurrentIndex(page.drug.findText("alendronate"))  # type: ignore[attr-defined]
    page.dose.setText("70 mg weekly")  # type: ignore[attr-defined]


def _fall(win: MainWindow) -> None:
    win.pages["Fractures and falls"].falls.notes.setText("tripped on a rug")  # type: ignore[attr-defined]


EDITS: dict[str, tuple[str, Callable[[MainWindow], None], Callable[[Database, PatientId], int]]] = {
    "scan": ("Scans", _scan, lambda db, pid: len(scan_svc.list_scans(db, pid))),
    "workout": ("Workouts", _workout, lambda db, pid: len(workouts.list_workouts(db, pid))),
    "meal": ("Meals", _meal, lambda db, pid: len(meal_svc.list_meals(db, pid))),
    "lifestyle": ("Lifestyle", _lifestyle, lambda db, pid: len(lifestyle.list_lifestyle(db, pid))),
    "course": ("Medications", _course, lambda db, pid: len(medications.list_medications(db, pid))),
    "fall": ("Fractures and falls", _fall, lambda db, pid: len(fractures.list_falls(db, pid))),
}


def test_closing_without_edits_does_not_ask(window: MainWindow, answers: list[Any]) -> None:
    assert window.unsaved_forms() == []
    event = UserClose()
    window.closeEvent(event)
    assert event.isAccepted() and answers == []
    assert window.request_close() and not window.isVisible()


@pytest.mark.parametrize("kind", list(EDITS))
def test_save_on_close_stores_the_edit(window: MainWindow, answers: list[Any], kind: str) -> None:
    title, edit, count = EDITS[kind]
    edit(window)
    assert [window.page_of(f) for f in window.unsaved_forms()] == [window.pages[title]]
    answer(Button.Save)
    assert window.request_close(), "closed after saving"
    [(_title, text)] = answers
    assert title in text
    assert count(window.ctx.db, ANN) == 1
    assert not window.isVisible()


@pytest.mark.parametrize("kind", ["scan", "meal", "fall"])
def test_discard_on_close_stores_nothing(window: MainWindow, answers: list[Any], kind: str) -> None:
    _title, edit, count = EDITS[kind]
    edit(window)
    answer(Button.Discard)
    assert window.request_close()
    assert len(answers) == 1 and count(window.ctx.db, ANN) == 0


def test_cancel_on_the_close_button_keeps_window_and_edits(
    window: MainWindow, answers: list[Any]
) -> None:
    _workout(window)
    answer(Button.Cancel)
    event = UserClose()
    window.closeEvent(event)
    assert not event.isAccepted() and len(answers) == 1
    assert window.isVisible()
    assert window.pages["Workouts"].section.minutes.text() == "25"  # type: ignore[attr-defined]
    assert workouts.list_workouts(window.ctx.db, ANN) == []


def test_save_of_invalid_edits_keeps_the_window_open_with_the_errors(
    window: MainWindow, answers: list[Any]
) -> None:
    section = window.pages["Workouts"].section  # type: ignore[attr-defined]
    section.activity.setEditText("Brisk walking")
    section.minutes.setText("9999")
    window.tabs.setCurrentIndex(0)
    answer(Button.Save)
    event = UserClose()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.tabs.currentWidget() is window.pages["Workouts"], "the form with errors is shown"
    assert "600" in section.errors.label_for("minutes").text()
    assert workouts.list_workouts(window.ctx.db, ANN) == []


def test_a_close_by_code_never_asks(window: MainWindow, answers: list[Any]) -> None:
    """Shutdown after the event loop and test teardown close by code: no dialog may block them."""
    _scan(window)
    assert window.close()
    assert answers == []


def test_editing_an_existing_entry_counts_only_when_changed(
    window: MainWindow, answers: list[Any]
) -> None:
    saved = workouts.log_workout(window.ctx.db, workouts.read_workout(
        window.ctx.db, ANN, {"date": "2024-01-01", "activity": "Yoga", "minutes": "20"}))
    section = window.pages["Workouts"].section  # type: ignore[attr-defined]
    section.load(saved)
    assert window.unsaved_forms() == [], "opening an entry is not an edit"
    section.minutes.setText("45")
    answer(Button.Save)
    assert window.request_close()
    assert "changes to 20 min of Yoga" in answers[0][1]
    [stored] = workouts.list_workouts(window.ctx.db, ANN)
    assert (stored.id, stored.minutes) == (saved.id, 45)


# -- switching patient -----------------------------------------------------------------------
def select_in_list(window: MainWindow, patient_id: PatientId) -> None:
    """Click the patient's row in the list, as a user switches patient."""
    row = window.patient_list.model.row_of(patient_id)
    assert row is not None
    window.patient_list.view.selectRow(row)


def test_switching_patient_asks_and_cancel_keeps_patient_and_edits(
    window: MainWindow, answers: list[Any]
) -> None:
    _lifestyle(window)
    answer(Button.Cancel)
    select_in_list(window, BOB)
    assert len(answers) == 1 and "switching patient" in answers[0][1]
    assert window.ctx.patient_id == ANN
    assert window.pages["Lifestyle"].section.stress.text() == "6"  # type: ignore[attr-defined]
    [row] = window.patient_list.view.selectionModel().selectedRows()
    assert window.patient_list.model.patient_id(row.row()) == ANN, "the list shows Ann again"


def test_switching_patient_with_save_stores_it_for_the_first_patient(
    window: MainWindow, answers: list[Any]
) -> None:
    _scan(window)
    answer(Button.Save)
    select_in_list(window, BOB)
    assert window.ctx.patient_id == BOB
    assert len(scan_svc.list_scans(window.ctx.db, ANN)) == 1
    assert scan_svc.list_scans(window.ctx.db, BOB) == []
    assert window.unsaved_forms() == []


def test_switching_patient_with_discard_drops_the_edit(
    window: MainWindow, answers: list[Any]
) -> None:
    _meal(window)
    answer(Button.Discard)
    select_in_list(window, BOB)
    assert window.ctx.patient_id == BOB
    assert meal_svc.list_meals(window.ctx.db, ANN) == [] and window.unsaved_forms() == []


def test_visiting_every_page_without_typing_never_asks(
    qtbot: QtBot, window: MainWindow, answers: list[Any]
) -> None:
    """Issue 15: clicking through the tabs (Workouts hides its strength fields) is not an edit."""
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
    assert window.unsaved_forms() == []
    window.ctx.select_patient(BOB)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
    window.ctx.select_patient(ANN)
    event = UserClose()
    window.closeEvent(event)
    assert answers == [] and event.isAccepted()


def test_undo_names_the_patient_and_brings_them_back(
    qtbot: QtBot, window: MainWindow, answers: list[Any]
) -> None:
    """Issue 15: delete Ann's fall, switch to Bob, Ctrl+Z: the undo says whose fall and shows Ann."""
    import datetime as dt

    from bonetracker.domain.records import Fall
    from bonetracker.ui.widgets.forms import undo_stack

    fractures.log_fall(window.ctx.db, Fall(None, ANN, dt.date(2026, 12, 3)))
    section = window.pages["Fractures and falls"].falls  # type: ignore[attr-defined]
    section.reload()
    section.view.selectRow(0)
    answer(Button.Yes)  # "Delete the fall of ...?"
    section.delete_selected()
    assert fractures.list_falls(window.ctx.db, ANN) == []
    stack = undo_stack(window.ctx)
    assert stack.undoText() == "delete the fall of 2026-12-03 (Ann Unsaved)"
    window.ctx.select_patient(BOB)
    stack.undo()
    assert window.ctx.patient_id == ANN
    assert len(fractures.list_falls(window.ctx.db, ANN)) == 1


def test_status_lines_are_replaced_not_stacked(
    qtbot: QtBot, window: MainWindow, answers: list[Any]
) -> None:
    """Issue 15: no 'Not saved' beside 'Saved'; 'Deleted ... (Ctrl+Z to undo)' goes with the
    undo; the Meals line belongs to its patient."""
    import datetime as dt

    from bonetracker.domain.records import Fall
    from bonetracker.ui.widgets.forms import undo_stack

    section = window.pages["Fractures and falls"].falls  # type: ignore[attr-defined]
    section.date.setText("2026-01-05")
    section.save()
    assert section.saved_label.text().startswith("Saved")
    section.date.setText("not a date")
    section.notes.setText("x")
    section.save()
    assert section.saved_label.text() == ""
    fractures.log_fall(window.ctx.db, Fall(None, ANN, dt.date(2026, 1, 6)))
    section.reload()
    section.view.selectRow(0)
    answer(Button.Yes)
    section.delete_selected()
    assert "(Ctrl+Z to undo)" in section.saved_label.text()
    undo_stack(window.ctx).undo()
    assert section.saved_label.text() == ""
    section.new_entry()  # the half-typed fall above would (rightly) ask before switching
    meals = window.pages["Meals"]
    meals.status.setText("Saved breakfast of 2026-01-05.")  # type: ignore[attr-defined]
    window.ctx.select_patient(BOB)
    assert window.ctx.patient_id == BOB
    assert meals.status.text() == ""  # type: ignore[attr-defined]
