"""What every page is built from: the Page and UnsavedForm protocols, the entry section and table."""

from bonetracker.ui.pages.base.protocols import NewEntryPage, UnsavedForm

__all__ = ["NewEntryPage", "UnsavedForm"]
