"""The activity catalogue: integrity of the shipped data, seeding, look-up, own activities, suggestions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.records import (
    Activity,
    ActivityCategory,
    FractureSite,
    Site,
)
from bonetracker.resources import resource_path
from bonetracker.services import activities as svc
from bonetracker.services.activities import Restrictions
from bonetracker.storage.database import Database
from bonetracker.storage.models import ActivityRow
from tests.helpers.factories import TODAY, D, fracture, m, record, scan

REQUIRED = [
    "Walking", "Brisk walking", "Jogging", "Running", "Hiking", "Stair climbing", "Dancing", "Tennis",
    "Jumping and hopping", "Step aerobics", "Free weights", "Weight machines", "Resistance bands",
    "Bodyweight squats", "Lunges", "Push-ups", "Heel drops", "Back extension exercises", "Yoga",
    "Tai chi", "Pilates", "Balance drills", "Swimming", "Cycling",
]


def _by_name() -> dict[str, Activity]:
    return {e.activity.name: e.activity for e in svc.load_catalogue()}


# -- the shipped data -----------------------------------------------------------------------
def test_catalogue_file_is_shipped_in_resources() -> None:
    path = resource_path(svc.CATALOGUE_FILE)
    assert path.is_file()
    assert "Compendium of Physical Activities" in path.read_text(encoding="utf-8")


def test_every_activity_has_a_category_a_plausible_met_and_a_source_code() -> None:
    entries = svc.load_catalogue()
    assert len(entries) >= len(REQUIRED)
    for e in entries:
        assert isinstance(e.activity.category, ActivityCategory), e
        assert 1.0 <= e.activity.met <= 20.0, e
        assert e.compendium_code.isdigit() and len(e.compendium_code) == 5, e
        assert e.notes, e
        assert not e.activity.custom


def test_names_are_unique_ignoring_case() -> None:
    names = [svc.normalise_name(e.activity.name) for e in svc.load_catalogue()]
    assert len(names) == len(set(names))


def test_issue_activities_are_all_present() -> None:
    assert set(REQUIRED) <= set(_by_name())


def test_every_category_has_activities() -> None:
    categories = {e.activity.category for e in svc.load_catalogue()}
    assert categories == set(ActivityCategory)


@pytest.mark.parametrize(
    ("name", "category", "flexion", "impact"),
    [
        ("Pilates", ActivityCategory.FLEXIBILITY, True, False),
        ("Yoga", ActivityCategory.FLEXIBILITY, True, False),
        ("Jumping and hopping", ActivityCategory.IMPACT, False, True),
        ("Jogging", ActivityCategory.IMPACT, False, True),
        ("Heel drops", ActivityCategory.IMPACT, False, False),
        ("Brisk walking", ActivityCategory.WEIGHT_BEARING, False, False),
        ("Swimming", ActivityCategory.NON_WEIGHT_BEARING, False, False),
        ("Cycling", ActivityCategory.NON_WEIGHT_BEARING, False, False),
        ("Tai chi", ActivityCategory.BALANCE, False, False),
        ("Free weights", ActivityCategory.RESISTANCE, False, False),
    ],
)
def test_flags_and_categories(name: str, category: ActivityCategory, flexion: bool, impact: bool) -> None:
    a = _by_name()[name]
    assert (a.category, a.spinal_flexion, a.high_impact) == (category, flexion, impact)


@pytest.mark.parametrize(("name", "met"), [("Walking", 3.5), ("Brisk walking", 4.3), ("Jogging", 7.0),
                                           ("Tai chi", 3.0), ("Swimming", 6.0), ("Yoga", 2.5)])
def test_met_values_match_the_2011_compendium(name: str, met: float) -> None:
    assert _by_name()[name].met == met


def test_comment_lines_are_skipped() -> None:
    text = ["# a comment", "name,category,met,spinal_flexion,high_impact,compendium_code,notes",
            "  # indented comment", 'Walk,weight_bearing,3.5,no,yes,17190,"a, b"']
    [entry] = svc.parse_catalogue(text)
    assert entry.activity.name == "Walk" and entry.activity.high_impact and entry.notes == "a, b"


# -- seeding and look-up -----------------------------------------------------------------------
def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ActivityRow)) or 0)


def test_ensure_catalogue_is_idempotent(db: Database) -> None:
    svc.ensure_catalogue(db)
    svc.ensure_catalogue(db)
    assert _count(db) == len(svc.load_catalogue())


def test_ensure_catalogue_repairs_a_changed_shipped_row(db: Database) -> None:
    svc.ensure_catalogue(db)
    with db.write() as s:
        row = s.scalars(select(ActivityRow).where(ActivityRow.name == "Jogging")).one()
        row.met, row.high_impact = 1.0, False
    svc.ensure_catalogue(db)
    assert svc.find_activity(db, "jogging").met == 7.0
    assert svc.find_activity(db, "jogging").high_impact


@pytest.mark.parametrize("typed", ["brisk walking", "BRISK WALKING", "  Brisk   walking "])
def test_find_activity_ignores_case_and_blanks(db: Database, typed: str) -> None:
    assert svc.find_activity(db, typed).name == "Brisk walking"


def test_unknown_activity_suggests_close_names(db: Database) -> None:
    with pytest.raises(NotFoundError, match="Jogging"):
        svc.find_activity(db, "jogg")
    with pytest.raises(NotFoundError, match="Swimming"):
        svc.find_activity(db, "swiming")


def test_list_activities_by_category(db: Database) -> None:
    balance = svc.list_activities(db, ActivityCategory.BALANCE)
    assert {a.name for a in balance} >= {"Tai chi", "Balance drills"}
    assert all(a.category is ActivityCategory.BALANCE for a in balance)


# -- the user's own activities -------------------------------------------------------------------
def test_custom_activity_is_saved_and_found(db: Database) -> None:
    own = svc.parse_custom_activity({"name": "Nordic  skating", "category": "impact", "met": "6.5",
                                     "high_impact": "yes"})
    saved = svc.add_custom_activity(db, own)
    assert saved.id is not None and saved.custom and saved.name == "Nordic skating"
    found = svc.find_activity(db, "nordic skating")
    assert found == saved
    svc.ensure_catalogue(db)  # never touches custom rows
    assert svc.find_activity(db, "nordic skating") == saved


def test_custom_activity_with_a_taken_name_is_refused(db: Database) -> None:
    own = svc.parse_custom_activity({"name": "jogging", "category": "impact", "met": "7"})
    with pytest.raises(ValidationError) as info:
        svc.add_custom_activity(db, own)
    assert info.value.for_field("name")


def test_custom_activity_errors_name_every_field() -> None:
    with pytest.raises(ValidationError) as info:
        svc.parse_custom_activity({"name": " ", "category": "cardio", "met": "99",
                                   "spinal_flexion": "maybe"})
    assert {e.field for e in info.value.errors} == {"name", "category", "met", "spinal_flexion"}


# -- suggestions for the plan engine ---------------------------------------------------------------
def test_suggestions_without_restrictions_include_flagged_activities() -> None:
    assert "Jogging" in svc.suggest_activities("impact")
    assert "Pilates" in svc.suggest_activities(ActivityCategory.FLEXIBILITY)


def test_limited_impact_removes_high_impact_activities() -> None:
    names = svc.suggest_activities(ActivityCategory.IMPACT, Restrictions(impact_limited=True))
    assert names == ["Heel drops"]


def test_spinal_flexion_restriction_removes_flexion_moves() -> None:
    rules = Restrictions(avoid_spinal_flexion=True)
    assert "Pilates" not in svc.suggest_activities("flexibility", rules)
    assert "Yoga" not in svc.suggest_activities("flexibility", rules)
    assert "Stretching" in svc.suggest_activities("flexibility", rules)
    assert "Sit-ups and crunches" not in svc.suggest_activities("resistance", rules)


def test_activity_suggestions_match_the_plan_engine_shape() -> None:
    both = svc.activity_suggestions(Restrictions(True, True), limit=3)
    assert set(both) == {c.value for c in ActivityCategory}
    assert all(len(v) <= 3 for v in both.values())
    assert both["impact"] == ["Heel drops"]


def test_suggestions_can_include_own_activities() -> None:
    own = Activity(None, "Salsa", ActivityCategory.WEIGHT_BEARING, 4.5, custom=True)
    assert svc.suggest_activities("weight_bearing", activities=[own]) == ["Salsa"]


@pytest.mark.parametrize(
    ("fractures", "t_score", "expected"),
    [
        ((), -1.5, Restrictions(False, False)),
        ((), -2.7, Restrictions(False, True)),
        (((D(2020, 1, 1), FractureSite.VERTEBRA),), -1.5, Restrictions(True, True)),
        # a hip fragility fracture is osteoporosis whatever the T-score (AACE 2020): no loaded flexion
        (((D(2020, 1, 1), FractureSite.WRIST), (D(2021, 1, 1), FractureSite.HIP)), -1.5,
         Restrictions(True, True)),
        (((D(2021, 1, 1), FractureSite.RIB),), -1.5, Restrictions(False, False)),
        (((D(2030, 1, 1), FractureSite.VERTEBRA),), -1.5, Restrictions(False, False)),  # after as_of
    ],
)
def test_restrictions_from_the_record(
    fractures: tuple[tuple[object, FractureSite], ...], t_score: float, expected: Restrictions,
) -> None:
    rec = record(scans=[scan(D(2023, 1, 1), m(Site.LUMBAR_SPINE, t=t_score))],
                 fractures=[fracture(day, site) for day, site in fractures])  # type: ignore[arg-type]
    assert svc.restrictions_for(rec, TODAY) == expected
