"""A form over a sortable table, with edit, delete and undo: the shape of every simple entry page.

Workouts, lifestyle, medications, fractures and falls all work like the Scans page: type into
the form, Save (or Enter); errors appear in red beside their fields and nothing is written;
double-click a row (or Edit) to change it; Delete asks first and goes on the shared undo stack,
so Ctrl+Z restores the entry with the same id. A subclass only says which fields it has and
which service functions to call; the table's :class:`~bonetracker.ui.pages.base.entry_table.Column`
list, model and view are in :mod:`~bonetracker.ui.pages.base.entry_table`.

A section on a tab that is not in front does not re-read its table when the patient or the
data changes; it does so when it is shown (ten years of daily workouts cost a few hundred ms
to list, and a clinician switching patients looks at one tab at a time).

Unsaved edits: the form remembers what it showed after it was cleared or loaded, so
:meth:`EntrySection.has_unsaved_changes` can tell the main window (which asks Save / Discard /
Cancel before closing or switching patient), and a second Save of an untouched, just-saved form
(a double-click, Enter pressed twice) is ignored instead of logging the entry again.

A page whose form is not a simple grid (the Scans page: one DXA visit of several sites) still
reuses the whole save / stale / delete-with-undo / unsaved flow: it overrides
:meth:`EntrySection.build_form_box` and :meth:`EntrySection.arrange` for its layout,
:meth:`EntrySection.make_model` for its table, and the wording hooks (:meth:`~EntrySection.status_name`,
:meth:`~EntrySection.edit_title`, :meth:`~EntrySection.undo_text`) where its messages differ.
:class:`EntryForm` is the part with no table, which the Meals page shares too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import PatientId
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import done_and_notify
from bonetracker.ui.pages.base.entry_table import SORT_ROLE, Column, EntryTableModel, entry_view
from bonetracker.ui.widgets.deferred_reload import DeferredReload
from bonetracker.ui.widgets.forms import (
    DateEdit,
    InlineErrors,
    NumberEdit,
    ask_about_stale,
    confirm_delete,
    error_label,
    tell_deleted_stale,
    undo_stack,
)

FIELD_WIDTH = 170


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def caption_for(text: str, buddy: QWidget) -> QLabel:
    """A field caption as tall as its input, so it stays level when an error opens below."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setMinimumHeight(buddy.sizeHint().height())
    return label


class Entry(Protocol):
    """What an entry section needs of its records: an id (None until saved)."""

    @property
    def id(self) -> Any: ...


T = TypeVar("T", bound=Entry)


class EntryForm(QWidget, Generic[T]):
    """The part of an entry form that has no layout: the unsaved-edit protocol the main window
    asks (:class:`~bonetracker.ui.pages.base.protocols.UnsavedForm`), the just-saved guard against
    a second Save, and the re-read put off while the form's tab is hidden.

    A subclass says what its form holds (:meth:`snapshot`), how to save it (:meth:`save`, returning
    the saved record or None), how to drop it (:meth:`discard_changes`), what would be lost
    (:meth:`unsaved_description`), and what to re-read (:meth:`reload`).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clean: object = None  # snapshot() as last cleared, loaded or saved
        self._just_saved = False
        self._deferred = DeferredReload(self, self.reload)  # the re-read waits to be shown

    def snapshot(self) -> object:
        """What the form holds, compared with the last clean snapshot to tell unsaved edits."""
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def save(self) -> T | None:
        raise NotImplementedError

    def unsaved_description(self) -> str:
        """What would be lost, for the Save / Discard / Cancel question."""
        raise NotImplementedError

    def discard_changes(self) -> None:
        raise NotImplementedError

    def _mark_clean(self) -> None:
        self._clean = self.snapshot()
        self._just_saved = False

    def _mark_saved(self) -> None:
        """After a save: the form is clean, and a second Save of it is ignored."""
        self._mark_clean()
        self._just_saved = True

    def saved_twice(self) -> bool:
        """A second click on the form just saved (double-click, Enter twice), untouched since."""
        return self._just_saved and not self.has_unsaved_changes()

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds something other than when it was last cleared or loaded."""
        return self.ctx.patient_id is not None and self.snapshot() != self._clean

    def save_pending(self) -> bool:
        """Save unsaved edits; False when they are invalid (the errors are shown in the form)."""
        return not self.has_unsaved_changes() or self.save() is not None

    def reload_when_shown(self) -> None:
        """Reload now if the form can be seen (or stands alone), else when it is shown."""
        self._deferred.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._deferred.catch_up()


class EntrySection(EntryForm[T]):
    """Form plus table for one kind of entry ``T`` of the selected patient.

    Subclasses set the class attributes and implement :meth:`build_form`, :meth:`raw`,
    :meth:`fill`, :meth:`clear_fields`, :meth:`describe`, :meth:`parse` and the service hooks.
    """

    kind: ChangeKind  # the data_changed kind this section writes (each section sets it)
    noun = "entry"
    table_title = "Entries"
    empty_text = "Nothing logged yet."
    listens_to: tuple[ChangeKind, ...] = ()  # other kinds that change what this section shows
    columns: Sequence[Column] = ()
    sort_column = 0  # newest first on this column
    save_text = ""  # the Save button's caption when not "Save <noun>"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editing: T | None = None
        self.form_box = QGroupBox(f"New {self.noun}")
        self.general_error = error_label(self.form_box, "general")
        self.errors = InlineErrors(self.general_error)
        self._first_field: QWidget | None = None
        self.captions: dict[str, QLabel] = {}
        self.build_form_box()
        self._build_table()
        self.arrange()
        ctx.patient_changed.connect(self._patient_changed)
        ctx.data_changed.connect(self._data_changed)
        # A status line describes the last action; once it is undone or redone it is stale.
        # (a bound method, so the connection ends with this section; the stack outlives pages)
        undo_stack(ctx).indexChanged.connect(self._status_stale)
        # Escape in the form cancels editing an entry (as "Cancel edit" does).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form_box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_edit)
        self._patient_changed(ctx.patient_id)

    def build_form_box(self) -> None:
        """Lay out ``self.form_box``: by default the fields :meth:`build_form` adds to a grid,
        then the message line and the Clear and Save buttons."""
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.build_form()
        self._build_buttons()

    def arrange(self) -> None:
        """Put the form and the table in the section."""
        # The form takes the height it needs (it grows when error messages open) and the
        # table the rest; a splitter would clip the messages instead.
        self.form_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_box)
        layout.addWidget(self.table_box, 1)

    def make_model(self) -> EntryTableModel:
        """The table's model: by default one row per entry in :attr:`columns`."""
        return EntryTableModel(self.columns, self)

    def build_form(self) -> None:
        """Add the fields to ``self.grid`` (see :meth:`add_field`)."""

    def raw(self) -> object:
        """The form's fields as typed (a dict of field name to text for most sections)."""
        raise NotImplementedError

    def snapshot(self) -> object:
        raw = self.raw()
        return self._filled(raw) if isinstance(raw, dict) else raw

    def fill(self, entry: T) -> None:
        raise NotImplementedError

    def clear_fields(self) -> None:
        raise NotImplementedError

    def describe(self, entry: T) -> str:
        """The entry in a sentence ("the fall of 2026-12-03"): questions, titles, messages."""
        date = getattr(entry, "date", None)
        return f"the {self.noun} of {format_date(date) if date is not None else '?'}"

    def status_name(self, entry: T) -> str:
        """The entry in the status line ("Saved …", "Deleted …"); :meth:`describe` by default."""
        return self.describe(entry)

    def edit_title(self, entry: T) -> str:
        """The form's title while ``entry`` is being edited."""
        return f"Edit {self.describe(entry)}"

    def undo_text(self, entry: T) -> str:
        """The Edit menu's name of deleting ``entry`` ("Undo delete …")."""
        return f"delete {self.describe(entry)}"

    def not_found_text(self, exc: NotFoundError) -> str:
        """The message when the entry being edited is gone from the database."""
        return f"{exc} Click “Cancel edit” and open it again."

    def parse(self, patient_id: PatientId, raw: Any, base: T | None) -> T:
        raise NotImplementedError

    log_entry: Callable[..., T]
    update_entry: Callable[..., T]
    delete_entry: Callable[..., T | None]
    restore_entry: Callable[..., object]
    list_entries: Callable[..., list[T]]

    def add_field(self, row: int, col: int, caption: str, name: str, widget: QWidget,
                  span: int = 1) -> QWidget:
        """Caption at column ``2*col`` and the field (with its error label) beside it; returns
        the field's box (the caption is ``self.captions[name]``).

        ``span`` counts caption+field pairs; 0 stretches the field to the right edge. Number
        and date fields keep a compact width so the form reads like a paper one.
        """
        self.captions[name] = label = caption_for(caption, widget)
        self.grid.addWidget(label, row, 2 * col, Qt.AlignmentFlag.AlignTop)
        self._first_field = self._first_field or widget
        box = self.errors.wrap(name, widget)
        if isinstance(widget, NumberEdit | DateEdit):
            widget.setMaximumWidth(FIELD_WIDTH)
        layout = box.layout()
        if layout is not None and isinstance(widget, NumberEdit | DateEdit | QCheckBox):
            layout.setAlignment(widget, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(2 * col + 1, 1)
        columns = -1 if span == 0 else 2 * span - 1
        self.grid.addWidget(box, row, 2 * col + 1, 1, columns, Qt.AlignmentFlag.AlignTop)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.save)
        elif isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
            # Enter saves from a typed-in list too (the Activity field), as from every other field;
            # Enter on an open completion list only picks the item.
            line = widget.lineEdit()
            assert line is not None
            line.returnPressed.connect(self.save)
        return box

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self.save_text or f"Save {self.noun}")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton("Clear")
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self.form_box)
        outer.addLayout(self.grid)
        outer.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.new_entry)

    def _build_table(self) -> None:
        self.table_box = QGroupBox(self.table_title)
        self.model = self.make_model()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = entry_view(self.proxy, f"{self.kind}_table", self.sort_column)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        delete = QAction(f"Delete {self.noun}", self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)
        self.edit_button = QPushButton("Edit")
        self.delete_button = QPushButton("Delete…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_label = QLabel(self.empty_text)
        self.empty_label.setWordWrap(True)
        self.table_buttons = QHBoxLayout()  # a section may add buttons of its own to this row
        self.table_buttons.addWidget(self.empty_label, 1)
        self.table_buttons.addStretch(0)
        self.table_buttons.addWidget(self.edit_button)
        self.table_buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self.table_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.table_buttons)

    def _patient_changed(self, patient_id: object) -> None:
        self.new_entry(focus=False)
        self.saved_label.clear()
        self.reload_when_shown()
        self.setEnabled(patient_id is not None)

    def _data_changed(self, kind: str) -> None:
        if kind in (self.kind, *self.listens_to, ChangeKind.PATIENT, ChangeKind.ALL):
            self.reload_when_shown()

    def reload(self) -> None:
        """Re-read the patient's entries, keeping the selected one selected."""
        selected = self.selected_entry()
        pid = self.ctx.patient_id
        self.model.set_entries(self.list_entries(self.ctx.db, pid) if pid is not None else [])
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.edit_button.setEnabled(self.model.rowCount() > 0)
        self.delete_button.setEnabled(self.model.rowCount() > 0)
        if selected is not None:
            self.select_entry(selected.id)

    def select_entry(self, entry_id: object) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_entry(self) -> T | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.entries[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def _status_stale(self, _index: int = 0) -> None:
        self.saved_label.clear()

    def cancel_edit(self) -> None:
        """Escape: leave an entry being edited unchanged and go back to a new, empty form."""
        if self.editing is not None:
            self.new_entry()

    def new_entry(self, focus: bool = True) -> None:
        """Empty the form for a new entry (Ctrl+N)."""
        self.editing = None
        self.form_box.setTitle(f"New {self.noun}")
        self.cancel_button.setText("Clear")
        self.errors.clear()
        self.clear_fields()
        self._mark_clean()
        if focus:
            (self._first_field or self).setFocus()

    def load(self, entry: T) -> None:
        """Put ``entry`` in the form; Save then updates it."""
        self.new_entry(focus=False)
        self.editing = entry
        self.form_box.setTitle(self.edit_title(entry))
        self.cancel_button.setText("Cancel edit")
        self.fill(entry)
        self._mark_clean()
        (self._first_field or self).setFocus()

    # -- unsaved edits (the protocol MainWindow asks every form about) -----------------------
    @staticmethod
    def _filled(raw: dict[str, object]) -> dict[str, object]:
        """The fields that hold something: a blank field that appears or disappears (Workouts'
        strength fields follow the activity) is not an edit."""
        return {k: v for k, v in raw.items() if v is not None and not (isinstance(v, str) and not v.strip())}

    def unsaved_description(self) -> str:
        """What would be lost, for the Save / Discard / Cancel question."""
        return f"changes to {self.describe(self.editing)}" if self.editing is not None \
            else f"a new {self.noun}"

    def discard_changes(self) -> None:
        self.new_entry(focus=False)

    def save(self) -> T | None:
        """Validate and save (new or edited); errors stay beside their fields."""
        if self.ctx.patient_id is None or self.saved_twice():
            return None
        try:
            entry = self.parse(PatientId(self.ctx.patient_id), self.raw(), self.editing)
            if self.editing is not None:
                saved = self.update_entry(self.ctx.db, entry)
            else:
                saved = self.log_entry(self.ctx.db, entry)
        except ValidationError as exc:
            self.saved_label.clear()  # one message at a time: never "Not saved" beside "Saved"
            self.errors.show_errors(exc, "Not saved: correct the values marked in red.")
            return None
        except StaleRecordError:
            self.resolve_stale()
            return None
        except NotFoundError as exc:
            self.errors.show_message(self.not_found_text(exc))
            return None
        verb = "Updated" if self.editing is not None else "Saved"
        self.new_entry()
        self._mark_saved()
        self.saved_label.setText(f"{verb} {self.status_name(saved)}.{self.after_save(saved)}")
        self.ctx.notify_changed(self.kind)
        self.select_entry(saved.id)
        return saved

    def after_save(self, saved: T) -> str:
        """Extra words for the saved message (e.g. a warning); empty by default."""
        return ""

    def resolve_stale(self) -> None:
        """The entry being edited was saved on another workstation since it was loaded: ask
        whether to reload that version (dropping the edit) or keep editing; never overwrite."""
        mine = self.editing
        assert mine is not None
        if not ask_about_stale(self, self.describe(mine)):
            self.errors.show_message(f"Not saved: {self.describe(mine)} was changed on another "
                                     "workstation. Click “Cancel edit” and open it again to see it.")
            return
        pid = self.ctx.patient_id
        stored = self.list_entries(self.ctx.db, pid) if pid is not None else []
        theirs = next((e for e in stored if e.id == mine.id), None)
        if theirs is None:
            self.new_entry()
            self.errors.show_message(f"{_capital(self.describe(mine))} was deleted on another "
                                     "workstation.")
        else:
            self.load(theirs)
            self.saved_label.setText(f"Reloaded {self.status_name(theirs)} as saved on another "
                                     "workstation; your changes were discarded.")
        self.ctx.notify_changed(self.kind)  # every view shows the other workstation's data
        if theirs is not None:
            self.select_entry(theirs.id)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.load(entry)

    def delete_selected(self) -> None:
        """Ask, delete the selected entry, and put the delete on the undo stack."""
        entry = self.selected_entry()
        if entry is None or entry.id is None:
            return
        what = self.describe(entry)
        if not confirm_delete(self, what):
            return
        try:
            removed = self.delete_entry(self.ctx.db, entry.id, version=getattr(entry, "version", None))
        except NotFoundError:
            removed = None
        except StaleRecordError:  # changed elsewhere since it was listed: show theirs, keep it
            tell_deleted_stale(self, what)
            self.ctx.notify_changed(self.kind)  # every view shows the other workstation's data
            return
        if removed is not None:  # undo restores it with its id; redo deletes it again
            db, restore, delete, removed_id = self.ctx.db, self.restore_entry, self.delete_entry, entry.id
            done_and_notify(self.ctx, self.kind, self.undo_text(entry),
                            undo=lambda: restore(db, removed), redo=lambda: delete(db, removed_id))
        if self.editing is not None and self.editing.id == entry.id:
            self.new_entry(focus=False)
        self.saved_label.setText(f"Deleted {self.status_name(entry)} (Ctrl+Z to undo)." if removed else "")
        self.ctx.notify_changed(self.kind)
