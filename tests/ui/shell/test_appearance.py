"""View > Text size and View > Theme: what a user sees change, and what is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from bonetracker.domain.records import PatientId
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.preferences import text_scale_percent, theme_choice
from bonetracker.ui.shell import appearance as appearance_module
from bonetracker.ui.shell.main_window import MainWindow
from bonetracker.ui.widgets.theme import DARK, HIGH_CONTRAST, LIGHT


@pytest.fixture
def maria(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Maria Rossi", "sex": "female", "birth_date": "1958-04-12"}))
    for when, t in (("2021-03-22", "-2.3"), ("2023-04-02", "-2.6")):
        log_scan(db, parse_scan(p.id, {"date": when},
                                [{"site": "lumbar_spine", "bmd": "0.79", "t_score": t}]))
    return p.id


@pytest.fixture
def window(qtbot, db: Database, maria: PatientId, appearance) -> MainWindow:
    appearance("light", 100)
    ctx = AppContext(db)
    ctx.select_patient(maria)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def test_the_view_menu_sizes_text_with_the_usual_keys(window: MainWindow, qapp: QApplication) -> None:
    menu = window.appearance
    assert QKeySequence("Ctrl+=") in menu.larger_action.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.ZoomOut) in menu.smaller_action.shortcuts()
    assert menu.reset_action.shortcut() == QKeySequence("Ctrl+0")
    base = qapp.font().pointSizeF()

    menu.larger_action.trigger()

    assert text_scale_percent() == 115  # remembered for the next start
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.15)
    assert menu.size_actions[115].isChecked()
    menu.set_text_size(200)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    assert not menu.larger_action.isEnabled()  # 200 % is the most
    # Sizes written into style sheets follow: the plan's category (20pt) and empty state (14pt).
    assert "font-size: 40pt" in qapp.styleSheet() and "font-size: 28pt" in qapp.styleSheet()
    assert "font-size:30pt" in window.header.text()  # the patient's name in the header
    menu.reset_action.trigger()
    assert text_scale_percent() == 100
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_a_large_relative_font_follows_the_text_size(qtbot, window: MainWindow, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLabel

    from bonetracker.ui.widgets.theme import set_relative_font

    label = QLabel("42.0 s")
    qtbot.addWidget(label)
    set_relative_font(label, 2.6, bold=True)  # the stopwatch's big number
    before = label.font().pointSizeF()
    window.appearance.set_text_size(150)
    assert label.font().pointSizeF() == pytest.approx(before * 1.5, rel=0.02)
    assert label.font().bold()


@pytest.mark.parametrize(("choice", "palette"), [("dark", DARK), ("high_contrast", HIGH_CONTRAST),
                                                  ("light", LIGHT)])
def test_a_chosen_theme_recolours_the_window_and_the_chart(qtbot, window: MainWindow, qapp: QApplication,
                                                           choice: str, palette) -> None:
    chart = window.show_page("Chart")
    window.appearance.theme_actions[choice].trigger()
    qtbot.waitUntil(lambda: chart.graphics.backgroundBrush().color().name() == palette.base)

    assert theme_choice() == choice
    assert window.appearance.theme_actions[choice].isChecked()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == palette.window
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == palette.ink
    assert f"color: {palette.grey}" in qapp.styleSheet()  # hints
    assert chart.plots.main.getAxis("left").textPen().color().name() != "#000000" or choice == "light"
    assert chart.plots.drawn.band_labels, "the chart was drawn again after the change"


class _Hints:
    def __init__(self, scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> None:
        self._scheme, self._contrast = scheme, contrast

    def colorScheme(self) -> Qt.ColorScheme:
        return self._scheme

    def accessibility(self) -> _Hints:
        return self

    def contrastPreference(self) -> Qt.ContrastPreference:
        return self._contrast


@pytest.mark.parametrize(("scheme", "contrast", "expected"), [
    (Qt.ColorScheme.Dark, Qt.ContrastPreference.NoPreference, "dark"),
    (Qt.ColorScheme.Light, Qt.ContrastPreference.NoPreference, "light"),
    (Qt.ColorScheme.Unknown, Qt.ContrastPreference.NoPreference, "light"),
    (Qt.ColorScheme.Light, Qt.ContrastPreference.HighContrast, "high_contrast"),
])
def test_system_follows_the_desktops_colour_scheme(monkeypatch, scheme, contrast, expected) -> None:
    monkeypatch.setattr(appearance_module.QGuiApplication, "styleHints", lambda: _Hints(scheme, contrast))
    assert appearance_module.resolve_theme("system") == expected
    assert appearance_module.resolve_theme("dark") == "dark"  # a choice overrides the desktop


def test_every_page_fits_1280_by_800_at_200_percent_text(qtbot, window: MainWindow) -> None:
    """Layouts reflow (wrap, scroll) instead of forcing the window past the screen."""
    window.appearance.set_text_size(200)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (window.tabs.tabText(index), hint)


def test_the_top_menus_open_from_the_keyboard(window: MainWindow) -> None:
    """Alt+letter opens each menu (every action lives in one); letters do not clash."""
    letters = []
    for action in window.menuBar().actions():
        text = action.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters))
    view_texts = [a.text() for a in window.menus["View"].actions()]
    assert "Text si&ze" in view_texts and "T&heme" in view_texts
