"""Rules that turn a patient's data into recommendations with stable ids and their own numbers.

Each rule quotes the figures that triggered it, so a person can see why; medical items only ever
say "talk to your doctor": choosing a drug or a dose is a clinician's decision, never ours.
The wording lives in one table (`guidance_text.ADVICE`), the rules only decide whether to fire
and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bonetracker.domain.bmd import CATEGORY_LABELS, FLOAT_TOLERANCE, OSTEOPOROTIC, Category, Classification
from bonetracker.domain.change import (
    Direction,
    SiteChange,
    SiteSummary,
    add_years,
    next_scan_due,
    on_treatment,
    significant_loss_at_latest,
)
from bonetracker.domain.guidance_text import (
    ADVICE,
    CLASSIFICATION_DETAILS,
    DEVICE_NAMES,
    GENERIC_ACTIVITIES,
    NUTRIENT_RULES,
    SITE_NAMES,
)
from bonetracker.domain.guidance_text import RecCategory as RecCategory  # Recommendation's type
from bonetracker.domain.intake import ExerciseTotals, IntakeSummary, window_start
from bonetracker.domain.records import DrugClass, FractureSite, PatientRecord, Smoking
from bonetracker.domain.targets import Impact, Targets

# Product thresholds: our choices, not clinical figures (docs/clinical-sources.md "Product rules").
MIN_LOGGED_DAYS = 7  # of the last 14: fewer is too little to judge intake
SCAN_DUE_NOTICE_DAYS = 90  # start reminding three months before the due date
FALL_WINDOW_YEARS = 1
FALL_PREVENTION_AGE = 65
LIFESTYLE_WINDOW_DAYS = 28
BISPHOSPHONATE_REVIEW_YEARS = 5
# FRAX risk factor (Kanis et al., Osteoporos Int 2008): alcohol 3 or more units a day.
ALCOHOL_UNITS_PER_DAY_LIMIT = 3.0


@dataclass(frozen=True)
class Recommendation:
    """One piece of advice; ``id`` is stable across versions so tests and exports can rely on it.

    ``priority`` is 1 (high) to 3 (low); ``reason`` quotes the person's own data.
    """

    id: str
    priority: int
    category: RecCategory
    title: str
    detail: str
    reason: str
    source: str


RULE_ORDER: tuple[str, ...] = tuple(ADVICE)  # the stable tie-break after priority


@dataclass(frozen=True)
class _Context:
    record: PatientRecord
    as_of: dt.date
    targets: Targets
    intake: IntakeSummary
    exercise: ExerciseTotals
    exercise_28d: ExerciseTotals | None
    classification: Classification
    changes: Sequence[SiteSummary]
    foods: Mapping[str, Sequence[str]]
    activities: Mapping[str, Sequence[str]]

    @property
    def age(self) -> int:
        return self.record.patient.age_on(self.as_of)

    @property
    def osteoporotic(self) -> bool:
        return self.classification.category in OSTEOPOROTIC

    @property
    def status_text(self) -> str:
        return f"your latest scan reads as {CATEGORY_LABELS[self.classification.category].lower()}"


Rules = list[Recommendation]


def _rec(rule_id: str, reason: str, priority: int | None = None, **fields: Any) -> Recommendation:
    """A recommendation with the table's wording, placeholders filled from ``fields``."""
    a = ADVICE[rule_id]
    return Recommendation(
        rule_id,
        a.priority if priority is None else priority,
        a.category,
        a.title.format(**fields),
        a.detail.format(**fields),
        reason,
        a.source,
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _names(names: Sequence[str], limit: int = 4) -> str:
    picked = list(names[:limit])
    return picked[0] if len(picked) == 1 else ", ".join(picked[:-1]) + " and " + picked[-1]


def _rule_classification(c: _Context) -> Rules:
    cl = c.classification
    if cl.scan_date is None:
        return [
            _rec(
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
            _rec(
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
    return [_rec("classification", reason, priority, title=title, detail=detail)]


def _change_text(ch: SiteChange) -> str:
    text = (
        f"{SITE_NAMES[ch.site]} BMD {ch.bmd_delta:+.3f} g/cm² ({ch.percent:+.1f} %) from "
        f"{ch.from_date.isoformat()} to {ch.to_date.isoformat()}; the least significant change "
        f"is {ch.lsc:.3f}"
    )
    return text + (" (different scanner makes: compare with care)" if ch.device_changed else "")


def _significant(c: _Context, direction: Direction) -> list[SiteChange]:
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


def _rule_change(c: _Context) -> Rules:
    recs: Rules = []
    for rule_id, direction in (
        ("significant_bone_loss", Direction.LOSS),
        ("significant_bone_gain", Direction.GAIN),
    ):
        found = _significant(c, direction)
        if found:
            reason = "; ".join(_change_text(ch) for ch in found)
            recs.append(_rec(rule_id, reason, sites=", ".join(SITE_NAMES[ch.site] for ch in found)))
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
            _rec(
                "device_changed",
                f"the scans of {ch.from_date.isoformat()} and {ch.to_date.isoformat()} were made "
                f"on different scanner makes{makes}",
            )
        )
    return recs


def _rule_scan_due(c: _Context) -> Rules:
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
    return [_rec("scan_due", reason, 2 if due <= c.as_of else None)]


def _rule_nutrients(c: _Context) -> Rules:
    recs: Rules = []
    days = c.intake.days_logged
    for rule in NUTRIENT_RULES:
        target = getattr(c.targets, rule.field)
        value = c.intake.value(rule.field)
        if days < MIN_LOGGED_DAYS or target is None or value is None or value >= target:
            continue
        reason = (
            f"{rule.label} averaged {value:.0f} {rule.unit}/day over {days} logged days; "
            f"your target is {target:.0f} {rule.unit}"
        )
        foods = _names(c.foods.get(rule.field) or rule.generic_foods)
        recs.append(_rec(rule.id, reason, nutrient=rule.label, foods=foods, note=rule.note))
    calcium = c.intake.calcium_mg
    if days and calcium is not None and calcium > c.targets.calcium_upper_mg:
        supplement = c.intake.supplement_daily.get("calcium_mg")
        extra = f", of which {supplement:.0f} mg from supplements" if supplement else ""
        reason = (
            f"calcium averaged {calcium:.0f} mg/day over {days} logged days{extra}; the upper limit "
            f"for your age is {c.targets.calcium_upper_mg} mg"
        )
        recs.append(_rec("calcium_above_upper_limit", reason))
    if days < MIN_LOGGED_DAYS:
        reason = (
            f"{days} of the last 14 days have meals logged; {MIN_LOGGED_DAYS} are needed to judge your intake"
        )
        recs.append(_rec("log_meals", reason))
    return recs


def _rule_exercise(c: _Context) -> Rules:
    e, t = c.exercise, c.targets

    def activities(key: str) -> str:
        return _names(c.activities.get(key) or GENERIC_ACTIVITIES[key])

    def average(key: str) -> str:
        """The 4-week weekly average, so one quiet week is seen in context."""
        if c.exercise_28d is None:
            return ""
        return f" (last 4 weeks: {getattr(c.exercise_28d, key) / c.exercise_28d.weeks:.1f} a week)"

    recs: Rules = []
    if e.strength_sessions < t.strength_sessions_per_week:
        reason = (
            f"{_count(e.strength_sessions, 'strength session')} in the last 7 days"
            f"{average('strength_sessions')}; the target is at least {t.strength_sessions_per_week} a week"
        )
        target = t.strength_sessions_per_week
        recs.append(_rec("strength_below_target", reason, target=target, activities=activities("resistance")))
    if e.balance_minutes < t.balance_minutes_per_week:
        reason = (
            f"{e.balance_minutes} minutes of balance training in the last 7 days"
            f"{average('balance_minutes')}; the target is {t.balance_minutes_per_week} minutes a week"
        )
        recs.append(_rec("balance_below_target", reason, activities=activities("balance")))
    if e.weight_bearing_minutes < t.weight_bearing_minutes_per_week:
        if t.impact is Impact.LIMITED:
            impact = " Keep impact no higher than brisk walking."
        else:
            impact = f" Add moderate impact on most days, e.g. {activities('impact')}."
        reason = (
            f"{e.weight_bearing_minutes} minutes of weight-bearing activity in the last 7 days"
            f"{average('weight_bearing_minutes')}; the target is {t.weight_bearing_minutes_per_week} "
            "minutes a week"
        )
        recs.append(
            _rec(
                "weight_bearing_below_target",
                reason,
                target=t.weight_bearing_minutes_per_week,
                activities=activities("weight_bearing"),
                impact=impact,
            )
        )
    return recs


def _rule_safety(c: _Context) -> Rules:
    recs: Rules = []
    fractures = [f for f in c.record.fractures if f.date <= c.as_of]
    vertebral = [f.date for f in fractures if f.site is FractureSite.VERTEBRA]
    vertebral_text = f"a vertebral fracture is on record ({max(vertebral).isoformat()})" if vertebral else ""
    if c.osteoporotic or vertebral:
        why = [c.status_text] if c.osteoporotic else []
        recs.append(_rec("spine_safety", "; ".join([*why, vertebral_text] if vertebral else why)))
    if c.targets.impact is Impact.LIMITED:
        low = sum(1 for f in fractures if f.low_trauma)
        if vertebral:
            reason = vertebral_text
        elif low >= 2:
            reason = f"{low} low-trauma fractures are on record"
        else:
            reason = "your exercise targets limit impact"
        recs.append(_rec("impact_limited", reason))
    since = add_years(c.as_of, -FALL_WINDOW_YEARS)
    falls = [f.date for f in c.record.falls if since < f.date <= c.as_of]
    if c.osteoporotic or falls or c.age >= FALL_PREVENTION_AGE:
        why = []
        if falls:
            why.append(f"{_count(len(falls), 'fall')} in the last 12 months, latest {max(falls).isoformat()}")
        if c.osteoporotic:
            why.append(c.status_text)
        if c.age >= FALL_PREVENTION_AGE:
            why.append(f"you are {c.age}")
        recs.append(_rec("fall_prevention", "; ".join(why), 1 if falls else None))
    return recs


def _rule_lifestyle(c: _Context) -> Rules:
    recs: Rules = []
    start = window_start(c.as_of, LIFESTYLE_WINDOW_DAYS)
    recent = [e for e in c.record.lifestyle if start <= e.date <= c.as_of]
    smoked = [e for e in recent if e.cigarettes]
    if smoked:
        total = sum(e.cigarettes or 0 for e in smoked)
        days = len({e.date for e in smoked})
        recs.append(
            _rec("smoking", f"you logged {total} cigarettes on {_count(days, 'day')} in the last 28 days")
        )
    elif c.record.patient.smoking is Smoking.CURRENT:
        recs.append(_rec("smoking", "you are recorded as a current smoker"))
    # A day whose entry leaves alcohol blank is not a day of zero units, so it is not counted.
    units: dict[dt.date, float] = {}
    for e in recent:
        if e.alcohol_units is not None:
            units[e.date] = units.get(e.date, 0.0) + e.alcohol_units
    mean = sum(units.values()) / len(units) if units else 0.0
    if units and mean >= ALCOHOL_UNITS_PER_DAY_LIMIT - FLOAT_TOLERANCE:
        reason = (
            f"alcohol averaged {mean:.1f} units/day over {len(units)} logged days in the last 28 "
            "days; 3 or more units a day is a fracture risk factor"
        )
        recs.append(_rec("alcohol_above_limit", reason))
    return recs


def _bisphosphonate_time(c: _Context) -> tuple[int, dt.date] | None:
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


def _rule_medical(c: _Context) -> Rules:
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
        recs.append(_rec("discuss_medication", "; ".join(why), ask=ask))
    taken = _bisphosphonate_time(c)
    if taken is not None:
        days, first = taken
        # "Longer than 5 years" on the calendar: the merged time laid end to end from the first
        # start must pass the 5th anniversary, so leap days cannot tip exactly 5 years over.
        if first + dt.timedelta(days=days) > add_years(first, BISPHOSPHONATE_REVIEW_YEARS):
            reason = (
                f"you have taken a bisphosphonate for {days / 365.25:.1f} years since {first.isoformat()}"
            )
            recs.append(_rec("medication_review", reason))
    return recs


def _rule_goals(c: _Context) -> Rules:
    scans = sorted(s.date for s in c.record.scans if s.date <= c.as_of)
    if not scans:
        return []
    reason = f"{_count(len(scans), 'scan')} on record, the latest on {scans[-1].isoformat()}"
    return [_rec("realistic_goals", reason)]


RULES: tuple[Callable[[_Context], Rules], ...] = (
    _rule_classification,
    _rule_change,
    _rule_scan_due,
    _rule_nutrients,
    _rule_exercise,
    _rule_safety,
    _rule_lifestyle,
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
    context = _Context(
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
