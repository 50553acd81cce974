"""The plug-in points the main window talks to, typed instead of looked up by name.

A page (a tab) may start a new entry on Ctrl+N; a form, a page or a section inside one, may hold
unsaved edits the window asks Save / Discard / Cancel about before a patient switch or closing;
a page with an export of its own (the chart) lends it to the File menu.
Both are ``runtime_checkable`` protocols: a widget takes part by having the methods, so a new
page needs no registration beyond :data:`bonetracker.ui.pages.PAGES`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction


@runtime_checkable
class NewEntryPage(Protocol):
    """A page whose form Ctrl+N empties for a new entry."""

    def new_entry(self) -> None: ...


@runtime_checkable
class UnsavedForm(Protocol):
    """A form that can tell, describe, save and drop its unsaved edits."""

    def has_unsaved_changes(self) -> bool: ...

    def unsaved_description(self) -> str: ...

    def save_pending(self) -> bool:
        """Save the edits; False when they are invalid (their errors are then shown)."""
        ...

    def discard_changes(self) -> None: ...


@runtime_checkable
class ExportingPage(Protocol):
    """A page whose own export action File > Export stands in for (the chart)."""

    export_action: QAction
