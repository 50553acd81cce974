"""A number field that shows and takes a quantity in the unit chosen in Settings.

The services read canonical values (cm, kg, IU, ng/mL); :class:`QuantityEdit` converts at the
edge, exactly: :meth:`QuantityEdit.canonical_text` is the decimal text the service reads, and a
value shown and left untouched is handed back as it was stored (so opening and saving a form
never shifts a value by a rounding). A value that is not a number in the chosen unit, or lies
outside the allowed range, raises :class:`~bonetracker.domain.errors.ValidationError` naming the
field and the range in that unit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.measures import labs as lab_reading
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.units import LABS, MEASURES, to_canonical
from bonetracker.domain.records import LabResult, LabTest, Measure
from bonetracker.services.validation import Range
from bonetracker.ui.preferences import unit_for

EXAMPLES = {shown.FEET_INCHES: "e.g. 5 ft 7 in or 5' 7\""}


def unit_label(quantity: str, unit: str | None = None) -> str:
    """The unit as a form label's suffix: "cm", "ft and in", "lb"."""
    unit = unit or unit_for(quantity)
    return "ft and in" if unit == shown.FEET_INCHES else unit


class QuantityEdit(QLineEdit):
    """An optional value of ``quantity`` typed in the chosen unit.

    Args:
        quantity: ``shown.HEIGHT``, ``WEIGHT``, ``VITAMIN_D`` or ``VITAMIN_D_25OH``.
        field: the service's field name, used in messages (``"height_cm"``).
        title: how messages name the field ("Height"; empty where the form's row title says it).
        rng: the allowed range in the canonical unit (the service's own).
    """

    def __init__(self, quantity: str, field: str, title: str, rng: Range,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quantity, self.field, self.title, self.rng = quantity, field, title, rng
        self._stored: float | None = None
        self._shown = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.refresh_unit()

    def refresh_unit(self) -> None:
        """Follow the unit chosen in Settings (the value shown is converted)."""
        self.unit = unit_for(self.quantity)
        allowed = shown.range_text(self.quantity, self.rng.low, self.rng.high, self.unit)
        example = EXAMPLES.get(self.unit, "")
        self.setPlaceholderText(example or allowed.removeprefix("from ").replace(" to ", " – "))
        self.setToolTip(f"Optional; {allowed}" + (f" ({example})" if example else ""))
        if self.text() == self._shown:
            self.set_value(self._stored)

    def set_value(self, value: float | None) -> None:
        """Show the canonical ``value`` (blank for None) in the chosen unit."""
        self._stored = value
        self._shown = shown.number_text(self.quantity, value, self.unit)
        self.setText(self._shown)

    def canonical_text(self) -> str:
        """The typed value as the canonical decimal text the service reads ("" when blank).

        Raises:
            ValidationError: not a value in the chosen unit, or outside the allowed range.
        """
        text = self.text().strip()
        if not text:
            return ""
        if text == self._shown.strip() and self._stored is not None:
            return repr(self._stored)
        if self.unit == shown.units_of(self.quantity)[0]:
            return text  # the service's own unit: its parser and message (with the range) apply
        value = shown.parse_shown(self.quantity, text, self.unit)
        allowed = shown.range_text(self.quantity, self.rng.low, self.rng.high, self.unit)
        example = EXAMPLES.get(self.unit)
        if value is None:
            raise ValidationError([FieldError(
                self.field, f"{self.title} must be a number {allowed}".strip()
                + (f", {example}" if example else "") + f" (got {text[:20]})")])
        if not self.rng.low <= value <= self.rng.high:
            raise ValidationError([FieldError(self.field,
                                              f"{self.title} must be {allowed} (got {text[:20]})".strip())])
        return shown.canonical_text(value)


def chosen_text(quantity: str, value: float | None, *, missing: str = "") -> str:
    """The canonical ``value`` written in the unit chosen in Settings ("5 ft 7 in", "75 nmol/L")."""
    return shown.quantity_text(quantity, value, unit_for(quantity), missing=missing)


def axis_unit(quantity: str) -> str:
    """The chosen unit of a number line (a chart axis): inches stand for feet and inches."""
    unit = unit_for(quantity)
    return "in" if unit == shown.FEET_INCHES else unit


def to_axis(quantity: str, value: float) -> float:
    """The canonical ``value`` on a number line in :func:`axis_unit`."""
    return shown.to_shown(quantity, value, unit_for(quantity))


def lab_result_text(result: LabResult) -> str:
    """A lab result as reported, with its value in the usual unit when the lab used another;
    for 25(OH)D the usual unit is the one chosen in Settings ("30 ng/mL (75 nmol/L)")."""
    unit = unit_for(shown.VITAMIN_D_25OH)
    if result.test is not LabTest.VITAMIN_D_25OH or unit == LABS[result.test].canonical:
        return lab_reading.value_text(result)
    reported = f"{result.value:g} {result.unit}"
    if result.unit == unit:
        return reported
    return f"{reported} ({chosen_text(shown.VITAMIN_D_25OH, lab_reading.canonical(result))})"


def height_text(measure: Measure) -> str:
    """A height entry in the chosen unit ("5 ft 7 in", "170.2 cm")."""
    return chosen_text(shown.HEIGHT, to_canonical(MEASURES[measure.kind], measure.value, measure.unit))
