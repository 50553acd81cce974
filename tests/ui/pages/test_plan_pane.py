"""The plan pane follows the context: empty state, first scan, look-back date, advice with reasons."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from bonetracker.domain.bmd import CATEGORY_LABELS, Category
from bonetracker.domain.guidance import Recommendation
from bonetracker.domain.plan import INTAKE_KEYS, Plan
from bonetracker.domain.records import PatientId
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages import PAGES, load_page
from bonetracker.ui.pages.plan.pane import PlanPane
from bonetracker.ui.pages.plan.recommendations import GROUPS, RecommendationCard
from bonetracker.ui.pages.plan.style import signed

TODAY = dt.date.today()


def years_ago(years: int, days: int = 0) -> dt.date:
    return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28)) - dt.timedelta(days=days)


def add_person(
    db: Database, *, name: str = "Ann Example", birth: str = "1955-03-01", menopause: str | None = "post"
) -> PatientId:
    raw = {"name": name, "sex": "female", "birth_date": birth, "weight_kg": "60", "menopause": menopause}
    patient = add_patient(db, parse_patient(raw))
    assert patient.id is not None
    return patient.id


def add_scan(
    db: Database, pid: PatientId, day: dt.date, t: str, bmd: str = "", site: str = "lumbar_spine", z: str = ""
) -> None:
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
    assert PAGES[0] == ("Plan", "bonetracker.ui.pages.plan.pane:PlanPane")
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


# -- switching patients: cards are reused by recommendation id, never stale -----------------------
def osteoporosis_with_loss(db: Database) -> PatientId:
    """Eleven recommendations, four of them "Do first" (classification among them)."""
    pid = add_person(db, name="Ann Loss")
    add_scan(db, pid, years_ago(3), "-2.2", "0.850")
    add_scan(db, pid, years_ago(1, days=30), "-2.8", "0.790")
    add_scan(db, pid, years_ago(1, days=30), "-2.0", "0.700", site="femoral_neck")
    return pid


def low_bone_mass(db: Database) -> PatientId:
    """Seven recommendations, all shared with the patient above; classification is "This week"."""
    pid = add_person(db, name="Bea Low", birth="1960-01-01")
    add_scan(db, pid, years_ago(0, days=40), "-1.6", "0.900")
    return pid


def card_ids(pane: PlanPane) -> list[str]:
    return [card.rec.id for card in pane.recommendations.cards]


def card_texts(card: RecommendationCard) -> tuple[str, ...]:
    return (
        card.category.text(),
        card.title.text(),
        card.detail.text(),
        card.reason.text(),
        card.source.text(),
    )


def rec_texts(rec: Recommendation) -> tuple[str, ...]:
    return (str(rec.category).upper(), rec.title, rec.detail, f"Why: {rec.reason}", f"Source: {rec.source}")


def assert_cards_show(pane: PlanPane, plan: Plan) -> None:
    """The cards are exactly the plan's recommendations, in its order, grouped, and visible."""
    assert card_ids(pane) == [r.id for r in plan.recommendations]
    for card, rec in zip(pane.recommendations.cards, plan.recommendations, strict=True):
        assert card.rec == rec
        assert card_texts(card) == rec_texts(rec)
        assert card.objectName() == f"rec_{rec.id}"
        assert card.isVisibleTo(pane)
        box = pane.recommendations.boxes[min(max(rec.priority, 1), 3)]
        assert box.indexOf(card) >= 0
    for priority, title in GROUPS:
        count = sum(1 for r in plan.recommendations if min(max(r.priority, 1), 3) == priority)
        heading = pane.recommendations.headings[priority]
        assert heading.isVisibleTo(pane) == bool(count)
        if count:
            assert heading.text() == f"{title} ({count})"
        # the box holds exactly its group's cards, in the plan's order
        box = pane.recommendations.boxes[priority]
        in_box = [box.itemAt(i).widget() for i in range(box.count())]  # type: ignore[union-attr]
        assert [c.rec.id for c in in_box] == [  # type: ignore[union-attr]
            r.id for r in plan.recommendations if min(max(r.priority, 1), 3) == priority
        ]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = pane.findChildren(RecommendationCard)
    assert sorted(c.rec.id for c in alive) == sorted(card_ids(pane))  # removed cards are deleted


def test_switching_patients_shows_exactly_the_new_patients_cards_reusing_shared_ids(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    a, b = osteoporosis_with_loss(db), low_bone_mass(db)
    select(qtbot, pane, ctx, a)
    plan_a = pane.current_plan
    assert plan_a is not None
    assert_cards_show(pane, plan_a)
    before = {card.rec.id: card for card in pane.recommendations.cards}

    ctx.select_patient(b)
    pane.refresh()  # synchronously: no event loop turn between the switch and the checks
    plan_b = pane.current_plan
    assert plan_b is not None and plan_b.record.patient.id == b
    ids_b = {r.id for r in plan_b.recommendations}
    shared, vanished = ids_b & set(before), set(before) - ids_b
    # The two plans overlap but differ, and one card moves from "Do first" to "This week".
    assert shared and vanished and ids_b <= set(before)
    priority = {r.id: r.priority for r in plan_a.recommendations}
    assert priority["classification"] == 1
    assert next(r for r in plan_b.recommendations if r.id == "classification").priority == 2

    for card in pane.recommendations.cards:
        assert card is before[card.rec.id]  # reused, with B's texts (checked below)
    for rec_id in vanished:
        assert not before[rec_id].isVisibleTo(pane)  # gone from the screen at once
    assert_cards_show(pane, plan_b)  # ...and deleted once the event loop runs
    for rec_id in vanished:
        assert not isValid(before[rec_id])
        assert pane.findChild(RecommendationCard, f"rec_{rec_id}") is None

    # What the cards on screen say is B's advice and nothing else.
    on_cards = [
        lb.text()
        for card in pane.findChildren(RecommendationCard)
        if card.isVisibleTo(pane)
        for lb in card.findChildren(QLabel)
        if lb.isVisibleTo(pane)
    ]
    assert sorted(on_cards) == sorted(t for rec in plan_b.recommendations for t in rec_texts(rec))
    text = shown_text(pane)
    for rec in plan_a.recommendations:
        if rec.id in vanished:
            assert rec.reason not in text
    # A's card texts that quote A's numbers are replaced, not left behind.
    old_reason = next(r.reason for r in plan_a.recommendations if r.id == "classification")
    new_reason = next(r.reason for r in plan_b.recommendations if r.id == "classification")
    assert old_reason != new_reason and old_reason not in text


def test_cards_for_new_ids_are_created_in_order_and_drawn_in_order(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    pane.show()
    qtbot.waitExposed(pane)
    a, b = osteoporosis_with_loss(db), low_bone_mass(db)
    no_scan = add_person(db, name="Cat Noscan")
    for pid in (b, a, no_scan, b, a, b):  # new ids appear one at a time and several at once
        previous = {card.rec.id: card for card in pane.recommendations.cards}
        select(qtbot, pane, ctx, pid)
        plan = pane.current_plan
        assert plan is not None
        assert_cards_show(pane, plan)
        for card in pane.recommendations.cards:
            assert card.isVisible()
            if card.rec.id in previous:
                assert card is previous[card.rec.id]
        qtbot.waitUntil(lambda: all(c.y() > 0 for c in pane.recommendations.cards))
        tops = [card.mapTo(pane, card.rect().topLeft()).y() for card in pane.recommendations.cards]
        assert tops == sorted(tops) and len(set(tops)) == len(tops)  # on screen in the plan's order


def test_site_table_rows_follow_the_patient(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    a, b = osteoporosis_with_loss(db), low_bone_mass(db)
    no_scan = add_person(db, name="Cat Noscan")
    table = pane.status.sites
    select(qtbot, pane, ctx, a)
    assert len(table.rows) == 2
    assert {row[0].text() for row in table.rows} == {"Lumbar spine (L1-L4)", "Femoral neck"}
    assert table.rows[0][4].toolTip().startswith("From ")  # the spine has a previous scan
    select(qtbot, pane, ctx, no_scan)
    assert not table.isVisibleTo(pane)
    select(qtbot, pane, ctx, b)
    assert table.isVisibleTo(pane)
    assert len(table.rows) == 1
    row = [label.text() for label in table.rows[0]]
    assert row[:3] == ["Lumbar spine (L1-L4)", years_ago(0, days=40).isoformat(), "0.900"]
    assert row[3] == signed(-1.6) and row[4] == "—" and row[5] == "first scan at this site"
    assert table.rows[0][4].toolTip() == "" and table.rows[0][5].toolTip() == ""
    assert "Femoral neck" not in shown_text(pane)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    cells = [lb for lb in table.findChildren(QLabel) if lb.parent() is table]
    assert len(cells) == 5 + 6 * len(table.rows)  # the header and each row (values + significance)


def test_focus_in_a_card_survives_a_refresh_that_adds_cards(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    pane.show()
    qtbot.waitExposed(pane)
    a, b = osteoporosis_with_loss(db), low_bone_mass(db)
    select(qtbot, pane, ctx, b)
    card = pane.findChild(RecommendationCard, "rec_log_meals")
    assert card is not None
    pane.activateWindow()
    card.reason.setFocus()  # a clicked, selectable reason
    qtbot.waitUntil(card.reason.hasFocus)
    select(qtbot, pane, ctx, a)  # four new cards around it
    assert pane.findChild(RecommendationCard, "rec_log_meals") is card
    assert card.reason.hasFocus()
    assert all(c.isVisible() for c in pane.recommendations.cards)
    assert pane.current_plan is not None
    assert_cards_show(pane, pane.current_plan)


def test_an_empty_list_says_so_and_cards_come_back(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    select(qtbot, pane, ctx, low_bone_mass(db))
    plan = pane.current_plan
    assert plan is not None
    pane.show_plan(replace(plan, recommendations=()))
    assert pane.recommendations.cards == []
    assert pane.recommendations.nothing.isVisibleTo(pane)
    assert not any(h.isVisibleTo(pane) for h in pane.recommendations.headings.values())
    pane.show_plan(plan)
    assert not pane.recommendations.nothing.isVisibleTo(pane)
    assert_cards_show(pane, plan)


def test_a_repeated_id_gets_its_own_card(qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database) -> None:
    select(qtbot, pane, ctx, low_bone_mass(db))
    plan = pane.current_plan
    assert plan is not None
    first = plan.recommendations[0]
    twice = replace(
        plan, recommendations=(first, replace(first, reason="another reason"), *plan.recommendations[1:])
    )
    pane.show_plan(twice)
    cards = pane.recommendations.cards
    assert len(cards) == len(twice.recommendations) and cards[0] is not cards[1]
    assert cards[1].reason.text() == "Why: another reason"
    pane.show_plan(plan)
    assert_cards_show(pane, plan)


def test_the_category_is_drawn_large_in_its_band_colour(
    qtbot: QtBot, ctx: AppContext, db: Database, qapp
) -> None:  # type: ignore[no-untyped-def]
    """With the application style sheet (as the app runs), the status line takes its look
    and its band's tone, and follows the patient from amber to red."""
    from PySide6.QtGui import QColor, QPalette

    from bonetracker.ui.app import load_stylesheet
    from bonetracker.ui.pages.plan.style import AMBER, RED

    qapp.setStyleSheet(load_stylesheet())
    try:
        pane = PlanPane(ctx)
        qtbot.addWidget(pane)
        pane.show()
        low, severe = add_person(db), add_person(db, name="Bea Example")
        add_scan(db, low, years_ago(0, days=30), "-1.8")
        add_scan(db, severe, years_ago(0, days=30), "-3.1")
        for pid, colour in ((low, AMBER), (severe, RED)):
            select(qtbot, pane, ctx, pid)
            category = pane.status.category
            qtbot.waitUntil(
                lambda c=category, col=colour: c.palette().color(QPalette.ColorRole.WindowText) == QColor(col)
            )
            assert category.font().pointSizeF() == pytest.approx(20)
            assert category.font().weight() >= 700
    finally:
        qapp.setStyleSheet("")


def test_an_unknown_look_or_tone_is_a_programming_error() -> None:
    from bonetracker.ui.pages.plan.style import set_look, text_label

    label = text_label("x", "body")
    with pytest.raises(KeyError):
        set_look(label, "shouting")
    with pytest.raises(KeyError):
        set_look(label, "body", "#123456")


def test_site_table_says_not_comparable_in_words() -> None:
    """Lunar then Hologic: the plan pane's significance column names the reason, never a loss."""
    import dataclasses
    import datetime as dt

    from bonetracker.domain.change import summarize_scans
    from bonetracker.domain.records import Device, DxaScan, PatientId, Site, SiteMeasurement
    from bonetracker.ui.pages.plan.widgets import significance

    def visit(day: dt.date, bmd: float, device: Device) -> DxaScan:
        m = SiteMeasurement(Site.LUMBAR_SPINE, bmd=bmd, t_score=-1.5)
        return dataclasses.replace(DxaScan(None, PatientId(1), day, (m,)), device=device)

    scans = [
        visit(dt.date(2021, 6, 1), 1.050, Device.GE_LUNAR),
        visit(dt.date(2023, 6, 1), 0.940, Device.HOLOGIC),
    ]
    (summary,), _ = summarize_scans(scans, [], dt.date(2024, 1, 1))
    text, _colour = significance(summary)
    assert text == "not comparable: different scanner makes (GE Lunar then Hologic)"


def test_status_card_says_osteoporosis_by_a_hip_fracture(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    """AACE/ACE 2020: a low-trauma hip fracture is osteoporosis whatever the T-score."""
    from bonetracker.domain.records import Fracture, FractureSite
    from bonetracker.services.fractures import log_fracture

    pid = add_person(db)
    add_scan(db, pid, years_ago(0, days=30), "-1.5")
    log_fracture(db, Fracture(None, pid, years_ago(1), FractureSite.HIP, True))
    select(qtbot, pane, ctx, pid)
    assert pane.status.category.text() == CATEGORY_LABELS[Category.OSTEOPOROSIS]
    hint = pane.status.hint.text()
    assert hint.startswith(f"Osteoporosis by a low-trauma hip fracture on {years_ago(1).isoformat()}")
    assert "latest T -1.5" in hint


def test_a_missing_protein_target_shows_no_bar(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    """Issue 15: without a weight there is no protein target, so no (full green) bar either."""
    raw = {"name": "No Weight", "sex": "female", "birth_date": "1955-03-01", "menopause": "post"}
    patient = add_patient(db, parse_patient(raw))
    assert patient.id is not None
    select(qtbot, pane, ctx, patient.id)
    bar, label = pane.intake.rows["protein_g"]
    assert not bar.shows_bar and "no target" in label.text()
    calcium, _ = pane.intake.rows["calcium_mg"]
    assert calcium.shows_bar


def test_a_cumulative_gain_is_said_plainly_and_not_in_green() -> None:
    """Issue 15: 'no significant change (since ...: significant gain)' in bold green misled."""
    import datetime as dt

    from bonetracker.domain.change import summarize_scans
    from bonetracker.domain.records import DxaScan, Site, SiteMeasurement
    from bonetracker.ui.pages.plan.widgets import GREY, significance

    def visit(day: dt.date, bmd: float) -> DxaScan:
        return DxaScan(None, PatientId(1), day, (SiteMeasurement(Site.TOTAL_HIP, bmd=bmd),))

    scans = [
        visit(dt.date(2020, 1, 1), 0.80),
        visit(dt.date(2022, 1, 1), 0.815),
        visit(dt.date(2024, 1, 1), 0.83),
    ]
    (summary,), _ = summarize_scans(scans, [], dt.date(2024, 6, 1))
    text, colour = significance(summary)
    assert text == "no significant change since 2022-01-01; a significant gain since 2020-01-01"
    assert colour == GREY


def test_a_typed_as_of_date_is_taken_as_typed(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    """Issue 15: typing 2022-01-01 gave a plan for 2026-01-01; a date out of range is explained."""
    pid = add_person(db, birth="1950-03-01")
    select(qtbot, pane, ctx, pid)
    edit = pane.as_of_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2022-01-01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.current_plan is not None and pane.current_plan.as_of == dt.date(2022, 1, 1))
    edit.selectAll()
    qtbot.keyClicks(edit, "1949-01-01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pane.as_of_error.isVisibleTo(pane)
    assert "from 1950-03-01 (the birth date)" in pane.as_of_error.text()
    assert pane.current_plan is not None and pane.current_plan.as_of == dt.date(2022, 1, 1)


def test_vitamin_d_target_in_micrograms_when_chosen(
    qtbot: QtBot, pane: PlanPane, ctx: AppContext, db: Database
) -> None:
    from bonetracker.ui.preferences import KEY_VITAMIN_D_UNIT, app_settings

    select(qtbot, pane, ctx, add_person(db, birth=years_ago(75).isoformat()))  # over 70: 800 IU
    label = pane.intake.rows["vitamin_d_iu"][1]
    assert label.text() == "not logged · target 800 IU"
    app_settings().setValue(KEY_VITAMIN_D_UNIT, "µg")
    pane.intake.set_plan(pane.current_plan)  # type: ignore[arg-type]
    assert label.text() == "not logged · target 20 µg"
