"""Units of every measurement and lab test, converted exactly.

A value is stored in the unit it was entered in; conversion to the kind's canonical unit (the
one norms are written in) multiplies by an exact rational factor (:class:`fractions.Fraction`
built from the decimal factor), so converting there and back returns the value typed.
Physical ranges reject what no person can measure (a TUG of 0 or 600 s, a grip of 200 kg, a
height of 30 cm) with the allowed range in the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.records import LabTest, MeasureKind


def _f(text: str) -> Fraction:
    return Fraction(text)


@dataclass(frozen=True)
class QuantitySpec:
    """One measurable quantity: its label, units (factor to the canonical unit) and the range
    (in the canonical unit) a real value falls in."""

    key: str
    label: str
    canonical: str
    units: Mapping[str, Fraction]
    low: float
    high: float
    digits: int = 1
    integer: bool = False
    higher_is_better: bool = True

    @property
    def unit_names(self) -> tuple[str, ...]:
        return tuple(self.units)

    def range_text(self, unit: str | None = None) -> str:
        """The allowed range in ``unit`` (the canonical one by default), for messages."""
        unit = unit or self.canonical
        low, high = from_canonical(self, self.low, unit), from_canonical(self, self.high, unit)
        digits = 0 if self.integer else self.digits
        return f"{low:.{digits}f} to {high:.{digits}f} {unit}"


INCH = _f("2.54")  # cm per inch, exact by definition (1959 international yard and pound)
POUND = _f("0.45359237")  # kg per pound, exact by definition (1959)
FOOT = _f("0.3048")  # m per foot, exact by definition (1959)
VITAMIN_D_NMOL_PER_NG = _f("2.496")  # 25(OH)D: 1 ng/mL = 2.496 nmol/L (molar mass 400.6 g/mol)
CALCIUM_MG_PER_MMOL = _f("4.008")  # calcium: 1 mmol/L = 4.008 mg/dL (molar mass 40.08 g/mol)
PTH_PG_PER_PMOL = _f("9.425")  # PTH(1-84): 1 pmol/L = 9.425 pg/mL (molar mass 9425 g/mol)

MEASURES: Mapping[MeasureKind, QuantitySpec] = {
    MeasureKind.HEIGHT: QuantitySpec(
        "height", QT_TRANSLATE_NOOP("measures", "Height"), "cm", {"cm": _f("1"), "in": INCH}, 50.0, 250.0),
    MeasureKind.TUG: QuantitySpec(
        "tug", QT_TRANSLATE_NOOP("measures", "Timed Up and Go"), "s", {"s": _f("1")}, 2.0, 300.0,
        higher_is_better=False),
    MeasureKind.CHAIR_STAND_30S: QuantitySpec(
        "chair_stand_30s", QT_TRANSLATE_NOOP("measures", "30-second chair stand"), "stands",
        {"stands": _f("1")}, 0.0, 40.0, 0, integer=True),
    MeasureKind.SIT_TO_STAND_5X: QuantitySpec(
        "sit_to_stand_5x", QT_TRANSLATE_NOOP("measures", "Five-times sit-to-stand"), "s",
        {"s": _f("1")}, 2.0, 300.0, higher_is_better=False),
    MeasureKind.BALANCE_TANDEM: QuantitySpec(
        "balance_tandem", QT_TRANSLATE_NOOP("measures", "Tandem stance (4-stage balance)"), "s",
        {"s": _f("1")}, 0.0, 120.0),
    MeasureKind.GRIP: QuantitySpec(
        "grip", QT_TRANSLATE_NOOP("measures", "Grip strength"), "kg", {"kg": _f("1"), "lb": POUND},
        0.0, 100.0),
    MeasureKind.GAIT_SPEED: QuantitySpec(
        "gait_speed", QT_TRANSLATE_NOOP("measures", "Gait speed"), "m/s",
        {"m/s": _f("1"), "ft/s": FOOT}, 0.05, 3.0, 2),
}

LABS: Mapping[LabTest, QuantitySpec] = {
    LabTest.VITAMIN_D_25OH: QuantitySpec(
        "vitamin_d_25oh", QT_TRANSLATE_NOOP("measures", "25-hydroxyvitamin D"), "ng/mL",
        {"ng/mL": _f("1"), "nmol/L": 1 / VITAMIN_D_NMOL_PER_NG}, 1.0, 250.0),
    LabTest.CALCIUM: QuantitySpec(
        "calcium", QT_TRANSLATE_NOOP("measures", "Serum calcium"), "mg/dL",
        {"mg/dL": _f("1"), "mmol/L": CALCIUM_MG_PER_MMOL}, 4.0, 20.0, 2),
    LabTest.EGFR: QuantitySpec(
        "egfr", QT_TRANSLATE_NOOP("measures", "eGFR"), "mL/min/1.73m²",
        {"mL/min/1.73m²": _f("1"), "mL/min": _f("1")}, 1.0, 200.0, 0),
    LabTest.PTH: QuantitySpec(
        "pth", QT_TRANSLATE_NOOP("measures", "Parathyroid hormone (PTH)"), "pg/mL",
        {"pg/mL": _f("1"), "ng/L": _f("1"), "pmol/L": PTH_PG_PER_PMOL}, 1.0, 3000.0),
    LabTest.CTX: QuantitySpec(
        "ctx", QT_TRANSLATE_NOOP("measures", "CTX (bone resorption marker)"), "ng/mL",
        {"ng/mL": _f("1"), "pg/mL": _f("0.001"), "ng/L": _f("0.001")}, 0.01, 10.0, 3),
    LabTest.P1NP: QuantitySpec(
        "p1np", QT_TRANSLATE_NOOP("measures", "P1NP (bone formation marker)"), "ng/mL",
        {"ng/mL": _f("1"), "µg/L": _f("1"), "ug/L": _f("1")}, 1.0, 2000.0),
}

UNIT_ALIASES: Mapping[str, str] = {
    "ml/min/1.73m2": "mL/min/1.73m²", "ml/min/1.73m²": "mL/min/1.73m²", "ml/min": "mL/min",
    "ng/ml": "ng/mL", "nmol/l": "nmol/L", "mg/dl": "mg/dL", "mmol/l": "mmol/L", "pg/ml": "pg/mL",
    "pmol/l": "pmol/L", "ng/l": "ng/L", "µg/l": "µg/L", "ug/l": "ug/L", "sec": "s", "seconds": "s",
    "count": "stands", "inch": "in", "inches": "in", "lbs": "lb", "kgs": "kg",
}


def normalise_unit(spec: QuantitySpec, unit: str | None) -> str | None:
    """``unit`` spelled as the spec spells it (case and common spellings forgiven), the
    canonical unit when none is given, None when it does not belong to this quantity."""
    if unit is None or not unit.strip():
        return spec.canonical
    text = unit.strip()
    if text in spec.units:
        return text
    alias = UNIT_ALIASES.get(text.lower(), text)
    if alias in spec.units:
        return alias
    return next((u for u in spec.units if u.lower() == text.lower()), None)


def exact_to_canonical(spec: QuantitySpec, value: float | str | Fraction, unit: str) -> Fraction:
    """``value`` in ``unit`` as an exact rational in the canonical unit (the decimal typed, times
    the exact factor); :func:`exact_from_canonical` undoes it exactly."""
    return Fraction(str(value) if isinstance(value, float) else value) * spec.units[unit]


def exact_from_canonical(spec: QuantitySpec, value: Fraction, unit: str) -> Fraction:
    return value / spec.units[unit]


def to_canonical(spec: QuantitySpec, value: float, unit: str) -> float:
    """``value`` in ``unit`` expressed in the canonical unit: the exact rational product,
    rounded once to the nearest float."""
    return float(exact_to_canonical(spec, value, unit))


def from_canonical(spec: QuantitySpec, value: float, unit: str) -> float:
    """The canonical ``value`` expressed in ``unit`` (the exact inverse of :func:`to_canonical`)."""
    return float(Fraction(str(value)) / spec.units[unit])


def convert(spec: QuantitySpec, value: float, unit: str, to_unit: str) -> float:
    """``value`` from ``unit`` to ``to_unit``, exactly (one rational product, rounded once)."""
    return float(Fraction(str(value)) * spec.units[unit] / spec.units[to_unit])


def in_range(spec: QuantitySpec, value: float, unit: str) -> bool:
    """Whether ``value`` in ``unit`` lies in the physical range (both ends allowed)."""
    v = Fraction(str(value)) * spec.units[unit]
    return Fraction(str(spec.low)) <= v <= Fraction(str(spec.high))


# Units spelled as words, as a sentence shows them ("9 stands", "800 IU"); the others are symbols.
UNIT_WORDS: Mapping[str, str] = {
    "stands": QT_TRANSLATE_NOOP("measures", "stands"),
    "IU": QT_TRANSLATE_NOOP("measures", "IU"),
}


def unit_text(unit: str) -> str:
    """``unit`` as the user reads it: a unit word in their language, a symbol as it is."""
    return translate("measures", UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit
