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
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role

ROLE_LABELS = {Role.CLINICIAN: QT_TRANSLATE_NOOP("Role", "clinician"),
               Role.ADMIN: QT_TRANSLATE_NOOP("Role", "admin")}
FIELD_LABELS = {"name": QT_TRANSLATE_NOOP("ClinicUsersDialog", "Name"),
                "password": QT_TRANSLATE_NOOP("ClinicUsersDialog", "Password")}


class ClinicUsersDialog(QDialog):
    """Clinic mode and its users."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic users"))
        self.setMinimumWidth(440)
        self.db = db
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.users = QListWidget()
        self.users.setAccessibleName(self.tr("Users"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(translate("Role", ROLE_LABELS[role]), role.value)
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button = QPushButton(self.tr("Disable / enable selected"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        hint = QLabel(
            self.tr("At least 8 characters. Passwords are kept only as scrypt hashes; a person on "
            "their own computer never needs clinic mode.")
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
                self.tr("Clinic mode is off. Turn it on by adding its first admin below; from then on "
                "every workstation signs in.")
            )
            self.add_button.setText(self.tr("Turn on clinic mode"))
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
        else:
            self.state.setText(
                (self.tr("Clinic mode is on; you are signed in as {name}.").format(name=me.name) if me
                 else self.tr("Clinic mode is on; nobody is signed in."))
                + ("" if admin else " " + self.tr("Only an admin can add or disable users."))
            )
            self.add_button.setText(self.tr("Add user"))
        self.role.setEnabled(on)
        self.add_button.setEnabled(not on or admin)
        self.toggle_button.setEnabled(on and admin)
        self.users.clear()
        for user in clinic.list_users(self.db):
            role = translate("Role", ROLE_LABELS[user.role])
            item = QListWidgetItem(self.tr("{name} ({role}, disabled)").format(name=user.name, role=role)
                                   if user.disabled else
                                   self.tr("{name} ({role})").format(name=user.name, role=role))
            item.setData(256, user.name)
            self.users.addItem(item)

    def _show(self, text: str, error: bool = False) -> None:
        set_role(self.message, "error" if error else "")
        self.message.setText(text)

    def add_user(self) -> None:
        try:
            if not clinic.clinic_enabled(self.db):
                user = clinic.enable_clinic(self.db, self.name.text(), self.password.text())
                self._show(self.tr("Clinic mode is on; {name} is its first admin.").format(name=user.name))
            else:
                user = clinic.add_user(
                    self.db,
                    self.name.text(),
                    self.password.text(),
                    self.role.currentData(),
                    by=self.signed_in(),
                )
                self._show(self.tr("Added {name} ({role}).").format(name=user.name,
                                                                  role=translate("Role", ROLE_LABELS[
                                                                          user.role])))
        except ValidationError as exc:
            self._show("\n".join(self.tr("{field}: {message}").format(
                field=self.tr(FIELD_LABELS[e.field]) if e.field in FIELD_LABELS else e.field.capitalize(),
                message=e.message) for e in exc.errors), error=True)
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
        self._show(self.tr("{name} can no longer sign in.").format(name=changed.name) if changed.disabled
                   else self.tr("{name} can sign in again.").format(name=changed.name))
        self.refresh()
