"""Render the README/user-guide screenshots offscreen from a throw-away demo database.

Run with ``make screenshots`` (or ``python docs/make_screenshots.py [OUT_DIR]``). Nothing of
the user's is touched: the database and the QSettings folder live in a temporary directory.

To add a shot for a new page, append ``(filename, setup)`` to :data:`SHOTS`; ``setup``
receives the open :class:`~bonetracker.ui.main_window.MainWindow` (demo patient selected)
and returns the widget to photograph.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.TemporaryDirectory(prefix="bonetracker-shots-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_TMP.name) / "config")  # keep the user's QSettings out

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from bonetracker.domain.records import PatientId, Site  # noqa: E402
from bonetracker.services.patients import add_patient, parse_patient  # noqa: E402
from bonetracker.services.scans import log_scan, parse_scan  # noqa: E402
from bonetracker.storage.database import Database, open_database  # noqa: E402
from bonetracker.ui.app import _application, process_deferred_deletes  # noqa: E402
from bonetracker.ui.context import AppContext  # noqa: E402
from bonetracker.ui.main_window import MainWindow  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "images"
SIZE = (1280, 800)

DEMO_PATIENTS: list[dict[str, object]] = [
    {"name": "Maria Rossi", "sex": "female", "birth_date": "1958-04-12", "height_cm": "162",
     "weight_kg": "58", "menopause": "post", "menopause_year": "2009", "smoking": "former",
     "smoking_quit_date": "2001-06-01", "parental_hip_fracture": True},
    {"name": "John Carter", "sex": "male", "birth_date": "1949-11-03", "height_cm": "178",
     "weight_kg": "74", "glucocorticoids": True},
    {"name": "Aiko Tanaka", "sex": "female", "birth_date": "1963-02-27", "menopause": "post"},
    {"name": "Elena García", "sex": "female", "birth_date": "1955-08-19", "menopause": "post"},
    {"name": "Sven Lindqvist", "sex": "male", "birth_date": "1952-05-30"},
    {"name": "Fatima Haddad", "sex": "female", "birth_date": "1967-12-08", "menopause": "peri"},
]

# (date, device, facility, {site: (bmd, t, z)}) for Maria Rossi
DEMO_SCANS = [
    ("2019-03-14", "hologic", "St. Mary's Bone Clinic", {
        "lumbar_spine": ("0.812", "-2.1", "-0.9"), "femoral_neck": ("0.618", "-2.0", "-0.6"),
        "total_hip": ("0.742", "-1.7", "-0.5")}),
    ("2021-03-22", "hologic", "St. Mary's Bone Clinic", {
        "lumbar_spine": ("0.791", "-2.3", "-1.0"), "femoral_neck": ("0.601", "-2.2", "-0.7"),
        "total_hip": ("0.731", "-1.8", "-0.5"), "forearm_33": ("0.640", "-1.9", "")}),
    ("2023-04-05", "hologic", "St. Mary's Bone Clinic", {
        "lumbar_spine": ("0.805", "-2.2", "-0.8"), "femoral_neck": ("0.606", "-2.1", "-0.5"),
        "total_hip": ("0.738", "-1.7", "-0.3")}),
]


def make_demo_database(path: Path) -> tuple[Database, PatientId]:
    """A fresh database with the demo patients; returns it and Maria Rossi's id."""
    db = open_database(f"sqlite:///{path}")
    ids = [add_patient(db, parse_patient(raw)).id for raw in DEMO_PATIENTS]
    maria = PatientId(ids[0] or 0)
    for date, device, facility, sites in DEMO_SCANS:
        rows = [{"site": s, "bmd": b, "t_score": t, "z_score": z} for s, (b, t, z) in sites.items()]
        log_scan(db, parse_scan(maria, {"date": date, "device": device, "facility": facility},
                                rows))
    return db, maria


def shot_main_window(window: MainWindow) -> QWidget:
    return window


def shot_scans_page(window: MainWindow) -> QWidget:
    """The Scans page mid-entry, with the inline message a wrong BMD produces."""
    page = window.pages["Scans"]
    window.tabs.setCurrentWidget(page)
    page.new_entry()  # type: ignore[attr-defined]
    page.date.setText(dt.date.today().replace(month=1, day=15).isoformat())  # type: ignore[attr-defined]
    cells = page.cells  # type: ignore[attr-defined]
    cells[Site.LUMBAR_SPINE]["bmd"].setText("0.798")
    cells[Site.LUMBAR_SPINE]["t_score"].setText("-2.3")
    cells[Site.FEMORAL_NECK]["bmd"].setText("6.1")
    page.save()  # type: ignore[attr-defined]
    return window


SHOTS: list[tuple[str, Callable[[MainWindow], QWidget]]] = [
    ("main-window.png", shot_main_window),
    ("scans-page.png", shot_scans_page),
]


def main(out_dir: Path = OUT_DIR) -> int:
    app = _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    db, maria = make_demo_database(Path(_TMP.name) / "demo.sqlite3")
    written: list[Path] = []
    for filename, setup in SHOTS:
        ctx = AppContext(db)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        ctx.select_patient(maria)
        window.statusBar().showMessage("Database: ~/.local/share/BoneTracker/bonetracker.sqlite3")
        app.processEvents()
        widget = setup(window)
        app.processEvents()
        target = out_dir / filename
        if not widget.grab().save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        written.append(target)
        window.close()
        window.deleteLater()
        ctx.deleteLater()
        process_deferred_deletes(app)
    db.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR)
    QApplication.processEvents()
    sys.exit(code)
