"""The prescribed programme's rule: say so when fewer than 60 % of its exercises were done over
the last four complete weeks (judged once it has run at least two)."""

from __future__ import annotations

from bonetracker.domain.guidance.context import RuleContext, Rules, rec
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.programmes.adherence import ADHERENCE_ALERT_PERCENT, ADHERENCE_MIN_WEEKS


def rule_programme_adherence(c: RuleContext) -> Rules:
    summary = c.programme_adherence
    if summary is None or summary.weeks < ADHERENCE_MIN_WEEKS or summary.percent >= ADHERENCE_ALERT_PERCENT:
        return []
    reason = translate(
        "guidance",
        "{items_done} of {items} prescribed exercises ({percent:.0f} %) and {sessions_done} of {sessions} "
        "sessions were done in the {weeks} weeks from {start}; below {alert} % the programme is unlikely "
        "to help",
    ).format(
        items_done=summary.items_done, items=summary.items_prescribed, percent=summary.percent,
        sessions_done=summary.sessions_done, sessions=summary.sessions_prescribed, weeks=summary.weeks,
        start=format_date(summary.first_week), alert=ADHERENCE_ALERT_PERCENT,
    )
    return [rec("programme_adherence", reason, percent=f"{summary.percent:.0f}")]
