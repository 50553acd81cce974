"""FRAX: the worksheet of every input from the record, to copy into the official calculator,
beside a form for the result it gives and the table of results entered.

BoneTracker never computes FRAX (the algorithm is licensed; ``domain.measures.frax``). The
latest result says "recalculate" when an input changed since it was entered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import frax as sheet
from bonetracker.domain.measures.frax import FRAX_MODELS, FraxInput, Guideline, NoggCategory
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.records import FraxResult, PatientId
from bonetracker.services import frax as frax_svc
from bonetracker.services.records import load_record
from bonetracker.services.settings import get_frax_guideline
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column, number_text
from bonetracker.ui.pages.measures.fields import date_width, narrow_combo, show_in_tabs
from bonetracker.ui.widgets.forms import DateEdit, NumberEdit
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role

WORKSHEET_DAYS = sheet.ALCOHOL_WINDOW_DAYS + 7
"""Daily logs read for the worksheet: its alcohol and smoking inputs look back four weeks."""
WORKSHEET_WIDTH = 230  # pixels at first; the splitter moves it

CATEGORY_LABELS = {NoggCategory.LOW: QT_TRANSLATE_NOOP("FraxSection", "low"),
                   NoggCategory.INTERMEDIATE: QT_TRANSLATE_NOOP("FraxSection", "intermediate"),
                   NoggCategory.HIGH: QT_TRANSLATE_NOOP("FraxSection",
                           "high"), NoggCategory.VERY_HIGH: QT_TRANSLATE_NOOP("FraxSection", "very high")}
GUIDELINE_LABELS = {Guideline.BHOF: QT_TRANSLATE_NOOP("FraxSection", "BHOF 2022 (US)"),
                    Guideline.NOGG: QT_TRANSLATE_NOOP("FraxSection", "NOGG 2022 (UK)")}
NEVER_COMPUTES = QT_TRANSLATE_NOOP("FraxSection",
                                   "BoneTracker never computes FRAX (the algorithm is licensed). "
                                   "Enter these inputs in the official calculator, {calculator}, and type "
                                   "its "
                                   "result here.")


def worksheet_text(name: str, inputs: list[FraxInput], as_of: dt.date) -> str:
    """The worksheet as plain text, for the clipboard."""
    lines = [translate("FraxSection", "FRAX inputs for {name} on {date} (from BoneTracker; enter them in "
                       "the official FRAX calculator, BoneTracker does not compute FRAX):").format(
        name=name, date=format_date(as_of))]
    lines += [f"{i.label}: {i.text}" for i in inputs]
    return "\n".join(lines) + "\n"


class FraxSection(EntrySection[FraxResult]):
    """The worksheet, the result form and the results of the selected patient."""

    kind = ChangeKind.FRAX
    noun = QT_TRANSLATE_NOOP("EntrySection", "FRAX result")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "FRAX results")
    empty_text = QT_TRANSLATE_NOOP("EntrySection", "No FRAX results on record.")
    # every input of the worksheet, and the thresholds that read a result
    listens_to = (ChangeKind.FRACTURE, ChangeKind.SCAN, ChangeKind.LIFESTYLE, ChangeKind.MEASURE,
                  ChangeKind.SETTINGS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.guideline = Guideline.BHOF
        self.inputs: list[FraxInput] = []
        self.patient_name = ""
        self.changed: dict[object, list[str]] = {}  # latest result's id -> inputs changed since
        self._worksheet_built = False  # the first reload runs inside EntrySection.__init__
        self.columns = (  # what a reader looks for first: the numbers and whether they still hold
            Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda r: r.date.isoformat(),
                   lambda r: format_date(r.date)),
            Column(QT_TRANSLATE_NOOP("Column", "Major %"), lambda r: r.major, lambda r: number_text(r.major),
                   numeric=True,
                   tooltip=QT_TRANSLATE_NOOP("Column",
                                             "10-year probability of a major osteoporotic fracture")),
            Column(QT_TRANSLATE_NOOP("Column", "Hip %"), lambda r: r.hip, lambda r: number_text(r.hip),
                   numeric=True,
                   tooltip=QT_TRANSLATE_NOOP("Column", "10-year probability of a hip fracture")),
            Column(QT_TRANSLATE_NOOP("Column", "Inputs"), self._inputs_text,
                   tooltip=QT_TRANSLATE_NOOP("Column",
                                             "Whether the record changed since the latest result was "
                                             "calculated")),
            Column(QT_TRANSLATE_NOOP("Column", "Reading"), lambda r: sheet.verdict(r, self.guideline).text),
            Column(QT_TRANSLATE_NOOP("Column", "NOGG"), lambda r: translate("FraxSection",
                    CATEGORY_LABELS.get(NoggCategory(r.category), ""))
                   if r.category else ""),
            Column(QT_TRANSLATE_NOOP("Column", "Model"),
                   lambda r: translate("measures", FRAX_MODELS.get(r.model, r.model))),
            Column(QT_TRANSLATE_NOOP("Column", "BMD"), lambda r: self.tr("with") if r.with_bmd else self.tr(
                    "without")),
        )
        super().__init__(ctx, parent)
        self._build_worksheet()

    def _inputs_text(self, r: FraxResult) -> str:
        if r.id not in self.changed:
            return self.tr("older result")
        changed = self.changed[r.id]
        return (self.tr("recalculate: {inputs} changed").format(inputs=", ".join(changed)) if changed
                else self.tr("up to date"))

    log_entry = staticmethod(frax_svc.log_frax)
    update_entry = staticmethod(frax_svc.update_frax)
    delete_entry = staticmethod(frax_svc.delete_frax)
    restore_entry = staticmethod(frax_svc.restore_frax)

    def list_entries(self, db: Database, patient_id: PatientId) -> list[FraxResult]:
        """The results, and from one read of the record: the worksheet and what changed since
        the latest result."""
        as_of = today()
        record = record_as_of(load_record(db, patient_id, as_of - dt.timedelta(days=WORKSHEET_DAYS),
                                          with_doses=False), as_of)
        self.guideline = get_frax_guideline(db)
        self.patient_name = record.patient.name
        self.inputs = sheet.worksheet(record, as_of)
        results = frax_svc.list_frax(db, patient_id)
        latest = sheet.latest(results, as_of)
        self.changed = {} if latest is None else {latest.id: sheet.changed_inputs(latest, record, as_of)}
        return results

    # -- the worksheet ---------------------------------------------------------------------------
    def _build_worksheet(self) -> None:
        """Put the worksheet to the left of the form and table."""
        self.worksheet_box = QGroupBox(self.tr("FRAX worksheet"))
        self.worksheet = QListWidget()
        self.worksheet.setObjectName("frax_worksheet")
        self.worksheet.setWordWrap(True)
        self.worksheet.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.worksheet.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button = QPushButton(self.tr("Copy worksheet"))
        self.copy_button.setToolTip(self.tr("Copy the inputs as plain text, to paste beside the calculator"))
        self.copy_button.clicked.connect(self.copy_worksheet)
        self.copied_label = QLabel()
        set_role(self.copied_label, "hint")
        never = QLabel(translate("FraxSection", NEVER_COMPUTES).format(
            calculator=translate("measures", sheet.CALCULATOR)))
        never.setWordWrap(True)
        set_role(never, "hint")
        never.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guideline_label = QLabel()
        self.guideline_label.setWordWrap(True)
        set_role(self.guideline_label, "hint")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)
        column = QVBoxLayout(self.worksheet_box)
        column.addWidget(never)
        column.addWidget(self.worksheet, 1)
        column.addLayout(copy_row)
        column.addWidget(self.guideline_label)
        self.worksheet_box.setMinimumWidth(180)

        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeWidget(self.form_box)
        outer.removeWidget(self.table_box)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form_box)
        column.addWidget(self.table_box, 1)
        # a splitter, so the results table can be widened over the worksheet once it is copied
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.worksheet_box)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([WORKSHEET_WIDTH, 2 * WORKSHEET_WIDTH])
        outer.addWidget(self.splitter, 1)
        self._worksheet_built = True
        self._show_worksheet()

    def reload(self) -> None:
        typed = self.has_unsaved_changes()
        super().reload()
        if self._worksheet_built:
            self._show_worksheet()
        if self.editing is None and not typed:  # the blank form follows the record and settings
            just_saved = self._just_saved  # (a second click on Save stays ignored)
            self._blank_defaults()
            self._mark_clean()
            self._just_saved = just_saved

    def _show_worksheet(self) -> None:
        self.worksheet.clear()
        for i in self.inputs:
            item = QListWidgetItem(f"{i.label}: {i.text}")
            if i.missing:
                item.setToolTip(self.tr("Not on record: enter it in the calculator by hand"))
            self.worksheet.addItem(item)
        self.copy_button.setEnabled(bool(self.inputs))
        self.copied_label.clear()
        self.guideline_label.setText(
            self.tr("Results are read with the {GUIDELINE_LABELS} thresholds (Settings).").format(
                    GUIDELINE_LABELS=translate("FraxSection", GUIDELINE_LABELS[self.guideline])))

    def worksheet_as_text(self) -> str:
        return worksheet_text(self.patient_name, self.inputs, today())

    def copy_worksheet(self) -> None:
        """Put the worksheet on the clipboard as plain text."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.worksheet_as_text())
        self.copied_label.setText(self.tr("Copied {len} inputs.").format(len=len(self.inputs)))

    # -- the result form -------------------------------------------------------------------------
    def build_form(self) -> None:
        self.date = DateEdit()
        self.date.setMinimumWidth(date_width(self.date))
        self.model_combo = narrow_combo(QComboBox())
        for key, label in FRAX_MODELS.items():
            self.model_combo.addItem(translate("measures", label), key)
        self.with_bmd = QCheckBox(self.tr("with BMD"))
        self.with_bmd.setToolTip(self.tr("Tick when the femoral-neck BMD was entered in the calculator"))
        self.major = NumberEdit()
        self.hip = NumberEdit()
        self.major.setToolTip(self.tr(
                "The calculator's 10-year major osteoporotic fracture probability, in %"))
        self.hip.setToolTip(self.tr("The calculator's 10-year hip fracture probability, in %"))
        for edit in (self.major, self.hip):
            edit.setPlaceholderText(self.tr("0 to 100 %"))
        self.category = narrow_combo(QComboBox())
        self.category.addItem("", "")
        for cat, label in CATEGORY_LABELS.items():
            self.category.addItem(translate("FraxSection", label), cat.value)
        self.category.setToolTip(self.tr("UK: the risk category the NOGG calculator shows with the result"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional"))
        self.add_field(0, 0, self.tr("Date"), "date", self.date)
        self.add_field(0, 1, self.tr("Model"), "model", self.model_combo)
        self.add_field(1, 0, self.tr("Major %"), "major", self.major)
        self.add_field(1, 1, self.tr("Hip %"), "hip", self.hip)
        self.add_field(2, 0, self.tr("BMD"), "with_bmd", self.with_bmd)
        self.add_field(2, 1, self.tr("NOGG"), "category", self.category)
        self.add_field(3, 0, self.tr("Note"), "note", self.note, span=0)

    def raw(self) -> dict[str, object]:
        return {"date": self.date.text(), "model": self.model_combo.currentData(),
                "with_bmd": self.with_bmd.isChecked(), "major": self.major.text(),
                "hip": self.hip.text(), "category": self.category.currentData(),
                "note": self.note.text()}

    def fill(self, r: FraxResult) -> None:
        self.date.set_date(r.date)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(r.model)))
        self.with_bmd.setChecked(r.with_bmd)
        self.major.set_value(r.major)
        self.hip.set_value(r.hip)
        self.category.setCurrentIndex(max(0, self.category.findData(r.category or "")))
        self.note.setText(r.note)

    def _blank_defaults(self) -> None:
        """A new result's model follows the thresholds chosen (UK for NOGG), and "with BMD" is
        ticked when the record has a femoral-neck BMD to enter."""
        model = "uk" if self.guideline is Guideline.NOGG else "us"
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(model)))
        bmd = next((i for i in self.inputs if i.key == "femoral_neck_bmd"), None)
        self.with_bmd.setChecked(bmd is not None and not bmd.missing)

    def clear_fields(self) -> None:
        self.date.reset()
        self._blank_defaults()
        self.major.clear()
        self.hip.clear()
        self.category.setCurrentIndex(0)
        self.note.clear()

    def describe(self, r: FraxResult) -> str:
        return self.tr("the FRAX result of {date}").format(date=format_date(r.date))

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> FraxResult:
        return frax_svc.parse_frax(patient_id, raw, base=base)

    def has_unsaved_changes(self) -> bool:
        """Choosing a model or ticking BMD without typing a probability is not an entry."""
        typed = (self.major, self.hip, self.note)
        if self.editing is None and not any(w.text().strip() for w in typed):
            return False
        return super().has_unsaved_changes()

    def after_save(self, saved: FraxResult) -> str:
        return f" {sheet.verdict(saved, self.guideline).text}."

    def save_pending(self) -> bool:
        saved = super().save_pending()
        if not saved:
            show_in_tabs(self)
        return saved
