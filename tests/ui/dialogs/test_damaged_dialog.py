"""The damaged-database message offers to restore a backup, as the command line does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bonetracker.cli import main
from bonetracker.services.patients import list_patients
from bonetracker.storage.database import open_database
from bonetracker.ui.dialogs.damaged import restore_from_chosen


def test_restore_from_the_window_replaces_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    db_path = tmp_path / "db.sqlite3"
    assert main(["patients", "add", "--name", "Window Restore", "--sex", "female",
                 "--birth-date", "1950-01-01", "--db", str(db_path)]) == 0
    backup = tmp_path / "backups" / "copy.sqlite3"
    backup.parent.mkdir()
    assert main(["backup", "--out", str(backup), "--db", str(db_path)]) == 0
    db_path.write_bytes(b"garbage, not a database")
    starts: list[str] = []

    def choose(_parent, _title, where, _filters):  # type: ignore[no-untyped-def]
        starts.append(where)
        return str(backup), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert restore_from_chosen(db_path)
    assert starts == [str(tmp_path / "backups")], "opens in the automatic backups folder"
    assert "kept as it was found" in told[0]
    db = open_database(f"sqlite:///{db_path}")
    try:
        assert [p.name for p in list_patients(db)] == ["Window Restore"]
    finally:
        db.close()


def test_the_message_offers_the_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        qapp) -> None:  # type: ignore[no-untyped-def]
    from bonetracker.ui.dialogs import damaged

    offered: list[str] = []

    def critical(_parent, _title, text, buttons=None, default=None):  # type: ignore[no-untyped-def]
        offered.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(damaged, "restore_from_chosen", lambda db, parent=None: True)
    assert damaged.offer_restore(tmp_path / "db.sqlite3", "It is damaged.")
    assert "choose Open" in offered[0]
    assert not damaged.offer_restore(None, "A server problem.")
