"""The pages shown for the selected patient, in tab order.

Each page is a QWidget built as ``Page(ctx: AppContext, parent=None)`` that follows
``ctx.patient_changed`` and ``ctx.data_changed`` itself. Add a page by adding one line here.
A page may put off re-reading data while its tab is not in front
(:class:`bonetracker.ui.widgets.deferred_reload.DeferredReload`) and catch up in ``showEvent``:
opening a patient then costs only the tab being looked at.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from bonetracker.ui.context import AppContext
from bonetracker.ui.widgets.accessible import name_fields, name_unlabelled

PageFactory = Callable[[AppContext], QWidget]

# (tab title, "module:ClassName"); imported lazily so one broken page cannot hide the others.
PAGES: list[tuple[str, str]] = [
    ("Plan", "bonetracker.ui.pages.plan.pane:PlanPane"),
    ("Chart", "bonetracker.ui.pages.chart:ChartView"),
    ("Scans", "bonetracker.ui.pages.scans.page:ScansPage"),
    ("Workouts", "bonetracker.ui.pages.workouts.page:WorkoutsPage"),
    ("Programme", "bonetracker.ui.pages.programme.page:ProgrammePage"),
    ("Meals", "bonetracker.ui.pages.meals.page:MealsPage"),
    ("Lifestyle", "bonetracker.ui.pages.lifestyle:LifestylePage"),
    ("Medications", "bonetracker.ui.pages.medications.page:MedicationsPage"),
    ("Fractures and falls", "bonetracker.ui.pages.fractures:FracturesPage"),
    ("Measurements", "bonetracker.ui.pages.measures.page:MeasuresPage"),
]


def load_page(spec: str) -> PageFactory:
    module_name, _, class_name = spec.partition(":")
    factory: PageFactory = getattr(importlib.import_module(module_name), class_name)
    return factory


def page_scroll_area(title: str) -> QScrollArea:
    """A frameless scroll area for a page: at a large text size a page wider or taller than
    the window scrolls instead of pushing the window past the screen or being clipped.

    The page goes in with ``setWidget`` only once the area sits in its slot: every reparenting
    re-resolves the style sheet over the page's whole widget tree, so putting the page in an
    area and then the area in the slot cost a second pass (~45 ms of a cold start)."""
    area = QScrollArea()
    area.setObjectName("page_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setAccessibleName(title)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the page's controls
    return area


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
            name_fields(self.page)  # a screen reader's names for wrapped fields and bare areas
            name_unlabelled(self.page, self.title)
            layout = self.layout()
            assert layout is not None
            area = page_scroll_area(self.title)
            layout.addWidget(area)
            area.setWidget(self.page)
            if self.isVisible():
                area.show()  # a child added to a shown widget stays hidden otherwise
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
