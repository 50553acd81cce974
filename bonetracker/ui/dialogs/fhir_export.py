"""File > Export > FHIR bundle…: choose what the bundle's Patient carries, then the folder.

The bundle holds the patient's results either way; the identifiers (name, birth date, sex,
BoneTracker's record number) are only those ticked here, as ``bonetracker export --identify``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bonetracker.services.interchange.fhir.writer import (
    DEFAULT_IDENTIFIERS,
    IDENTIFIER_LABELS,
    IDENTIFIERS,
)
from bonetracker.ui.widgets.i18n import translate


class FhirExportDialog(QDialog):
    """Check boxes for the Patient's identifiers; OK goes on to choose the folder."""

    def __init__(self, patient_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a FHIR bundle"))
        self.setObjectName("fhir_export_dialog")
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("Export {patient_name}'s scans, falls, fractures and medication "
                               "courses as a FHIR R4 bundle for a clinic system. The bundle's patient "
                               "carries only what you tick:").format(patient_name=patient_name))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for key in IDENTIFIERS:
            box = QCheckBox(translate("fhir", IDENTIFIER_LABELS[key]))
            box.setObjectName(f"identify_{key}")
            box.setChecked(key in DEFAULT_IDENTIFIERS)
            layout.addWidget(box)
            self.boxes[key] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose folder…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def identifiers(self) -> list[str]:
        """The identifiers ticked, in the order the bundle lists them."""
        return [key for key, box in self.boxes.items() if box.isChecked()]
