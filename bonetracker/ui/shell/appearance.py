"""Text size and colour theme for the whole application: View > Text size and View > Theme.

The text size (100 % to 200 % of the system's font size) scales the application font, every
point size in the style sheets (``theme.scale_points``), widgets with a relative font
(``theme.set_relative_font``) and the chart's legends. The theme follows the desktop's colour
scheme (Qt's style hints, and its high-contrast preference) unless the user picked one. Both
are remembered in QSettings (``preferences.KEY_TEXT_SCALE``, ``KEY_THEME``).

Views need no signal of their own: a change reaches every widget as Qt's palette, font and
style change events; the chart page rebuilds its plots on them, painted widgets repaint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from functools import partial
from pathlib import Path
from string import Template

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

import bonetracker
from bonetracker.ui.chart import style as chart_style
from bonetracker.ui.pages.plan.style import plan_stylesheet
from bonetracker.ui.preferences import (
    KEY_TEXT_SCALE,
    KEY_THEME,
    app_settings,
    text_scale_percent,
    theme_choice,
)
from bonetracker.ui.widgets import theme
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import TEXT_SCALES, Palette

THEME_MENU = (  # (key, menu text, tooltip), translated where the menu is built
    ("system", QT_TRANSLATE_NOOP("AppearanceMenu", "&System"),
     QT_TRANSLATE_NOOP("AppearanceMenu", "Follow the desktop's colour scheme")),
    ("light", QT_TRANSLATE_NOOP("AppearanceMenu", "&Light"),
     QT_TRANSLATE_NOOP("AppearanceMenu", "Always use the light theme")),
    ("dark", QT_TRANSLATE_NOOP("AppearanceMenu", "&Dark"),
     QT_TRANSLATE_NOOP("AppearanceMenu", "Always use the dark theme")),
    ("high_contrast", QT_TRANSLATE_NOOP("AppearanceMenu", "&High contrast"),
     QT_TRANSLATE_NOOP("AppearanceMenu", "Always use the high contrast theme")),
)


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (beside the package in an editable install)."""
    return Path(bonetracker.__file__).resolve().parent.parent / "resources"


def resolve_theme(choice: str) -> str:
    """The theme to draw with: ``choice``, or for "system" the desktop's (high contrast when
    it asks for more contrast, dark when its colour scheme is dark, else light)."""
    if choice in theme.THEMES:
        return choice
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high_contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def qt_palette(p: Palette) -> QPalette:
    """Qt's palette for ``p``: what the style draws unstyled widgets (buttons, lists) with."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, colour in ((roles.Window, p.window), (roles.WindowText, p.ink), (roles.Base, p.base),
                         (roles.AlternateBase, p.alternate), (roles.Text, p.ink),
                         (roles.Button, p.button), (roles.ButtonText, p.ink),
                         (roles.ToolTipBase, p.base), (roles.ToolTipText, p.ink),
                         (roles.PlaceholderText, p.grey), (roles.Highlight, p.focus),
                         (roles.HighlightedText, p.selected_text), (roles.Link, p.blue),
                         (roles.LinkVisited, p.blue), (roles.BrightText, p.red),
                         (roles.Light, p.alternate), (roles.Midlight, p.track), (roles.Mid, p.border),
                         (roles.Dark, p.border), (roles.Shadow, p.window if p.dark else "#000000")):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(p.disabled))
    return palette


def focus_rules(p: Palette) -> str:
    """A visible focus: a thick outline in the theme's focus colour on item views and tabs
    (the style draws buttons', boxes' and fields' focus in the same colour)."""
    return (f"QAbstractItemView:focus {{ border: 2px solid {p.focus}; }}\n"
            f"QTabBar::tab:focus {{ color: {p.ink}; border: 2px solid {p.focus}; }}\n")


def application_stylesheet(p: Palette | None = None, scale: float | None = None) -> str:
    """The whole application style sheet for palette ``p`` at text size ``scale``: the
    template in resources/style.qss, the roles of ``theme.set_role``, the plan's looks."""
    p = p or theme.current()
    path = resources_dir() / "style.qss"
    template = path.read_text(encoding="utf-8") if path.is_file() else ""
    colours = {k: v for k, v in asdict(p).items() if isinstance(v, str)}
    css = (Template(template).safe_substitute(colours) + theme.role_rules(p) + focus_rules(p)
           + plan_stylesheet(p))
    return theme.scale_points(css, scale)


class _Base:
    point_size: float | None = None  # the system's font size, before any scaling


def apply_appearance(app: QApplication, choice: str | None = None, percent: int | None = None, *,
                     stylesheet: bool = True) -> str:
    """Draw the application in the chosen (else the stored) theme and text size; returns the
    theme used. ``stylesheet=False`` leaves the style sheet to the caller."""
    name = resolve_theme(choice or theme_choice())
    scale = (percent or text_scale_percent()) / 100
    palette = theme.set_current(name)
    theme.set_text_scale(scale)
    chart_style.use_theme(name)
    if name != "light" and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # native styles ignore a palette; Fusion draws with it
    app.setPalette(qt_palette(palette))
    if _Base.point_size is None:
        _Base.point_size = app.font().pointSizeF()
    font = QFont(app.font())
    wanted = _Base.point_size * scale
    if abs(font.pointSizeF() - wanted) > 0.01:
        font.setPointSizeF(wanted)
        app.setFont(font)
    if stylesheet:
        app.setStyleSheet(application_stylesheet(palette, scale))
    theme.refresh_relative_fonts()
    return name


def step_text_size(percent: int, steps: int) -> int:
    """The text size ``steps`` choices larger (negative: smaller) than ``percent``."""
    if steps > 0:
        return next((s for s in TEXT_SCALES if s > percent), TEXT_SCALES[-1])
    if steps < 0:
        return next((s for s in reversed(TEXT_SCALES) if s < percent), TEXT_SCALES[0])
    return percent


class AppearanceMenu(QObject):
    """View > Text size and View > Theme for ``window``; ``on_change`` runs after each change
    (the window re-writes its header, whose HTML carries sizes and colours)."""

    def __init__(self, window: QWidget, view_menu: QMenu, on_change: Callable[[], object]) -> None:
        super().__init__(window)
        self._on_change = on_change
        size_menu = view_menu.addMenu(self.tr("Text si&ze"))
        size_menu.setObjectName("text_size_menu")
        self.larger_action = self._action(size_menu, self.tr("&Larger text"),
                                          [QKeySequence("Ctrl+="), QKeySequence.StandardKey.ZoomIn],
                                          lambda: self.set_text_size(step_text_size(self.percent, 1)))
        self.smaller_action = self._action(size_menu, self.tr("&Smaller text"), [
                QKeySequence.StandardKey.ZoomOut],
                                           lambda: self.set_text_size(step_text_size(self.percent, -1)))
        self.reset_action = self._action(size_menu, self.tr("&Normal size (100 %)"), [QKeySequence("Ctrl+0")],
                                         lambda: self.set_text_size(100))
        size_menu.addSeparator()
        group = QActionGroup(self)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SCALES:
            action = self._action(size_menu, f"{percent} %", [], partial(self.set_text_size, percent))
            action.setCheckable(True)
            group.addAction(action)
            self.size_actions[percent] = action
        theme_menu = view_menu.addMenu(self.tr("T&heme"))
        theme_menu.setObjectName("theme_menu")
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, title, tip in THEME_MENU:
            action = self._action(theme_menu, translate("AppearanceMenu", title), [],
                                  partial(self.set_theme, key))
            action.setCheckable(True)
            action.setToolTip(translate("AppearanceMenu", tip))
            themes.addAction(action)
            self.theme_actions[key] = action
        self._sync()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        QGuiApplication.styleHints().accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def _action(self, menu: QMenu, text: str, keys: list[QKeySequence | QKeySequence.StandardKey],
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.parent())
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    @property
    def percent(self) -> int:
        return text_scale_percent()

    def _sync(self) -> None:
        percent = self.percent
        for value, action in self.size_actions.items():
            action.setChecked(value == percent)
        self.theme_actions[theme_choice()].setChecked(True)
        self.larger_action.setEnabled(percent < TEXT_SCALES[-1])
        self.smaller_action.setEnabled(percent > TEXT_SCALES[0])

    def _apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app)
        self._sync()
        self._on_change()

    def set_text_size(self, percent: int) -> None:
        """Show all text at ``percent`` % (100 to 200) and remember it."""
        app_settings().setValue(KEY_TEXT_SCALE, min(max(int(percent), 100), 200))
        self._apply()

    def set_theme(self, choice: str) -> None:
        """Use theme ``choice`` ("system", "light", "dark", "high_contrast") and remember it."""
        app_settings().setValue(KEY_THEME, choice)
        self._apply()

    def _system_changed(self, *_args: object) -> None:
        if theme_choice() == "system":
            self._apply()
