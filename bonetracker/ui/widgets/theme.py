"""One place for the application's look: the palette every view takes its colours from.

The plan, the chart and the printed report say "normal", "low bone mass", "osteoporosis",
"gain" and "loss" in the same colours, so a person who learned them on one page reads them on
the others. Each status colour is dark enough for 4.5:1 contrast on white and on its pale fill
(WCAG 2.1 AA for normal text).
"""

from __future__ import annotations

from collections.abc import Mapping

from bonetracker.domain.bmd import Category

GREEN = "#2e7d32"  # normal bone density, a significant gain, a target met
AMBER = "#8a5a00"  # low bone mass, a warning
RED = "#b3261e"  # osteoporosis, a significant loss, an error
BLUE = "#1f5fa8"  # Z-score readings (the WHO bands do not apply)
GREY = "#5b6068"  # secondary text: hints, notes, "unknown"
INK = "#22252a"  # body text

HINT_STYLE = f"color: {GREY};"
ERROR_STYLE = f"color: {RED};"

# The strong colour of each category, for its name, edge and band label.
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
