"""The Lifestyle page: a day's entry typed and saved, inline errors, edit, undo, smoking status."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bonetracker.domain.records import PatientId
from bonetracker.services import lifestyle
from bonetracker.services.patients import add_patient, get_patient, parse_patient, update_patient
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages.lifestyle import LifestylePage
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def patient_id(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Ida Berg", "sex": "female", "birth_date": "1950-09-09",
                                       "smoking": "former", "smoking_quit_date": "2005-06-01"}))
    assert p.id is not None
    return p.id


def make_page(qtbot, db: Database, patient_id: PatientId) -> LifestylePage:
    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = LifestylePage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, db: Database, patient_id: PatientId) -> LifestylePage:
    return make_page(qtbot, db, patient_id)


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def fill(qtbot, page: LifestylePage) -> None:
    s = page.section
    type_into(qtbot, s.date, "2024-04-02")
    type_into(qtbot, s.cigarettes, "3")
    type_into(qtbot, s.alcohol, "2,5")
    type_into(qtbot, s.stress, "7")
    type_into(qtbot, s.daylight, "40")
    type_into(qtbot, s.notes, "long day")


def test_entry_is_saved_and_reloaded_after_reopening(qtbot, db_path: Path, patient_id) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        page = make_page(qtbot, db, patient_id)
        fill(qtbot, page)
        with qtbot.waitSignal(page.section.ctx.data_changed) as changed:
            qtbot.keyClick(page.section.notes, Qt.Key.Key_Return)
        assert changed.args == ["lifestyle"]
        page.close()
    finally:
        db.close()
    db = open_database(f"sqlite:///{db_path}")
    try:
        [e] = lifestyle.list_lifestyle(db, patient_id)
        assert (e.date, e.cigarettes, e.alcohol_units, e.stress, e.daylight_minutes, e.notes) == (
            dt.date(2024, 4, 2), 3, 2.5, 7, 40, "long day")
        page = make_page(qtbot, db, patient_id)
        s = page.section
        texts = [s.proxy.data(s.proxy.index(0, c)) for c in range(s.proxy.columnCount())]
        assert texts == ["2024-04-02", "3", "2.5 units", "7", "40 min", "long day"]
    finally:
        db.close()


@pytest.mark.parametrize(("field", "name", "value", "message"), [
    ("cigarettes", "cigarettes", "101", "from 0 to 100"),
    ("cigarettes", "cigarettes", "1.5", "whole number"),
    ("alcohol", "alcohol_units", "51", "from 0 to 50"),
    ("stress", "stress", "0", "from 1 to 10"),
    ("stress", "stress", "11", "from 1 to 10"),
    ("daylight", "daylight_minutes", "-5", "from 0 to 1440"),
    ("date", "date", "2099-12-31", "future"),
])
def test_invalid_value_is_named_inline_and_nothing_is_saved(
    qtbot, page: LifestylePage, patient_id, field: str, name: str, value: str, message: str
) -> None:
    fill(qtbot, page)
    s = page.section
    type_into(qtbot, getattr(s, field), value)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    label = s.errors.label_for(name)
    assert label.isVisibleTo(s) and message in label.text()
    assert lifestyle.list_lifestyle(s.ctx.db, patient_id) == []


def test_an_empty_day_is_refused(qtbot, page: LifestylePage, patient_id) -> None:
    s = page.section
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert "at least one value" in s.errors.label_for("cigarettes").text()
    assert lifestyle.list_lifestyle(s.ctx.db, patient_id) == []


def test_edit_delete_and_undo(qtbot, page: LifestylePage, patient_id, monkeypatch) -> None:
    s = page.section
    saved = lifestyle.log_lifestyle(s.ctx.db, lifestyle.parse_lifestyle(
        patient_id, {"date": "2024-01-05", "stress": "4"}))
    s.ctx.notify_changed("lifestyle")
    s.select_entry(saved.id)
    s.edit_selected()
    assert s.stress.text() == "4"
    type_into(qtbot, s.stress, "2")
    s.save()
    [edited] = lifestyle.list_lifestyle(s.ctx.db, patient_id)
    assert edited.stress == 2 and edited.id == saved.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    s.select_entry(saved.id)
    s.delete_selected()
    assert lifestyle.list_lifestyle(s.ctx.db, patient_id) == []
    undo_stack(s.ctx).undo()
    [restored] = lifestyle.list_lifestyle(s.ctx.db, patient_id)
    assert restored == dataclasses.replace(edited, version=restored.version)


def test_smoking_status_comes_from_the_patient(qtbot, page: LifestylePage, patient_id) -> None:
    assert "former smoker" in page.smoking_label.text()
    assert "2005-06-01" in page.smoking_label.text()
    db = page.ctx.db
    update_patient(db, dataclasses.replace(get_patient(db, patient_id), smoking="current",
                                           smoking_quit_date=None))
    page.ctx.notify_changed("patient")
    assert "current smoker" in page.smoking_label.text()
    assert page.edit_smoking.isEnabled()


def test_alcohol_help_is_shown(page: LifestylePage) -> None:
    assert "10 ml" in page.section.alcohol.toolTip()
    assert page.findChild(type(page.smoking_label), "alcohol_help").isVisibleTo(page)


def test_table_model_passes_qtmodeltester(qtmodeltester, page: LifestylePage, patient_id) -> None:
    s = page.section
    lifestyle.log_lifestyle(s.ctx.db, lifestyle.parse_lifestyle(patient_id, {"date": "2024-01-05",
                                                                             "cigarettes": "0"}))
    s.reload()
    qtmodeltester.check(s.model)
