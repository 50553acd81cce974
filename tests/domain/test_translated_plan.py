"""The plan in Spanish: with the translator the desktop installs (fed here from core_es.ts, so the
domain's tests stay Qt-free), every title, detail and reason of every rule reads in Spanish, with
no placeholder left unfilled; with no translator the plan is English, unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from bonetracker.domain import i18n
from bonetracker.domain.guidance import RULE_ORDER
from bonetracker.domain.measures.frax import Guideline
from bonetracker.domain.plan import Plan, build_plan, plan_as_dict
from bonetracker.domain.programmes.adherence import AdherenceSummary
from bonetracker.domain.records import (
    Device,
    DrugClass,
    FractureSite,
    LabTest,
    MealKind,
    PatientRecord,
    Site,
)
from tests.domain.test_dose_rules import DMAB, alendronate, dmab, dose, with_doses
from tests.domain.test_measures import CASES as MEASURE_CASES
from tests.domain.test_measures import frax_result, lab
from tests.domain.test_vignettes import VIGNETTES
from tests.helpers.factories import (
    TODAY,
    D,
    course,
    daily_meals,
    fracture,
    good_week,
    items,
    lifestyle,
    m,
    meal,
    patient,
    record,
    scan,
    t_scan,
)
from tests.helpers.ts_catalog import placeholders, read_catalog, translator

CATALOG = read_catalog()
SPANISH = translator(CATALOG)
# Catalog entries whose Spanish is spelled as the English (Osteoporosis, pelvis, oral, ...).
SAME_IN_BOTH = {source for (_, source), text in CATALOG.items() if text == source}


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    record: PatientRecord
    as_of: dt.date = TODAY
    options: dict[str, Any] = dataclasses.field(default_factory=dict)


OLD = record(patient(age=72), workouts=good_week(TODAY))
LOW_FOOD = daily_meals(TODAY, 14, calcium_mg=400, vitamin_d_iu=100, protein_g=30, magnesium_mg=100,
                       potassium_mg=1000, vitamin_k_mcg=20)
OVER_FOOD = daily_meals(TODAY, 14, calcium_mg=1300, vitamin_d_iu=5000, protein_g=90, magnesium_mg=450,
                        potassium_mg=3500, vitamin_k_mcg=130)
DOSE_DAY = TODAY - dt.timedelta(days=2)
EXTRA = [
    Case("every nutrient short", record(patient(age=66), meals=LOW_FOOD)),
    Case("vitamin D above the upper limit", record(patient(age=66), meals=OVER_FOOD)),
    Case("alcohol on too few days", record(lifestyle_entries=[
        lifestyle(TODAY - dt.timedelta(days=k), alcohol_units=4) for k in (1, 8, 15)])),
    Case("teriparatide past its licensed length", record(medications=[
        course("teriparatide", DrugClass.ANABOLIC, D(2021, 1, 1))])),
    Case("zoledronic acid and alendronate for years", record(medications=[
        course("zoledronic acid", DrugClass.BISPHOSPHONATE, D(2019, 1, 1)),
        course("alendronate", DrugClass.BISPHOSPHONATE, D(2018, 1, 1))])),
    Case("denosumab stopped with nothing after it", record(
        scans=[t_scan(D(2021, 1, 1), -2.2), t_scan(D(2023, 1, 1), -1.6)],
        medications=[course("denosumab", DrugClass.DENOSUMAB, D(2020, 6, 1), D(2023, 12, 1))])),
    Case("denosumab injection overdue", with_doses(record(medications=[dmab(D(2022, 1, 3))]),
                                                  dose(DMAB, D(2023, 10, 1)))),
    Case("calcium on an alendronate morning", with_doses(
        record(medications=[alendronate(D(2024, 1, 1))],
               meals=[meal(DOSE_DAY, items(calcium_mg=500), kind=MealKind.SUPPLEMENT)]),
        *[dose(alendronate(D(2024, 1, 1)).id, DOSE_DAY - dt.timedelta(days=7 * k))  # type: ignore[arg-type]
          for k in range(2)])),
    Case("a UK FRAX result without its NOGG category",
         dataclasses.replace(OLD, frax=(frax_result(D(2024, 5, 1), 18, 3.5, model="uk"),)),
         options={"frax_guideline": Guideline.NOGG}),
    Case("a UK FRAX result at very high risk", dataclasses.replace(
        OLD, frax=(frax_result(D(2024, 5, 1), 30, 8, model="uk", category="very_high"),)),
        options={"frax_guideline": Guideline.NOGG}),
    Case("PTH above the lab's range", dataclasses.replace(OLD, labs=(
        lab(LabTest.PTH, D(2024, 4, 1), 90, None, 15, 65), lab(LabTest.CTX, D(2024, 4, 1), 0.05, None, 0.1),
        lab(LabTest.CALCIUM, D(2024, 4, 1), 8.0, "mg/dL", 8.6, 10.3)))),
    Case("a programme mostly not done", OLD, options={"programme_adherence": AdherenceSummary(
        D(2024, 4, 29), D(2024, 5, 20), 4, 10, 40, 3, 12)}),
    Case("a scan with BMD alone from a GE Lunar", record(scans=[
        scan(D(2024, 1, 1), m(Site.FEMORAL_NECK, bmd=0.6), device=Device.GE_LUNAR)])),
    Case("a hip fracture and no scan yet", record(fractures=[fracture(D(2023, 3, 1), FractureSite.HIP)])),
    Case("osteoporosis earlier, better now", record(scans=[
        t_scan(D(2020, 1, 1), -2.7), t_scan(D(2023, 1, 1), -2.3)],
        medications=[course("alendronate", DrugClass.BISPHOSPHONATE, D(2020, 2, 1))])),
]
CASES = ([Case(v.name, v.record, v.as_of) for v in VIGNETTES]
         + [Case(c.name, c.record) for c in MEASURE_CASES] + EXTRA)


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_translator(None)


def plan_in(case: Case, language: i18n.Translator | None) -> Plan:
    i18n.set_translator(language)
    try:
        return build_plan(case.record, case.as_of, **case.options)
    finally:
        i18n.set_translator(None)


def test_the_cases_fire_every_rule() -> None:
    fired = {r.id for case in CASES for r in plan_in(case, None).recommendations}
    assert fired == set(RULE_ORDER), f"no case fires {sorted(set(RULE_ORDER) - fired)}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_title_detail_and_reason_reads_in_spanish(case: Case) -> None:
    english, spanish = plan_in(case, None), plan_in(case, SPANISH)
    assert [r.id for r in spanish.recommendations] == [r.id for r in english.recommendations]
    for en, es in zip(english.recommendations, spanish.recommendations, strict=True):
        for field in ("title", "detail", "reason"):
            en_text, es_text = getattr(en, field), getattr(es, field)
            assert es_text != en_text or en_text in SAME_IN_BOTH, f"{en.id}.{field} is English: {es_text}"
            assert "{" not in es_text and "}" not in es_text, f"{en.id}.{field} left a placeholder: {es_text}"
        assert (es.priority, es.category, es.source) == (en.priority, en.category, en.source)
    # What is stored or compared stays as it is: ids, categories, enum values, dates.
    en_dict, es_dict = plan_as_dict(english), plan_as_dict(spanish)
    assert es_dict["classification"] == en_dict["classification"]
    assert [(r["id"], r["priority"], r["category"]) for r in es_dict["recommendations"]] == \
        [(r["id"], r["priority"], r["category"]) for r in en_dict["recommendations"]]


def test_every_text_the_domain_asks_for_is_in_the_catalog() -> None:
    """A template that lupdate could not extract (an f-string, a computed text) would stay English."""
    asked: set[tuple[str, str]] = set()

    def recording(context: str, text: str) -> str:
        asked.add((context, text))
        return SPANISH(context, text)

    for case in CASES:
        plan_in(case, recording)
    names = {"{title}", "{detail}", "Hologic", "GE Lunar"}  # filled in elsewhere; makes' names
    missing = sorted(key for key in asked if key not in CATALOG and key[1] not in names)
    assert not missing


def test_no_translator_means_english() -> None:
    case = CASES[0]
    assert plan_as_dict(plan_in(case, None)) == plan_as_dict(build_plan(case.record, case.as_of))
    assert i18n.translate("guidance", "Prevent falls") == "Prevent falls"


def test_the_catalog_is_complete_and_keeps_every_placeholder() -> None:
    assert len(CATALOG) > 400
    unfinished = sorted(key for key, text in CATALOG.items() if not text)
    assert not unfinished
    wrong = sorted(key for key, text in CATALOG.items() if placeholders(text) != placeholders(key[1]))
    assert not wrong
    # Spelled the same in both languages only where Spanish really does (names, cognates, codes).
    assert {"Osteoporosis", "pelvis", "Pelvis", "oral", "Australia", "China", " (calc.)",
                            "; osteoporosis {basis}", "{drug}: {last}; {late}", "denosumab"} >= SAME_IN_BOTH
