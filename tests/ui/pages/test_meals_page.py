"""The Meals page driven like a user: type a food, pick a measure, add, save; errors inline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bonetracker.domain.records import DrugClass, MedicationCourse, PatientId
from bonetracker.services import foods as food_svc
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import entries
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.meals.page import MealsPage
from bonetracker.ui.widgets.forms import undo_stack

# The offscreen platform cannot raise or grab for the completer popup; that is not our warning.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support (propagateSizeHints|raise|grabbing the keyboard)", extend=True)


@pytest.fixture
def food_db(seeded_db: Database) -> Database:
    return seeded_db


@pytest.fixture
def ctx(food_db: Database) -> AppContext:
    patient = patient_svc.add_patient(food_db, patient_svc.parse_patient(
        {"name": "Ann Lee", "sex": "female", "birth_date": "1958-03-02", "weight_kg": "62"}))
    context = AppContext(food_db)
    context.select_patient(patient.id)
    return context


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> MealsPage:
    widget = MealsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def pid(ctx: AppContext) -> PatientId:
    assert ctx.patient_id is not None
    return PatientId(ctx.patient_id)


def type_and_pick(qtbot: QtBot, page: MealsPage, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    popup = page.search.type_ahead.popup()
    assert page.search.model.rowCount() > 0 and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.food is not None


def test_type_pick_portion_add_and_save(qtbot: QtBot, page: MealsPage, ctx: AppContext,
                                        qtmodeltester: object) -> None:
    type_and_pick(qtbot, page, "sardi")
    qtmodeltester.check(page.search.model)  # type: ignore[attr-defined]
    assert page.food is not None and page.food.source_id == "15088"
    assert page.search.text() == "Fish, sardine, Atlantic, canned in oil, drained solids with bone"
    page.unit.setCurrentIndex(page.unit.findData("can (3.75 oz)"))
    page.amount.clear()
    qtbot.keyClicks(page.amount, "2")
    assert "184 g" in page.preview.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.item_list.count() == 1
    assert "calcium 703 mg" in page.totals.text()

    type_and_pick(qtbot, page, "salmon")  # no vitamin D value in SR28: the total says so
    page.add_item()
    assert "vitamin D at least 355 IU; 1 of 2 items has no vitamin D value" in page.totals.text()

    with qtbot.waitSignal(ctx.data_changed, timeout=2000) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["meal"]
    [meal] = meal_svc.list_meals(ctx.db, pid(ctx))
    assert meal.date == today() and len(meal.items) == 2
    assert meal.items[0].grams == 184 and meal.items[0].nutrients.calcium_mg == pytest.approx(702.88)
    assert page.item_list.count() == 0

    reopened = MealsPage(ctx)  # reloaded from the database
    qtbot.addWidget(reopened)
    assert reopened.meal_tree.topLevelItemCount() == 1
    assert reopened.meal_tree.topLevelItem(0).childCount() == 2
    calcium = next(b for b in reopened.bars.bars if b.nutrient == "calcium_mg")
    assert calcium.total.value == pytest.approx(702.88 + 12 * (85 / 3) / 100)  # 1 oz of salmon
    assert calcium.upper == 2000
    assert reopened.recent.count() == 2


def test_bad_input_shows_inline_errors_and_saves_nothing(qtbot: QtBot, page: MealsPage,
                                                         ctx: AppContext) -> None:
    page.add_item()
    assert "pick a food" in page.errors.label_for("food").text().lower()
    type_and_pick(qtbot, page, "whole milk")
    page.amount.setText("0")
    page.add_item()
    assert page.errors.label_for("amount").isVisible()
    assert "more than 0" in page.errors.label_for("amount").text()
    page.amount.setText("30")
    page.unit.setCurrentIndex(page.unit.findData("cup"))
    page.add_item()
    assert "5 kg" in page.errors.label_for("amount").text()
    assert page.item_list.count() == 0
    assert not page.save()
    assert "at least one food" in page.errors.label_for("items").text()
    page.amount.setText("1")
    page.add_item()
    page.date.setText((today() + dt.timedelta(days=1)).isoformat())
    assert not page.save()
    assert "future" in page.errors.label_for("date").text()
    assert meal_svc.list_meals(ctx.db, pid(ctx)) == []


def test_delete_meal_then_undo_restores_it(qtbot: QtBot, page: MealsPage, ctx: AppContext) -> None:
    milk = food_svc.resolve_food(ctx.db, "01077")
    saved = meal_svc.log_meal(ctx.db, meal_svc.parse_meal(
        pid(ctx), {"date": today().isoformat(), "meal": "breakfast"},
        [meal_svc.parse_item(milk, {"amount": "1", "unit": "cup"})]))
    ctx.notify_changed(ChangeKind.MEAL)
    page.meal_tree.setCurrentItem(page.meal_tree.topLevelItem(0).child(0))
    page.delete_selected()
    assert meal_svc.list_meals(ctx.db, pid(ctx)) == []
    assert page.meal_tree.topLevelItemCount() == 0
    undo_stack(ctx).undo()
    [back] = meal_svc.list_meals(ctx.db, pid(ctx))
    assert back.id == saved.id and page.meal_tree.topLevelItemCount() == 1


def test_copy_yesterday_quick_add_and_favourites(qtbot: QtBot, page: MealsPage, ctx: AppContext) -> None:
    yogurt = food_svc.resolve_food(ctx.db, "01117")
    yesterday = today() - dt.timedelta(days=1)
    meal_svc.log_meal(ctx.db, meal_svc.parse_meal(
        pid(ctx), {"date": yesterday.isoformat(), "meal": "lunch"},
        [meal_svc.parse_item(yogurt, {"amount": "1", "unit": "container (6 oz)"})]))
    with qtbot.waitSignal(ctx.data_changed, timeout=2000):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert [m.date for m in meal_svc.list_meals(ctx.db, pid(ctx))] == [yesterday, today()]
    assert page.meal_tree.topLevelItemCount() == 1

    assert page.recent.count() == 1  # quick add of a recent food repeats its portion
    page.quick_add(page.recent.item(0))
    assert page.items[-1].grams == 170 and page.items[-1].unit == "container (6 oz)"

    type_and_pick(qtbot, page, "tofu")
    page.favourite.click()
    assert page.favourite.isChecked() and page.favourites.count() == 1
    page.quick_add(page.favourites.item(0))
    assert page.items[-1].food_description.startswith("Tofu")
    assert "this meal" in page.totals.text().lower()


def test_supplement_courses_count_in_the_day(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.write() as s:
        entries.medications.add(s, MedicationCourse(None, pid(ctx), "vitamin D supplement",
                                                    DrugClass.SUPPLEMENT, today(), daily_amount=800))
    widget = MealsPage(ctx)
    qtbot.addWidget(widget)
    vitamin_d = next(b for b in widget.bars.bars if b.nutrient == "vitamin_d_iu")
    assert vitamin_d.total.value == 800 and vitamin_d.upper == 4000
    assert "800 IU vitamin D" in widget.supplements.text()


def test_page_is_disabled_without_a_patient(qtbot: QtBot, food_db: Database) -> None:
    widget = MealsPage(AppContext(food_db))
    qtbot.addWidget(widget)
    assert not widget.isEnabled()


def test_copy_yesterday_says_what_warns_before_twice_and_undoes(
    qtbot: QtBot, page: MealsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: a second copy asks first (it would count the foods twice); a copy is one undo."""
    yogurt = food_svc.resolve_food(ctx.db, "01117")
    yesterday = today() - dt.timedelta(days=1)
    meal_svc.log_meal(ctx.db, meal_svc.parse_meal(
        pid(ctx), {"date": yesterday.isoformat(), "meal": "lunch"},
        [meal_svc.parse_item(yogurt, {"amount": "1", "unit": "container (6 oz)"})]))
    page.copy_yesterday()
    assert page.status.text() == f"Copied lunch (1 food) from {yesterday.isoformat()} (Ctrl+Z to undo)."
    asked: list[list[str]] = []
    monkeypatch.setattr(page, "confirm_copy_again", lambda _day, foods: asked.append(foods) or False)
    page.copy_yesterday()
    assert len(asked) == 1 and asked[0][0].startswith("Yogurt")
    [today_meal] = meal_svc.list_meals(ctx.db, pid(ctx), today())
    assert len(today_meal.items) == 1, "declined: nothing copied again"
    undo_stack(ctx).undo()
    assert meal_svc.list_meals(ctx.db, pid(ctx), today()) == []
    undo_stack(ctx).redo()
    assert len(meal_svc.list_meals(ctx.db, pid(ctx), today())) == 1


def test_one_food_can_be_removed_from_a_saved_meal_and_put_back(
    qtbot: QtBot, page: MealsPage, ctx: AppContext
) -> None:
    milk, yogurt = food_svc.resolve_food(ctx.db, "01077"), food_svc.resolve_food(ctx.db, "01117")
    saved = meal_svc.log_meal(ctx.db, meal_svc.parse_meal(
        pid(ctx), {"date": today().isoformat(), "meal": "breakfast"},
        [meal_svc.parse_item(milk, {"amount": "1", "unit": "cup"}),
         meal_svc.parse_item(yogurt, {"amount": "1", "unit": "container (6 oz)"})]))
    ctx.notify_changed(ChangeKind.MEAL)
    page.meal_tree.setCurrentItem(page.meal_tree.topLevelItem(0).child(1))
    page.delete_selected()
    [meal] = meal_svc.list_meals(ctx.db, pid(ctx))
    assert [i.food_description for i in meal.items] == [saved.items[0].food_description]
    assert undo_stack(ctx).undoText().startswith("remove Yogurt")
    undo_stack(ctx).undo()
    [back] = meal_svc.list_meals(ctx.db, pid(ctx))
    assert back == saved


def test_food_names_are_shown_whole(qtbot: QtBot, page: MealsPage) -> None:
    """Issue 15: type-ahead and Recent elided names until several milks looked identical."""
    popup = page.search.type_ahead.popup()
    assert popup.textElideMode() == Qt.TextElideMode.ElideNone and popup.wordWrap()  # type: ignore[union-attr]
    for widget in (page.recent, page.favourites):
        assert widget.textElideMode() == Qt.TextElideMode.ElideNone and widget.wordWrap()
    type_and_pick(qtbot, page, "milk")
    tip = page.search.model.data(page.search.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert str(tip).startswith("Milk")
