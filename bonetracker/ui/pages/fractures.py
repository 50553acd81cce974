"""The Fractures and falls page: two short forms side by side, because a clinician usually
records them together after an event.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import Fall, Fracture, FractureSite, PatientId
from bonetracker.services import fractures as fracture_svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column, yes_no
from bonetracker.ui.widgets.forms import DateEdit
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role


def site_text(site: FractureSite) -> str:
    """A fracture site as the window shows it."""
    return translate("fractures", fracture_svc.SITE_LABELS[site])


class FracturesSection(EntrySection[Fracture]):
    kind = ChangeKind.FRACTURE
    noun = QT_TRANSLATE_NOOP("EntrySection", "fracture")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "Fractures")
    empty_text = QT_TRANSLATE_NOOP("EntrySection", "No fractures on record.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda f: f.date.isoformat(),
               lambda f: format_date(f.date)),
        Column(QT_TRANSLATE_NOOP("Column", "Site"), lambda f: f.site.value,
               lambda f: site_text(f.site)),
        Column(QT_TRANSLATE_NOOP("Column", "Low trauma"), lambda f: yes_no(f.low_trauma),
               tooltip=fracture_svc.LOW_TRAUMA_HELP, tooltip_context="fractures"),
    )
    log_entry = staticmethod(fracture_svc.log_fracture)
    update_entry = staticmethod(fracture_svc.update_fracture)
    delete_entry = staticmethod(fracture_svc.delete_fracture)
    restore_entry = staticmethod(fracture_svc.restore_fracture)
    list_entries = staticmethod(fracture_svc.list_fractures)

    def build_form(self) -> None:
        self.date = DateEdit()
        self.site = QComboBox()
        for site in FractureSite:
            self.site.addItem(site_text(site), site.value)
        self.low_trauma = QCheckBox(self.tr("Low trauma"))
        self.low_trauma.setToolTip(translate("fractures", fracture_svc.LOW_TRAUMA_HELP))
        hint = QLabel(translate("fractures", fracture_svc.LOW_TRAUMA_HELP))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.add_field(0, 0, self.tr("Date"), "date", self.date)
        self.add_field(1, 0, self.tr("Site"), "site", self.site)
        self.add_field(2, 0, self.tr("Cause"), "low_trauma", self.low_trauma)
        self.grid.addWidget(hint, 3, 1)

    def raw(self) -> dict[str, object]:
        return {"date": self.date.text(), "site": self.site.currentData(),
                "low_trauma": self.low_trauma.isChecked()}

    def fill(self, fracture: Fracture) -> None:
        self.date.set_date(fracture.date)
        self.site.setCurrentIndex(max(0, self.site.findData(fracture.site.value)))
        self.low_trauma.setChecked(fracture.low_trauma)

    def clear_fields(self) -> None:
        self.date.reset()
        self.site.setCurrentIndex(0)
        self.low_trauma.setChecked(True)

    def describe(self, fracture: Fracture) -> str:
        return self.tr("the fracture of {date} ({site})").format(date=format_date(fracture.date),
                                                                 site=site_text(fracture.site))

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> Fracture:
        return fracture_svc.parse_fracture(patient_id, raw, base=base)


class FallsSection(EntrySection[Fall]):
    kind = ChangeKind.FALL
    noun = QT_TRANSLATE_NOOP("EntrySection", "fall")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "Falls")
    empty_text = QT_TRANSLATE_NOOP("EntrySection", "No falls on record.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda f: f.date.isoformat(),
               lambda f: format_date(f.date)),
        Column(QT_TRANSLATE_NOOP("Column", "Injury"), lambda f: yes_no(f.injury)),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda f: f.notes),
    )
    log_entry = staticmethod(fracture_svc.log_fall)
    update_entry = staticmethod(fracture_svc.update_fall)
    delete_entry = staticmethod(fracture_svc.delete_fall)
    restore_entry = staticmethod(fracture_svc.restore_fall)
    list_entries = staticmethod(fracture_svc.list_falls)

    def build_form(self) -> None:
        self.date = DateEdit()
        self.injury = QCheckBox(self.tr("Injured"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("What happened (optional)"))
        self.add_field(0, 0, self.tr("Date"), "date", self.date)
        self.add_field(1, 0, self.tr("Injury"), "injury", self.injury)
        self.add_field(2, 0, self.tr("Notes"), "notes", self.notes)

    def raw(self) -> dict[str, object]:
        return {"date": self.date.text(), "injury": self.injury.isChecked(), "notes": self.notes.text()}

    def fill(self, fall: Fall) -> None:
        self.date.set_date(fall.date)
        self.injury.setChecked(fall.injury)
        self.notes.setText(fall.notes)

    def clear_fields(self) -> None:
        self.date.reset()
        self.injury.setChecked(False)
        self.notes.clear()

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> Fall:
        return fracture_svc.parse_fall(patient_id, raw, base=base)


class FracturesPage(QWidget):
    """Fractures and falls side by side."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fractures = FracturesSection(ctx)
        self.falls = FallsSection(ctx)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fractures, 1)
        layout.addWidget(self.falls, 1)

    def new_entry(self) -> None:
        self.fractures.new_entry()
