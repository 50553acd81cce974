"""How a lab result reads: against the thresholds the guidance uses and the lab's own range.

25-hydroxyvitamin D (IOM 2011, Ross et al., J Clin Endocrinol Metab 2011;96:53-58): below
12 ng/mL (30 nmol/L) deficient, 12-20 ng/mL inadequate for some, 20 ng/mL (50 nmol/L) or more
adequate for most. eGFR below 35 mL/min: the labels of alendronate and zoledronic acid limit
their use (creatinine clearance < 35 mL/min). Calcium, PTH, CTX and P1NP are read only
against the lab's own reference range: ranges differ between labs and methods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.units import LABS, to_canonical
from bonetracker.domain.records import LabResult, LabTest

VITAMIN_D_DEFICIENT_NG_ML = 12.0  # IOM 2011
VITAMIN_D_ADEQUATE_NG_ML = 20.0  # IOM 2011: >= 20 ng/mL (50 nmol/L) adequate for most
EGFR_LABEL_LIMIT = 35.0  # alendronate and zoledronic acid labels: CrCl < 35 mL/min
RECENT_LAB_DAYS = 365  # a result older than a year is not "recent": product rule
IOM_2011 = ("IOM 2011 Dietary Reference Intakes for calcium and vitamin D (Ross et al., J Clin "
            "Endocrinol Metab 2011;96:53-58)")
KIDNEY_LABELS = ("Alendronate (Fosamax) and zoledronic acid (Reclast/Aclasta) product information: "
                 "not recommended with creatinine clearance below 35 mL/min")
LAB_RANGE = "The reporting laboratory's own reference range"


class LabStatus(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    DEFICIENT = "deficient"
    INADEQUATE = "inadequate"
    ADEQUATE = "adequate"
    BELOW_LABEL_LIMIT = "below_label_limit"
    NO_RANGE = "no_range"


@dataclass(frozen=True)
class LabReading:
    result: LabResult
    canonical_value: float
    status: LabStatus
    text: str
    source: str


def canonical(result: LabResult) -> float:
    return to_canonical(LABS[result.test], result.value, result.unit)


def _range_status(result: LabResult) -> LabStatus:
    if result.range_low is not None and result.value < result.range_low:
        return LabStatus.LOW
    if result.range_high is not None and result.value > result.range_high:
        return LabStatus.HIGH
    if result.range_low is None and result.range_high is None:
        return LabStatus.NO_RANGE
    return LabStatus.NORMAL


def read(result: LabResult) -> LabReading:
    """The result against its thresholds (vitamin D, eGFR) or the lab's range (the others)."""
    value = canonical(result)
    if result.test is LabTest.VITAMIN_D_25OH:
        if value < VITAMIN_D_DEFICIENT_NG_ML:
            return LabReading(result, value, LabStatus.DEFICIENT,
                              translate("measures", "below 12 ng/mL: deficient"), IOM_2011)
        if value < VITAMIN_D_ADEQUATE_NG_ML:
            return LabReading(result, value, LabStatus.INADEQUATE,
                              translate("measures", "12-20 ng/mL: inadequate for some people"), IOM_2011)
        return LabReading(result, value, LabStatus.ADEQUATE,
                          translate("measures", "20 ng/mL or more: adequate for most"), IOM_2011)
    if result.test is LabTest.EGFR:
        if value < EGFR_LABEL_LIMIT:
            return LabReading(result, value, LabStatus.BELOW_LABEL_LIMIT,
                              translate("measures",
                                        "below 35: some bone medicines depend on kidney function"),
                              KIDNEY_LABELS)
        status = _range_status(result) if result.range_low is not None else LabStatus.NORMAL
        return LabReading(result, value, status, translate(
            "measures", "35 or more: above the kidney limit in the labels of alendronate and zoledronic acid"
        ), KIDNEY_LABELS)
    status = _range_status(result)
    return LabReading(result, value, status, translate("measures", RANGE_WORDS[status]), LAB_RANGE)


RANGE_WORDS: dict[LabStatus, str] = {
    LabStatus.LOW: QT_TRANSLATE_NOOP("measures", "below the lab's range"),
    LabStatus.HIGH: QT_TRANSLATE_NOOP("measures", "above the lab's range"),
    LabStatus.NORMAL: QT_TRANSLATE_NOOP("measures", "within the lab's range"),
    LabStatus.NO_RANGE: QT_TRANSLATE_NOOP("measures", "no range given"),
}


def latest(labs: Sequence[LabResult], test: LabTest, as_of: dt.date,
           within_days: int | None = None) -> LabResult | None:
    """The latest result of ``test`` on or before ``as_of`` (and within ``within_days``)."""
    found = [r for r in labs if r.test is test and r.date <= as_of
             and (within_days is None or (as_of - r.date).days <= within_days)]
    return max(found, key=lambda r: (r.date, r.id or 0), default=None)


def latest_readings(labs: Sequence[LabResult], as_of: dt.date) -> list[LabReading]:
    """The latest result of each test on or before ``as_of``, read, in :data:`LABS` order (what
    the plan JSON and the report list)."""
    found = (latest(labs, test, as_of) for test in LABS)
    return [read(result) for result in found if result is not None]


def value_text(result: LabResult) -> str:
    """The result as reported, with its canonical equivalent when the unit differs (for
    25(OH)D: its value in the unit the application chose, when it chose one)."""
    spec = LABS[result.test]
    text = f"{result.value:g} {result.unit}"
    chosen = shown.chosen_unit(shown.VITAMIN_D_25OH)
    if result.test is LabTest.VITAMIN_D_25OH and chosen != spec.canonical:
        if result.unit == chosen:
            return text
        return f"{text} ({shown.quantity_text(shown.VITAMIN_D_25OH, canonical(result), chosen)})"
    if result.unit != spec.canonical and spec.units[result.unit] != 1:
        text += f" ({canonical(result):.{spec.digits}f} {spec.canonical})"
    return text
