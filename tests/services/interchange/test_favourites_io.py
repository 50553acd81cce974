"""Issue 16 (Low): favourite foods were missing from the export. ``favourites.csv`` names each
food as meals.csv does; an unknown food is refused with its line; re-importing adds nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bonetracker.domain.records import Patient, Sex
from bonetracker.services import foods as food_svc
from bonetracker.services.interchange import exporting, importing
from bonetracker.services.interchange.csv_formats import ImportRejected
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.patients import add_patient
from bonetracker.storage.database import Database


def test_favourites_round_trip_and_refuse_an_unknown_food(db: Database, tmp_path: Path) -> None:
    a = add_patient(db, Patient(None, "Fay Favourite", Sex.FEMALE, dt.date(1950, 1, 1)))
    b = add_patient(db, Patient(None, "Bea Copy", Sex.FEMALE, dt.date(1951, 1, 1)))
    assert a.id is not None and b.id is not None
    milk = food_svc.resolve_food(db, "01079")
    assert milk.id is not None
    food_svc.set_favourite(db, a.id, milk.id)
    [folder] = {p.parent for p in exporting.export(db, tmp_path, [a.id])}
    text = (folder / "favourites.csv").read_text(encoding="utf-8")
    assert text.splitlines() == ["food", "01079"]
    result = importing.import_table(db, "favourites", read_table(text), b.id)
    assert result.added == 1 and [h.id for h in food_svc.favourites(db, b.id)] == [milk.id]
    again = importing.import_table(db, "favourites", read_table(text), b.id)
    assert again.added == 0 and again.skipped == 1
    with pytest.raises(ImportRejected) as info:
        importing.import_table(db, "favourites", read_table("food\n01079\nno such food at all\n"), b.id)
    assert str(info.value.row_errors[0]).startswith("line 3, column food:")
    assert [h.id for h in food_svc.favourites(db, b.id)] == [milk.id]  # nothing more written
