"""Units a person chooses: exact conversion both ways, feet and inches read and written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bonetracker.domain.measures import labs, shown
from bonetracker.domain.measures.shown import FEET_INCHES, HEIGHT, VITAMIN_D, VITAMIN_D_25OH, WEIGHT
from bonetracker.domain.nutrition import format_amount
from bonetracker.domain.records import LabResult, LabTest, PatientId


@pytest.mark.parametrize(("quantity", "value", "unit", "canonical"), [
    (HEIGHT, "67", FEET_INCHES, Fraction("170.18")),  # 1 in = 2.54 cm exactly
    (WEIGHT, "1", "lb", Fraction("0.45359237")),  # 1 lb = 0.45359237 kg exactly
    (VITAMIN_D, "25", "µg", Fraction(1000)),  # 1 µg = 40 IU
    (VITAMIN_D_25OH, "74.88", "nmol/L", Fraction(30)),  # 1 ng/mL = 2.496 nmol/L
    (WEIGHT, "70", "kg", Fraction(70)),
])
def test_exact_factors(quantity: str, value: str, unit: str, canonical: Fraction) -> None:
    assert shown.exact_to_canonical(quantity, value, unit) == canonical
    assert shown.exact_to_shown(quantity, canonical, unit) == Fraction(value)


@pytest.mark.parametrize("typed", ["5' 7\"", "5 ft 7 in", "5ft7in", "5 7", "5'7", "67 in",
                                   "5’ 7”", "5 feet 7 inches", "5' 7''"])
def test_feet_and_inches_are_read_in_every_usual_spelling(typed: str) -> None:
    cm = shown.parse_shown(HEIGHT, typed, FEET_INCHES)
    assert cm == Fraction("170.18")
    assert shown.quantity_text(HEIGHT, float(cm), FEET_INCHES) == "5 ft 7 in"


@pytest.mark.parametrize(("typed", "unit", "expected"), [
    ("abc", FEET_INCHES, None), ("5 12", FEET_INCHES, None), ("5 ft", FEET_INCHES, Fraction("152.4")),
    ("170", "cm", Fraction(170)), ("80 kg", "kg", Fraction(80)),
    ("150,5", "lb", Fraction("150.5") * shown.POUND),
    ("", "kg", None), ("1.2.3", "µg", None),
])
def test_parse_rejects_what_is_not_a_value(typed: str, unit: str, expected: Fraction | None) -> None:
    quantity = HEIGHT if unit in ("cm", FEET_INCHES) else WEIGHT if unit in ("kg", "lb") else VITAMIN_D
    assert shown.parse_shown(quantity, typed, unit) == expected


@pytest.mark.parametrize(("quantity", "value", "unit", "text"), [
    (HEIGHT, 182.88, FEET_INCHES, "6 ft 0 in"), (HEIGHT, 170.0, FEET_INCHES, "5 ft 6.9 in"),
    (HEIGHT, 165.5, "cm", "165.5 cm"), (WEIGHT, 68.2, "lb", "150.4 lb"), (WEIGHT, 70.0, "kg", "70 kg"),
    (VITAMIN_D, 800.0, "µg", "20 µg"), (VITAMIN_D, 800.0, "IU", "800 IU"),
    (VITAMIN_D_25OH, 30.0, "nmol/L", "75 nmol/L"), (VITAMIN_D_25OH, 30.0, "ng/mL", "30 ng/mL"),
    (WEIGHT, None, "lb", "–"),
])
def test_quantity_text(quantity: str, value: float | None, unit: str, text: str) -> None:
    assert shown.quantity_text(quantity, value, unit, missing="–") == text


def test_number_text_and_units() -> None:
    assert shown.number_text(WEIGHT, None, "kg") == ""
    assert shown.number_text(HEIGHT, 170.18, FEET_INCHES) == "5 ft 7 in"
    assert shown.units_of(HEIGHT) == ("cm", FEET_INCHES)
    assert shown.to_shown(VITAMIN_D, 1000.0, "µg") == 25.0
    assert shown.to_canonical(WEIGHT, "10", "lb") == 4.5359237


def test_range_is_written_in_the_chosen_unit_and_rounded_inwards() -> None:
    assert shown.range_text(HEIGHT, 100, 230, FEET_INCHES) == "from 3 ft 3.4 in to 7 ft 6.5 in"
    assert shown.range_text(WEIGHT, 25, 300, "lb") == "from 55.2 lb to 661.3 lb"
    assert shown.range_text(HEIGHT, 100, 230, "cm") == "from 100 cm to 230 cm"


heights = st.tuples(st.integers(3, 7), st.integers(0, 11), st.integers(0, 9))  # ft, in, tenths
decimals = st.decimals(min_value="0.1", max_value="999.9", places=1)


@given(heights)
def test_height_typed_in_feet_and_inches_reads_back_the_same(h: tuple[int, int, int]) -> None:
    feet, inches, tenth = h
    typed = f"{feet} ft {inches}{'.' + str(tenth) if tenth else ''} in"
    stored = float(shown.canonical_text(shown.parse_shown(HEIGHT, typed, FEET_INCHES) or Fraction()))
    assert shown.quantity_text(HEIGHT, stored, FEET_INCHES) == typed


@given(decimals, st.sampled_from([(WEIGHT, "lb"), (WEIGHT, "kg"), (VITAMIN_D, "µg"), (HEIGHT, "cm")]))
def test_value_typed_in_a_unit_is_stored_as_a_float_and_reads_back_the_same(
        typed: object, quantity_unit: tuple[str, str]) -> None:
    quantity, unit = quantity_unit
    stored = float(shown.canonical_text(shown.parse_shown(quantity, str(typed), unit) or Fraction()))
    assert Fraction(str(shown.to_shown(quantity, stored, unit))) == Fraction(str(typed))


@given(st.fractions(min_value=0, max_value=10_000),
       st.sampled_from([(q, u) for q in shown.FACTORS for u in shown.FACTORS[q]]))
def test_exact_conversion_round_trips(value: Fraction, quantity_unit: tuple[str, str]) -> None:
    quantity, unit = quantity_unit
    there = shown.exact_to_canonical(quantity, value, unit)
    assert shown.exact_to_shown(quantity, there, unit) == value


@pytest.fixture
def chosen() -> Iterator[None]:
    shown.set_chosen_units({VITAMIN_D: "µg", VITAMIN_D_25OH: "nmol/L", HEIGHT: "furlong"})
    yield
    shown.set_chosen_units(None)


def test_the_domain_wording_uses_canonical_units_unless_the_app_chose_others() -> None:
    result = LabResult(None, PatientId(1), LabTest.VITAMIN_D_25OH, dt.date(2024, 3, 1), 30.0, "ng/mL")
    assert format_amount(800.0, "vitamin_d_iu") == "800 IU"
    assert labs.value_text(result) == "30 ng/mL"
    assert shown.chosen_unit(HEIGHT) == "cm"


def test_chosen_units_change_intake_and_lab_wording(chosen: None) -> None:
    result = LabResult(None, PatientId(1), LabTest.VITAMIN_D_25OH, dt.date(2024, 3, 1), 30.0, "ng/mL")
    assert format_amount(800.0, "vitamin_d_iu") == "20.0 µg"
    assert labs.value_text(result) == "30 ng/mL (75 nmol/L)"
    assert labs.value_text(replace(result, value=75.0, unit="nmol/L")) == "75 nmol/L"
    assert shown.chosen_unit(HEIGHT) == "cm", "an unknown unit is ignored"


def test_programme_load_is_worded_in_the_chosen_weight_unit() -> None:
    from bonetracker.domain.programmes.model import DoseKind, ProgrammeItem
    from bonetracker.domain.records import ActivityCategory

    item = ProgrammeItem("Squat", ActivityCategory.RESISTANCE, DoseKind.SETS_REPS, 2, sets=2, reps=10,
                         load_kg=4.5359237)
    assert item.dose_text() == "2 x 10 at 4.53592 kg"  # as before: kg with 6 significant digits
    shown.set_chosen_units({WEIGHT: "lb"})
    try:
        assert item.dose_text() == "2 x 10 at 10 lb"
    finally:
        shown.set_chosen_units(None)
