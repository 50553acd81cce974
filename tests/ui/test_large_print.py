"""The report's "large print" option: every font half as large again, so more pages."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction

from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.queries.report_data import report_data
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.preferences import large_print
from bonetracker.ui.report import build_document, report_html, write_pdf
from bonetracker.ui.shell.main_window import MainWindow


def _patient(db: Database):
    p = add_patient(db, parse_patient({"name": "Ana Silva", "sex": "female", "birth_date": "1950-02-01"}))
    for year in range(2010, 2024, 2):
        log_scan(db, parse_scan(p.id, {"date": f"{year}-05-01"},
                                [{"site": "lumbar_spine", "bmd": "0.800", "t_score": "-2.0"}]))
    return p


def test_large_print_scales_every_font_size_of_the_report(qapp, db: Database) -> None:
    data = report_data(db, _patient(db).id)
    normal, large = report_html(data), report_html(data, large=True)
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", normal)]
    large_sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", large)]
    assert sizes and large_sizes == [s * 1.5 for s in sizes]
    assert "font-size:13.5pt" in large  # the 9 pt body text
    # The same words, on more pages.
    assert build_document(data).toPlainText() == build_document(data, large=True).toPlainText()


def test_a_large_print_pdf_has_more_pages(qapp, db: Database, tmp_path) -> None:
    pid = _patient(db).id
    _, normal = write_pdf(db, pid, tmp_path / "normal.pdf", with_chart=False)
    _, large = write_pdf(db, pid, tmp_path / "large.pdf", with_chart=False, large=True)
    assert large > normal


def test_the_file_menu_remembers_large_print(qtbot, db: Database) -> None:
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    action = window.findChild(QAction, "large_print_action")
    assert action is not None and action in window.menus["File"].actions() and not action.isChecked()
    action.trigger()
    assert large_print()
