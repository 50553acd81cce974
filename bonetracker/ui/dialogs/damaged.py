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


def offer_restore(database: Path | None, problem: str, parent: QWidget | None = None) -> bool:
    """Show ``problem``; True when the user restored a backup over ``database`` (open again)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "BoneTracker cannot open the database", problem,
                      parent=parent)
    restore = None
    if database is not None:
        restore = box.addButton("Restore a backup…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    return restore_from_chosen(database, parent)  # type: ignore[arg-type]


def restore_from_chosen(database: Path, parent: QWidget | None = None) -> bool:
    """Ask for a backup (starting in the automatic backups folder) and restore it."""
    folder = database.parent / "backups"
    chosen, _ = QFileDialog.getOpenFileName(parent, "Restore a backup", str(folder if folder.is_dir()
                                                                            else database.parent),
                                            "BoneTracker database (*.sqlite3);;All files (*)")
    if not chosen:
        return False
    try:
        kept = restore_backup(Path(chosen), database)
    except (DatabaseOpenError, OSError) as exc:
        QMessageBox.warning(parent, "Restore", f"Not restored: {exc}")
        return False
    QMessageBox.information(parent, "Restored", f"Restored {chosen}. The damaged database was kept "
                            f"as it was found, as {kept}.")
    return True
