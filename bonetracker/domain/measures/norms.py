"""The cut-offs of each function test, with the source that sets them.

A norm reads the latest value in the kind's canonical unit and says whether it lies outside
(``outside_norm``) or within (``within_norm``) the cut-off, or that no norm applies (the 30-second
chair stand has norms from 60 to 94; height has none of its own: height *loss* is judged in
``measures.height``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.records import MeasureKind, Sex

STEADI = "CDC STEADI (Stopping Elderly Accidents, Deaths & Injuries) assessment tools, 2017"
STEADI_CHAIR = f"{STEADI}: 30-second chair stand norms after Rikli & Jones (J Aging Phys Act 1999;7:129-161)"
BUATOIS = "Buatois et al., J Am Geriatr Soc 2008;56:1575-1577 (five-times sit-to-stand >= 15 s)"
EWGSOP2 = "EWGSOP2 (Cruz-Jentoft et al., Age Ageing 2019;48:16-31)"
GAIT = f"{EWGSOP2}: gait speed <= 0.8 m/s"


class NormStatus(StrEnum):
    WITHIN = "within_norm"
    OUTSIDE = "outside_norm"
    NONE = "no_norm"


@dataclass(frozen=True)
class Norm:
    """How one value reads against its cut-off: ``text`` says the cut-off in words ("12 s or
    more: increased fall risk"), ``meaning`` what lying outside it means."""

    status: NormStatus
    cutoff: float | None
    text: str
    meaning: str
    source: str

    @property
    def outside(self) -> bool:
        return self.status is NormStatus.OUTSIDE


TUG_RISK_S = 12.0  # STEADI: TUG >= 12 s increased fall risk
SIT_TO_STAND_RISK_S = 15.0  # Buatois 2008: five-times sit-to-stand >= 15 s
TANDEM_HOLD_S = 10.0  # STEADI 4-stage balance: cannot hold tandem stance 10 s
GRIP_LOW_KG: Mapping[Sex, float] = {Sex.MALE: 27.0, Sex.FEMALE: 16.0}  # EWGSOP2 probable sarcopenia
GAIT_SLOW_M_S = 0.8  # EWGSOP2: <= 0.8 m/s

# STEADI 30-second chair stand: below average when fewer than this many stands (by age band).
CHAIR_STAND_BELOW: Mapping[Sex, Sequence[tuple[int, int, int]]] = {
    Sex.FEMALE: ((60, 64, 12), (65, 69, 11), (70, 79, 10), (80, 84, 9), (85, 89, 8), (90, 94, 4)),
    Sex.MALE: ((60, 64, 14), (65, 74, 12), (75, 79, 11), (80, 84, 10), (85, 89, 8), (90, 94, 7)),
}


def chair_stand_cutoff(sex: Sex, age: int) -> int | None:
    """Stands below which the count is below average for ``age`` and ``sex``; the table runs
    from 60 to 94 (older people are read against its last row, younger have no norm)."""
    rows = CHAIR_STAND_BELOW[sex]
    if age < rows[0][0]:
        return None
    age = min(age, rows[-1][1])
    return next(cut for low, high, cut in rows if low <= age <= high)


def _judge(outside: bool, cutoff: float, text: str, meaning: str, source: str) -> Norm:
    return Norm(NormStatus.OUTSIDE if outside else NormStatus.WITHIN, cutoff, text, meaning, source)


# The sexes as the norms' texts name them.
SEX_WORDS: Mapping[Sex, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("measures", "female"),
    Sex.MALE: QT_TRANSLATE_NOOP("measures", "male"),
}


def assess(kind: MeasureKind, value: float, sex: Sex, age: int) -> Norm:
    """How ``value`` (canonical unit) of ``kind`` reads for a person of ``sex`` and ``age``."""
    if kind is MeasureKind.TUG:
        return _judge(value >= TUG_RISK_S, TUG_RISK_S,
                      translate("measures", "12 s or more: increased fall risk"),
                      translate("measures", "increased fall risk"), STEADI)
    if kind is MeasureKind.SIT_TO_STAND_5X:
        return _judge(value >= SIT_TO_STAND_RISK_S, SIT_TO_STAND_RISK_S,
                      translate("measures", "15 s or more: increased fall risk"),
                      translate("measures", "increased fall risk"), BUATOIS)
    if kind is MeasureKind.BALANCE_TANDEM:
        return _judge(value < TANDEM_HOLD_S, TANDEM_HOLD_S,
                      translate("measures", "under 10 s in tandem stance: increased fall risk"),
                      translate("measures", "increased fall risk"), STEADI)
    if kind is MeasureKind.GRIP:
        cut = GRIP_LOW_KG[sex]
        return _judge(value < cut, cut,
                      translate("measures", "under {cut:.0f} kg ({sex}): probable sarcopenia").format(
                          cut=cut, sex=translate("measures", SEX_WORDS[sex])),
                      translate("measures", "low muscle strength (probable sarcopenia)"), EWGSOP2)
    if kind is MeasureKind.GAIT_SPEED:
        return _judge(value <= GAIT_SLOW_M_S, GAIT_SLOW_M_S,
                      translate("measures", "0.8 m/s or slower: low physical performance"),
                      translate("measures", "slow walking speed (low physical performance)"), GAIT)
    if kind is MeasureKind.CHAIR_STAND_30S:
        stands = chair_stand_cutoff(sex, age)
        if stands is None:
            return Norm(NormStatus.NONE, None, translate("measures", "norms from age 60"), "",
                        STEADI_CHAIR)
        text = translate("measures", "under {stands} stands at {age} ({sex}): below average, fall risk")
        return _judge(value < stands, float(stands),
                      text.format(stands=stands, age=age, sex=translate("measures", SEX_WORDS[sex])),
                      translate("measures", "below-average leg strength for age"), STEADI_CHAIR)
    return Norm(NormStatus.NONE, None, "", "", "")


FALL_RISK_KINDS: tuple[MeasureKind, ...] = (
    MeasureKind.TUG, MeasureKind.SIT_TO_STAND_5X, MeasureKind.BALANCE_TANDEM, MeasureKind.GAIT_SPEED,
    MeasureKind.CHAIR_STAND_30S,
)
"""Tests whose results outside the norm feed the fall-prevention rule (STEADI screens)."""
STRENGTH_KINDS: tuple[MeasureKind, ...] = (
    MeasureKind.GRIP, MeasureKind.CHAIR_STAND_30S, MeasureKind.SIT_TO_STAND_5X,
)
"""Tests whose results outside the norm feed the strength (exercise) rule."""
