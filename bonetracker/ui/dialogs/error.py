"""A last line of defence: an unexpected error in a slot becomes a dialog, not a silent log line.

Qt swallows exceptions raised inside slots after printing them, so without this a failed save
(a full disk, a vanished network drive, a server gone away) would look as if nothing happened.
Every write is one transaction, so the message can say truthfully that what was saved before
is safe.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from bonetracker.storage.database import failed_write_message
from bonetracker.ui.widgets.i18n import translate

_parent: QWidget | None = None


def describe(exc: BaseException) -> str:
    """A sentence for the user; storage failures are named for what they usually are."""
    return failed_write_message(exc) or (
        translate("dialogs.error", "Something went wrong and this action did not finish: {error}").format(
            error=getattr(exc, "orig", None) or exc)
    )


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    traceback.print_exception(kind, exc, tb)  # keep the details for support
    if isinstance(exc, KeyboardInterrupt):
        return
    QMessageBox.critical(
        _parent, "BoneTracker",
        translate("dialogs.error", "{problem}\n\nEverything saved before this is safe.").format(
            problem=describe(exc)),
    )


def install(parent: QWidget | None) -> object:
    """Show unexpected errors from now on as a dialog over ``parent``; returns the old hook."""
    global _parent
    _parent = parent
    previous = sys.excepthook
    sys.excepthook = _hook
    return previous
