"""Medical rules: when to talk to a doctor about bone medicine, and when a course is due a review.

They only ever say "talk to your doctor": choosing a drug or a dose is a clinician's decision.
"""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.change import Direction, add_years, on_treatment
from bonetracker.domain.guidance.advice import SITE_NAMES
from bonetracker.domain.guidance.context import BISPHOSPHONATE_REVIEW_YEARS, RuleContext, Rules, rec
from bonetracker.domain.guidance.rules.scans import significant_changes
from bonetracker.domain.records import DrugClass


def bisphosphonate_time(c: RuleContext) -> tuple[int, dt.date] | None:
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

def rule_medical(c: RuleContext) -> Rules:
    recs: Rules = []
    loss = significant_changes(c, Direction.LOSS)
    if c.osteoporotic or loss:
        why = [c.status_text] if c.osteoporotic else []
        if loss:
            why.append("significant loss at the " + ", ".join(SITE_NAMES[ch.site] for ch in loss))
        if on_treatment(c.record.medications, c.as_of):
            ask = "Ask your doctor whether your current treatment is working as expected."
        else:
            ask = "Talk to your doctor about whether a bone medicine is right for you."
        recs.append(rec("discuss_medication", "; ".join(why), ask=ask))
    taken = bisphosphonate_time(c)
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
