"""The Scans page: a visit with several sites, inline errors per cell, edit, delete and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bonetracker.domain.records import PatientId, Site
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import list_scans, log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages.scans.page import ScansPage
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def patient_id(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Maria Rossi", "sex": "female",
                                       "birth_date": "1958-04-12"}))
    assert p.id is not None
    return p.id


@pytest.fixture
def page(qtbot, db: Database, patient_id: PatientId) -> ScansPage:
    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    widget = ScansPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def log(db: Database, pid: PatientId, date: str, **sites: tuple[str, str]) -> None:
    rows = [{"site": s, "bmd": bmd, "t_score": t} for s, (bmd, t) in sites.items()]
    log_scan(db, parse_scan(pid, {"date": date, "device": "hologic"}, rows))


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def cell_text(page: ScansPage, row: int, header: str) -> str:
    col = page.model.HEADERS.index(header)
    return str(page.proxy.data(page.proxy.index(row, col)))


def test_visit_with_two_sites_is_saved_and_listed(qtbot, page: ScansPage, patient_id) -> None:
    type_into(qtbot, page.date, "2024-03-01")
    page.device.setCurrentIndex(page.device.findData("ge_lunar"))
    qtbot.keyClicks(page.facility, "City Hospital")
    qtbot.keyClicks(page.cells[Site.LUMBAR_SPINE]["bmd"], "0.812")
    qtbot.keyClicks(page.cells[Site.LUMBAR_SPINE]["t_score"], "-2.1")
    qtbot.keyClicks(page.cells[Site.FEMORAL_NECK]["t_score"], "-2,4")

    with qtbot.waitSignal(page.ctx.data_changed) as changed:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert changed.args == ["scan"]
    [scan] = list_scans(page.ctx.db, patient_id)
    assert scan.date == dt.date(2024, 3, 1) and scan.facility == "City Hospital"
    assert {m.site: (m.bmd, m.t_score) for m in scan.measurements} == {
        Site.LUMBAR_SPINE: (0.812, -2.1), Site.FEMORAL_NECK: (None, -2.4)}
    assert page.proxy.rowCount() == 1
    assert cell_text(page, 0, "Date") == "2024-03-01"
    assert cell_text(page, 0, "Device") == "GE Lunar"
    assert cell_text(page, 0, "Spine BMD") == "0.812"
    assert cell_text(page, 0, "Neck T") == "−2.4"
    assert page.cells[Site.LUMBAR_SPINE]["bmd"].text() == "", "the form is ready for the next visit"


def test_bad_bmd_is_shown_beside_its_row_and_nothing_is_saved(qtbot, page, patient_id) -> None:
    qtbot.keyClicks(page.cells[Site.LUMBAR_SPINE]["bmd"], "0.812")
    bad = page.cells[Site.FEMORAL_NECK]["bmd"]
    qtbot.keyClicks(bad, "9")

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert list_scans(page.ctx.db, patient_id) == []
    label = page.errors.label_for("femoral_neck.bmd")
    assert label.objectName() == "error_femoral_neck"
    assert label.isVisible()
    assert label.text() == "BMD must be from 0.20 to 2.50 g/cm² (got 9)"
    assert bad.property("error") is True
    assert page.cells[Site.LUMBAR_SPINE]["bmd"].property("error") is not True
    assert not page.errors.label_for("lumbar_spine.bmd").isVisible()
    assert "Not saved" in page.general_error.text()
    assert bad.text() == "9", "the user's input stays for correction"


def test_empty_visit_and_future_date_are_refused(qtbot, page, patient_id) -> None:
    type_into(qtbot, page.date, "2999-01-01")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Date cannot be in the future" in page.errors.label_for("date").text()
    assert "add at least one site measurement" in page.general_error.text().lower()
    assert list_scans(page.ctx.db, patient_id) == []


def test_delete_asks_and_ctrl_z_restores_same_ids(qtbot, page, patient_id, monkeypatch) -> None:
    log(page.ctx.db, patient_id, "2021-03-22", lumbar_spine=("0.791", "-2.3"),
        femoral_neck=("0.601", "-2.2"))
    log(page.ctx.db, patient_id, "2023-04-05", lumbar_spine=("0.805", "-2.2"))
    page.reload()
    before = list_scans(page.ctx.db, patient_id)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.view.selectRow(1)  # newest first: row 1 is 2021
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)

    assert "2021-03-22" in asked[0]
    assert [s.date.year for s in list_scans(page.ctx.db, patient_id)] == [2023]
    assert page.proxy.rowCount() == 1

    undo_stack(page.ctx).undo()

    assert list_scans(page.ctx.db, patient_id) == before
    assert page.proxy.rowCount() == 2
    undo_stack(page.ctx).redo()
    assert len(list_scans(page.ctx.db, patient_id)) == 1


def test_delete_needs_yes(qtbot, page, patient_id, monkeypatch) -> None:
    log(page.ctx.db, patient_id, "2021-03-22", lumbar_spine=("0.791", "-2.3"))
    page.reload()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    page.view.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(list_scans(page.ctx.db, patient_id)) == 1
    assert undo_stack(page.ctx).count() == 0


def test_double_click_loads_visit_for_editing(qtbot, page, patient_id) -> None:
    log(page.ctx.db, patient_id, "2021-03-22", lumbar_spine=("0.791", "-2.3"))
    page.reload()
    [original] = list_scans(page.ctx.db, patient_id)
    rect = page.view.visualRect(page.proxy.index(0, 0))
    # A real double-click starts with a press; QTest's mouseDClick sends only the second half.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert page.editing == original
    assert page.cells[Site.LUMBAR_SPINE]["bmd"].text() == "0.791"
    assert page.cells[Site.LUMBAR_SPINE]["t_score"].text() == "-2.3"
    type_into(qtbot, page.cells[Site.LUMBAR_SPINE]["t_score"], "-2.4")
    qtbot.keyClicks(page.cells[Site.TOTAL_HIP]["t_score"], "-1.5")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [updated] = list_scans(page.ctx.db, patient_id)
    assert updated.id == original.id
    assert updated.measurement(Site.LUMBAR_SPINE).t_score == -2.4  # type: ignore[union-attr]
    assert updated.measurement(Site.TOTAL_HIP) is not None
    assert page.editing is None


def test_table_sorts_by_column(qtbot, page, patient_id) -> None:
    log(page.ctx.db, patient_id, "2019-03-14", lumbar_spine=("0.812", "-2.1"))
    log(page.ctx.db, patient_id, "2021-03-22", lumbar_spine=("0.791", "-2.3"))
    log(page.ctx.db, patient_id, "2023-04-05", total_hip=("0.738", "-1.7"))
    page.reload()
    assert [cell_text(page, r, "Date") for r in range(3)] == ["2023-04-05", "2021-03-22",
                                                             "2019-03-14"]
    page.view.sortByColumn(page.model.HEADERS.index("Spine T"), Qt.SortOrder.AscendingOrder)
    assert [cell_text(page, r, "Spine T") for r in range(3)] == ["", "−2.3", "−2.1"]


def test_follows_patient_and_new_entry_clears(qtbot, page, patient_id, db) -> None:
    log(db, patient_id, "2021-03-22", lumbar_spine=("0.791", "-2.3"))
    page.reload()
    qtbot.keyClicks(page.cells[Site.TOTAL_BODY]["bmd"], "1.1")
    page.new_entry()
    assert page.cells[Site.TOTAL_BODY]["bmd"].text() == ""
    assert page.date.text() == dt.date.today().isoformat()

    page.ctx.select_patient(None)
    assert page.proxy.rowCount() == 0 and not page.isEnabled()
    page.ctx.select_patient(patient_id)
    assert page.proxy.rowCount() == 1 and page.isEnabled()


def test_table_models_pass_qtmodeltester(qtmodeltester, page, patient_id) -> None:
    log(page.ctx.db, patient_id, "2021-03-22", lumbar_spine=("0.791", "-2.3"),
        forearm_33=("0.640", "-1.9"))
    log(page.ctx.db, patient_id, "2023-04-05", total_hip=("0.738", "-1.7"))
    page.reload()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_scanner_details_are_saved_loaded_and_cleared(qtbot, page: ScansPage, patient_id) -> None:
    type_into(qtbot, page.date, "2024-03-01")
    page.device.setCurrentIndex(page.device.findData("ge_lunar"))
    qtbot.keyClicks(page.model_edit, "Prodigy")
    qtbot.keyClicks(page.machine_id, "Room 2")
    qtbot.keyClicks(page.software, "16")
    assert [page.vertebrae.itemText(i) for i in range(page.vertebrae.count())] == [
        "L1-L4", "L1-L3", "L2-L4", "L1-L2", "L2-L3", "L3-L4"]
    assert page.hip_side.currentText() == "not recorded"
    page.vertebrae.setCurrentIndex(page.vertebrae.findData("L1-L3"))
    page.hip_side.setCurrentIndex(page.hip_side.findData("left"))
    qtbot.keyClicks(page.cells[Site.LUMBAR_SPINE]["bmd"], "0.95")
    assert page.save() is not None
    [scan] = list_scans(page.ctx.db, patient_id)
    assert (scan.model, scan.machine_id, scan.software) == ("Prodigy", "Room 2", "16")
    assert (scan.vertebrae, scan.hip_side and scan.hip_side.value) == ("L1-L3", "left")
    assert cell_text(page, 0, "Device") == "GE Lunar Prodigy"
    assert page.model_edit.text() == "" and page.vertebrae.currentText() == "L1-L4"
    page.load(scan)
    assert page.machine_id.text() == "Room 2" and page.vertebrae.currentText() == "L1-L3"
    assert page.hip_side.currentData() == "left" and not page.has_unsaved_changes()


def test_a_too_long_machine_id_is_shown_beside_the_visit(qtbot, page: ScansPage, patient_id) -> None:
    type_into(qtbot, page.date, "2024-03-01")
    page.machine_id.setMaxLength(500)  # a paste longer than the field takes
    page.machine_id.setText("x" * 101)
    qtbot.keyClicks(page.cells[Site.LUMBAR_SPINE]["bmd"], "0.95")
    assert page.save() is None
    assert page.errors.label_for("machine_id").text() == "Machine must be at most 100 characters (got 101)"
    assert list_scans(page.ctx.db, patient_id) == []


def test_a_visit_before_the_birth_date_is_refused_beside_the_date(qtbot, page: ScansPage) -> None:
    young = add_patient(page.ctx.db, parse_patient({"name": "Young", "sex": "female",
                                                    "birth_date": "1995-06-01"}))
    assert young.id is not None
    page.ctx.select_patient(young.id)
    type_into(qtbot, page.date, "1995-05-31")
    qtbot.keyClicks(page.cells[Site.LUMBAR_SPINE]["bmd"], "0.95")
    assert page.save() is None
    assert page.errors.label_for("date").text() == "Date must be on or after the birth date 1995-06-01"
    assert list_scans(page.ctx.db, young.id) == []


def test_every_message_of_a_row_shows_in_full_once_in_words(qtbot, page: ScansPage, patient_id) -> None:
    """Issue 15: BMD 9, T -12 and Z 'abc' on one row: three messages, whole, each once, with a
    line of their own under the row (not squeezed into a column)."""
    page.resize(700, 800)
    cells = page.cells[Site.LUMBAR_SPINE]
    type_into(qtbot, cells["bmd"], "9")
    type_into(qtbot, cells["t_score"], "-12")
    type_into(qtbot, cells["z_score"], "abc")
    page.save()
    label = page.errors.label_for("lumbar_spine.bmd")
    text = label.text()
    assert label.isVisibleTo(page)
    for message in ("BMD must be from 0.20 to 2.50 g/cm² (got 9)",
                    "T-score must be from -7.0 to 5.0 (got -12)",
                    "Z-score must be a number from -7.0 to 5.0 (got 'abc')"):
        assert text.count(message) == 1, (message, text)
    qtbot.wait(10)
    assert label.height() >= label.heightForWidth(label.width()) - 1  # wrapped, nothing cut
    assert list_scans(page.ctx.db, patient_id) == []


def test_a_site_measured_twice_is_named_in_words(qtbot, page: ScansPage, patient_id) -> None:
    log(page.ctx.db, patient_id, "2024-05-02", lumbar_spine=("0.9", ""))
    type_into(qtbot, page.date, "2024-05-02")
    type_into(qtbot, page.cells[Site.LUMBAR_SPINE]["bmd"], "0.88")
    page.save()
    text = page.errors.label_for("lumbar_spine.site").text()
    assert "lumbar spine (L1-L4) was already measured on 2024-05-02" in text and "lumbar_spine" not in text


def test_edit_and_delete_wait_for_a_visit(qtbot, page: ScansPage, patient_id) -> None:
    """Issue 15: no visits, nothing to edit or delete."""
    page.reload()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    log(page.ctx.db, patient_id, "2024-05-02", lumbar_spine=("0.9", ""))
    page.reload()
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
