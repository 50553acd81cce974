"""Demo measurements between scans: heights, function tests, lab results and FRAX results.

The named stories list theirs (:class:`~bonetracker.services.demo.model.Vignette`); the light
generated patients get a few a year, drawn from their own ``random.Random`` so that adding them
left every profile and scan of the generated clinic as it was. Every record passes its kind's
``*_errors`` check before it is written, as typed data does.

Values are illustrative, of the size the cited norms and reference data describe:
- height loss with age about 0.1-0.3 cm a year in later life, faster after vertebral fractures
  (ASSUMPTION, demo only; the rule's own thresholds are in ``domain.measures.height``);
- 25-hydroxyvitamin D around 26 ng/mL (SD 9) in older adults (ASSUMPTION, demo only, of the
  order NHANES reports), a fifth of results reported in nmol/L as many European labs do;
- Timed Up and Go slowing from about 9 s at 65 (ASSUMPTION, demo only; the STEADI cut-off is
  12 s); eGFR falling with age around 65 mL/min/1.73m² over 70 (ASSUMPTION, demo only).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from bonetracker.domain.measures import frax as sheet
from bonetracker.domain.measures.units import LABS, VITAMIN_D_NMOL_PER_NG
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.records import (
    FraxResult,
    LabResult,
    LabTest,
    LifestyleEntry,
    Measure,
    MeasureKind,
    PatientId,
    PatientRecord,
)
from bonetracker.services.demo.model import DemoPatient, Vignette, check, days_ago
from bonetracker.services.frax import frax_errors
from bonetracker.services.labs import lab_errors
from bonetracker.services.measures import measure_errors

PID = PatientId(0)  # a placeholder until the patient is written
LIGHT_YEARS = 6.0  # light patients' measurements go back at most this far


def vignette_entries(v: Vignette, as_of: dt.date) -> tuple[list[Measure], list[LabResult], list[FraxResult]]:
    """The story's measurements, labs and FRAX results (worksheets are filled in at writing,
    once the daily logs that feed them exist: :func:`with_worksheets`)."""
    measures = [Measure(None, PID, MeasureKind(kind), days_ago(as_of, ago), float(value), unit, note)
                for ago, kind, value, unit, note in v.measures]
    labs = [LabResult(None, PID, LabTest(test), days_ago(as_of, ago), float(value),
                      unit or LABS[LabTest(test)].canonical, low, high)
            for ago, test, value, unit, low, high in v.labs]
    frax = [FraxResult(None, PID, days_ago(as_of, ago), model, with_bmd, major, hip, category, "", note)
            for ago, model, with_bmd, major, hip, category, note, _then in v.frax]
    return measures, labs, frax


def with_worksheets(dp: DemoPatient, lifestyle: list[LifestyleEntry]) -> list[FraxResult]:
    """Each FRAX result with the worksheet of the record on its date, as ``frax add`` stores it;
    a story's ``then`` values replace the record's (the weight when the result was worked out),
    which is what later makes the plan say "recalculate"."""
    if not dp.frax or dp.vignette is None:
        return dp.frax
    record = PatientRecord(dp.patient, scans=tuple(dp.scans), lifestyle=tuple(lifestyle),
                           medications=tuple(dp.courses), fractures=tuple(dp.fractures),
                           falls=tuple(dp.falls), measures=tuple(dp.measures))
    results = []
    for result, spec in zip(dp.frax, dp.vignette.frax, strict=True):
        inputs = sheet.worksheet(record_as_of(record, result.date), result.date)
        then = dict(spec[7])
        inputs = [replace(i, value=then[i.key]) if i.key in then else i for i in inputs]
        results.append(replace(result, inputs=sheet.snapshot(inputs)))
    return results


def light_entries(rng: random.Random, dp: DemoPatient, as_of: dt.date) -> None:
    """A few measurements and labs a year for a generated patient: a height most years (a tenth
    of people losing height fast), a 25(OH)D every other year, and from 65 a TUG, from 70 an
    eGFR, now and then."""
    p = dp.patient
    span = min(LIGHT_YEARS, max((as_of - s.date).days / 365.25 for s in dp.scans) if dp.scans else 1.0)
    loss = rng.uniform(0.8, 1.4) if rng.random() < 0.1 else rng.uniform(0.0, 0.3)  # cm a year
    year = 0.0
    while year <= span:
        ago = span - year + rng.uniform(0.0, 0.4)
        day = days_ago(as_of, min(span, ago))
        age = p.age_on(day)
        if p.height_cm is not None and rng.random() < 0.7:
            height = p.height_cm + loss * (as_of - day).days / 365.25 + rng.gauss(0, 0.3)
            dp.measures.append(Measure(None, PID, MeasureKind.HEIGHT, day, round(height, 1), "cm"))
        if rng.random() < 0.5:
            ng_ml = min(80.0, max(5.0, rng.gauss(26.0, 9.0)))
            if rng.random() < 0.2:
                dp.labs.append(LabResult(None, PID, LabTest.VITAMIN_D_25OH, day,
                                         float(round(ng_ml * float(VITAMIN_D_NMOL_PER_NG))), "nmol/L"))
            else:
                dp.labs.append(LabResult(None, PID, LabTest.VITAMIN_D_25OH, day, round(ng_ml, 1), "ng/mL"))
        if age >= 65 and rng.random() < 0.4:
            tug = max(5.0, rng.gauss(9.0 + 0.25 * (age - 65), 2.0))
            dp.measures.append(Measure(None, PID, MeasureKind.TUG, day, round(tug, 1), "s"))
        if age >= 70 and rng.random() < 0.4:
            egfr = min(110.0, max(20.0, rng.gauss(65.0, 15.0)))
            dp.labs.append(LabResult(None, PID, LabTest.EGFR, day, float(round(egfr)), "mL/min/1.73m²"))
        year += 1.0


def validate(dp: DemoPatient) -> None:
    name = dp.patient.name
    for m in dp.measures:
        check(measure_errors(m), f"{name} {m.kind.value} {m.date}")
    for r in dp.labs:
        check(lab_errors(r), f"{name} {r.test.value} {r.date}")
    for f in dp.frax:
        check(frax_errors(f), f"{name} FRAX {f.date}")
