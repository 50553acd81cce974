"""Rules read from the scans: where the bones stand, what changed, when the next scan is due,
and what goals are realistic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bonetracker.domain.bmd import REFERENCE_MAKES, Basis, Category, basis_text, category_label
from bonetracker.domain.change import Direction, ScanInterval, SiteChange, next_scan, untreated_interval_years
from bonetracker.domain.guidance.advice import (
    BASIS_DETAILS,
    CLASSIFICATION_DETAILS,
    DIAGNOSIS_BEYOND_T,
    GAIN_AFTER_DENOSUMAB,
    SITE_NAMES,
)
from bonetracker.domain.guidance.context import SCAN_DUE_NOTICE_DAYS, RuleContext, Rules, plural, rec
from bonetracker.domain.guidance.rules.courses import denosumab_stopped
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.records import DEVICE_LABELS, Site


def rule_classification(c: RuleContext) -> Rules:
    cl = c.classification
    if cl.scan_date is None and cl.basis is Basis.FRACTURE:
        reason = translate("guidance", "osteoporosis {basis}; no DXA scan is on record yet").format(
            basis=basis_text(cl)
        )
        detail = translate("guidance", BASIS_DETAILS[Basis.FRACTURE]) + translate(
            "guidance", " Add your DXA result when you have one."
        )
        found = rec("classification", reason, 1, title=category_label(cl.category), detail=detail)
        return [replace(found, source=DIAGNOSIS_BEYOND_T)]
    if cl.scan_date is None:
        return [
            rec(
                "classification",
                translate("guidance", "no DXA scan is on record yet"),
                title=translate("guidance", "Add your DXA result"),
                detail=translate(
                    "guidance",
                    "Enter your latest DXA report (BMD and T-score for each site) so BoneTracker "
                    "can show where you stand and track change.",
                ),
            )
        ]
    if cl.category is Category.UNKNOWN:
        why = translate(
            "guidance", "the scan of {date} has no usable score at the spine, hip or forearm"
        ).format(date=format_date(cl.scan_date))
        scan = next((s for s in c.record.scans if s.date == cl.scan_date), None)
        if scan is not None and scan.device not in REFERENCE_MAKES:
            why += (
                translate(
                    "guidance",
                    "; a T-score is not computed from {make} BMD (the reference is on the Hologic scale)",
                ).format(make=translate("records", DEVICE_LABELS[scan.device]))
                if scan.device
                else ""
            )
        return [
            rec(
                "classification",
                why,
                title=translate("guidance", "Your scan could not be classified"),
                detail=translate(
                    "guidance",
                    "Before menopause and for men under 50 the report's Z-score is needed; "
                    "otherwise the T-score the report gives for the spine or hip (BMD alone is used only "
                    "from a Hologic scanner). Check the report and add it.",
                ),
            )
        ]
    by_z = cl.category in (Category.BELOW_EXPECTED_RANGE_FOR_AGE, Category.WITHIN_EXPECTED_RANGE_FOR_AGE)
    value = cl.z_score if by_z else cl.t_score
    z_score = translate("guidance", "Z-score {value:+.1f}")
    template = z_score if by_z else translate("guidance", "T-score {value:+.1f}")
    score = template.format(value=value) if value is not None else translate("guidance", "score")
    site = site_name(cl.site) if cl.site else translate("guidance", "the lowest site")
    reason = translate("guidance", "lowest {score} at the {site} on {date}").format(
        score=score, site=site, date=format_date(cl.scan_date)
    )
    if cl.category is Category.SEVERE_OSTEOPOROSIS:
        reason += translate("guidance", ", with a fragility fracture on record")
    if cl.basis in (Basis.FRACTURE, Basis.HISTORY):
        reason = translate(
            "guidance", "osteoporosis {basis} (AACE/ACE 2020: the diagnosis stands); {reason}"
        ).format(basis=basis_text(cl), reason=reason)
    high = c.osteoporotic or cl.category is Category.BELOW_EXPECTED_RANGE_FOR_AGE
    priority = 1 if high else 2 if cl.category is Category.LOW_BONE_MASS else 3
    title = category_label(cl.category)
    detail = translate("guidance", CLASSIFICATION_DETAILS[cl.category])
    if cl.basis in (Basis.FRACTURE, Basis.HISTORY):
        detail = translate("guidance", BASIS_DETAILS[cl.basis])
        found = rec("classification", reason, priority, title=title, detail=detail)
        return [replace(found, source=DIAGNOSIS_BEYOND_T)]
    return [rec("classification", reason, priority, title=title, detail=detail)]


def site_name(site: Site) -> str:
    """A site's name as it reads in the middle of a sentence, in the user's language."""
    return translate("guidance", SITE_NAMES[site])


def change_text(ch: SiteChange) -> str:
    text = translate(
        "guidance",
        "{site} BMD {delta:+.3f} g/cm² ({percent:+.1f} %) from {start} to {end}; the least significant "
        "change is {lsc:.3f}",
    ).format(
        site=site_name(ch.site), delta=ch.bmd_delta, percent=ch.percent, start=format_date(ch.from_date),
        end=format_date(ch.to_date), lsc=ch.lsc,
    )
    why = ch.not_comparable_reason
    return text + (translate("guidance", " (not comparable: {why})").format(why=why) if why else "")


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
            made = rec(rule_id, reason, sites=", ".join(site_name(ch.site) for ch in found))
            stopped = denosumab_stopped(c)
            if direction is Direction.GAIN and stopped is not None:
                # ECTS 2017: a gain made on denosumab is lost within about a year of stopping it
                # without a follow-on: never "keep going" about it.
                reason += translate(
                    "guidance", "; denosumab stopped on {date} without a follow-on treatment"
                ).format(date=format_date(stopped.end))
                made = replace(made, detail=translate("guidance", GAIN_AFTER_DENOSUMAB), reason=reason)
            recs.append(made)
    # ISCD: the latest visit cannot be judged against the one before it (or the first): say why,
    # per site, so nobody reads a machine difference as bone change.
    seen: dict[str, list[str]] = {}
    for s in c.changes:
        if s.not_comparable:
            seen.setdefault(s.not_comparable, []).append(site_name(s.site))
    if seen:
        reason = "; ".join(
            translate("guidance", "{sites}: scans of {why}").format(sites=", ".join(sites), why=why)
            for why, sites in seen.items()
        )
        recs.append(rec("device_changed", reason))
    return recs


# The interval's reason as the scan-due rule words it.
SCAN_DUE_WHY = {
    ScanInterval.TREATMENT: QT_TRANSLATE_NOOP("guidance", "1 year: you are on treatment"),
    ScanInterval.TREATMENT_STARTED: QT_TRANSLATE_NOOP("guidance", "1 year after starting treatment"),
    ScanInterval.LOSS: QT_TRANSLATE_NOOP("guidance", "1 year: the last scan showed significant loss"),
    ScanInterval.BY_T_SCORE: QT_TRANSLATE_NOOP(
        "guidance", "{years}: the interval for your lowest T-score without treatment (Gourlay 2012)"
    ),
    ScanInterval.ROUTINE: QT_TRANSLATE_NOOP(
        "guidance", "2 years: the usual interval; ask your doctor what suits you"
    ),
}


def rule_scan_due(c: RuleContext) -> Rules:
    untreated = untreated_interval_years(c.record.patient.sex, c.classification)
    nxt = next_scan(c.record.scans, c.record.medications, c.changes, c.as_of, untreated)
    if nxt is None or nxt.due > c.as_of + dt.timedelta(days=SCAN_DUE_NOTICE_DAYS):
        return []
    years = plural(nxt.years, translate("guidance", "{n} year"), translate("guidance", "{n} years"))
    why = translate("guidance", SCAN_DUE_WHY[nxt.interval]).format(years=years)
    if nxt.due <= c.as_of:
        template = translate("guidance", "your last scan was on {last}; the next was due on {due} ({why})")
    else:
        template = translate("guidance", "your last scan was on {last}; the next is due on {due} ({why})")
    reason = template.format(last=format_date(nxt.latest), due=format_date(nxt.due), why=why)
    return [rec("scan_due", reason, 2 if nxt.due <= c.as_of else None)]


def rule_goals(c: RuleContext) -> Rules:
    scans = sorted(s.date for s in c.record.scans if s.date <= c.as_of)
    if not scans:
        return []
    reason = translate("guidance", "{scans} on record, the latest on {date}").format(
        scans=plural(len(scans), translate("guidance", "{n} scan"), translate("guidance", "{n} scans")),
        date=format_date(scans[-1]),
    )
    return [rec("realistic_goals", reason)]
