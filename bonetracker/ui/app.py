"""Start the window: check the platform, open the database, run, and tear down cleanly.

Two failure paths matter more than the happy one:

- a database that cannot be used (not SQLite, newer schema, unreadable) gets a clear dialog
  and exit code 2; ``open_database`` refuses such files before writing anything;
- a Linux machine missing the X libraries Qt's xcb plugin needs would abort inside Qt with a
  cryptic message, so we check first and print the Debian packages to install.

Widgets are closed, ``deleteLater()``-ed and the deferred deletes processed before returning:
pyqtgraph views left alive at interpreter exit can segfault (shared/reference/known-hazards).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

import bonetracker
from bonetracker.startup import collector_paused
from bonetracker.storage.database import (
    Database,
    DatabaseOpenError,
    is_read_only,
    open_database,
    resolve_url,
    sqlite_path,
)
from bonetracker.storage.integrity import start_check
from bonetracker.storage.locations import DatabaseChoiceError
from bonetracker.storage.open_marker import held_open
from bonetracker.ui.preferences import APPLICATION, ORGANIZATION
from bonetracker.ui.refcount_guard import protect_singletons

if TYPE_CHECKING:  # imported in start_window, after the integrity check has started
    from bonetracker.ui.context import AppContext
    from bonetracker.ui.shell.main_window import MainWindow

EXIT_PLATFORM = 1
EXIT_DATABASE = 2

XCB_LIBRARIES: dict[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-shape.so.0": "libxcb-shape0",
}
"""Shared libraries Qt's xcb platform plugin loads, and the Debian/Ubuntu package of each."""

DEBIAN_INSTALL_LINE = "sudo apt-get install " + " ".join(XCB_LIBRARIES.values())


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (beside the package in an editable install)."""
    return Path(bonetracker.__file__).resolve().parent.parent / "resources"


def load_stylesheet() -> str:
    """The application style sheet (resources/style.qss, if there, the roles and the plan's
    label looks) in the current theme and text size."""
    from bonetracker.ui.shell.appearance import application_stylesheet

    return application_stylesheet()


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform:
        return platform == "xcb"
    return not environ.get("WAYLAND_DISPLAY")  # Qt prefers Wayland when a compositor runs


def missing_platform_libraries(
    environ: Mapping[str, str] | None = None,
    loader: Callable[[str], object] = ctypes.CDLL,
    platform: str = sys.platform,
) -> list[str]:
    """Debian packages to install before Qt's xcb plugin can load (empty when all is well)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or not _uses_xcb(env):
        return []
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            loader(soname)
        except OSError:
            missing.append(package)
    return missing


def check_platform(environ: Mapping[str, str] | None = None,
                   loader: Callable[[str], object] = ctypes.CDLL) -> str | None:
    """A message explaining why no window can open here, or None when it can."""
    env = os.environ if environ is None else environ
    missing = missing_platform_libraries(env, loader)
    if missing:
        return ("BoneTracker cannot open a window: the Qt xcb platform plugin needs system "
                f"libraries that are not installed ({', '.join(missing)}).\n"
                f"On Debian or Ubuntu run:\n  {DEBIAN_INSTALL_LINE}\n"
                "Sub-commands (bonetracker --help) work without them.")
    if sys.platform.startswith("linux") and _uses_xcb(env) and not env.get("DISPLAY"):
        return ("BoneTracker cannot open a window: no display (DISPLAY is not set). Start it "
                "from a desktop session, or use the sub-commands (bonetracker --help).")
    return None


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "bonetracker"])
    protect_singletons()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("BoneTracker")
    app.setApplicationVersion(bonetracker.__version__)
    from bonetracker.ui.shell.appearance import apply_appearance

    apply_appearance(app, stylesheet=False)  # the remembered theme and text size (View menu)
    app.setStyleSheet(load_stylesheet())
    return app


def process_deferred_deletes(app: QCoreApplication) -> None:
    """Run pending ``deleteLater()`` calls now, so no widget outlives ``run_gui``."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@dataclass
class Started:
    """What :func:`start_window` leaves running: tear it down with :func:`close_window`."""

    app: QApplication
    db: Database
    ctx: AppContext
    window: MainWindow
    previous_hook: object  # sys.excepthook before the error dialog took over


def start_window(db_arg: str | None) -> Started | int:
    """Open the database ``db_arg`` and show the main window on it (the last patient, the tab
    in front and their plan filled in); returns an exit code instead when it cannot.

    The order is for speed: the file's integrity check starts in a background thread before
    the window's modules are imported, and the garbage collector waits until the window is
    shown (see ``bonetracker.startup``).
    """
    with collector_paused():
        problem = check_platform()
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_PLATFORM
        try:
            url = resolve_url(db_arg)
        except DatabaseChoiceError as exc:
            print(f"bonetracker: error: {exc}", file=sys.stderr)
            return EXIT_DATABASE
        path = sqlite_path(url)
        if path is not None:
            start_check(path)  # runs while the imports below do
        from bonetracker.services.clinic import clinic_enabled
        from bonetracker.ui.context import AppContext
        from bonetracker.ui.dialogs import error as error_dialog
        from bonetracker.ui.shell.main_window import MainWindow

        app = _application()
        install_display_formats()
        read_only = path is not None and is_read_only(path)
        try:
            db = open_database(url, read_only=read_only)
        except DatabaseOpenError as exc:
            from bonetracker.ui.dialogs.damaged import offer_restore

            if not offer_restore(path, str(exc)):
                return EXIT_DATABASE
            try:  # restored: open the restored copy
                db = open_database(url)
            except DatabaseOpenError as again:
                QMessageBox.critical(None, "BoneTracker cannot open the database", str(again))
                return EXIT_DATABASE
        if clinic_enabled(db):
            from bonetracker.ui.dialogs.sign_in import sign_in

            if sign_in(db) is None:  # cancelled: nothing opened, nothing written
                db.close()
                return 0
        ctx = AppContext(db)
        window = MainWindow(ctx)
        if db.read_only:  # said once, where it stays visible; every save is refused as read-only
            notice = QLabel(f"Read-only: {path} cannot be written; you can look, print and export, "
                            "but changes will not be saved.")
            notice.setObjectName("read_only_notice")
            window.statusBar().addPermanentWidget(notice)
        started = Started(app, db, ctx, window, error_dialog.install(window))
        try:
            window.show()  # builds the tab in front, with the selected patient's plan
        except BaseException:
            close_window(started)
            raise
    return started


def install_display_formats() -> None:
    """Dates in the locale's short format and values in the units chosen in Settings, for every
    view of this window (the CLI installs neither: it and its files keep ISO dates and SI)."""
    from bonetracker.ui.preferences import install_units
    from bonetracker.ui.widgets.dates import install_date_format

    install_date_format()
    install_units()


def uninstall_display_formats() -> None:
    from bonetracker.domain.measures.shown import set_chosen_units
    from bonetracker.ui.widgets.dates import uninstall_date_format

    uninstall_date_format()
    set_chosen_units(None)


def close_window(started: Started) -> None:
    """Close and delete the window and close the database (pyqtgraph needs widgets deleted
    before the interpreter exits)."""
    sys.excepthook = started.previous_hook  # type: ignore[assignment]
    started.window.close()
    started.window.deleteLater()
    started.ctx.deleteLater()
    process_deferred_deletes(started.app)
    started.db.close()
    uninstall_display_formats()


def run_gui(db_arg: str | None) -> int:
    """Open the main window on the database ``db_arg`` (path, URL or None for the default).

    Returns:
        The exit code: Qt's (0) after the window closes, 2 when the database cannot be
        opened, 1 when no window can be shown on this machine.
    """
    started = start_window(db_arg)
    if isinstance(started, int):
        return started
    window, ctx, db = started.window, started.ctx, started.db
    try:
        from bonetracker.ui.dialogs.welcome import offer_welcome, should_offer_welcome
        from bonetracker.ui.shell.menus import run_auto_backup

        # After the first paint: a clinician sees the window while today's copy is written.
        QTimer.singleShot(200, window, lambda: run_auto_backup(window))
        if should_offer_welcome(db):  # first start: own profile, demo data or import
            QTimer.singleShot(0, window, lambda: offer_welcome(window, ctx, window.add_patient))
        with held_open(db.path):  # `bonetracker restore` refuses while this window runs
            return int(started.app.exec())
    finally:
        close_window(started)
