"""The chart's measurement series: each measured kind, lab test and the FRAX probabilities over
time, in the canonical unit, with the cut-offs or thresholds to draw beside them.

The lower chart panel shows one of these at a time (its own unit on the axis); keys are
``measure:<kind>``, ``lab:<test>`` and ``frax``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.measures import frax as frax_sheet
from bonetracker.domain.measures import labs as lab_reading
from bonetracker.domain.measures.norms import assess
from bonetracker.domain.measures.units import LABS, MEASURES, to_canonical
from bonetracker.domain.records import PatientRecord
from bonetracker.services.queries.weekly_activity import FloatArray, to_seconds

FRAX_KEY = "frax"


@dataclass(frozen=True, eq=False)
class SeriesLine:
    name: str
    x: FloatArray  # seconds (the chart's x unit)
    y: FloatArray


@dataclass(frozen=True, eq=False)
class MeasureSeries:
    """One choosable lower-panel series: lines in ``unit`` and (value, label) threshold lines."""

    key: str
    label: str
    unit: str
    lines: tuple[SeriesLine, ...]
    thresholds: tuple[tuple[float, str], ...] = ()
    digits: int = 1


def _line(name: str, points: Sequence[tuple[float, float]]) -> SeriesLine:
    points = sorted(points)
    return SeriesLine(name, np.array([p[0] for p in points], dtype=np.float64),
                      np.array([p[1] for p in points], dtype=np.float64))


def measure_series(record: PatientRecord) -> tuple[MeasureSeries, ...]:
    """Every measured kind, lab test and FRAX result of ``record`` (already cut at its as-of)."""
    out: list[MeasureSeries] = []
    p = record.patient
    for kind, spec in MEASURES.items():
        found = [m for m in record.measures if m.kind is kind]
        if not found:
            continue
        latest = max(found, key=lambda m: m.date)
        points = [(to_seconds(m.date), to_canonical(spec, m.value, m.unit)) for m in found]
        norm = assess(kind, points[0][1], p.sex, p.age_on(latest.date))
        cutoff: tuple[tuple[float, str], ...] = ((norm.cutoff, norm.text),) if norm.cutoff is not None else ()
        out.append(MeasureSeries(f"measure:{kind.value}", spec.label, spec.canonical,
                                 (_line(spec.label, points),), cutoff,
                                 0 if spec.integer else spec.digits))
    for test, spec in LABS.items():
        results = [r for r in record.labs if r.test is test]
        if not results:
            continue
        points = [(to_seconds(r.date), lab_reading.canonical(r)) for r in results]
        thresholds: tuple[tuple[float, str], ...] = ()
        if test.value == "vitamin_d_25oh":
            thresholds = ((lab_reading.VITAMIN_D_ADEQUATE_NG_ML,
                           translate("measures", "20 ng/mL: adequate for most")),
                          (lab_reading.VITAMIN_D_DEFICIENT_NG_ML,
                           translate("measures", "12 ng/mL: deficient below")))
        elif test.value == "egfr":
            thresholds = ((lab_reading.EGFR_LABEL_LIMIT,
                           translate("measures", "35: bone-medicine label limit")),)
        out.append(MeasureSeries(f"lab:{test.value}", spec.label, spec.canonical,
                                 (_line(spec.label, points),), thresholds, spec.digits))
    if record.frax:
        major = [(to_seconds(r.date), r.major) for r in record.frax]
        hip = [(to_seconds(r.date), r.hip) for r in record.frax]
        out.append(MeasureSeries(
            FRAX_KEY, QT_TRANSLATE_NOOP("measures", "FRAX 10-year probability"), "%",
            (_line(QT_TRANSLATE_NOOP("measures", "Major osteoporotic"), major),
             _line(QT_TRANSLATE_NOOP("measures", "Hip"), hip)),
            ((frax_sheet.BHOF_MAJOR_PERCENT, translate("measures", "20 %: BHOF major")),
             (frax_sheet.BHOF_HIP_PERCENT, translate("measures", "3 %: BHOF hip"))),
            1))
    return tuple(out)
