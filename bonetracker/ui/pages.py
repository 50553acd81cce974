"""The pages shown for the selected patient, in tab order.

Each page is a QWidget built as ``Page(ctx: AppContext, parent=None)`` that follows
``ctx.patient_changed`` and ``ctx.data_changed`` itself. Add a page by adding one line here.
A page may put off re-reading data while its tab is not in front (:class:`DeferredReload`,
built on :func:`on_hidden_tab`) and catch up in ``showEvent``: opening a patient then costs
only the tab being looked at.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from bonetracker.ui.context import AppContext

PageFactory = Callable[[AppContext], QWidget]

# (tab title, "module:ClassName"); imported lazily so one broken page cannot hide the others.
PAGES: list[tuple[str, str]] = [
    ("Plan", "bonetracker.ui.plan_pane:PlanPane"),
    ("Chart", "bonetracker.ui.chart.chart_widget:ChartView"),
    ("Scans", "bonetracker.ui.scans_page:ScansPage"),
    ("Workouts", "bonetracker.ui.workouts_page:WorkoutsPage"),
    ("Meals", "bonetracker.ui.meals_page:MealsPage"),
    ("Lifestyle", "bonetracker.ui.lifestyle_page:LifestylePage"),
    ("Medications", "bonetracker.ui.medications_page:MedicationsPage"),
    ("Fractures and falls", "bonetracker.ui.medications_page:FracturesPage"),
]


def load_page(spec: str) -> PageFactory:
    module_name, _, class_name = spec.partition(":")
    factory: PageFactory = getattr(importlib.import_module(module_name), class_name)
    return factory


class DeferredReload:
    """Re-reads a widget's data now when it can be seen, else the next time it is shown: a
    patient switch then costs only the tab being looked at.

    The widget calls :meth:`request` when its data changed and :meth:`catch_up` from its
    ``showEvent`` (and before anything that needs current data, such as an export).
    """

    def __init__(self, widget: QWidget, reload: Callable[[], object]) -> None:
        self._widget = widget
        self._reload = reload
        self.stale = False

    def request(self) -> None:
        self.stale = on_hidden_tab(self._widget)
        if not self.stale:
            self._reload()

    def catch_up(self) -> None:
        if self.stale:
            self.stale = False
            self._reload()


def on_hidden_tab(widget: QWidget) -> bool:
    """True when an ancestor below the window is hidden, as tab pages not in front are.

    A widget standing alone (a window of its own, shown or not) is never "on a hidden tab",
    so pages built on their own (tests, dialogs) load at once.
    """
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isHidden():
            return True
        current = current.parentWidget()
    return False


class PageSlot(QWidget):
    """A tab's place for its page, which is built the first time the tab is shown.

    Building all eight pages took ~140 ms of every start (the chart alone ~45 ms) for tabs
    that are often never opened; now a start builds only the tab in front.
    """

    def __init__(self, title: str, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.title = title
        self.page: QWidget | None = None
        self._build = build
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_page(self) -> QWidget:
        if self.page is None:
            self.page = self._build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.page)
            if self.isVisible():
                self.page.show()  # a child added to a shown widget stays hidden otherwise
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_page()
        super().showEvent(event)


class LazyPages(Mapping[str, QWidget]):
    """Title -> page, building a page when it is asked for (see :class:`PageSlot`).

    Asking for every page (``values()``) builds them all; code that only cares about pages the
    user may have touched (unsaved edits) uses :meth:`built`.
    """

    def __init__(self) -> None:
        self._slots: dict[str, PageSlot] = {}

    def add(self, slot: PageSlot) -> None:
        self._slots[slot.title] = slot

    def __getitem__(self, title: str) -> QWidget:
        return self._slots[title].ensure_page()

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, title: object) -> bool:  # Mapping's own would build the page
        return title in self._slots

    def build_all(self) -> None:
        for slot in self._slots.values():
            slot.ensure_page()

    def built_items(self) -> list[tuple[str, QWidget]]:
        return [(t, s.page) for t, s in self._slots.items() if s.page is not None]

    def built(self) -> list[QWidget]:
        return [page for _title, page in self.built_items()]


class PageTabs(QTabWidget):
    """Tabs of :class:`PageSlot` s that speak in pages: ``currentWidget()``, ``widget(i)``,
    ``indexOf(page)`` and ``setCurrentWidget(page)`` see the page, not its slot, so callers
    need not know pages are built lazily."""

    def _slot_of(self, widget: QWidget) -> QWidget:
        for i in range(self.count()):
            slot = super().widget(i)
            if isinstance(slot, PageSlot) and widget in (slot, slot.page):
                return slot
        return widget

    def widget(self, index: int) -> QWidget | None:
        slot = super().widget(index)
        return slot.ensure_page() if isinstance(slot, PageSlot) else slot

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex()) or super().currentWidget()

    def indexOf(self, widget: QWidget) -> int:
        return super().indexOf(self._slot_of(widget))

    def setCurrentWidget(self, widget: QWidget) -> None:
        super().setCurrentWidget(self._slot_of(widget))
