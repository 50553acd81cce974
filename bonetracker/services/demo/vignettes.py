"""The named demo patients: clinical vignettes that show what BoneTracker makes of typical and
hard cases (rates from ``shared/reference/bone_facts.md``)."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.records import Device, FractureSite, Menopause, Patient, Sex, Smoking
from bonetracker.services.demo.model import Phase, Vignette


def _p(name: str, sex: Sex, age: int, as_of: dt.date, **kw: object) -> Patient:
    birth = dt.date(as_of.year - age, 1 + (len(name) * 5) % 12, 1 + (len(name) * 7) % 27)
    if birth > dt.date(as_of.year - age, as_of.month, min(as_of.day, 28)):
        birth = birth.replace(year=birth.year - 1)
    return Patient(None, name, sex, birth, **kw)  # type: ignore[arg-type]


def vignettes(as_of: dt.date) -> list[Vignette]:
    """The named patients, each telling one story the plan and chart should make visible."""
    y = as_of.year
    return [
        Vignette(_p("Maria Santos", Sex.FEMALE, 58, as_of, height_cm=162.0, weight_kg=61.0,
                    menopause=Menopause.POST, menopause_year=y - 7,
                    notes="Demo: osteopenia, improving after starting supervised strength and "
                          "impact training (LIFTMOR-style) 3.5 years ago."),
                 (-1.9, -1.6, -1.2), (6.0, 4.0, 2.0, 0.1),
                 (Phase(9, (-0.8, -0.8, -0.7)), Phase(3.5, (1.5, 0.6, 0.6))),
                 courses=(("vitamin D supplement", 3.5, None, "800 IU daily", 800.0, ""),),
                 exercise=((6.5, "Brisk walking", 3, 40), (3.5, "Free weights", 2, 35),
                           (3.5, "Jumping and hopping", 2, 10), (3.5, "Balance drills", 4, 15)),
                 calcium_rich=0.7,
                 measures=((6.0, "height", 162.4, "cm", ""), (3.6, "chair_stand_30s", 13, "stands", ""),
                           (3.6, "grip", 22.0, "kg", "before the training programme"),
                           (1.5, "chair_stand_30s", 16, "stands", ""), (1.5, "grip", 24.5, "kg", ""),
                           (0.2, "height", 162.1, "cm", ""), (0.2, "chair_stand_30s", 18, "stands", ""),
                           (0.2, "grip", 26.5, "kg", "")),
                 labs=((0.4, "vitamin_d_25oh", 31.0, "ng/mL", None, None),)),
        Vignette(_p("Helen Whitaker", Sex.FEMALE, 67, as_of, height_cm=158.0, weight_kg=55.0,
                    menopause=Menopause.POST, menopause_year=y - 17, prior_fragility_fracture=True,
                    parental_hip_fracture=True,
                    notes="Demo: osteoporosis with steady loss, then alendronate 2.5 years ago."),
                 (-2.8, -2.7, -2.2), (5.0, 3.5, 2.5, 1.3, 0.2),
                 (Phase(9, (-1.0, -1.2, -1.0)), Phase(2.5, (2.9, 2.0, 1.6))),
                 device=Device.GE_LUNAR,
                 courses=(("alendronate", 2.5, None, "70 mg weekly", None, ""),
                          ("calcium supplement", 2.5, None, "500 mg daily", 500.0, "")),
                 fractures=((5.5, FractureSite.WRIST, True),),
                 exercise=((5.5, "Walking", 3, 30), (2.0, "Tai chi", 2, 45)), calcium_rich=0.3,
                 measures=((5.0, "height", 158.6, "cm", ""), (0.2, "height", 157.9, "cm", ""),
                           (0.2, "tug", 10.5, "s", "")),
                 labs=((0.3, "calcium", 9.4, "mg/dL", 8.6, 10.3),
                       (0.3, "egfr", 58.0, "mL/min/1.73m²", None, None)),
                 frax=((2.6, "us", True, 21.0, 3.9, None, "before alendronate", ()),
                       (0.15, "us", True, 24.0, 4.1, None, "", ()))),
        Vignette(_p("Robert Klein", Sex.MALE, 62, as_of, height_cm=178.0, weight_kg=84.0,
                    glucocorticoids=True, rheumatoid_arthritis=True, smoking=Smoking.FORMER,
                    notes="Demo: man on long-term prednisolone for rheumatoid arthritis; "
                          "zoledronic acid started 1.5 years ago."),
                 (-1.2, -1.5, -1.0), (4.0, 2.8, 1.5, 0.3),
                 (Phase(9, (-2.5, -1.5, -1.2)), Phase(1.5, (2.3, 1.2, 1.0))),
                 courses=(("other", 4.2, None, "prednisolone 7.5 mg daily", None, "prednisolone"),
                          ("zoledronic acid", 1.5, None, "5 mg yearly infusion", None, "")),
                 exercise=((4.0, "Cycling", 2, 45), (2.0, "Weight machines", 1, 40)),
                 calcium_rich=0.4, alcohol_units=2.0,
                 measures=((2.0, "grip", 38.0, "kg", ""), (0.3, "grip", 36.5, "kg", "")),
                 labs=((0.5, "egfr", 71.0, "mL/min/1.73m²", None, None),
                       (0.5, "vitamin_d_25oh", 27.0, "ng/mL", None, None)),
                 frax=((2.0, "us", True, 16.0, 2.4, None, "worked out at 88 kg",
                        (("weight_kg", 88.0),)),)),
        Vignette(_p("Aiko Tanaka", Sex.FEMALE, 51, as_of, height_cm=156.0, weight_kg=50.0,
                    menopause=Menopause.PERI, smoking=Smoking.FORMER,
                    notes="Demo: around the menopause transition, losing bone at SWAN rates; "
                          "avoids dairy."),
                 (-0.6, -0.7, -0.4), (3.0, 1.5, 0.1),
                 (Phase(9, (-2.5, -1.9, -1.5)),),
                 courses=(("vitamin D supplement", 1.0, None, "1000 IU daily", 1000.0, ""),),
                 exercise=((3.0, "Yoga", 2, 60), (3.0, "Jogging", 2, 30)), calcium_rich=0.2,
                 measures=((3.0, "height", 156.2, "cm", ""), (0.1, "height", 156.0, "cm", "")),
                 labs=((1.3, "vitamin_d_25oh", 13.0, "ng/mL", None, None),
                       (0.2, "vitamin_d_25oh", 16.0, "ng/mL", 30.0, 100.0))),
        Vignette(_p("Margaret O'Neill", Sex.FEMALE, 78, as_of, height_cm=152.0, weight_kg=52.0,
                    menopause=Menopause.POST, menopause_year=y - 29, prior_fragility_fracture=True,
                    notes="Demo: established osteoporosis after a vertebral fracture; denosumab; "
                          "two falls last year; balance work."),
                 (-3.1, -2.9, -2.6), (4.0, 3.0, 2.0, 1.0, 0.1),
                 (Phase(9, (-1.0, -1.0, -0.9)), Phase(3.0, (2.5, 1.5, 1.4))),
                 device=Device.GE_LUNAR,
                 courses=(("denosumab", 3.0, None, "60 mg every 6 months", None, ""),
                          ("vitamin D supplement", 3.0, None, "800 IU daily", 800.0, ""),
                          ("calcium supplement", 3.0, None, "600 mg daily", 600.0, "")),
                 fractures=((3.2, FractureSite.VERTEBRA, True),),
                 falls=((0.8, False, "tripped on a rug"), (0.3, True, "slipped in the bathroom")),
                 exercise=((3.0, "Tai chi", 3, 30), (3.0, "Balance drills", 4, 15),
                           (2.5, "Back extension exercises", 2, 20), (3.0, "Walking", 4, 25)),
                 calcium_rich=0.5,
                 measures=((9.0, "height", 157.5, "cm", ""), (4.0, "height", 155.6, "cm", ""),
                           (3.1, "height", 154.1, "cm", "after the vertebral fracture"),
                           (1.0, "height", 152.8, "cm", ""), (0.1, "height", 152.0, "cm", ""),
                           (0.8, "tug", 14.0, "s", "after the first fall"),
                           (0.8, "chair_stand_30s", 7, "stands", "used her arms twice"),
                           (0.8, "balance_tandem", 6.0, "s", ""), (0.8, "grip", 15.0, "kg", ""),
                           (0.4, "tug", 13.2, "s", ""), (0.1, "tug", 12.5, "s", ""),
                           (0.1, "chair_stand_30s", 9, "stands", ""),
                           (0.1, "balance_tandem", 11.0, "s", ""), (0.1, "grip", 16.5, "kg", ""),
                           (0.1, "gait_speed", 0.85, "m/s", "")),
                 labs=((0.2, "egfr", 32.0, "mL/min/1.73m²", None, None),
                       (0.2, "calcium", 2.32, "mmol/L", 2.15, 2.55),
                       (0.2, "vitamin_d_25oh", 74.0, "nmol/L", 50.0, 125.0))),
        Vignette(_p("David Okafor", Sex.MALE, 44, as_of, height_cm=183.0, weight_kg=79.0,
                    notes="Demo: healthy runner under 50 (read with Z-scores)."),
                 (0.2, -0.3, 0.1), (4.0, 0.5), (Phase(9, (-0.2, -0.3, -0.2)),),
                 exercise=((4.0, "Running", 3, 40), (4.0, "Free weights", 2, 45)),
                 calcium_rich=0.6, alcohol_units=1.5,
                 measures=((0.5, "grip", 48.0, "kg", ""), (0.5, "height", 183.2, "cm", ""))),
        Vignette(_p("Grace Lindqvist", Sex.FEMALE, 72, as_of, height_cm=160.0, weight_kg=58.0,
                    menopause=Menopause.POST, menopause_year=y - 22, smoking=Smoking.CURRENT,
                    notes="Demo: two low-trauma fractures; teriparatide for two years."),
                 (-2.9, -2.5, -2.3), (4.0, 2.1, 1.0, 0.1),
                 (Phase(9, (-1.0, -1.0, -0.8)), Phase(2.1, (5.0, 1.5, 1.2))),
                 courses=(("teriparatide", 2.1, 0.15, "20 µg daily injection", None, ""),),
                 fractures=((6.0, FractureSite.WRIST, True), (2.3, FractureSite.VERTEBRA, True)),
                 exercise=((2.0, "Walking", 3, 30), (2.0, "Resistance bands", 2, 25)),
                 calcium_rich=0.4, cigarettes=8,
                 measures=((6.0, "height", 161.6, "cm", ""), (2.3, "height", 160.6, "cm", ""),
                           (0.1, "height", 158.2, "cm", ""), (0.3, "tug", 11.0, "s", "")),
                 labs=((0.5, "calcium", 10.6, "mg/dL", 8.6, 10.3),
                       (0.5, "vitamin_d_25oh", 38.0, "nmol/L", 50.0, 125.0))),
    ]


# -- the whole demo --------------------------------------------------------------------------
