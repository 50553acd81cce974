"""Measurements between scans: exact units, norms, height loss, labs and FRAX, and the rules
they fire in the whole plan. The hard cases are one row each, with the publication that says
what the plan must do."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bonetracker.domain.measures import frax, labs, norms
from bonetracker.domain.measures.height import current_height_cm, height_loss
from bonetracker.domain.measures.summary import summarize
from bonetracker.domain.measures.units import (
    LABS,
    MEASURES,
    convert,
    exact_from_canonical,
    exact_to_canonical,
    from_canonical,
    in_range,
    to_canonical,
)
from bonetracker.domain.plan import build_plan, plan_as_dict
from bonetracker.domain.records import FractureSite as FS
from bonetracker.domain.records import (
    FraxResult,
    LabResult,
    LabTest,
    Measure,
    MeasureKind,
    PatientRecord,
    Sex,
    Site,
    Smoking,
)
from tests.helpers.factories import PID, TODAY, D, fall, fracture, good_week, m, patient, record, scan

K = MeasureKind
STEADI = "CDC STEADI 2017: TUG >= 12 s, tandem < 10 s, 30-s chair stand below average for age and sex"
BUATOIS = "Buatois 2008: five-times sit-to-stand >= 15 s"
EWGSOP2 = "EWGSOP2 2019: grip < 27 kg men, < 16 kg women; gait speed <= 0.8 m/s"
BHOF_H = "BHOF 2022: vertebral imaging after >= 4 cm historical or >= 2 cm prospective height loss"
IOM = "IOM 2011: 25(OH)D < 12 ng/mL deficient, >= 20 ng/mL (50 nmol/L) adequate for most"
LABEL = "alendronate and zoledronic acid labels: CrCl < 35 mL/min"
BHOF_F = "BHOF 2022 (US): FRAX hip >= 3 % or major >= 20 % -> consider treatment"
NOGG = "NOGG 2022: age-dependent thresholds, the calculator's category"


def meas(kind: MeasureKind, day: dt.date, value: float, unit: str | None = None) -> Measure:
    return Measure(None, PID, kind, day, value, unit or MEASURES[kind].canonical)


def lab(test: LabTest, day: dt.date, value: float, unit: str | None = None,
        low: float | None = None, high: float | None = None) -> LabResult:
    return LabResult(None, PID, test, day, value, unit or LABS[test].canonical, low, high)


def frax_result(day: dt.date, major: float, hip: float, *, model: str = "us", category: str | None = None,
                inputs: str = "") -> FraxResult:
    return FraxResult(None, PID, day, model, True, major, hip, category, inputs)


def with_(rec: PatientRecord, **kw: object) -> PatientRecord:
    return dataclasses.replace(rec, **kw)


# --- units -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("spec", "value", "unit", "to_unit", "expected"), [
    (LABS[LabTest.VITAMIN_D_25OH], 18, "ng/mL", "nmol/L", 44.928),  # 1 ng/mL = 2.496 nmol/L
    (LABS[LabTest.VITAMIN_D_25OH], 50, "nmol/L", "ng/mL", 50 / 2.496),
    (LABS[LabTest.CALCIUM], 2.5, "mmol/L", "mg/dL", 10.02),  # 1 mmol/L = 4.008 mg/dL
    (MEASURES[K.HEIGHT], 63, "in", "cm", 160.02),  # 2.54 cm per inch, exact
    (MEASURES[K.GRIP], 50, "lb", "kg", 22.6796185),  # 0.45359237 kg per lb, exact
    (MEASURES[K.GAIT_SPEED], 2.5, "ft/s", "m/s", 0.762),
])
def test_conversions_use_the_defined_factors(spec: object, value: float, unit: str, to_unit: str,
                                             expected: float) -> None:
    assert convert(spec, value, unit, to_unit) == pytest.approx(expected, abs=1e-12)  # type: ignore[arg-type]


@given(st.decimals(min_value="0.1", max_value="500", places=2, allow_nan=False),
       st.sampled_from([(LABS[LabTest.VITAMIN_D_25OH], "nmol/L"), (LABS[LabTest.CALCIUM], "mmol/L"),
                        (LABS[LabTest.PTH], "pmol/L"), (MEASURES[K.HEIGHT], "in"),
                        (MEASURES[K.GRIP], "lb"), (MEASURES[K.GAIT_SPEED], "ft/s")]))
def test_conversion_round_trip_is_exact(value: object, spec_unit: tuple[object, str]) -> None:
    """Exact in rationals both ways; in floats, within one rounding of the value typed (which is
    what is stored and shown again: values are kept in the unit typed)."""
    spec, unit = spec_unit
    typed = str(value)
    there = exact_to_canonical(spec, typed, unit)  # type: ignore[arg-type]
    assert exact_from_canonical(spec, there, unit) == Fraction(typed)  # type: ignore[arg-type]
    back = from_canonical(spec, to_canonical(spec, float(typed), unit), unit)  # type: ignore[arg-type]
    assert back == pytest.approx(float(typed), rel=1e-15)
    assert round(back, 2) == float(typed)


@pytest.mark.parametrize(("kind", "value", "unit", "ok"), [
    (K.TUG, 0, "s", False), (K.TUG, 600, "s", False), (K.TUG, 14, "s", True),
    (K.GRIP, 200, "kg", False), (K.GRIP, 200, "lb", True), (K.HEIGHT, 30, "cm", False),
    (K.HEIGHT, 63, "in", True), (K.CHAIR_STAND_30S, 41, "stands", False),
])
def test_physical_ranges(kind: MeasureKind, value: float, unit: str, ok: bool) -> None:
    assert in_range(MEASURES[kind], value, unit) is ok


# --- norms -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "value", "sex", "age", "outside", "source"), [
    (K.TUG, 11.9, Sex.FEMALE, 70, False, STEADI),
    (K.TUG, 12.0, Sex.FEMALE, 70, True, STEADI),
    (K.SIT_TO_STAND_5X, 14.9, Sex.MALE, 75, False, BUATOIS),
    (K.SIT_TO_STAND_5X, 15.0, Sex.MALE, 75, True, BUATOIS),
    (K.BALANCE_TANDEM, 9.5, Sex.FEMALE, 80, True, STEADI),
    (K.BALANCE_TANDEM, 10.0, Sex.FEMALE, 80, False, STEADI),
    (K.GRIP, 26.9, Sex.MALE, 70, True, EWGSOP2),
    (K.GRIP, 26.9, Sex.FEMALE, 70, False, EWGSOP2),
    (K.GRIP, 15.9, Sex.FEMALE, 70, True, EWGSOP2),
    (K.GAIT_SPEED, 0.8, Sex.FEMALE, 80, True, EWGSOP2),
    (K.GAIT_SPEED, 0.81, Sex.FEMALE, 80, False, EWGSOP2),
    (K.CHAIR_STAND_30S, 11, Sex.FEMALE, 62, True, STEADI),  # women 60-64: < 12
    (K.CHAIR_STAND_30S, 12, Sex.FEMALE, 62, False, STEADI),
    (K.CHAIR_STAND_30S, 11, Sex.MALE, 70, True, STEADI),  # men 65-74: < 12
    (K.CHAIR_STAND_30S, 7, Sex.MALE, 92, False, STEADI),  # men 90-94: < 7
    (K.CHAIR_STAND_30S, 3, Sex.FEMALE, 97, True, STEADI),  # past the table: its last row (< 4)
])
def test_norms(kind: MeasureKind, value: float, sex: Sex, age: int, outside: bool, source: str) -> None:
    n = norms.assess(kind, value, sex, age)
    assert n.outside is outside, source
    assert n.source and n.text


def test_chair_stand_has_no_norm_before_60() -> None:
    n = norms.assess(K.CHAIR_STAND_30S, 5, Sex.FEMALE, 55)
    assert n.status is norms.NormStatus.NONE and n.text == "norms from age 60"


# --- height ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("heights", "kind", "loss", "source"), [
    ([(D(2010, 1, 1), 165.0), (D(2024, 1, 1), 161.0)], "historical", 4.0, BHOF_H),
    ([(D(2010, 1, 1), 165.0), (D(2024, 1, 1), 161.1)], None, None, BHOF_H),
    ([(D(2021, 6, 1), 163.0), (D(2024, 1, 1), 161.0)], "prospective", 2.0, BHOF_H),
    ([(D(2018, 1, 1), 163.0), (D(2024, 1, 1), 161.0)], None, None, BHOF_H),  # 2 cm over 6 years
    ([(D(2022, 1, 1), 64.0, "in"), (D(2024, 1, 1), 159.5)], "prospective", 3.06, BHOF_H),
    ([(D(2024, 1, 1), 160.0)], None, None, BHOF_H),
])
def test_height_loss(heights: list[tuple], kind: str | None, loss: float | None, source: str) -> None:
    ms = tuple(meas(K.HEIGHT, h[0], h[1], h[2] if len(h) > 2 else None) for h in heights)
    found = height_loss(record(patient(age=70)).__class__(patient=patient(age=70), measures=ms))
    if kind is None:
        assert found is None, source
    else:
        assert found is not None and found.kind == kind, source
        assert found.loss_cm == pytest.approx(loss)


def test_heights_measured_as_a_child_are_not_an_adult_height() -> None:
    p = patient(age=30)
    ms = (meas(K.HEIGHT, D(2008, 6, 1), 170.0), meas(K.HEIGHT, D(2020, 6, 1), 165.0))  # at 14, at 26
    assert height_loss(PatientRecord(patient=p, measures=ms)) is None


def test_the_latest_measured_height_is_the_patients_height() -> None:
    p = dataclasses.replace(patient(), height_cm=165.0)
    assert current_height_cm(PatientRecord(patient=p)) == 165.0
    rec = PatientRecord(patient=p, measures=(meas(K.HEIGHT, D(2024, 1, 1), 63, "in"),))
    assert current_height_cm(rec) == pytest.approx(160.02)


# --- labs ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("result", "status", "source"), [
    (lab(LabTest.VITAMIN_D_25OH, TODAY, 11.9), labs.LabStatus.DEFICIENT, IOM),
    (lab(LabTest.VITAMIN_D_25OH, TODAY, 18), labs.LabStatus.INADEQUATE, IOM),
    (lab(LabTest.VITAMIN_D_25OH, TODAY, 20), labs.LabStatus.ADEQUATE, IOM),
    (lab(LabTest.VITAMIN_D_25OH, TODAY, 45, "nmol/L"), labs.LabStatus.INADEQUATE, IOM),  # 18.0 ng/mL
    (lab(LabTest.VITAMIN_D_25OH, TODAY, 50, "nmol/L"), labs.LabStatus.ADEQUATE, IOM),  # 20.03 ng/mL
    (lab(LabTest.EGFR, TODAY, 34), labs.LabStatus.BELOW_LABEL_LIMIT, LABEL),
    (lab(LabTest.EGFR, TODAY, 35), labs.LabStatus.NORMAL, LABEL),
    (lab(LabTest.CALCIUM, TODAY, 2.7, "mmol/L", 2.1, 2.6), labs.LabStatus.HIGH, "lab range"),
    (lab(LabTest.CALCIUM, TODAY, 9.5, "mg/dL", 8.5, 10.5), labs.LabStatus.NORMAL, "lab range"),
    (lab(LabTest.CALCIUM, TODAY, 9.5), labs.LabStatus.NO_RANGE, "lab range"),
])
def test_lab_reading(result: LabResult, status: labs.LabStatus, source: str) -> None:
    assert labs.read(result).status is status, source


# --- the whole plan --------------------------------------------------------------------------

OLD = patient(age=72)
BASE = record(OLD, workouts=good_week(TODAY))
AT_60 = record(patient(age=60), workouts=good_week(TODAY))


@dataclass(frozen=True)
class Case:
    name: str
    record: PatientRecord
    present: set[str] = field(default_factory=set)
    absent: set[str] = field(default_factory=set)
    reason: dict[str, str] = field(default_factory=dict)  # rule id -> text its reason must hold
    source: str = ""


CASES = [
    Case("TUG of 14 s feeds the fall rule with its number",
         with_(AT_60, measures=(meas(K.TUG, D(2024, 5, 1), 14),)),
         {"fall_prevention"}, set(), {"fall_prevention": "TUG (Timed Up and Go) of 14 s"}, STEADI),
    Case("a normal TUG at 60 with nothing else: no fall item",
         with_(AT_60, measures=(meas(K.TUG, D(2024, 5, 1), 9),)),
         set(), {"fall_prevention"}, {}, STEADI),
    Case("a TUG over a year old no longer fires",
         with_(AT_60, measures=(meas(K.TUG, D(2023, 1, 1), 14),)),
         set(), {"fall_prevention"}, {}, STEADI),
    Case("low grip with strength target met: its own strength item",
         with_(BASE, measures=(meas(K.GRIP, D(2024, 5, 1), 14),)),
         {"strength_tests_low"}, {"strength_below_target"}, {"strength_tests_low": "below the 16 kg"},
         EWGSOP2),
    Case("historical height loss of 4.5 cm: ask about spine imaging",
         with_(BASE, measures=(meas(K.HEIGHT, D(2000, 1, 1), 165.0), meas(K.HEIGHT, D(2024, 5, 1), 160.5))),
         {"height_loss"}, set(), {"height_loss": "4.5 cm"}, BHOF_H),
    Case("25(OH)D 18 ng/mL: discuss with the doctor",
         with_(BASE, labs=(lab(LabTest.VITAMIN_D_25OH, D(2024, 4, 1), 18),)),
         {"vitamin_d_blood_low"}, set(), {"vitamin_d_blood_low": "18 ng/mL"}, IOM),
    Case("25(OH)D 45 nmol/L (18 ng/mL) counts as low too",
         with_(BASE, labs=(lab(LabTest.VITAMIN_D_25OH, D(2024, 4, 1), 45, "nmol/L"),)),
         {"vitamin_d_blood_low"}, set(), {"vitamin_d_blood_low": "45 nmol/L (18.0 ng/mL)"}, IOM),
    Case("25(OH)D 30 ng/mL: nothing to discuss",
         with_(BASE, labs=(lab(LabTest.VITAMIN_D_25OH, D(2024, 4, 1), 30),)),
         set(), {"vitamin_d_blood_low"}, {}, IOM),
    Case("eGFR 30: mention it (some bone medicines depend on kidney function)",
         with_(BASE, labs=(lab(LabTest.EGFR, D(2023, 1, 1), 30),)),
         {"kidney_function_low"}, set(), {"kidney_function_low": "30"}, LABEL),
    Case("calcium above the lab's range: discuss",
         with_(BASE, labs=(lab(LabTest.CALCIUM, D(2024, 4, 1), 10.9, "mg/dL", 8.6, 10.3),)),
         {"calcium_blood_out_of_range"}, set(), {"calcium_blood_out_of_range": "8.6-10.3 mg/dL"},
         "lab range"),
    Case("calcium with no range given: not judged",
         with_(BASE, labs=(lab(LabTest.CALCIUM, D(2024, 4, 1), 10.9),)),
         set(), {"calcium_blood_out_of_range"}, {}, "lab range"),
    Case("FRAX major 22 %, hip 3.4 % (US): discuss treatment, numbers quoted",
         with_(BASE, frax=(frax_result(D(2024, 5, 1), 22, 3.4),)),
         {"frax_above_threshold"}, set(), {"frax_above_threshold": "hip 3.4 % is at or above 3 %"}, BHOF_F),
    Case("FRAX major 12 %, hip 2.9 %: below the BHOF thresholds",
         with_(BASE, frax=(frax_result(D(2024, 5, 1), 12, 2.9),)),
         set(), {"frax_above_threshold", "frax_recalculate"}, {}, BHOF_F),
    Case("a fracture after the FRAX result: recalculate",
         with_(BASE, frax=(frax_result(D(2023, 5, 1), 12, 2.9),),
               fractures=(fracture(D(2024, 1, 1), FS.WRIST),)),
         {"frax_recalculate"}, set(), {"frax_recalculate": "a fracture recorded since"}, BHOF_F),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_measure_case(case: Case) -> None:
    d = plan_as_dict(build_plan(case.record, TODAY))
    by_id = {r["id"]: r for r in d["recommendations"]}
    assert case.present <= set(by_id), (case.source, set(by_id))
    assert not case.absent & set(by_id), (case.source, set(by_id))
    for rule_id, text in case.reason.items():
        assert text in by_id[rule_id]["reason"], (case.source, by_id[rule_id]["reason"])
    for r in d["recommendations"]:
        assert "BoneTracker" not in r["source"]


def test_fall_rule_cites_steadi_when_a_test_fired_it() -> None:
    rec = with_(record(patient(age=60)), measures=(meas(K.TUG, D(2024, 5, 1), 14),))
    fall_item = next(r for r in build_plan(rec, TODAY).recommendations if r.id == "fall_prevention")
    assert "STEADI" in fall_item.source and "World Guidelines for Falls" in fall_item.source


def test_a_fall_keeps_the_fall_item_first_with_the_tests_quoted() -> None:
    rec = with_(record(patient(age=60), falls=[fall(D(2024, 3, 1))]),
                measures=(meas(K.SIT_TO_STAND_5X, D(2024, 5, 1), 16),))
    item = next(r for r in build_plan(rec, TODAY).recommendations if r.id == "fall_prevention")
    assert item.priority == 1 and "five-times sit-to-stand of 16 s" in item.reason


def test_improvement_is_shown() -> None:
    ms = (meas(K.TUG, D(2024, 1, 1), 14), meas(K.TUG, D(2024, 5, 1), 11.5))
    tug = plan_as_dict(build_plan(with_(BASE, measures=ms), TODAY))["measurements"][0]
    assert tug["kind"] == "tug" and tug["status"] == "within_norm"
    assert tug["change"] == -2.5 and tug["improved"] is True
    assert tug["previous"] == {"date": "2024-01-01", "value": 14, "unit": "s"}


def test_vitamin_d_intake_advice_uses_a_recent_adequate_lab() -> None:
    from tests.helpers.factories import daily_meals
    rec = record(OLD, meals=daily_meals(TODAY, 14, calcium_mg=1300, vitamin_d_iu=100, protein_g=90),
                 workouts=good_week(TODAY))
    plain = next(r for r in build_plan(rec, TODAY).recommendations if r.id == "vitamin_d_below_target")
    with_lab = with_(rec, labs=(lab(LabTest.VITAMIN_D_25OH, D(2024, 3, 1), 32),))
    item = next(r for r in build_plan(with_lab, TODAY).recommendations if r.id == "vitamin_d_below_target")
    assert "32 ng/mL" in item.reason and item.priority == 3 and plain.priority == 2


def test_nogg_reads_the_calculators_category() -> None:
    uk = with_(BASE, frax=(frax_result(D(2024, 5, 1), 12, 2.0, model="uk", category="high"),))
    plan = build_plan(uk, TODAY, frax_guideline=frax.Guideline.NOGG)
    item = next(r for r in plan.recommendations if r.id == "frax_above_threshold")
    assert "NOGG" in item.source and "high risk" in item.reason
    missing = with_(BASE, frax=(frax_result(D(2024, 5, 1), 30, 5.0, model="uk"),))
    ids = {r.id for r in build_plan(missing, TODAY, frax_guideline=frax.Guideline.NOGG).recommendations}
    assert "frax_category_missing" in ids and "frax_above_threshold" not in ids


def test_frax_worksheet_gathers_every_input() -> None:
    p = dataclasses.replace(patient(age=70), height_cm=160.0, smoking=Smoking.CURRENT, glucocorticoids=True)
    rec = PatientRecord(patient=p, scans=(scan(D(2023, 1, 1), m(Site.FEMORAL_NECK, bmd=0.700)),),
                        fractures=(fracture(D(2020, 1, 1), FS.WRIST),),
                        measures=(meas(K.HEIGHT, D(2024, 1, 1), 158.0),))
    sheet = {i.key: i for i in frax.worksheet(rec, TODAY)}
    assert list(sheet) == ["age", "sex", "weight_kg", "height_cm", "previous_fracture",
                           "parent_fractured_hip", "current_smoking", "glucocorticoids",
                           "rheumatoid_arthritis", "secondary_osteoporosis", "alcohol_3_or_more_units",
                           "femoral_neck_bmd"]
    assert sheet["height_cm"].value == 158.0 and sheet["previous_fracture"].value is True
    assert sheet["current_smoking"].value is True and sheet["femoral_neck_bmd"].value == 0.7
    assert sheet["alcohol_3_or_more_units"].missing


def test_frax_recalculate_names_the_changed_input() -> None:
    p = dataclasses.replace(patient(age=70), weight_kg=60.0)
    rec = PatientRecord(patient=p)
    result = frax_result(D(2024, 1, 1), 15, 2.0, inputs=frax.snapshot(frax.worksheet(rec, D(2024, 1, 1))))
    assert frax.changed_inputs(result, dataclasses.replace(rec, frax=(result,)), TODAY) == []
    heavier = dataclasses.replace(rec, patient=dataclasses.replace(p, weight_kg=52.0), frax=(result,))
    assert frax.changed_inputs(result, heavier, TODAY) == ["Weight"]
    assert json.loads(result.inputs)["weight_kg"] == 60.0 and "age" not in json.loads(result.inputs)


def test_summaries_skip_future_entries() -> None:
    ms = (meas(K.TUG, D(2024, 5, 1), 14), meas(K.TUG, D(2024, 7, 1), 9))
    assert [s.value for s in summarize(ms, OLD, TODAY)] == [14]


def test_bone_markers_outside_the_lab_range_are_mentioned() -> None:
    rec = with_(BASE, labs=(lab(LabTest.PTH, D(2024, 4, 1), 90, "pg/mL", 15, 65),
                            lab(LabTest.CTX, D(2024, 4, 1), 0.05, "ng/mL", 0.1, None),
                            lab(LabTest.P1NP, D(2024, 4, 1), 200, "ng/mL", None, 80),
                            lab(LabTest.P1NP, D(2020, 4, 1), 500, "ng/mL", None, 80)))
    item = next(r for r in build_plan(rec, TODAY).recommendations if r.id == "lab_out_of_range")
    assert item.reason == ("PTH 90 pg/mL on 2024-04-01 is above the lab's range of 15-65 pg/mL; CTX 0.05 "
                           "ng/mL on 2024-04-01 is below the lab's range of at least 0.1 ng/mL; P1NP 200 "
                           "ng/mL on 2024-04-01 is above the lab's range of up to 80 ng/mL")
    assert item.priority == 3


def test_a_frax_result_with_unreadable_inputs_still_sees_later_events() -> None:
    result = dataclasses.replace(frax_result(D(2022, 1, 1), 15, 2.0), inputs="{not json")
    rec = with_(BASE, frax=(result,), scans=(scan(D(2023, 1, 1), m(Site.FEMORAL_NECK, bmd=0.7)),))
    assert frax.changed_inputs(result, rec, TODAY) == ["a femoral-neck scan since"]


def test_a_gain_that_still_falls_short_is_shown_as_better() -> None:
    ms = (meas(K.GAIT_SPEED, D(2024, 1, 1), 0.6), meas(K.GAIT_SPEED, D(2024, 5, 1), 0.75))
    [summary] = summarize(ms, OLD, TODAY)
    assert summary.improved is True and summary.value_text() == "0.75 m/s"
    from bonetracker.domain.measures.summary import finding_text
    assert finding_text(summary) == ("your gait speed of 0.75 m/s on 2024-05-01 is at or below the 0.8 m/s "
                                     "cut-off (slow walking speed (low physical performance)), better than "
                                     "0.6 m/s on 2024-01-01")


def test_units_spelled_loosely_are_understood_and_ranges_are_worded() -> None:
    from bonetracker.domain.measures.units import normalise_unit
    spec = LABS[LabTest.VITAMIN_D_25OH]
    assert normalise_unit(spec, None) == "ng/mL" and normalise_unit(spec, " NMOL/L ") == "nmol/L"
    assert normalise_unit(spec, "nmol/L") == "nmol/L"
    assert normalise_unit(spec, "ng/ml") == "ng/mL" and normalise_unit(spec, "mg") is None
    assert normalise_unit(MEASURES[K.TUG], "seconds") == "s"
    assert normalise_unit(LABS[LabTest.EGFR], "ML/MIN/1.73M2") == "mL/min/1.73m²"
    assert MEASURES[K.HEIGHT].range_text("in") == "19.7 to 98.4 in"
    assert MEASURES[K.CHAIR_STAND_30S].range_text() == "0 to 40 stands"
    assert MEASURES[K.GRIP].unit_names == ("kg", "lb")


def test_lab_value_text_shows_the_canonical_equivalent() -> None:
    assert labs.value_text(lab(LabTest.VITAMIN_D_25OH, TODAY, 45, "nmol/L")) == "45 nmol/L (18.0 ng/mL)"
    assert labs.value_text(lab(LabTest.P1NP, TODAY, 45, "µg/L")) == "45 µg/L"
    assert labs.read(lab(LabTest.EGFR, TODAY, 80, "mL/min", 60, 120)).status is labs.LabStatus.NORMAL
    assert labs.read(lab(LabTest.PTH, TODAY, 10, "pg/mL", 15, 65)).status is labs.LabStatus.LOW
