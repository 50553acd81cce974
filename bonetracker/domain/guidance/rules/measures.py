"""Rules from what is measured between scans: height loss, lab results and FRAX results.

Function tests feed the fall and exercise rules in `rules.habits`; these rules only inform and
never choose a drug or a dose: each one says what was found and to discuss it with the doctor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bonetracker.domain.guidance.context import RuleContext, Rules, rec
from bonetracker.domain.measures import frax, labs
from bonetracker.domain.measures.height import height_loss
from bonetracker.domain.records import LabResult, LabTest


def rule_height_loss(c: RuleContext) -> Rules:
    loss = height_loss(c.record)
    if loss is None:
        return []
    return [rec("height_loss", loss.text(), loss=f"{loss.loss_cm:.1f}")]


def _when(day: dt.date) -> str:
    return f" on {day.isoformat()}"


def rule_labs(c: RuleContext) -> Rules:
    recs: Rules = []
    vit_d = labs.latest(c.record.labs, LabTest.VITAMIN_D_25OH, c.as_of, labs.RECENT_LAB_DAYS)
    if vit_d is not None:
        reading = labs.read(vit_d)
        if reading.status in (labs.LabStatus.DEFICIENT, labs.LabStatus.INADEQUATE):
            reason = (f"your 25-hydroxyvitamin D was {labs.value_text(vit_d)}{_when(vit_d.date)}: "
                      f"{reading.text} (20 ng/mL, 50 nmol/L, is adequate for most)")
            priority = 1 if reading.status is labs.LabStatus.DEFICIENT else None
            recs.append(rec("vitamin_d_blood_low", reason, priority))
    egfr = labs.latest(c.record.labs, LabTest.EGFR, c.as_of)
    if egfr is not None and labs.read(egfr).status is labs.LabStatus.BELOW_LABEL_LIMIT:
        reason = (f"your eGFR was {egfr.value:g} {egfr.unit}{_when(egfr.date)}, below "
                  f"{labs.EGFR_LABEL_LIMIT:g}")
        recs.append(rec("kidney_function_low", reason))
    calcium = labs.latest(c.record.labs, LabTest.CALCIUM, c.as_of, labs.RECENT_LAB_DAYS)
    if calcium is not None:
        status = labs.read(calcium).status
        if status in (labs.LabStatus.LOW, labs.LabStatus.HIGH):
            word = "below" if status is labs.LabStatus.LOW else "above"
            reason = (f"your serum calcium was {labs.value_text(calcium)}{_when(calcium.date)}, {word} the "
                      f"lab's range of {_range(calcium)}")
            recs.append(rec("calcium_blood_out_of_range", reason, direction=word))
    others = []
    for test in (LabTest.PTH, LabTest.CTX, LabTest.P1NP):
        result = labs.latest(c.record.labs, test, c.as_of, labs.RECENT_LAB_DAYS)
        if result is None:
            continue
        status = labs.read(result).status
        if status in (labs.LabStatus.LOW, labs.LabStatus.HIGH):
            word = "below" if status is labs.LabStatus.LOW else "above"
            label = {LabTest.PTH: "PTH", LabTest.CTX: "CTX", LabTest.P1NP: "P1NP"}[test]
            others.append(f"{label} {result.value:g} {result.unit}{_when(result.date)} is {word} the lab's "
                          f"range of {_range(result)}")
    if others:
        recs.append(rec("lab_out_of_range", "; ".join(others)))
    return recs


def _range(r: LabResult) -> str:
    low, high = r.range_low, r.range_high
    unit = r.unit
    if low is not None and high is not None:
        return f"{low:g}-{high:g} {unit}"
    return f"at least {low:g} {unit}" if low is not None else f"up to {high:g} {unit}"


def rule_frax(c: RuleContext) -> Rules:
    result = frax.latest(c.record.frax, c.as_of)
    if result is None:
        return []
    recs: Rules = []
    v = frax.verdict(result, c.frax_guideline)
    text = frax.result_text(result)
    if v.above:
        extra = (" NOGG suggests referral to an osteoporosis specialist at very high risk."
                 if v.very_high else "")
        item = rec("frax_above_threshold", f"your FRAX result: {text}; {v.text}", extra=extra)
        recs.append(replace(item, source=v.source))
    elif v.above is None:
        item = rec("frax_category_missing", f"your FRAX result: {text}; {v.text}")
        recs.append(replace(item, source=v.source))
    changed = frax.changed_inputs(result, c.record, c.as_of)
    if changed:
        reason = (f"your FRAX result of {result.date.isoformat()} was worked out before a change in: "
                  + ", ".join(changed))
        recs.append(rec("frax_recalculate", reason))
    return recs
