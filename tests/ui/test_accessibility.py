"""Every page and dialog: each widget the keyboard can reach has a name a screen reader says.

The name is what Qt's accessibility layer reports (``QAccessible.Text.Name``): a button's text,
the buddy label of a field (forms set it), or an explicit ``setAccessibleName``. The chart has a
table view of its values; toolbar buttons take keyboard focus; the View menu reaches text size
and theme by keyboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from bonetracker.domain.records import PatientId
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages import PAGES
from bonetracker.ui.shell.main_window import MainWindow


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(QAccessible.Text.Name).strip()


def _internal(widget: QWidget, root: QWidget) -> bool:
    """Qt's own parts of a compound widget (a spin box's line edit, a calendar's buttons, a
    tab bar's scroll arrows): the compound widget carries the name."""
    w: QWidget | None = widget
    while w is not None and w is not root:
        if w.objectName().startswith("qt_"):
            return True
        w = w.parentWidget()
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    return isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar))


def unnamed_focusable(root: QWidget) -> list[str]:
    """Widgets inside ``root`` that take keyboard focus but have no accessible name."""
    missing, seen = [], 0
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QMenu) or _internal(widget, root):
            continue
        seen += 1
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"in {type(widget.parentWidget()).__name__}")
    assert seen > 0, f"nothing focusable found in {type(root).__name__}"
    return missing


@pytest.fixture
def maria(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Maria Rossi", "sex": "female", "birth_date": "1958-04-12",
                                       "menopause_year": "2008"}))
    for when, bmd, t in (("2021-03-22", "0.791", "-2.3"), ("2023-04-02", "0.760", "-2.6")):
        sites = [{"site": "lumbar_spine", "bmd": bmd, "t_score": t},
                 {"site": "total_hip", "bmd": "0.800", "t_score": "-1.5"}]
        log_scan(db, parse_scan(p.id, {"date": when}, sites))
    return p.id


@pytest.fixture
def window(qtbot, db: Database, maria: PatientId) -> MainWindow:
    ctx = AppContext(db)
    ctx.select_patient(maria)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.parametrize("title", [t for t, _spec in PAGES])
def test_every_focusable_widget_on_every_page_has_a_name(qtbot, window: MainWindow, title: str) -> None:
    page = window.show_page(title)
    qtbot.wait(5)
    assert page.isVisible()
    missing = unnamed_focusable(page)
    for tabs in page.findChildren(QTabWidget):  # a page's own tabs: each one in front in turn
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            missing += [m for m in unnamed_focusable(page) if m not in missing]
    assert missing == []


def test_the_window_around_the_pages_names_its_controls(window: MainWindow) -> None:
    for dock in (window.patient_list, window.caseload):
        assert unnamed_focusable(dock) == [], type(dock).__name__


def _dialogs(window: MainWindow) -> list[QDialog]:
    from bonetracker.services.patients import get_patient
    from bonetracker.ui.dialogs.about import AboutDialog
    from bonetracker.ui.dialogs.clinic_users import ClinicUsersDialog
    from bonetracker.ui.dialogs.fhir_export import FhirExportDialog
    from bonetracker.ui.dialogs.history import HistoryDialog
    from bonetracker.ui.dialogs.importing import ImportDialog
    from bonetracker.ui.dialogs.patient import PatientDialog
    from bonetracker.ui.dialogs.settings import SettingsDialog
    from bonetracker.ui.dialogs.sign_in import SignInDialog
    from bonetracker.ui.dialogs.welcome import WelcomeDialog

    ctx, db = window.ctx, window.ctx.db
    pid = ctx.patient_id
    assert pid is not None
    return [AboutDialog(db.url, window), ClinicUsersDialog(db, window),
            FhirExportDialog("Maria", window), HistoryDialog(db, pid, "Maria", window),
            ImportDialog(ctx, window), PatientDialog(ctx, None, window),
            PatientDialog(ctx, get_patient(db, pid), window), SettingsDialog(db, window),
            SignInDialog(db, window), WelcomeDialog(window)]


def test_every_focusable_widget_in_every_dialog_has_a_name(qtbot, window: MainWindow, db: Database) -> None:
    from bonetracker.services.medications import log_medication, parse_medication
    from bonetracker.ui.pages.medications.stop_course import StopCourseDialog

    pid = window.ctx.patient_id
    course = log_medication(db, parse_medication(pid, {"drug": "Alendronate",
                                                        "start": "2022-01-10"}))
    missing = {}
    for dialog in [*_dialogs(window), StopCourseDialog(window.ctx, course, window)]:
        qtbot.addWidget(dialog)
        dialog.show()
        found = unnamed_focusable(dialog)
        if found:
            missing[type(dialog).__name__] = found
        dialog.close()
    assert missing == {}
