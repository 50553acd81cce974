"""Every code the FHIR export writes and the import reads, each with the source it was checked in.

One table per kind of thing: DXA site values (LOINC, with the left/right variants LOINC has for
the hip, femur and forearm), vital signs, labs, falls, fractures, medications, body sites and
laterality (SNOMED CT), units (UCUM). ``docs/import-format.md`` prints the same table for
people, and a test keeps the two in step. Where LOINC has no code (total-body T- and Z-score)
BoneTracker uses its own code system :data:`LOCAL`, documented with the others.

Mapping choice (documented): LOINC names DXA sites by region, not by sub-region. BoneTracker's
femoral neck is written with the "Femur" codes and its total hip with the "Hip" codes, as the
HL7 US Core DXA examples do; ``bodySite`` (SNOMED CT) names the exact region.
"""

from __future__ import annotations

from dataclasses import dataclass

from bonetracker.domain.records import Device, LabTest, MeasureKind, Site

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
ATC = "http://www.whocc.no/atc"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
LOCAL = "urn:bonetracker:code"
"""BoneTracker's own codes, for values LOINC has no code for (and the derived-value tag)."""
PATIENT_ID_SYSTEM = "urn:bonetracker:patient-id"
"""Identifier system of the patient's record number in one BoneTracker database."""
MACHINE_ID_SYSTEM = "urn:bonetracker:machine-id"
"""Identifier system of a scanner's machine identifier (serial number or room name) as the
clinic recorded it on the visit."""

SOURCES: dict[str, str] = {
    "themis": "OHDSI Themis, docs/pages/measurement/negative_value_as_number.md (LOINC names "
              "from the OMOP vocabulary)",
    "findacode": "findacode.com LOINC pages for 38267-1 and 38263-0",
    "healthassure": "healthassure.in LOINC pages for 24966-4 and 38264-8",
    "loinc.org": "loinc.org/75856-5",
    "uscore": "HL7 US Core DXA examples (Observation-dxa-*, "
              "DiagnosticReport-dxa-bone-density-report)",
    "vitals": "FHIR R4 body height and body weight profiles (bodyheight, bodyweight)",
    "labs": "laboratory test catalogues (MercyOne, ARUP: 25-OH vitamin D 62292-8)",
    "findacode-sts": "findacode.com LOINC page for 66247-8",
    "labs-chem": "public FHIR lab value sets and OMOP concept lists (calcium 17861-6 and 2000-8, "
                 "PTH intact 2731-8, eGFR MDRD 33914-3)",
    "laterality": "FHIR R4 ValueSet bodysite-laterality",
    "fall": "FHIR ValueSet adverse-event-type (SNOMED CT 1912002 Fall)",
    "snomed-sites": "HL7 body-site value sets (SNOMED CT body structures: neck of femur, femur, "
                    "radius); lumbar spine and hip region also in DICOM DXA series examples",
    "snomed-fracture": "SNOMED CT tooling and ECL examples (125605004 Fracture of bone)",
    "atc": "WHO ATC code lists in FHIR CodeSystems and drug catalogues",
    "local": "BoneTracker's own code (LOINC has none)",
}


@dataclass(frozen=True)
class Code:
    """One coding: ``system``, ``code``, the display text written, and where it was checked."""

    system: str
    code: str
    display: str
    source: str

    def coding(self) -> dict[str, str]:
        return {"system": self.system, "code": self.code, "display": self.display}


@dataclass(frozen=True)
class DxaCode:
    """A LOINC (or local) code for one DXA value: site, quantity (bmd, t_score, z_score), side."""

    code: Code
    site: Site
    quantity: str
    side: str | None = None


def _l(code: str, display: str, source: str = "themis") -> Code:
    return Code(LOINC, code, display, source)


def _dxa(site: Site, region: str, codes: tuple[tuple[str, str, str], ...],
         sources: dict[str, str] | None = None) -> tuple[DxaCode, ...]:
    """``codes``: (quantity, side or "", code) for ``region`` as LOINC names it."""
    names = {"bmd": "[Mass/Area]", "t_score": "[T-score]", "z_score": "[Z-score]"}
    found = []
    for quantity, side, code in codes:
        where = f"{region} - {side}" if side else region
        source = (sources or {}).get(code, "themis")
        found.append(DxaCode(_l(code, f"DXA {where} {names[quantity]} Bone density", source),
                             site, quantity, side or None))
    return tuple(found)


DXA_CODES: tuple[DxaCode, ...] = (
    *_dxa(Site.LUMBAR_SPINE, "Lumbar spine", (
        ("bmd", "", "24966-4"), ("t_score", "", "38267-1"), ("z_score", "", "85394-5"),
    ), {"24966-4": "healthassure", "38267-1": "findacode"}),
    *_dxa(Site.FEMORAL_NECK, "Femur", (
        ("bmd", "", "24701-5"), ("bmd", "left", "80954-1"), ("bmd", "right", "80953-3"),
        ("t_score", "", "38263-0"), ("t_score", "left", "80948-3"), ("t_score", "right", "80947-5"),
        ("z_score", "", "80934-3"), ("z_score", "left", "80940-0"), ("z_score", "right", "80939-2"),
    ), {"38263-0": "findacode", "80948-3": "uscore"}),
    *_dxa(Site.TOTAL_HIP, "Hip", (
        ("bmd", "", "38261-4"), ("bmd", "left", "46278-8"), ("bmd", "right", "46279-6"),
        ("t_score", "", "38264-8"), ("t_score", "left", "80946-7"), ("t_score", "right", "80945-9"),
        ("z_score", "", "80933-5"), ("z_score", "left", "80938-4"), ("z_score", "right", "80937-6"),
    ), {"38264-8": "healthassure", "46278-8": "uscore", "80946-7": "uscore"}),
    *_dxa(Site.FOREARM_33, "Radius and Ulna", (
        ("bmd", "", "24890-6"), ("bmd", "left", "80952-5"), ("bmd", "right", "80951-7"),
        ("t_score", "", "38265-5"), ("t_score", "left", "80944-2"), ("t_score", "right", "80943-4"),
        ("z_score", "", "80932-7"), ("z_score", "left", "80936-8"), ("z_score", "right", "80935-0"),
    )),
    DxaCode(Code(LOCAL, "total-body-bmd", "DXA Total body [Mass/Area] Bone density", "local"),
            Site.TOTAL_BODY, "bmd"),
    DxaCode(Code(LOCAL, "total-body-t-score", "DXA Total body [T-score] Bone density", "local"),
            Site.TOTAL_BODY, "t_score"),
    DxaCode(Code(LOCAL, "total-body-z-score", "DXA Total body [Z-score] Bone density", "local"),
            Site.TOTAL_BODY, "z_score"),
)
"""Every DXA code the import recognises; the export writes the ones without a side (no visit
records a side yet) and :data:`DXA_BONE_ANY` beside the total-body BMD."""

DXA_BONE_ANY = _l("46383-6", "DXA Bone [Mass/Area] Bone density")
"""LOINC's BMD code without a region: written as a second coding of the total-body BMD; read
alone it names no site, so the import lists it as ignored."""

DXA_BY_CODE: dict[tuple[str, str], DxaCode] = {(d.code.system, d.code.code): d for d in DXA_CODES}


def dxa_code(site: Site, quantity: str, side: str | None = None) -> DxaCode:
    """The code for ``site``'s ``quantity`` (and side, where LOINC has one)."""
    for d in DXA_CODES:
        if d.site == site and d.quantity == quantity and d.side == side:
            return d
    raise KeyError((site, quantity, side))


DXA_PANEL = _l("83311-1", "DXA Bone density quantitative measurement panel", "uscore")
"""DiagnosticReport.code of one visit (LOINC panel that holds the site values)."""
RADIOLOGY = _l("LP29684-5", "Radiology", "uscore")
"""DiagnosticReport.category, as the US Core DXA example writes it."""

BODY_HEIGHT = _l("8302-2", "Body height", "vitals")
BODY_WEIGHT = _l("29463-7", "Body weight", "vitals")
VITAMIN_D_25OH = _l("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma", "labs")
CHAIR_STAND_30S = _l("66247-8", "Sit to stand frequency in 30 seconds", "findacode-sts")
FALLS_12_MONTHS = _l("75856-5", "Number of falls in the past 12 months [Reported]", "loinc.org")
CALCIUM_MASS = _l("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "labs-chem")
CALCIUM_MOLAR = _l("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "labs-chem")
PTH_INTACT = _l("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "labs-chem")
EGFR_MDRD = _l("33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in "
                          "Serum or Plasma by Creatinine-based formula (MDRD)", "labs-chem")


def _local(code: str, display: str) -> Code:
    return Code(LOCAL, code, display, "local")


LAB_CODES: dict[LabTest, tuple[Code, ...]] = {
    LabTest.VITAMIN_D_25OH: (VITAMIN_D_25OH,),
    LabTest.CALCIUM: (CALCIUM_MASS, CALCIUM_MOLAR),
    LabTest.EGFR: (EGFR_MDRD,),
    LabTest.PTH: (PTH_INTACT,),
    LabTest.CTX: (_local("ctx", "C-terminal telopeptide of type I collagen (CTX) in Serum or Plasma"),),
    LabTest.P1NP: (_local("p1np", "Procollagen type I N-terminal propeptide (P1NP) in Serum or Plasma"),),
}
"""Each lab test's codes; the first is written (calcium in mmol/L is written with the molar code),
all are read. CTX and P1NP have LOINC codes that were not checked: BoneTracker's own are used."""

MEASURE_CODES: dict[MeasureKind, Code] = {
    MeasureKind.HEIGHT: BODY_HEIGHT,
    MeasureKind.CHAIR_STAND_30S: CHAIR_STAND_30S,
    MeasureKind.TUG: _local("timed-up-and-go", "Timed Up and Go test duration"),
    MeasureKind.SIT_TO_STAND_5X: _local("five-times-sit-to-stand", "Five-times sit-to-stand test duration"),
    MeasureKind.BALANCE_TANDEM: _local("tandem-stance", "Tandem stance held (4-stage balance test)"),
    MeasureKind.GRIP: _local("grip-strength", "Hand grip strength"),
    MeasureKind.GAIT_SPEED: _local("gait-speed", "Usual gait speed"),
}
"""Heights and function tests; TUG, sit-to-stand, tandem stance, grip and gait speed use BoneTracker's
own codes until their LOINC codes are checked."""

LAB_BY_CODE: dict[tuple[str, str], LabTest] = {
    (c.system, c.code): test for test, found in LAB_CODES.items() for c in found}
MEASURE_BY_CODE: dict[tuple[str, str], MeasureKind] = {
    (c.system, c.code): kind for kind, c in MEASURE_CODES.items()}

UCUM_UNITS: dict[str, str] = {
    "cm": "cm", "in": "[in_i]", "s": "s", "stands": "{#}", "kg": "kg", "lb": "[lb_av]", "m/s": "m/s",
    "ft/s": "[ft_i]/s", "ng/mL": "ng/mL", "nmol/L": "nmol/L", "mg/dL": "mg/dL", "mmol/L": "mmol/L",
    "mL/min/1.73m²": "mL/min/{1.73_m2}", "mL/min": "mL/min", "pg/mL": "pg/mL", "ng/L": "ng/L",
    "pmol/L": "pmol/L", "µg/L": "ug/L", "ug/L": "ug/L",
}
"""BoneTracker's unit -> the UCUM code written; the import maps UCUM codes back."""
FROM_UCUM: dict[str, str] = {ucum: unit for unit, ucum in UCUM_UNITS.items() if unit != "ug/L"}

FALL_EVENT = Code(SNOMED, "1912002", "Fall", "fall")
FRACTURE = Code(SNOMED, "125605004", "Fracture of bone", "snomed-fracture")

BODY_SITES: dict[Site, Code] = {
    Site.LUMBAR_SPINE: Code(SNOMED, "122496007", "Lumbar spine structure", "snomed-sites"),
    Site.FEMORAL_NECK: Code(SNOMED, "29627003", "Structure of neck of femur", "snomed-sites"),
    Site.TOTAL_HIP: Code(SNOMED, "29836001", "Hip region structure", "snomed-sites"),
    Site.FOREARM_33: Code(SNOMED, "62413002", "Bone structure of radius", "snomed-sites"),
}
"""``Observation.bodySite`` per site; total body is written as text only."""

HIP_REGION = BODY_SITES[Site.TOTAL_HIP]
"""Also the body site of a hip fracture."""

LATERALITY: dict[str, Code] = {
    "left": Code(SNOMED, "419161000", "Unilateral left", "laterality"),
    "right": Code(SNOMED, "419465000", "Unilateral right", "laterality"),
}

DERIVED_TAG = Code(LOCAL, "derived", "Computed by BoneTracker", "local")
"""``meta.tag`` of a value BoneTracker computed (a T-score from BMD, the fall count)."""

ATC_CODES: dict[str, Code] = {
    "alendronate": Code(ATC, "M05BA04", "alendronic acid", "atc"),
    "ibandronate": Code(ATC, "M05BA06", "ibandronic acid", "atc"),
    "zoledronic acid": Code(ATC, "M05BA08", "zoledronic acid", "atc"),
    "denosumab": Code(ATC, "M05BX04", "denosumab", "atc"),
    "raloxifene": Code(ATC, "G03XC01", "raloxifene", "atc"),
}
"""Drugs whose ATC code was checked; the others are written by name (``text``) only."""

DEVICE_MAKERS: dict[Device, str] = {
    Device.HOLOGIC: "Hologic",
    Device.GE_LUNAR: "GE Healthcare Lunar",
}
"""``Device.manufacturer`` per make; "other" is written without a manufacturer."""

BMD_UNITS: dict[str, int] = {"g/cm2": 1, "mg/cm2": 1000}
"""UCUM codes read for BMD and the divisor to g/cm² (mg/cm² converted exactly)."""

SCORE_UNITS = frozenset({"1", ""})
"""UCUM unity; any annotation alone (``{T-score}``, ``{SD}``) also means unity."""


def all_codes() -> list[Code]:
    """Every code in this module once, for the documentation table and its test."""
    seen: dict[tuple[str, str], Code] = {}
    singles = [DXA_BONE_ANY, DXA_PANEL, RADIOLOGY, BODY_HEIGHT, BODY_WEIGHT, VITAMIN_D_25OH,
               CHAIR_STAND_30S, FALLS_12_MONTHS, FALL_EVENT, FRACTURE, DERIVED_TAG,
               *(c for found in LAB_CODES.values() for c in found), *MEASURE_CODES.values()]
    for code in [d.code for d in DXA_CODES] + singles + [*BODY_SITES.values(),
                                                         *LATERALITY.values(),
                                                         *ATC_CODES.values()]:
        seen.setdefault((code.system, code.code), code)
    return list(seen.values())
