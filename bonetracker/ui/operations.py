"""One place for "a write has happened: put it on the undo stack", used by every page.

Modelled on Anki's ``aqt/operations``: the page does the write through its service (so errors
reach the user in the form), then hands the undo/redo pair here. What every undoable step needs
is done once: the step is named with the patient it belongs to ("Undo delete fall of 2026-12-03
(Helen Whitaker)"), and undoing or redoing it first brings that patient back to the window, so
a restored entry is never put back out of sight on someone else's record.
"""

from __future__ import annotations

from collections.abc import Callable

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.records import PatientId
from bonetracker.services import patients as patient_svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.widgets.forms import DoneCommand, undo_stack


def _patient_name(ctx: AppContext, patient_id: PatientId) -> str | None:
    try:
        return patient_svc.get_patient(ctx.db, patient_id).name
    except NotFoundError:
        return None


def _on_patient(
    ctx: AppContext, patient_id: PatientId | None, action: Callable[[], object]
) -> Callable[[], object]:
    def run() -> object:
        if patient_id is not None and ctx.patient_id != patient_id:
            ctx.select_patient(patient_id)
        return action()

    return run


def push_done(ctx: AppContext, command: DoneCommand, patient_id: PatientId | None = None) -> DoneCommand:
    """Put a write that already happened on the shared undo stack (pushing does not repeat it).

    ``patient_id`` defaults to the patient open now: the step's text names them, and undo and
    redo switch back to them first.
    """
    pid = patient_id if patient_id is not None else ctx.patient_id
    if pid is not None:
        name = _patient_name(ctx, pid)
        if name:
            command.setText(f"{command.text()} ({name})")
        command.wrap(lambda action: _on_patient(ctx, pid, action))
    undo_stack(ctx).push(command)
    return command


def done(ctx: AppContext, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> DoneCommand:
    """:func:`push_done` of a :class:`DoneCommand` made from ``text`` and the undo/redo pair."""
    return push_done(ctx, DoneCommand(text, undo=undo, redo=redo))


def done_and_notify(
    ctx: AppContext, kind: ChangeKind, text: str, undo: Callable[[], object], redo: Callable[[], object]
) -> DoneCommand:
    """:func:`done`, each of undo and redo followed by ``notify_changed(kind)`` so every view
    shows the entry back (or gone again). The pair must not hold on to a page: the undo stack
    outlives pages, so pass functions of the database, not of a widget."""
    notify = ctx.notify_changed
    return done(ctx, text, undo=lambda: (undo(), notify(kind)), redo=lambda: (redo(), notify(kind)))
