"""Widgets the Meals page is built from: the food type-ahead, the household-measure picker and
the day's nutrient bars.

The type-ahead's completer is driven by hand (``setWidget`` + ``complete()``) instead of ``setCompleter``:
results come from the ranked FTS search, not from the completer's own prefix filter, and each
keystroke replaces the model before the popup shows, so it never shows stale matches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListView, QSizePolicy, QWidget

from bonetracker.domain.nutrition import TargetBar, format_amount
from bonetracker.domain.records import Food, FoodHit
from bonetracker.ui.widgets.i18n import translate
from bonetracker.ui.widgets.theme import LIGHT, shade

HIT_ROLE = Qt.ItemDataRole.UserRole
MIN_CHARS = 2
STATUS_COLOURS = {"met": LIGHT.bar_green, "below": LIGHT.bar_amber, "over_upper": LIGHT.red,
                  "unknown": LIGHT.disabled, "no_target": LIGHT.blue}  # tokens: see theme.shade
_Index = QModelIndex | QPersistentModelIndex


class FoodHitModel(QAbstractListModel):
    """Search results; ``data(index, HIT_ROLE)`` is the :class:`FoodHit`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[FoodHit] = []

    def set_hits(self, hits: list[FoodHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return hit.description
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.description}\n{hit.ref} · {hit.food_group}"
        if role == HIT_ROLE:
            return hit
        return None


class FoodSearchEdit(QLineEdit):
    """Type two letters or more to see matching foods; Enter or a click picks one.

    Signals:
        food_chosen: a :class:`FoodHit` was picked (from the popup, or Enter on the top hit).
    """

    food_chosen = Signal(object)

    def __init__(self, search: Callable[[str], list[FoodHit]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.setPlaceholderText(self.tr("Type a food, e.g. sardines, milk, kale…"))
        self.setClearButtonEnabled(True)
        self.model = FoodHitModel(self)
        self.type_ahead = QCompleter(self.model, self)
        self.type_ahead.setWidget(self)
        self.type_ahead.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.type_ahead.setMaxVisibleItems(12)
        # Whole names, wrapped: eliding made several milks look identical ("Milk, fluid, ...").
        popup = QListView()
        popup.setTextElideMode(Qt.TextElideMode.ElideNone)
        popup.setWordWrap(True)
        popup.setUniformItemSizes(False)
        self.type_ahead.setPopup(popup)
        self.type_ahead.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.textEdited.connect(self.refresh)

    def refresh(self, text: str) -> None:
        """Search for ``text`` and show the results (the popup hides under two letters)."""
        hits = self.search(text) if len(text.strip()) >= MIN_CHARS else []
        self.model.set_hits(hits)
        if hits:
            self.type_ahead.setCompletionPrefix("")
            self.type_ahead.complete()
        else:
            self.hide_popup()

    def choose(self, row: int) -> FoodHit | None:
        """Pick result ``row`` (tests and the Enter key use this)."""
        if not 0 <= row < len(self.model.hits):
            return None
        hit = self.model.hits[row]
        self.setText(hit.description)
        self.setCursorPosition(0)
        self.hide_popup()
        self.food_chosen.emit(hit)
        return hit

    def hide_popup(self) -> None:
        popup = self.type_ahead.popup()
        if popup is not None:
            popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        self.choose(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.hits:
            self.choose(0)
            return
        super().keyPressEvent(event)


class PortionPicker(QComboBox):
    """The food's household measures ("1 cup (244 g)") and grams; ``unit()`` is the choice."""

    def set_food(self, food: Food | None) -> None:
        self.clear()
        seen: set[str] = set()
        for p in food.portions if food else ():
            if p.unit in seen:
                continue  # SR28 lists some units twice (0.5 cup and 1 cup); one entry is enough
            seen.add(p.unit)
            grams = p.grams / p.amount
            self.addItem(self.tr("{unit} ({grams:g} g)").format(unit=p.unit,
                    grams=grams) if grams < 10 else self.tr("{unit} ({grams:.0f} g)").format(
                    unit=p.unit, grams=grams),
                         p.unit)
        self.addItem(self.tr("g (grams)"), "g")

    def unit(self) -> str:
        return str(self.currentData() or "g")

    def is_grams(self) -> bool:
        return self.unit() == "g"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class DayBars(QWidget):
    """One horizontal bar per nutrient: filled to the day's total, a black tick at the target,
    a red tick at the upper limit; the text says "at least" when some values are unknown."""

    ROW = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[TargetBar] = []
        self.setMinimumHeight(self.ROW * 7 + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[TargetBar]) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(self.ROW * max(1, len(self.bars)) + 8)
        self.setToolTip("\n".join(f"{translate('nutrition', b.label)}: {b.total.describe()}"
                                  for b in self.bars))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w, width = 86.0, max(60.0, self.width() - 96.0)
        for row, bar in enumerate(self.bars):
            y = 4.0 + row * self.ROW
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w, 16), Qt.AlignmentFlag.AlignLeft,
                       _capitalised(translate("nutrition", bar.label)))
            value = bar.total.value or 0.0
            scale = max(value, bar.target or 0.0, bar.upper or 0.0) * 1.05 or 1.0
            track = QRectF(label_w, y + 2, width, 12)
            p.fillRect(track, QColor(shade(LIGHT.track)))
            if bar.target:  # energy has no target: its total is shown as text only
                fill = QRectF(track.x(), track.y(), width * min(1.0, value / scale), track.height())
                p.fillRect(fill, QColor(shade(STATUS_COLOURS[bar.status()])))
            for mark, colour in ((bar.target, LIGHT.ink), (bar.upper, LIGHT.red)):
                if mark:
                    x = track.x() + width * mark / scale
                    p.setPen(QPen(QColor(shade(colour)), 2))
                    p.drawLine(int(x), int(track.y() - 3), int(x), int(track.bottom() + 3))
            target = "" if not bar.target else " " + (
                self.tr("of {target}") if bar.total.value is not None else self.tr("(target {target})")
            ).format(target=format_amount(bar.target, bar.nutrient))
            upper = " " + self.tr("(max {upper})").format(upper=format_amount(bar.upper, bar.nutrient)) \
                if bar.upper else ""
            p.setPen(self.palette().windowText().color())
            # The whole line when it fits, else without the limit (the red tick still marks it
            # and the tooltip says it), and only then cut short.
            metrics = self.fontMetrics()
            text = f"{bar.total.describe()}{target}{upper}"
            if metrics.horizontalAdvance(text) > width:
                text = f"{bar.total.describe()}{target}"
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            p.drawText(QRectF(label_w, y + 15, width, 16), Qt.AlignmentFlag.AlignLeft, text)
        p.end()
