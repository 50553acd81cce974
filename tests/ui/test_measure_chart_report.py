"""Issue 18 on paper and on screen: the report's measurements, labs and FRAX, and the chart's lower
panel showing one test, lab or FRAX series in its own unit with its cut-off."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF

from bonetracker.domain.records import Patient, PatientId, Sex
from bonetracker.services import frax as frax_service
from bonetracker.services import labs as lab_service
from bonetracker.services import measures as measure_service
from bonetracker.services.patients import add_patient
from bonetracker.services.queries.report_data import report_data
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages.chart import ChartView
from bonetracker.ui.report import build_document

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)
AS_OF = dt.date(2024, 6, 1)


def _patient(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Mona Measure", Sex.FEMALE, dt.date(1948, 3, 1), height_cm=162.0,
                                weight_kg=60.0))
    assert p.id is not None
    log_scan(db, parse_scan(p.id, {"date": "2022-02-01", "device": "hologic"},
                            [{"site": "femoral_neck", "bmd": "0.62"}]))
    for day, value in (("2023-06-01", "15"), ("2024-05-01", "13")):
        measure_service.log_measure(db, measure_service.parse_measure(
            p.id, {"kind": "tug", "date": day, "value": value}))
    for day, value in (("2014-06-01", "162"), ("2024-05-01", "157.5")):
        measure_service.log_measure(db, measure_service.parse_measure(
            p.id, {"kind": "height", "date": day, "value": value}))
    lab_service.log_lab(db, lab_service.parse_lab(
        p.id, {"test": "vitamin_d_25oh", "date": "2024-04-01", "value": "40", "unit": "nmol/L"}))
    frax_service.log_frax(db, frax_service.parse_frax(
        p.id, {"date": "2024-04-02", "major": "21", "hip": "4.1", "with_bmd": "yes", "model": "us"}))
    return p.id


def test_the_report_lists_measurements_labs_and_frax(db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    pid = _patient(db)
    text = build_document(report_data(db, pid, AS_OF)).toPlainText()
    assert "Measurements between scans" in text
    assert "Timed Up and Go" in text and "12 s or more: increased fall risk" in text
    assert "-2.0 s since 2023-06-01 (better)" in text
    assert "Height loss: your height fell 4.5 cm" in text
    assert "25-hydroxyvitamin D" in text and "40 nmol/L (16.0 ng/mL)" in text
    assert "major osteoporotic 21 %, hip 4.1 %" in text and "BoneTracker does not compute FRAX" in text
    data = report_data(db, pid, AS_OF)
    assert data.bmi == pytest.approx(60 / 1.575 ** 2)  # from the latest measured height


def test_the_lower_panel_shows_one_measurement_series(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    pid = _patient(db)
    ctx = AppContext(db)
    view = ChartView(ctx)
    view.as_of = AS_OF
    qtbot.addWidget(view)
    view.resize(1100, 750)
    ctx.select_patient(pid)
    view.show()
    qtbot.waitExposed(view)
    keys = [k for k in view.measure_actions if k]
    assert keys == ["measure:height", "measure:tug", "lab:vitamin_d_25oh", "frax"]
    view.set_lower_measure("measure:tug")
    overlay = view.plots.lower.overlay
    assert overlay.series is not None and overlay.series.unit == "s"
    assert list(overlay.series.lines[0].y) == [15.0, 13.0]
    assert overlay.series.thresholds[0][0] == 12.0
    assert view.plots.lower.plot.getAxis("left").labelText == "Timed Up and Go (s)"
    lower = view.plots.lower.plot
    qtbot.waitUntil(lambda: lower.sceneBoundingRect().height() > 50)  # the panel was hidden: no activity
    point = lower.getViewBox().mapViewToScene(QPointF(float(overlay.series.lines[0].x[1]), 13.0))
    assert "Timed Up and Go: 13.0 s on 2024-05-01" in (view.hover_text_at(point) or "")
    view.set_lower_measure("frax")
    assert [line.name for line in overlay.series.lines] == ["Major osteoporotic", "Hip"]  # type: ignore[union-attr]
    view.set_lower_measure(None)
    # back to the weekly activity, of which this patient logged none: the panel folds away
    assert overlay.series is None and not view.plots.lower_visible


def test_report_and_chart_follow_the_chosen_units_and_date_format(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from bonetracker.ui.preferences import UNIT_KEYS, app_settings, install_units
    from bonetracker.ui.widgets.dates import install_date_format

    pid = _patient(db)
    for quantity, unit in (("height", "ft/in"), ("weight", "lb"), ("vitamin_d_25oh", "nmol/L")):
        app_settings().setValue(UNIT_KEYS[quantity], unit)
    install_units()
    install_date_format(QLocale("en_GB"))
    text = build_document(report_data(db, pid, AS_OF)).toPlainText()
    assert "height 5 ft 3.8 in, weight 132.3 lb" in text
    assert "5 ft 2 in" in text and "-1.8 in since 01/06/2014" in text  # the latest height, its change
    assert "40 nmol/L" in text and "(16.0 ng/mL)" not in text
    assert "as of 01/06/2024" in text

    ctx = AppContext(db)
    view = ChartView(ctx)
    view.as_of = AS_OF
    qtbot.addWidget(view)
    ctx.select_patient(pid)
    view.show()
    view.set_lower_measure("measure:height")
    overlay = view.plots.lower.overlay
    assert overlay.series is not None and overlay.series.unit == "in"
    assert [round(v, 2) for v in overlay.series.lines[0].y] == [63.78, 62.01]
    view.set_lower_measure("lab:vitamin_d_25oh")
    assert overlay.series.unit == "nmol/L" and round(float(overlay.series.lines[0].y[0]), 6) == 40.0
    assert [label for _, label in overlay.series.thresholds] == ["50 nmol/L: adequate for most",
                                                                 "30 nmol/L: deficient below"]
