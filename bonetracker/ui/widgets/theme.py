"""One place for the application's look: the palette every view takes its colours from.

The plan, the chart and the printed report say "normal", "low bone mass", "osteoporosis",
"gain" and "loss" in the same colours, so a person who learned them on one page reads them on
the others. There are three themes (light, dark and high contrast); each gives every colour a
variant with at least 4.5:1 contrast against the backgrounds it is drawn on (WCAG 2.1 AA for
normal text; ``tests/ui/test_contrast.py`` checks every pair).

The module-level names (``GREEN``, ``RED``...) are the light theme's colours. Code keeps passing
them around as *tokens* ("the status colour red") and asks :func:`shade` for the current theme's
variant where it paints; labels say their colour with a dynamic property (``look``, ``tone``,
``role``) that the application style sheet, rebuilt for each theme, turns into a colour. The
printed report always uses the light colours: paper is white.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from bonetracker.domain.bmd import Category


@dataclass(frozen=True)
class Palette:
    """The colours of one theme. Text colours come first, then the surfaces they sit on."""

    name: str
    ink: str  # body text
    grey: str  # secondary text: hints, notes, "unknown"
    green: str  # normal bone density, a significant gain, a target met
    amber: str  # low bone mass, a warning
    red: str  # osteoporosis, a significant loss, an error
    blue: str  # Z-score readings (the WHO bands do not apply), links
    window: str  # the window's background
    base: str  # inputs, tables, cards
    alternate: str  # alternate table rows
    button: str
    border: str  # input and card edges (3:1 against the window: a non-text boundary)
    focus: str  # the focus outline and selection
    selected_text: str  # text on ``focus``
    disabled: str  # disabled text (exempt from the contrast rule, still kept readable)
    pale_green: str  # the pale fills behind a status in the strong colour of the same name
    pale_amber: str
    pale_red: str
    pale_blue: str
    pale_grey: str
    bar_green: str  # intake bars (graphics: 3:1 against the card)
    bar_amber: str
    track: str  # the empty part of a bar

    @property
    def dark(self) -> bool:
        return self.name != "light"

    def pale(self, strong: str) -> str:
        """The pale fill that goes with a strong status colour of this palette."""
        for tone in ("green", "amber", "red", "blue", "grey"):
            if getattr(self, tone) == strong:
                return str(getattr(self, f"pale_{tone}"))
        return self.base


LIGHT = Palette(
    name="light", ink="#22252a", grey="#5b6068", green="#2a7430", amber="#8a5a00", red="#b3261e",
    blue="#1f5fa8", window="#eff0f2", base="#ffffff", alternate="#f5f6f8", button="#f7f8fa",
    border="#80868f", focus="#1f5fa8", selected_text="#ffffff", disabled="#767b84",
    pale_green="#e9f5ea", pale_amber="#fff3d4", pale_red="#fdeceb", pale_blue="#e8f0fb",
    pale_grey="#f1f2f4", bar_green="#3d8a4c", bar_amber="#a86f00", track="#e3e6ea",
)
DARK = Palette(
    name="dark", ink="#e8eaed", grey="#b0b6bf", green="#81c784", amber="#f2c061", red="#ff8a80",
    blue="#8ab4f8", window="#1d1f23", base="#26292e", alternate="#2c2f35", button="#33373d",
    border="#7d848e", focus="#8ab4f8", selected_text="#10151c", disabled="#8d939c",
    pale_green="#1e3323", pale_amber="#3a3019", pale_red="#3f2323", pale_blue="#1f2c40",
    pale_grey="#30343a", bar_green="#66bb6a", bar_amber="#e0a526", track="#454a52",
)
HIGH_CONTRAST = Palette(
    name="high_contrast", ink="#ffffff", grey="#e6e6e6", green="#6cff6c", amber="#ffd84d",
    red="#ff8c8c", blue="#9fd6ff", window="#000000", base="#000000", alternate="#141414",
    button="#000000", border="#ffffff", focus="#ffff00", selected_text="#000000",
    disabled="#b3b3b3", pale_green="#000000", pale_amber="#000000", pale_red="#000000",
    pale_blue="#000000", pale_grey="#000000", bar_green="#6cff6c", bar_amber="#ffd84d",
    track="#5c5c5c",
)
THEMES: Mapping[str, Palette] = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}
THEME_TITLES: Mapping[str, str] = {"light": "Light", "dark": "Dark", "high_contrast": "High contrast"}

GREEN, AMBER, RED, BLUE, GREY, INK = LIGHT.green, LIGHT.amber, LIGHT.red, LIGHT.blue, LIGHT.grey, LIGHT.ink

# The strong colour of each category, for its name, edge and band label (light tokens).
CATEGORY_COLOURS: Mapping[Category, str] = {
    Category.NORMAL: GREEN,
    Category.LOW_BONE_MASS: AMBER,
    Category.OSTEOPOROSIS: RED,
    Category.SEVERE_OSTEOPOROSIS: RED,
    Category.BELOW_EXPECTED_RANGE_FOR_AGE: BLUE,
    Category.WITHIN_EXPECTED_RANGE_FOR_AGE: BLUE,
    Category.UNKNOWN: GREY,
}
GAIN, LOSS = GREEN, RED

TEXT_SCALES = (100, 115, 130, 150, 175, 200)
"""The text sizes offered (per cent of the system's font size)."""


class _Current:
    palette: Palette = LIGHT
    scale: float = 1.0


def current() -> Palette:
    """The palette of the theme in use."""
    return _Current.palette


def set_current(name: str) -> Palette:
    _Current.palette = THEMES[name]
    return _Current.palette


def text_scale() -> float:
    """The text size in use, 1.0 (100 %) to 2.0 (200 %)."""
    return _Current.scale


def set_text_scale(scale: float) -> None:
    _Current.scale = min(max(scale, 1.0), 2.0)


_TONE_FIELDS = tuple(f.name for f in fields(Palette) if f.name != "name")


def shade(colour: str, palette: Palette | None = None) -> str:
    """The current theme's variant of a light-palette colour (a token such as ``RED``);
    a colour that is not a token comes back unchanged."""
    target = palette or current()
    if target is LIGHT:
        return colour
    for name in _TONE_FIELDS:
        if getattr(LIGHT, name).lower() == colour.lower():
            return str(getattr(target, name))
    return colour


_POINTS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)pt\b")


def scale_points(css: str, scale: float | None = None) -> str:
    """Every ``Npt`` font size in a style sheet (or HTML) multiplied by the text size."""
    factor = text_scale() if scale is None else scale
    if factor == 1.0:
        return css
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * factor:.3g}pt", css)


ROLE_PROPERTY = "role"


def set_style_properties(widget: QWidget, **properties: object) -> None:
    """Set dynamic properties the application style sheet selects on (``[error="true"]``,
    ``[look="heading"]``, ``[role="hint"]``...), re-polishing ``widget`` when one changed so its
    rules apply at once (a widget not yet polished gets them when it is shown)."""
    changed = False
    for name, value in properties.items():
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed and widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()


def set_role(widget: QWidget, role: str) -> None:
    """Colour (and size) a label by a role of the application style sheet: ``hint``,
    ``error``, ``warning``, ``ok``, ``title``, ``empty``, ``detail`` (see ``role_rules``)."""
    set_style_properties(widget, **{ROLE_PROPERTY: role or None})


def role_rules(p: Palette) -> str:
    """The style sheet rules behind :func:`set_role`, in ``p``'s colours."""
    roles = {
        "hint": f"color: {p.grey};",
        "detail": f"color: {p.grey};",
        "error": f"color: {p.red};",
        "ok": f"color: {p.green};",
        "warning": (f"color: {p.amber}; background: {p.pale_amber}; border: 1px solid {p.amber};"
                    " padding: 4px;"),
        "caution": f"color: {p.amber};",
        "title": "font-size: 15pt; font-weight: bold;",
        "empty": f"font-size: 14pt; color: {p.grey};",
    }
    return "".join(f'QLabel[{ROLE_PROPERTY}="{name}"] {{ {css} }}\n' for name, css in roles.items())


FONT_FACTOR_PROPERTY = "font_factor"


def set_relative_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make ``widget``'s text ``factor`` times the application's, now and after every change
    of text size (:func:`refresh_relative_fonts`); a font set once would keep its old size."""
    widget.setProperty(FONT_FACTOR_PROPERTY, float(factor))
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    font.setBold(bold or widget.font().bold())
    widget.setFont(font)


def refresh_relative_fonts() -> None:
    """Re-size every widget given a relative font, after the application font changed."""
    for widget in QApplication.allWidgets():
        factor = widget.property(FONT_FACTOR_PROPERTY)
        if isinstance(factor, float):
            set_relative_font(widget, factor)
