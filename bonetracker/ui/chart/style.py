"""Colours, pens and marker shapes of the chart, kept apart so screen and export look the same.

Site colours are the Okabe-Ito palette, distinguishable with the common colour-vision
deficiencies; WHO bands use pale fills so data points stay the strongest marks on the plot.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QBrush, QColor, QPainterPath, QTransform

from bonetracker.domain.bmd import Category
from bonetracker.domain.records import DrugClass, Site
from bonetracker.ui.widgets.theme import CATEGORY_COLOURS

SITE_COLOURS: Mapping[Site, str] = {
    Site.LUMBAR_SPINE: "#0072B2",
    Site.FEMORAL_NECK: "#D55E00",
    Site.TOTAL_HIP: "#009E73",
    Site.TOTAL_BODY: "#CC79A7",
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
# The last resort when a band is too thin for its short name: still named, never blank.
BAND_ABBREVIATIONS: Mapping[Category, str] = {
    Category.NORMAL: "N",
    Category.LOW_BONE_MASS: "LBM",
    Category.OSTEOPOROSIS: "OP",
}
BAND_SHORT_NAMES: Mapping[Category, str] = {
    Category.NORMAL: "Normal",
    Category.LOW_BONE_MASS: "Osteopenia",
    Category.OSTEOPOROSIS: "Osteoporosis",
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
FALL_COLOUR = "#e08214"
CAUTION_COLOUR = "#c77700"
TEXT_COLOUR = "#333333"
AXIS_COLOUR = "#555555"
TARGET_COLOUR = "#666666"

MEASURE_LINE_COLOURS = ("#1b7837", "#762a83", "#2166ac")  # a measurement series in the lower panel
THRESHOLD_COLOURS = ("#b2182b", "#e08214")  # its cut-off or thresholds, dashed

ACTIVITY_COLOURS: Mapping[str, str] = {
    "strength_sessions": "#4E79A7",
    "balance_minutes": "#59A14F",
    "weight_bearing_minutes": "#B07AA1",
    "calcium_mg": "#E15759",
    "vitamin_d_iu": "#F28E2B",
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
