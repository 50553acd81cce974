"""What the Measurements tables say about each entry: its norm and its change (pure Python).

The norm is the domain's (``domain.measures.norms.assess``), read with the patient's sex and
age on the day of the measurement; the change is against the previous entry of the same kind,
in the kind's canonical unit, and says "better" or "worse" in the direction the test improves
(a shorter TUG, more stands, a stronger grip). Height has no "better": its loss is judged by the
plan's height-loss rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bonetracker.domain.measures.norms import Norm, NormStatus, assess
from bonetracker.domain.measures.units import MEASURES, from_canonical, to_canonical
from bonetracker.domain.records import Measure, MeasureKind, Patient


@dataclass(frozen=True)
class MeasureReading:
    """One entry read against its norm and the previous entry of its kind."""

    norm: Norm
    norm_text: str
    change: float | None  # canonical unit, this minus the previous entry; None for the first
    improved: bool | None  # None: first entry, no change, or height
    change_text: str


def value_text(kind: MeasureKind, value: float) -> str:
    """A canonical value with the kind's digits and unit: "14.0 s", "9 stands", "0.85 m/s"."""
    spec = MEASURES[kind]
    digits = 0 if spec.integer else spec.digits
    return f"{value:.{digits}f} {spec.canonical}"


def norm_text(norm: Norm) -> str:
    """"outside the norm (12 s or more: increased fall risk)", "within the norm (...)", or why
    no norm applies."""
    if norm.status is NormStatus.OUTSIDE:
        return f"outside the norm ({norm.text})"
    if norm.status is NormStatus.WITHIN:
        return f"within the norm ({norm.text})"
    return f"no norm ({norm.text})" if norm.text else "no norm"


def entered_text(m: Measure) -> str:
    """The value as typed, with its canonical equivalent when typed in another unit."""
    spec = MEASURES[m.kind]
    text = f"{m.value:g} {m.unit}"
    if m.unit != spec.canonical:
        text += f" ({value_text(m.kind, to_canonical(spec, m.value, m.unit))})"
    return text


def _change_text(kind: MeasureKind, change: float, improved: bool | None, height_unit: str = "cm") -> str:
    spec = MEASURES[kind]
    digits = 0 if spec.integer else spec.digits
    if round(change, digits) == 0:
        return "no change"
    sign = "+" if change > 0 else "−"
    amount = f"{sign}{abs(change):.{digits}f} {spec.canonical}"
    if kind is MeasureKind.HEIGHT and height_unit != spec.canonical:  # a loss in inches
        amount = f"{sign}{abs(from_canonical(spec, change, 'in')):.{digits}f} in"
    if improved is None:
        return amount
    return f"{amount}, {'better' if improved else 'worse'}"


def read_measures(measures: Sequence[Measure], patient: Patient,
                  height_unit: str = "cm") -> dict[object, MeasureReading]:
    """Each entry's reading, keyed by its id (height changes in inches when ``height_unit`` is
    feet and inches)."""
    out: dict[object, MeasureReading] = {}
    previous: dict[MeasureKind, float] = {}
    for m in sorted(measures, key=lambda m: (m.date, m.id or 0)):
        spec = MEASURES[m.kind]
        value = to_canonical(spec, m.value, m.unit)
        norm = assess(m.kind, value, patient.sex, patient.age_on(m.date))
        change = improved = None
        text = "first"
        if m.kind in previous:
            change = value - previous[m.kind]
            digits = 0 if spec.integer else spec.digits
            if m.kind is not MeasureKind.HEIGHT and round(change, digits) != 0:
                improved = (change > 0) == spec.higher_is_better
            text = _change_text(m.kind, change, improved, height_unit)
        previous[m.kind] = value
        out[m.id] = MeasureReading(norm, norm_text(norm), change, improved, text)
    return out
