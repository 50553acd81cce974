"""File dialogs that open where the user expects: the folder last used for that kind of file
(reports, backups, exports, imports...), else Documents; never the program's own folder."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from bonetracker.ui.preferences import last_folder, remember_folder


def save_file(parent: QWidget | None, kind: str, title: str, name: str, filters: str) -> str:
    """Ask where to save ``name`` (a file of ``kind``); '' when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder(kind) / name), filters)
    if path:
        remember_folder(kind, path)
    return path


def open_file(parent: QWidget | None, kind: str, title: str, filters: str) -> str:
    """Ask for a file of ``kind`` to open; '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind)), filters)
    if path:
        remember_folder(kind, path)
    return path


def choose_folder(parent: QWidget | None, kind: str, title: str) -> str:
    """Ask for a folder to write ``kind`` into; '' when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind)))
    if path:
        remember_folder(kind, path)
    return path
