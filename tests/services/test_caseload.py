"""The caseload against a hand-checked fixture of 30 patients: each row says what was entered and
which flags a clinician would expect, on a fixed day (so the calendar never changes the answer)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bonetracker.domain.caseload import Flag
from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import ActivityCategory, Fracture, FractureSite, PatientId, Workout
from bonetracker.services import (
    doses,
    fractures,
    lifestyle,
    medications,
    patients,
    programmes,
    scans,
    workouts,
)
from bonetracker.services.queries.caseload import as_csv, caseload, row_as_dict
from bonetracker.storage.database import Database

D = dt.date(2026, 6, 1)
F = Flag


def day(n: int) -> dt.date:
    return D - dt.timedelta(days=n)


Setup = Callable[[Database, PatientId], None]


def scan(n: int) -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        raw = {"date": day(n).isoformat(), "device": "hologic"}
        scans.log_scan(db, scans.parse_scan(pid, raw, [{"site": "femoral_neck", "t_score": "-1.8"}]))

    return run


def log(n: int) -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        lifestyle.log_lifestyle(
            db, lifestyle.parse_lifestyle(pid, {"date": day(n).isoformat(), "stress": "3"})
        )

    return run


def _workout(
    db: Database, pid: PatientId, when: dt.date, name: str, category: ActivityCategory, minutes: int
) -> None:
    workouts.log_workout(db, Workout(None, pid, when, name, category, minutes))


def active(db: Database, pid: PatientId) -> None:
    """Enough exercise over the last 30 days to meet every weekly target (ROS 2022)."""
    for n in range(9):
        _workout(db, pid, day(n * 3), "Free weights", ActivityCategory.RESISTANCE, 10)
    for n in range(5):
        _workout(db, pid, day(n * 5 + 1), "Tai chi", ActivityCategory.BALANCE, 110)
        _workout(db, pid, day(n * 5 + 2), "Brisk walking", ActivityCategory.WEIGHT_BEARING, 130)


def course(start: int, end: int | None = None, drug: str = "alendronate") -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        raw = {
            "drug": drug,
            "start": day(start).isoformat(),
            "end": day(end).isoformat() if end is not None else "",
        }
        medications.log_medication(db, medications.parse_medication(pid, raw))

    return run


def dose(n: int, drug: str = "alendronate") -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        doses.record_dose(db, pid, {"drug": drug, "date": day(n).isoformat()})

    return run


def fracture(n: int, site: FractureSite = FractureSite.WRIST, low_trauma: bool = True) -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        fractures.log_fracture(db, Fracture(None, pid, day(n), site, low_trauma))

    return run


def walk_on(n: int) -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        _workout(db, pid, day(n), "Walking", ActivityCategory.WEIGHT_BEARING, 20)

    return run


def programme(n: int) -> Setup:
    def run(db: Database, pid: PatientId) -> None:
        programmes.new_programme(db, pid, start=day(n))

    return run


WELL = [scan(100), active]
# (name, setup, expected flags): hand-checked against the rules in docs/clinical-sources.md
FIXTURE: list[tuple[str, list[Setup], set[Flag]]] = [
    ("Well Kept", WELL, set()),
    ("No Scan", [active], {F.NO_SCAN}),
    ("Old Scan", [scan(800), active], {F.SCAN_OVERDUE}),
    ("Due Soon", [scan(700), active], {F.SCAN_DUE_SOON}),
    ("Treated Overdue", [scan(400), active, course(900)], {F.SCAN_OVERDUE}),
    ("Treated In Time", [scan(200), active, course(900)], set()),
    ("Treatment Ended", [scan(400), active, course(900, 500)], set()),
    ("Quiet Two Weeks", [scan(100), log(15)], {F.DROP_OFF, F.LOW_ADHERENCE}),
    ("Never Logged", [scan(100)], {F.DROP_OFF, F.LOW_ADHERENCE}),
    ("Logs No Exercise", [scan(100), log(2)], {F.LOW_ADHERENCE}),
    ("Programme Old", [*WELL, programme(60)], {F.PROGRAMME_REVIEW_DUE}),
    ("Programme New", [*WELL, programme(20)], set()),
    ("Fracture Fresh", [*WELL, fracture(20)], set()),  # everything pending; the workouts count as exercise
    ("Fracture No Scan", [scan(200), active, fracture(90), course(60)], {F.FLS_ASSESSMENT_OVERDUE}),
    ("Fracture Scanned", [scan(30), active, fracture(90), course(60)], set()),
    ("Fracture Untreated", [scan(100), active, fracture(120)], {F.FLS_TREATMENT_OVERDUE}),
    (
        "Fracture Idle",
        [scan(100), log(2), fracture(120), course(100)],
        {F.FLS_EXERCISE_OVERDUE, F.LOW_ADHERENCE},
    ),
    (
        "Fracture Late Walk",
        [scan(100), log(2), fracture(140), course(100), walk_on(10)],
        {F.FLS_EXERCISE_OVERDUE, F.LOW_ADHERENCE},
    ),
    ("Fracture Early Walk", [scan(100), log(2), fracture(140), course(100), walk_on(100)], {F.LOW_ADHERENCE}),
    (
        "Fracture Stopped",
        [scan(300), active, fracture(380), course(370, 200), walk_on(360)],
        {F.FLS_PERSISTENCE_OVERDUE},
    ),
    ("Fracture Persisting", [scan(200), active, fracture(380), course(370), walk_on(360)], set()),
    ("Fracture Long Ago", [*WELL, fracture(500)], set()),
    ("High Trauma", [*WELL, fracture(120, low_trauma=False)], set()),
    ("Hip Untreated", [scan(100), active, fracture(120, FractureSite.HIP)], {F.FLS_TREATMENT_OVERDUE}),
    (
        "Supplement Only",
        [scan(100), active, fracture(120), course(100, drug="calcium supplement")],
        {F.FLS_TREATMENT_OVERDUE},
    ),
    (
        "Everything Wrong",
        [scan(800), fracture(120), programme(90)],
        {
            F.SCAN_OVERDUE,
            F.DROP_OFF,
            F.LOW_ADHERENCE,
            F.PROGRAMME_REVIEW_DUE,
            F.FLS_ASSESSMENT_OVERDUE,
            F.FLS_TREATMENT_OVERDUE,
            F.FLS_EXERCISE_OVERDUE,
        },
    ),
    ("Dose Late", [*WELL, course(100), dose(20)], {F.DOSE_OVERDUE}),  # weekly alendronate, 20 days on
    ("Dose On Time", [*WELL, course(100), dose(3)], set()),
    ("Two Sites Fine", [scan(100), active, scan(120)], set()),
    ("Scan Today", [scan(0), active], set()),
    ("Exactly Fourteen", [scan(100), log(14), active], set()),
    ("Archived Person", [scan(800)], set()),  # archived: not in the caseload at all
]


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory, migrated_template) -> Database:  # type: ignore[no-untyped-def]
    from tests.conftest import _open_copy

    db = _open_copy(migrated_template, tmp_path_factory.mktemp("caseload") / "c.sqlite3")
    for n, (name, setup, _) in enumerate(FIXTURE):
        patient = patients.add_patient(
            db,
            patients.parse_patient(
                {"name": name, "sex": "male", "birth_date": f"{1940 + n % 20}-03-0{1 + n % 9}"}
            ),
        )
        assert patient.id is not None
        for step in setup:
            step(db, patient.id)
        if name == "Archived Person":
            patients.set_archived(db, patient.id, True)
    return db


def test_caseload_matches_the_hand_checked_fixture(fixture_db: Database) -> None:
    rows = {r.name: r for r in caseload(fixture_db, D)}
    assert "Archived Person" not in rows and len(rows) == len(FIXTURE) - 1
    wrong = {
        name: (sorted(rows[name].flags), sorted(expected))
        for name, _, expected in FIXTURE
        if name in rows and set(rows[name].flags) != expected
    }
    assert wrong == {}


def test_an_overdue_dose_is_counted_and_flagged(fixture_db: Database) -> None:
    rows = {r.name: r for r in caseload(fixture_db, D)}
    assert rows["Dose Late"].doses_overdue == 1 and rows["Dose On Time"].doses_overdue == 0
    assert row_as_dict(rows["Dose Late"])["doses_overdue"] == 1
    assert {r.name for r in caseload(fixture_db, D, flag_filter="dose_overdue")} == {"Dose Late"}


def test_filters_sorting_json_and_csv(fixture_db: Database) -> None:
    attention = caseload(fixture_db, D, flag_filter="needs_attention")
    assert attention[0].name == "Everything Wrong"  # most flags first
    assert all(r.flags for r in attention)
    overdue = {r.name for r in caseload(fixture_db, D, flag_filter="fls_treatment_overdue")}
    assert overdue == {"Fracture Untreated", "Hip Untreated", "Supplement Only", "Everything Wrong"}
    by_name = [r.name for r in caseload(fixture_db, D, sort_key="name")]
    assert by_name == sorted(by_name, key=str.casefold)
    row = next(r for r in attention if r.name == "Fracture No Scan")
    d = row_as_dict(row)
    assert d["flags"] == ["fls_assessment_overdue"]
    assert [(i["indicator"], i["status"]) for i in d["fracture_liaison"]] == [  # type: ignore[union-attr]
        ("assessment", "overdue"),
        ("treatment", "met"),
        ("exercise", "met"),
        ("persistence", "pending"),
    ]
    assert d["fracture_liaison"][0]["due"] == (day(90) + dt.timedelta(weeks=12)).isoformat()  # type: ignore[index]
    text = as_csv(attention)
    assert text.splitlines()[0].startswith("patient_id,name,birth_date,category")
    assert len(text.splitlines()) == len(attention) + 1
    with pytest.raises(ValidationError, match="filter"):
        caseload(fixture_db, D, flag_filter="nonsense")
