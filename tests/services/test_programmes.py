"""Programmes as a physiotherapist and a patient use them: six weeks logged against a programme
with two accepted progressions give the right versions, weekly adherence and plan rule."""

from __future__ import annotations

import datetime as dt

import pytest

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.intake import week_start
from bonetracker.domain.records import FractureSite, PatientId
from bonetracker.services import fractures, patients, programmes, workouts
from bonetracker.services.queries.plan import patient_plan
from bonetracker.storage.database import Database

TODAY = dt.date.today()
START = week_start(TODAY) - dt.timedelta(days=42)  # the Monday six weeks ago


@pytest.fixture
def pid(db: Database) -> PatientId:
    patient = patients.add_patient(
        db,
        patients.parse_patient(
            {"name": "Ann Lee", "sex": "female", "birth_date": "1950-03-02", "menopause": "post"}
        ),
    )
    assert patient.id is not None
    return patient.id


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def log(db: Database, pid: PatientId, n: int, item_id: int | None, effort: int | None = 5) -> None:
    assert item_id is not None
    programmes.log_as_prescribed(db, pid, day(n), [item_id], effort)


def test_six_weeks_with_two_progressions(db: Database, pid: PatientId) -> None:
    programme, left_out = programmes.new_programme(db, pid, name="Home", start=START)
    assert left_out == [] and programme.current is not None and programme.current.items == ()
    programmes.add_item(
        db, pid, {"activity": "bodyweight squats", "sets": "2", "reps": "8", "per_week": "3"}, on=START
    )
    programme, walk = programmes.add_item(
        db, pid, {"activity": "Brisk walking", "minutes": "20", "per_week": "2"}, on=START
    )
    assert [v.number for v in programme.versions] == [1]  # amended: nothing logged yet that day
    squats = programme.versions[0].items[0]
    for week in (0, 7):
        for n in (0, 2, 4):
            log(db, pid, week + n, squats.id)
        for n in (1, 3):
            log(db, pid, week + n, walk.id, effort=None)
    view = programmes.programme_view(db, pid, day(13))
    assert view is not None
    [proposal] = view.proposals
    assert (proposal.item.id, proposal.proposed.reps) == (squats.id, 10)
    programme = programmes.accept_progression(db, pid, proposal, on=day(14))
    squats2 = programme.versions[-1].items[0]
    walk2 = programme.versions[-1].items[1]
    assert (squats2.reps, programme.versions[-1].start) == (10, day(14))
    for week in (14, 21):
        for n in (0, 2, 4):
            log(db, pid, week + n, squats2.id, effort=6)
        log(db, pid, week + 1, walk2.id, effort=None)
    view = programmes.programme_view(db, pid, day(27))
    assert view is not None and [p.proposed.reps for p in view.proposals] == [12]
    programme = programmes.accept_progression(db, pid, view.proposals[0], on=day(28))
    squats3 = programme.versions[-1].items[0]
    for week in (28, 35):
        log(db, pid, week, squats3.id, effort=7)

    view = programmes.programme_view(db, pid, TODAY)
    assert view is not None
    assert [(v.number, v.start) for v in view.programme.versions] == [(1, START), (2, day(14)), (3, day(28))]
    assert [v.items[0].reps for v in view.programme.versions] == [8, 10, 12]
    weeks = [w for w in view.weeks if w.week_start < week_start(TODAY)]
    assert [(w.items_done, w.items_prescribed) for w in weeks] == [
        (5, 5),
        (5, 5),
        (4, 5),
        (4, 5),
        (1, 5),
        (1, 5),
    ]
    assert [w.version for w in weeks] == [1, 1, 2, 2, 3, 3]
    assert view.recent is not None and view.recent.percent == pytest.approx(50.0)
    assert view.proposals == ()  # effort 7 is not easy enough to progress

    plan = patient_plan(db, pid, TODAY)
    [rule] = [r for r in plan.recommendations if r.id == "programme_adherence"]
    assert "10 of 20 prescribed exercises (50 %)" in rule.reason
    assert "Peek" in rule.source and "Strong, Steady and Straight" in rule.source
    assert plan.programme_adherence is not None and plan.programme_adherence.items_done == 10


def test_dismissed_progression_is_not_offered_again(db: Database, pid: PatientId) -> None:
    programmes.new_programme(db, pid, start=START)
    _, squats = programmes.add_item(
        db, pid, {"activity": "Bodyweight squats", "sets": "2", "reps": "8", "per_week": "2"}, on=START
    )
    log(db, pid, 0, squats.id)
    log(db, pid, 2, squats.id)
    view = programmes.programme_view(db, pid)
    assert view is not None and len(view.proposals) == 1
    programmes.dismiss_progression(db, view.proposals[0])
    view = programmes.programme_view(db, pid)
    assert view is not None and view.proposals == ()
    log(db, pid, 4, squats.id)  # a newer easy session: the question comes back
    view = programmes.programme_view(db, pid)
    assert view is not None and len(view.proposals) == 1


def test_template_leaves_out_what_is_restricted_and_adding_it_needs_clearance(
    db: Database, pid: PatientId
) -> None:
    fractures.log_fracture(
        db,
        fractures.parse_fracture(
            pid, {"date": "2025-06-01", "site": FractureSite.HIP.value, "low_trauma": True}
        ),
    )
    programme, left_out = programmes.new_programme(db, pid, template="low_bone_mass", start=START)
    assert [i.activity for i, _ in left_out] == ["Jumping and hopping"]
    assert "hip fracture is on record (2025-06-01)" in left_out[0][1][0].reason
    assert programme.current is not None
    assert "Jumping and hopping" not in {i.activity for i in programme.current.items}
    with pytest.raises(ValidationError) as err:
        programmes.add_item(db, pid, {"activity": "Jumping and hopping", "impacts": "20", "per_week": "3"})
    [message] = [e.message for e in err.value.errors if e.field == "activity"]
    assert (
        "hip fracture" in message and "supervised or cleared" in message and "Too Fit To Fracture" in message
    )
    assert len(programmes.require_programme(db, pid).versions) == 1  # nothing written
    programme, item = programmes.add_item(
        db, pid, {"activity": "Jumping and hopping", "impacts": "20", "per_week": "3", "cleared": True}
    )
    assert item.cleared and item.dose_text() == "20 impacts"
    view = programmes.programme_view(db, pid)
    assert view is not None and "Jumping and hopping" in view.restrictions


@pytest.mark.parametrize(
    ("raw", "field", "fragment"),
    [
        ({"activity": "Bodyweight squats", "per_week": "3"}, "minutes", "give a dose"),
        ({"activity": "Bodyweight squats", "sets": "2", "per_week": "3"}, "reps", "is needed with sets"),
        (
            {"activity": "Bodyweight squats", "sets": "2", "reps": "8", "per_week": "0"},
            "per_week",
            "from 1 to 14",
        ),
        (
            {"activity": "Walking", "minutes": "20", "load_kg": "3", "per_week": "2"},
            "load_kg",
            "sets and reps",
        ),
        ({"activity": "Moonwalking", "minutes": "20", "per_week": "2"}, "activity", "Moonwalking"),
        (
            {"activity": "Walking", "minutes": "20", "per_week": "2", "progression": "faster"},
            "progression",
            "faster",
        ),
    ],
)
def test_bad_items_name_the_field_and_write_nothing(
    db: Database, pid: PatientId, raw: dict[str, object], field: str, fragment: str
) -> None:
    programmes.new_programme(db, pid, start=START)
    with pytest.raises(ValidationError) as err:
        programmes.add_item(db, pid, raw)
    assert any(e.field == field and fragment in e.message for e in err.value.errors), err.value.errors
    current = programmes.require_programme(db, pid).current
    assert current is not None and current.items == ()


def test_log_and_programme_item_checks(db: Database, pid: PatientId) -> None:
    with pytest.raises(NotFoundError):
        programmes.log_as_prescribed(db, pid, TODAY)
    programmes.new_programme(db, pid, start=START)
    _, item = programmes.add_item(
        db,
        pid,
        {"activity": "Balance drills", "minutes": "10", "balance_level": "1", "per_week": "4"},
        on=START,
    )
    with pytest.raises(ValidationError):
        programmes.log_as_prescribed(db, pid, TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        programmes.log_as_prescribed(db, pid, START - dt.timedelta(days=1))
    [logged] = programmes.log_as_prescribed(db, pid, TODAY, effort=4)
    assert (logged.activity, logged.minutes, logged.programme_item_id) == ("Balance drills", 10, item.id)
    assert logged.notes == "as prescribed: 10 min, feet together"
    assert workouts.list_workouts(db, pid)[0].programme_item_id == item.id
    assert item.id is not None
    assert programmes.check_programme_item(db, pid, item.id, "balance drills") == item.id
    with pytest.raises(ValidationError):
        programmes.check_programme_item(db, pid, item.id, "Walking")
    with pytest.raises(ValidationError):
        programmes.check_programme_item(db, pid, 999, "Walking")
