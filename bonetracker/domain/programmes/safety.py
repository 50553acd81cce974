"""What the plan holds back for this person when an exercise is prescribed, and why.

A restricted item is not forbidden: a physiotherapist may still prescribe it, but only with an
explicit "supervised / cleared" choice, and the reason is shown when they do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bonetracker.domain.change import add_years
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.records import Activity, FractureSite, PatientRecord
from bonetracker.domain.targets import Impact, impact_level

# Loaded spinal flexion (sit-ups, toe touches, loaded forward bends) is advised against with
# osteoporosis or after a vertebral fracture: Royal Osteoporosis Society 2022 "Strong, Steady and
# Straight" consensus statement (Brooke-Wavell et al., Br J Sports Med 2022;56:837-846).
ROS_2022 = "Royal Osteoporosis Society 2022 'Strong, Steady and Straight' (Brooke-Wavell et al., BJSM 2022)"
# Moderate or high impact after a hip or vertebral fracture, or with falls: hold back and
# progress under supervision (ROS 2022; Osteoporosis Canada "Too Fit To Fracture", Giangregorio
# et al., Osteoporos Int 2014;25:821-835).
TFTF_2014 = "Osteoporosis Canada 'Too Fit To Fracture' (Giangregorio et al., Osteoporos Int 2014)"
RECENT_FALL_YEARS = 1  # World Falls Guidelines 2022 ask about falls "in the past 12 months"
IMPACT_CLEARANCE_AGE = 80  # from 80, impact only with a physiotherapist's clearance (issue 14 policy)


@dataclass(frozen=True)
class Restriction:
    """Why an exercise is held back for this person, with the publication that says so."""

    reason: str
    source: str


def restrictions(
    activity: Activity, record: PatientRecord, as_of: dt.date, *, osteoporotic: bool
) -> list[Restriction]:
    """The reasons ``activity`` is restricted for the person in ``record`` on ``as_of``.

    Args:
        activity: the catalogue entry (its ``spinal_flexion`` and ``high_impact`` flags decide).
        record: the person's fractures, falls and birth date; later entries are ignored.
        as_of: the day of prescribing.
        osteoporotic: whether the person is classified in the osteoporosis range (by BMD or
            fracture); the caller has the classification.
    """
    fractures = [f for f in record.fractures if f.date <= as_of]
    vertebral = [f for f in fractures if f.site is FractureSite.VERTEBRA]
    hip = [f for f in fractures if f.site is FractureSite.HIP]
    found: list[Restriction] = []
    if activity.spinal_flexion and (osteoporotic or vertebral):
        if vertebral:
            reason = translate(
                "programmes", "{activity} loads the spine in flexion and a vertebral fracture is on record"
            )
        else:
            reason = translate(
                "programmes",
                "{activity} loads the spine in flexion and bone density is in the osteoporosis range",
            )
        found.append(Restriction(reason.format(activity=activity.name), ROS_2022))
    if activity.high_impact:
        if vertebral or hip:
            first = (vertebral or hip)[0]
            if first.site is FractureSite.VERTEBRA:
                reason = translate(
                    "programmes",
                    "{activity} is moderate or high impact and a vertebral fracture is on record ({date})",
                )
            else:
                reason = translate(
                    "programmes",
                    "{activity} is moderate or high impact and a hip fracture is on record ({date})",
                )
            reason = reason.format(activity=activity.name, date=format_date(first.date))
            found.append(Restriction(reason, TFTF_2014))
        elif impact_level(fractures, record.patient.prior_fragility_fracture) is Impact.LIMITED:
            found.append(
                Restriction(translate(
                    "programmes",
                    "{activity} is moderate or high impact and two or more low-trauma fractures are on "
                    "record",
                ).format(activity=activity.name), ROS_2022)
            )
        recent = [f for f in record.falls if as_of >= f.date > add_years(as_of, -RECENT_FALL_YEARS)]
        if recent:
            latest = max(f.date for f in recent)
            found.append(
                Restriction(
                    translate(
                        "programmes", "{activity} is moderate or high impact and there was a fall on {date}"
                    ).format(activity=activity.name, date=format_date(latest)),
                    TFTF_2014,
                )
            )
        age = record.patient.age_on(as_of)
        if age >= IMPACT_CLEARANCE_AGE:
            found.append(
                Restriction(translate(
                    "programmes", "{activity} is moderate or high impact and the person is {age}"
                ).format(activity=activity.name, age=age), ROS_2022)
            )
    return found
