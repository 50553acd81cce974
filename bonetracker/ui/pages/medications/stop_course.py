"""Stop a running medication course from the Medications tab: ask for its last day, save, undo.

Stopping is the commonest change to a course (a clinician hears "I stopped the alendronate in
May"); editing the course's end date works too, but this is one click from the table and, like
the command line's ``bonetracker meds stop``, goes through ``services.medications.stop_medication``
so a future date or an end before the start is refused with the same message.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import MedicationCourse
from bonetracker.services import medications as svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import push_done
from bonetracker.ui.widgets.forms import DateEdit, DoneCommand, error_label, set_error_state


class StopCourseDialog(QDialog):
    """Asks for the last day of ``course`` (today by default) and stops it on OK.

    ``saved`` is the stopped course; the dialog stays open with the message under the date
    while the service refuses it.
    """

    def __init__(self, ctx: AppContext, course: MedicationCourse,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.course = ctx, course
        self.saved: MedicationCourse | None = None
        self.setWindowTitle(f"Stop {course.drug}")
        self.end = DateEdit(self)
        self.end.setObjectName("stop_end")
        self.error = error_label(self, "end")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText("Stop course")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt = QLabel(f"Last day of the {course.drug} course that started "
                        f"{format_date(course.start)}:")
        prompt.setBuddy(self.end)
        layout.addWidget(prompt)
        layout.addWidget(self.end)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)  # room for a message to wrap onto whole lines
        self.end.setFocus()

    def accept(self) -> None:
        try:
            self.saved = svc.stop_medication(self.ctx.db, self.course.patient_id,
                                             self.course.drug, self.end.text())
        except ValidationError as exc:
            self._show(" ".join(f"End date {e.message}." if e.field == "end" else
                                f"{e.field}: {e.message}." for e in exc.errors))
            return
        except NotFoundError as exc:
            self._show(str(exc))
            return
        super().accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        set_error_state(self.end, True)
        self.adjustSize()  # grow to the message: every line of it shows


def stop_course(parent: QWidget, ctx: AppContext, course: MedicationCourse) -> MedicationCourse | None:
    """Ask, stop ``course``, and put the stop on the undo stack (undo makes it run again)."""
    dialog = StopCourseDialog(ctx, course, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        saved = dialog.saved
    finally:
        dialog.deleteLater()
    current = [saved]  # each write bumps the version; undo and redo build on the latest

    def set_end(end: dt.date | None) -> None:
        current[0] = svc.update_medication(ctx.db, dataclasses.replace(current[0], end=end))
        ctx.notify_changed(ChangeKind.MEDICATION)

    push_done(ctx, DoneCommand(f"stop the {course.drug} course",
                                     undo=lambda: set_end(None), redo=lambda: set_end(saved.end)))
    ctx.notify_changed(ChangeKind.MEDICATION)
    return saved
