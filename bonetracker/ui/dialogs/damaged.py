"""When the database cannot be opened: say why, and offer to restore a backup right there.

The command line says "restore a backup with 'bonetracker restore FILE'"; a person at the
window gets the same without a terminal: choose a copy (the automatic ones are in the
``backups`` folder beside the database), it is checked, the damaged file is kept aside as
found, and the window opens on the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bonetracker.storage.backup import restore_backup
from bonetracker.storage.database import DatabaseOpenError
from bonetracker.ui.widgets.i18n import translate


def offer_restore(database: Path | None, problem: str, parent: QWidget | None = None) -> bool:
    """Show ``problem``; True when the user restored a backup over ``database`` (open again).

    The standard critical message (so it looks like every other error), with "Open…" to pick a
    backup to restore when the database is a file."""
    title = translate("dialogs.damaged", "BoneTracker cannot open the database")
    if database is None:
        QMessageBox.critical(parent, title, problem)
        return False
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.critical(
        parent, title, translate("dialogs.damaged",
                                 "{problem}\n\nTo restore a backup over it, choose Open… and pick the "
                                 "copy (the automatic ones are in the backups folder beside it).")
        .format(problem=problem), buttons.Open | buttons.Close, buttons.Close)
    if answer != buttons.Open:
        return False
    return restore_from_chosen(database, parent)


def restore_from_chosen(database: Path, parent: QWidget | None = None) -> bool:
    """Ask for a backup (starting in the automatic backups folder) and restore it."""
    folder = database.parent / "backups"
    chosen, _ = QFileDialog.getOpenFileName(parent, translate("dialogs.damaged", "Restore a backup"), str(
            folder if folder.is_dir()
                                                                            else database.parent),
                                            translate("dialogs.damaged",
                                                    "BoneTracker database (*.sqlite3);;All files (*)"))
    if not chosen:
        return False
    try:
        kept = restore_backup(Path(chosen), database)
    except (DatabaseOpenError, OSError) as exc:
        QMessageBox.warning(parent, translate("dialogs.damaged", "Restore"), translate("dialogs.damaged",
                "Not restored: {exc}").format(exc=exc))
        return False
    QMessageBox.information(parent, translate("dialogs.damaged", "Restored"), translate("dialogs.damaged",
            "Restored {chosen}. The damaged database was kept as it was found, as "
            "{kept}.").format(chosen=chosen, kept=kept))
    return True
