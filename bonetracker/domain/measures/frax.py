"""The FRAX worksheet and what a FRAX result entered from the official calculator means.

FRAX itself is licensed and not public (Kanis et al., Osteoporos Int 2008;19:385-397): BoneTracker
never computes a FRAX number. It gathers every FRAX input from the record, ready to copy into
the calculator, stores the result typed back, and reads it against a guideline's thresholds:

* BHOF 2022 (US; LeBoff et al., Osteoporos Int 2022;33:2049-2102): consider treatment with low
  bone mass and a 10-year hip fracture probability of 3 % or more or a major osteoporotic
  probability of 20 % or more.
* NOGG 2022 (UK; Gregson et al., Arch Osteoporos 2022;17:58): thresholds depend on age; the NOGG
  calculator shows the person's risk category (low, intermediate, high, very high) next to the
  FRAX result, and that category is entered with the result. Its age tables are not copied here.

A result is "to recalculate" when any input (other than age) differs from the worksheet as it
stood when the result was entered, or a fracture, scan or height was recorded after its date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bonetracker.domain.bmd import has_fragility_fracture
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.measures.height import heights_cm
from bonetracker.domain.records import (
    DEVICE_LABELS,
    FraxResult,
    PatientRecord,
    Site,
    Smoking,
)

BHOF_HIP_PERCENT = 3.0  # BHOF 2022 (US): 10-year hip fracture probability >= 3 %
BHOF_MAJOR_PERCENT = 20.0  # BHOF 2022 (US): 10-year major osteoporotic probability >= 20 %
ALCOHOL_UNITS_PER_DAY = 3.0  # FRAX input: 3 or more units a day (Kanis et al. 2008)
ALCOHOL_WINDOW_DAYS = 28
ALCOHOL_MIN_DAYS = 7
FRAX_SOURCE = "FRAX (Kanis et al., Osteoporos Int 2008;19:385-397), entered from the official calculator"
BHOF_SOURCE = ("BHOF Clinician's Guide 2022 (LeBoff et al., Osteoporos Int 2022;33:2049-2102): "
               "10-year hip >= 3 % or major osteoporotic >= 20 % (US)")
NOGG_SOURCE = ("NOGG 2022 (Gregson et al., Arch Osteoporos 2022;17:58): age-dependent intervention "
               "thresholds, as shown by the NOGG calculator")
CALCULATOR = QT_TRANSLATE_NOOP("measures",
                               "https://frax.shef.ac.uk/FRAX/ (or the NOGG calculator for the UK)")


class Guideline(StrEnum):
    """Which thresholds read a FRAX result: BHOF 2022 (US) or NOGG 2022 (UK)."""

    BHOF = "bhof"
    NOGG = "nogg"


class NoggCategory(StrEnum):
    LOW = "low"
    INTERMEDIATE = "intermediate"
    HIGH = "high"
    VERY_HIGH = "very_high"


FRAX_MODELS: Mapping[str, str] = {
    "us": QT_TRANSLATE_NOOP("measures", "US (Caucasian)"),
    "us_black": QT_TRANSLATE_NOOP("measures", "US (Black)"),
    "us_hispanic": QT_TRANSLATE_NOOP("measures", "US (Hispanic)"),
    "us_asian": QT_TRANSLATE_NOOP("measures", "US (Asian)"),
    "uk": QT_TRANSLATE_NOOP("measures", "UK"),
    "ca": QT_TRANSLATE_NOOP("measures", "Canada"),
    "au": QT_TRANSLATE_NOOP("measures", "Australia"),
    "ie": QT_TRANSLATE_NOOP("measures", "Ireland"),
    "de": QT_TRANSLATE_NOOP("measures", "Germany"),
    "fr": QT_TRANSLATE_NOOP("measures", "France"),
    "es": QT_TRANSLATE_NOOP("measures", "Spain"),
    "it": QT_TRANSLATE_NOOP("measures", "Italy"),
    "nl": QT_TRANSLATE_NOOP("measures", "Netherlands"),
    "se": QT_TRANSLATE_NOOP("measures", "Sweden"),
    "jp": QT_TRANSLATE_NOOP("measures", "Japan"),
    "cn": QT_TRANSLATE_NOOP("measures", "China"),
    "other": QT_TRANSLATE_NOOP("measures", "another country model"),
}


@dataclass(frozen=True)
class FraxInput:
    """One line of the worksheet: ``value`` as FRAX asks for it (None when not on record)."""

    key: str
    label: str
    value: Any
    text: str

    @property
    def missing(self) -> bool:
        return self.value is None


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _alcohol(record: PatientRecord, as_of: dt.date) -> bool | None:
    """3 or more units a day over the logged days of the last 4 weeks; None with under 7."""
    start = as_of - dt.timedelta(days=ALCOHOL_WINDOW_DAYS - 1)
    units: dict[dt.date, float] = {}
    for e in record.lifestyle:
        if start <= e.date <= as_of and e.alcohol_units is not None:
            units[e.date] = units.get(e.date, 0.0) + e.alcohol_units
    if len(units) < ALCOHOL_MIN_DAYS:
        return None
    return sum(units.values()) / len(units) >= ALCOHOL_UNITS_PER_DAY - 1e-9


def _femoral_neck(record: PatientRecord, as_of: dt.date) -> tuple[float | None, str]:
    scans = sorted((s for s in record.scans if s.date <= as_of), key=lambda s: s.date, reverse=True)
    for scan in scans:
        m = scan.measurement(Site.FEMORAL_NECK)
        if m is not None and m.bmd is not None:
            make = DEVICE_LABELS[scan.device] if scan.device is not None else "make not recorded"
            return m.bmd, f"{m.bmd:.3f} g/cm² ({make}, {format_date(scan.date)})"
    return None, "no femoral-neck BMD on record (FRAX can be run without BMD)"


def worksheet(record: PatientRecord, as_of: dt.date) -> list[FraxInput]:
    """Every FRAX input from the record on ``as_of``, ready to copy into the calculator."""
    p = record.patient
    heights = heights_cm([m for m in record.measures if m.date <= as_of])
    height = heights[-1][1] if heights else p.height_cm  # the latest measured height
    smoking = p.smoking is Smoking.CURRENT or any(
        e.cigarettes for e in record.lifestyle if as_of - dt.timedelta(days=27) <= e.date <= as_of)
    fracture = has_fragility_fracture(record, as_of)
    alcohol = _alcohol(record, as_of)
    bmd, bmd_text = _femoral_neck(record, as_of)
    age = p.age_on(as_of)
    return [
        FraxInput("age", QT_TRANSLATE_NOOP("measures", "Age"), age, f"{age} years"),
        FraxInput("sex", QT_TRANSLATE_NOOP("measures", "Sex"), str(p.sex), str(p.sex)),
        FraxInput("weight_kg", QT_TRANSLATE_NOOP("measures", "Weight"), p.weight_kg,
                  "not recorded" if p.weight_kg is None else f"{p.weight_kg:.1f} kg"),
        FraxInput("height_cm", QT_TRANSLATE_NOOP(
            "measures",
            "Height",
        ), None if height is None else round(height, 1),
                  "not recorded" if height is None else f"{height:.1f} cm"),
        FraxInput("previous_fracture", QT_TRANSLATE_NOOP(
            "measures",
            "Previous fracture",
        ), fracture, _yes(fracture)),
        FraxInput("parent_fractured_hip", QT_TRANSLATE_NOOP(
            "measures",
            "Parent fractured hip",
        ), p.parental_hip_fracture,
                  _yes(p.parental_hip_fracture)),
        FraxInput("current_smoking", QT_TRANSLATE_NOOP(
            "measures",
            "Current smoking",
        ), smoking, _yes(smoking)),
        FraxInput("glucocorticoids", QT_TRANSLATE_NOOP(
            "measures",
            "Glucocorticoids",
        ), p.glucocorticoids, _yes(p.glucocorticoids)),
        FraxInput("rheumatoid_arthritis", QT_TRANSLATE_NOOP(
            "measures",
            "Rheumatoid arthritis",
        ), p.rheumatoid_arthritis,
                  _yes(p.rheumatoid_arthritis)),
        FraxInput("secondary_osteoporosis", QT_TRANSLATE_NOOP(
            "measures",
            "Secondary osteoporosis",
        ), p.secondary_osteoporosis,
                  _yes(p.secondary_osteoporosis)),
        FraxInput("alcohol_3_or_more_units", QT_TRANSLATE_NOOP(
            "measures",
            "Alcohol 3 or more units/day",
        ), alcohol,
                  "not known (log alcohol on 7 days of 4 weeks)" if alcohol is None else _yes(alcohol)),
        FraxInput("femoral_neck_bmd", QT_TRANSLATE_NOOP("measures", "Femoral neck BMD"), bmd, bmd_text),
    ]


def snapshot(inputs: Sequence[FraxInput]) -> str:
    """The worksheet as stored with a result (JSON; age left out, as it changes every year)."""
    return json.dumps({i.key: i.value for i in inputs if i.key != "age"}, sort_keys=True)


def changed_inputs(result: FraxResult, record: PatientRecord, as_of: dt.date) -> list[str]:
    """The inputs that changed since ``result`` was entered (labels), plus events recorded after
    its date that change an input; empty when the result still stands."""
    now = worksheet(record, as_of)
    labels = {i.key: i.label for i in now}
    changed: list[str] = []
    if result.inputs:
        try:
            then: Mapping[str, Any] = json.loads(result.inputs)
        except ValueError:
            then = {}
        changed += [labels[i.key] for i in now if i.key in then and then[i.key] != i.value]
    after = result.date
    fracture_since = any(after < f.date <= as_of for f in record.fractures)
    if fracture_since and "Previous fracture" not in changed:
        changed.append(QT_TRANSLATE_NOOP("measures", "a fracture recorded since"))
    if any(s.date > after and s.measurement(Site.FEMORAL_NECK) is not None
           for s in record.scans if s.date <= as_of) and "Femoral neck BMD" not in changed:
        changed.append(QT_TRANSLATE_NOOP("measures", "a femoral-neck scan since"))
    return changed


@dataclass(frozen=True)
class FraxVerdict:
    """What a result means under a guideline: ``above`` the treatment threshold (True/False, or
    None when it cannot be read, e.g. a UK result without its NOGG category)."""

    above: bool | None
    text: str
    source: str
    very_high: bool = False


def verdict(result: FraxResult, guideline: Guideline) -> FraxVerdict:
    if guideline is Guideline.NOGG:
        if result.category is None:
            return FraxVerdict(None, translate(
                "measures",
                "NOGG thresholds depend on age: enter the risk category the NOGG calculator shows with "
                "this result",
            ), NOGG_SOURCE)
        cat = NoggCategory(result.category)
        words = {NoggCategory.LOW: QT_TRANSLATE_NOOP("measures", "low risk"),
                 NoggCategory.INTERMEDIATE: QT_TRANSLATE_NOOP("measures", "intermediate risk"),
                 NoggCategory.HIGH: QT_TRANSLATE_NOOP(
                     "measures", "high risk (above the intervention threshold)"),
                 NoggCategory.VERY_HIGH: QT_TRANSLATE_NOOP(
                     "measures", "very high risk (above the upper intervention threshold)")}
        above = cat in (NoggCategory.HIGH, NoggCategory.VERY_HIGH)
        text = translate("measures", "NOGG category: {category}").format(
            category=translate("measures", words[cat]))
        return FraxVerdict(above, text, NOGG_SOURCE, cat is NoggCategory.VERY_HIGH)
    hits = []
    if result.hip >= BHOF_HIP_PERCENT - 1e-9:
        hits.append(translate("measures", "hip {value:g} % is at or above {limit:g} %").format(
            value=result.hip, limit=BHOF_HIP_PERCENT))
    if result.major >= BHOF_MAJOR_PERCENT - 1e-9:
        hits.append(translate("measures", "major osteoporotic {value:g} % is at or above {limit:g} %").format(
            value=result.major, limit=BHOF_MAJOR_PERCENT))
    if hits:
        return FraxVerdict(True, "; ".join(hits), BHOF_SOURCE)
    below = translate("measures", "below the BHOF thresholds (hip {hip:g} %, major {major:g} %)")
    return FraxVerdict(False, below.format(hip=BHOF_HIP_PERCENT, major=BHOF_MAJOR_PERCENT), BHOF_SOURCE)


def latest(results: Sequence[FraxResult], as_of: dt.date) -> FraxResult | None:
    return max((r for r in results if r.date <= as_of), key=lambda r: (r.date, r.id or 0), default=None)


def result_text(r: FraxResult) -> str:
    bmd = translate("measures", "with BMD") if r.with_bmd else translate("measures", "without BMD")
    model = translate("measures", FRAX_MODELS[r.model]) if r.model in FRAX_MODELS else r.model
    return translate(
        "measures",
        "10-year probability major osteoporotic {major:g} %, hip {hip:g} % ({model} model, {bmd}, {date})",
    ).format(major=r.major, hip=r.hip, model=model, bmd=bmd, date=format_date(r.date))
