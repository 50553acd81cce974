"""Sign in at a clinic workstation: name and password, one message whatever was wrong, and a
wait that grows after each failure (the Sign in button stays disabled meanwhile)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from bonetracker.domain.clinic import User
from bonetracker.services import clinic
from bonetracker.storage.database import Database
from bonetracker.ui.widgets.theme import set_role


class SignInDialog(QDialog):
    """Asks for a name and password until they match an enabled user, or the user cancels."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to BoneTracker"))
        self.db = db
        self.user: User | None = None
        self.delay_ms = 0
        intro = QLabel(
            self.tr("This database is shared by a clinic: sign in with your BoneTracker name and password.")
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("sign_in_message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def _wait(self, seconds: float) -> None:
        """The service's growing delay, without freezing the window: disable Sign in meanwhile."""
        self.delay_ms = int(seconds * 1000)

    def try_sign_in(self) -> None:
        self.delay_ms = 0
        try:
            self.user = clinic.sign_in(self.db, self.name.text(), self.password.text(), sleep=self._wait)
        except clinic.SignInError as exc:
            self.message.setText(str(exc))
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None and self.delay_ms:
                ok.setEnabled(False)
                QTimer.singleShot(self.delay_ms, lambda: ok.setEnabled(True))
            return
        self.accept()


def sign_in(db: Database, parent: QWidget | None = None) -> User | None:
    """Show the dialog; the signed-in user, or None when cancelled."""
    dialog = SignInDialog(db, parent)
    dialog.exec()
    user = dialog.user
    dialog.deleteLater()
    return user
