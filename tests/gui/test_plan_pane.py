"""The plan pane follows the context: empty state, first scan, look-back date, advice with reasons."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bonetracker.domain.bmd import CATEGORY_LABELS, Category
from bonetracker.domain.plan import INTAKE_KEYS
from bonetracker.domain.records import PatientId
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages import PAGES, load_page
from bonetracker.ui.plan_pane import PlanPane
from bonetracker.ui.plan_widgets import RecommendationCard, signed

TODAY = dt.date.today()


def years_ago(years: int, days: int = 0) -> dt.date:
    return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28)) - dt.timedelta(days=days)


def add_person(db: Database, *, name: str = "Ann Example", birth: str = "1955-03-01",
               menopause: str | None = "post") -> PatientId:
    raw = {"name": name, "sex": "female", "birth_date": birth, "weight_kg": "60", "menopause": menopause}
    patient = add_patient(db, parse_patient(raw))
    assert patient.id is not None
    return patient.id


def add_scan(db: Database, pid: PatientId, day: dt.date, t: str, bmd: str = "",
             site: str = "lumbar_spine", z: str = "") -> None:
    sites = [{"site": site, "t_score": t or None, "bmd": bmd or None, "z_score": z or None}]
    log_scan(db, parse_scan(pid, {"date": day.isoformat()}, sites))


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext) -> PlanPane:
    widget = PlanPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    return widget


def select(qtbot: QtBot, pane: PlanPane, ctx: AppContext, pid: PatientId) -> None:
    ctx.select_patient(pid)
    qtbot.waitUntil(lambda: pane.current_plan is not None and pane.current_plan.record.patient.id == pid)


def shown_text(pane: PlanPane) -> str:
    """Every label the user could see, so assertions read like what is on screen."""
    return "\n".join(lb.text() for lb in pane.findChildren(QLabel) if lb.isVisibleTo(pane))


def test_plan_is_registered_as_the_first_page() -> None:
    assert PAGES[0] == ("Plan", "bonetracker.ui.plan_pane:PlanPane")
    assert load_page(PAGES[0][1]) is PlanPane


def test_no_patient_shows_the_empty_state(pane: PlanPane) -> None:
    assert pane.current_plan is None
    assert pane.stack.currentIndex() == 0
    assert "Select a patient" in pane.empty.text()


def test_deselecting_the_patient_returns_to_the_empty_state(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    select(qtbot, pane, ctx, add_person(db))
    ctx.select_patient(None)
    qtbot.waitUntil(lambda: pane.current_plan is None)
    assert pane.stack.currentIndex() == 0


def test_patient_without_scans_is_unknown_with_a_hint(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    select(qtbot, pane, ctx, add_person(db))
    assert pane.stack.currentIndex() == 1
    assert pane.status.category.text() == CATEGORY_LABELS[Category.UNKNOWN]
    assert "add a DXA result on the Scans page" in pane.status.hint.text()
    assert not pane.status.scale.isVisibleTo(pane)
    assert "no scan on record" in pane.next_scan.text()
    assert "does not diagnose or prescribe" in pane.disclaimer.text()


def test_logging_a_scan_refreshes_the_status_card(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    pid = add_person(db)
    select(qtbot, pane, ctx, pid)
    add_scan(db, pid, years_ago(0, days=30), "-1.8")
    with qtbot.waitSignal(ctx.data_changed):
        ctx.notify_changed("scan")
    label = CATEGORY_LABELS[Category.LOW_BONE_MASS]
    qtbot.waitUntil(lambda: pane.status.category.text() == label)
    assert f"T-score {signed(-1.8)}" in pane.status.score.text()
    assert "Lumbar spine" in pane.status.score.text()
    assert pane.status.scale.t_score == pytest.approx(-1.8)
    assert not pane.status.hint.isVisibleTo(pane)


def test_osteoporosis_shows_safety_and_medication_advice_with_reasons(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    pid = add_person(db)
    add_scan(db, pid, years_ago(3), "-2.2", "0.850")
    add_scan(db, pid, years_ago(1, days=30), "-2.8", "0.790")
    select(qtbot, pane, ctx, pid)
    plan = pane.current_plan
    assert plan is not None and plan.classification.category is Category.OSTEOPOROSIS
    assert pane.status.category.text() == "Osteoporosis"
    text = shown_text(pane)
    assert "significant loss" in text
    recs = {r.id: r for r in plan.recommendations}
    in_first_group = {card.objectName() for card in pane.recommendations.cards if card.rec.priority == 1}
    assert pane.recommendations.headings[1].text() == f"Do first ({len(in_first_group)})"
    for rec_id in ("spine_safety", "discuss_medication"):
        card = pane.findChild(RecommendationCard, f"rec_{rec_id}")
        assert card is not None and card.isVisibleTo(pane)
        assert card.reason.text() == f"Why: {recs[rec_id].reason}"
        assert recs[rec_id].reason in text
        assert f"Source: {recs[rec_id].source}" in text
        assert f"rec_{rec_id}" in in_first_group
    assert "Do first" in text and "talk to your doctor" in text.lower()
    # Loss at the last scan shortens the interval to a year, so a scan a year ago is due now.
    assert "overdue" in pane.next_scan.text()


def test_as_of_before_the_latest_scan_shows_the_earlier_category(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    pid = add_person(db)
    add_scan(db, pid, years_ago(4), "-1.5")
    add_scan(db, pid, years_ago(1), "-2.7")
    select(qtbot, pane, ctx, pid)
    assert pane.status.category.text() == "Osteoporosis"
    assert not pane.today_button.isEnabled()

    back = years_ago(2)
    pane.as_of_edit.setDate(QDate(back.year, back.month, back.day))
    low = CATEGORY_LABELS[Category.LOW_BONE_MASS]
    qtbot.waitUntil(lambda: pane.status.category.text() == low)
    assert pane.current_plan is not None and pane.current_plan.as_of == back
    assert "Looking back" in pane.looking_back.text()
    assert pane.as_of_edit.maximumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)

    pane.today_button.click()
    qtbot.waitUntil(lambda: pane.status.category.text() == "Osteoporosis")
    assert pane.looking_back.text() == ""


def test_intake_bars_say_not_logged_without_meals(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    select(qtbot, pane, ctx, add_person(db))
    for key in INTAKE_KEYS:
        bar, label = pane.intake.rows[key]
        assert label.text().startswith("not logged"), key
        assert bar.value is None
    assert "0 of 14 days logged" in pane.intake.nutrition_note.text()
    calcium_bar = pane.intake.rows["calcium_mg"][0]
    assert calcium_bar.upper == pane.current_plan.targets.calcium_upper_mg  # type: ignore[union-attr]
    assert pane.intake.rows["strength_sessions"][1].text().startswith("0 of 2")


def test_z_score_reading_is_neutral_without_who_bands(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    young = years_ago(40).isoformat()
    pid = add_person(db, name="Young Example", birth=young, menopause="pre")
    add_scan(db, pid, years_ago(0, days=10), "-2.4", z="-2.3")
    select(qtbot, pane, ctx, pid)
    assert pane.status.category.text() == CATEGORY_LABELS[Category.BELOW_EXPECTED_RANGE_FOR_AGE]
    assert f"Z-score {signed(-2.3)}" in pane.status.score.text()
    assert not pane.status.scale.isVisibleTo(pane)


def test_refresh_replaces_cards_without_leaking(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    pid = add_person(db)
    select(qtbot, pane, ctx, pid)
    first_cards = list(pane.recommendations.cards)
    pane.refresh()
    assert pane.recommendations.cards == first_cards  # nothing changed: cards kept
    add_scan(db, pid, years_ago(0, days=5), "-2.9")
    ctx.notify_changed("scan")
    qtbot.waitUntil(lambda: pane.status.category.text() == "Osteoporosis")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = pane.findChildren(RecommendationCard)
    assert len(alive) == len(pane.recommendations.cards) == len(pane.current_plan.recommendations)  # type: ignore[union-attr]
