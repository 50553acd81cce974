"""Colours, pens, fonts and marker shapes of the chart, kept apart so screen and export look the same.

Site colours are the Okabe-Ito palette, distinguishable with the common colour-vision
deficiencies; WHO bands use pale fills so data points stay the strongest marks on the plot.
Each theme of :mod:`bonetracker.ui.widgets.theme` has its variant of every colour here
(:data:`CHART_THEMES`): lines and marks keep 3:1 contrast against the plot's background and
text 4.5:1 (``tests/ui/test_contrast.py``). :func:`use_theme` switches the module's colours;
the chart items read them when they are built (the page rebuilds its plots on a change), and
:func:`printing` draws the report's and the command line's chart in the light colours.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QBrush, QColor, QPainterPath, QTransform

from bonetracker.domain.bmd import Category
from bonetracker.domain.records import DrugClass, Site
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP
from bonetracker.ui.widgets.theme import CATEGORY_COLOURS, DARK, HIGH_CONTRAST, set_text_scale, text_scale

SITE_COLOURS: Mapping[Site, str] = {
    Site.LUMBAR_SPINE: "#0072B2",
    Site.FEMORAL_NECK: "#D55E00",
    Site.TOTAL_HIP: "#009E73",
    Site.TOTAL_BODY: "#CC79A7",  # 3.1:1 on white: the lightest the light theme allows
    Site.FOREARM_33: "#8C6D00",
}

BAND_FILLS: Mapping[Category, tuple[int, int, int, int]] = {
    Category.NORMAL: (120, 200, 120, 45),
    Category.LOW_BONE_MASS: (240, 200, 60, 50),
    Category.OSTEOPOROSIS: (230, 90, 80, 45),
}
BAND_TEXT: Mapping[Category, str] = {  # the application palette's category colours
    c: CATEGORY_COLOURS[c] for c in (Category.NORMAL, Category.LOW_BONE_MASS, Category.OSTEOPOROSIS)
}
# Translated where drawn (translate("chart", ...)).
# The last resort when a band is too thin for its short name: still named, never blank.
BAND_ABBREVIATIONS: Mapping[Category, str] = {
    Category.NORMAL: QT_TRANSLATE_NOOP("chart", "N"),
    Category.LOW_BONE_MASS: QT_TRANSLATE_NOOP("chart", "LBM"),
    Category.OSTEOPOROSIS: QT_TRANSLATE_NOOP("chart", "OP"),
}
BAND_SHORT_NAMES: Mapping[Category, str] = {
    Category.NORMAL: QT_TRANSLATE_NOOP("chart", "Normal"),
    Category.LOW_BONE_MASS: QT_TRANSLATE_NOOP("chart", "Osteopenia"),
    Category.OSTEOPOROSIS: QT_TRANSLATE_NOOP("chart", "Osteoporosis"),
}

# Treatment periods are a light wash with dotted edges: a hatch would read better over the
# WHO bands, but Qt's SVG generator cannot write pattern brushes, and PNG and SVG must agree.
MEDICATION_COLOURS: Mapping[DrugClass, tuple[int, int, int, int]] = {
    DrugClass.BISPHOSPHONATE: (70, 90, 190, 28),
    DrugClass.DENOSUMAB: (130, 70, 170, 28),
    DrugClass.ANABOLIC: (20, 130, 140, 28),
    DrugClass.HRT: (180, 70, 140, 28),
    DrugClass.SERM: (80, 100, 130, 28),
    DrugClass.OTHER: (110, 110, 110, 28),
}
MEDICATION_TEXT = "#3b3f7a"
DOSE_TAKEN_COLOUR = "#3b3f7a"  # doses: small ticks along the bottom of the scan plot
DOSE_MISSED_COLOUR = "#b2182b"
DOSE_SIZE = 7

FRACTURE_COLOUR = "#b2182b"
FALL_COLOUR = "#b35c00"
CAUTION_COLOUR = "#a86400"
TEXT_COLOUR = "#333333"
BACKGROUND = "#ffffff"
BAND_LINE = "#8a8a8a"
PROJECTION_COLOUR = "#555555"
AXIS_COLOUR = "#555555"
TARGET_COLOUR = "#666666"

MEASURE_LINE_COLOURS = ("#1b7837", "#762a83", "#2166ac")  # a measurement series in the lower panel
THRESHOLD_COLOURS = ("#b2182b", "#b35c00")  # its cut-off or thresholds, dashed

ACTIVITY_COLOURS: Mapping[str, str] = {
    "strength_sessions": "#4E79A7",
    "balance_minutes": "#59A14F",
    "weight_bearing_minutes": "#B07AA1",
    "calcium_mg": "#E15759",
    "vitamin_d_iu": "#B8650A",  # Tableau orange, darkened to 3:1 on white
    "programme_percent": "#1F7A73",  # Tableau teal, darkened: readable as a thin line
}


def medication_brush(drug_class: DrugClass) -> QBrush:
    rgba = MEDICATION_COLOURS.get(drug_class, MEDICATION_COLOURS[DrugClass.OTHER])
    return QBrush(QColor(*rgba))


def with_alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _triangle(up: bool) -> QPainterPath:
    """A small triangle off-centre in the unit box, so the significance mark sits beside the
    point marker (above for a gain, below for a loss) instead of hiding it.

    pyqtgraph caches symbols as pixmaps of the unit box scaled by ``size``; a path reaching
    outside -0.5..0.5 would be clipped, so the triangle is drawn small and the symbol size is
    ``SIGNIFICANCE_SIZE`` (y grows downwards in symbol space).
    """
    path = QPainterPath()
    tip, base = (-0.15, 0.13) if up else (0.15, -0.13)
    path.moveTo(0.0, tip)
    path.lineTo(0.16, base)
    path.lineTo(-0.16, base)
    path.closeSubpath()
    return QTransform().translate(0.0, -0.32 if up else 0.32).map(path)


GAIN_SYMBOL = _triangle(True)
LOSS_SYMBOL = _triangle(False)
SIGNIFICANCE_SIZE = 34
POINT_SIZE = 10


def _light() -> dict[str, Any]:
    names = ("BACKGROUND", "TEXT_COLOUR", "AXIS_COLOUR", "TARGET_COLOUR", "BAND_LINE", "PROJECTION_COLOUR",
             "SITE_COLOURS", "BAND_FILLS", "BAND_TEXT", "MEDICATION_COLOURS", "MEDICATION_TEXT",
             "DOSE_TAKEN_COLOUR",
             "DOSE_MISSED_COLOUR", "FRACTURE_COLOUR", "FALL_COLOUR", "CAUTION_COLOUR",
             "MEASURE_LINE_COLOURS", "THRESHOLD_COLOURS", "ACTIVITY_COLOURS")
    return {name: globals()[name] for name in names}


def _bands(palette: Any, fills: tuple[tuple[int, int, int, int], ...]) -> dict[str, Any]:
    cats = (Category.NORMAL, Category.LOW_BONE_MASS, Category.OSTEOPOROSIS)
    return {"BAND_FILLS": dict(zip(cats, fills, strict=True)),
            "BAND_TEXT": dict(zip(cats, (palette.green, palette.amber, palette.red), strict=True))}


# Dark: the Okabe-Ito and Tableau colours in their lighter forms; high contrast: saturated
# colours on black, white text, bolder band fills (their names are written all the same).
CHART_THEMES: dict[str, dict[str, Any]] = {
    "light": _light(),
    "dark": {
        "BACKGROUND": DARK.base, "TEXT_COLOUR": "#e0e3e8", "AXIS_COLOUR": "#aab0b8",
        "TARGET_COLOUR": "#9aa0a8", "BAND_LINE": "#8a9099", "PROJECTION_COLOUR": "#b0b6bf",
        "SITE_COLOURS": dict(zip(SITE_COLOURS, ("#56B4E9", "#E69F00", "#2BC4A0", "#E08DC0", "#F0E442"),
                                 strict=True)),
        **_bands(DARK, ((80, 160, 80, 60), (200, 160, 40, 60), (200, 70, 60, 60))),
        "MEDICATION_COLOURS": {k: (min(r + 60, 255), min(g + 60, 255), min(b + 60, 255), 36)
                               for k, (r, g, b, _a) in MEDICATION_COLOURS.items()},
        "MEDICATION_TEXT": "#e0e2ff", "DOSE_TAKEN_COLOUR": "#c4c8f5", "DOSE_MISSED_COLOUR": "#ff8a80",
        "FRACTURE_COLOUR": "#ff8a80", "FALL_COLOUR": "#ffb74d", "CAUTION_COLOUR": "#ffb74d",
        "MEASURE_LINE_COLOURS": ("#81c784", "#ce93d8", "#90caf9"),
        "THRESHOLD_COLOURS": ("#ff8a80", "#ffb74d"),
        "ACTIVITY_COLOURS": dict(zip(ACTIVITY_COLOURS, ("#7EA6D8", "#8CD17D", "#D4A6C8", "#FF9D9A",
                                                        "#FFBE7D", "#4DB6AC"), strict=True)),
    },
    "high_contrast": {
        "BACKGROUND": HIGH_CONTRAST.base, "TEXT_COLOUR": "#ffffff", "AXIS_COLOUR": "#ffffff",
        "TARGET_COLOUR": "#d0d0d0", "BAND_LINE": "#d0d0d0", "PROJECTION_COLOUR": "#e0e0e0",
        "SITE_COLOURS": dict(zip(SITE_COLOURS, ("#4FC3F7", "#FF9F40", "#3DFFB0", "#FF7FD0", "#FFFF00"),
                                 strict=True)),
        **_bands(HIGH_CONTRAST, ((0, 120, 0, 90), (140, 110, 0, 90), (150, 0, 0, 90))),
        "MEDICATION_COLOURS": {k: (min(r + 90, 255), min(g + 90, 255), min(b + 90, 255), 40)
                               for k, (r, g, b, _a) in MEDICATION_COLOURS.items()},
        "MEDICATION_TEXT": "#c8c8ff", "DOSE_TAKEN_COLOUR": "#c8c8ff", "DOSE_MISSED_COLOUR": "#ff8080",
        "FRACTURE_COLOUR": "#ff8080", "FALL_COLOUR": "#ffc060", "CAUTION_COLOUR": "#ffc060",
        "MEASURE_LINE_COLOURS": ("#7CFC7C", "#E0A0FF", "#6FB8FF"),
        "THRESHOLD_COLOURS": ("#ff8080", "#ffc060"),
        "ACTIVITY_COLOURS": dict(zip(ACTIVITY_COLOURS, ("#6FB8FF", "#7CFC7C", "#E0A0FF", "#FF8080",
                                                        "#FFC060", "#40E0D0"), strict=True)),
    },
}
_theme = "light"


def use_theme(name: str) -> None:
    """Draw with the colours of theme ``name`` from now on (items built later read them)."""
    global _theme
    globals().update(CHART_THEMES[name])
    _theme = name


def current_theme() -> str:
    return _theme


@contextmanager
def printing() -> Iterator[None]:
    """Light colours and the normal text size while the report's or the command line's chart
    is drawn: paper is white, whatever the screen's theme."""
    before, scale = _theme, text_scale()
    use_theme("light")
    set_text_scale(1.0)
    try:
        yield
    finally:
        use_theme(before)
        set_text_scale(scale)


def pt(size: float) -> str:
    """A font size for the chart's legends and labels, following the text size."""
    return f"{size * text_scale():.3g}pt"
