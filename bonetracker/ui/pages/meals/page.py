"""The Meals page: log a meal food by food with live honest totals, and see the day against the
patient's targets.

Left, the form: date and meal, a type-ahead food search, a household-measure picker, the items
so far and their totals ("at least 410 mg; 1 of 3 items has no vitamin K value"); quick add from
recent and favourite foods; copy yesterday. Right, the day (:mod:`bonetracker.ui.pages.meals.day`): one
bar per nutrient against the target with the upper limit marked for calcium and vitamin D,
supplement courses included, and the day's meals (deleting one goes on the undo stack).

The page is an :class:`~bonetracker.ui.pages.base.entry_section.EntryForm` of meals, as every
entry section is: what the main window asks about unsaved edits (here, foods added but the meal
not saved), the ignored second Save and the re-read put off while the tab is hidden are theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.nutrition import NUTRIENTS, format_amount, totals
from bonetracker.domain.records import Food, FoodHit, Meal, MealItem, MealKind, PatientId
from bonetracker.services import foods as food_svc
from bonetracker.services import meals as svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import done_and_notify
from bonetracker.ui.pages.base.entry_section import EntryForm
from bonetracker.ui.pages.meals.day import ITEM_ROLE, MealDayBox, item_text
from bonetracker.ui.pages.meals.food_search import FoodSearchEdit, PortionPicker
from bonetracker.ui.widgets.forms import DateEdit, InlineErrors, NumberEdit, error_label, undo_stack
from bonetracker.ui.widgets.theme import set_role

SHOWN = ("calcium_mg", "vitamin_d_iu", "protein_g", "vitamin_k_mcg", "magnesium_mg",
         "potassium_mg", "kcal")


class MealsPage(EntryForm[Meal]):
    """Log meals and review the day (see the module docstring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.food: Food | None = None
        self.items: list[MealItem] = []
        self._mark_clean()  # no foods added yet
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_day())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        ctx.patient_changed.connect(lambda _pid: self.reload_when_shown())
        # Status lines belong to the patient and the action they describe: a new patient or an
        # undo/redo makes them stale.
        ctx.patient_changed.connect(self._status_stale)  # bound methods: they end with the page
        undo_stack(ctx).indexChanged.connect(self._status_stale)
        ctx.data_changed.connect(lambda kind: self.reload_when_shown() if kind in (
            ChangeKind.MEAL, ChangeKind.MEDICATION, ChangeKind.PATIENT, ChangeKind.SETTINGS) else None)
        self.reload()

    def reload_when_shown(self) -> None:
        """Reload now if the page can be seen, else when its tab is shown."""
        self.setEnabled(self.ctx.patient_id is not None)
        super().reload_when_shown()

    # -- building --------------------------------------------------------------------------
    def _build_form(self) -> QGroupBox:
        box = QGroupBox("Log a meal")
        self.message, self.status = error_label(box, "general"), _label()
        self.errors = e = InlineErrors(self.message)
        self.date = DateEdit()
        self.date.textChanged.connect(lambda _t: self.reload_day())
        self.kind = QComboBox()
        for kind in MealKind:
            self.kind.addItem(kind.value.capitalize(), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(_default_kind()))
        self.search = FoodSearchEdit(
            lambda text: food_svc.search(self.ctx.db, text, food_svc.TYPEAHEAD_LIMIT))
        self.search.food_chosen.connect(self.set_food)
        self.favourite = _button("☆ Favourite", self._toggle_favourite)
        self.favourite.setCheckable(True)
        self.favourite.setEnabled(False)
        self.amount = NumberEdit()
        self.amount.setText("1")
        self.amount.setMaximumWidth(90)
        self.amount.textEdited.connect(lambda _t: self.preview_item())
        self.unit = PortionPicker()
        self.unit.set_food(None)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.add_button = _button("Add food", self.add_item)
        self.preview, self.totals = _label(), _label()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_list = QListWidget()
        self.item_list.setMaximumHeight(150)
        self.item_list.setWordWrap(True)
        self.remove_button = _button("Remove food", self.remove_item)
        self.copy_button = _button("Copy yesterday's meals", self.copy_yesterday)
        self.save_button = _button("Save meal", self.save)
        self.save_button.setDefault(True)
        self.recent, self.favourites = QListWidget(), QListWidget()
        for widget, tip in ((self.recent, "Recently eaten: double-click to add it again"),
                            (self.favourites, "Favourites: double-click to add one portion")):
            widget.setMaximumHeight(84)
            widget.setToolTip(tip)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Whole names, wrapped (each item's tooltip too): never several identical "Milk, ..."
            widget.setWordWrap(True)
            widget.setTextElideMode(Qt.TextElideMode.ElideNone)
            widget.itemActivated.connect(self.quick_add)
        form = QFormLayout()
        form.addRow("Date", _row((e.wrap("date", self.date), 1), QLabel("Meal"),
                                 (e.wrap("meal", self.kind), 1)))
        form.addRow("Food", e.wrap("food", _row((self.search, 1), self.favourite)))
        form.addRow("Quick add", _row(_titled("Recent", self.recent),
                                      _titled("Favourites (☆ a food to add it)", self.favourites)))
        form.addRow("Amount", e.wrap("amount", _row(self.amount, (self.unit, 1), self.add_button)))
        e.add("unit", self.unit, e.label_for("amount"))
        e.add("grams", self.amount, e.label_for("amount"))
        form.addRow("", self.preview)
        form.addRow("Foods", e.wrap("items", self.item_list))
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        for part in (self.totals, _row(self.remove_button, (QWidget(), 1), self.copy_button,
                                       self.save_button), self.message, self.status):
            layout.addWidget(part)
        layout.addStretch(1)
        return box

    def _build_day(self) -> MealDayBox:
        self.day_box = MealDayBox(self.ctx, report=self.status.setText)
        # the day's widgets, also reachable from the page as they were before the split
        self.bars, self.supplements = self.day_box.bars, self.day_box.supplements
        self.meal_tree, self.delete_button = self.day_box.meal_tree, self.day_box.delete_button
        return self.day_box

    # -- the item being entered ------------------------------------------------------------
    def set_food(self, hit: FoodHit | Food) -> None:
        """Choose the food to add: fills the measure picker and the favourite star."""
        food = food_svc.get_food(self.ctx.db, hit.id or 0) if isinstance(hit, FoodHit) else hit
        self.food = food
        self.unit.set_food(food)
        self.amount.setText("1")
        pid = self.ctx.patient_id
        favourite = pid is not None and any(f.id == food.id for f in food_svc.favourites(self.ctx.db, pid))
        self.favourite.blockSignals(True)
        self.favourite.setChecked(favourite)
        self.favourite.setText("★ Favourite" if favourite else "☆ Favourite")
        self.favourite.blockSignals(False)
        self.favourite.setEnabled(pid is not None)
        self.preview_item()

    def _unit_changed(self) -> None:
        if self.unit.is_grams() and self.amount.text().strip() in ("", "1"):
            self.amount.setText("100")
        self.preview_item()

    def current_item(self) -> MealItem:
        """The item the amount and measure describe; ValidationError names the bad field."""
        if self.food is None:
            raise ValidationError([FieldError("food", "pick a food from the list first")])
        return svc.parse_item(self.food, {"amount": self.amount.text(), "unit": self.unit.unit()})

    def preview_item(self) -> None:
        try:
            item = self.current_item()
        except ValidationError as exc:
            # Said once: in the preview while typing, beside the field once Add was pressed.
            shown_inline = self.errors.label_for("amount").isVisible()
            text = "" if self.food is None or shown_inline else "; ".join(e.message for e in exc.errors)
            self.preview.setText(text)
            return
        self.preview.setText(f"= {item.grams:g} g · " + " · ".join(
            _short(n, getattr(item.nutrients, n)) for n in SHOWN[:4]))

    def add_item(self) -> MealItem | None:
        try:
            item = self.current_item()
        except ValidationError as exc:
            self.preview.clear()  # the message now shows beside the field: not twice
            self.errors.show_errors(exc)
            return None
        self.errors.clear()
        self.append(item)
        self.search.clear()
        self.food = None
        self.unit.set_food(None)
        self.preview.clear()
        self.favourite.setEnabled(False)
        self.search.setFocus()
        return item

    def append(self, item: MealItem) -> None:
        self._just_saved = False  # Save now logs the meal (or says it has no foods)
        self.items.append(item)
        self.item_list.addItem(item_text(item))
        self.update_totals()

    def remove_item(self) -> None:
        row = self.item_list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self.item_list.takeItem(row)
            self.update_totals()

    def update_totals(self) -> None:
        """Live totals of the meal being entered, honest about unknown values."""
        if not self.items:
            self.totals.setText("")
            return
        meal = totals(self.items)
        self.totals.setText("<b>This meal:</b> " + "; ".join(
            f"{NUTRIENTS[n].label} {meal[n].describe()}" for n in SHOWN))

    # -- unsaved edits (the protocol MainWindow asks every form about) -----------------------
    def snapshot(self) -> object:
        """The foods added: the date and the meal alone are not an edit."""
        return tuple(self.items)

    def unsaved_description(self) -> str:
        return f"a {self.kind.currentText().lower()} of {len(self.items)} food(s)"

    def discard_changes(self) -> None:
        self.items.clear()
        self.item_list.clear()
        self.update_totals()
        self._mark_clean()

    # -- saving and quick add ----------------------------------------------------------------
    def save(self) -> Meal | None:
        """Log the meal of the foods added; errors show beside their fields."""
        pid = self.ctx.patient_id
        if pid is None or self.saved_twice():
            return None
        raw = {"date": self.date.text(), "meal": self.kind.currentData()}
        try:
            meal = svc.parse_meal(PatientId(pid), raw, self.items)
            saved = svc.log_meal(self.ctx.db, meal)
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return None
        except NotFoundError:  # the meal these items join was deleted on another workstation
            self.errors.show_message("Not saved: that meal was just deleted on another "
                                     "workstation. Save again to log it as a new meal.")
            self.ctx.notify_changed(ChangeKind.MEAL)
            return None
        self.errors.clear()
        self.items.clear()
        self.item_list.clear()
        self.update_totals()
        self._mark_saved()
        self.status.setText(f"Saved {saved.kind.value} of {format_date(saved.date)}.")
        self.ctx.notify_changed(ChangeKind.MEAL)
        return saved

    def quick_add(self, entry: QListWidgetItem) -> None:
        data = entry.data(ITEM_ROLE)
        if isinstance(data, MealItem):
            self.append(svc.quick_item(self.ctx.db, data))
        elif isinstance(data, FoodHit):
            food = food_svc.get_food(self.ctx.db, data.id)
            portion = food.portions[0] if food.portions else None
            raw = {"amount": f"{portion.amount:g}", "unit": portion.unit} if portion else {"grams": "100"}
            self.append(svc.parse_item(food, raw))

    def _toggle_favourite(self, on: bool) -> None:
        if self.food is None or self.food.id is None or self.ctx.patient_id is None:
            return
        food_svc.set_favourite(self.ctx.db, PatientId(self.ctx.patient_id), self.food.id, on)
        self.favourite.setText("★ Favourite" if on else "☆ Favourite")
        self.reload_quick()

    def day(self) -> dt.date | None:
        """The form's date, or None while it is not a valid date."""
        try:
            return dt.date.fromisoformat(self.date.text().strip())
        except ValueError:
            return None

    def _status_stale(self, *_args: object) -> None:
        self.status.clear()

    def copy_yesterday(self) -> None:
        """Log the day before's meals again on this day: one undoable step; asks first when this
        day already holds some of those foods (a second click would count them twice)."""
        pid, day = self.ctx.patient_id, self.day()
        if day is None:
            self.errors.show_errors(ValidationError([FieldError("date", "must be a date as YYYY-MM-DD")]))
            return
        if pid is None:
            return
        patient, before = PatientId(pid), day - dt.timedelta(days=1)
        twice = svc.foods_already_on(self.ctx.db, patient, before, day)
        if twice and not self.confirm_copy_again(day, twice):
            return
        kept = svc.list_meals(self.ctx.db, patient, day)
        try:
            svc.copy_meals(self.ctx.db, patient, before, day)
        except ValidationError as exc:
            self.errors.show_message("; ".join(e.message for e in exc.errors).capitalize() + ".")
            return
        db = self.ctx.db
        done_and_notify(self.ctx, ChangeKind.MEAL,
                        f"copy the meals of {format_date(before)} to {format_date(day)}",
                        undo=lambda: svc.replace_day(db, patient, day, kept),
                        redo=lambda: svc.copy_meals(db, patient, before, day))
        self.errors.clear()
        what = ", ".join(f"{m.kind.value} ({len(m.items)} food{'' if len(m.items) == 1 else 's'})"
                         for m in svc.list_meals(self.ctx.db, patient, before))
        self.status.setText(f"Copied {what} from {format_date(before)} (Ctrl+Z to undo).")
        self.ctx.notify_changed(ChangeKind.MEAL)

    def confirm_copy_again(self, day: dt.date, foods: list[str]) -> bool:
        """Ask before logging foods a second time on ``day``."""
        shown = ", ".join(foods[:4]) + (f" and {len(foods) - 4} more" if len(foods) > 4 else "")
        answer = QMessageBox.question(
            self, "Copy again?",
            f"{format_date(day)} already holds {shown} from the day before. Copying again would log "
            "them twice. Copy anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- the day -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.setEnabled(self.ctx.patient_id is not None)
        self.reload_quick()
        self.reload_day()

    def reload_quick(self) -> None:
        self.recent.clear()
        self.favourites.clear()
        pid = self.ctx.patient_id
        if pid is None:
            return
        for item in svc.recent_items(self.ctx.db, PatientId(pid), 12):
            entry = QListWidgetItem(item_text(item).split(" · ")[0])
            entry.setToolTip(item_text(item))
            entry.setData(ITEM_ROLE, item)
            self.recent.addItem(entry)
        for hit in food_svc.favourites(self.ctx.db, PatientId(pid)):
            entry = QListWidgetItem(hit.description)
            entry.setToolTip(f"{hit.description}\n{hit.food_group}")
            entry.setData(ITEM_ROLE, hit)
            self.favourites.addItem(entry)

    def reload_day(self) -> None:
        pid, day = self.ctx.patient_id, self.day()
        if day is not None:
            self.day_box.show_day(pid, day)

    def delete_selected(self) -> None:
        """Delete the meal selected in the day view (undoable); see :class:`MealDayBox`."""
        self.day_box.delete_selected()


def _titled(title: str, widget: QWidget) -> QWidget:
    label = QLabel(title)
    set_role(label, "hint")
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


def _row(*parts: QWidget | tuple[QWidget, int]) -> QWidget:
    """Widgets side by side; ``(widget, stretch)`` to let one grow."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        widget, stretch = part if isinstance(part, tuple) else (part, 0)
        layout.addWidget(widget, stretch)
    return box


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _button(text: str, slot: Callable[..., object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


def _short(nutrient: str, value: float | None) -> str:
    label = NUTRIENTS[nutrient].label
    return f"{label} unknown" if value is None else f"{format_amount(value, nutrient)} {label}"


def _default_kind() -> str:
    """The meal people most likely log now: breakfast before 10, lunch before 15, else dinner."""
    hour = dt.datetime.now().hour
    return "breakfast" if hour < 10 else "lunch" if hour < 15 else "dinner"

