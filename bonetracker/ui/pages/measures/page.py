"""The Measurements page: heights and function tests, lab results and FRAX, one inner tab each
(three forms with their tables side by side would not fit a laptop screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from bonetracker.ui.context import AppContext
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.measures.frax_section import FraxSection
from bonetracker.ui.pages.measures.labs_section import LabsSection
from bonetracker.ui.pages.measures.tests_section import MeasuresSection


class MeasuresPage(QWidget):
    """Heights and tests, labs, and FRAX of the selected patient."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tests = MeasuresSection(ctx)
        self.labs = LabsSection(ctx)
        self.frax = FraxSection(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("measures_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.tests, "Heights and tests")
        self.tabs.addTab(self.labs, "Labs")
        self.tabs.addTab(self.frax, "FRAX")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current_section(self) -> EntrySection[Any]:
        section = self.tabs.currentWidget()
        assert isinstance(section, EntrySection)
        return section

    def new_entry(self) -> None:
        """Ctrl+N: a new entry in the section in front."""
        self.current_section().new_entry()
