"""The PDF report's DXA table names the scanner as people write it and what each result covers."""

from __future__ import annotations

import datetime as dt

from bonetracker.domain.records import Patient, Sex
from bonetracker.services.patients import add_patient
from bonetracker.services.queries.report_data import report_data
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.report import build_document


def test_the_dxa_table_shows_make_model_vertebrae_and_hip_side(db: Database,
                                                               qapp) -> None:  # type: ignore[no-untyped-def]
    p = add_patient(db, Patient(None, "Rita Report", Sex.FEMALE, dt.date(1952, 3, 1)))
    assert p.id is not None
    log_scan(db, parse_scan(p.id, {"date": "2022-02-01", "device": "ge_lunar", "model": "Prodigy",
                                   "vertebrae": "L1-L3", "hip_side": "left"},
                            [{"site": "lumbar_spine", "bmd": "1.05"},
                             {"site": "total_hip", "bmd": "0.85"}]))
    log_scan(db, parse_scan(p.id, {"date": "2024-02-01", "device": "hologic"},
                            [{"site": "lumbar_spine", "bmd": "0.94"}]))
    data = report_data(db, p.id, dt.date(2024, 6, 1))
    text = build_document(data).toPlainText()
    assert "GE Lunar Prodigy" in text and "Hologic" in text
    assert "ge lunar" not in text and "hologic" not in text
    assert "spine L1-L3" in text and "spine L1-L4" in text and "left hip" in text
    # Lunar then Hologic: the difference is marked not comparable (†), never a significant loss
    assert "Not comparable" in text and "significant loss" not in text.lower()


def test_the_report_says_osteoporosis_rests_on_a_fracture(db: Database,
                                                          qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: a hip fragility fracture with T -1.5 is osteoporosis, and the report says why."""
    from bonetracker.domain.records import Fracture, FractureSite
    from bonetracker.services.fractures import log_fracture

    p = add_patient(db, Patient(None, "Hilda Hip", Sex.FEMALE, dt.date(1948, 3, 1)))
    assert p.id is not None
    log_scan(db, parse_scan(p.id, {"date": "2024-02-01", "device": "hologic"},
                            [{"site": "total_hip", "t_score": "-1.5"}]))
    log_fracture(db, Fracture(None, p.id, dt.date(2023, 5, 1), FractureSite.HIP, True))
    text = build_document(report_data(db, p.id, dt.date(2024, 6, 1))).toPlainText()
    assert "Latest classification: Osteoporosis" in text
    assert "osteoporosis by a low-trauma hip fracture on 2023-05-01" in text
