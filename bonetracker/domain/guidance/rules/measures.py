"""Rules from what is measured between scans: height loss, lab results and FRAX results.

Function tests feed the fall and exercise rules in `rules.habits`; these rules only inform and
never choose a drug or a dose: each one says what was found and to discuss it with the doctor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bonetracker.domain.guidance.context import RuleContext, Rules, rec
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.measures import frax, labs
from bonetracker.domain.measures.height import height_loss
from bonetracker.domain.records import LabResult, LabTest


def rule_height_loss(c: RuleContext) -> Rules:
    loss = height_loss(c.record)
    if loss is None:
        return []
    return [rec("height_loss", loss.text(), loss=f"{loss.loss_cm:.1f}")]


def _when(day: dt.date) -> str:
    return translate("guidance", " on {date}").format(date=format_date(day))


def rule_labs(c: RuleContext) -> Rules:
    recs: Rules = []
    vit_d = labs.latest(c.record.labs, LabTest.VITAMIN_D_25OH, c.as_of, labs.RECENT_LAB_DAYS)
    if vit_d is not None:
        reading = labs.read(vit_d)
        if reading.status in (labs.LabStatus.DEFICIENT, labs.LabStatus.INADEQUATE):
            reason = translate(
                "guidance", "your 25-hydroxyvitamin D was {value}{when}: {reading} (20 ng/mL, 50 nmol/L, is "
                "adequate for most)",
            ).format(value=labs.value_text(vit_d), when=_when(vit_d.date), reading=reading.text)
            priority = 1 if reading.status is labs.LabStatus.DEFICIENT else None
            recs.append(rec("vitamin_d_blood_low", reason, priority))
    egfr = labs.latest(c.record.labs, LabTest.EGFR, c.as_of)
    if egfr is not None and labs.read(egfr).status is labs.LabStatus.BELOW_LABEL_LIMIT:
        reason = translate("guidance", "your eGFR was {value:g} {unit}{when}, below {limit:g}").format(
            value=egfr.value, unit=egfr.unit, when=_when(egfr.date), limit=labs.EGFR_LABEL_LIMIT
        )
        recs.append(rec("kidney_function_low", reason))
    calcium = labs.latest(c.record.labs, LabTest.CALCIUM, c.as_of, labs.RECENT_LAB_DAYS)
    if calcium is not None:
        status = labs.read(calcium).status
        if status in (labs.LabStatus.LOW, labs.LabStatus.HIGH):
            low = status is labs.LabStatus.LOW
            word = translate("guidance", "below") if low else translate("guidance", "above")
            if low:
                template = translate(
                    "guidance", "your serum calcium was {value}{when}, below the lab's range of {range}"
                )
            else:
                template = translate(
                    "guidance", "your serum calcium was {value}{when}, above the lab's range of {range}"
                )
            reason = template.format(
                value=labs.value_text(calcium), when=_when(calcium.date), range=_range(calcium)
            )
            recs.append(rec("calcium_blood_out_of_range", reason, direction=word))
    others = []
    for test in (LabTest.PTH, LabTest.CTX, LabTest.P1NP):
        result = labs.latest(c.record.labs, test, c.as_of, labs.RECENT_LAB_DAYS)
        if result is None:
            continue
        status = labs.read(result).status
        if status in (labs.LabStatus.LOW, labs.LabStatus.HIGH):
            label = {LabTest.PTH: "PTH", LabTest.CTX: "CTX", LabTest.P1NP: "P1NP"}[test]
            if status is labs.LabStatus.LOW:
                template = translate(
                    "guidance", "{test} {value:g} {unit}{when} is below the lab's range of {range}"
                )
            else:
                template = translate(
                    "guidance", "{test} {value:g} {unit}{when} is above the lab's range of {range}"
                )
            others.append(template.format(test=label, value=result.value, unit=result.unit,
                                          when=_when(result.date), range=_range(result)))
    if others:
        recs.append(rec("lab_out_of_range", "; ".join(others)))
    return recs


def _range(r: LabResult) -> str:
    low, high = r.range_low, r.range_high
    unit = r.unit
    if low is not None and high is not None:
        return f"{low:g}-{high:g} {unit}"
    if low is not None:
        return translate("guidance", "at least {low:g} {unit}").format(low=low, unit=unit)
    return translate("guidance", "up to {high:g} {unit}").format(high=high, unit=unit)


def rule_frax(c: RuleContext) -> Rules:
    result = frax.latest(c.record.frax, c.as_of)
    if result is None:
        return []
    recs: Rules = []
    v = frax.verdict(result, c.frax_guideline)
    text = frax.result_text(result)
    if v.above:
        extra = (
            translate("guidance", " NOGG suggests referral to an osteoporosis specialist at very high risk.")
            if v.very_high
            else ""
        )
        reason = translate("guidance", "your FRAX result: {result}; {verdict}").format(
            result=text, verdict=v.text
        )
        item = rec("frax_above_threshold", reason, extra=extra)
        recs.append(replace(item, source=v.source))
    elif v.above is None:
        reason = translate("guidance", "your FRAX result: {result}; {verdict}").format(
            result=text, verdict=v.text
        )
        item = rec("frax_category_missing", reason)
        recs.append(replace(item, source=v.source))
    changed = frax.changed_inputs(result, c.record, c.as_of)
    if changed:
        reason = translate(
            "guidance", "your FRAX result of {date} was worked out before a change in: {changed}"
        ).format(date=format_date(result.date), changed=", ".join(translate("measures", x) for x in changed))
        recs.append(rec("frax_recalculate", reason))
    return recs
