"""The patient list: search as you type, archived switch, selection, paging for big clinics."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QPoint, Qt

from bonetracker.domain.records import Patient, PatientId, Sex
from bonetracker.services.patients import add_patient, parse_patient, set_archived
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import patients as patient_repo
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.shell.patient_list import ID_ROLE, PatientListModel, PatientListPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def add(db: Database, name: str, born: str = "1958-04-12") -> PatientId:
    patient = add_patient(db, parse_patient({"name": name, "sex": "female", "birth_date": born}))
    assert patient.id is not None
    return patient.id


@pytest.fixture
def three(db: Database) -> list[PatientId]:
    return [add(db, "Maria Rossi"), add(db, "John Carter", "1949-11-03"),
            add(db, "Rosa Parks", "1960-02-04")]


@pytest.fixture
def panel(qtbot, db: Database, three) -> PatientListPanel:
    widget = PatientListPanel(AppContext(db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(panel: PatientListPanel) -> list[str]:
    m = panel.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_lists_patients_by_name(panel) -> None:
    assert names(panel) == ["John Carter", "Maria Rossi", "Rosa Parks"]
    assert panel.model.data(panel.model.index(0, 1)) == "1949-11-03"
    assert panel.model.data(panel.model.index(0, 2)) == "—"


def test_search_filters_after_a_short_pause(qtbot, panel) -> None:
    qtbot.keyClicks(panel.search, "ros")
    assert len(names(panel)) == 3, "no query per keystroke"
    qtbot.waitUntil(lambda: names(panel) == ["Maria Rossi", "Rosa Parks"], timeout=2000)

    panel.search.clear()
    qtbot.keyClicks(panel.search, "1949")
    qtbot.waitUntil(lambda: names(panel) == ["John Carter"], timeout=2000)

    panel.search.clear()
    qtbot.keyClicks(panel.search, "nobody")
    qtbot.waitUntil(lambda: names(panel) == [], timeout=2000)
    assert "No patients match" in panel.status.text() and panel.status.isVisible()


def test_clicking_a_row_selects_the_patient(qtbot, panel, three) -> None:
    rect = panel.view.visualRect(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.ctx.patient_changed) as selected:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [three[0]]  # row 1 is Maria Rossi
    assert panel.ctx.patient_id == three[0]


def test_enter_in_search_selects_first_match(qtbot, panel, three) -> None:
    qtbot.keyClicks(panel.search, "carter")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.ctx.patient_id == three[1]


def test_archived_patients_only_when_asked(qtbot, panel, three, db) -> None:
    set_archived(db, three[2], True)
    panel.ctx.notify_changed(ChangeKind.PATIENT)
    assert "Rosa Parks" not in names(panel)
    box = panel.show_archived
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert panel.show_archived.isChecked()
    assert "Rosa Parks (archived)" in names(panel)


def test_delete_key_requests_archive(qtbot, panel, three) -> None:
    panel.view.selectRow(0)
    panel.view.setFocus()
    with qtbot.waitSignal(panel.archive_requested) as requested:
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert requested.args == [three[1]]


def test_selection_follows_context(panel, three) -> None:
    panel.ctx.select_patient(three[2])
    [row] = panel.view.selectionModel().selectedRows()
    assert row.data(ID_ROLE) == three[2]


def test_model_passes_qtmodeltester(qtmodeltester, panel) -> None:
    qtmodeltester.check(panel.model)


@pytest.fixture
def clinic(db: Database) -> Database:
    """5,000 patients, inserted in one transaction (the service path would take minutes)."""
    start = dt.date(1930, 1, 1)
    with db.write() as session:
        for i in range(5000):
            patient_repo.add(session, Patient(
                id=None, name=f"Patient {i:04d}", sex=Sex.FEMALE if i % 2 else Sex.MALE,
                birth_date=start + dt.timedelta(days=i * 5)))
    return db


def test_five_thousand_patients_load_a_page_at_a_time(qtbot, qtmodeltester, clinic) -> None:
    began = time.perf_counter()
    model = PatientListModel(clinic, page_size=200)
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    model.set_query("patient 49", include_archived=False)
    assert model.rowCount() == 100  # 4900-4999, sorted by name
    assert model.data(model.index(0, 0)) == "Patient 4900"
    assert not model.canFetchMore()
    assert time.perf_counter() - began < 2.0
    qtmodeltester.check(model)
