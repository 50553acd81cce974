"""What every page is built from: the Page and UnsavedForm protocols, the entry section and table."""

from bonetracker.ui.pages.base.protocols import ExportingPage, NewEntryPage, UnsavedForm

__all__ = ["ExportingPage", "NewEntryPage", "UnsavedForm"]
