"""Small helpers the three Measurements sections share: the value field's range hint, and
bringing a section's inner tab to the front when its unsaved edits cannot be saved."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

from bonetracker.ui.widgets.forms import DateEdit, NumberEdit
from bonetracker.ui.widgets.i18n import translate


def set_value_range(edit: NumberEdit, low: float, high: float, unit: str, integer: bool) -> None:
    """Show the allowed range of the chosen test and unit as the value field's placeholder."""
    text = translate("pages.measures.fields", "{low} to {high} {unit}").format(
        low=int(low) if integer else f"{low:g}", high=int(high) if integer else f"{high:g}", unit=unit)
    edit.setPlaceholderText(text)
    edit.setToolTip(translate("pages.measures.fields", "Required; from {text}").format(text=text))


def date_width(edit: DateEdit) -> int:
    """Wide enough to show a whole date beside the calendar button (a narrow form squeezed
    "2026-12-04" to "6-12-04")."""
    return edit.fontMetrics().horizontalAdvance("0000-00-00") + 2 * edit.sizeHint().height() + 8


def narrow_combo(combo: QComboBox, letters: int = 8) -> QComboBox:
    """Let ``combo`` shrink below its longest item ("Tandem stance (4-stage balance)"), so the
    page fits beside the patient list on a 1024-pixel screen; it still grows when there is room."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def show_in_tabs(widget: QWidget) -> None:
    """Bring the inner tab holding ``widget`` to the front (the main window shows the page;
    the errors of a section on another inner tab would stay out of sight)."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
            return
        child, parent = parent, parent.parentWidget()
