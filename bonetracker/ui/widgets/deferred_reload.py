"""Putting off a page's re-read while its tab is hidden, and catching up when it is shown.

Opening a patient then costs only the tab being looked at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class DeferredReload:
    """Re-reads a widget's data now when it can be seen, else the next time it is shown: a
    patient switch then costs only the tab being looked at.

    The widget calls :meth:`request` when its data changed and :meth:`catch_up` from its
    ``showEvent`` (and before anything that needs current data, such as an export).
    """

    def __init__(self, widget: QWidget, reload: Callable[[], object]) -> None:
        self._widget = widget
        self._reload = reload
        self.stale = False

    def request(self) -> None:
        self.stale = on_hidden_tab(self._widget)
        if not self.stale:
            self._reload()

    def catch_up(self) -> None:
        if self.stale:
            self.stale = False
            self._reload()


def on_hidden_tab(widget: QWidget) -> bool:
    """True when an ancestor below the window is hidden, as tab pages not in front are.

    A widget standing alone (a window of its own, shown or not) is never "on a hidden tab",
    so pages built on their own (tests, dialogs) load at once.
    """
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isHidden():
            return True
        current = current.parentWidget()
    return False
