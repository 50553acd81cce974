"""Two workstations editing one record: a save over someone else's newer save is never silent.

Each page loads a record into its form, "another workstation" saves the same record through the
service, then the page saves: it must ask (ui.forms.ask_about_stale), write nothing, and on
"Reload theirs" show the other workstation's values (on "Keep editing", keep the user's).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from bonetracker.domain.records import PatientId
from bonetracker.services import (
    fractures,
    frax,
    labs,
    lifestyle,
    measures,
    medications,
    patients,
    scans,
    workouts,
)
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.patient import PatientDialog
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.fractures import FallsSection, FracturesSection
from bonetracker.ui.pages.lifestyle import LifestyleSection
from bonetracker.ui.pages.measures.frax_section import FraxSection
from bonetracker.ui.pages.measures.labs_section import LabsSection
from bonetracker.ui.pages.measures.tests_section import MeasuresSection
from bonetracker.ui.pages.medications.page import MedicationsSection
from bonetracker.ui.pages.scans.page import ScansPage
from bonetracker.ui.pages.workouts.page import WorkoutsSection
from bonetracker.ui.widgets.forms import KEEP_EDITING, RELOAD_THEIRS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "does not support grabbing",
                                       extend=True)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    saved = patients.add_patient(db, patients.parse_patient(
        {"name": "Maria Rossi", "sex": "female", "birth_date": "1958-04-12", "weight_kg": "58"}))
    context = AppContext(db)
    context.select_patient(saved.id)
    return context


def answer(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[str]:
    """Answer the stale-record question with the button labelled ``choice``; returns the texts asked."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def pid_of(ctx: AppContext) -> PatientId:
    assert ctx.patient_id is not None
    return ctx.patient_id


# section, log the entry, the user's edit in the form, the other workstation's change,
# and what the form shows after reloading theirs
Case = tuple[type[EntrySection], Callable[[Database, PatientId], Any], Callable[[Any], None],
             dict[str, object], Callable[[Any], object], Callable[[Database, Any], Any]]
CASES: dict[str, Case] = {
    "workout": (WorkoutsSection,
                lambda db, pid: workouts.log_workout(db, workouts.read_workout(
                    db, pid, {"date": "2024-05-01", "activity": "Brisk walking", "minutes": "30"})),
                lambda s: s.notes.setText("mine"), {"minutes": 50, "notes": "theirs"},
                lambda s: (s.minutes.text(), s.notes.text()), workouts.update_workout),
    "lifestyle": (LifestyleSection,
                  lambda db, pid: lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(
                      pid, {"date": "2024-05-01", "stress": "3"})),
                  lambda s: s.notes.setText("mine"), {"stress": 7, "notes": "theirs"},
                  lambda s: (s.stress.text(), s.notes.text()), lifestyle.update_lifestyle),
    "medication": (MedicationsSection,
                   lambda db, pid: medications.log_medication(db, medications.parse_medication(
                       pid, {"drug": "denosumab", "start": "2023-01-01"})),
                   lambda s: s.notes.setText("mine"), {"dose": "60 mg", "notes": "theirs"},
                   lambda s: (s.dose.text(), s.notes.text()), medications.update_medication),
    "fracture": (FracturesSection,
                 lambda db, pid: fractures.log_fracture(db, fractures.parse_fracture(
                     pid, {"date": "2019-07-01", "site": "wrist"})),
                 lambda s: s.date.setText("2019-07-02"), {"low_trauma": False},
                 lambda s: (s.date.text(), s.low_trauma.isChecked()), fractures.update_fracture),
    "fall": (FallsSection,
             lambda db, pid: fractures.log_fall(db, fractures.parse_fall(pid, {"date": "2019-07-01"})),
             lambda s: s.notes.setText("mine"), {"injury": True, "notes": "theirs"},
             lambda s: (s.injury.isChecked(), s.notes.text()), fractures.update_fall),
    "measure": (MeasuresSection,
                lambda db, pid: measures.log_measure(db, measures.parse_measure(
                    pid, {"kind": "grip", "date": "2024-05-01", "value": "21"})),
                lambda s: s.note.setText("mine"), {"value": 23.5, "note": "theirs"},
                lambda s: (s.value.text(), s.note.text()), measures.update_measure),
    "lab": (LabsSection,
            lambda db, pid: labs.log_lab(db, labs.parse_lab(
                pid, {"test": "egfr", "date": "2024-05-01", "value": "50"})),
            lambda s: s.note.setText("mine"), {"value": 44.0, "note": "theirs"},
            lambda s: (s.value.text(), s.note.text()), labs.update_lab),
    "frax": (FraxSection,
             lambda db, pid: frax.log_frax(db, frax.parse_frax(
                 pid, {"date": "2024-05-01", "model": "us", "with_bmd": "no", "major": "12",
                       "hip": "2"})),
             lambda s: s.note.setText("mine"), {"major": 25.0, "note": "theirs"},
             lambda s: (s.major.text(), s.note.text()), frax.update_frax),
}
EXPECTED_THEIRS = {"workout": ("50", "theirs"), "lifestyle": ("7", "theirs"),
                   "medication": ("60 mg", "theirs"), "fracture": ("2019-07-01", False),
                   "fall": (True, "theirs"), "measure": ("23.5", "theirs"), "lab": ("44", "theirs"),
                   "frax": ("25", "theirs")}


@pytest.mark.parametrize("kind", list(CASES))
def test_entry_page_asks_and_reloads_theirs(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
                                            kind: str) -> None:
    cls, log, edit_mine, their_change, shown, update = CASES[kind]
    section = cls(ctx)
    qtbot.addWidget(section)
    entry = log(ctx.db, pid_of(ctx))
    section.reload()
    section.load(entry)
    edit_mine(section)
    theirs = update(ctx.db, dataclasses.replace(entry, **their_change))  # the other workstation
    asked = answer(monkeypatch, RELOAD_THEIRS)
    with qtbot.wait_signal(ctx.data_changed):  # the other views refresh with their data too
        assert section.save() is None
    assert len(asked) == 1 and "another workstation" in asked[0]
    assert section.list_entries(ctx.db, pid_of(ctx)) == [theirs]  # nothing overwritten
    assert section.editing == theirs and shown(section) == EXPECTED_THEIRS[kind]
    assert not section.has_unsaved_changes()
    edit_mine(section)  # editing their version now saves
    saved = section.save()
    assert saved is not None and saved.version == theirs.version + 1


def test_keep_editing_keeps_my_values_and_saves_nothing(qtbot, ctx: AppContext,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cls, log, edit_mine, their_change, _shown, update = CASES["workout"]
    section = cls(ctx)
    qtbot.addWidget(section)
    entry = log(ctx.db, pid_of(ctx))
    section.load(entry)
    edit_mine(section)
    theirs = update(ctx.db, dataclasses.replace(entry, **their_change))
    asked = answer(monkeypatch, KEEP_EDITING)
    assert section.save() is None and len(asked) == 1
    assert section.notes.text() == "mine" and section.editing == entry
    assert "changed on another workstation" in section.general_error.text()
    assert workouts.list_workouts(ctx.db, pid_of(ctx)) == [theirs]


@pytest.mark.parametrize("choice", [RELOAD_THEIRS, KEEP_EDITING])
def test_scans_page_asks_before_overwriting_a_visit(qtbot, ctx: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    page = ScansPage(ctx)
    qtbot.addWidget(page)
    scan = scans.log_scan(ctx.db, scans.parse_scan(
        pid_of(ctx), {"date": "2022-03-04"}, [{"site": "lumbar_spine", "t_score": "-2.1"}]))
    page.reload()
    page.load(scan)
    page.facility.setText("Mine")
    theirs = scans.update_scan(ctx.db, dataclasses.replace(scan, facility="Theirs", notes="their note"))
    asked = answer(monkeypatch, choice)
    assert page.save() is None and len(asked) == 1 and "DXA visit of 2022-03-04" in asked[0]
    assert scans.list_scans(ctx.db, pid_of(ctx)) == [theirs]
    if choice == RELOAD_THEIRS:
        assert page.editing == theirs
        assert (page.facility.text(), page.notes.text()) == ("Theirs", "their note")
    else:
        assert page.editing == scan and page.facility.text() == "Mine"


def test_patient_dialog_asks_and_reloads_theirs(qtbot, ctx: AppContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    patient = patients.get_patient(ctx.db, pid_of(ctx))
    dialog = PatientDialog(ctx, patient)
    qtbot.addWidget(dialog)
    dialog.name.setText("Maria Bianchi")  # my edit
    theirs = patients.update_patient(ctx.db, dataclasses.replace(patient, weight_kg=61.0))
    asked = answer(monkeypatch, RELOAD_THEIRS)
    dialog.accept()
    assert len(asked) == 1 and "Maria Rossi" in asked[0]
    assert dialog.saved is None and patients.get_patient(ctx.db, pid_of(ctx)) == theirs
    assert (dialog.name.text(), dialog.weight_kg.text()) == ("Maria Rossi", "61")
    dialog.name.setText("Maria Bianchi")  # saving over their version now works
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.weight_kg == 61.0
    assert dialog.saved.name == "Maria Bianchi" and dialog.saved.version == theirs.version + 1


def test_meals_page_says_when_a_meal_was_deleted_elsewhere(qtbot, ctx: AppContext) -> None:
    """Meals are never edited in place (a second entry joins the meal), so the one clash is a
    delete of a meal another workstation already deleted: told, not a crash."""
    from bonetracker.services import foods, meals
    from bonetracker.services.validation import today
    from bonetracker.ui.pages.meals.page import MealsPage

    page = MealsPage(ctx)
    qtbot.addWidget(page)
    milk = foods.resolve_food(ctx.db, "01077")
    saved = meals.log_meal(ctx.db, meals.parse_meal(
        pid_of(ctx), {"date": today().isoformat(), "meal": "breakfast"},
        [meals.parse_item(milk, {"amount": "1", "unit": "cup"})]))
    page.reload_day()
    page.meal_tree.setCurrentItem(page.meal_tree.topLevelItem(0))
    assert saved.id is not None
    meals.delete_meal(ctx.db, saved.id)  # the other workstation
    page.delete_selected()
    assert "already deleted on another workstation" in page.status.text()
    assert page.meal_tree.topLevelItemCount() == 0


@pytest.mark.parametrize("kind", list(CASES))
def test_deleting_an_entry_changed_elsewhere_is_refused(qtbot, ctx: AppContext,
                                                        monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """Issue 16 (Low): a delete skipped the stale check, losing the other workstation's edit."""
    cls, log, _edit_mine, their_change, _shown, update = CASES[kind]
    section = cls(ctx)
    qtbot.addWidget(section)
    entry = log(ctx.db, pid_of(ctx))
    section.reload()
    section.select_entry(entry.id)
    theirs = update(ctx.db, dataclasses.replace(entry, **their_change))  # the other workstation
    warned: list[str] = []
    monkeypatch.setattr("bonetracker.ui.pages.base.entry_section.confirm_delete", lambda *_a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    section.delete_selected()
    assert section.list_entries(ctx.db, pid_of(ctx)) == [theirs]
    assert len(warned) == 1 and "so it was not deleted" in warned[0]
    section.select_entry(theirs.id)  # the list shows theirs: deleting it now works
    section.delete_selected()
    assert section.list_entries(ctx.db, pid_of(ctx)) == []


@pytest.mark.parametrize("kind", [*CASES, "scan"])
def test_a_refused_delete_shows_theirs_in_every_view(qtbot, ctx: AppContext,
                                                     monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """After a delete refused as stale, the table and every other view (plan, chart) re-read:
    they show the other workstation's version, on the Scans page and every entry section alike."""
    section: EntrySection[Any]
    if kind == "scan":
        section = ScansPage(ctx)
        entry: Any = scans.log_scan(ctx.db, scans.parse_scan(
            pid_of(ctx), {"date": "2024-02-01"}, [{"site": "total_hip", "t_score": "-1.5"}]))
        update, their_change = scans.update_scan, {"facility": "City"}
    else:
        cls, log, _edit_mine, their_change, _shown, update = CASES[kind]
        section = cls(ctx)
        entry = log(ctx.db, pid_of(ctx))
    qtbot.addWidget(section)
    section.reload()
    section.select_entry(entry.id)
    theirs = update(ctx.db, dataclasses.replace(entry, **their_change))  # the other workstation
    told: list[str] = []
    ctx.data_changed.connect(told.append)
    monkeypatch.setattr("bonetracker.ui.pages.base.entry_section.confirm_delete", lambda *_a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    section.delete_selected()
    assert told == [section.kind], "every view is told to re-read"
    assert section.model.entries == [theirs], "the table shows their version"


@pytest.mark.parametrize("kind", ["scan", "measure", "lab", "frax"])
def test_services_refuse_a_stale_delete(ctx: AppContext, kind: str) -> None:
    from bonetracker.domain.errors import StaleRecordError
    from bonetracker.services import frax, labs, measures
    db, pid = ctx.db, pid_of(ctx)
    delete: Callable[..., Any]
    if kind == "scan":
        entry: Any = scans.log_scan(db, scans.parse_scan(pid, {"date": "2024-02-01"},
                                                        [{"site": "total_hip", "t_score": "-1.5"}]))
        delete, newer = scans.delete_scan, scans.update_scan(db, dataclasses.replace(entry, facility="City"))
    elif kind == "measure":
        entry = measures.log_measure(db, measures.parse_measure(
            pid, {"kind": "tug", "date": "2024-02-01", "value": "12"}))
        newer = measures.update_measure(db, dataclasses.replace(entry, value=13.0))
        delete = measures.delete_measure
    elif kind == "lab":
        entry = labs.log_lab(db, labs.parse_lab(pid, {"test": "egfr", "date": "2024-02-01", "value": "50"}))
        delete, newer = labs.delete_lab, labs.update_lab(db, dataclasses.replace(entry, value=55.0))
    else:
        entry = frax.log_frax(db, frax.parse_frax(pid, {"date": "2024-02-01", "major": "12", "hip": "2",
                                                        "with_bmd": "no", "model": "us"}))
        delete, newer = frax.delete_frax, frax.update_frax(db, dataclasses.replace(entry, major=13.0))
    with pytest.raises(StaleRecordError):
        delete(db, entry.id, version=entry.version)
    assert delete(db, entry.id, version=newer.version) == newer
