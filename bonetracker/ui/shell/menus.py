"""The window's File and Help actions: import, reports, chart export, data export (CSV or FHIR),
backup, About.

Kept apart from main_window.py so the window stays about layout and the patient in view, while
these actions call services and show their outcome. :class:`FileMenu` is an object the window
owns; it knows the window only through the small :class:`MenuHost` protocol, so this module
never imports the main window (no import cycle) and writes no attributes onto it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import cast

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QWidget

from bonetracker.storage.backup import auto_backup, make_backup
from bonetracker.storage.database import DatabaseOpenError
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.about import AboutDialog, application_icon
from bonetracker.ui.dialogs.check_database import check_database
from bonetracker.ui.pages.base.protocols import ExportingPage
from bonetracker.ui.preferences import KEY_LARGE_PRINT, app_settings, large_print
from bonetracker.ui.widgets.file_dialogs import choose_folder, save_file


class MenuHost(QMainWindow):
    """The main window as the menus see it: ``MainWindow`` subclasses this, so the menus need
    not import the window's module."""

    ctx: AppContext
    menus: dict[str, QMenu]
    pages: Mapping[str, QWidget]

    def add_file_action(self, action: QAction) -> None:
        raise NotImplementedError


MainWindow = MenuHost  # what the functions below take


def backups_folder(db_path: Path) -> Path:
    """Daily copies live in a ``backups`` folder beside the database file."""
    return db_path.parent / "backups"


def run_auto_backup(window: MainWindow) -> Path | None:
    """Take today's automatic backup (SQLite only; PostgreSQL clinics use pg_dump).

    A failure must never stop the app from opening: it is shown in the status bar instead.
    """
    path = window.ctx.db.path
    if path is None:
        return None
    try:
        made = auto_backup(path, backups_folder(path))
    except (DatabaseOpenError, OSError) as exc:
        window.statusBar().showMessage(f"Automatic backup failed: {exc}")
        return None
    if made is not None:
        window.statusBar().showMessage(f"Today's backup: {made}", 8000)
    return made


def back_up_now(window: MainWindow) -> Path | None:
    path = window.ctx.db.path
    if path is None:
        QMessageBox.information(window, "Back up", "This database is on a PostgreSQL server: "
                                "back it up with pg_dump (see docs/clinic-setup.md).")
        return None
    suggested = f"bonetracker-backup-{dt.date.today().isoformat()}.sqlite3"
    target = save_file(window, "backups", "Back up to", suggested, "BoneTracker database (*.sqlite3)")
    if not target:
        return None
    try:
        check = make_backup(path, Path(target))
    except DatabaseOpenError as exc:
        QMessageBox.critical(window, "Backup failed", str(exc))
        return None
    window.statusBar().showMessage(f"Backed up {check.patients} patients to {check.path} (verified).")
    return check.path


def export_patient(window: MainWindow) -> list[Path]:
    """File > Export > Patient data (CSV): the selected patient's CSV files (the import format)."""
    pid = window.ctx.patient_id
    if pid is None:
        QMessageBox.information(window, "Export", "Select a patient first.")
        return []
    folder = choose_folder(window, "exports", "Export the patient's data into")
    if not folder:
        return []
    from bonetracker.services.interchange.exporting import export

    try:
        written = export(window.ctx.db, folder, [pid], "csv")
    except OSError as exc:
        QMessageBox.critical(window, "Export failed", f"Could not write to {folder}: {exc.strerror}")
        return []
    window.statusBar().showMessage(f"Exported {len(written)} files to {folder}.")
    return written


def export_reminders(window: MainWindow) -> Path | None:
    """File > Export > Reminders: the patient's dose and scan reminders as a calendar file."""
    pid = window.ctx.patient_id
    if pid is None:
        QMessageBox.information(window, "Export reminders", "Select a patient first.")
        return None
    target = save_file(window, "reminders", "Export reminders to", "doses.ics", "Calendar (*.ics)")
    if not target:
        return None
    from bonetracker.services.interchange.calendar import export_reminders as write_calendar

    try:
        path, events = write_calendar(window.ctx.db, pid, target)
    except OSError as exc:
        QMessageBox.critical(window, "Export failed", f"Could not write {target}: {exc.strerror}")
        return None
    window.statusBar().showMessage(
        f"Wrote {events} reminder{'s' * (events != 1)} to {path}: import it into your calendar "
        "app, and export again after logging doses to move them.")
    return path


def export_fhir(window: MainWindow) -> list[Path]:
    """File > Export > FHIR bundle…: the selected patient as a FHIR R4 bundle, carrying only the
    identifiers ticked in :class:`~bonetracker.ui.dialogs.fhir_export.FhirExportDialog`."""
    pid = window.ctx.patient_id
    if pid is None:
        QMessageBox.information(window, "Export", "Select a patient first.")
        return []
    from bonetracker.services.interchange.exporting import export
    from bonetracker.services.patients import get_patient
    from bonetracker.ui.dialogs.fhir_export import FhirExportDialog

    dialog = FhirExportDialog(get_patient(window.ctx.db, pid).name, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        chosen = dialog.identifiers()
    finally:
        dialog.deleteLater()
    folder = choose_folder(window, "exports", "Export the FHIR bundle into")
    if not folder:
        return []
    try:
        written = export(window.ctx.db, folder, [pid], "fhir", chosen)
    except OSError as exc:
        QMessageBox.critical(window, "Export failed", f"Could not write to {folder}: {exc.strerror}")
        return []
    window.statusBar().showMessage(f"Exported the FHIR bundle {written[0].name} to {folder}.")
    return written


def show_about(window: MainWindow) -> None:
    dialog = AboutDialog(window.ctx.db.url, window)
    dialog.exec()
    dialog.deleteLater()


# The import dialog and the report (QtPrintSupport, the report's services) are imported when
# first used: together ~40 ms of every start for actions most sessions never take.
def import_action(window: QWidget, ctx: AppContext) -> QAction:
    """File > Import… (a CSV file of one kind, or a FHIR bundle)"""
    action = QAction("&Import…", window)

    def open_dialog() -> None:
        from bonetracker.ui.dialogs.importing import open_import_dialog

        open_import_dialog(window, ctx)

    action.triggered.connect(open_dialog)
    return action


def report_actions(window: QWidget, ctx: AppContext) -> list[QAction]:
    """Export report (PDF)…, Print preview…, Print report…"""
    specs = (("&Export report (PDF)…", "export_report", None),
             ("Print pre&view…", "print_preview", None),
             ("&Print report…", "print_report", QKeySequence.StandardKey.Print))
    actions = []
    for text, handler, shortcut in specs:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False, h=handler: _report(h)(window, ctx))
        actions.append(action)
    return actions


def large_print_action(window: QWidget) -> QAction:
    """File > Large print reports: a remembered option of the three report actions."""
    large = QAction("&Large print reports", window)
    large.setObjectName("large_print_action")
    large.setCheckable(True)
    large.setChecked(large_print())
    large.setToolTip("Print and export reports with every font half as large again")
    large.toggled.connect(lambda on: app_settings().setValue(KEY_LARGE_PRINT, on))
    return large


def _report(handler: str) -> Callable[[QWidget, AppContext], object]:
    from bonetracker.ui import report

    return cast(Callable[[QWidget, AppContext], object], getattr(report, handler))


def chart_export_action(window: MainWindow) -> QAction:
    """File > Export chart…, standing in for the chart page's own action so the chart is built
    only when used (see ``pages.PageSlot``); the window enables it while a patient is selected."""
    action = QAction("Export chart…", window)
    action.setToolTip("Save the chart as PNG or SVG")
    action.setEnabled(window.ctx.patient_id is not None)

    def export_chart() -> None:
        page = window.pages["Chart"]
        if isinstance(page, ExportingPage):
            page.export_action.trigger()

    action.triggered.connect(export_chart)
    return action


class FileMenu:
    """The File menu's import, report, chart export, data export (CSV or FHIR) and backup
    actions, Help > About, and the window icon, built once for the window that owns this object."""

    def __init__(self, window: MainWindow) -> None:
        owner = window
        window.setWindowIcon(application_icon())
        window.add_file_action(import_action(owner, window.ctx))
        for action in report_actions(owner, window.ctx):
            window.add_file_action(action)
        window.add_file_action(large_print_action(owner))
        self.chart_export_action: QAction | None = None
        if "Chart" in window.pages:
            self.chart_export_action = chart_export_action(window)
            window.add_file_action(self.chart_export_action)
        export_menu = QMenu("E&xport", owner)
        export_menu.setObjectName("export_menu")
        csv_action = export_menu.addAction("Patient data (&CSV)…")
        csv_action.triggered.connect(lambda: export_patient(window))
        fhir_action = export_menu.addAction("&FHIR bundle…")
        fhir_action.setToolTip("The patient's scans, falls, fractures and courses as a FHIR R4 bundle")
        fhir_action.triggered.connect(lambda: export_fhir(window))
        self.reminders_action = export_menu.addAction("&Reminders (calendar)…")
        self.reminders_action.setToolTip("Dose and scan reminders as an .ics file for your calendar app")
        self.reminders_action.triggered.connect(lambda: export_reminders(window))
        window.add_file_action(export_menu.menuAction())
        window.menus["Export"] = export_menu
        self.backup_action = QAction("&Back up now…", owner)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(lambda: back_up_now(window))
        window.add_file_action(self.backup_action)
        help_menu = window.menus["Help"] = window.menuBar().addMenu("&Help")
        self.about_action = QAction("&About BoneTracker", owner)
        self.about_action.triggered.connect(lambda: show_about(window))
        help_menu.addAction(self.about_action)
        self.check_action = QAction("Check &database…", owner)
        self.check_action.setToolTip("Run the full integrity check of the database file (indexes "
                                     "included) and repair damaged indexes")
        self.check_action.triggered.connect(lambda: check_database(window.ctx.db, window))
        help_menu.insertAction(self.about_action, self.check_action)
