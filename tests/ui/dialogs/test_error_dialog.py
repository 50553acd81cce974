"""Unexpected errors in the window become a dialog that says what happened and that data is safe."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from bonetracker.ui.dialogs import error as error_dialog


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (OSError(28, "No space left on device"), "disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written"),
        (RuntimeError("boom"), "did not finish: boom"),
    ],
)
def test_messages_name_the_cause(exc: BaseException, expected: str) -> None:
    assert expected in error_dialog.describe(exc)


def test_hook_shows_a_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    old = sys.excepthook
    try:
        error_dialog.install(None)
        exc = sqlite3.OperationalError("database or disk is full")
        sys.excepthook(type(exc), exc, None)
    finally:
        sys.excepthook = old
    assert shown and "disk is full" in shown[0] and "safe" in shown[0]
