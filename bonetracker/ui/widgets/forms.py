"""Reusable form pieces for every page: inline errors, number/date fields, delete confirmation.

Every entry form in BoneTracker works the same way, so a user learns it once:

1. the form hands raw text to a ``services.*.parse_*`` function;
2. on :class:`~bonetracker.domain.errors.ValidationError` an :class:`InlineErrors` shows each
   message in red beside the field it names, and nothing is saved;
3. on success the page calls a service, then ``ctx.notify_changed(kind)``.

Deletes ask first (:func:`confirm_delete`) and go on the shared undo stack
(:func:`undo_stack`), so Ctrl+Z puts the entry back. When saving an edit raises
:class:`~bonetracker.domain.errors.StaleRecordError` (another workstation saved the same record
since it was loaded), the page asks :func:`ask_about_stale`: reload their version or keep
editing; it never overwrites.

Example::

    errors = InlineErrors(self)
    self.minutes = NumberEdit(Range(1, 600, "min"), self)
    form.addRow("Minutes", errors.wrap("minutes", self.minutes))
    ...
    try:
        entry = parse_workout(pid, {"minutes": self.minutes.text()})
    except ValidationError as exc:
        errors.show_errors(exc)
        return
    errors.clear()
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.services.validation import Range, today
from bonetracker.ui.context import AppContext
from bonetracker.ui.widgets import dates
from bonetracker.ui.widgets.theme import set_role, set_style_properties

ERROR_PROPERTY = "error"
"""Dynamic property set to True on a widget with an error; resources/style.qss draws it red."""


def set_error_state(widget: QWidget, on: bool) -> None:
    """Mark ``widget`` as erroneous (or not), so the style sheet draws it red (or not)."""
    if bool(widget.property(ERROR_PROPERTY)) != on:
        set_style_properties(widget, **{ERROR_PROPERTY: on})


def error_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A hidden, red, word-wrapping label for one or more field messages."""
    label = QLabel(parent)
    set_role(label, "error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName(f"error_{name}" if name else "error")
    label.hide()
    return label


class InlineErrors:
    """Shows a ValidationError's messages beside the fields they name.

    Register each field once with :meth:`add` (or :meth:`wrap`, which also builds the
    widget-plus-label container for a form row). Several fields may share one label (e.g. a
    table row of BMD/T/Z): give them the same ``label`` and a ``title`` so the joined message
    says which value is wrong ("BMD must be from 0.20 to 2.50 g/cm²").

    Messages for names nobody registered go to the ``fallback`` label (if given) so no error
    is ever silently dropped.
    """

    def __init__(self, fallback: QLabel | None = None) -> None:
        self.fallback = fallback
        self._fields: dict[str, tuple[QWidget | None, QLabel, str]] = {}
        self._labels: list[QLabel] = []

    def add(
        self, name: str, widget: QWidget | None, label: QLabel | None = None, title: str = ""
    ) -> QLabel:
        """Register field ``name`` shown by ``widget``; returns the label that shows its errors.

        Args:
            name: the field name the service uses (``"height_cm"``, ``"femoral_neck.bmd"``).
            widget: the input to outline in red (None for a field with no single input).
            label: where to write the message; a new hidden label is made when omitted
                (place it in your layout yourself).
            title: prefix for the message when a label serves several fields.
        """
        if label is None:
            label = error_label(widget.parentWidget() if widget else None, name)
        self._fields[name] = (widget, label, title)
        if label not in self._labels:
            self._labels.append(label)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, w=widget: set_error_state(w, False))
        return label

    def wrap(self, name: str, widget: QWidget, title: str = "") -> QWidget:
        """A container with ``widget`` on top and its (hidden) error label under it."""
        box = QWidget(widget.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.add(name, widget, error_label(box, name), title))
        return box

    def label_for(self, name: str) -> QLabel:
        """The label that shows ``name``'s errors (KeyError if the field was not registered)."""
        return self._fields[name][1]

    def show_errors(self, exc: ValidationError, summary: str = "") -> list[FieldError]:
        """Clear old messages, show the new ones, focus the first bad field.

        Args:
            exc: the service's error, naming each bad field.
            summary: an optional line for the ``fallback`` label, e.g. "Nothing was saved".

        Returns:
            The errors no registered field matched (already shown in ``fallback`` if set).
        """
        self.clear()
        texts: dict[QLabel, list[str]] = defaultdict(list)
        unmatched: list[FieldError] = []
        first: QWidget | None = None
        for err in exc.errors:
            entry = self._fields.get(err.field)
            if entry is None:
                unmatched.append(err)
                continue
            widget, label, title = entry
            texts[label].append(f"{title} {err.message}" if title else _sentence(err.message))
            if widget is not None:
                set_error_state(widget, True)
                first = first or widget
        if self.fallback is not None:
            if summary:
                texts[self.fallback].insert(0, summary)
            texts[self.fallback].extend(str(e) for e in unmatched)
        for label, lines in texts.items():
            label.setText("\n".join(lines))
            label.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unmatched

    def show_message(self, text: str) -> None:
        """Show a message that belongs to no field (e.g. "changed on another workstation")."""
        if self.fallback is not None:
            self.fallback.setText(text)
            self.fallback.show()

    def clear(self) -> None:
        """Hide every message and remove every red outline."""
        for widget, _label, _title in self._fields.values():
            if widget is not None:
                set_error_state(widget, False)
        for label in [*self._labels, *([self.fallback] if self.fallback else [])]:
            label.clear()
            label.hide()


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


class NumberEdit(QLineEdit):
    """A line edit for an optional number; its placeholder shows the allowed range.

    Blank means "not given". The text is handed to the service unparsed, so the service's
    message (with the range) is what the user sees for bad input.
    """

    def __init__(self, rng: Range | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rng = rng
        if rng is not None:
            unit = f" {rng.unit}" if rng.unit else ""
            low, high = (rng.show(v).replace("-", "−") for v in (rng.low, rng.high))
            self.setPlaceholderText(f"{low} to {high}{unit}")
            self.setToolTip(f"Optional; {rng.describe()}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_value(self, value: float | int | None) -> None:
        """Show ``value`` (blank for None) without trailing zeros."""
        if value is None:
            self.clear()
        elif self.rng is not None and self.rng.integer:
            self.setText(str(int(value)))
        elif self.rng is not None and self.rng.decimals and round(value, self.rng.decimals) == value:
            self.setText(f"{value:.{self.rng.decimals}f}")  # -1.0, as a DXA report prints it
        else:
            self.setText(f"{value:g}")


class DateEdit(QLineEdit):
    """A date line edit with a calendar button; defaults to today unless ``blank=True``.

    It shows dates as the app does (the locale's short format with a four-digit year, ISO
    8601 until one is installed) and takes them typed that way or as YYYY-MM-DD (fastest for
    clinicians copying from a DXA report); the calendar helps at home. :meth:`text` hands the
    services ISO text whenever what is typed is a date.
    """

    def __init__(self, parent: QWidget | None = None, *, blank: bool = False) -> None:
        super().__init__(parent)
        self._blank = blank
        self.setPlaceholderText(dates.shown_pattern())
        self.setMaxLength(max(10, len(dates.shown_pattern()) + 2))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, "Pick a date", self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: QCalendarWidget | None = None
        self.reset()

    def reset(self) -> None:
        """Back to the default (today, or blank)."""
        self.set_date(None if self._blank else today())

    def set_date(self, day: dt.date | None) -> None:
        self.setText(dates.format_date(day))

    def text(self) -> str:
        """What is typed, as ISO 8601 when it is a date (else as typed, for the service's
        message)."""
        typed = super().text()
        day = dates.parse_date_text(typed)
        return day.isoformat() if day is not None else typed

    def shown_text(self) -> str:
        """The text as the field shows it (the locale's format)."""
        return super().text()

    def show_calendar(self) -> None:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setGridVisible(True)
        popup.setMaximumDate(QDate(today().year, today().month, today().day))
        try:
            day = dt.date.fromisoformat(self.text().strip())
            popup.setSelectedDate(QDate(day.year, day.month, day.day))
        except ValueError:
            pass
        popup.clicked.connect(self._picked)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._popup = popup
        popup.show()

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        set_error_state(self, False)
        if self._popup is not None:
            self._popup.close()
            self._popup = None


def confirm_delete(parent: QWidget | None, what: str, *, undoable: bool = True) -> bool:
    """Ask "Delete {what}?" (No is the default button); True when the user said Yes.

    Tests monkeypatch ``QMessageBox.question`` to answer without a modal loop.
    """
    hint = " You can undo this with Ctrl+Z." if undoable else ""
    answer = QMessageBox.question(
        parent,
        "Delete?",
        f"Delete {what}?{hint}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


RELOAD_THEIRS = "Reload theirs"
KEEP_EDITING = "Keep editing"


def tell_deleted_stale(parent: QWidget | None, what: str) -> None:
    """Tell the user that ``what`` was changed on another workstation since the list was shown,
    so it was not deleted: they see the changed version and may delete it then."""
    QMessageBox.warning(parent, "Changed on another workstation",
                        f"{_sentence(what)} was changed on another workstation since it was listed, so "
                        "it was not deleted. The list now shows the changed version; delete it again "
                        "if you still want to.")


def ask_about_stale(parent: QWidget | None, what: str) -> bool:
    """Tell the user that ``what`` ("the workout of 2024-05-01") was saved on another
    workstation since they opened it, so their save was refused; True when they choose to
    reload the stored version (discarding their edit), False to keep editing (nothing saved).

    Every page calls this when an edit's save raises StaleRecordError, so a later save never
    silently overwrites an earlier one. Tests monkeypatch ``QMessageBox.exec`` to click a button.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Changed on another workstation")
    box.setText(f"{_sentence(what)} was changed on another workstation since you opened it, "
                "so your changes were not saved.")
    box.setInformativeText(
        f"“{RELOAD_THEIRS}” discards your changes and shows the saved version. "
        f"“{KEEP_EDITING}” keeps your changes in the form to copy them; to save them, reload "
        "and enter them again.")
    reload = box.addButton(RELOAD_THEIRS, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(KEEP_EDITING, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    choice = box.clickedButton()
    box.deleteLater()
    return choice is reload


def undo_stack(ctx: AppContext) -> QUndoStack:
    """The one undo stack shared by the main window and every page of ``ctx``
    (:attr:`AppContext.undo_stack <bonetracker.ui.context.AppContext.undo_stack>`).

    Push a ``QUndoCommand`` whose ``redo()`` does the write (push runs it) and whose ``undo()``
    reverses it; the Edit menu's Undo (Ctrl+Z) and Redo act on this stack. The context owns
    it, so a page works the same inside the main window and alone in a test.
    """
    return ctx.undo_stack



class DoneCommand(QUndoCommand):
    """An undo-stack entry for a write that has *already* happened.

    Do the write first (so its errors reach the user normally), then push this: pushing does
    not repeat the write. ``undo`` reverses it, ``redo`` repeats it. When either fails (say,
    another workstation changed the data meanwhile) the user is told and the entry is dropped.

    Example::

        removed = delete_workout(ctx.db, workout_id)
        undo_stack(ctx).push(DoneCommand("delete workout",
                                         undo=lambda: restore(removed),
                                         redo=lambda: delete(workout_id)))
    """

    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._pushed = False

    def wrap(self, around: Callable[[Callable[[], object]], Callable[[], object]]) -> None:
        """Run both actions through ``around`` (``ui.operations`` first switches patient)."""
        self._undo, self._redo = around(self._undo), around(self._redo)

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the write is already done
            self._pushed = True
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, action: Callable[[], object], verb: str) -> None:
        try:
            action()
        except Exception as exc:
            self.setObsolete(True)
            QMessageBox.warning(None, f"Cannot {verb}", f"Could not {verb} “{self.text()}”: {exc}")
