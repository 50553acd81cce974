"""The clinic's views: the Caseload tab (filter, Enter opens the patient, CSV), Patient >
History… (the audit log of one patient) and the sign-in dialog (one message, a wait)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bonetracker.services import clinic, patients
from bonetracker.storage.audit import Actor, local_actor
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.history import HistoryDialog
from bonetracker.ui.dialogs.sign_in import SignInDialog
from bonetracker.ui.shell.caseload import CaseloadPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def add(db: Database, name: str) -> int:
    p = patients.add_patient(
        db, patients.parse_patient({"name": name, "sex": "female", "birth_date": "1950-01-01"})
    )
    assert p.id is not None
    return p.id


def test_caseload_panel_loads_when_shown_filters_opens_and_exports(
    qtbot, db: Database, tmp_path: Path
) -> None:
    first, second = add(db, "Alma Attn"), add(db, "Bea Busy")
    ctx = AppContext(db)
    panel = CaseloadPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0  # nothing computed before the tab is seen
    panel.show()
    assert panel.model.rowCount() == 2  # both need attention (no scan, nothing logged)
    panel.filter.setCurrentIndex(panel.filter.findData("scan_overdue"))
    assert panel.model.rowCount() == 0
    panel.filter.setCurrentIndex(panel.filter.findData(None))
    panel.view.setCurrentIndex(panel.proxy.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert (
        ctx.patient_id in (first, second)
        and ctx.patient_id
        == panel.model.rows[panel.proxy.mapToSource(panel.proxy.index(1, 0)).row()].patient_id
    )
    target = panel.write_csv(tmp_path / "c.csv")
    assert target.read_text().count("\n") == 3
    flags = panel.proxy.index(0, 5).data()
    assert "no DXA scan on record" in flags


def test_history_lists_who_changed_what(qtbot, db: Database) -> None:
    db.actor = Actor("Dr Ada", "room-3")
    try:
        pid = add(db, "Hal History")
        patients.update_patient(db, dataclasses.replace(patients.get_patient(db, pid), height_cm=160.0))
        dialog = HistoryDialog(db, pid, "Hal History")
        qtbot.addWidget(dialog)
        cells = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
        assert [row[1:5] for row in cells] == [
            ["Dr Ada", "room-3", "change", f"patient {pid}"],
            ["Dr Ada", "room-3", "create", f"patient {pid}"],
        ]
        assert cells[0][5] == "height_cm"
    finally:
        db.actor = local_actor()


def test_sign_in_dialog_one_message_and_a_wait(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    clinic.enable_clinic(db, "Ann Admin", "admin password 1")
    db.actor = local_actor()
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ann Admin")
    dialog.password.setText("wrong")
    dialog.try_sign_in()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.message.text() == clinic.SIGN_IN_FAILED and dialog.user is None
    assert ok is not None and not ok.isEnabled() and dialog.delay_ms == 500
    qtbot.waitUntil(ok.isEnabled, timeout=2000)
    dialog.password.setText("admin password 1")
    dialog.try_sign_in()
    assert dialog.user is not None and dialog.user.name == "Ann Admin" and db.actor.user == "Ann Admin"
    db.actor = local_actor()


def test_clinic_users_dialog_turns_clinic_mode_on_and_manages_users(qtbot, db: Database) -> None:
    from bonetracker.ui.dialogs.clinic_users import ClinicUsersDialog

    dialog = ClinicUsersDialog(db)
    qtbot.addWidget(dialog)
    assert "Clinic mode is off" in dialog.state.text() and dialog.add_button.text() == "Turn on clinic mode"
    dialog.name.setText("Ann Admin")
    dialog.password.setText("short")
    dialog.add_user()
    assert "Password: must be at least 8 characters" in dialog.message.text()
    assert not clinic.clinic_enabled(db)  # nothing written
    dialog.password.setText("admin password 1")
    dialog.add_user()
    assert clinic.clinic_enabled(db) and "signed in as Ann Admin" in dialog.state.text()
    dialog.name.setText("Cal")
    dialog.role.setCurrentIndex(dialog.role.findData("clinician"))
    dialog.password.setText("clinician pw 2")
    dialog.add_user()
    assert [u.name for u in clinic.list_users(db)] == ["Ann Admin", "Cal"]
    dialog.users.setCurrentRow(1)
    dialog.toggle_selected()
    assert [u.disabled for u in clinic.list_users(db)] == [False, True]
    assert "Cal can no longer sign in" in dialog.message.text()
    db.actor = local_actor()
