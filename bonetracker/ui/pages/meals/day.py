"""The Day side of the Meals page: one bar per nutrient against the patient's targets, the
supplement courses counted in, and the day's meals (deleting one goes on the undo stack).

It lives apart from :mod:`bonetracker.ui.pages.meals.page` so that module is about entering a meal
food by food, and this one about reviewing a saved day. :func:`item_text` is here because both
sides list foods the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from bonetracker.domain.errors import NotFoundError, StaleRecordError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.nutrition import NUTRIENTS, format_amount
from bonetracker.domain.records import Meal, MealItem, PatientId
from bonetracker.services import meals as svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import done_and_notify
from bonetracker.ui.pages.meals.food_search import DayBars

ITEM_ROLE = Qt.ItemDataRole.UserRole


def item_text(item: MealItem) -> str:
    amount = f"{item.amount:g} {item.unit} · " if item.amount is not None and item.unit != "g" else ""
    calcium = item.nutrients.calcium_mg
    ca = "calcium unknown" if calcium is None else f"{calcium:.0f} mg calcium"
    return f"{item.food_description} — {amount}{item.grams:g} g · {ca}"


class MealDayBox(QGroupBox):
    """The "Day" box: nutrient bars, supplements and the meal tree of one patient's day.

    ``report`` shows a one-line outcome of a delete (the Meals page's status line).
    """

    def __init__(self, ctx: AppContext, report: Callable[[str], object]) -> None:
        super().__init__("Day")
        self.ctx = ctx
        self.report = report
        self.bars, self.supplements = DayBars(), QLabel()
        self.supplements.setWordWrap(True)
        self.meal_tree = QTreeWidget()
        self.meal_tree.setWordWrap(True)  # whole food names, wrapped, not cut short
        self.meal_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.meal_tree.setHeaderHidden(True)
        self.delete_button = QPushButton("Delete meal")
        self.delete_button.clicked.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bars)
        layout.addWidget(self.supplements)
        layout.addWidget(self.meal_tree, 1)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_day(self, pid: int | None, day: dt.date) -> None:
        """Show ``day`` of patient ``pid`` (no patient: empty bars and no meals)."""
        self.meal_tree.clear()
        if pid is None:
            self.bars.set_bars([])
            return
        try:
            summary = svc.day_summary(self.ctx.db, PatientId(pid), day)
        except NotFoundError:
            return
        self.setTitle(f"Day: {day.strftime('%a %d %b %Y')}")
        self.bars.set_bars(list(summary.bars))
        extra = summary.totals.supplements
        self.supplements.setText("Includes supplements: " + ", ".join(
            f"{format_amount(v, n)} {NUTRIENTS[n].label}" for n, v in extra.items()) if extra else "")
        for meal in summary.meals:
            n = len(meal.items)
            top = QTreeWidgetItem([f"{meal.kind.value.capitalize()} ({n} food{'' if n == 1 else 's'})"])
            top.setData(0, ITEM_ROLE, meal)
            top.addChildren([self._food_item(i) for i in meal.items])
            self.meal_tree.addTopLevelItem(top)
        self.meal_tree.expandAll()

    @staticmethod
    def _food_item(item: MealItem) -> QTreeWidgetItem:
        node = QTreeWidgetItem([item_text(item)])
        node.setData(0, ITEM_ROLE, item)
        return node

    def remove_food(self, meal: Meal, food: MealItem) -> None:
        """Take one food out of a saved meal (the meal goes with its last food); Ctrl+Z puts it back."""
        assert meal.id is not None and food.id is not None
        try:
            before, _after = svc.remove_food(self.ctx.db, meal.id, food.id)
        except NotFoundError:
            self.report("That food was already removed on another workstation.")
            self.ctx.notify_changed(ChangeKind.MEAL)
            return
        db, meal_id, item_id = self.ctx.db, meal.id, food.id
        what = f"{food.food_description} from the {meal.kind.value} of {format_date(meal.date)}"
        done_and_notify(self.ctx, ChangeKind.MEAL, f"remove {what}",
                        undo=lambda: svc.put_back_meal(db, before),
                        redo=lambda: svc.remove_food(db, meal_id, item_id))
        self.report(f"Removed {food.food_description} from the {meal.kind.value} (Ctrl+Z to undo).")
        self.ctx.notify_changed(ChangeKind.MEAL)

    def delete_selected(self) -> None:
        """Delete the selected meal, or only the selected food of a meal; both undoable."""
        item = self.meal_tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is not None and parent is not None:
            food = item.data(0, ITEM_ROLE)
            meal = parent.data(0, ITEM_ROLE)
            if food is not None and meal is not None and food.id is not None and meal.id is not None:
                self.remove_food(meal, food)
                return
        while item is not None and item.parent() is not None:
            item = item.parent()
        meal = item.data(0, ITEM_ROLE) if item is not None else None
        if meal is None or meal.id is None:
            return
        try:
            removed = svc.delete_meal(self.ctx.db, meal.id, version=meal.version)
        except StaleRecordError:  # another workstation added to it since it was listed
            self.report(f"The {meal.kind.value} was changed on another workstation since it was "
                        "listed, so it was not deleted; the list now shows the change.")
            self.ctx.notify_changed(ChangeKind.MEAL)
            return
        except NotFoundError:  # meals are never edited in place, but another workstation may delete
            self.report(f"The {meal.kind.value} was already deleted on another workstation.")
            self.ctx.notify_changed(ChangeKind.MEAL)
            return
        db, meal_id = self.ctx.db, meal.id
        done_and_notify(self.ctx, ChangeKind.MEAL,
                        f"delete {removed.kind.value} of {format_date(removed.date)}",
                        undo=lambda: svc.restore_meal(db, removed), redo=lambda: svc.delete_meal(db, meal_id))
        self.report(f"Deleted the {removed.kind.value} (Ctrl+Z to undo).")
        self.ctx.notify_changed(ChangeKind.MEAL)
