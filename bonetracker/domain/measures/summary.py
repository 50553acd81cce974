"""Each measurement kind's latest value read against its norm, with the change since the
previous one and whether that change is an improvement: what the plan, report and chart show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.measures.norms import Norm, NormStatus, assess
from bonetracker.domain.measures.units import MEASURES, to_canonical, unit_text
from bonetracker.domain.records import Measure, MeasureKind, Patient

SHORT_NAMES: dict[MeasureKind, str] = {
    MeasureKind.HEIGHT: QT_TRANSLATE_NOOP("measures", "height"),
    MeasureKind.TUG: QT_TRANSLATE_NOOP("measures", "TUG (Timed Up and Go)"),
    MeasureKind.CHAIR_STAND_30S: QT_TRANSLATE_NOOP("measures", "30-second chair stand"),
    MeasureKind.SIT_TO_STAND_5X: QT_TRANSLATE_NOOP("measures", "five-times sit-to-stand"),
    MeasureKind.BALANCE_TANDEM: QT_TRANSLATE_NOOP("measures", "tandem stance"),
    MeasureKind.GRIP: QT_TRANSLATE_NOOP("measures", "grip strength"),
    MeasureKind.GAIT_SPEED: QT_TRANSLATE_NOOP("measures", "gait speed"),
}

RECENT_TEST_DAYS = 365
"""A test older than a year no longer feeds the rules (product rule: function changes within a
year, and STEADI screens yearly)."""


@dataclass(frozen=True)
class MeasureSummary:
    """The latest measurement of one kind; ``change`` is canonical latest minus previous."""

    kind: MeasureKind
    latest: Measure
    value: float  # canonical unit
    norm: Norm
    previous: Measure | None = None
    change: float | None = None
    improved: bool | None = None

    def value_text(self) -> str:
        spec = MEASURES[self.kind]
        digits = 0 if spec.integer else spec.digits
        return f"{self.value:.{digits}f} {spec.canonical}"


def summarize(measures: Sequence[Measure], patient: Patient, as_of: dt.date) -> list[MeasureSummary]:
    """One summary per kind measured on or before ``as_of``, in :class:`MeasureKind` order."""
    by_kind: dict[MeasureKind, list[Measure]] = {}
    for m in measures:  # one pass: a heavy record holds years of monthly tests
        if m.date <= as_of:
            by_kind.setdefault(m.kind, []).append(m)
    out: list[MeasureSummary] = []
    for kind in MeasureKind:
        found = by_kind.get(kind)
        if not found:
            continue
        spec = MEASURES[kind]
        found.sort(key=lambda m: (m.date, m.id or 0))
        last = found[-1]
        value = to_canonical(spec, last.value, last.unit)
        norm = assess(kind, value, patient.sex, patient.age_on(last.date))
        previous = found[-2] if len(found) > 1 else None
        change = improved = None
        if previous is not None:
            change = value - to_canonical(spec, previous.value, previous.unit)
            if abs(change) > 1e-9 and kind is not MeasureKind.HEIGHT:
                improved = (change > 0) == spec.higher_is_better
        out.append(MeasureSummary(kind, last, value, norm, previous, change, improved))
    return out


def recent_outside(summaries: Sequence[MeasureSummary], kinds: Sequence[MeasureKind],
                   as_of: dt.date) -> list[MeasureSummary]:
    """The recent summaries of ``kinds`` that lie outside their norm."""
    return [s for s in summaries if s.kind in kinds and s.norm.status is NormStatus.OUTSIDE
            and (as_of - s.latest.date).days <= RECENT_TEST_DAYS]


def finding_text(s: MeasureSummary) -> str:
    """"your TUG of 14 s is above the 12 s cut-off (increased fall risk, 2026-10-01)"."""
    spec = MEASURES[s.kind]
    cut = s.norm.cutoff
    digits = 0 if spec.integer else spec.digits
    value = f"{round(s.value, digits):g}"
    name = translate("measures", SHORT_NAMES[s.kind])
    assert cut is not None  # only a reading outside a norm is quoted, and every norm has a cut-off
    worse_high = not spec.higher_is_better
    if s.kind is MeasureKind.GAIT_SPEED:
        template = translate("measures", "your {name} of {value} {unit} on {date} is at or below the {cut} "
                             "{unit} cut-off ({meaning})")
    elif worse_high:
        template = translate("measures", "your {name} of {value} {unit} on {date} is at or above the {cut} "
                             "{unit} cut-off ({meaning})")
    else:
        template = translate("measures", "your {name} of {value} {unit} on {date} is below the {cut} {unit} "
                             "cut-off ({meaning})")
    cut_text = f"{cut:.0f}" if float(cut).is_integer() else f"{cut:g}"
    unit = unit_text(spec.canonical)
    text = template.format(name=name, value=value, unit=unit, date=format_date(s.latest.date),
                           cut=cut_text, meaning=s.norm.meaning)
    if s.improved and s.previous is not None:
        text += translate("measures", ", better than {value:g} {unit} on {date}").format(
            value=s.previous.value, unit=unit_text(s.previous.unit), date=format_date(s.previous.date)
        )
    return text
