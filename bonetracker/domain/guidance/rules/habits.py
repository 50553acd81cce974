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
    names,
    plural,
    rec,
)
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.intake import window_start
from bonetracker.domain.measures import labs
from bonetracker.domain.measures.norms import FALL_RISK_KINDS, STRENGTH_KINDS
from bonetracker.domain.measures.summary import finding_text, recent_outside
from bonetracker.domain.measures.units import unit_text
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
        label = translate("guidance", rule.label)
        unit = unit_text(rule.unit)
        reason = translate(
            "guidance", "{nutrient} averaged {value:.0f} {unit}/day over {days} logged days; your target is "
            "{target:.0f} {unit}",
        ).format(nutrient=label, value=value, unit=unit, days=days, target=target)
        foods = names(c.foods.get(rule.field) or [translate("guidance", f) for f in rule.generic_foods])
        priority = None
        if rule.field == "vitamin_d_iu":
            reason, priority = _with_vitamin_d_lab(c, reason)
        note = translate("guidance", rule.note) if rule.note else ""
        recs.append(rec(rule.id, reason, priority, nutrient=label, foods=foods, note=note))
    calcium = c.intake.calcium_mg
    if days and calcium is not None and calcium > c.targets.calcium_upper_mg:
        supplement = c.intake.supplement_daily.get("calcium_mg")
        extra = (
            translate("guidance", ", of which {amount:.0f} mg from supplements").format(amount=supplement)
            if supplement
            else ""
        )
        reason = translate(
            "guidance",
            "calcium averaged {value:.0f} mg/day over {days} logged days{extra}; the upper limit for your "
            "age is {limit} mg",
        ).format(value=calcium, days=days, extra=extra, limit=c.targets.calcium_upper_mg)
        recs.append(rec("calcium_above_upper_limit", reason))
    vitamin_d = c.intake.vitamin_d_iu
    if days and vitamin_d is not None and vitamin_d > c.targets.vitamin_d_upper_iu:
        supplement = c.intake.supplement_daily.get("vitamin_d_iu")
        extra = (
            translate("guidance", ", of which {amount:.0f} IU from supplements").format(amount=supplement)
            if supplement
            else ""
        )
        reason = translate(
            "guidance",
            "vitamin D averaged {value:.0f} IU/day over {days} logged days{extra}; the upper limit is "
            "{limit} IU",
        ).format(value=vitamin_d, days=days, extra=extra, limit=c.targets.vitamin_d_upper_iu)
        recs.append(rec("vitamin_d_above_upper_limit", reason))
    if days < MIN_LOGGED_DAYS:
        reason = translate(
            "guidance",
            "{days} of the last 14 days have meals logged; {needed} are needed to judge your intake",
        ).format(days=days, needed=MIN_LOGGED_DAYS)
        recs.append(rec("log_meals", reason))
    return recs


def _with_vitamin_d_lab(c: RuleContext, reason: str) -> tuple[str, int | None]:
    """The intake reason with a recent 25(OH)D result: an adequate blood level makes the food
    shortfall a lower priority (IOM 2011: 20 ng/mL adequate for most)."""
    result = labs.latest(c.record.labs, LabTest.VITAMIN_D_25OH, c.as_of, labs.RECENT_LAB_DAYS)
    if result is None:
        return reason, None
    reading = labs.read(result)
    found = translate("guidance", "; your blood 25-hydroxyvitamin D was {value} on {date} ({reading})")
    reason += found.format(
        value=labs.value_text(result), date=format_date(result.date), reading=reading.text
    )
    return reason, 3 if reading.status is labs.LabStatus.ADEQUATE else None


def rule_exercise(c: RuleContext) -> Rules:
    e, t = c.exercise, c.targets

    def activities(key: str) -> str:
        return names(c.activities.get(key) or [translate("guidance", a) for a in GENERIC_ACTIVITIES[key]])

    def average(key: str) -> str:
        """The 4-week weekly average, so one quiet week is seen in context."""
        if c.exercise_28d is None:
            return ""
        return translate("guidance", " (last 4 weeks: {average:.1f} a week)").format(
            average=getattr(c.exercise_28d, key) / c.exercise_28d.weeks
        )

    recs: Rules = []
    weak = recent_outside(c.measures, STRENGTH_KINDS, c.as_of)
    weak_text = "".join(f"; {finding_text(s)}" for s in weak)
    if e.strength_sessions < t.strength_sessions_per_week:
        sessions = plural(
            e.strength_sessions,
            translate("guidance", "{n} strength session"),
            translate("guidance", "{n} strength sessions"),
        )
        reason = translate(
            "guidance", "{sessions} in the last 7 days{average}; the target is at least {target} a week{weak}"
        ).format(
            sessions=sessions, average=average("strength_sessions"), target=t.strength_sessions_per_week,
            weak=weak_text,
        )
        target = t.strength_sessions_per_week
        recs.append(rec("strength_below_target", reason, target=target, activities=activities("resistance")))
    elif weak:
        recs.append(rec("strength_tests_low", "; ".join(finding_text(s) for s in weak)))
    unsteady = recent_outside(c.measures, (MeasureKind.BALANCE_TANDEM,), c.as_of)
    if e.balance_minutes < t.balance_minutes_per_week:
        reason = translate(
            "guidance",
            "{minutes} minutes of balance training in the last 7 days{average}; the target is {target} "
            "minutes a week",
        ).format(
            minutes=e.balance_minutes, average=average("balance_minutes"), target=t.balance_minutes_per_week
        ) + "".join(f"; {finding_text(s)}" for s in unsteady)
        recs.append(rec("balance_below_target", reason, activities=activities("balance")))
    if e.weight_bearing_minutes < t.weight_bearing_minutes_per_week:
        if t.impact is Impact.LIMITED:
            impact = translate("guidance", " Keep impact no higher than brisk walking.")
        else:
            impact = translate("guidance", " Add moderate impact on most days, e.g. {activities}.").format(
                activities=activities("impact")
            )
        reason = translate(
            "guidance",
            "{minutes} minutes of weight-bearing activity in the last 7 days{average}; the target is "
            "{target} minutes a week",
        ).format(
            minutes=e.weight_bearing_minutes, average=average("weight_bearing_minutes"),
            target=t.weight_bearing_minutes_per_week,
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
    vertebral_text = (
        translate("guidance", "a vertebral fracture is on record ({date})").format(
            date=format_date(max(vertebral))
        )
        if vertebral
        else ""
    )
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
            number = plural(len(falls), translate("guidance", "{n} fall"), translate("guidance", "{n} falls"))
            why.append(
                translate("guidance", "{falls} in the last 12 months, latest {date}").format(
                    falls=number, date=format_date(max(falls))
                )
            )
        why += [finding_text(s) for s in tests]
        if c.osteoporotic:
            why.append(c.status_text)
        if c.age >= FALL_PREVENTION_AGE:
            why.append(translate("guidance", "you are {age}").format(age=c.age))
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
        on_days = plural(days, translate("guidance", "{n} day"), translate("guidance", "{n} days"))
        reason = translate("guidance", "you logged {total} cigarettes on {days} in the last 28 days").format(
            total=total, days=on_days
        )
        recs.append(rec("smoking", reason))
    elif c.record.patient.smoking is Smoking.CURRENT:
        recs.append(rec("smoking", translate("guidance", "you are recorded as a current smoker")))
    # A day whose entry leaves alcohol blank is unknown, not zero: the rule judges only with at
    # least MIN_LOGGED_DAYS logged days in the 28, and then over the logged days alone.
    units: dict[dt.date, float] = {}
    for e in recent:
        if e.alcohol_units is not None:
            units[e.date] = units.get(e.date, 0.0) + e.alcohol_units
    drunk: float = sum(units.values(), 0.0)
    if units and drunk > 0 and len(units) < MIN_LOGGED_DAYS:
        on_days = plural(len(units), translate("guidance", "{n} day"), translate("guidance", "{n} days"))
        reason = translate(
            "guidance",
            "alcohol is logged on {days} of the last 28 ({units:.0f} units in all); {needed} logged days "
            "are needed to judge it",
        ).format(days=on_days, units=drunk, needed=MIN_LOGGED_DAYS)
        recs.append(rec("alcohol_not_judged", reason))
        return recs
    mean = drunk / len(units) if units else 0.0
    if units and mean >= ALCOHOL_UNITS_PER_DAY_LIMIT - FLOAT_TOLERANCE:
        reason = translate(
            "guidance",
            "alcohol averaged {mean:.1f} units a day ({week:.0f} units a week) over {days} logged days in "
            "the last 28 days; 3 or more units a day is a fracture risk factor",
        ).format(mean=mean, week=mean * 7, days=len(units))
        recs.append(rec("alcohol_above_limit", reason))
    return recs
