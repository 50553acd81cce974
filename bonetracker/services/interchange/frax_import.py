"""Reading FRAX results from CSV: the row as ``frax add`` reads it, plus the worksheet it was run on.

A result keeps the FRAX inputs as they stood when it was entered (``FraxResult.inputs``), so a
later change of any input can say "recalculate". Export writes that worksheet in the ``inputs``
column, and import stores it as written: a round trip into another database reproduces the
result exactly and does not make it look out of date. A row with ``inputs`` blank (a file typed
by hand) gets the worksheet of the stored record on the result's date, as entering the result
in the window or with ``frax add`` does.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.measures import frax as sheet
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.records import FraxResult, PatientId, PatientRecord
from bonetracker.services.frax import parse_frax
from bonetracker.services.interchange.csv_formats import ParseFn
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database

MAX_INPUTS = 10000  # as services.frax.frax_errors allows


def inputs_error(text: str) -> str | None:
    """Why ``text`` is not a worksheet as export writes it (a JSON object), or None."""
    if len(text) > MAX_INPUTS:
        return f"must be at most {MAX_INPUTS} characters (the worksheet as exported)"
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        return ('must be the worksheet as exported, a JSON object such as {"sex": "female", ...}, '
                "or blank to take the record's worksheet on the result's date")
    return None


def frax_parser(db: Database) -> ParseFn:
    """``parse_frax`` with the ``inputs`` column: kept as written, or worked out when blank."""
    records: dict[PatientId, PatientRecord] = {}

    def parse(pid: PatientId, raw: Mapping[str, object | None]) -> FraxResult:
        text = str(raw.get("inputs") or "").strip()
        problem = inputs_error(text) if text else None
        try:
            result = parse_frax(pid, raw)
        except ValidationError as exc:
            extra = [FieldError("inputs", problem)] if problem else []
            raise ValidationError([*exc.errors, *extra]) from exc
        if problem:
            raise ValidationError([FieldError("inputs", problem)])
        if not text:
            if pid not in records:
                records[pid] = load_record(db, pid)
            as_of = result.date
            text = sheet.snapshot(sheet.worksheet(record_as_of(records[pid], as_of), as_of))
        return dataclasses.replace(result, inputs=text)

    return parse
