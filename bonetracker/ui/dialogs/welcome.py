"""First start with an empty database: three ways in, so nobody faces an empty window.

- Create my own profile: the patient form (then the app is ready to log).
- Explore demo data: fills the database with the demo patients (``services.demo``), so every
  page, the chart and the report can be tried before typing anything.
- Import files: the CSV import dialog (a BoneTracker export or a spreadsheet).

Wiring (main window, after ``window.show()``)::

    if should_offer_welcome(window.ctx.db):
        offer_welcome(window, window.ctx, window.add_patient)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bonetracker.services import demo
from bonetracker.services.patients import count_patients
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.preferences import demo_path, launch
from bonetracker.ui.widgets.i18n import translate


class Choice(StrEnum):
    PROFILE = "profile"
    DEMO = "demo"
    IMPORT = "import"


class WelcomeDialog(QDialog):
    """Ask how to start; :attr:`choice` is the button clicked (None when closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("Welcome to BoneTracker"))
        self.setObjectName("welcome_dialog")
        title = QLabel(self.tr("<h2>Welcome to BoneTracker</h2>"))
        intro = QLabel(self.tr("Track bone density scans, exercise, food and lifestyle, and see whether "
                               "what you do is working. Everything stays on this computer. How would you "
                               "like to start?"))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.buttons: dict[Choice, QCommandLinkButton] = {}
        for choice, text, detail in (
            (Choice.PROFILE, self.tr("Create my own profile"),
             self.tr("Enter your details, then add your DXA results, workouts and meals.")),
            (Choice.DEMO, self.tr("Explore demo data"),
             self.tr("Open a separate demo database of example patients with years of made-up logs, to "
                     "try every page, the chart and the report. Your own database stays empty.")),
            (Choice.IMPORT, self.tr("Import files"),
             self.tr("Bring in CSV files: a BoneTracker export, or a spreadsheet in the documented "
                     "format (docs/import-format.md).")),
        ):
            button = QCommandLinkButton(text, detail)
            button.setObjectName(f"welcome_{choice.value}")
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        # The first choice has the focus and is the default: Enter takes it, Tab moves on.
        first = self.buttons[Choice.PROFILE]
        first.setDefault(True)
        first.setFocus()

    def choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def should_offer_welcome(db: Database) -> bool:
    """Only a database without any patient (archived ones count) gets the welcome."""
    return count_patients(db, include_archived=True) == 0


def load_demo(ctx: AppContext, patients: int = demo.DEFAULT_PATIENTS) -> demo.DemoReport:
    """Fill the database with demo patients, refresh every view and select the first story."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = demo.generate(ctx.db, patients)
    finally:
        QGuiApplication.restoreOverrideCursor()
    ctx.notify_changed(ChangeKind.ALL)
    if report.patient_ids:
        ctx.select_patient(report.patient_ids[0])
    return report


def prepare_demo(path: Path | None = None) -> Path:
    """Create and fill the demo database (once; it is reused afterwards)."""
    path = path or demo_path()
    db = open_database(f"sqlite:///{path}")
    try:
        if count_patients(db, include_archived=True) == 0:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.generate(db, demo.DEFAULT_PATIENTS)
            finally:
                QGuiApplication.restoreOverrideCursor()
    finally:
        db.close()
    return path


def open_demo(window: QWidget, launcher: Callable[[Path | None], bool] | None = None) -> Path | None:
    """Open the demo in its own window on its own file, then close this one (nothing has been
    entered here yet: the welcome only appears for an empty database)."""
    path = prepare_demo()
    if not (launcher or launch)(path):
        QMessageBox.warning(window, translate("dialogs.welcome", "Demo"), translate("dialogs.welcome",
                "Could not start the demo window ({path}).").format(path=path))
        return None
    window.close()
    return path


def offer_welcome(window: QWidget, ctx: AppContext, add_patient: Callable[[], None],
                  dialog: WelcomeDialog | None = None) -> Choice | None:
    """Show the welcome and act on the choice; ``dialog`` (already answered) is for tests."""
    own = dialog is None
    if dialog is None:
        dialog = WelcomeDialog(window)
        dialog.exec()
    choice = dialog.choice
    if own:
        dialog.deleteLater()
    if choice is Choice.PROFILE:
        add_patient()
    elif choice is Choice.DEMO:
        open_demo(window)
    elif choice is Choice.IMPORT:
        from bonetracker.ui.dialogs.importing import open_import_dialog

        open_import_dialog(window, ctx)
    return choice
