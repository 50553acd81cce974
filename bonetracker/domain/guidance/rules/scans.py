"""Rules read from the scans: where the bones stand, what changed, when the next scan is due,
and what goals are realistic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bonetracker.domain.bmd import CATEGORY_LABELS, REFERENCE_MAKES, Basis, Category, basis_text
from bonetracker.domain.change import Direction, ScanInterval, SiteChange, next_scan, untreated_interval_years
from bonetracker.domain.guidance.advice import (
    BASIS_DETAILS,
    CLASSIFICATION_DETAILS,
    DIAGNOSIS_BEYOND_T,
    GAIN_AFTER_DENOSUMAB,
    SITE_NAMES,
)
from bonetracker.domain.guidance.context import SCAN_DUE_NOTICE_DAYS, RuleContext, Rules, count, rec
from bonetracker.domain.guidance.rules.courses import denosumab_stopped
from bonetracker.domain.records import DEVICE_LABELS


def rule_classification(c: RuleContext) -> Rules:
    cl = c.classification
    if cl.scan_date is None and cl.basis is Basis.FRACTURE:
        reason = f"osteoporosis {basis_text(cl)}; no DXA scan is on record yet"
        found = rec("classification", reason, 1, title=CATEGORY_LABELS[cl.category],
                    detail=BASIS_DETAILS[Basis.FRACTURE] + " Add your DXA result when you have one.")
        return [replace(found, source=DIAGNOSIS_BEYOND_T)]
    if cl.scan_date is None:
        return [
            rec(
                "classification",
                "no DXA scan is on record yet",
                title="Add your DXA result",
                detail="Enter your latest DXA report (BMD and T-score for each site) so BoneTracker "
                "can show where you stand and track change.",
            )
        ]
    if cl.category is Category.UNKNOWN:
        why = f"the scan of {cl.scan_date.isoformat()} has no usable score at the spine, hip or forearm"
        scan = next((s for s in c.record.scans if s.date == cl.scan_date), None)
        if scan is not None and scan.device not in REFERENCE_MAKES:
            why += (
                (
                    f"; a T-score is not computed from {DEVICE_LABELS[scan.device]} BMD (the reference is "
                    "on the Hologic scale)"
                )
                if scan.device
                else ""
            )
        return [
            rec(
                "classification",
                why,
                title="Your scan could not be classified",
                detail="Before menopause and for men under 50 the report's Z-score is needed; "
                "otherwise the T-score the report gives for the spine or hip (BMD alone is used only "
                "from a Hologic scanner). Check the report and add it.",
            )
        ]
    by_z = cl.category in (Category.BELOW_EXPECTED_RANGE_FOR_AGE, Category.WITHIN_EXPECTED_RANGE_FOR_AGE)
    value = cl.z_score if by_z else cl.t_score
    score = f"{'Z' if by_z else 'T'}-score {value:+.1f}" if value is not None else "score"
    site = SITE_NAMES[cl.site] if cl.site else "the lowest site"
    reason = f"lowest {score} at the {site} on {cl.scan_date.isoformat()}"
    if cl.category is Category.SEVERE_OSTEOPOROSIS:
        reason += ", with a fragility fracture on record"
    if cl.basis in (Basis.FRACTURE, Basis.HISTORY):
        reason = f"osteoporosis {basis_text(cl)} (AACE/ACE 2020: the diagnosis stands); {reason}"
    high = c.osteoporotic or cl.category is Category.BELOW_EXPECTED_RANGE_FOR_AGE
    priority = 1 if high else 2 if cl.category is Category.LOW_BONE_MASS else 3
    title, detail = CATEGORY_LABELS[cl.category], CLASSIFICATION_DETAILS[cl.category]
    if cl.basis in (Basis.FRACTURE, Basis.HISTORY):
        detail = BASIS_DETAILS[cl.basis]
        found = rec("classification", reason, priority, title=title, detail=detail)
        return [replace(found, source=DIAGNOSIS_BEYOND_T)]
    return [rec("classification", reason, priority, title=title, detail=detail)]


def change_text(ch: SiteChange) -> str:
    text = (
        f"{SITE_NAMES[ch.site]} BMD {ch.bmd_delta:+.3f} g/cm² ({ch.percent:+.1f} %) from "
        f"{ch.from_date.isoformat()} to {ch.to_date.isoformat()}; the least significant change "
        f"is {ch.lsc:.3f}"
    )
    return text + (f" (not comparable: {ch.not_comparable_reason})" if ch.not_comparable_reason else "")


def significant_changes(c: RuleContext, direction: Direction) -> list[SiteChange]:
    """Per site, the change from the previous scan, else from the first, in ``direction``.

    The baseline comparison catches slow loss that never reaches the LSC between two visits.
    """
    found: list[SiteChange] = []
    for s in c.changes:
        for ch in (s.change_from_previous, s.change_from_first):
            if ch is not None and ch.direction is direction:
                found.append(ch)
                break
    return found


def rule_change(c: RuleContext) -> Rules:
    recs: Rules = []
    for rule_id, direction in (
        ("significant_bone_loss", Direction.LOSS),
        ("significant_bone_gain", Direction.GAIN),
    ):
        found = significant_changes(c, direction)
        if found:
            reason = "; ".join(change_text(ch) for ch in found)
            made = rec(rule_id, reason, sites=", ".join(SITE_NAMES[ch.site] for ch in found))
            stopped = denosumab_stopped(c)
            if direction is Direction.GAIN and stopped is not None:
                # ECTS 2017: a gain made on denosumab is lost within about a year of stopping it
                # without a follow-on: never "keep going" about it.
                made = replace(made, detail=GAIN_AFTER_DENOSUMAB, reason=f"{reason}; denosumab stopped on "
                               f"{stopped.end.isoformat()} without a follow-on treatment")
            recs.append(made)
    # ISCD: the latest visit cannot be judged against the one before it (or the first): say why,
    # per site, so nobody reads a machine difference as bone change.
    seen: dict[str, list[str]] = {}
    for s in c.changes:
        if s.not_comparable:
            seen.setdefault(s.not_comparable, []).append(SITE_NAMES[s.site])
    if seen:
        reason = "; ".join(f"{', '.join(sites)}: scans of {why}" for why, sites in seen.items())
        recs.append(rec("device_changed", reason))
    return recs


# The interval's reason as the scan-due rule words it.
SCAN_DUE_WHY = {
    ScanInterval.TREATMENT: "1 year: you are on treatment",
    ScanInterval.TREATMENT_STARTED: "1 year after starting treatment",
    ScanInterval.LOSS: "1 year: the last scan showed significant loss",
    ScanInterval.BY_T_SCORE: "{years}: the interval for your lowest T-score without treatment (Gourlay 2012)",
    ScanInterval.ROUTINE: "2 years: the usual interval; ask your doctor what suits you",
}


def rule_scan_due(c: RuleContext) -> Rules:
    untreated = untreated_interval_years(c.record.patient.sex, c.classification)
    nxt = next_scan(c.record.scans, c.record.medications, c.changes, c.as_of, untreated)
    if nxt is None or nxt.due > c.as_of + dt.timedelta(days=SCAN_DUE_NOTICE_DAYS):
        return []
    why = SCAN_DUE_WHY[nxt.interval].format(years=count(nxt.years, "year"))
    state = "was due" if nxt.due <= c.as_of else "is due"
    reason = (
        f"your last scan was on {nxt.latest.isoformat()}; the next {state} on {nxt.due.isoformat()} ({why})"
    )
    return [rec("scan_due", reason, 2 if nxt.due <= c.as_of else None)]


def rule_goals(c: RuleContext) -> Rules:
    scans = sorted(s.date for s in c.record.scans if s.date <= c.as_of)
    if not scans:
        return []
    reason = f"{count(len(scans), 'scan')} on record, the latest on {scans[-1].isoformat()}"
    return [rec("realistic_goals", reason)]
