"""The units a person may choose to read and type height, weight, vitamin D and 25(OH)D in.

Values are stored in one canonical unit (cm, kg, IU, ng/mL); these helpers convert at the
edges with the exact rational factors of :mod:`~bonetracker.domain.measures.units` (and
1 µg vitamin D = 40 IU), so a value typed in one unit, stored, and read back in the same unit
shows what was typed. Heights in feet and inches are read from ``5' 7"``, ``5 ft 7 in``,
``5 7`` or ``67 in``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from fractions import Fraction

from bonetracker.domain.measures.units import INCH, POUND, VITAMIN_D_NMOL_PER_NG

# 1 µg cholecalciferol = 40 IU (bone_facts.md; NIH ODS vitamin D fact sheet)
VITAMIN_D_IU_PER_UG = Fraction(40)
INCHES_PER_FOOT = 12

HEIGHT, WEIGHT, VITAMIN_D, VITAMIN_D_25OH = "height", "weight", "vitamin_d", "vitamin_d_25oh"
FEET_INCHES = "ft/in"

FACTORS: Mapping[str, Mapping[str, Fraction]] = {
    # canonical value = shown value x factor; the first unit of each is the canonical one
    HEIGHT: {"cm": Fraction(1), FEET_INCHES: INCH},  # ft/in is read and written as inches
    WEIGHT: {"kg": Fraction(1), "lb": POUND},
    VITAMIN_D: {"IU": Fraction(1), "µg": VITAMIN_D_IU_PER_UG},
    VITAMIN_D_25OH: {"ng/mL": Fraction(1), "nmol/L": 1 / VITAMIN_D_NMOL_PER_NG},
}
DIGITS: Mapping[str, Mapping[str, int]] = {
    # decimals shown: whole cm and IU as before; 0.1 in, lb, µg and nmol/L keep their precision
    HEIGHT: {"cm": 1, FEET_INCHES: 1},
    WEIGHT: {"kg": 1, "lb": 1},
    VITAMIN_D: {"IU": 0, "µg": 3},  # whole IU are exact in thousandths of a µg (1 IU = 0.025 µg)
    VITAMIN_D_25OH: {"ng/mL": 1, "nmol/L": 0},
}


_chosen: dict[str, str] = {}


def chosen_unit(quantity: str) -> str:
    """The unit the domain's own wording uses for ``quantity`` (intake totals, targets): the
    canonical one unless the desktop application installed the user's choice."""
    return _chosen.get(quantity, units_of(quantity)[0])


def set_chosen_units(units: Mapping[str, str] | None) -> None:
    """Install the user's units for :func:`chosen_unit` (the CLI never does: its output and the
    files stay in cm, kg, IU and ng/mL); ``None`` restores the canonical units."""
    _chosen.clear()
    _chosen.update({q: u for q, u in (units or {}).items() if q in FACTORS and u in FACTORS[q]})


def units_of(quantity: str) -> tuple[str, ...]:
    """The units ``quantity`` may be shown in, the canonical one first."""
    return tuple(FACTORS[quantity])


def _exact(value: float | int | str | Fraction) -> Fraction:
    return Fraction(str(value)) if isinstance(value, float) else Fraction(value)


def exact_to_canonical(quantity: str, value: float | int | str | Fraction, unit: str) -> Fraction:
    """``value`` shown in ``unit`` as an exact rational in the canonical unit."""
    return _exact(value) * FACTORS[quantity][unit]


def exact_to_shown(quantity: str, value: float | int | str | Fraction, unit: str) -> Fraction:
    """The canonical ``value`` as an exact rational in ``unit`` (the inverse of the above)."""
    return _exact(value) / FACTORS[quantity][unit]


def to_canonical(quantity: str, value: float | int | str | Fraction, unit: str) -> float:
    """``value`` shown in ``unit``, in the canonical unit: one exact product, rounded once."""
    return float(exact_to_canonical(quantity, value, unit))


def to_shown(quantity: str, value: float, unit: str) -> float:
    """The canonical ``value`` in ``unit``: one exact quotient, rounded once."""
    return float(exact_to_shown(quantity, value, unit))


def _trim(value: Fraction, digits: int) -> str:
    """``value`` rounded half away from zero to ``digits`` decimals, without trailing zeros."""
    scaled = abs(value) * 10 ** digits
    whole = math.floor(scaled + Fraction(1, 2))
    text = f"{whole // 10 ** digits}"
    if digits and whole % 10 ** digits:
        text += "." + f"{whole % 10 ** digits:0{digits}d}".rstrip("0")
    return ("-" if value < 0 and whole else "") + text


def feet_inches(cm: float | Fraction, digits: int = 1) -> tuple[int, str]:
    """A height in cm as whole feet and the inches left over, the inches rounded to ``digits``
    decimals (carried into the feet when they round to 12)."""
    inches = exact_to_shown(HEIGHT, cm, FEET_INCHES)
    step = Fraction(1, 10 ** digits)
    rounded = math.floor(inches / step + Fraction(1, 2)) * step
    feet, rest = divmod(rounded, INCHES_PER_FOOT)
    return int(feet), _trim(rest, digits)


def number_text(quantity: str, value: float | None, unit: str, *, missing: str = "") -> str:
    """The canonical ``value`` written in ``unit`` without the unit: ``"67.5"``, ``"5 ft 7 in"``
    (feet and inches carry their own units); ``missing`` for None."""
    if value is None:
        return missing
    if quantity == HEIGHT and unit == FEET_INCHES:
        feet, inches = feet_inches(value, DIGITS[HEIGHT][unit])
        return f"{feet} ft {inches} in"
    return _trim(exact_to_shown(quantity, value, unit), DIGITS[quantity][unit])


def quantity_text(quantity: str, value: float | None, unit: str, *, missing: str = "") -> str:
    """The canonical ``value`` in ``unit`` with the unit: ``"170 cm"``, ``"5 ft 7 in"``,
    ``"150.3 lb"``, ``"25 µg"``; ``missing`` for None."""
    if value is None:
        return missing
    text = number_text(quantity, value, unit)
    return text if quantity == HEIGHT and unit == FEET_INCHES else f"{text} {unit}"


_NUMBER = r"(\d+(?:[.,]\d+)?|[.,]\d+)"
_FEET_INCHES = re.compile(
    rf"^\s*{_NUMBER}\s*(?:'|’|′|ft|feet|foot)?\s*(?:{_NUMBER}\s*(?:\"|”|″|''|in|inches|inch)?)?\s*$",
    re.IGNORECASE)
_INCHES_ONLY = re.compile(rf"^\s*{_NUMBER}\s*(?:\"|”|″|''|in|inches|inch)\s*$", re.IGNORECASE)
_PLAIN = re.compile(rf"^\s*{_NUMBER}\s*$")


def _decimal(text: str) -> Fraction:
    return Fraction(text.replace(",", "."))


def parse_shown(quantity: str, text: str, unit: str) -> Fraction | None:
    """The typed ``text`` (in ``unit``) as an exact canonical value; None when it is not a number
    (or, for feet and inches, not ``5' 7"``, ``5 ft 7 in``, ``5 7`` or ``67 in``)."""
    stripped = text.strip()
    if unit.lower() in stripped.lower() and unit != FEET_INCHES:  # "80 kg" typed with its unit
        stripped = stripped[: stripped.lower().rindex(unit.lower())]
    if quantity == HEIGHT and unit == FEET_INCHES:
        inches_only = _INCHES_ONLY.match(stripped)
        if inches_only:
            return _decimal(inches_only.group(1)) * INCH
        match = _FEET_INCHES.match(stripped)
        if not match:
            return None
        inches = _decimal(match.group(2)) if match.group(2) else Fraction(0)
        if inches >= INCHES_PER_FOOT:
            return None
        return (_decimal(match.group(1)) * INCHES_PER_FOOT + inches) * INCH
    match = _PLAIN.match(stripped)
    return None if match is None else _decimal(match.group(1)) * FACTORS[quantity][unit]


def range_text(quantity: str, low: float, high: float, unit: str) -> str:
    """The canonical range ``low``..``high`` written in ``unit`` and rounded inwards (so both
    ends, typed as shown, are allowed): "from 3 ft 3.4 in to 7 ft 6.5 in"."""
    step = Fraction(1, 10 ** DIGITS[quantity][unit])
    ends = (math.ceil(exact_to_shown(quantity, low, unit) / step) * step,
            math.floor(exact_to_shown(quantity, high, unit) / step) * step)
    low_text, high_text = (quantity_text(quantity, to_canonical(quantity, end, unit), unit)
                           for end in ends)
    return f"from {low_text} to {high_text}"


def canonical_text(value: Fraction) -> str:
    """An exact canonical value as the decimal text the services read (rounded once to a float)."""
    return repr(float(value))
