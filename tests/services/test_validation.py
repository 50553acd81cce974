"""The validation path: every bad value is named with its allowed range and never stored."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import PatientId
from bonetracker.services import scans
from bonetracker.services.patients import parse_patient

PID = PatientId(1)


def _errors(raw: dict[str, str], measurement: dict[str, str]) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        scans.parse_scan(PID, raw, [measurement], prefixed=False)
    return {e.field: e.message for e in info.value.errors}


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("bmd", "9", "from 0.20 to 2.50 g/cm²"),
        ("bmd", "0.19", "from 0.20 to 2.50 g/cm²"),
        ("bmd", "abc", "must be a number"),
        ("bmd", "nan", "finite"),
        ("bmd", "inf", "finite"),
        ("t_score", "-7.1", "from -7.0 to 5.0"),
        ("t_score", "5.01", "from -7.0 to 5.0"),
        ("z_score", "x", "must be a number"),
    ],
)
def test_out_of_range_measurement_is_named(field: str, value: str, expected: str) -> None:
    measurement = {"site": "femoral_neck", "bmd": "0.8", field: value}
    errors = _errors({"date": "2020-01-01"}, measurement)
    assert expected in errors[field]


@pytest.mark.parametrize(("field", "value"), [("bmd", "0.20"), ("bmd", "2.50"), ("t_score", "-7.0"),
                                               ("t_score", "5.0"), ("z_score", "-7")])
def test_range_edges_are_accepted(field: str, value: str) -> None:
    scan = scans.parse_scan(PID, {"date": "2020-01-01"},
                            [{"site": "total_hip", "bmd": "0.9", field: value}], prefixed=False)
    assert getattr(scan.measurements[0], field) == float(value)


def test_dates_must_be_between_1980_and_today() -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert "future" in _errors({"date": tomorrow}, {"site": "total_hip", "bmd": "1"})["date"]
    assert "1980" in _errors({"date": "1979-12-31"}, {"site": "total_hip", "bmd": "1"})["date"]
    assert "YYYY-MM-DD" in _errors({"date": "31/12/2020"}, {"site": "total_hip", "bmd": "1"})["date"]
    scans.parse_scan(PID, {"date": "1980-01-01"}, [{"site": "total_hip", "bmd": "1"}])
    scans.parse_scan(PID, {"date": dt.date.today().isoformat()}, [{"site": "total_hip", "bmd": "1"}])


def test_bmd_or_t_score_required_and_all_errors_reported_together() -> None:
    errors = _errors({"date": "2999-01-01", "device": "philips"}, {"site": "knee"})
    assert set(errors) == {"date", "device", "site", "bmd"}
    assert "lumbar_spine" in errors["site"]


def test_one_measurement_per_site_per_visit() -> None:
    with pytest.raises(ValidationError, match="twice"):
        scans.parse_scan(PID, {"date": "2020-01-01"},
                         [{"site": "total_hip", "bmd": "1"}, {"site": "total_hip", "bmd": "0.9"}])


def test_prefixed_names_point_at_the_row() -> None:
    with pytest.raises(ValidationError) as info:
        scans.parse_scan(PID, {"date": "2020-01-01"}, [{"site": "femoral_neck", "bmd": "9"}])
    assert info.value.for_field("femoral_neck.bmd")


def test_patient_errors_are_named() -> None:
    with pytest.raises(ValidationError) as info:
        parse_patient({"name": " ", "sex": "f", "birth_date": "1800-01-01", "weight_kg": "500",
                       "menopause": "post", "prior_fragility_fracture": "maybe"})
    fields = {e.field for e in info.value.errors}
    assert fields == {"name", "sex", "birth_date", "weight_kg", "prior_fragility_fracture"}


def test_men_have_no_menopause() -> None:
    with pytest.raises(ValidationError) as info:
        parse_patient({"name": "Bob", "sex": "male", "birth_date": "1950-01-01", "menopause": "post"})
    assert info.value.for_field("menopause")


numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-10**30, max_value=10**30),
    st.text(max_size=30),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(bmd=numbers, t=numbers, z=numbers)
def test_any_parsed_scan_lies_inside_the_ranges(bmd: object, t: object, z: object) -> None:
    raw = {"site": "lumbar_spine", "bmd": str(bmd), "t_score": str(t), "z_score": str(z)}
    try:
        scan = scans.parse_scan(PID, {"date": "2020-06-01"}, [raw])
    except ValidationError as exc:
        assert all(e.field.startswith("lumbar_spine.") for e in exc.errors)
        return
    m = scan.measurements[0]
    assert m.bmd is not None or m.t_score is not None
    assert m.bmd is None or (0.2 <= m.bmd <= 2.5 and math.isfinite(m.bmd))
    assert m.t_score is None or -7 <= m.t_score <= 5
    assert m.z_score is None or -7 <= m.z_score <= 5
