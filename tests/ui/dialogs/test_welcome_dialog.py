"""First start: an empty database offers three ways in, and each one leads somewhere useful."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient, count_patients
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs import importing as import_dialog
from bonetracker.ui.dialogs import welcome as welcome_dialog
from bonetracker.ui.dialogs.welcome import Choice, WelcomeDialog, offer_welcome, should_offer_welcome

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def dialog(qtbot) -> WelcomeDialog:  # type: ignore[no-untyped-def]
    widget = WelcomeDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_only_an_empty_database_is_welcomed(db: Database) -> None:
    assert should_offer_welcome(db)
    add_patient(db, Patient(None, "Someone", Sex.MALE, dt.date(1960, 1, 1), archived=True))
    assert not should_offer_welcome(db)


@pytest.mark.parametrize("choice", list(Choice))
def test_each_button_records_its_choice_and_closes(dialog: WelcomeDialog, choice: Choice) -> None:
    assert {b.text() for b in dialog.buttons.values()} == {
        "Create my own profile", "Explore demo data", "Import files"}
    dialog.buttons[choice].click()
    assert dialog.choice is choice and not dialog.isVisible()


def test_profile_opens_the_patient_form(dialog: WelcomeDialog, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[bool] = []
    dialog.buttons[Choice.PROFILE].click()
    assert offer_welcome(parent, AppContext(db), lambda: asked.append(True), dialog) is Choice.PROFILE
    assert asked == [True] and count_patients(db) == 0


def test_demo_fills_the_database_and_selects_a_patient(dialog: WelcomeDialog, db: Database,  # type: ignore[no-untyped-def]
                                                       qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    real = welcome_dialog.demo.generate
    monkeypatch.setattr(welcome_dialog.demo, "generate",
                        lambda database, patients, **kw: real(database, 3, **kw))
    ctx = AppContext(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog.buttons[Choice.DEMO].click()
    with qtbot.waitSignal(ctx.data_changed), qtbot.waitSignal(ctx.patient_changed):
        offer_welcome(parent, ctx, lambda: None, dialog)
    assert count_patients(db) == 3 and ctx.patient_id is not None
    assert not should_offer_welcome(db)


def test_import_opens_the_import_dialog(dialog: WelcomeDialog, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(import_dialog, "open_import_dialog", lambda parent, ctx: opened.append(ctx))
    ctx = AppContext(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog.buttons[Choice.IMPORT].click()
    assert offer_welcome(parent, ctx, lambda: None, dialog) is Choice.IMPORT
    assert opened == [ctx]


def test_closing_does_nothing(dialog: WelcomeDialog, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog.reject()
    assert offer_welcome(parent, AppContext(db), lambda: pytest.fail("no form"), dialog) is None
    assert count_patients(db) == 0


def test_the_first_choice_has_the_focus(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: the welcome dialog shows where the keyboard is."""
    from bonetracker.ui.dialogs.welcome import Choice, WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.buttons[Choice.PROFILE]
    assert first.isDefault()
    qtbot.waitUntil(lambda: dialog.focusWidget() is first)
