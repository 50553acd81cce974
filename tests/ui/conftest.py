"""Fixtures of the window tests: the application's look (theme, text size) set and put back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from bonetracker.ui.chart import style as chart_style
from bonetracker.ui.widgets import theme


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Callable[[str, int], str]]:
    """``appearance(theme, percent)`` draws the application in a theme at a text size, as the
    View menu does; the application's palette, font and style sheet are put back afterwards
    (they are process-wide, and other tests expect the default look)."""
    from bonetracker.ui.shell.appearance import apply_appearance

    palette, font, sheet, style = qapp.palette(), qapp.font(), qapp.styleSheet(), qapp.style().name()

    def use(name: str, percent: int = 100) -> str:
        return apply_appearance(qapp, name, percent)

    yield use
    theme.set_current("light")
    theme.set_text_scale(1.0)
    chart_style.use_theme("light")
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
