"""Preferences and their dialog.

Whether the patient list is shown and kg or lb are choices of the person at this computer, so
they live in QSettings. The least significant change (LSC) belongs to the facility's
densitometer: every workstation sharing a database must judge "significant" the same way, and
the CLI plan must agree with the pane, so it is stored in the database (services.settings).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import FieldError
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.frax import Guideline
from bonetracker.domain.records import SITE_LABELS, Site
from bonetracker.services.settings import (
    MACHINE_ID_MAX,
    AdminOnlyError,
    check_pair,
    get_cross_calibrations,
    get_frax_guideline,
    get_lsc,
    require_admin_in_clinic_mode,
    set_cross_calibrations,
    set_frax_guideline,
    set_lsc,
)
from bonetracker.storage.database import Database
from bonetracker.ui.preferences import (  # re-exported: callers read preferences from here too
    KEY_LANGUAGE,
    KEY_LOAD_UNIT,  # noqa: F401
    KEY_SINGLE_PROFILE,
    LOAD_UNITS,  # noqa: F401
    UNIT_KEYS,
    app_settings,
    install_units,
    language_choice,
    load_unit,  # noqa: F401
    single_profile_mode,
    unit_for,
)
from bonetracker.ui.widgets.forms import error_label
from bonetracker.ui.widgets.i18n import (
    LANGUAGE_NAMES,
    QT_TRANSLATE_NOOP,
    available_languages,
    current_language,
    resolve_language,
    translate,
)

LSC_SITES = (Site.LUMBAR_SPINE, Site.TOTAL_HIP, Site.FEMORAL_NECK)
FRAX_GUIDELINES = {Guideline.BHOF: QT_TRANSLATE_NOOP("SettingsDialog", "BHOF 2022 (US)"),
                   Guideline.NOGG: QT_TRANSLATE_NOOP("SettingsDialog", "NOGG 2022 (UK)")}
UNIT_ROWS = (  # (quantity, row label, {unit: how the choice reads}); translated where shown
    (shown.HEIGHT, QT_TRANSLATE_NOOP("SettingsDialog", "Height"),
     {"cm": "cm", shown.FEET_INCHES: QT_TRANSLATE_NOOP("SettingsDialog", "ft and in")}),
    (shown.WEIGHT, QT_TRANSLATE_NOOP("SettingsDialog", "Weight and loads"), {"kg": "kg", "lb": "lb"}),
    (shown.VITAMIN_D, QT_TRANSLATE_NOOP("SettingsDialog", "Vitamin D intake"), {"IU": "IU", "µg": "µg"}),
    (shown.VITAMIN_D_25OH, QT_TRANSLATE_NOOP("SettingsDialog", "25(OH)D blood level"),
     {"ng/mL": "ng/mL", "nmol/L": "nmol/L"}),
)


class SettingsDialog(QDialog):
    """Edit the preferences above; :meth:`accept` writes them, Cancel leaves them alone."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)  # room for the LSC group's title
        layout = QVBoxLayout(self)

        self.single_profile = QCheckBox(self.tr("Single-profile mode: hide the patient list"))
        self.single_profile.setToolTip(
            self.tr("For one person tracking their own bones: the window opens straight on your profile.")
        )
        self.single_profile.setChecked(single_profile_mode())
        layout.addWidget(self.single_profile)

        lsc_box = QGroupBox(self.tr("Least significant change of this facility (g/cm²)"))
        lsc_form = QFormLayout(lsc_box)
        self.lsc: dict[Site, QDoubleSpinBox] = {}
        current = get_lsc(db)
        for site in LSC_SITES:
            spin = QDoubleSpinBox()
            spin.setDecimals(3)
            spin.setRange(0.005, 0.200)
            spin.setSingleStep(0.001)
            spin.setValue(current[site])
            self.lsc[site] = spin
            lsc_form.addRow(translate("records", SITE_LABELS[site]), spin)
        hint = QLabel(self.tr("Use your densitometry centre's own values when you know them; "
                              "a change smaller than this is within measurement error. Shared by "
                              "every workstation using this database."))
        hint.setWordWrap(True)
        lsc_form.addRow(hint)
        layout.addWidget(lsc_box)
        try:
            require_admin_in_clinic_mode(db)
            self.lsc_editable = True
        except AdminOnlyError:  # in clinic mode only an admin changes the facility's values
            self.lsc_editable = False
            lsc_box.setEnabled(False)
            lsc_box.setToolTip(self.tr("Only a clinic admin can change these."))
        layout.addWidget(self._build_cross_calibration())

        self.frax_guideline = QComboBox()
        for guideline, label in FRAX_GUIDELINES.items():
            self.frax_guideline.addItem(self.tr(label), guideline.value)
        self.frax_guideline.setCurrentIndex(self.frax_guideline.findData(get_frax_guideline(db).value))
        self.frax_guideline.setToolTip(
            self.tr("Which thresholds read a FRAX result typed from the official calculator: BHOF's "
                    "hip 3 % or major osteoporotic 20 % (US), or the age-dependent NOGG thresholds, "
                    "entered as the NOGG calculator's risk category (UK). Shared by every workstation."))
        self.frax_guideline.setEnabled(self.lsc_editable)

        layout.addWidget(self._build_units())
        # FRAX thresholds and Language side by side, as the units are, so the dialog still fits
        # a small screen
        choices = QGridLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the system ({language})").format(
            language=LANGUAGE_NAMES[resolve_language("system")]), "system")
        for code in available_languages():  # each language in its own words
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(language_choice()), 0))
        self.language.setToolTip(self.tr("The language of the window, the plan and the printed report"))
        for column, (title, combo) in enumerate(((self.tr("FRAX thresholds"), self.frax_guideline),
                                                 (self.tr("&Language"), self.language))):
            caption = QLabel(title)
            caption.setBuddy(combo)
            combo.setAccessibleName(caption.text().replace("&", ""))
            choices.addWidget(caption, 0, column * 2)
            choices.addWidget(combo, 0, column * 2 + 1)
        choices.setColumnStretch(1, 1)
        choices.setColumnStretch(3, 1)
        self.language_note = QLabel(self.tr("The window is rebuilt in the new language when you press OK "
                                            "(after asking about unsaved changes); the undo history "
                                            "starts afresh."))
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        choices.addWidget(self.language_note, 1, 0, 1, 4)
        layout.addLayout(choices)

        self.clinic_button = QPushButton(self.tr("Clinic users…"))
        self.clinic_button.setToolTip(self.tr(
                "Clinic mode: each workstation user signs in; admins manage users"))
        self.clinic_button.clicked.connect(self.open_clinic_users)
        layout.addWidget(self.clinic_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_units(self) -> QGroupBox:
        """The units this computer shows and takes (stored values stay in cm, kg, IU, ng/mL),
        two to a row so the dialog still fits a small screen."""
        box = QGroupBox(self.tr("Units"))
        box.setToolTip(self.tr("How values are shown and typed on this computer; what is stored does "
                               "not change, so switching a unit shows every entry converted. Dates are "
                               "shown in this computer's short date format; the command line and "
                               "exported files keep ISO dates (YYYY-MM-DD)."))
        grid = QGridLayout(box)
        self.units: dict[str, QComboBox] = {}
        for n, (quantity, label, choices) in enumerate(UNIT_ROWS):
            combo = QComboBox()
            for unit, text in choices.items():
                combo.addItem(translate("SettingsDialog", text), unit)
            combo.setCurrentIndex(max(0, combo.findData(unit_for(quantity))))
            title = translate("SettingsDialog", label)
            combo.setAccessibleName(title)
            caption = QLabel(title)
            caption.setBuddy(combo)
            self.units[quantity] = combo
            grid.addWidget(caption, n // 2, (n % 2) * 2)
            grid.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.load_unit = self.units[shown.WEIGHT]  # the training-load choice is the weight choice
        return box

    def _build_cross_calibration(self) -> QGroupBox:
        """The clinic's cross-calibrated machine pairs: a list with Add and Remove, saved on OK."""
        box = QGroupBox(self.tr("Cross-calibrated machines"))
        box.setToolTip(self.tr("Visits on different machines are compared only when the machines are "
                               "declared cross-calibrated here (ISCD). Shared by every workstation."))
        self.pairs: list[tuple[str, str]] = get_cross_calibrations(self.db)
        self.pair_list = QListWidget()
        self.pair_list.setMaximumHeight(90)
        self.machine_a, self.machine_b = QLineEdit(), QLineEdit()
        for edit, hint in ((self.machine_a, self.tr("Machine (serial or room)")),
                           (self.machine_b, self.tr("cross-calibrated with"))):
            edit.setPlaceholderText(hint)
            edit.setMaxLength(MACHINE_ID_MAX)
        self.add_pair_button = QPushButton(self.tr("Add"))
        self.remove_pair_button = QPushButton(self.tr("Remove"))
        self.pair_error = error_label(box, "machine_id")
        self.add_pair_button.clicked.connect(self.add_pair)
        self.remove_pair_button.clicked.connect(self.remove_pair)
        self.machine_b.returnPressed.connect(self.add_pair)
        row = QHBoxLayout()
        row.addWidget(self.machine_a, 1)
        row.addWidget(self.machine_b, 1)
        row.addWidget(self.add_pair_button)
        row.addWidget(self.remove_pair_button)
        column = QVBoxLayout(box)
        column.addWidget(self.pair_list)
        column.addLayout(row)
        column.addWidget(self.pair_error)
        self._show_pairs()
        box.setEnabled(self.lsc_editable)
        return box

    def _show_pairs(self) -> None:
        self.pair_list.clear()
        self.pair_list.addItems([f"{a} + {b}" for a, b in self.pairs])
        self.remove_pair_button.setEnabled(bool(self.pairs))

    def add_pair(self) -> None:
        """Add the two typed machines to the list (saved with OK); a bad pair is explained."""
        errors: list[FieldError] = []
        pair = check_pair(errors, self.machine_a.text(), self.machine_b.text())
        if pair is None:
            self.pair_error.setText(self.tr("Machine {problem}").format(problem=errors[0].message))
            self.pair_error.show()
            return
        self.pair_error.hide()
        known = {frozenset(x.casefold() for x in p) for p in self.pairs}
        if frozenset(x.casefold() for x in pair) not in known:
            self.pairs.append(pair)
            self._show_pairs()
        self.machine_a.clear()
        self.machine_b.clear()

    def remove_pair(self) -> None:
        """Remove the selected pair (or the last one when none is selected)."""
        row = self.pair_list.currentRow()
        if not self.pairs:
            return
        del self.pairs[row if 0 <= row < len(self.pairs) else -1]
        self._show_pairs()

    def _language_changed(self, _index: int = -1) -> None:
        """Say plainly that a changed language shows from the next start."""
        chosen = str(self.language.currentData())
        self.language_note.setVisible(resolve_language(chosen) != current_language())

    def open_clinic_users(self) -> None:
        from bonetracker.ui.dialogs.clinic_users import ClinicUsersDialog

        dialog = ClinicUsersDialog(self.db, self)
        dialog.exec()
        dialog.deleteLater()

    def save(self) -> None:
        settings = app_settings()
        settings.setValue(KEY_SINGLE_PROFILE, self.single_profile.isChecked())
        for quantity, combo in self.units.items():
            settings.setValue(UNIT_KEYS[quantity], combo.currentData())
        settings.setValue(KEY_LANGUAGE, str(self.language.currentData()))
        settings.sync()
        install_units()
        if self.lsc_editable:
            set_lsc(self.db, {site: round(spin.value(), 3) for site, spin in self.lsc.items()})
            set_cross_calibrations(self.db, self.pairs)
            if self.frax_guideline.currentData() != get_frax_guideline(self.db).value:
                set_frax_guideline(self.db, str(self.frax_guideline.currentData()))

    def accept(self) -> None:
        self.save()
        super().accept()
