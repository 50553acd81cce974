"""One patient's record as a FHIR R4 ``Bundle`` of type ``collection`` (a plain JSON dict).

What goes in, and why this way:

- The ``Patient`` carries only the identifiers the user chose (:data:`IDENTIFIERS`); every
  other resource points at it by its ``urn:uuid`` full URL, so the bundle stands alone.
- One ``Observation`` per DXA site value (BMD in g/cm², T- and Z-score as unitless ``1``) with
  its LOINC code (:mod:`.codes`), ``bodySite``, the visit's date and its ``Device`` (make);
  one ``DiagnosticReport`` per visit lists them, names the facility (an ``Organization``) and
  carries the visit's notes as its ``conclusion``.
- A T-score BoneTracker computed from BMD (no T-score on the report, a published reference for
  the site) is written too, marked as derived: ``derivedFrom`` its BMD, a ``meta.tag``, and the
  formula in ``method``. The import skips such values and computes them again.
- Height and weight (the profile's latest values, undated), falls (and the derived count of the
  past 12 months), fractures as ``Condition`` and medication courses as ``MedicationStatement``.
- Measured heights and function tests, and lab results (with the lab's reference range), as
  dated ``Observation``s in the unit they were entered in (UCUM), so an import stores the very
  value typed.
- Numbers are written as Python writes floats (shortest exact text), so an import reads back
  the very values that were stored.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Iterable
from typing import Any

from bonetracker.domain.bmd import REFERENCE_TABLE, effective_t_score
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.records import (
    SITE_LABELS,
    Device,
    DxaScan,
    Fall,
    Fracture,
    FractureSite,
    LabResult,
    Measure,
    MeasureKind,
    MedicationCourse,
    PatientRecord,
    SiteMeasurement,
)
from bonetracker.services.interchange.fhir import codes
from bonetracker.services.medications import daily_amount_unit

Resource = dict[str, Any]

IDENTIFIERS: tuple[str, ...] = ("name", "birth_date", "sex", "record_id")
"""What the Patient resource may carry: name, birth date, sex, and BoneTracker's record number."""
DEFAULT_IDENTIFIERS: tuple[str, ...] = ("name", "birth_date", "sex")
IDENTIFIER_LABELS: dict[str, str] = {  # shown through translate("fhir", ...) in the window
    "name": QT_TRANSLATE_NOOP("fhir", "Name"), "birth_date": QT_TRANSLATE_NOOP("fhir", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("fhir", "Sex"),
    "record_id": QT_TRANSLATE_NOOP("fhir", "BoneTracker record number"),
}
QUANTITY_LABELS = {"bmd": "BMD", "t_score": "T-score", "z_score": "Z-score"}
FALL_WINDOW_DAYS = 365


def _category(code: str, display: str) -> list[Resource]:
    return [{"coding": [{"system": codes.OBSERVATION_CATEGORY, "code": code, "display": display}]}]


class _Bundle:
    """Entries in writing order, each with a fresh ``urn:uuid`` full URL."""

    def __init__(self, new_id: Callable[[], str]) -> None:
        self.new_id = new_id
        self.entries: list[Resource] = []

    def add(self, resource: Resource) -> str:
        rid = self.new_id()
        body = {"resourceType": resource["resourceType"], "id": rid, **resource}
        self.entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": body})
        return f"urn:uuid:{rid}"


def patient_resource(record: PatientRecord, identifiers: Collection[str]) -> Resource:
    """The Patient with no more than the chosen identifiers."""
    p = record.patient
    unknown = set(identifiers) - set(IDENTIFIERS)
    if unknown:
        raise ValueError(f"unknown identifier(s) {', '.join(sorted(unknown))}; "
                         f"choose from {', '.join(IDENTIFIERS)}")
    resource: Resource = {"resourceType": "Patient"}
    if "record_id" in identifiers and p.id is not None:
        resource["identifier"] = [{"system": codes.PATIENT_ID_SYSTEM, "value": str(p.id)}]
    if "name" in identifiers:
        resource["name"] = [{"text": p.name}]
    if "sex" in identifiers:
        resource["gender"] = p.sex.value
    if "birth_date" in identifiers:
        resource["birthDate"] = p.birth_date.isoformat()
    return resource


def device_resource(device: Device | None, model: str = "", machine_id: str = "",
                    software: str = "") -> Resource:
    """The scanner: its make (``manufacturer``), model (``modelNumber``), the clinic's machine
    identifier (``identifier``, system ``urn:bonetracker:machine-id``) and software
    (``version``), as far as the visit records them."""
    resource: Resource = {"resourceType": "Device",
                          "type": {"text": "Dual-energy X-ray absorptiometry (DXA) scanner"}}
    if machine_id:
        resource["identifier"] = [{"system": codes.MACHINE_ID_SYSTEM, "value": machine_id}]
    maker = codes.DEVICE_MAKERS.get(device) if device is not None else None
    if maker:
        resource["manufacturer"] = maker
    what = "DXA scanner (make not recorded)" if device is None \
        else f"{maker or 'Other make of'} DXA scanner"
    name = f"{what}: {model}" if model else what
    resource["deviceName"] = [{"name": name, "type": "user-friendly-name"}]
    if model:
        resource["modelNumber"] = model
    if software:
        resource["version"] = [{"value": software}]
    return resource


DeviceKey = tuple[Device | None, str, str, str]


def device_key(scan: DxaScan) -> DeviceKey | None:
    """One Device per make, model, machine and software; None when a visit records none."""
    key = (scan.device, scan.model, scan.machine_id, scan.software)
    return None if key == (None, "", "", "") else key


def _quantity(quantity: str, value: float) -> Resource:
    if quantity == "bmd":
        return {"value": value, "unit": "g/cm2", "system": codes.UCUM, "code": "g/cm2"}
    return {"value": value, "unit": QUANTITY_LABELS[quantity], "system": codes.UCUM, "code": "1"}


def _body_site(m: SiteMeasurement) -> Resource:
    site = codes.BODY_SITES.get(m.site)
    body: Resource = {"text": SITE_LABELS[m.site]}
    if site is not None:
        body["coding"] = [site.coding()]
    return body


def site_observation(m: SiteMeasurement, quantity: str, value: float, day: dt.date,
                     subject: str, device: str | None) -> Resource:
    """One DXA value: LOINC code (the BMD of the total body also under 46383-6), bodySite."""
    code = codes.dxa_code(m.site, quantity).code
    codings = [code.coding()]
    if code.system == codes.LOCAL and quantity == "bmd":
        codings.insert(0, codes.DXA_BONE_ANY.coding())
    obs: Resource = {
        "resourceType": "Observation", "status": "final",
        "category": _category("imaging", "Imaging"),
        "code": {"coding": codings, "text": f"{SITE_LABELS[m.site]} {QUANTITY_LABELS[quantity]}"},
        "subject": {"reference": subject},
        "effectiveDateTime": day.isoformat(),
        "valueQuantity": _quantity(quantity, value),
        "bodySite": _body_site(m),
    }
    if device is not None:
        obs["device"] = {"reference": device}
    return obs


def derived_t_score(obs: Resource, m: SiteMeasurement, bmd_url: str) -> Resource:
    """Mark a T-score computed from the BMD as derived, with the formula and reference."""
    ref = REFERENCE_TABLE[m.site]
    return {
        **obs,
        "meta": {"tag": [codes.DERIVED_TAG.coding()]},
        "method": {"text": f"Computed by BoneTracker from the BMD: (BMD - {ref.mean}) / {ref.sd}, "
                           f"rounded to 1 decimal; reference: {ref.source}"},
        "derivedFrom": [{"reference": bmd_url}],
    }


def visit_entries(bundle: _Bundle, scan: DxaScan, subject: str, device: str | None,
                  facility: str | None) -> None:
    """The visit's Observations, then the DiagnosticReport that groups them."""
    results: list[str] = []
    for m in scan.measurements:
        bmd_url = None
        if m.bmd is not None:
            bmd_url = bundle.add(site_observation(m, "bmd", m.bmd, scan.date, subject, device))
            results.append(bmd_url)
        t_score, computed = effective_t_score(m)
        if t_score is not None:
            obs = site_observation(m, "t_score", t_score, scan.date, subject, device)
            if computed and bmd_url is not None:
                obs = derived_t_score(obs, m, bmd_url)
            results.append(bundle.add(obs))
        if m.z_score is not None:
            results.append(bundle.add(site_observation(m, "z_score", m.z_score, scan.date,
                                                       subject, device)))
    report: Resource = {
        "resourceType": "DiagnosticReport", "status": "final",
        "category": [{"coding": [codes.RADIOLOGY.coding()]}],
        "code": {"coding": [codes.DXA_PANEL.coding()], "text": "DXA bone density"},
        "subject": {"reference": subject},
        "effectiveDateTime": scan.date.isoformat(),
        "result": [{"reference": r} for r in results],
    }
    if facility is not None:
        report["performer"] = [{"reference": facility}]
    if scan.notes:
        report["conclusion"] = scan.notes
    bundle.add(report)


def profile_vitals(record: PatientRecord, subject: str) -> list[Resource]:
    """The profile's height and weight: latest values, measured on a date not recorded."""
    found = []
    for code, value, unit in ((codes.BODY_HEIGHT, record.patient.height_cm, "cm"),
                              (codes.BODY_WEIGHT, record.patient.weight_kg, "kg")):
        if value is None:
            continue
        found.append({
            "resourceType": "Observation", "status": "final",
            "category": _category("vital-signs", "Vital Signs"),
            "code": {"coding": [code.coding()], "text": code.display},
            "subject": {"reference": subject},
            "valueQuantity": {"value": value, "unit": unit, "system": codes.UCUM, "code": unit},
            "note": [{"text": "The latest value in the BoneTracker profile; the date it was "
                              "measured is not recorded."}],
        })
    return found


def _value(value: float, unit: str) -> Resource:
    return {"value": value, "unit": unit, "system": codes.UCUM, "code": codes.UCUM_UNITS[unit]}


def measure_observation(m: Measure, subject: str) -> Resource:
    """A measured height (vital sign) or a function test (exam), dated, in the unit typed."""
    code = codes.MEASURE_CODES[m.kind]
    vital = m.kind is MeasureKind.HEIGHT
    obs: Resource = {
        "resourceType": "Observation", "status": "final",
        "category": _category("vital-signs", "Vital Signs") if vital else _category("exam", "Exam"),
        "code": {"coding": [code.coding()], "text": code.display},
        "subject": {"reference": subject},
        "effectiveDateTime": m.date.isoformat(),
        "valueQuantity": _value(m.value, m.unit),
    }
    if m.note:
        obs["note"] = [{"text": m.note}]
    return obs


def lab_observation(r: LabResult, subject: str) -> Resource:
    """A lab result with the lab's reference range (same unit) when one was given."""
    found = codes.LAB_CODES[r.test]
    code = found[1] if r.unit == "mmol/L" and len(found) > 1 else found[0]  # calcium: molar code
    obs: Resource = {
        "resourceType": "Observation", "status": "final",
        "category": _category("laboratory", "Laboratory"),
        "code": {"coding": [code.coding()], "text": code.display},
        "subject": {"reference": subject},
        "effectiveDateTime": r.date.isoformat(),
        "valueQuantity": _value(r.value, r.unit),
    }
    if r.range_low is not None or r.range_high is not None:
        limits: Resource = {}
        if r.range_low is not None:
            limits["low"] = _value(r.range_low, r.unit)
        if r.range_high is not None:
            limits["high"] = _value(r.range_high, r.unit)
        obs["referenceRange"] = [limits]
    if r.note:
        obs["note"] = [{"text": r.note}]
    return obs


def fall_observation(fall: Fall, subject: str) -> Resource:
    obs: Resource = {
        "resourceType": "Observation", "status": "final",
        "code": {"coding": [codes.FALL_EVENT.coding()], "text": "Fall"},
        "subject": {"reference": subject},
        "effectiveDateTime": fall.date.isoformat(),
        "valueBoolean": True,
        "component": [{"code": {"text": "Injured in the fall"}, "valueBoolean": fall.injury}],
    }
    if fall.notes:
        obs["note"] = [{"text": fall.notes}]
    return obs


def fall_count(falls: Iterable[tuple[Fall, str]], subject: str, today: dt.date) -> Resource:
    """Falls of the past 12 months, counted on the export date: a derived value."""
    since = today - dt.timedelta(days=FALL_WINDOW_DAYS)
    recent = [url for fall, url in falls if since < fall.date <= today]
    obs: Resource = {
        "resourceType": "Observation", "status": "final",
        "meta": {"tag": [codes.DERIVED_TAG.coding()]},
        "category": _category("survey", "Survey"),
        "code": {"coding": [codes.FALLS_12_MONTHS.coding()], "text": "Falls in the past 12 months"},
        "subject": {"reference": subject},
        "effectiveDateTime": today.isoformat(),
        "valueQuantity": {"value": len(recent), "unit": "/a", "system": codes.UCUM, "code": "/a"},
        "method": {"text": f"Counted by BoneTracker from the falls recorded after "
                           f"{since.isoformat()} up to {today.isoformat()}"},
    }
    if recent:
        obs["derivedFrom"] = [{"reference": url} for url in recent]
    return obs


FRACTURE_SITE_LABELS = {s: s.value.replace("_", " ") for s in FractureSite}


def fracture_condition(fracture: Fracture, subject: str) -> Resource:
    trauma = "Low-trauma (fragility)" if fracture.low_trauma else "High-trauma"
    site: Resource = {"text": FRACTURE_SITE_LABELS[fracture.site]}
    if fracture.site is FractureSite.HIP:
        site["coding"] = [codes.HIP_REGION.coding()]
    return {
        "resourceType": "Condition",
        "code": {"coding": [codes.FRACTURE.coding()],
                 "text": f"{trauma} fracture: {FRACTURE_SITE_LABELS[fracture.site]}"},
        "bodySite": [site],
        "subject": {"reference": subject},
        "onsetDateTime": fracture.date.isoformat(),
    }


def medication_statement(course: MedicationCourse, subject: str, today: dt.date) -> Resource:
    medication: Resource = {"text": course.drug}
    atc = codes.ATC_CODES.get(course.drug)
    if atc is not None:
        medication["coding"] = [atc.coding()]
    period = {"start": course.start.isoformat()}
    if course.end is not None:
        period["end"] = course.end.isoformat()
    statement: Resource = {
        "resourceType": "MedicationStatement",
        "status": "active" if course.active_on(today) else "completed",
        "medicationCodeableConcept": medication,
        "subject": {"reference": subject},
        "effectivePeriod": period,
    }
    dose = [course.dose] if course.dose else []
    unit = daily_amount_unit(course.drug)
    if course.daily_amount is not None and unit:
        dose.append(f"{course.daily_amount:g} {unit} a day")
    if dose:
        statement["dosage"] = [{"text": "; ".join(dose)}]
    if course.notes:
        statement["note"] = [{"text": course.notes}]
    return statement


def bundle(record: PatientRecord, identifiers: Collection[str] = DEFAULT_IDENTIFIERS, *,
           today: dt.date, now: dt.datetime | None = None,
           new_id: Callable[[], str] | None = None) -> Resource:
    """The whole record as one Bundle (type collection); ``today`` dates the derived counts."""
    b = _Bundle(new_id or (lambda: str(uuid.uuid4())))
    subject = b.add(patient_resource(record, identifiers))
    facilities: dict[str, str] = {}
    devices: dict[DeviceKey, str] = {}
    for s in record.scans:
        if s.facility and s.facility not in facilities:
            facilities[s.facility] = b.add({"resourceType": "Organization", "name": s.facility})
        key = device_key(s)
        if key is not None and key not in devices:
            devices[key] = b.add(device_resource(*key))
    for scan in sorted(record.scans, key=lambda s: s.date):
        key = device_key(scan)
        visit_entries(b, scan, subject, devices.get(key) if key else None,
                      facilities.get(scan.facility))
    for vital in profile_vitals(record, subject):
        b.add(vital)
    for m in sorted(record.measures, key=lambda m: (m.date, m.kind.value)):
        b.add(measure_observation(m, subject))
    for r in sorted(record.labs, key=lambda r: (r.date, r.test.value)):
        b.add(lab_observation(r, subject))
    falls = [(f, b.add(fall_observation(f, subject))) for f in sorted(record.falls,
                                                                      key=lambda f: f.date)]
    if falls:
        b.add(fall_count(falls, subject, today))
    for fracture in sorted(record.fractures, key=lambda f: f.date):
        b.add(fracture_condition(fracture, subject))
    for course in sorted(record.medications, key=lambda c: c.start):
        b.add(medication_statement(course, subject, today))
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return {"resourceType": "Bundle", "id": b.new_id(), "type": "collection",
            "timestamp": stamp.isoformat(), "entry": b.entries}
