"""Validation messages in the user's language: with the Spanish catalog installed a bad scan
entry is refused with Spanish messages that still name the field and the allowed range; with
no translator (the CLI, the importers' reports) they stay English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bonetracker.domain import i18n
from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import PatientId
from bonetracker.services import scans
from tests.helpers.ts_catalog import read_catalog, translator

PID = PatientId(1)


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.set_translator(translator(read_catalog()))
    yield
    i18n.set_translator(None)


def _errors(raw: dict[str, str], measurement: dict[str, str]) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        scans.parse_scan(PID, raw, [measurement], prefixed=False)
    return {e.field: str(e) for e in info.value.errors}


@pytest.mark.usefixtures("spanish")
def test_a_bad_scan_entry_is_refused_in_spanish_naming_field_and_range() -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    errors = _errors({"date": tomorrow}, {"site": "total_hip", "bmd": "9", "t_score": "-7.5", "z_score": "x"})
    assert errors["bmd"] == "bmd: debe estar entre 0.20 y 2.50 g/cm² (se recibió 9)"
    assert errors["t_score"] == "t_score: debe estar entre -7.0 y 5.0 (se recibió -7.5)"
    assert errors["z_score"] == "z_score: debe ser un número entre -7.0 y 5.0 (se recibió 'x')"
    assert errors["date"].startswith("date: no puede estar en el futuro (como muy tarde ")
    assert _errors({"date": "31/12/2020"}, {"site": "total_hip", "bmd": "1"})["date"] == \
        "date: debe ser una fecha con el formato AAAA-MM-DD (se recibió '31/12/2020')"
    assert _errors({"date": "1979-12-31"}, {"site": "total_hip", "bmd": "1"})["date"] == \
        "date: no puede ser anterior al 1980-01-01"


def test_without_a_translator_the_messages_stay_english() -> None:
    errors = _errors({"date": "2020-01-01"}, {"site": "total_hip", "bmd": "9"})
    assert errors["bmd"] == "bmd: must be from 0.20 to 2.50 g/cm² (got 9)"
