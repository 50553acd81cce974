"""The everyday-habit rules: nutrient intake, exercise, safety (spine, impact, falls) and
lifestyle (smoking, alcohol). Each returns the recommendations it fires with its reasons.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bonetracker.domain.bmd import FLOAT_TOLERANCE
from bonetracker.domain.change import add_years
from bonetracker.domain.guidance.advice import GENERIC_ACTIVITIES, NUTRIENT_RULES
from bonetracker.domain.guidance.context import (
    ALCOHOL_UNITS_PER_DAY_LIMIT,
    FALL_PREVENTION_AGE,
    FALL_WINDOW_YEARS,
    LIFESTYLE_WINDOW_DAYS,
    MIN_LOGGED_DAYS,
    RuleContext,
    Rules,
    count,
    names,
    rec,
)
from bonetracker.domain.intake import window_start
from bonetracker.domain.measures import labs
from bonetracker.domain.measures.norms import FALL_RISK_KINDS, STRENGTH_KINDS
from bonetracker.domain.measures.summary import finding_text, recent_outside
from bonetracker.domain.records import FractureSite, LabTest, MeasureKind, Smoking
from bonetracker.domain.targets import Impact, impact_limits


def rule_nutrients(c: RuleContext) -> Rules:
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
        foods = names(c.foods.get(rule.field) or rule.generic_foods)
        priority = None
        if rule.field == "vitamin_d_iu":
            reason, priority = _with_vitamin_d_lab(c, reason)
        recs.append(rec(rule.id, reason, priority, nutrient=rule.label, foods=foods, note=rule.note))
    calcium = c.intake.calcium_mg
    if days and calcium is not None and calcium > c.targets.calcium_upper_mg:
        supplement = c.intake.supplement_daily.get("calcium_mg")
        extra = f", of which {supplement:.0f} mg from supplements" if supplement else ""
        reason = (
            f"calcium averaged {calcium:.0f} mg/day over {days} logged days{extra}; the upper limit "
            f"for your age is {c.targets.calcium_upper_mg} mg"
        )
        recs.append(rec("calcium_above_upper_limit", reason))
    vitamin_d = c.intake.vitamin_d_iu
    if days and vitamin_d is not None and vitamin_d > c.targets.vitamin_d_upper_iu:
        supplement = c.intake.supplement_daily.get("vitamin_d_iu")
        extra = f", of which {supplement:.0f} IU from supplements" if supplement else ""
        reason = (
            f"vitamin D averaged {vitamin_d:.0f} IU/day over {days} logged days{extra}; the upper "
            f"limit is {c.targets.vitamin_d_upper_iu} IU"
        )
        recs.append(rec("vitamin_d_above_upper_limit", reason))
    if days < MIN_LOGGED_DAYS:
        reason = (
            f"{days} of the last 14 days have meals logged; {MIN_LOGGED_DAYS} are needed to judge your intake"
        )
        recs.append(rec("log_meals", reason))
    return recs


def _with_vitamin_d_lab(c: RuleContext, reason: str) -> tuple[str, int | None]:
    """The intake reason with a recent 25(OH)D result: an adequate blood level makes the food
    shortfall a lower priority (IOM 2011: 20 ng/mL adequate for most)."""
    result = labs.latest(c.record.labs, LabTest.VITAMIN_D_25OH, c.as_of, labs.RECENT_LAB_DAYS)
    if result is None:
        return reason, None
    reading = labs.read(result)
    reason += (f"; your blood 25-hydroxyvitamin D was {labs.value_text(result)} on "
               f"{result.date.isoformat()} ({reading.text})")
    return reason, 3 if reading.status is labs.LabStatus.ADEQUATE else None


def rule_exercise(c: RuleContext) -> Rules:
    e, t = c.exercise, c.targets

    def activities(key: str) -> str:
        return names(c.activities.get(key) or GENERIC_ACTIVITIES[key])

    def average(key: str) -> str:
        """The 4-week weekly average, so one quiet week is seen in context."""
        if c.exercise_28d is None:
            return ""
        return f" (last 4 weeks: {getattr(c.exercise_28d, key) / c.exercise_28d.weeks:.1f} a week)"

    recs: Rules = []
    weak = recent_outside(c.measures, STRENGTH_KINDS, c.as_of)
    weak_text = "".join(f"; {finding_text(s)}" for s in weak)
    if e.strength_sessions < t.strength_sessions_per_week:
        reason = (
            f"{count(e.strength_sessions, 'strength session')} in the last 7 days"
            f"{average('strength_sessions')}; the target is at least {t.strength_sessions_per_week} a week"
            f"{weak_text}"
        )
        target = t.strength_sessions_per_week
        recs.append(rec("strength_below_target", reason, target=target, activities=activities("resistance")))
    elif weak:
        recs.append(rec("strength_tests_low", "; ".join(finding_text(s) for s in weak)))
    unsteady = recent_outside(c.measures, (MeasureKind.BALANCE_TANDEM,), c.as_of)
    if e.balance_minutes < t.balance_minutes_per_week:
        reason = (
            f"{e.balance_minutes} minutes of balance training in the last 7 days"
            f"{average('balance_minutes')}; the target is {t.balance_minutes_per_week} minutes a week"
            + "".join(f"; {finding_text(s)}" for s in unsteady)
        )
        recs.append(rec("balance_below_target", reason, activities=activities("balance")))
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
            rec(
                "weight_bearing_below_target",
                reason,
                target=t.weight_bearing_minutes_per_week,
                activities=activities("weight_bearing"),
                impact=impact,
            )
        )
    return recs


def rule_safety(c: RuleContext) -> Rules:
    recs: Rules = []
    fractures = [f for f in c.record.fractures if f.date <= c.as_of]
    vertebral = [f.date for f in fractures if f.site is FractureSite.VERTEBRA]
    vertebral_text = f"a vertebral fracture is on record ({max(vertebral).isoformat()})" if vertebral else ""
    if c.osteoporotic or vertebral:
        why = [c.status_text] if c.osteoporotic else []
        recs.append(rec("spine_safety", "; ".join([*why, vertebral_text] if vertebral else why)))
    if c.targets.impact is Impact.LIMITED:
        limits = impact_limits(c.record.patient, c.as_of, c.record.fractures, c.record.falls)
        recs.append(rec("impact_limited", "; ".join(limits)))
    since = add_years(c.as_of, -FALL_WINDOW_YEARS)
    falls = [f.date for f in c.record.falls if since < f.date <= c.as_of]
    tests = recent_outside(c.measures, FALL_RISK_KINDS, c.as_of)
    if c.osteoporotic or falls or tests or c.age >= FALL_PREVENTION_AGE:
        why = []
        if falls:
            why.append(f"{count(len(falls), 'fall')} in the last 12 months, latest {max(falls).isoformat()}")
        why += [finding_text(s) for s in tests]
        if c.osteoporotic:
            why.append(c.status_text)
        if c.age >= FALL_PREVENTION_AGE:
            why.append(f"you are {c.age}")
        item = rec("fall_prevention", "; ".join(why), 1 if falls else None)
        if tests:  # the tests' own sources join the fall guidelines
            cited = [item.source] + [s.norm.source for s in tests]
            item = replace(item, source="; ".join(dict.fromkeys(cited)))
        recs.append(item)
    return recs


def rule_lifestyle(c: RuleContext) -> Rules:
    recs: Rules = []
    start = window_start(c.as_of, LIFESTYLE_WINDOW_DAYS)
    recent = [e for e in c.record.lifestyle if start <= e.date <= c.as_of]
    smoked = [e for e in recent if e.cigarettes]
    if smoked:
        total = sum(e.cigarettes or 0 for e in smoked)
        days = len({e.date for e in smoked})
        recs.append(
            rec("smoking", f"you logged {total} cigarettes on {count(days, 'day')} in the last 28 days")
        )
    elif c.record.patient.smoking is Smoking.CURRENT:
        recs.append(rec("smoking", "you are recorded as a current smoker"))
    # A day whose entry leaves alcohol blank is unknown, not zero: the rule judges only with at
    # least MIN_LOGGED_DAYS logged days in the 28, and then over the logged days alone.
    units: dict[dt.date, float] = {}
    for e in recent:
        if e.alcohol_units is not None:
            units[e.date] = units.get(e.date, 0.0) + e.alcohol_units
    drunk: float = sum(units.values(), 0.0)
    if units and drunk > 0 and len(units) < MIN_LOGGED_DAYS:
        reason = (
            f"alcohol is logged on {count(len(units), 'day')} of the last 28 ({drunk:.0f} units in "
            f"all); {MIN_LOGGED_DAYS} logged days are needed to judge it"
        )
        recs.append(rec("alcohol_not_judged", reason))
        return recs
    mean = drunk / len(units) if units else 0.0
    if units and mean >= ALCOHOL_UNITS_PER_DAY_LIMIT - FLOAT_TOLERANCE:
        reason = (
            f"alcohol averaged {mean:.1f} units a day ({mean * 7:.0f} units a week) over "
            f"{len(units)} logged days in the last 28 days; 3 or more units a day is a fracture "
            "risk factor"
        )
        recs.append(rec("alcohol_above_limit", reason))
    return recs
