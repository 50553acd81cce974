"""First start: an empty database offers three ways in, and each one leads somewhere useful."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient, count_patients
from bonetracker.storage.database import Database, open_database
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


def test_profile_opens_the_patient_form(dialog: WelcomeDialog, db: Database,
                                        qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[bool] = []
    dialog.buttons[Choice.PROFILE].click()
    assert offer_welcome(parent, AppContext(db), lambda: asked.append(True), dialog) is Choice.PROFILE
    assert asked == [True] and count_patients(db) == 0


def test_demo_opens_its_own_file_and_leaves_this_database_empty(  # type: ignore[no-untyped-def]
        dialog: WelcomeDialog, db: Database, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Issue 15: the demo no longer fills the real database; it opens in its own file and window."""
    real = welcome_dialog.demo.generate
    monkeypatch.setattr(welcome_dialog.demo, "generate",
                        lambda database, patients, **kw: real(database, 3, **kw))
    demo_file = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(welcome_dialog, "demo_path", lambda: demo_file)
    launched: list[object] = []
    monkeypatch.setattr(welcome_dialog, "launch", lambda path: launched.append(path) or True)
    ctx = AppContext(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog.buttons[Choice.DEMO].click()
    assert offer_welcome(parent, ctx, lambda: None, dialog) is Choice.DEMO
    assert count_patients(db) == 0 and should_offer_welcome(db), "the user's own data untouched"
    assert launched == [demo_file] and not parent.isVisible()
    demo_db = open_database(f"sqlite:///{demo_file}")
    try:
        assert count_patients(demo_db) == 3
    finally:
        demo_db.close()


def test_the_demo_window_says_demo_and_leads_back(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from bonetracker.ui import preferences
    from bonetracker.ui.shell import main_window as main_window_module
    from bonetracker.ui.shell.main_window import MainWindow

    demo_file = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(preferences, "demo_path", lambda: demo_file)
    demo_db = open_database(f"sqlite:///{demo_file}")
    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "BoneTracker Demo"
        assert window.database_label.text().startswith("Demo database (made-up patients)")
        launched: list[object] = []
        monkeypatch.setattr(main_window_module, "launch", lambda path: launched.append(path) or True)
        window.own_data_action.trigger()
        assert launched == [None]
    finally:
        window.close()
        demo_db.close()


def test_import_opens_the_import_dialog(dialog: WelcomeDialog, db: Database, qtbot,
                                        # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(import_dialog, "open_import_dialog", lambda parent, ctx: opened.append(ctx))
    ctx = AppContext(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog.buttons[Choice.IMPORT].click()
    assert offer_welcome(parent, ctx, lambda: None, dialog) is Choice.IMPORT
    assert opened == [ctx]


def test_closing_does_nothing(dialog: WelcomeDialog, db: Database,
                              qtbot) -> None:  # type: ignore[no-untyped-def]
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
