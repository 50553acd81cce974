"""The main window: patient list on the left, the selected patient's pages on the right.

How other parts plug in:

- **Pages** are listed in :data:`bonetracker.ui.pages.PAGES` and built as ``Page(ctx)``; each
  becomes a tab. A page is built the first time its tab is shown or ``window.pages[title]`` is
  asked for (start-up builds only the tab in front), and all are built when the window is
  searched (``findChild``/``findChildren``); :meth:`MainWindow.show_page` brings one to the
  front. A page that fails to import or build shows its error in its tab instead of
  stopping the app. A page with a ``new_entry()`` method gets File > New entry (Ctrl+N).
- **Undo**: one ``QUndoStack`` per context, ``ctx.undo_stack`` (owned by :class:`AppContext`)
  and ``MainWindow.undo_stack``; :mod:`bonetracker.ui.operations` pushes a ``QUndoCommand``
  there; Edit > Undo (Ctrl+Z) and Redo act on it.
- **File menu**: :meth:`MainWindow.add_file_action` inserts an action (Export, Print report…)
  above Settings; :attr:`MainWindow.menus` holds every menu by name for anything else.

- **Today**: :class:`~bonetracker.ui.pages.medications.today.TodayPanel` sits under the
  patient's name and lists doses due or overdue (and a scan due) for the open patient; where
  the desktop has a tray, :class:`~bonetracker.ui.pages.medications.today.TrayNotifier` also
  shows them as a tray message (View > Tray reminders).

- **Unsaved edits**: a page, or any widget inside one, that has ``has_unsaved_changes()``,
  ``save_pending()``, ``discard_changes()`` (and optionally ``unsaved_description()``) is asked
  before the window closes (its close button, File > Quit) or another patient is selected, and
  the user chooses Save, Discard or Cancel. Closes made by code (tests, shutdown after the
  event loop) never ask, so nothing can block on a dialog nobody sees.

Window geometry, dock layout and the last patient are kept in QSettings
(:func:`bonetracker.ui.dialogs.settings.app_settings`); facility settings live in the database.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import Patient, PatientId
from bonetracker.services import patients as patient_svc
from bonetracker.services.validation import today
from bonetracker.storage.database import display_url
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.dialogs.history import HistoryDialog
from bonetracker.ui.dialogs.patient import PatientDialog, archive_patient
from bonetracker.ui.dialogs.settings import SettingsDialog
from bonetracker.ui.pages import PAGES, LazyPages, PageSlot, PageTabs, load_page
from bonetracker.ui.pages.base.protocols import NewEntryPage, UnsavedForm
from bonetracker.ui.pages.medications.today import KEY_TRAY, TodayPanel, TrayNotifier
from bonetracker.ui.preferences import app_settings, is_demo, launch, single_profile_mode
from bonetracker.ui.shell.appearance import AppearanceMenu
from bonetracker.ui.shell.caseload import CaseloadPanel
from bonetracker.ui.shell.menus import FileMenu, MenuHost
from bonetracker.ui.shell.patient_list import PatientListPanel
from bonetracker.ui.widgets.forms import undo_stack
from bonetracker.ui.widgets.theme import GREY, scale_points, shade

log = logging.getLogger(__name__)

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_LAST_PATIENT = "window/last_patient"
FRAME_ALLOWANCE = (8, 40)  # pixels a window frame may add (borders, title bar), width and height
DEFAULT_SIZE = (1280, 800)
DEFAULT_LIST_WIDTH = 440


class MainWindow(MenuHost):
    """BoneTracker's one window for an open database (see the module docstring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle("BoneTracker")
        self.undo_stack = undo_stack(ctx)
        self.menus: dict[str, QMenu] = {}
        self._confirmed_close = False
        self._shown_once = False

        self.patient_list = PatientListPanel(ctx)
        self.patient_dock = QDockWidget("Patients", self)
        self.patient_dock.setObjectName("patients_dock")
        self.patient_dock.setWidget(_scrolled(self.patient_list))  # scrolls at a large text size
        self.patient_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.patient_dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.patient_dock)
        self.caseload = CaseloadPanel(ctx)  # computed the first time its tab is shown
        self.caseload_dock = QDockWidget("Caseload", self)
        self.caseload_dock.setObjectName("caseload_dock")
        self.caseload_dock.setWidget(_scrolled(self.caseload))
        self.caseload_dock.setFeatures(self.patient_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.caseload_dock)
        self.tabifyDockWidget(self.patient_dock, self.caseload_dock)
        self.patient_dock.raise_()
        self.caseload_dock.visibilityChanged.connect(self.caseload.set_active)

        self.header = QLabel()
        self.header.setObjectName("patient_header")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long name wraps (the full name also in the tooltip) and never widens the window.
        self.header.setWordWrap(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tabs = PageTabs()
        self.pages: LazyPages = LazyPages()
        for title, spec in PAGES:
            slot = PageSlot(title, partial(self._make_page, title, spec))
            self.pages.add(slot)
            self.tabs.addTab(slot, title)
        self.today = TodayPanel(ctx)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.today)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._make_empty_state())
        self.stack.addWidget(content)
        self.setCentralWidget(self.stack)
        # Which database is open stays in view: a permanent widget, so a passing message (the
        # day's backup, a report written) shows beside it and never blanks it.
        self.demo = is_demo(ctx.db)  # the separate demo file: said in the title and status bar
        where = f"{ctx.db.path}" if ctx.db.path is not None else display_url(ctx.db.url)
        self.database_label = QLabel(f"Demo database (made-up patients): {where}" if self.demo
                                     else f"Database: {where}")
        self.database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_menus()
        self.patient_list.add_requested.connect(self.add_patient)
        self.patient_list.edit_requested.connect(self.edit_patient)
        self.patient_list.archive_requested.connect(self.archive_patient)
        ctx.patient_changed.connect(self._patient_changed)
        ctx.data_changed.connect(self._data_changed)
        ctx.can_leave_patient = lambda: self.resolve_unsaved("switching patient")
        self.restore_settings()
        self._patient_changed(ctx.patient_id)

    @property
    def backup_action(self) -> QAction:
        """File > Back up now (the menu object owns it)."""
        return self.file_menu.backup_action

    @property
    def about_action(self) -> QAction:
        return self.file_menu.about_action

    @property
    def reminders_action(self) -> QAction:
        """File > Export > Reminders (calendar)."""
        return self.file_menu.reminders_action

    # -- building --------------------------------------------------------------------------
    def _make_page(self, title: str, spec: str) -> QWidget:
        """Build one page; a broken page becomes a label naming the error."""
        try:
            return load_page(spec)(self.ctx)
        except Exception as exc:
            log.exception("page %s (%s) failed to load", title, spec)
            label = QLabel(f"The {title} page could not be opened: {exc}\n\n"
                           f"{traceback.format_exc(limit=3)}")
            label.setObjectName("page_error")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

    # Pages are built when first shown; a search of the window (a test, an accessibility or
    # automation tool) still finds every page's widgets.
    def findChild(self, *args: Any, **kwargs: Any) -> Any:
        self.pages.build_all()
        return super().findChild(*args, **kwargs)

    def findChildren(self, *args: Any, **kwargs: Any) -> Any:
        self.pages.build_all()
        return super().findChildren(*args, **kwargs)

    def current_page(self) -> QWidget | None:
        """The page in front."""
        return self.tabs.currentWidget()

    def show_page(self, page: QWidget | str) -> QWidget:
        """Bring a page (or the page titled ``page``) to the front; returns the page."""
        shown = self.pages[page] if isinstance(page, str) else page
        self.tabs.setCurrentWidget(shown)
        return shown

    def _make_empty_state(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        button = QPushButton("Add patient…")
        button.clicked.connect(self.add_patient)
        layout.addWidget(self.empty_label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return box

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def back_to_own_data(self, launcher: Callable[[Path | None], bool] | None = None) -> None:
        """Demo window: open the user's own database in a new window and close this one."""
        if (launcher or launch)(None):
            self.request_close()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = self.menus["File"] = bar.addMenu("&File")
        self.new_entry_action = self._action(file, "&New entry", self.new_entry,
                                             QKeySequence.StandardKey.New)
        self._file_anchor = file.addSeparator()
        self.settings_action = self._action(file, "&Settings…", self.open_settings)
        if self.demo:
            self.own_data_action = self._action(file, "Back to your &own data", self.back_to_own_data)
        file.addSeparator()
        self.quit_action = self._action(file, "&Quit", self.request_close,
                                        QKeySequence.StandardKey.Quit)

        patient = self.menus["Patient"] = bar.addMenu("&Patient")
        self.add_patient_action = self._action(patient, "&Add patient…", self.add_patient,
                                               QKeySequence("Ctrl+Shift+N"))
        self.edit_patient_action = self._action(patient, "&Edit patient…",
                                                lambda: self.edit_patient(), QKeySequence("Ctrl+E"))
        self.archive_action = self._action(patient, "A&rchive patient…",
                                           lambda: self.archive_patient())
        self.history_action = self._action(patient, "&History…", self.show_history)

        edit = self.menus["Edit"] = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

        view = self.menus["View"] = bar.addMenu("&View")
        self.toggle_list_action = self.patient_dock.toggleViewAction()
        self.toggle_list_action.setText("&Patient list")
        self.toggle_list_action.setShortcut(QKeySequence("Ctrl+L"))
        view.addAction(self.toggle_list_action)
        view.addAction(self.patient_list.find_action)
        self.file_menu = FileMenu(self)
        self.tray_action = QAction("&Tray reminders", self)
        self.tray_action.setCheckable(True)
        self.tray_action.setChecked(bool(app_settings().value(KEY_TRAY, True, type=bool)))
        self.tray_action.setToolTip("Show due and overdue doses as tray messages (where the "
                                    "desktop has a tray)")
        self.tray_action.toggled.connect(lambda on: app_settings().setValue(KEY_TRAY, on))
        view.addAction(self.tray_action)
        self.tray = TrayNotifier.create(self.today, self.tray_action)
        view.addSeparator()
        self.appearance = AppearanceMenu(self, view, self._patient_changed)
        self.tray_action.setEnabled(self.tray is not None)

    def add_file_action(self, action: QAction) -> None:
        """Add ``action`` to the File menu, after New entry and above Settings/Quit.

        Give the action this window as parent so it lives as long as the window.
        """
        self.menus["File"].insertAction(self._file_anchor, action)

    # -- following the context -------------------------------------------------------------
    def _patient(self) -> Patient | None:
        if self.ctx.patient_id is None:
            return None
        try:
            return patient_svc.get_patient(self.ctx.db, self.ctx.patient_id)
        except NotFoundError:
            return None

    def _patient_changed(self, _patient_id: object = None) -> None:
        patient = self._patient()
        self.stack.setCurrentIndex(0 if patient is None else 1)
        self.edit_patient_action.setEnabled(patient is not None)
        self.archive_action.setEnabled(patient is not None)
        self.history_action.setEnabled(patient is not None)
        if self.file_menu.chart_export_action is not None:
            self.file_menu.chart_export_action.setEnabled(patient is not None)
        self.archive_action.setText("Un&archive patient" if patient and patient.archived
                                    else "A&rchive patient…")
        app_title = "BoneTracker Demo" if self.demo else "BoneTracker"
        if patient is None:
            self.setWindowTitle(app_title)
            self.empty_label.setText(
                "Create your profile to start tracking." if single_profile_mode()
                else "Select a patient on the left, or add one.")
            return
        self.setWindowTitle(f"{patient.name} — {app_title}")
        details = [patient.sex.value, f"{patient.age_on(today())} years",
                   f"born {format_date(patient.birth_date)}"]
        if patient.archived:
            details.append("archived")
        self.header.setToolTip(patient.name)
        self.header.setText(scale_points(
            f"<span style='font-size:15pt; font-weight:600'>{_html(patient.name)}</span>"
            f"&nbsp;&nbsp;<span style='color:{shade(GREY)}'>{', '.join(details)}</span>"))

    def _data_changed(self, kind: str) -> None:
        if kind in (ChangeKind.PATIENT, ChangeKind.ALL):
            self._patient_changed()

    # -- actions ---------------------------------------------------------------------------
    def new_entry(self) -> None:
        """Ctrl+N: a new entry on the current page, or a new patient when none is selected."""
        if self.stack.currentIndex() == 0:
            self.add_patient()
            return
        page = self.current_page()
        if isinstance(page, NewEntryPage):
            page.new_entry()

    def add_patient(self) -> None:
        dialog = PatientDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.ctx.select_patient(dialog.saved.id)
        dialog.deleteLater()

    def edit_patient(self, patient_id: int | None = None) -> None:
        pid = patient_id if patient_id is not None else self.ctx.patient_id
        if pid is None:
            return
        try:
            patient = patient_svc.get_patient(self.ctx.db, pid)
        except NotFoundError:
            return
        dialog = PatientDialog(self.ctx, patient, self)
        dialog.exec()
        dialog.deleteLater()

    def archive_patient(self, patient_id: int | None = None) -> None:
        """Archive (after asking) the given or selected patient; unarchive if archived."""
        pid = patient_id if patient_id is not None else self.ctx.patient_id
        if pid is None:
            return
        try:
            archived = patient_svc.get_patient(self.ctx.db, pid).archived
        except NotFoundError:
            return
        archive_patient(self, self.ctx, pid, not archived)

    def show_history(self) -> None:
        """Patient > History…: the audit log of the selected patient."""
        patient = self._patient()
        if patient is None or patient.id is None:
            return
        dialog = HistoryDialog(self.ctx.db, patient.id, patient.name, self)
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings()
            self.ctx.notify_changed(ChangeKind.SETTINGS)  # the LSC and FRAX thresholds read data
        dialog.deleteLater()

    def apply_settings(self, *, show_list: bool = True) -> None:
        """Follow the stored preferences: single-profile mode hides the list and opens the
        (first) profile straight away; otherwise the list is shown unless ``show_list`` is
        False (at start-up, where the saved dock state decides)."""
        single = single_profile_mode()
        if single or show_list:
            self.patient_dock.setVisible(not single)
            self.caseload_dock.setVisible(not single)
        if single and self.ctx.patient_id is None:
            first = patient_svc.list_patients(self.ctx.db, limit=1)
            if first:
                self.ctx.select_patient(first[0].id)
        self._patient_changed()

    # -- settings --------------------------------------------------------------------------
    def restore_settings(self) -> None:
        """Geometry, dock layout and last patient from QSettings (defaults on first start)."""
        settings = app_settings()
        geometry = settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: the default size, but never larger than the screen
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            width, height = DEFAULT_SIZE
            if screen is not None and screen.width() > 0:
                # the window manager's title bar and borders come on top of the size asked for:
                # leave room for them, or the status bar ends below a 700-pixel screen
                width = min(width, screen.width() - FRAME_ALLOWANCE[0])
                height = min(height, screen.height() - FRAME_ALLOWANCE[1])
            self.resize(width, height)
        state = settings.value(KEY_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
            if not self.caseload_dock.isFloating() and \
                    self.caseload_dock not in self.tabifiedDockWidgets(self.patient_dock):
                # a layout saved before the caseload existed: put it back behind the list
                self.tabifyDockWidget(self.patient_dock, self.caseload_dock)
        else:  # first start: wide enough for name, birth date, last scan and category
            # a third of the window at most, so the pages keep room on a 1024-pixel screen
            width = max(300, min(DEFAULT_LIST_WIDTH, self.width() // 3))
            self.resizeDocks([self.patient_dock], [width], Qt.Orientation.Horizontal)
        last = settings.value(KEY_LAST_PATIENT)
        if last not in (None, "") and str(last).isdigit():
            try:
                patient = patient_svc.get_patient(self.ctx.db, int(str(last)))
            except NotFoundError:
                patient = None
            if patient is not None and not patient.archived:
                self.ctx.select_patient(PatientId(int(str(last))))
        self.apply_settings(show_list=False)

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.setValue(KEY_STATE, self.saveState())
        settings.setValue(KEY_LAST_PATIENT, self.ctx.patient_id if self.ctx.patient_id else "")
        settings.sync()

    # -- unsaved edits --------------------------------------------------------------------
    def unsaved_forms(self) -> list[QWidget]:
        """Every page or section with unsaved edits (an :class:`UnsavedForm`), in tab order."""
        forms: list[QWidget] = []
        for page in self.pages.built():
            for widget in (page, *page.findChildren(QWidget)):
                if isinstance(widget, UnsavedForm) and widget.has_unsaved_changes() and widget not in forms:
                    forms.append(widget)
        return forms

    def page_of(self, form: QWidget) -> QWidget | None:
        return next((p for p in self.pages.built() if p is form or p.isAncestorOf(form)), None)

    def resolve_unsaved(self, before: str) -> bool:
        """Ask Save / Discard / Cancel about unsaved edits; True when it is fine to go on.

        Save keeps going only if every form saved; a form whose values are invalid is brought
        to the front with its errors shown, and the close or switch is cancelled.
        """
        forms = self.unsaved_forms()
        if not forms:
            return True
        what = "; ".join(
            f"{title}: {cast(UnsavedForm, form).unsaved_description()}"
            for form in forms for title, page in self.pages.built_items()
            if page is self.page_of(form))
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"Save your changes before {before}?\n\n{what}",
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            for form in forms:
                if not cast(UnsavedForm, form).save_pending():
                    page = self.page_of(form)
                    if page is not None:
                        self.show_page(page)
                    return False
            return True
        if answer == buttons.Discard:
            for form in forms:
                cast(UnsavedForm, form).discard_changes()
            return True
        return False

    def request_close(self) -> bool:
        """File > Quit: ask about unsaved edits first, then close."""
        if not self.resolve_unsaved("closing"):
            return False
        self._confirmed_close = True
        try:
            return self.close()
        finally:
            self._confirmed_close = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the patient list, not the caseload, is in front at start
            self._shown_once = True
            self.patient_dock.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only a close the user started (the title-bar button, Alt+F4, logging out) is
        # spontaneous; File > Quit asked already, and closes made by code must never block.
        if event.spontaneous() and not self._confirmed_close and not self.resolve_unsaved("closing"):
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)


def _scrolled(panel: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    return area


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
