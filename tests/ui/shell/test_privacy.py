"""Privacy: no network, owner-only files, and an export of one patient holds only that patient.

Health records stay on the machine: a whole GUI session (every page, two patients, a scan
logged, undo, backup, close) must not open a single network connection or DNS lookup. The
database, its WAL, every backup and the folders BoneTracker creates are readable by the owner
only. An export made for one patient (to hand over or send on) carries nobody else's data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bonetracker.domain.records import PatientId, Site
from bonetracker.services import foods as food_svc
from bonetracker.services import fractures, lifestyle, medications, workouts
from bonetracker.services import meals as meal_svc
from bonetracker.services import patients as patient_svc
from bonetracker.services import scans as scan_svc
from bonetracker.services.interchange import exporting
from bonetracker.storage.backup import auto_backup, make_backup, restore_backup
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages.scans.page import ScansPage
from bonetracker.ui.shell import menus as file_menu
from bonetracker.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support (propagateSizeHints|raise|grabbing the keyboard)", extend=True)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask that would make files world-readable: the app must not rely on a strict one."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def add_person(db: Database, name: str, marker: str) -> PatientId:
    """A patient with one entry of every kind, each carrying ``marker`` where text is free."""
    p = patient_svc.add_patient(db, patient_svc.parse_patient(
        {"name": name, "sex": "female", "birth_date": "1955-05-05", "notes": f"{marker} notes"}))
    assert p.id is not None
    pid = p.id
    scan_svc.log_scan(db, scan_svc.parse_scan(
        pid, {"date": "2023-01-10", "facility": f"{marker} Clinic", "notes": f"{marker} scan"},
        [{"site": "lumbar_spine", "bmd": "0.85", "t_score": "-2.1"}]))
    workouts.log_workout(db, workouts.read_workout(
        db, pid, {"date": "2024-02-01", "activity": "Brisk walking", "minutes": "30",
                  "notes": f"{marker} walk"}))
    lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(
        pid, {"date": "2024-02-01", "stress": "3", "notes": f"{marker} day"}))
    medications.log_medication(db, medications.parse_medication(
        pid, {"drug": "other", "start": "2022-01-01", "dose": f"{marker} dose", "notes": f"{marker} med"}))
    fractures.log_fall(db, fractures.parse_fall(pid, {"date": "2021-03-03", "notes": f"{marker} fall"}))
    fractures.log_fracture(db, fractures.parse_fracture(pid, {"date": "2021-03-03", "site": "wrist"}))
    milk = food_svc.search(db, "milk", 1)[0]
    food = food_svc.get_food(db, milk.id)
    meal_svc.log_meal(db, meal_svc.parse_meal(pid, {"date": "2024-02-01", "meal": "breakfast"},
                                              [meal_svc.parse_item(food, {"grams": "200"})]))
    return pid


# -- no network ------------------------------------------------------------------------------
@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code reaches the network records the attempt and fails it."""
    attempts: list[str] = []

    def refuse(name: str) -> object:
        def blocked(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access attempted during the privacy test: {name}")
        return blocked

    for method in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, method, refuse(f"socket.{method}"))
    for function in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, function, refuse(function))
    return attempts


def test_a_full_gui_session_opens_no_network_connection(
    qtbot: QtBot, tmp_path: Path, no_network: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'data' / 'bt.sqlite3'}")
    try:
        for name, marker in (("Ada Network", "ADA"), ("Bea Network", "BEA")):
            add_person(db, name, marker)
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        window = MainWindow(AppContext(db))
        qtbot.addWidget(window)
        window.show()
        file_menu.run_auto_backup(window)
        for row in (0, 1):
            window.patient_list.view.selectRow(row)
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                window.tabs.currentWidget().grab()  # paint it, chart and all
                QApplication.processEvents()
        scans = window.pages["Scans"]
        assert isinstance(scans, ScansPage)
        window.tabs.setCurrentWidget(scans)
        scans.date.setText("2025-01-02")
        qtbot.keyClicks(scans.cells[Site.FEMORAL_NECK]["bmd"], "0.701")
        qtbot.mouseClick(scans.save_button, Qt.MouseButton.LeftButton)
        assert len(scan_svc.list_scans(db, PatientId(window.ctx.patient_id or 0))) == 2
        scans.view.selectRow(0)
        scans.delete_selected()
        window.undo_stack.undo()
        window.close()
        QApplication.processEvents()
    finally:
        db.close()
    assert no_network == [], f"network access during a GUI session: {no_network}"
    assert "PySide6.QtNetwork" not in sys.modules, "Qt's network module was loaded"


# -- owner-only files ----------------------------------------------------------------------
def test_database_wal_and_backups_are_owner_only(tmp_path: Path, permissive_umask: None) -> None:
    folder = tmp_path / "home" / "BoneTracker"
    path = folder / "bt.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        patient_svc.add_patient(db, patient_svc.parse_patient(
            {"name": "Private Person", "sex": "male", "birth_date": "1950-01-01"}))
        wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists(), "WAL mode, with the database open"
        assert (mode(folder), mode(path), mode(wal), mode(shm)) == (0o700, 0o600, 0o600, 0o600)

        copy = make_backup(path, tmp_path / "copies" / "manual.sqlite3").path
        assert (mode(copy.parent), mode(copy)) == (0o700, 0o600)
        daily = auto_backup(path, file_menu.backups_folder(path), dt.date(2025, 1, 1))
        assert daily is not None
        assert (mode(daily.parent), mode(daily)) == (0o700, 0o600)
    finally:
        db.close()
    kept = restore_backup(copy, path)
    assert mode(kept) == 0o600, "the copy kept before a restore is private too"
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and mode(p) & 0o077], \
        "no BoneTracker file is readable by others"


# -- exports -------------------------------------------------------------------------------
@pytest.fixture
def three_patients(tmp_path: Path) -> Iterator[tuple[Database, dict[str, PatientId]]]:
    db = open_database(f"sqlite:///{tmp_path / 'bt.sqlite3'}")
    people = {marker: add_person(db, f"{name} Exportson", marker)
              for name, marker in (("Carla", "CARLA"), ("Dora", "DORA"), ("Edna", "EDNA"))}
    try:
        yield db, people
    finally:
        db.close()


def texts(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.mark.parametrize("fmt", exporting.FORMATS)
def test_export_of_one_patient_holds_only_that_patient(
    three_patients: tuple[Database, dict[str, PatientId]], tmp_path: Path, fmt: str
) -> None:
    db, people = three_patients
    out = tmp_path / f"out-{fmt}"
    written = exporting.export(db, out, [people["DORA"]], fmt)
    text = texts(out)
    # FHIR carries scans, falls and courses but no workouts: its own marker is the fall's note.
    own = "DORA fall" if fmt == "fhir" else "DORA walk"
    assert written and "Dora Exportson" in text and own in text and "DORA Clinic" in text
    for other in ("CARLA", "EDNA"):
        assert other not in text.upper(), f"{other}'s data in Dora's export"
    if fmt == "json":
        [document] = [json.loads(p.read_text(encoding="utf-8")) for p in written]
        assert document["patient"]["name"] == "Dora Exportson"


def test_export_of_everyone_keeps_each_patient_in_their_own_folder(
    three_patients: tuple[Database, dict[str, PatientId]], tmp_path: Path
) -> None:
    db, people = three_patients
    out = tmp_path / "all"
    exporting.export(db, out, None, "csv")
    folders = sorted(p for p in out.iterdir() if p.is_dir())
    assert len(folders) == 3
    for folder in folders:
        text = texts(folder).upper()
        owners = [m for m in people if f"{m} WALK" in text]
        assert len(owners) == 1, f"{folder.name} holds data of {owners}"
        assert all(other not in text for other in people if other != owners[0])
