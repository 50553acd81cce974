"""Starter programmes by bone status, after the Royal Osteoporosis Society's 2022 consensus
"Strong, Steady and Straight" (Brooke-Wavell et al., Br J Sports Med 2022;56:837-846) and
Osteoporosis Canada's "Too Fit To Fracture" recommendations (Giangregorio et al., Osteoporos
Int 2014;25:821-835):

- strength (progressive resistance) for the major muscle groups 2-3 days a week;
- moderate impact (about 50 impacts) on most days where no fracture limits it, else impact no
  higher than brisk walking;
- balance training, progressing the base of support, and back-extensor (posture) work,
  especially after a vertebral fracture;
- no loaded spinal flexion with osteoporosis or a vertebral fracture.

A template is only a start: the physiotherapist edits doses before giving it.
"""

from __future__ import annotations

from collections.abc import Mapping

from bonetracker.domain.programmes.model import DoseKind, ProgrammeItem, Progression
from bonetracker.domain.records import ActivityCategory as Cat

TEMPLATE_SOURCES = (
    "Royal Osteoporosis Society 2022 'Strong, Steady and Straight' (Brooke-Wavell et al., BJSM 2022)",
    "Osteoporosis Canada 'Too Fit To Fracture' (Giangregorio et al., Osteoporos Int 2014)",
)

SQUAT_CUES = (
    "Feet hip-width apart; sit back as if onto a chair, chest up; stand tall, squeezing your buttocks."
)
BAND_CUES = (
    "Band rows: sit tall, pull your elbows back and squeeze your shoulder blades; slow on the way back."
)
BACK_CUES = "Lying on your front or standing at a wall: lift chest and arms a little, chin tucked; no pain."
BALANCE_CUES = "Near a kitchen counter you can hold; hold 30 seconds each side; look ahead, not down."
HEEL_CUES = "Rise onto your toes, then drop onto your heels with a thud; 10 at a time, rest between."
JUMP_CUES = "Small jumps on the spot, landing softly on the balls of your feet with knees bent."
WALK_CUES = "Brisk enough to be a little out of breath but still able to talk."
WEIGHTS_CUES = "Overhead press or biceps curl with dumbbells; back straight, breathe out as you lift."
PUSH_CUES = "Wall push-ups: hands on the wall at shoulder height, body straight, bend and push away."
TAI_CHI_CUES = "A class or video; slow weight shifts from foot to foot."


def _sets(
    activity: str,
    sets: int,
    reps: int,
    per_week: int,
    cues: str,
    load: float | None = None,
    minutes: int = 10,
) -> ProgrammeItem:
    return ProgrammeItem(
        activity,
        Cat.RESISTANCE,
        DoseKind.SETS_REPS,
        per_week,
        sets=sets,
        reps=reps,
        load_kg=load,
        minutes=minutes,
        progression=Progression.REPS_THEN_LOAD,
        cues=cues,
    )


def _impacts(activity: str, impacts: int, per_week: int, cues: str) -> ProgrammeItem:
    return ProgrammeItem(
        activity,
        Cat.IMPACT,
        DoseKind.IMPACTS,
        per_week,
        impacts=impacts,
        minutes=5,
        progression=Progression.ADD_IMPACTS,
        cues=cues,
    )


def _balance(level: int, per_week: int) -> ProgrammeItem:
    return ProgrammeItem(
        "Balance drills",
        Cat.BALANCE,
        DoseKind.MINUTES,
        per_week,
        minutes=10,
        balance_level=level,
        progression=Progression.BALANCE_BASE,
        cues=BALANCE_CUES,
    )


def _minutes(
    activity: str,
    category: Cat,
    minutes: int,
    per_week: int,
    cues: str,
    progression: Progression = Progression.ADD_MINUTES,
) -> ProgrammeItem:
    return ProgrammeItem(
        activity, category, DoseKind.MINUTES, per_week, minutes=minutes, progression=progression, cues=cues
    )


TEMPLATES: Mapping[str, tuple[str, tuple[ProgrammeItem, ...]]] = {
    "low_bone_mass": (
        "Strong, steady and straight: low bone mass",
        (
            _sets("Bodyweight squats", 2, 8, 3, SQUAT_CUES),
            _sets("Free weights", 2, 8, 2, WEIGHTS_CUES, load=2.0),
            _sets("Push-ups", 2, 8, 2, PUSH_CUES),
            _impacts("Jumping and hopping", 20, 4, JUMP_CUES),
            _balance(1, 4),
            _minutes("Brisk walking", Cat.WEIGHT_BEARING, 30, 5, WALK_CUES),
        ),
    ),
    "osteoporosis": (
        "Strong, steady and straight: osteoporosis",
        (
            _sets("Bodyweight squats", 2, 8, 3, SQUAT_CUES),
            _sets("Resistance bands", 2, 8, 2, BAND_CUES),
            _sets("Back extension exercises", 2, 8, 3, BACK_CUES),
            _impacts("Heel drops", 20, 4, HEEL_CUES),
            _balance(1, 4),
            _minutes("Brisk walking", Cat.WEIGHT_BEARING, 20, 5, WALK_CUES),
        ),
    ),
    "vertebral_fracture": (
        "Strong, steady and straight: after a vertebral fracture",
        (
            _sets("Back extension exercises", 2, 6, 3, BACK_CUES),
            _sets("Bodyweight squats", 2, 6, 3, SQUAT_CUES),
            _sets("Resistance bands", 2, 8, 2, BAND_CUES),
            _balance(0, 4),
            _minutes("Tai chi", Cat.BALANCE, 20, 2, TAI_CHI_CUES, Progression.NONE),
            _minutes("Brisk walking", Cat.WEIGHT_BEARING, 15, 5, WALK_CUES),
        ),
    ),
}

