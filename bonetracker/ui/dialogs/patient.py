"""Add or edit a patient; archive one (with confirmation) from the dialog or the menu.

The dialog sends raw text to ``services.patients.parse_patient`` — the same path the CLI
uses — and stays open with each message beside its field until the entry is valid, so a
half-valid patient is never saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import FieldError, NotFoundError, StaleRecordError, ValidationError
from bonetracker.domain.measures import shown
from bonetracker.domain.records import Menopause, Patient, PatientId, Sex, Smoking
from bonetracker.services import patients as svc
from bonetracker.services.validation import Range, today
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.widgets.accessible import name_fields
from bonetracker.ui.widgets.dates import shown_pattern
from bonetracker.ui.widgets.forms import DateEdit, InlineErrors, NumberEdit, ask_about_stale, error_label
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.units import QuantityEdit, unit_label

MENOPAUSE_CHOICES = (("", QT_TRANSLATE_NOOP("PatientDialog", "Not applicable / unknown")),
                     (Menopause.PRE, QT_TRANSLATE_NOOP("PatientDialog", "Premenopausal")),
                     (Menopause.PERI, QT_TRANSLATE_NOOP("PatientDialog", "Perimenopausal")),
                     (Menopause.POST, QT_TRANSLATE_NOOP("PatientDialog", "Postmenopausal")))
SMOKING_CHOICES = ((Smoking.NEVER, QT_TRANSLATE_NOOP("PatientDialog", "Never smoked")),
                   (Smoking.FORMER, QT_TRANSLATE_NOOP("PatientDialog", "Former smoker")),
                   (Smoking.CURRENT, QT_TRANSLATE_NOOP("PatientDialog", "Current smoker")))


def _combo(choices: tuple[tuple[str, str], ...]) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(translate("PatientDialog", label), str(value))
    return combo


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData("" if value is None else str(value))))


class PatientDialog(QDialog):
    """Add a patient (``patient=None``) or edit one.

    After ``exec()`` returns Accepted, :attr:`saved` holds the stored patient. It returns
    :attr:`ARCHIVED` when the user archived the patient from the dialog instead.
    """

    ARCHIVED = 2

    def __init__(self, ctx: AppContext, patient: Patient | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient = patient
        self.saved: Patient | None = None
        self.setWindowTitle(self.tr("Edit patient — {name}").format(
                name=patient.name) if patient else self.tr("Add patient"))
        self.general_error = error_label(self, "general")
        self.errors = InlineErrors(self.general_error)

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.sex = QComboBox()
        self.sex.setPlaceholderText(self.tr("Choose…"))
        self.sex.addItem(self.tr("Female"), Sex.FEMALE.value)
        self.sex.addItem(self.tr("Male"), Sex.MALE.value)
        self.sex.setCurrentIndex(-1)
        self.birth_date = DateEdit(blank=True)
        # typed in the units chosen in Settings, handed to the service in cm and kg
        self.height_cm = QuantityEdit(shown.HEIGHT, "height_cm", self.tr("Height"), svc.HEIGHT_CM)
        self.weight_kg = QuantityEdit(shown.WEIGHT, "weight_kg", self.tr("Weight"), svc.WEIGHT_KG)
        self.menopause = _combo(MENOPAUSE_CHOICES)
        self.menopause_year = NumberEdit(Range(svc.MENOPAUSE_YEAR.low, today().year, integer=True))
        self.smoking = _combo(SMOKING_CHOICES)
        self.quit_date = DateEdit(blank=True)
        self.quit_date.setPlaceholderText(self.tr("{pattern} (if known)").format(pattern=shown_pattern()))
        self.risk: dict[str, QCheckBox] = {key: QCheckBox(translate("report", label))
                                               for key, label in svc.RISK_FACTORS}
        self.clinical: dict[str, QCheckBox] = {key: QCheckBox(translate("report", label))
                                               for key, label in svc.CLINICAL_FLAGS}
        self.clinical["impact_cleared"].setToolTip(
            self.tr("From age 80, and after a hip or vertebral fracture or a recent fall, the plan holds "
                    "back moderate and high-impact exercise unless a physiotherapist has cleared it."))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Clinician notes"))
        self.notes.setAccessibleName(self.tr("Clinician notes"))
        self.notes.setTabChangesFocus(True)

        person = QGroupBox(self.tr("Person"))
        person.setMinimumWidth(400)
        form = QFormLayout(person)
        e = self.errors
        form.addRow(self.tr("Name"), e.wrap("name", self.name))
        form.addRow(self.tr("Sex"), e.wrap("sex", self.sex))
        form.addRow(self.tr("Birth date"), e.wrap("birth_date", self.birth_date))
        form.addRow(self.tr("Height ({unit})").format(unit=unit_label(shown.HEIGHT)),
                    e.wrap("height_cm", self.height_cm))
        form.addRow(self.tr("Weight ({unit})").format(unit=unit_label(shown.WEIGHT)),
                    e.wrap("weight_kg", self.weight_kg))
        form.addRow(self.tr("Menopause"), e.wrap("menopause", self.menopause))
        form.addRow(self.tr("Menopause year"), e.wrap("menopause_year", self.menopause_year))
        form.addRow(self.tr("Smoking"), e.wrap("smoking", self.smoking))
        form.addRow(self.tr("Stopped smoking"), e.wrap("smoking_quit_date", self.quit_date))

        risks = QGroupBox(self.tr("Fracture risk factors"))
        risk_layout = QVBoxLayout(risks)
        for key, box in self.risk.items():
            risk_layout.addWidget(box)
            self.errors.add(key, box)
        risk_layout.addStretch(1)
        clinical = QGroupBox(self.tr("Clinical"))
        clinical_layout = QVBoxLayout(clinical)
        for key, box in self.clinical.items():
            clinical_layout.addWidget(box)
            self.errors.add(key, box)
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(e.wrap("notes", self.notes))

        right = QVBoxLayout()
        right.addWidget(risks)
        right.addWidget(clinical)
        right.addWidget(notes_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addLayout(right, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.archive_button: QPushButton | None = None
        if patient is not None and patient.id is not None:
            text = self.tr("Unarchive") if patient.archived else self.tr("Archive…")
            self.archive_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ResetRole)
            self.archive_button.clicked.connect(self._toggle_archived)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.sex.currentIndexChanged.connect(self._update_enabled)
        self.smoking.currentIndexChanged.connect(self._update_enabled)
        if patient is not None:
            self.load(patient)
        self._update_enabled()
        name_fields(self)  # fields wrapped with their error labels: named after their row
        self.name.setFocus()
        self._shown = self.raw()  # what Escape compares with before it discards anything

    def reject(self) -> None:
        """Escape or Cancel: ask before discarding details typed into the form."""
        if self.saved is None and self.raw() != self._shown and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"), self.tr(
                    "Discard the details you typed? Nothing has been saved yet."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def load(self, p: Patient) -> None:
        """Fill the fields from ``p``."""
        self.name.setText(p.name)
        self.sex.setCurrentIndex(self.sex.findData(p.sex.value))
        self.birth_date.set_date(p.birth_date)
        self.height_cm.set_value(p.height_cm)
        self.weight_kg.set_value(p.weight_kg)
        _select(self.menopause, p.menopause)
        self.menopause_year.set_value(p.menopause_year)
        _select(self.smoking, p.smoking)
        self.quit_date.set_date(p.smoking_quit_date)
        for key, box in (*self.risk.items(), *self.clinical.items()):
            box.setChecked(bool(getattr(p, key)))
        self.notes.setPlainText(p.notes)

    def _update_enabled(self) -> None:
        female = self.sex.currentData() == Sex.FEMALE.value
        self.menopause.setEnabled(female)
        self.menopause_year.setEnabled(female)
        self.quit_date.setEnabled(self.smoking.currentData() == Smoking.FORMER.value)

    def raw(self) -> dict[str, object]:
        """The form as the text/flags ``parse_patient`` reads; disabled fields count as blank."""
        female = self.menopause.isEnabled()
        raw: dict[str, object] = {
            "name": self.name.text(),
            "sex": self.sex.currentData() or "",
            "birth_date": self.birth_date.text(),
            "height_cm": self.height_cm.text(),  # as typed; accept() converts to cm and kg
            "weight_kg": self.weight_kg.text(),
            "menopause": (self.menopause.currentData() or "") if female else "",
            "menopause_year": self.menopause_year.text() if female else "",
            "smoking": self.smoking.currentData() or "",
            "smoking_quit_date": self.quit_date.text() if self.quit_date.isEnabled() else "",
            "notes": self.notes.toPlainText(),
        }
        raw.update({key: box.isChecked() for key, box in (*self.risk.items(), *self.clinical.items())})
        return raw

    def canonical_raw(self) -> dict[str, object]:
        """:meth:`raw` with height and weight in cm and kg, as the service reads them.

        Raises:
            ValidationError: a height or weight that is not a value in the chosen unit or lies
                outside the allowed range (every such field reported at once).
        """
        raw = self.raw()
        errors: list[FieldError] = []
        for edit in (self.height_cm, self.weight_kg):
            try:
                raw[edit.field] = edit.canonical_text()
            except ValidationError as exc:
                errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        return raw

    def _add_anyway(self, existing: Patient) -> bool:
        """Ask about a patient with the same name and birth date: open that one (``saved``
        becomes it), add another anyway, or go back to the form (False)."""
        choice = self.ask_duplicate(existing)
        if choice == "open":
            self.saved = existing
        return choice in ("open", "add")

    def ask_duplicate(self, existing: Patient) -> str:
        """"open", "add" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Possible duplicate patient"),
                          self.tr("{capitalize}.\n\nOpen the existing patient, or add a second patient "
                                  "with the same details?").format(capitalize=svc.duplicate_message(
                                          existing).capitalize()), parent=self)
        open_button = box.addButton(self.tr("Open existing patient"), QMessageBox.ButtonRole.AcceptRole)
        add_button = box.addButton(self.tr("Add anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "add" if clicked is add_button else "cancel"

    def accept(self) -> None:
        """Validate and save; on any error show it inline and keep the dialog open."""
        if self.saved is not None:
            return  # a second click of a double-click: the patient is saved, the dialog done
        try:
            patient = svc.parse_patient(self.canonical_raw(), base=self.patient)
            if self.patient is None:
                existing = svc.find_duplicates(self.ctx.db, patient.name, patient.birth_date)
                if existing and not self._add_anyway(existing[0]):
                    return
                if self.saved is not None:  # "Open the existing patient"
                    super().accept()
                    return
                self.saved = svc.add_patient(self.ctx.db, patient)
            else:
                self.saved = svc.update_patient(self.ctx.db, patient)
        except ValidationError as exc:
            self.errors.show_errors(exc, self.tr("Not saved: correct the fields marked in red."))
            return
        except StaleRecordError:
            self.resolve_stale()
            return
        except NotFoundError as exc:
            self.errors.show_message(self.tr(
                    "{problem} Close this dialog and open the patient again.").format(
                problem=exc))
            return
        self.errors.clear()
        self.ctx.notify_changed(ChangeKind.PATIENT)
        super().accept()

    def resolve_stale(self) -> None:
        """The patient was saved on another workstation since this dialog opened: ask whether
        to reload that version (dropping the edit) or keep editing; never overwrite."""
        assert self.patient is not None and self.patient.id is not None
        what = self.tr("{name}’s details").format(name=self.patient.name)
        if not ask_about_stale(self, what):
            self.errors.show_message(self.tr("Not saved: {what} were changed on another workstation. "
                                             "Close this dialog and open the patient again to see them.")
                                     .format(what=what))
            return
        try:
            theirs = svc.get_patient(self.ctx.db, self.patient.id)
        except NotFoundError as exc:
            self.errors.show_message(str(exc))
            return
        self.patient = theirs
        self.setWindowTitle(self.tr("Edit patient — {name}").format(name=theirs.name))
        self.errors.clear()
        self.load(theirs)
        self._update_enabled()
        if self.archive_button is not None:
            self.archive_button.setText(self.tr("Unarchive") if theirs.archived else self.tr("Archive…"))
        self.errors.show_message(self.tr("Reloaded as saved on another workstation; your changes were "
                                         "discarded."))
        self.ctx.notify_changed(ChangeKind.PATIENT)  # every view shows the other workstation's data

    def _toggle_archived(self) -> None:
        assert self.patient is not None and self.patient.id is not None
        if archive_patient(self, self.ctx, self.patient.id, not self.patient.archived):
            self.done(self.ARCHIVED)


def archive_patient(parent: QWidget | None, ctx: AppContext, patient_id: PatientId | int,
                    archived: bool = True) -> bool:
    """Ask, then (un)archive a patient; True when it was done.

    Archiving hides the patient from the list but keeps every record (clinics must keep
    them); "Show archived" brings them back. Archiving the selected patient deselects it.
    """
    try:
        patient = svc.get_patient(ctx.db, patient_id)
    except NotFoundError:
        return False
    if archived:
        answer = QMessageBox.question(
            parent, translate("dialogs.patient", "Archive patient?"),
            translate("dialogs.patient",
                    "Archive {name}? The patient is hidden from the list but all records "
                    "are kept; tick “Show archived” to find them again.").format(
                                                 name=patient.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        svc.set_archived(ctx.db, PatientId(int(patient_id)), archived)
    except (StaleRecordError, NotFoundError) as exc:
        QMessageBox.warning(parent, translate("dialogs.patient", "Not archived"), str(exc))
        return False
    if archived and ctx.patient_id == patient_id:
        ctx.select_patient(None)
    ctx.notify_changed(ChangeKind.PATIENT)
    return True

