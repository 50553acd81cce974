"""The prescribed programme's rule: say so when fewer than 60 % of its exercises were done over
the last four complete weeks (judged once it has run at least two)."""

from __future__ import annotations

from bonetracker.domain.guidance.context import RuleContext, Rules, rec
from bonetracker.domain.programmes.adherence import ADHERENCE_ALERT_PERCENT, ADHERENCE_MIN_WEEKS


def rule_programme_adherence(c: RuleContext) -> Rules:
    summary = c.programme_adherence
    if summary is None or summary.weeks < ADHERENCE_MIN_WEEKS or summary.percent >= ADHERENCE_ALERT_PERCENT:
        return []
    reason = (
        f"{summary.items_done} of {summary.items_prescribed} prescribed exercises "
        f"({summary.percent:.0f} %) and {summary.sessions_done} of {summary.sessions_prescribed} sessions "
        f"were done in the {summary.weeks} weeks from {summary.first_week.isoformat()}; "
        f"below {ADHERENCE_ALERT_PERCENT} % the programme is unlikely to help"
    )
    return [rec("programme_adherence", reason, percent=f"{summary.percent:.0f}")]
