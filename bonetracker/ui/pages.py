"""The pages shown for the selected patient, in tab order.

Each page is a QWidget built as ``Page(ctx: AppContext, parent=None)`` that follows
``ctx.patient_changed`` and ``ctx.data_changed`` itself. Add a page by adding one line here.
A page may put off re-reading data while its tab is not in front (:func:`on_hidden_tab`) and
catch up in ``showEvent``: opening a patient then costs only the tab being looked at.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

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
