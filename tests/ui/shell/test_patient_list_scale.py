"""The patient list with 5,000 patients: one page loaded at a time, search, sort by category."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bonetracker.services import demo
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext
from bonetracker.ui.shell.patient_list import PatientListModel, PatientListPanel

CLINIC = 5000


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("clinic-gui") / "clinic.sqlite3"
    db = open_database(f"sqlite:///{path}")
    demo.generate(db, CLINIC, 7, dt.date(2025, 6, 1))
    yield db
    db.close()


def test_model_loads_a_page_not_the_whole_clinic(qtmodeltester,
                                                 clinic: Database) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    model = PatientListModel(clinic, page_size=200)
    print(f"first page: {(time.perf_counter() - started) * 1000:.0f} ms")
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    qtmodeltester.check(model)


def test_sorting_by_category_puts_the_most_serious_first(clinic: Database) -> None:
    model = PatientListModel(clinic, page_size=200)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    labels = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
    assert labels[0].startswith(("Severe", "Osteoporosis"))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    dates = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    scanned = [d for d in dates if d != "—"]
    assert scanned == sorted(scanned, reverse=True)


def test_search_filters_in_the_database(qtbot, clinic: Database) -> None:  # type: ignore[no-untyped-def]
    panel = PatientListPanel(AppContext(clinic))
    qtbot.addWidget(panel)
    surname = panel.model.data(panel.model.index(0, 0)).split()[-1]
    qtbot.keyClicks(panel.search, surname)
    qtbot.waitUntil(lambda: panel.model.text == surname, timeout=2000)
    names = [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]
    assert names and all(surname.lower() in n.lower() for n in names)
    assert panel.model.rowCount() < CLINIC


def test_the_list_queries_once_when_built(qtbot, clinic: Database,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from bonetracker.ui.shell import patient_list

    calls: list[str] = []
    real = patient_list.list_overview

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("query")
        return real(*args, **kwargs)

    monkeypatch.setattr(patient_list, "list_overview", counting)
    panel = PatientListPanel(AppContext(clinic))
    qtbot.addWidget(panel)
    assert len(calls) == 1, "start-up must not re-query for the initial sort"
