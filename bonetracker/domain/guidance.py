"""Rules that turn a patient's data into recommendations with stable ids and their own numbers.

Each rule quotes the figures that triggered it, so a person can see why; medical items only ever
say "talk to your doctor": choosing a drug or a dose is a clinician's decision, never ours.
The wording lives in one table (`guidance_text.ADVICE`), the rules only decide whether to fire
and why. The scan and medical rules are here; the everyday-habit rules are in `guidance_habits`
and what they share (the context, `Recommendation`, the thresholds) in `guidance_context`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from bonetracker.domain.bmd import CATEGORY_LABELS, Category, Classification
from bonetracker.domain.change import (
    Direction,
    SiteChange,
    SiteSummary,
    add_years,
    next_scan_due,
    on_treatment,
    significant_loss_at_latest,
)
from bonetracker.domain.guidance_context import (
    ALCOHOL_UNITS_PER_DAY_LIMIT,
    BISPHOSPHONATE_REVIEW_YEARS,
    FALL_PREVENTION_AGE,
    FALL_WINDOW_YEARS,
    LIFESTYLE_WINDOW_DAYS,
    MIN_LOGGED_DAYS,
    RULE_ORDER,
    SCAN_DUE_NOTICE_DAYS,
    RecCategory,
    Recommendation,
    RuleContext,
    Rules,
    count,
    rec,
)
from bonetracker.domain.guidance_habits import (
    rule_exercise,
    rule_lifestyle,
    rule_nutrients,
    rule_safety,
)
from bonetracker.domain.guidance_text import CLASSIFICATION_DETAILS, DEVICE_NAMES, SITE_NAMES
from bonetracker.domain.intake import ExerciseTotals, IntakeSummary
from bonetracker.domain.records import DrugClass, PatientRecord
from bonetracker.domain.targets import Targets

__all__ = [  # the thresholds and types live in guidance_context; callers may import them here
    "ALCOHOL_UNITS_PER_DAY_LIMIT",
    "BISPHOSPHONATE_REVIEW_YEARS",
    "FALL_PREVENTION_AGE",
    "FALL_WINDOW_YEARS",
    "LIFESTYLE_WINDOW_DAYS",
    "MIN_LOGGED_DAYS",
    "RULES",
    "RULE_ORDER",
    "SCAN_DUE_NOTICE_DAYS",
    "RecCategory",
    "Recommendation",
    "build_recommendations",
]


def _rule_classification(c: RuleContext) -> Rules:
    cl = c.classification
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
        return [
            rec(
                "classification",
                why,
                title="Your scan could not be classified",
                detail="Before menopause and for men under 50 the report's Z-score is needed; "
                "otherwise a T-score or BMD at the spine or hip. Check the report and add it.",
            )
        ]
    by_z = cl.category in (Category.BELOW_EXPECTED_RANGE_FOR_AGE, Category.WITHIN_EXPECTED_RANGE_FOR_AGE)
    value = cl.z_score if by_z else cl.t_score
    score = f"{'Z' if by_z else 'T'}-score {value:+.1f}" if value is not None else "score"
    site = SITE_NAMES[cl.site] if cl.site else "the lowest site"
    reason = f"lowest {score} at the {site} on {cl.scan_date.isoformat()}"
    if cl.category is Category.SEVERE_OSTEOPOROSIS:
        reason += ", with a fragility fracture on record"
    high = c.osteoporotic or cl.category is Category.BELOW_EXPECTED_RANGE_FOR_AGE
    priority = 1 if high else 2 if cl.category is Category.LOW_BONE_MASS else 3
    title, detail = CATEGORY_LABELS[cl.category], CLASSIFICATION_DETAILS[cl.category]
    return [rec("classification", reason, priority, title=title, detail=detail)]


def _change_text(ch: SiteChange) -> str:
    text = (
        f"{SITE_NAMES[ch.site]} BMD {ch.bmd_delta:+.3f} g/cm² ({ch.percent:+.1f} %) from "
        f"{ch.from_date.isoformat()} to {ch.to_date.isoformat()}; the least significant change "
        f"is {ch.lsc:.3f}"
    )
    return text + (" (different scanner makes: compare with care)" if ch.device_changed else "")


def _significant(c: RuleContext, direction: Direction) -> list[SiteChange]:
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


def _rule_change(c: RuleContext) -> Rules:
    recs: Rules = []
    for rule_id, direction in (
        ("significant_bone_loss", Direction.LOSS),
        ("significant_bone_gain", Direction.GAIN),
    ):
        found = _significant(c, direction)
        if found:
            reason = "; ".join(_change_text(ch) for ch in found)
            recs.append(rec(rule_id, reason, sites=", ".join(SITE_NAMES[ch.site] for ch in found)))
    changed = [
        s.change_from_previous
        for s in c.changes
        if s.change_from_previous is not None and s.change_from_previous.device_changed
    ]
    if changed:
        ch = changed[0]
        devices = {s.date: s.device for s in c.record.scans if s.device is not None}
        before, after = devices.get(ch.from_date), devices.get(ch.to_date)
        makes = f" ({DEVICE_NAMES[before]} then {DEVICE_NAMES[after]})" if before and after else ""
        recs.append(
            rec(
                "device_changed",
                f"the scans of {ch.from_date.isoformat()} and {ch.to_date.isoformat()} were made "
                f"on different scanner makes{makes}",
            )
        )
    return recs


def _rule_scan_due(c: RuleContext) -> Rules:
    dates = [s.date for s in c.record.scans if s.date <= c.as_of]
    if not dates:
        return []
    latest = max(dates)
    treated = on_treatment(c.record.medications, c.as_of)
    loss = significant_loss_at_latest(c.changes, latest)
    due = next_scan_due(latest, treated, loss)
    if due is None or due > c.as_of + dt.timedelta(days=SCAN_DUE_NOTICE_DAYS):
        return []
    if treated:
        why = "1 year: you are on treatment"
    elif loss:
        why = "1 year: the last scan showed significant loss"
    else:
        why = "2 years: routine interval"
    state = "was due" if due <= c.as_of else "is due"
    reason = f"your last scan was on {latest.isoformat()}; the next {state} on {due.isoformat()} ({why})"
    return [rec("scan_due", reason, 2 if due <= c.as_of else None)]


def _bisphosphonate_time(c: RuleContext) -> tuple[int, dt.date] | None:
    """Days on bisphosphonates (overlaps merged) and the first start, if one is active now.

    Time is elapsed time, ``stop - start``, so a course begun exactly 5 years ago is 5 years.
    """
    courses = sorted(
        (m for m in c.record.medications if m.drug_class is DrugClass.BISPHOSPHONATE and m.start <= c.as_of),
        key=lambda m: m.start,
    )
    if not any(m.active_on(c.as_of) for m in courses):
        return None
    days = 0
    cursor = courses[0].start
    for m in courses:
        stop = min(m.end or c.as_of, c.as_of)
        start = max(m.start, cursor)
        if stop > start:
            days += (stop - start).days
            cursor = stop
    return days, courses[0].start


def _rule_medical(c: RuleContext) -> Rules:
    recs: Rules = []
    loss = _significant(c, Direction.LOSS)
    if c.osteoporotic or loss:
        why = [c.status_text] if c.osteoporotic else []
        if loss:
            why.append("significant loss at the " + ", ".join(SITE_NAMES[ch.site] for ch in loss))
        if on_treatment(c.record.medications, c.as_of):
            ask = "Ask your doctor whether your current treatment is working as expected."
        else:
            ask = "Talk to your doctor about whether a bone medicine is right for you."
        recs.append(rec("discuss_medication", "; ".join(why), ask=ask))
    taken = _bisphosphonate_time(c)
    if taken is not None:
        days, first = taken
        # "Longer than 5 years" on the calendar: the merged time laid end to end from the first
        # start must pass the 5th anniversary, so leap days cannot tip exactly 5 years over.
        if first + dt.timedelta(days=days) > add_years(first, BISPHOSPHONATE_REVIEW_YEARS):
            reason = (
                f"you have taken a bisphosphonate for {days / 365.25:.1f} years since {first.isoformat()}"
            )
            recs.append(rec("medication_review", reason))
    return recs


def _rule_goals(c: RuleContext) -> Rules:
    scans = sorted(s.date for s in c.record.scans if s.date <= c.as_of)
    if not scans:
        return []
    reason = f"{count(len(scans), 'scan')} on record, the latest on {scans[-1].isoformat()}"
    return [rec("realistic_goals", reason)]


RULES: tuple[Callable[[RuleContext], Rules], ...] = (
    _rule_classification,
    _rule_change,
    _rule_scan_due,
    rule_nutrients,
    rule_exercise,
    rule_safety,
    rule_lifestyle,
    _rule_medical,
    _rule_goals,
)


def build_recommendations(
    record: PatientRecord,
    as_of: dt.date,
    targets: Targets,
    intake: IntakeSummary,
    exercise: ExerciseTotals,
    classification: Classification,
    changes: Sequence[SiteSummary],
    *,
    exercise_28d: ExerciseTotals | None = None,
    food_suggestions: Mapping[str, Sequence[str]] | None = None,
    activity_suggestions: Mapping[str, Sequence[str]] | None = None,
) -> list[Recommendation]:
    """Run every rule and return recommendations sorted by priority, then `RULE_ORDER`.

    Args:
        record: the person's data; entries dated after ``as_of`` are ignored by the rules.
        as_of: the day the plan is for.
        targets: from `targets.targets_for`.
        intake: 14-day intake from `intake.intake_summary`.
        exercise: 7-day totals from `intake.exercise_totals`.
        classification: from `bmd.classify`.
        changes: per-site summaries from `change.summarize_scans`.
        exercise_28d: optional 28-day totals, quoted as a weekly average in reasons.
        food_suggestions: nutrient field (e.g. ``"calcium_mg"``) -> food names to suggest.
        activity_suggestions: activity category (e.g. ``"resistance"``) -> activity names.
    """
    context = RuleContext(
        record,
        as_of,
        targets,
        intake,
        exercise,
        exercise_28d,
        classification,
        changes,
        food_suggestions or {},
        activity_suggestions or {},
    )
    recs = [rec for rule in RULES for rec in rule(context)]
    return sorted(recs, key=lambda r: (r.priority, RULE_ORDER.index(r.id)))
