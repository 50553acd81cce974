"""Settings > Clinic users…: turn clinic mode on with its first admin, and (admins) add users,
disable or re-enable them. The same services as ``bonetracker clinic ...``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.clinic import Role, User
from bonetracker.domain.errors import ValidationError
from bonetracker.services import clinic
from bonetracker.storage.database import Database
from bonetracker.ui.widgets.theme import set_role


class ClinicUsersDialog(QDialog):
    """Clinic mode and its users."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clinic users")
        self.setMinimumWidth(440)
        self.db = db
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.users = QListWidget()
        self.users.setAccessibleName("Users")
        self.name = QLineEdit()
        self.name.setAccessibleName("Name")
        self.role = QComboBox()
        self.role.setAccessibleName("Role")
        for role in Role:
            self.role.addItem(role.value, role.value)
        self.password = QLineEdit()
        self.password.setAccessibleName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton("Add user")
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button = QPushButton("Disable / enable selected")
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        form.addRow("Password", self.password)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        hint = QLabel(
            "At least 8 characters. Passwords are kept only as scrypt hashes; a person on "
            "their own computer never needs clinic mode."
        )
        hint.setWordWrap(True)
        set_role(hint, "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.users)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def signed_in(self) -> User | None:
        return next((u for u in clinic.list_users(self.db) if u.name == self.db.actor.user), None)

    def refresh(self) -> None:
        on = clinic.clinic_enabled(self.db)
        me = self.signed_in()
        admin = me is not None and me.role is Role.ADMIN
        if not on:
            self.state.setText(
                "Clinic mode is off. Turn it on by adding its first admin below; from then on "
                "every workstation signs in."
            )
            self.add_button.setText("Turn on clinic mode")
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
        else:
            self.state.setText(
                f"Clinic mode is on; you are signed in as {me.name if me else 'nobody'}."
                + ("" if admin else " Only an admin can add or disable users.")
            )
            self.add_button.setText("Add user")
        self.role.setEnabled(on)
        self.add_button.setEnabled(not on or admin)
        self.toggle_button.setEnabled(on and admin)
        self.users.clear()
        for user in clinic.list_users(self.db):
            item = QListWidgetItem(f"{user.name} ({user.role.value}{', disabled' if user.disabled else ''})")
            item.setData(256, user.name)
            self.users.addItem(item)

    def _show(self, text: str, error: bool = False) -> None:
        set_role(self.message, "error" if error else "")
        self.message.setText(text)

    def add_user(self) -> None:
        try:
            if not clinic.clinic_enabled(self.db):
                user = clinic.enable_clinic(self.db, self.name.text(), self.password.text())
                self._show(f"Clinic mode is on; {user.name} is its first admin.")
            else:
                user = clinic.add_user(
                    self.db,
                    self.name.text(),
                    self.password.text(),
                    self.role.currentData(),
                    by=self.signed_in(),
                )
                self._show(f"Added {user.role.value} {user.name}.")
        except ValidationError as exc:
            self._show("\n".join(f"{e.field.capitalize()}: {e.message}" for e in exc.errors), error=True)
            return
        except clinic.NotAllowedError as exc:
            self._show(str(exc), error=True)
            return
        self.name.clear()
        self.password.clear()
        self.refresh()

    def toggle_selected(self) -> None:
        item = self.users.currentItem()
        if item is None:
            return
        name = item.data(256)
        user = next(u for u in clinic.list_users(self.db) if u.name == name)
        try:
            changed = clinic.set_disabled(self.db, name, not user.disabled, by=self.signed_in())
        except clinic.NotAllowedError as exc:
            self._show(str(exc), error=True)
            return
        self._show(f"{changed.name} can {'no longer' if changed.disabled else 'again'} sign in.")
        self.refresh()
