"""Issue 16 item 9 in the window: a large file is previewed from its start only, its check and
import show progress with Cancel, and Cancel leaves nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from bonetracker.domain.records import Patient, Sex
from bonetracker.services import workouts as workout_svc
from bonetracker.services.interchange import csv_stream
from bonetracker.services.patients import add_patient
from bonetracker.storage.database import Database
from bonetracker.ui import dialogs
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.importing import PREVIEW_ROWS, ImportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    context = AppContext(db)
    patient = add_patient(db, Patient(None, "Pro Gress", Sex.FEMALE, dt.date(1950, 1, 1)))
    context.select_patient(patient.id)
    return context


@pytest.fixture
def dialog(qtbot, ctx: AppContext,
           monkeypatch: pytest.MonkeyPatch) -> ImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(csv_stream, "BATCH_CHARS", 300)  # a few rows a batch: a "large" file
    monkeypatch.setattr(dialogs.importing, "PROGRESS_FROM_BYTES", 0)
    widget = ImportDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def workouts_file(tmp_path: Path, rows: int = 80) -> Path:
    path = tmp_path / "workouts.csv"
    path.write_text("date,activity,minutes\n" + "".join(
        f"{(dt.date(2001, 1, 1) + dt.timedelta(days=i)).isoformat()},Yoga,{20 + i % 9}\n"
        for i in range(rows)), encoding="utf-8")
    return path


def test_a_large_file_is_previewed_from_its_start(dialog: ImportDialog, tmp_path: Path) -> None:
    dialog.load_file(workouts_file(tmp_path))
    assert dialog.kind.currentText() == "workouts"
    assert dialog.preview.rowCount() == PREVIEW_ROWS
    assert "A large file" in dialog.preview_label.text() and dialog.import_button.isEnabled()


def test_import_shows_progress_then_closes_it(dialog: ImportDialog, ctx: AppContext,
                                              tmp_path: Path) -> None:
    dialog.load_file(workouts_file(tmp_path))
    seen: list[tuple[bool, str, int]] = []

    def watch() -> None:
        bar = dialog.progress
        if bar is not None:
            seen.append((bar.isVisible(), bar.labelText(), bar.value()))

    timer = QTimer(dialog)
    timer.timeout.connect(watch)
    timer.start(0)
    result = dialog.run(dry_run=False)
    timer.stop()
    assert result is not None and result.added == 80 and "added 80" in dialog.status.text()
    assert len(workout_svc.list_workouts(ctx.db, ctx.patient_id)) == 80  # type: ignore[arg-type]
    assert seen and all(visible for visible, _label, _value in seen)
    assert {label.split()[0] for _v, label, _n in seen} == {"Checking", "Importing"}
    assert max(value for _v, _l, value in seen) > 500 and dialog.progress is None


def test_cancel_while_importing_writes_nothing(dialog: ImportDialog, ctx: AppContext,
                                               tmp_path: Path) -> None:
    dialog.load_file(workouts_file(tmp_path))
    cancelled: list[str] = []

    def cancel_when_writing() -> None:
        bar = dialog.progress
        if bar is not None and bar.labelText().startswith("Importing") and not cancelled:
            cancelled.append(bar.labelText())
            bar.cancel()  # as pressing Cancel does

    timer = QTimer(dialog)
    timer.timeout.connect(cancel_when_writing)
    timer.start(0)
    assert dialog.run(dry_run=False) is None
    timer.stop()
    assert cancelled and dialog.status.text() == "Cancelled: nothing was written."
    assert workout_svc.list_workouts(ctx.db, ctx.patient_id) == []  # type: ignore[arg-type]
    again = dialog.run(dry_run=False)  # and the file imports afterwards
    assert again is not None and again.added == 80


def test_a_scans_import_shows_progress_and_cancel_writes_nothing(
        dialog: ImportDialog, ctx: AppContext, tmp_path: Path) -> None:
    """Scans (a visit's sites join it, across batches) report progress the same way."""
    from bonetracker.services import scans as scan_svc

    path = tmp_path / "scans.csv"
    sites = ("lumbar_spine", "femoral_neck", "total_hip")
    path.write_text("date,site,bmd_g_cm2\n" + "".join(
        f"{(dt.date(2001, 1, 1) + dt.timedelta(days=30 * v)).isoformat()},{site},0.8\n"
        for v in range(30) for site in sites), encoding="utf-8")
    dialog.load_file(path)
    dialog.kind.setCurrentText("scans")
    labels: list[str] = []

    def cancel_when_writing() -> None:
        bar = dialog.progress
        if bar is not None:
            labels.append(bar.labelText())
            if bar.labelText().startswith("Importing") and bar.value() > 700:
                bar.cancel()

    timer = QTimer(dialog)
    timer.timeout.connect(cancel_when_writing)
    timer.start(0)
    assert dialog.run(dry_run=False) is None
    timer.stop()
    assert {label.split()[0] for label in labels} == {"Checking", "Importing"}
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert scan_svc.list_scans(ctx.db, ctx.patient_id) == []  # type: ignore[arg-type]
    again = dialog.run(dry_run=False)
    assert again is not None and again.added == 90
    assert len(scan_svc.list_scans(ctx.db, ctx.patient_id)) == 30  # type: ignore[arg-type]
