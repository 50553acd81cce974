"""The main window: empty state, pages, menus and shortcuts, remembered settings, start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from bonetracker.domain.records import PatientId, Site
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import list_scans, log_scan, parse_scan
from bonetracker.services.settings import get_lsc
from bonetracker.storage.database import Database
from bonetracker.ui import app as app_module
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.dialogs.settings import (
    KEY_SINGLE_PROFILE,
    SettingsDialog,
    app_settings,
    single_profile_mode,
)
from bonetracker.ui.shell import main_window as main_window_module
from bonetracker.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture(autouse=True)
def fresh_settings():
    """QSettings caches its folder per process, so each test empties the store instead."""
    settings = app_settings()
    settings.clear()
    settings.sync()
    yield
    settings.clear()
    settings.sync()


@pytest.fixture
def maria(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Maria Rossi", "sex": "female",
                                       "birth_date": "1958-04-12"}))
    assert p.id is not None
    return p.id


def open_window(qtbot, db: Database) -> MainWindow:
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_empty_state_until_a_patient_is_selected(qtbot, db, maria) -> None:
    window = open_window(qtbot, db)
    assert window.stack.currentIndex() == 0
    assert "Select a patient" in window.empty_label.text()
    assert not window.edit_patient_action.isEnabled()

    window.patient_list.view.selectRow(0)

    assert window.ctx.patient_id == maria
    assert window.stack.currentIndex() == 1
    assert "Maria Rossi" in window.header.text() and "Maria Rossi" in window.windowTitle()
    assert "Scans" in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_a_broken_page_shows_its_error_and_the_others_work(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(main_window_module, "PAGES",
                        [("Broken", "bonetracker.ui.no_such_page:Page"),
                         ("Scans", "bonetracker.ui.pages.scans.page:ScansPage")])
    window = open_window(qtbot, db)
    broken = window.pages["Broken"]
    assert isinstance(broken, QLabel) and "could not be opened" in broken.text()
    assert window.tabs.count() == 2 and hasattr(window.pages["Scans"], "new_entry")


def test_ctrl_n_starts_a_new_entry_on_the_current_page(qtbot, db, maria) -> None:
    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    page = window.pages["Scans"]
    window.tabs.setCurrentWidget(page)
    page.cells[Site.TOTAL_HIP]["bmd"].setText("0.7")
    window.patient_list.view.setFocus()

    qtbot.keyClick(window.patient_list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert page.cells[Site.TOTAL_HIP]["bmd"].text() == ""
    assert page.date.hasFocus()


def test_ctrl_f_focuses_search(qtbot, db, maria) -> None:
    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    window.tabs.setCurrentWidget(window.pages["Scans"])
    window.pages["Scans"].facility.setFocus()
    qtbot.keyClick(window.pages["Scans"].facility, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.patient_list.search.hasFocus()


def test_delete_then_ctrl_z_restores_the_visit(qtbot, db, maria, monkeypatch) -> None:
    rows = [{"site": "lumbar_spine", "bmd": "0.791", "t_score": "-2.3"},
            {"site": "femoral_neck", "bmd": "0.601", "t_score": "-2.2"}]
    scan = log_scan(db, parse_scan(maria, {"date": "2021-03-22"}, rows))
    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    page = window.pages["Scans"]
    window.tabs.setCurrentWidget(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.view.selectRow(0)
    page.view.setFocus()

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert list_scans(db, maria) == []
    assert "delete scan of 2021-03-22" in window.undo_action.text().lower()

    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    [restored] = list_scans(db, maria)
    assert restored == scan, "same visit id, measurement ids and values"
    assert page.proxy.rowCount() == 1


def test_geometry_and_last_patient_are_remembered(qtbot, db, maria, monkeypatch) -> None:
    # Without pages the window's minimum width fits the 800 px offscreen screen.
    monkeypatch.setattr(main_window_module, "PAGES", [])
    first = open_window(qtbot, db)
    first.ctx.select_patient(maria)
    first.resize(720, 540)  # restoreGeometry keeps a window on its screen
    first.close()
    assert app_settings().value("window/last_patient") in (maria, str(maria))

    second = open_window(qtbot, db)
    assert second.ctx.patient_id == maria
    assert second.size() == QSize(720, 540)
    assert second.stack.currentIndex() == 1


def test_a_first_start_leaves_room_for_the_window_frame(qtbot, db, monkeypatch) -> None:
    """On a screen smaller than the default size the window asked for the whole screen, and the
    window manager's title bar then pushed the status bar below its bottom edge."""
    monkeypatch.setattr(main_window_module, "PAGES", [])
    window = open_window(qtbot, db)
    screen = window.screen().availableGeometry()
    frame_w, frame_h = main_window_module.FRAME_ALLOWANCE
    assert window.height() <= screen.height() - frame_h and window.width() <= screen.width() - frame_w


def test_single_profile_mode_hides_the_patient_list(qtbot, db, maria) -> None:
    window = open_window(qtbot, db)
    assert window.patient_dock.isVisible()
    dialog = SettingsDialog(db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.single_profile
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # toggles the box like a click, wherever it is drawn
    assert box.isChecked()
    dialog.lsc[Site.LUMBAR_SPINE].setValue(0.041)
    dialog.accept()
    window.apply_settings()

    assert single_profile_mode() and app_settings().value(KEY_SINGLE_PROFILE, type=bool)
    assert get_lsc(db)[Site.LUMBAR_SPINE] == pytest.approx(0.041)
    assert not window.patient_dock.isVisible()
    assert window.ctx.patient_id == maria, "the only profile opens straight away"

    window.close()
    again = open_window(qtbot, db)
    assert not again.patient_dock.isVisible()


def test_add_file_action_goes_above_settings(qtbot, db) -> None:
    window = open_window(qtbot, db)
    export = QAction("Export…", window)
    window.add_file_action(export)
    texts = [a.text() for a in window.menus["File"].actions() if not a.isSeparator()]
    assert texts.index("&New entry") < texts.index("Export…") < texts.index("&Settings…")


def test_archive_from_menu_deselects(qtbot, db, maria, monkeypatch) -> None:
    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.archive_action.trigger()
    assert window.ctx.patient_id is None
    assert window.patient_list.model.rowCount() == 0
    assert window.stack.currentIndex() == 0


# -- run_gui -------------------------------------------------------------------------------
def test_unusable_database_shows_dialog_and_exits_2(qtbot, tmp_path: Path, monkeypatch) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not a database\n" * 10)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",  # the message, its restore offer declined
                        lambda _parent, title, text, *a: shown.append((title, text)))
    try:
        assert app_module.run_gui(str(junk)) == 2
    finally:
        QApplication.instance().setStyleSheet("")
    assert len(shown) == 1 and "not a BoneTracker database" in shown[0][1]
    assert junk.read_bytes() == b"this is not a database\n" * 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_run_gui_opens_and_closes_the_window(qtbot, db_path: Path, monkeypatch) -> None:
    seen: list[str] = []

    def fake_exec(app) -> int:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.windowTitle() for w in windows if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app_module.run_gui(str(db_path)) == 0
    finally:
        QApplication.instance().setStyleSheet("")
    assert seen == ["BoneTracker"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert QApplication.organizationName() == "BoneTracker"


def test_missing_x_libraries_are_named_with_the_install_line() -> None:
    def loader(name: str) -> object:
        if "icccm" in name or "keysyms" in name:
            raise OSError(name)
        return object()

    env = {"DISPLAY": ":0"}
    assert app_module.missing_platform_libraries(env, loader, "linux") == [
        "libxcb-icccm4", "libxcb-keysyms1"]
    message = app_module.check_platform(env, loader)
    assert message is not None and app_module.DEBIAN_INSTALL_LINE in message
    assert app_module.missing_platform_libraries({"QT_QPA_PLATFORM": "offscreen"}, loader,
                                                 "linux") == []
    assert app_module.check_platform({"QT_QPA_PLATFORM": "offscreen"}, loader) is None


def test_pages_are_built_when_their_tab_is_first_shown(qtbot, db, maria) -> None:
    """Start-up builds only the tab in front; a tab clicked later is built and filled then."""
    log_scan(db, parse_scan(maria, {"date": "2021-03-22"},
                            [{"site": "lumbar_spine", "bmd": "0.791", "t_score": "-2.3"}]))
    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    assert [title for title, _page in window.pages.built_items()] == ["Plan"]

    scans_index = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("Scans")
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(scans_index).center())

    page = window.tabs.currentWidget()
    assert page is window.pages["Scans"] and page.isVisible()
    assert window.tabs.indexOf(page) == scans_index
    qtbot.waitUntil(lambda: page.view.model().rowCount() == 1, timeout=2000)
    assert "Chart" not in dict(window.pages.built_items())


def test_export_chart_in_the_file_menu_follows_the_selected_patient(qtbot, db, maria,
                                                                     monkeypatch, tmp_path) -> None:
    log_scan(db, parse_scan(maria, {"date": "2021-03-22"},
                            [{"site": "lumbar_spine", "bmd": "0.791", "t_score": "-2.3"}]))
    window = open_window(qtbot, db)
    action = next(a for a in window.menus["File"].actions() if a.text().startswith("Export chart"))
    assert not action.isEnabled()  # no patient yet
    window.ctx.select_patient(maria)
    assert action.isEnabled()
    target = tmp_path / "maria.png"
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    action.trigger()  # the Chart tab was never opened: it is built for the export

    assert target.exists() and target.stat().st_size > 1000
    assert window.tabs.currentWidget() is window.pages["Plan"]


def test_searching_the_window_finds_pages_not_yet_shown(qtbot, db, maria) -> None:
    """Pages are built when first shown, but a search of the window (a test, an automation
    tool) still finds every page's widgets, filled for the selected patient when shown."""
    from bonetracker.ui.pages.chart import ChartView

    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    assert "Chart" not in dict(window.pages.built_items())
    chart = window.findChild(ChartView)
    assert chart is window.pages["Chart"]
    assert len(window.findChildren(ChartView)) == 1
    window.tabs.setCurrentWidget(chart)
    assert chart.isVisible()


def test_a_page_behind_another_tab_rereads_its_data_when_shown(qtbot, db, maria) -> None:
    """A change that arrives while a tab is not in front is read when the tab is shown, not at
    once (a patient switch costs only the tab being looked at), and never missed."""
    log_scan(db, parse_scan(maria, {"date": "2021-03-22"},
                            [{"site": "lumbar_spine", "bmd": "0.791", "t_score": "-2.3"}]))
    window = open_window(qtbot, db)
    window.ctx.select_patient(maria)
    scans = window.pages["Scans"]  # built (and read once), but its tab is behind the Plan tab
    assert scans.model.rowCount() == 1
    log_scan(db, parse_scan(maria, {"date": "2023-04-02"},
                            [{"site": "lumbar_spine", "bmd": "0.801", "t_score": "-2.2"}]))
    window.ctx.notify_changed(ChangeKind.SCAN)
    assert scans.model.rowCount() == 1, "not re-read while hidden"

    window.show_page("Scans")

    assert scans.model.rowCount() == 2
    log_scan(db, parse_scan(maria, {"date": "2025-05-02"},
                            [{"site": "lumbar_spine", "bmd": "0.811", "t_score": "-2.1"}]))
    window.ctx.notify_changed(ChangeKind.SCAN)
    assert scans.model.rowCount() == 3, "a shown page reads at once"


def test_no_page_forces_the_window_wider_than_a_1024_pixel_screen(qtbot, db, maria) -> None:
    """Issue 15: every page, with the patient list open beside it, fits 1024 px; a long name
    does not widen the window either."""
    long_name = "Maria " + "Annunziata-" * 7 + "Rossi"
    p = add_patient(db, parse_patient({"name": long_name[:83], "sex": "female", "birth_date": "1958-04-12"}))
    window = open_window(qtbot, db)
    for pid in (maria, p.id):
        window.ctx.select_patient(pid)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            width = window.minimumSizeHint().width()
            assert width <= 1024, (window.tabs.tabText(index), width)


def test_the_database_stays_in_the_status_bar_and_a_report_says_where_it_went(
    qtbot, db, maria, monkeypatch, tmp_path
) -> None:
    """Issue 15: a passing message (the day's backup) never blanks the database name, and
    Export report confirms what it wrote, where; the dialog opens in the last folder used."""
    from PySide6.QtWidgets import QFileDialog

    from bonetracker.ui.report import export_report

    window = open_window(qtbot, db)
    window.statusBar().showMessage("Today's backup: somewhere", 50)
    assert window.database_label.isVisible() and window.database_label.text().startswith("Database: ")
    qtbot.wait(80)
    assert window.database_label.isVisible() and window.database_label.text().startswith("Database: ")
    window.ctx.select_patient(maria)
    folders: list[str] = []

    def ask(_parent, _title, where, _filters):  # type: ignore[no-untyped-def]
        folders.append(where)
        return str(tmp_path / "maria.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    target = export_report(window, window.ctx)
    assert target is not None and target.exists()
    assert window.statusBar().currentMessage().startswith(f"Wrote the report for Maria Rossi to {target}")
    export_report(window, window.ctx)
    assert folders[1].startswith(str(tmp_path)), "the second export opens where the first went"


def test_a_read_only_database_opens_for_reading_and_says_so(qtbot, db_path: Path, monkeypatch) -> None:
    """Issue 16 (Low): a read-only database is opened read-only, with a notice that stays in view."""
    from bonetracker.storage.database import open_database

    open_database(f"sqlite:///{db_path}").close()  # an existing database at this version
    monkeypatch.setattr(app_module, "is_read_only", lambda p: p == db_path)
    notices: list[str] = []

    def fake_exec(app) -> int:
        for w in app.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                label = w.statusBar().findChild(QLabel, "read_only_notice")
                notices.append(label.text() if label is not None else "")
                assert w.ctx.db.read_only
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app_module.run_gui(str(db_path)) == 0
    finally:
        QApplication.instance().setStyleSheet("")
    assert notices and notices[0].startswith(f"Read-only: {db_path} cannot be written")
