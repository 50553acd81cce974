"""Help > Check database: SQLite's full integrity check of the open file, from the window.

The start-up check reads every page but does not compare indexes with their tables; this does.
Damaged indexes (the data intact) can be rebuilt here, after a copy of the file as found is kept
beside it; other damage needs a backup restored (with the window closed: ``bonetracker restore``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bonetracker.storage.backup import reindex_keeping_copy
from bonetracker.storage.database import Database
from bonetracker.storage.integrity import IntegrityReport, full_check
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("dialogs.check_database", "Check database")
T = TypeVar("T")


def _busy(work: Callable[[], T]) -> T:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        return work()
    finally:
        QGuiApplication.restoreOverrideCursor()


def check_database(db: Database, parent: QWidget | None = None) -> IntegrityReport | None:
    """Check the open database and say what was found; offer to rebuild damaged indexes."""
    path = db.path
    if path is None:
        QMessageBox.information(parent, translate("dialogs.check_database", TITLE), translate(
                "dialogs.check_database",
                "The integrity check is for SQLite database files. For a "
                "clinic's PostgreSQL server, ask its administrator (amcheck)."))
        return None
    report = _busy(lambda: full_check(path))
    if report.ok:
        QMessageBox.information(parent, translate("dialogs.check_database", TITLE), report.advice())
        return report
    details = "\n".join(report.lines(10))
    if not report.index_only:
        QMessageBox.critical(parent, translate("dialogs.check_database", TITLE), translate(
                "dialogs.check_database",
                "{advice} Close BoneTracker first: a database in use cannot be "
                "replaced.\n\n{details}").format(advice=report.advice(), details=details))
        return report
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, translate("dialogs.check_database", TITLE), translate("dialogs.check_database",
                "{advice}\n\n{details}\n\nRebuild the indexes now? A copy of the file as "
                "it is now is kept beside it first.").format(advice=report.advice(), details=details),
        buttons.Yes | buttons.No, buttons.Yes)
    if answer != buttons.Yes:
        return report
    try:
        repaired, kept = _busy(lambda: reindex_keeping_copy(path))
    except OSError as exc:
        QMessageBox.warning(parent, translate("dialogs.check_database", TITLE), translate(
                "dialogs.check_database",
                "The indexes were not rebuilt: {exc}").format(exc=exc))
        return report
    if repaired.ok:
        QMessageBox.information(parent, translate("dialogs.check_database", TITLE), translate(
                "dialogs.check_database",
                "Rebuilt the indexes: {advice} The file as it was is kept as {kept}.").format(
                advice=repaired.advice(), kept=kept))
    else:
        QMessageBox.critical(parent, translate("dialogs.check_database", TITLE),
                             f"{repaired.advice()}\n\n" + "\n".join(repaired.lines(10)))
    return repaired
