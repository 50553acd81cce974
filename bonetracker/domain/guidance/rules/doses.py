"""Dose rules: an injection or tablet overdue (urgent for denosumab), and calcium logged on an
oral-bisphosphonate morning.

Information, never a dose change: the items say what is late and whom to contact. The due
arithmetic is :mod:`bonetracker.domain.doses`; :func:`overdue_courses` is what other rules (a
course that stopped without a follow-on) can read for the same facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bonetracker.domain.doses import (
    DENOSUMAB_GRACE_DAYS,
    DENOSUMAB_INTERVAL_MONTHS,
    OVERDUE_NOTICE_DAYS,
    CourseStatus,
    course_statuses,
    denosumab_late,
)
from bonetracker.domain.drugs import is_oral_bisphosphonate
from bonetracker.domain.guidance.context import RuleContext, Rules, plural, rec
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.intake import INTAKE_WINDOW_DAYS
from bonetracker.domain.records import DoseStatus, MealKind

# A breakfast with at least this much calcium counts as calcium-rich (about a glass of milk;
# product rule, docs/clinical-sources.md).
CALCIUM_RICH_BREAKFAST_MG = 300.0
IBANDRONATE_WAIT_MINUTES = 60  # ibandronate label; alendronate and risedronate: 30
BISPHOSPHONATE_WAIT_MINUTES = 30


@dataclass(frozen=True)
class Overdue:
    """A running course whose next dose is late; ``urgent`` for denosumab past 6 months + 4 weeks."""

    status: CourseStatus
    urgent: bool
    days_past_limit: int | None = None


def overdue_courses(c: RuleContext) -> list[Overdue]:
    """Running courses whose dose is overdue by :data:`OVERDUE_NOTICE_DAYS` or more, and every
    denosumab course more than 6 months + 4 weeks after its last dose."""
    found: list[Overdue] = []
    statuses = c.course_statuses
    if statuses is None:
        statuses = course_statuses(c.record.medications, c.record.doses, c.as_of)
    for st in statuses:
        late = denosumab_late(st.due)
        if late is not None:
            found.append(Overdue(st, True, late))
        elif st.due.tracked and st.due.overdue_days >= OVERDUE_NOTICE_DAYS:
            found.append(Overdue(st, False))
    return found


def _ago(day: dt.date, as_of: dt.date) -> str:
    months = (as_of.year - day.year) * 12 + as_of.month - day.month - (as_of.day < day.day)
    if months >= 2:
        return translate("guidance", "{n} months ago").format(n=months)
    return translate("guidance", "{n} days ago").format(n=(as_of - day).days)


def _why(o: Overdue, as_of: dt.date) -> str:
    due = o.status.due
    drug = o.status.course.drug
    if due.last_dose is None:
        last = translate("guidance", "no dose logged")
    else:
        if due.last_dose_implied:
            template = translate("guidance", "course start {date} ({ago})")
        else:
            template = translate("guidance", "last dose {date} ({ago})")
        last = template.format(date=format_date(due.last_dose), ago=_ago(due.last_dose, as_of))
    days = plural(due.overdue_days, translate("guidance", "{n} day"), translate("guidance", "{n} days"))
    due_text = translate("guidance", "due {date}, {days} overdue")
    late = due_text.format(date=format_date(due.next_due), days=days) if due.next_due is not None \
        else translate("guidance", "overdue")
    return translate("guidance", "{drug}: {last}; {late}").format(drug=drug, last=last, late=late)


def rule_dose_overdue(c: RuleContext) -> Rules:
    found = overdue_courses(c)
    if not found:
        return []
    reason = "; ".join(_why(o, c.as_of) for o in found)
    urgent = [o for o in found if o.urgent]
    if urgent:
        title = translate("guidance", "Denosumab injection overdue: contact your doctor now")
        detail = translate(
            "guidance",
            "Denosumab protects bone only while the injections keep coming every {months} months. More "
            "than {months} months and {weeks} weeks after the last one, bone loss rebounds quickly and "
            "the risk of several spine fractures rises. Contact your doctor or clinic now to arrange the "
            "injection, or log it if it was given. Do not stop denosumab without a plan from your doctor "
            "for what follows.",
        ).format(months=DENOSUMAB_INTERVAL_MONTHS, weeks=DENOSUMAB_GRACE_DAYS // 7)
        return [rec("dose_overdue", reason, 1, title=title, detail=detail)]
    names = sorted({o.status.course.drug for o in found})
    title = translate("guidance", "Dose overdue: {drugs}").format(drugs=", ".join(names))
    detail = translate(
        "guidance",
        "If you took it, log the dose so your reminders stay right. If you missed it, follow the package "
        "leaflet or ask your pharmacist what to do: do not take two doses on one day to catch up. Talk to "
        "your doctor if doses are hard to keep to.",
    )
    return [rec("dose_overdue", reason, 2, title=title, detail=detail)]


def _calcium(items: Sequence[float | None]) -> float:
    return sum(v for v in items if v is not None)


def rule_bisphosphonate_timing(c: RuleContext) -> Rules:
    """Calcium (a supplement, or a calcium-rich breakfast) logged on a day an oral
    bisphosphonate was taken, within the intake window."""
    start = c.as_of - dt.timedelta(days=INTAKE_WINDOW_DAYS - 1)
    oral = {m.id: m for m in c.record.medications if is_oral_bisphosphonate(m)}
    if not oral:
        return []
    dose_days = {d.date: oral[d.course_id] for d in c.record.doses
                 if d.course_id in oral and d.status is DoseStatus.TAKEN and start <= d.date <= c.as_of}
    hits: list[str] = []
    drugs: list[str] = []
    for day in sorted(dose_days):
        meals = [m for m in c.record.meals if m.date == day]
        supplement = _calcium([i.nutrients.calcium_mg for m in meals if m.kind is MealKind.SUPPLEMENT
                               for i in m.items])
        breakfast = _calcium([i.nutrients.calcium_mg for m in meals if m.kind is MealKind.BREAKFAST
                              for i in m.items])
        what = []
        if supplement > 0:
            what.append(translate("guidance", "a calcium supplement ({mg:.0f} mg)").format(mg=supplement))
        if breakfast >= CALCIUM_RICH_BREAKFAST_MG:
            what.append(translate("guidance", "a breakfast with {mg:.0f} mg calcium").format(mg=breakfast))
        if what:
            drug = dose_days[day].drug
            drugs.append(drug)
            hits.append(
                translate("guidance", "{date} ({drug} taken): {what}").format(
                    date=format_date(day), drug=drug, what=translate("guidance", " and ").join(what)
                )
            )
    if not hits:
        return []
    drug = drugs[-1]
    minutes = IBANDRONATE_WAIT_MINUTES if drug == "ibandronate" else BISPHOSPHONATE_WAIT_MINUTES
    if len(hits) > 3:
        more = len(hits) - 3
        hits = [*hits[-3:], plural(
            more, translate("guidance", "and {n} more day"), translate("guidance", "and {n} more days")
        )]
    reason = translate("guidance", "you logged {days}").format(days="; ".join(hits))
    return [rec("bisphosphonate_timing", reason, drug=drug, drug_title=drug.capitalize(),
                minutes=minutes)]
