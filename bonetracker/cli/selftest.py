"""``bonetracker --self-test``: prove an installation works end to end, for packaging and support.

Opens a temporary database, runs the migrations, writes and reads back a patient and a scan,
renders the main window offscreen and exits 0; any failure prints what broke and exits 1.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from contextlib import closing
from pathlib import Path


def _check_storage(folder: Path) -> str:
    from bonetracker.domain.records import Patient, Sex
    from bonetracker.services import patients, scans
    from bonetracker.storage.database import open_database

    with closing(open_database(f"sqlite:///{folder / 'selftest.sqlite3'}")) as db:
        saved = patients.add_patient(
            db, Patient(id=None, name="Self Test", sex=Sex.FEMALE, birth_date=dt.date(1960, 1, 1))
        )
        assert saved.id is not None
        scan = scans.parse_scan(saved.id, {"date": "2020-01-01"},
                                [{"site": "femoral_neck", "bmd": "0.75", "t_score": "-0.9"}])
        scans.log_scan(db, scan)
        [back] = scans.list_scans(db, saved.id)
        assert back.measurements[0].bmd == 0.75, "scan did not read back"
    return db.url


def _check_window(url: str, folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from bonetracker.storage.database import open_database
    from bonetracker.ui.context import AppContext
    from bonetracker.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    window = MainWindow(AppContext(db))
    try:
        window.resize(1000, 700)
        window.show()
        app.processEvents()
        if window.grab().isNull():
            raise RuntimeError("the main window rendered nothing")
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        db.close()


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="bonetracker-selftest-") as tmp:
        folder = Path(tmp)
        try:
            url = _check_storage(folder)
            print("storage: migrations, patient and scan round trip ok")
            _check_window(url, folder)
            print("window: main window rendered offscreen ok")
        except Exception:  # a self-test reports every failure, whatever it is
            traceback.print_exc()
            print("self-test FAILED", file=sys.stderr)
            return 1
    print("self-test passed")
    return 0
