"""The pages shown for the selected patient, in tab order.

Each page is a QWidget built as ``Page(ctx: AppContext, parent=None)`` that follows
``ctx.patient_changed`` and ``ctx.data_changed`` itself. Add a page by adding one line here.
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
