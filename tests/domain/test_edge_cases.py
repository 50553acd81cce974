"""Edge cases of the domain that the scenario tests do not reach: empty inputs, degenerate
trends, items at the top of their progression."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.bmd import effective_t_score
from bonetracker.domain.change import Trend, summarize_site
from bonetracker.domain.nutrition import NutrientTotal, TargetBar
from bonetracker.domain.programmes.model import (
    DoseKind,
    Programme,
    ProgrammeItem,
    ProgrammeItemId,
    ProgrammeVersion,
    Progression,
)
from bonetracker.domain.programmes.progression import proposals
from bonetracker.domain.records import (
    ActivityCategory,
    DxaScan,
    PatientId,
    ScanId,
    Site,
    SiteMeasurement,
    Workout,
    WorkoutId,
)
from bonetracker.domain.records import (
    ProgrammeItemId as ItemId,
)

P = PatientId(1)
DAY = dt.date(2026, 3, 2)


def test_a_measurement_with_neither_t_score_nor_bmd_has_no_t_score() -> None:
    assert effective_t_score(SiteMeasurement(Site.TOTAL_BODY, z_score=-1.0)) == (None, False)


def test_a_trend_from_a_non_positive_fit_has_no_percentage() -> None:
    assert Trend(DAY, 0.0, -0.01).percent_per_year is None
    assert Trend(DAY, 1.0, -0.01).percent_per_year == -1.0


def test_a_site_never_measured_has_no_summary() -> None:
    scan = DxaScan(ScanId(1), P, DAY, (SiteMeasurement(Site.FEMORAL_NECK, t_score=-1.2),))
    assert summarize_site([scan], Site.LUMBAR_SPINE) is None


def test_honest_totals_say_when_they_are_complete_and_label_their_nutrient() -> None:
    assert NutrientTotal(500.0, 0, 2).complete and not NutrientTotal(500.0, 1, 2).complete
    assert TargetBar(NutrientTotal(500.0, 0, 2, "calcium_mg"), 1200).label == "calcium"


def test_no_proposals_without_versions_or_past_the_top() -> None:
    assert proposals(Programme(P, "Empty", DAY), []) == []
    top = ProgrammeItem(
        "Bodyweight squats",
        ActivityCategory.RESISTANCE,
        DoseKind.SETS_REPS,
        2,
        sets=4,
        reps=12,
        minutes=10,
        progression=Progression.REPS_THEN_LOAD,
        id=ProgrammeItemId(7),
    )
    programme = Programme(P, "Top", DAY, versions=(ProgrammeVersion(1, DAY, (top,)),))
    easy = [
        Workout(
            WorkoutId(n),
            P,
            DAY + dt.timedelta(days=n),
            "Bodyweight squats",
            ActivityCategory.RESISTANCE,
            10,
            effort=4,
            sets=4,
            reps=12,
            programme_item_id=ItemId(7),
        )
        for n in (1, 2)
    ]
    assert proposals(programme, easy) == []
