"""File > Import: the preview shows the first rows, every problem is listed and marked, a check
writes nothing, and an import writes, refreshes the views and selects new patients."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient, list_patients
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.importing import PREVIEW_ROWS, ImportDialog
from bonetracker.ui.shell.menus import import_action

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)

BAD_SCANS = ("\ufeffdate;site;bmd_g_cm2;t_score;z_score;device\r\n"
             "2099-01-01;femoral_neck;9;x;;\r\n2020-01-01;hip;0.7;;;\r\n"
             "2021-01-01;total_hip;0.8;-1.2;-0.5;hologic\r\n")


@pytest.fixture
def ctx(db: Database) -> AppContext:
    context = AppContext(db)
    patient = add_patient(db, Patient(None, "Ann Example", Sex.FEMALE, dt.date(1950, 1, 1)))
    context.select_patient(patient.id)
    return context


@pytest.fixture
def dialog(qtbot, ctx: AppContext) -> ImportDialog:  # type: ignore[no-untyped-def]
    widget = ImportDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_bad_file_is_previewed_with_every_problem_and_nothing_written(
        dialog: ImportDialog, ctx: AppContext, tmp_path: Path) -> None:
    dialog.load_file(write(tmp_path, "scans.csv", BAD_SCANS))
    assert dialog.kind.currentText() == "scans"
    assert "Ann Example" in dialog.patient_label.text()
    assert dialog.preview.rowCount() == 3 and dialog.preview.columnCount() == 6
    assert dialog.preview.item(1, 1).text() == "hip"
    assert dialog.preview.verticalHeaderItem(0).text() == "line 2"
    assert "semicolon" in dialog.preview_label.text()

    assert dialog.run(dry_run=False) is None
    problems = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert problems[0].startswith("line 2, column date: cannot be in the future")
    assert any(p.startswith("line 3, column site:") for p in problems) and len(problems) == 4
    assert "nothing was written" in dialog.status.text()
    assert dialog.preview.item(1, 1).toolTip().startswith("must be one of")
    assert load_record(ctx.db, ctx.patient_id).scans == ()  # type: ignore[arg-type]


def test_check_then_import_then_reimport(dialog: ImportDialog, ctx: AppContext, qtbot,
                                         # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    good = "\n".join(line for line in BAD_SCANS.replace("\r", "").splitlines()
                     if not line.startswith(("2099", "2020"))) + "\n"
    dialog.load_file(write(tmp_path, "good.csv", good))
    checked = dialog.run(dry_run=True)
    assert checked is not None and checked.added == 1 and "would add 1" in dialog.status.text()
    assert load_record(ctx.db, ctx.patient_id).scans == ()  # type: ignore[arg-type]
    with qtbot.waitSignal(ctx.data_changed) as changed, qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert changed.args == ["all"] and "added 1" in dialog.status.text()
    assert len(load_record(ctx.db, ctx.patient_id).scans) == 1  # type: ignore[arg-type]
    again = dialog.run(dry_run=False)
    assert again is not None and (again.added, again.skipped) == (0, 1)


def test_patients_file_selects_the_first_new_patient(dialog: ImportDialog, ctx: AppContext,
                                                     tmp_path: Path) -> None:
    dialog.load_file(write(tmp_path, "patients.csv",
                           "name,sex,birth_date\nBea New,female,1961-02-03\nCal New,male,1949-01-01\n"))
    assert dialog.kind.currentText() == "patients"
    assert "created from the file" in dialog.patient_label.text()
    result = dialog.run(dry_run=False)
    assert result is not None and len(result.patient_ids) == 2
    assert ctx.patient_id == result.patient_ids[0]
    dialog.kind.setCurrentText("scans")  # their scans go to the new patient next
    assert "Bea New" in dialog.patient_label.text()
    assert {p.name for p in list_patients(ctx.db)} == {"Ann Example", "Bea New", "Cal New"}


def test_only_the_first_rows_are_previewed(dialog: ImportDialog, tmp_path: Path) -> None:
    rows = "".join(f"2024-01-{d:02d},no,\n" for d in range(1, 31))
    dialog.load_file(write(tmp_path, "falls.csv", "date,injury,notes\n" + rows))
    assert dialog.kind.currentText() == "falls"
    assert dialog.preview.rowCount() == PREVIEW_ROWS and "30 data row(s)" in dialog.preview_label.text()


def test_no_patient_selected_disables_entry_imports(qtbot, db: Database,
                                                    tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget = ImportDialog(AppContext(db))
    qtbot.addWidget(widget)
    widget.load_file(write(tmp_path, "falls.csv", "date,injury\n2024-01-01,no\n"))
    assert not widget.import_button.isEnabled() and "select or create" in widget.patient_label.text()
    widget.kind.setCurrentText("patients")
    assert widget.check_button.isEnabled()


def test_unreadable_file_is_explained(dialog: ImportDialog, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("date,injury,notes\n2024-01-01,no,caf\xe9\n".encode("latin-1"))
    dialog.load_file(path)
    assert dialog.table is None and not dialog.import_button.isEnabled()
    assert "not UTF-8" in dialog.errors.item(0).text()


def test_file_menu_action_opens_the_dialog(qtbot, ctx: AppContext,
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    action = import_action(parent, ctx)
    action.trigger()
    assert len(opened) == 1 and action.text() == "&Import…"


@pytest.mark.parametrize(("kind", "note"), [("foods", "your own foods"),
                                             ("activities", "your own activities"),
                                             ("patients", "new patients are created")])
def test_kinds_without_a_patient_say_what_they_add(qtbot, ctx: AppContext, kind: str,
                                                   # type: ignore[no-untyped-def]
                                                   note: str) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentText(kind)
    assert note in dialog.patient_label.text()


# -- FHIR bundles ----------------------------------------------------------------------------
PORTAL = Path(__file__).resolve().parents[2] / "fixtures" / "fhir" / "portal-dxa-and-vitamin-d.json"


def cells(dialog: ImportDialog) -> list[list[str]]:
    return [[dialog.preview.item(r, c).text() for c in range(dialog.preview.columnCount())]
            for r in range(dialog.preview.rowCount())]


def test_a_fhir_bundle_is_previewed_as_the_dry_run_then_imported(
        dialog: ImportDialog, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.load_file(PORTAL)
    assert dialog.kind.currentText() == "fhir" and dialog.force_patient.isVisible()
    assert "FHIR R4 JSON bundle" in dialog.columns_label.text()
    assert cells(dialog) == [
        ["2024-03-05", "Lumbar spine (L1-L4): BMD 0.871 g/cm2, T -1.6", "would add"],
        ["2024-03-05", "Femoral neck: T -1.48", "would add"],
        ["2024-02-20", "25-hydroxyvitamin D 18 ng/mL", "would add"]]
    assert "2 site value(s) in 1 visit(s), 1 lab result(s) to add" in dialog.preview_label.text()
    assert load_record(ctx.db, ctx.patient_id).scans == ()  # type: ignore[arg-type]

    with qtbot.waitSignal(ctx.data_changed), qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert "added 2 site value(s) (1 new visit)" in dialog.status.text()
    assert len(load_record(ctx.db, ctx.patient_id).scans) == 1  # type: ignore[arg-type]
    again = dialog.run(dry_run=False)
    assert again is not None and "skipped 3 already stored" in dialog.status.text()


def test_a_fhir_bundle_of_another_patient_needs_the_box_ticked(
        qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    context = AppContext(db)
    other = add_patient(db, Patient(None, "Bea Other", Sex.FEMALE, dt.date(1950, 1, 1)))
    context.select_patient(other.id)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.load_file(PORTAL)
    problems = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert len(problems) == 1 and "the bundle is for 'Ann Example'" in problems[0]
    assert dialog.preview.rowCount() == 0 and "nothing was written" in dialog.status.text()
    dialog.force_patient.setChecked(True)
    assert dialog.run(dry_run=False) is not None and dialog.errors.count() == 0
    assert len(load_record(db, other.id).scans) == 1  # type: ignore[arg-type]


def test_a_bad_fhir_file_lists_its_problems(dialog: ImportDialog, ctx: AppContext,
                                            tmp_path: Path) -> None:
    dialog.load_file(write(tmp_path, "broken.json", '{"resourceType": "Bundle", "entry": ['))
    assert dialog.errors.item(0).text().startswith("broken.json, line 1 column 38: is not valid JSON")
    assert load_record(ctx.db, ctx.patient_id).scans == ()  # type: ignore[arg-type]
    dialog.load_file(write(tmp_path, "falls.csv", "date,injury\n2024-01-01,no\n"))
    assert dialog.kind.currentText() == "falls" and not dialog.force_patient.isVisible()


def test_the_file_box_reads_as_text_not_as_a_field(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: the chosen file is shown, not typed: no frame, no focus, says how to choose."""
    from PySide6.QtCore import Qt

    from bonetracker.ui.context import AppContext
    from bonetracker.ui.dialogs.importing import ImportDialog

    dialog = ImportDialog(AppContext(db))
    qtbot.addWidget(dialog)
    edit = dialog.file_edit
    assert edit.isReadOnly() and not edit.hasFrame() and edit.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "Choose" in edit.placeholderText()


def test_measures_labs_and_frax_are_offered_guessed_and_checked(
        dialog: ImportDialog, ctx: AppContext, tmp_path: Path) -> None:
    offered = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert {"measures", "labs", "frax"} <= set(offered)
    dialog.load_file(write(tmp_path, "labs.csv", "date,test,value,unit\n2024-01-01,calcium,2.4,nmol/L\n"))
    assert dialog.kind.currentText() == "labs" and "range_low" in dialog.columns_label.text()
    assert dialog.run(dry_run=False) is None
    assert dialog.errors.item(0).text() == ("line 2, column unit: must be one of mg/dL, mmol/L for "
                                            "Serum calcium (got 'nmol/L')")
    assert load_record(ctx.db, ctx.patient_id).labs == ()  # type: ignore[arg-type]
    dialog.load_file(write(tmp_path, "frax.csv", "date,model,with_bmd,major,hip\n2024-01-01,us,no,21,2\n"))
    assert dialog.kind.currentText() == "frax" and "worksheet" in dialog.columns_label.text()
    result = dialog.run(dry_run=False)
    assert result is not None and result.added == 1
    assert [r.major for r in load_record(ctx.db, ctx.patient_id).frax] == [21.0]  # type: ignore[arg-type]
