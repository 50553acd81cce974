"""Every form against clumsy and hostile use: megabyte-ish pastes, double-clicked Save, undo.

- Pasting 10,000 characters into any text field must neither hang nor crash: Save either shows
  a message beside a field (short: the paste is not echoed back) or stores exactly what
  validation made of the form.
- Double-clicking Save (or pressing Enter twice) stores the entry once.
- Undo after a delete brings back the same row, with the same ids for its children (the
  measurements of a scan visit, the items of a meal).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bonetracker.domain.records import PatientId, Site
from bonetracker.services import foods as food_svc
from bonetracker.services import fractures, frax, labs, lifestyle, measures, medications, workouts
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services import scans as scan_svc
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.patient import PatientDialog
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.fractures import FracturesPage
from bonetracker.ui.pages.lifestyle import LifestylePage
from bonetracker.ui.pages.meals.page import MealsPage
from bonetracker.ui.pages.measures.page import MeasuresPage
from bonetracker.ui.pages.medications.page import MedicationsPage
from bonetracker.ui.pages.scans.page import ScansPage
from bonetracker.ui.pages.workouts.page import WorkoutsPage
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore(
    "does not support (propagateSizeHints|raise|grabbing the keyboard)", extend=True)

PASTES = {"digits": "9" * 10_000, "words": ("Osteoporosis notes, " * 500)[:10_000]}
SLOW_SECONDS = 5.0  # far above a normal save; a hang or a quadratic blow-up shows up here
MAX_MESSAGE = 1_000


@pytest.fixture
def db(seeded_db: Database) -> Database:
    """Meals need the food table."""
    return seeded_db


@pytest.fixture
def ctx(db: Database) -> AppContext:
    patient = patient_svc.add_patient(db, patient_svc.parse_patient(
        {"name": "Robust Rita", "sex": "female", "birth_date": "1950-02-03"}))
    context = AppContext(db)
    context.select_patient(patient.id)
    return context


def day(i: int) -> str:
    """A different valid date per attempt, so one accepted entry never blocks the next."""
    return (dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat()


@dataclasses.dataclass(frozen=True)
class Form:
    """How to reach one form of a page and fill it with a valid entry."""

    page: Callable[[AppContext], QWidget]
    form: Callable[[QWidget], Any]  # the object with save()/raw()
    fill: Callable[[Any, int], None]  # a valid entry, the n-th one
    count: Callable[[Database, PatientId], int]


def _fill_scan(page: ScansPage, i: int) -> None:
    page.date.setText(day(i))
    page.cells[Site.LUMBAR_SPINE]["bmd"].setText("0.912")
    page.cells[Site.TOTAL_HIP]["t_score"].setText("-1.5")


def _fill_workout(section: Any, i: int) -> None:
    section.date.setText(day(i))
    section.activity.setEditText("Free weights")  # strength: sets, reps and load show too
    section.minutes.setText("30")


def _fill_lifestyle(section: Any, i: int) -> None:
    section.date.setText(day(i))
    section.stress.setText("4")


def _fill_course(section: Any, i: int) -> None:
    section.drug.setCurrentIndex(section.drug.findText(medications.CALCIUM))
    section.start.setText(day(i))
    section.end.setText(day(i))  # one-day courses never overlap the next attempt's
    section.daily_amount.setText("500")


def _fill_dated(section: Any, i: int) -> None:
    section.date.setText(day(i))


def _fill_measure(section: Any, i: int) -> None:
    section.date.setText(day(i))
    section.value.setText("160")  # cm, the first kind's (height) own unit


def _fill_lab(section: Any, i: int) -> None:
    section.date.setText(day(i))
    section.value.setText("30")  # ng/mL of 25-hydroxyvitamin D


def _fill_frax(section: Any, i: int) -> None:
    section.date.setText(day(i))
    section.major.setText("12")
    section.hip.setText("2")


def _in_front(page: Any, section: Any) -> Any:
    """A section of the Measurements page, its inner tab brought to the front."""
    page.tabs.setCurrentWidget(section)
    return section


FORMS: dict[str, Form] = {
    "scans": Form(ScansPage, lambda page: page, _fill_scan,
                  lambda db, pid: len(scan_svc.list_scans(db, pid))),
    "workouts": Form(WorkoutsPage, lambda page: page.section, _fill_workout,
                     lambda db, pid: len(workouts.list_workouts(db, pid))),
    "lifestyle": Form(LifestylePage, lambda page: page.section, _fill_lifestyle,
                      lambda db, pid: len(lifestyle.list_lifestyle(db, pid))),
    "medications": Form(MedicationsPage, lambda page: page, _fill_course,
                        lambda db, pid: len(medications.list_medications(db, pid))),
    "fractures": Form(FracturesPage, lambda page: page.fractures, _fill_dated,
                      lambda db, pid: len(fractures.list_fractures(db, pid))),
    "falls": Form(FracturesPage, lambda page: page.falls, _fill_dated,
                  lambda db, pid: len(fractures.list_falls(db, pid))),
    "measures": Form(MeasuresPage, lambda page: _in_front(page, page.tests), _fill_measure,
                     lambda db, pid: len(measures.list_measures(db, pid))),
    "labs": Form(MeasuresPage, lambda page: _in_front(page, page.labs), _fill_lab,
                 lambda db, pid: len(labs.list_labs(db, pid))),
    "frax": Form(MeasuresPage, lambda page: _in_front(page, page.frax), _fill_frax,
                 lambda db, pid: len(frax.list_frax(db, pid))),
}


def text_fields(form: QWidget) -> list[QLineEdit | QPlainTextEdit]:
    """Every visible, enabled text input of a form (editable combo boxes included)."""
    fields = [w for w in form.findChildren(QLineEdit) + form.findChildren(QPlainTextEdit)
              if w.isVisibleTo(form) and w.isEnabled() and not w.isReadOnly()]
    assert fields, "the form has text fields"
    return fields


def paste(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select all and paste through the clipboard, as a user does (Ctrl+A, Ctrl+V)."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def double_click(qtbot: QtBot, widget: QWidget) -> None:
    """What the window system sends for a double-click: press, release, double-click, release.

    (``qtbot.mouseDClick`` alone sends no release, so a button would not click at all.)
    """
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(widget, left)
    qtbot.mouseRelease(widget, left)
    qtbot.mouseDClick(widget, left)
    qtbot.mouseRelease(widget, left)


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def max_length(widget: QLineEdit | QPlainTextEdit) -> int:
    return widget.maxLength() if isinstance(widget, QLineEdit) else 10**9


def shown_errors(form: QWidget) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel)
            if label.objectName().startswith("error") and label.isVisibleTo(form) and label.text()]


def field_name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.placeholderText() or type(
            widget).__name__  # type: ignore[attr-defined]


def newest(items: list[Any]) -> Any:
    return max(items, key=lambda e: e.id)


def stored_as_parsed(form: Any, raw: Any, db: Database, pid: PatientId, name: str) -> None:
    """An accepted paste is stored exactly as the service's parser reads the same form."""
    if name == "scans":
        visit, rows = raw
        expected = scan_svc.parse_scan(pid, visit, rows)
        stored = newest(scan_svc.list_scans(db, pid))
        assert [dataclasses.replace(m, id=None) for m in stored.measurements] == list(expected.measurements)
        assert (stored.date, stored.facility, stored.notes) == (
            expected.date, expected.facility, expected.notes)
        return
    expected = form.parse(pid, raw, None)
    stored = newest(form.list_entries(db, pid))
    kept = {k: getattr(stored, k) for k in ("activity_id", "inputs") if hasattr(expected, k)}
    assert dataclasses.replace(stored, id=None, version=1) == dataclasses.replace(
        expected, id=None, version=1, **kept)  # (the activity found by name, FRAX's worksheet)


@pytest.mark.parametrize("payload", list(PASTES))
@pytest.mark.parametrize("name", list(FORMS))
def test_pasting_10000_characters_into_every_field(
    qtbot: QtBot, ctx: AppContext, name: str, payload: str
) -> None:
    spec = FORMS[name]
    page = spec.page(ctx)
    qtbot.addWidget(page)
    page.show()
    form = spec.form(page)
    pid = PatientId(ctx.patient_id or 0)
    spec.fill(form, 0)
    for n, field in enumerate(text_fields(form), start=1):
        spec.fill(form, n)
        before = spec.count(ctx.db, pid)
        started = time.perf_counter()
        paste(qtbot, field, PASTES[payload])
        assert len(text_of(field)) == min(10_000, max_length(field)), "the paste arrived"
        raw = form.raw()
        form.save()
        QApplication.processEvents()
        elapsed = time.perf_counter() - started
        assert elapsed < SLOW_SECONDS, f"{name}: pasting into {field_name(field)} took {elapsed:.1f} s"
        after = spec.count(ctx.db, pid)
        errors = shown_errors(form)
        assert all(len(e) < MAX_MESSAGE for e in errors), "the paste is not echoed back"
        if after == before:
            assert errors, f"{name}: nothing saved and no message after pasting into {field_name(field)}"
        else:
            assert after == before + 1
            stored_as_parsed(form, raw, ctx.db, pid, name)
        form.new_entry(focus=False)


def test_pasting_into_the_patient_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    for payload in PASTES.values():
        probe = PatientDialog(ctx, None)
        qtbot.addWidget(probe)
        count = len(text_fields(probe))
        for n in range(count):
            dialog = PatientDialog(ctx, None)
            qtbot.addWidget(dialog)
            dialog.name.setText(f"Paste Person {n}")
            dialog.sex.setCurrentIndex(0)
            dialog.birth_date.setText("1950-01-01")
            field = text_fields(dialog)[n]
            before = patient_svc.count_patients(ctx.db)
            started = time.perf_counter()
            paste(qtbot, field, payload)
            raw = dialog.raw()
            dialog.accept()
            assert time.perf_counter() - started < SLOW_SECONDS
            errors = shown_errors(dialog)
            assert all(len(e) < MAX_MESSAGE for e in errors)
            if dialog.result() == QDialog.DialogCode.Accepted:
                assert patient_svc.count_patients(ctx.db) == before + 1
                assert dialog.saved is not None
                expected = patient_svc.parse_patient(raw)
                assert dataclasses.replace(dialog.saved, id=None) == expected
            else:
                assert patient_svc.count_patients(ctx.db) == before and errors, field_name(field)


def test_pasting_into_the_meal_form(qtbot: QtBot, ctx: AppContext) -> None:
    page = MealsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    for payload in PASTES.values():
        started = time.perf_counter()
        paste(qtbot, page.search, payload)  # the type-ahead searches the whole paste
        page.set_food(food_svc.search(ctx.db, "milk", 1)[0])
        paste(qtbot, page.amount, payload)
        page.preview_item()
        assert page.add_item() is None, "an absurd amount is refused"
        assert shown_errors(page) and all(len(e) < MAX_MESSAGE for e in shown_errors(page))
        assert time.perf_counter() - started < SLOW_SECONDS
        page.amount.setText("1")
        assert page.add_item() is not None
        assert page.save()
    assert len(meal_svc.list_meals(ctx.db, PatientId(ctx.patient_id or 0))) >= 1


# -- double-clicked Save ------------------------------------------------------------------
@pytest.mark.parametrize("name", list(FORMS))
def test_double_clicking_save_stores_one_entry(qtbot: QtBot, ctx: AppContext, name: str) -> None:
    spec = FORMS[name]
    page = spec.page(ctx)
    qtbot.addWidget(page)
    page.show()
    form = spec.form(page)
    pid = PatientId(ctx.patient_id or 0)
    spec.fill(form, 1)
    double_click(qtbot, form.save_button)
    assert spec.count(ctx.db, pid) == 1
    assert not shown_errors(form), "no error flashes on the cleared form"
    spec.fill(form, 2)
    field = next(w for w in form.findChildren(QLineEdit) if w.isVisibleTo(form)
                 and w.receivers("2returnPressed()") > 0)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert spec.count(ctx.db, pid) == 2, "Enter pressed twice stores one entry"
    if name in ("fractures", "falls"):  # their blank form is itself valid: saving it on purpose works
        qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert spec.count(ctx.db, pid) == 3


def test_double_clicking_save_in_the_patient_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = PatientDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Double Click")
    dialog.sex.setCurrentIndex(0)
    dialog.birth_date.setText("1950-01-01")
    before = patient_svc.count_patients(ctx.db)
    save = next(b for b in dialog.buttons.findChildren(QPushButton) if "Save" in b.text())
    double_click(qtbot, save)
    assert patient_svc.count_patients(ctx.db) == before + 1


def test_double_clicking_save_meal(qtbot: QtBot, ctx: AppContext) -> None:
    page = MealsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_food(food_svc.search(ctx.db, "milk", 1)[0])
    page.add_item()
    double_click(qtbot, page.save_button)
    meals = meal_svc.list_meals(ctx.db, PatientId(ctx.patient_id or 0))
    assert len(meals) == 1 and len(meals[0].items) == 1
    assert not shown_errors(page)


# -- undo after delete ------------------------------------------------------------------------
@pytest.fixture
def yes_to_delete(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)


def test_undo_restores_a_scan_visit_with_its_measurement_ids(
    qtbot: QtBot, ctx: AppContext, yes_to_delete: None
) -> None:
    pid = PatientId(ctx.patient_id or 0)
    visit = scan_svc.log_scan(ctx.db, scan_svc.parse_scan(pid, {"date": "2023-03-03"}, [
        {"site": "lumbar_spine", "bmd": "0.81", "t_score": "-2.4"},
        {"site": "femoral_neck", "bmd": "0.62"}]))
    page = ScansPage(ctx)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    page.delete_selected()
    assert scan_svc.list_scans(ctx.db, pid) == []
    undo_stack(ctx).undo()
    assert scan_svc.list_scans(ctx.db, pid) == [visit], "same visit id, same measurement ids"
    assert len(visit.measurements) == 2 and all(m.id for m in visit.measurements)


def test_undo_restores_a_meal_with_its_item_ids(qtbot: QtBot, ctx: AppContext) -> None:
    pid = PatientId(ctx.patient_id or 0)
    milk = food_svc.get_food(ctx.db, food_svc.search(ctx.db, "milk", 1)[0].id)
    cheese = food_svc.get_food(ctx.db, food_svc.search(ctx.db, "cheddar", 1)[0].id)
    meal = meal_svc.log_meal(ctx.db, meal_svc.parse_meal(pid, {"date": "2024-04-04", "meal": "lunch"}, [
        meal_svc.parse_item(milk, {"grams": "200"}), meal_svc.parse_item(cheese, {"grams": "30"})]))
    page = MealsPage(ctx)
    qtbot.addWidget(page)
    page.date.setText("2024-04-04")
    page.meal_tree.setCurrentItem(page.meal_tree.topLevelItem(0))  # the meal (a food row removes one food)
    page.delete_selected()
    assert meal_svc.list_meals(ctx.db, pid) == []
    undo_stack(ctx).undo()
    assert meal_svc.list_meals(ctx.db, pid) == [meal], "same meal id, same item ids"
    assert len(meal.items) == 2 and all(i.id for i in meal.items)
    assert page.meal_tree.topLevelItemCount() == 1, "the day view shows it again"


@pytest.mark.parametrize("name", list(FORMS)[1:])
def test_undo_restores_an_entry_with_its_id(
    qtbot: QtBot, ctx: AppContext, yes_to_delete: None, name: str
) -> None:
    spec = FORMS[name]
    page = spec.page(ctx)
    qtbot.addWidget(page)
    form: EntrySection = spec.form(page)
    spec.fill(form, 3)
    saved = form.save()
    assert saved is not None
    form.select_entry(saved.id)
    form.delete_selected()
    pid = PatientId(ctx.patient_id or 0)
    assert spec.count(ctx.db, pid) == 0
    undo_stack(ctx).undo()
    assert form.list_entries(ctx.db, pid) == [saved]
