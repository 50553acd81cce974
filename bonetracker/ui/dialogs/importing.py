"""File > Import…: pick a CSV file or a FHIR bundle, see a preview and every problem, then
check or import.

The dialog only shows what ``services.interchange`` decides: the same all-or-nothing import as
``bonetracker import``, so a file checked here imports the same way from the command line. The
file is read a batch at a time (the preview reads only its start); a progress dialog with Cancel
shows while a large file is checked and imported, and Cancel leaves nothing written. The import
runs on the GUI thread (one thread uses the database), keeping the window responsive by
processing events after each batch.
Patients files create people (the first new one becomes the current patient, so their scans
can be imported next); every other kind goes to the selected patient. A ``.json`` file is read
as a FHIR bundle (kind ``fhir``): its preview is the dry run's list of the site values that
would be added and of each resource ignored with the reason.

File > Import… (:func:`bonetracker.ui.shell.menus.import_action`) calls
:func:`open_import_dialog`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import PatientId
from bonetracker.services.interchange import csv_stream
from bonetracker.services.interchange.csv_formats import (
    SPECS,
    CsvTable,
    ImportRejected,
    ImportResult,
    guess_kind,
)
from bonetracker.services.interchange.csv_stream import open_csv
from bonetracker.services.interchange.fhir.importing import (
    FhirImportResult,
    import_fhir_bytes,
    measurement_text,
)
from bonetracker.services.interchange.fhir.reader import FhirRejected, read_path
from bonetracker.services.interchange.importing import KINDS, ImportCancelled, import_file
from bonetracker.services.patients import get_patient
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.widgets.file_dialogs import open_file
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP
from bonetracker.ui.widgets.theme import RED, current, set_role, shade

PREVIEW_ROWS = 20
PROGRESS_FROM_BYTES = 2_000_000
"""Files at least this large show the progress dialog at once (smaller ones after 0.5 s)."""
FHIR = "fhir"
FHIR_NOTE = QT_TRANSLATE_NOOP("ImportDialog",
                              "a FHIR R4 JSON bundle (BoneTracker's export or a patient portal's): its DXA "
                              "results "
                              "become visits, one per date; the preview lists what would be added and what "
                              "is "
                              "ignored, and why (docs/import-format.md)")
KIND_LABELS = {  # the file kinds as the CLI and docs name them; Spanish adds its own word
    "patients": QT_TRANSLATE_NOOP("ImportDialog", "patients"),
    "foods": QT_TRANSLATE_NOOP("ImportDialog", "foods"),
    "activities": QT_TRANSLATE_NOOP("ImportDialog", "activities"),
    "scans": QT_TRANSLATE_NOOP("ImportDialog", "scans"),
    "workouts": QT_TRANSLATE_NOOP("ImportDialog", "workouts"),
    "meals": QT_TRANSLATE_NOOP("ImportDialog", "meals"),
    "lifestyle": QT_TRANSLATE_NOOP("ImportDialog", "lifestyle"),
    "medications": QT_TRANSLATE_NOOP("ImportDialog", "medications"),
    "doses": QT_TRANSLATE_NOOP("ImportDialog", "doses"),
    "fractures": QT_TRANSLATE_NOOP("ImportDialog", "fractures"),
    "falls": QT_TRANSLATE_NOOP("ImportDialog", "falls"),
    "measures": QT_TRANSLATE_NOOP("ImportDialog", "measures"),
    "labs": QT_TRANSLATE_NOOP("ImportDialog", "labs"),
    "frax": QT_TRANSLATE_NOOP("ImportDialog", "frax"),
    "favourites": QT_TRANSLATE_NOOP("ImportDialog", "favourites"),
    "programmes": QT_TRANSLATE_NOOP("ImportDialog", "programmes"),
    "fhir": QT_TRANSLATE_NOOP("ImportDialog", "fhir"),
}
NO_PATIENT_NOTES = {  # kinds imported without a selected patient, and what happens
    "patients": QT_TRANSLATE_NOOP("ImportDialog", "new patients are created from the file"),
    "foods": QT_TRANSLATE_NOOP("ImportDialog",
                               "no patient needed: your own foods are added to the food list"),
    "activities": QT_TRANSLATE_NOOP("ImportDialog",
                                    "no patient needed: your own activities are added to the activity list"),
}


class ImportDialog(QDialog):
    """Choose file and kind, preview, check (dry run) or import.

    Signals:
        imported: an import wrote data (carries the :class:`ImportResult`).
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: CsvTable | None = None  # the header and the first rows, for the preview
        self.row_count: int | None = None  # None: a large file, counted when checked
        self.progress: QProgressDialog | None = None
        self.fhir_data: bytes | None = None
        self.path: Path | None = None
        self.last_result: ImportResult | FhirImportResult | None = None
        self.setWindowTitle(self.tr("Import a CSV file or a FHIR bundle"))
        self.setObjectName("import_dialog")
        self.resize(820, 600)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        # Shown as text, not as a box to type in: the file is chosen with "Choose…".
        self.file_edit.setFrame(False)
        self.file_edit.setStyleSheet("QLineEdit { background: transparent; }")
        self.file_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.file_edit.setPlaceholderText(self.tr("No file chosen: use “Choose file…”"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.kind = QComboBox()
        for kind in (*KINDS, FHIR):
            self.kind.addItem(self.tr(KIND_LABELS.get(kind, kind)), kind)
        self.set_kind("scans")
        self.kind.currentTextChanged.connect(lambda _k: self._kind_changed())
        self.patient_label = QLabel()
        self.columns_label = QLabel()
        self.columns_label.setObjectName("columns")  # the file's column names, as written in the file
        self.columns_label.setWordWrap(True)
        set_role(self.columns_label, "hint")
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Patient:"), self.patient_label)
        form.addRow(self.tr("Columns:"), self.columns_label)
        self.force_patient = QCheckBox(self.tr("Import even if the bundle's patient has another name or "
                                               "birth date (the same person, spelled differently)"))
        self.force_patient.setObjectName("force_patient")
        form.addRow("", self.force_patient)

        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview of the file's first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview_label = QLabel(self.tr("Choose a file to see its first rows."))
        self.errors = QListWidget()
        self.errors.setObjectName("errors")
        self.errors.setAccessibleName(self.tr("Problems"))
        self.errors.setAccessibleDescription(self.tr("Nothing is written while there are any"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")

        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(self.tr("Check only"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("Problems (nothing is written while there are any):")))
        layout.addWidget(self.errors, 2)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # A bound method (not a lambda) so Qt drops the connection when the dialog is deleted.
        ctx.patient_changed.connect(self._patient_changed)
        self._kind_changed()

    def _patient_changed(self, _patient_id: object) -> None:
        self._kind_changed()

    # -- choosing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = open_file(self, "imports", self.tr("Import a CSV file or a FHIR bundle"),
                         self.tr("CSV files (*.csv *.txt);;FHIR bundles (*.json);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read ``path``, guess its kind from the header and show the first rows (for a FHIR
        bundle, what a dry run would add and ignore)."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.errors.clear()
        self.status.clear()
        self.table = self.fhir_data = None
        self.row_count = None
        if self.path.suffix.lower() == ".json":
            try:
                self.fhir_data = read_path(self.path)
            except FhirRejected as exc:
                self._show_problems(exc)
            self.set_kind(FHIR)
            self._kind_changed()
            if self.fhir_data is not None and self.check_button.isEnabled():
                self.run(dry_run=True)
            return
        try:
            self.table, self.row_count = read_preview(self.path)
        except ImportRejected as exc:
            self.table = None
            self._show_errors(exc)
        guessed = guess_kind(self.table.header) if self.table else None
        if guessed:
            self.set_kind(guessed)
        self._fill_preview()
        self._kind_changed()

    def _fill_preview(self) -> None:
        table = self.table
        self.preview.clear()
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.preview_label.setText(self.tr("The file could not be read."))
            return
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.header))
        self.preview.setHorizontalHeaderLabels(list(table.header))
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([self.tr("line {line}").format(line=r.line) for r in shown])
        for i, row in enumerate(shown):
            for j, name in enumerate(table.header):
                self.preview.setItem(i, j, QTableWidgetItem(row.values.get(name, "")))
        count = (self.tr("{count} data row(s)").format(count=self.row_count) if self.row_count is not None
                 else self.tr("A large file (its rows are counted when it is checked)"))
        shape = (self.tr("{count}, semicolon-separated; showing the first {shown}.") if table.delimiter == ";"
                 else self.tr("{count}, comma-separated; showing the first {shown}."))
        self.preview_label.setText(shape.format(count=count, shown=len(shown)))

    def _kind_changed(self) -> None:
        is_fhir = self.kind_name() == FHIR
        self.force_patient.setVisible(is_fhir)
        if is_fhir:
            self.columns_label.setText(self.tr(FHIR_NOTE))
            self._show_patient()
            ready = self.fhir_data is not None and self.ctx.patient_id is not None
            self.check_button.setEnabled(ready)
            self.import_button.setEnabled(ready)
            return
        spec = SPECS[self.kind_name()]
        self.columns_label.setText(",".join(spec.headers)
                                   + (f" ({spec.grouping})" if spec.grouping else ""))
        if spec.needs_patient:
            self._show_patient()
        else:
            self.patient_label.setText(self.tr(NO_PATIENT_NOTES.get(spec.kind, QT_TRANSLATE_NOOP(
                    "ImportDialog", "no patient needed"))))
        ready = self.table is not None and (not spec.needs_patient or self.ctx.patient_id is not None)
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def _show_patient(self) -> None:
        if self.ctx.patient_id is None:
            self.patient_label.setText(self.tr("none selected: select or create a patient first"))
            return
        try:
            patient = get_patient(self.ctx.db, self.ctx.patient_id)
            self.patient_label.setText(self.tr("{name} (id {id})").format(name=patient.name, id=patient.id))
        except NotFoundError:
            self.patient_label.setText(self.tr("none selected"))

    def kind_name(self) -> str:
        """The chosen kind as the importer names it ("scans"), whatever the language shows."""
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    # -- running -----------------------------------------------------------------------------
    def run(self, dry_run: bool) -> ImportResult | FhirImportResult | None:
        """Check or import the loaded file; shows every problem, or the counts."""
        if self.kind_name() == FHIR:
            return self._run_fhir(dry_run)
        if self.table is None or self.path is None:
            return None
        kind = self.kind_name()
        self.errors.clear()
        self._fill_preview()  # clears earlier error marks
        self.progress = self._progress_dialog(dry_run)
        try:
            result = import_file(self.ctx.db, kind, self.path, self.ctx.patient_id,
                                 dry_run=dry_run, progress=self._report_progress)
        except ImportRejected as exc:
            self._show_errors(exc)
            return None
        except ImportCancelled:
            self.status.setTextFormat(Qt.TextFormat.PlainText)
            self.status.setText(self.tr("Cancelled: nothing was written."))
            return None
        except (ValidationError, NotFoundError) as exc:
            self.status.setText(self.tr("<span style='color:{shade}'>{exc}</span>").format(shade=shade(RED),
                    exc=exc))
            return None
        finally:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._done(result, dry_run, tuple(result.patient_ids[:1]))
        return result

    def _progress_dialog(self, dry_run: bool) -> QProgressDialog:
        """A modal progress dialog with Cancel, shown at once for a large file (else only if
        the import takes over half a second)."""
        name = self.path.name if self.path else self.tr("the file")
        label = (self.tr("Checking {name}…") if dry_run else self.tr("Importing {name}…")).format(name=name)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        dialog.setObjectName("import_progress")
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(500)
        dialog.setValue(0)
        try:
            large = self.path is not None and self.path.stat().st_size >= PROGRESS_FROM_BYTES
        except OSError:
            large = False
        if large:
            dialog.show()
        return dialog

    def _report_progress(self, fraction: float, stage: str) -> None:
        """Called by the import after each batch of rows: show it, keep the window responsive,
        and stop the import (nothing written) when Cancel was pressed."""
        dialog = self.progress
        if dialog is None:
            return
        name = self.path.name if self.path else self.tr("the file")
        dialog.setLabelText(self.tr("{stage} {name}…").format(stage=stage, name=name))
        dialog.setValue(round(fraction * 1000))
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise ImportCancelled

    def _done(self, result: ImportResult | FhirImportResult, dry_run: bool,
              select: tuple[PatientId, ...]) -> None:
        self.last_result = result
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setText(result.summary())
        if not dry_run:
            if select:
                self.ctx.select_patient(select[0])
            self.ctx.notify_changed(ChangeKind.ALL)
            self.imported.emit(result)

    def _run_fhir(self, dry_run: bool) -> FhirImportResult | None:
        if self.fhir_data is None or self.ctx.patient_id is None:
            return None
        self.errors.clear()
        try:
            result = import_fhir_bytes(
                self.ctx.db, self.fhir_data, self.ctx.patient_id,
                where=self.path.name if self.path else self.tr("the file"), dry_run=dry_run,
                force_patient=self.force_patient.isChecked())
        except FhirRejected as exc:
            self._show_problems(exc)
            return None
        except NotFoundError as exc:
            self.status.setText(self.tr("<span style='color:{shade}'>{exc}</span>").format(shade=shade(RED),
                    exc=exc))
            return None
        self._fill_fhir_preview(result)
        self._done(result, dry_run, ())
        return result

    def _fill_fhir_preview(self, result: FhirImportResult) -> None:
        """One row per site value to add and per resource ignored, as the dry run lists them."""
        outcome = self.tr("would add") if result.dry_run else self.tr("added")
        rows = [(format_date(scan.date), measurement_text(m), outcome)
                for scan in result.planned for m in scan.measurements]
        rows += [(format_date(v.day), v.what, outcome) for v in result.measures]
        rows += [(format_date(v.day), v.what, outcome) for v in result.labs]
        rows += [(i.where, i.what, self.tr("ignored: {reason}").format(
                reason=i.reason)) for i in result.ignored]
        self.preview.clear()
        self.preview.setColumnCount(3)
        self.preview.setHorizontalHeaderLabels([self.tr("Date or entry"), self.tr("What"), self.tr(
                "Outcome")])
        self.preview.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long reason stays readable in a narrow column
                self.preview.setItem(i, j, item)
        parts = [self.tr("{values} site value(s) in {visits} visit(s)").format(
            values=result.values_added, visits=len(result.planned))]
        if result.labs:
            parts.append(self.tr("{count} lab result(s)").format(count=len(result.labs)))
        if result.measures:
            parts.append(self.tr("{count} measurement(s)").format(count=len(result.measures)))
        summary = (self.tr("{found} to add, {skipped} already stored, {ignored} resource(s) ignored.")
                   if result.dry_run else
                   self.tr("{found} added, {skipped} already stored, {ignored} resource(s) ignored."))
        self.preview_label.setText(
            summary.format(found=", ".join(parts), skipped=result.skipped, ignored=len(result.ignored))
            + "".join(f" {n}" for n in result.notes))

    def _show_problems(self, exc: FhirRejected) -> None:
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.preview_label.setText(self.tr("Nothing is shown while the bundle has problems."))
        for problem in exc.problems:
            item = QListWidgetItem(str(problem))
            item.setForeground(QBrush(QColor(shade(RED))))
            self.errors.addItem(item)
        self.status.setText(self.tr("<span style='color:{shade}'><b>The file was not imported:</b> {len} "
                                    "problem(s). Fix them and check again; nothing was "
                                    "written.</span>").format(shade=shade(RED), len=len(exc.problems)))
        self.status.setTextFormat(Qt.TextFormat.RichText)

    def _show_errors(self, exc: ImportRejected) -> None:
        rows = {r.line: i for i, r in enumerate(self.table.rows[:PREVIEW_ROWS])} if self.table else {}
        columns = {name: j for j, name in enumerate(self.table.header)} if self.table else {}
        for problem in exc.row_errors:
            item = QListWidgetItem(str(problem))
            item.setForeground(QBrush(QColor(shade(RED))))
            self.errors.addItem(item)
            cell = self.preview.item(rows.get(problem.line, -1), columns.get(problem.column, -1))
            if cell is not None:  # mark the bad cell in the preview too
                cell.setBackground(QBrush(QColor(current().pale_red)))
                cell.setToolTip(problem.message)
        if exc.total > len(exc.row_errors):  # a file of millions of bad rows
            more = QListWidgetItem(self.tr("... and {total} more problems").format(total=exc.total - len(
                    exc.row_errors)))
            more.setForeground(QBrush(QColor(shade(RED))))
            self.errors.addItem(more)
        self.status.setText(self.tr("<span style='color:{shade}'><b>The file was not imported:</b> {total} "
                                    "problem(s) in {lines} line(s). Fix them and check again; nothing was "
                                    "written.</span>").format(shade=shade(
                                            RED), total=exc.total, lines=exc.lines))
        self.status.setTextFormat(Qt.TextFormat.RichText)


def read_preview(path: Path) -> tuple[CsvTable, int | None]:
    """The header and first rows of a CSV file, and its number of rows if it is one batch
    (a large file is not read to the end here: the check reads it, in bounded memory)."""
    with open_csv(path) as stream:
        first = next(stream.batches())
        header, delimiter = stream.header, stream.delimiter
        size = path.stat().st_size
    count = len(first) if size <= csv_stream.BATCH_CHARS else None
    return CsvTable(header, tuple(first[:PREVIEW_ROWS]), delimiter), count


def open_import_dialog(parent: QWidget, ctx: AppContext) -> ImportDialog:
    dialog = ImportDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog
