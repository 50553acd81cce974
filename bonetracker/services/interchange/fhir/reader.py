"""Reading a FHIR bundle (BoneTracker's own, or a portal's) into what BoneTracker can store.

Why this shape:

- The file is checked before it is trusted (:mod:`.loading`): its size before reading, UTF-8
  and JSON (numbers kept as ``Decimal``, so a BMD in mg/cm² converts exactly), and nesting
  before walking. Every problem names where it is: the entry
  (``entry[3] Observation/spine-bmd``) and, inside it, the element (``valueQuantity.code``).
- Each resource either becomes a :class:`DxaValue`, is listed as :class:`Ignored` with the
  reason (a portal bundle holds much BoneTracker does not record), or is a :class:`Problem`
  (a recognised value that cannot be stored as given: no date, an unknown unit, a bad number).
  Problems refuse the whole file; ignored resources do not.
- Values BoneTracker computed itself (``meta.tag`` derived) are ignored: the import computes
  them again from the BMD, so a round trip stores what was measured and nothing more.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from bonetracker.domain.measures.units import LABS, MEASURES, QuantitySpec, normalise_unit
from bonetracker.domain.records import SITE_LABELS, Device, LabTest, MeasureKind, Site
from bonetracker.services.interchange.fhir import codes
from bonetracker.services.interchange.fhir.loading import MAX_BYTES as MAX_BYTES
from bonetracker.services.interchange.fhir.loading import MAX_DEPTH, depth, load_json
from bonetracker.services.interchange.fhir.loading import FhirRejected as FhirRejected
from bonetracker.services.interchange.fhir.loading import Problem as Problem
from bonetracker.services.interchange.fhir.loading import read_path as read_path

MAX_ENTRIES = 100_000
"""Most entries a bundle may have (every entry may add a problem or an ignored resource to list;
a patient's bundle with decades of results has a few thousand)."""

# FhirRejected, Problem, MAX_BYTES and read_path are re-exported (``x as x`` above): callers of
# the reader need not know the loading module.
ACCEPTED_STATUSES = frozenset({"final", "amended", "corrected"})
QUANTITY_LABELS = {"bmd": "BMD", "t_score": "T-score", "z_score": "Z-score"}

_SCORE_UNIT_TEXT = re.compile(r"\{?\s*([tz][- ]?)?(score|sd|s\.d\.)s?\s*\}?", re.IGNORECASE)
_ANNOTATION = re.compile(r"\{[^{}]*\}")
_DATE = re.compile(r"(\d{4})(-(\d{2})(-(\d{2}))?)?(T.*)?")


@dataclass(frozen=True)
class Ignored:
    """A resource the import leaves out, and why."""

    where: str
    what: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where} ({self.what}): {self.reason}"


@dataclass(frozen=True)
class DxaValue:
    """One DXA site value from one Observation, in BoneTracker's units."""

    where: str
    day: dt.date
    site: Site
    quantity: str
    value: float
    side: str | None = None
    device: Device | None = None
    facility: str = ""
    notes: str = ""
    scanner: tuple[str, str, str] = ("", "", "")  # model, machine identifier, software

    @property
    def what(self) -> str:
        return f"{SITE_LABELS[self.site]} {QUANTITY_LABELS[self.quantity]} {self.value:g}"


@dataclass(frozen=True)
class LabValue:
    """One lab result from one Observation, in the unit the lab reported."""

    where: str
    day: dt.date
    test: LabTest
    value: float
    unit: str
    range_low: float | None = None
    range_high: float | None = None
    note: str = ""

    @property
    def what(self) -> str:
        return f"{LABS[self.test].label} {self.value:g} {self.unit}"


@dataclass(frozen=True)
class MeasureValue:
    """One height or function test from one Observation, in the unit it was measured in."""

    where: str
    day: dt.date
    kind: MeasureKind
    value: float
    unit: str
    note: str = ""

    @property
    def what(self) -> str:
        return f"{MEASURES[self.kind].label} {self.value:g} {self.unit}"


@dataclass(frozen=True)
class BundlePatient:
    """Who a Patient resource says the bundle is about (name spellings, birth date)."""

    where: str
    names: tuple[str, ...]
    birth_date: dt.date | None

    def describe(self) -> str:
        name = repr(self.names[0]) if self.names else "a patient with no name"
        born = f", born {self.birth_date.isoformat()}" if self.birth_date else ""
        return f"{name}{born}"


@dataclass
class Findings:
    """Everything read from one bundle."""

    values: list[DxaValue] = field(default_factory=list)
    labs: list[LabValue] = field(default_factory=list)
    measures: list[MeasureValue] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    patients: list[BundlePatient] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# -- small typed accessors -------------------------------------------------------------------
def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _codings(concept: Any) -> list[tuple[str, str, str]]:
    return [(_text(c.get("system")), _text(c.get("code")), _text(c.get("display")))
            for c in map(_dict, _list(_dict(concept).get("coding")))]


def parse_day(value: Any) -> dt.date | str:
    """A FHIR date or dateTime as the calendar day written, or why it cannot be one."""
    text = _text(value)
    match = _DATE.fullmatch(text)
    if not match:
        return f"{text!r} is not a FHIR date (YYYY-MM-DD)" if text else "is empty"
    if match.group(5) is None:
        return f"{text!r} gives no day; BoneTracker needs the full date of the scan"
    try:
        return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(5)))
    except ValueError:
        return f"{text!r} is not a real date"


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - ints and Decimals always convert
        return None


# -- the bundle ------------------------------------------------------------------------------
class _Index:
    """Resources by full URL and by ``Type/id``, to follow references inside the bundle."""

    def __init__(self, entries: list[tuple[str, dict[str, Any], str]]) -> None:
        self.by_key: dict[str, dict[str, Any]] = {}
        for full_url, resource, _where in entries:
            if full_url:
                self.by_key[full_url] = resource
            rid = _text(resource.get("id"))
            if rid:
                self.by_key[f"{resource.get('resourceType')}/{rid}"] = resource

    def resolve(self, reference: Any) -> dict[str, Any] | None:
        ref = _text(_dict(reference).get("reference"))
        if not ref:
            return None
        if ref in self.by_key:
            return self.by_key[ref]
        tail = "/".join(ref.rstrip("/").split("/")[-2:])  # an absolute URL ending Type/id
        return self.by_key.get(tail)


def _label(index: int, resource: dict[str, Any]) -> str:
    kind = _text(resource.get("resourceType")) or "resource"
    rid = _text(resource.get("id"))
    return f"entry[{index}] {kind}/{rid}" if rid else f"entry[{index}] {kind}"


def _entries(root: Any, findings: Findings) -> Iterator[tuple[str, dict[str, Any], str]]:
    for i, entry in enumerate(_list(_dict(root).get("entry"))):
        resource = _dict(_dict(entry).get("resource"))
        if not _text(resource.get("resourceType")):
            findings.problems.append(Problem(f"entry[{i}]", "has no resource with a resourceType"))
            continue
        where = _label(i, resource)
        if depth(resource) > MAX_DEPTH:
            findings.problems.append(Problem(where, f"is nested more than {MAX_DEPTH} levels "
                                                    "deep; refused"))
            continue
        yield _text(_dict(entry).get("fullUrl")), resource, where


def device_make(resource: dict[str, Any] | None) -> Device | None:
    """The scanner make a Device resource names; any other named scanner is "other"."""
    if resource is None:
        return None
    names = [_text(resource.get("manufacturer")), _text(_dict(resource.get("type")).get("text"))]
    names += [_text(_dict(n).get("name")) for n in _list(resource.get("deviceName"))]
    text = " ".join(names).casefold()
    if "make not recorded" in text:
        return None
    if "hologic" in text:
        return Device.HOLOGIC
    if "lunar" in text or re.search(r"\bge\b", text):
        return Device.GE_LUNAR
    return Device.OTHER


def device_details(resource: dict[str, Any] | None) -> tuple[str, str, str]:
    """A Device's model (``modelNumber``), machine identifier (BoneTracker's identifier, else
    the ``serialNumber``) and software (the first ``version``), each cut to 100 characters."""
    if resource is None:
        return ("", "", "")
    ids = [_dict(i) for i in _list(resource.get("identifier"))]
    machine = next((_text(i.get("value")) for i in ids
                    if _text(i.get("system")) == codes.MACHINE_ID_SYSTEM), "") \
        or _text(resource.get("serialNumber"))
    versions = [_text(_dict(v).get("value")) for v in _list(resource.get("version"))]
    software = next((v for v in versions if v), "")
    return (_text(resource.get("modelNumber"))[:100], machine[:100], software[:100])


def _patient(resource: dict[str, Any], where: str, findings: Findings) -> None:
    names: list[str] = []
    for name in map(_dict, _list(resource.get("name"))):
        given = [_text(g) for g in _list(name.get("given")) if _text(g)]
        family = _text(name.get("family"))
        for spelled in (_text(name.get("text")), " ".join([*given, family]).strip()):
            if spelled and spelled not in names:
                names.append(spelled)
    born: dt.date | None = None
    if resource.get("birthDate") is not None:
        day = parse_day(resource.get("birthDate"))
        if isinstance(day, str):
            findings.problems.append(Problem(where, f"birthDate {day}"))
        else:
            born = day
    findings.patients.append(BundlePatient(where, tuple(names), born))


def _reports(entries: list[tuple[str, dict[str, Any], str]], index: _Index
             ) -> dict[int, tuple[str, str]]:
    """Observation (by identity) -> (facility, notes) of the DiagnosticReport listing it."""
    found: dict[int, tuple[str, str]] = {}
    for _url, resource, _where in entries:
        if resource.get("resourceType") != "DiagnosticReport":
            continue
        facility = ""
        for performer in _list(resource.get("performer")):
            org = index.resolve(performer)
            if org is not None and org.get("resourceType") == "Organization":
                facility = _text(org.get("name"))
                break
        notes = _text(resource.get("conclusion"))
        for result in _list(resource.get("result")):
            obs = index.resolve(result)
            if obs is not None:
                found[id(obs)] = (facility, notes)
    return found


OTHER_CODES: dict[tuple[str, str], str] = {
    (c.system, c.code): reason for c, reason in (
        (codes.BODY_WEIGHT, "weight is kept in the patient's profile (edit it there); "
                            "BoneTracker does not record weights over time"),
        (codes.FALL_EVENT, "falls are not imported from FHIR; add them in BoneTracker"),
        (codes.FALLS_12_MONTHS, "a count of falls: falls are not imported from FHIR"),
        (codes.DXA_BONE_ANY, "a DXA BMD that names no site (LOINC 46383-6 alone)"),
    )
}
"""Codes BoneTracker knows but does not import, with the reason shown."""

RESOURCE_REASONS = {
    "Condition": "fractures and other conditions are not imported from FHIR; add them in "
                 "BoneTracker",
    "MedicationStatement": "medication courses are not imported from FHIR; add them in "
                           "BoneTracker",
}
QUIET_TYPES = frozenset({"Patient", "Observation", "DiagnosticReport", "Device", "Organization"})


def _what(codings: list[tuple[str, str, str]], concept: Any) -> str:
    """How a coded concept is shown: its text and first code, or what there is of them."""
    text = _text(_dict(concept).get("text"))
    if not codings:
        return text or "no code"
    system, code, display = codings[0]
    coded = f"{'LOINC' if system == codes.LOINC else system or 'no system'} {code}"
    name = text or display
    return f"{name} ({coded})" if name else coded


def _unit(quantity: dict[str, Any]) -> str:
    system = _text(quantity.get("system"))
    code = _text(quantity.get("code"))
    if code and (not system or system == codes.UCUM):
        return code
    return _text(quantity.get("unit"))


def _convert(where: str, kind: str, quantity: dict[str, Any]) -> float | Problem:
    number = _number(quantity.get("value"))
    if number is None:
        return Problem(f"{where} valueQuantity.value", "is not a number")
    unit = _unit(quantity)
    if kind == "bmd":
        key = unit.replace("²", "2").replace("^2", "2").casefold()
        divisor = codes.BMD_UNITS.get(key)
        if divisor is None:
            shown = repr(unit) if unit else "no unit"
            return Problem(f"{where} valueQuantity.code", f"{shown} is not a BMD unit; "
                                                          "BoneTracker reads g/cm2 and mg/cm2 (UCUM)")
        return float(number / divisor) or 0.0  # never -0.0
    score_unit = unit in codes.SCORE_UNITS or bool(_ANNOTATION.fullmatch(unit)) or bool(
        _SCORE_UNIT_TEXT.fullmatch(unit))
    if not score_unit:
        return Problem(f"{where} valueQuantity.code", f"{unit!r} is not a unit of a "
                                                      f"{QUANTITY_LABELS[kind]} (unitless: 1)")
    return float(number) or 0.0


def _result_unit(where: str, spec: QuantitySpec, quantity: dict[str, Any], what: str) -> str | Problem:
    """BoneTracker's spelling of the quantity's unit (UCUM code, else its display text)."""
    raw = _unit(quantity)
    unit = normalise_unit(spec, codes.FROM_UCUM.get(raw, raw)) if raw else None
    if unit is None:
        shown = repr(raw) if raw else "no unit"
        return Problem(f"{where} valueQuantity.code", f"{shown} is not a unit of {what}; BoneTracker "
                                                      f"reads {', '.join(spec.units)}")
    return unit


def _result_number(where: str, quantity: Any) -> float | Problem:
    number = _number(_dict(quantity).get("value"))
    if number is None:
        return Problem(where, "is not a number")
    return float(number) or 0.0


def _final_result_day(resource: dict[str, Any], where: str, what: str, findings: Findings,
                      undated: str | None = None) -> dt.date | None:
    """The day of a final result; None (ignored with the reason, or a problem) when the result is
    not final or has no readable date. ``undated``: the reason to ignore, not refuse, one without."""
    status = _text(resource.get("status"))
    if status not in ACCEPTED_STATUSES:
        findings.ignored.append(Ignored(where, what, f"status {status or 'missing'!r}: not a final result"))
        return None
    raw_day = next((resource.get(k) for k in ("effectiveDateTime", "effectiveInstant")
                    if resource.get(k) is not None), _dict(resource.get("effectivePeriod")).get("start"))
    if raw_day is None:
        if undated is not None:
            findings.ignored.append(Ignored(where, what, undated))
        else:
            findings.problems.append(Problem(where, f"{what} has no date (effectiveDateTime)"))
        return None
    day = parse_day(raw_day)
    if isinstance(day, str):
        findings.problems.append(Problem(f"{where} effectiveDateTime", day))
        return None
    return day


def _lab_or_measure(resource: dict[str, Any], where: str, what: str, test: LabTest | None,
                    kind: MeasureKind | None, findings: Findings) -> None:
    """A lab result or a measurement: dated, a number in a unit of its test."""
    undated = ("a height with no date (a profile value): heights over time need the day measured"
               if kind is MeasureKind.HEIGHT else None)
    day = _final_result_day(resource, where, what, findings, undated)
    if day is None:
        return
    quantity = resource.get("valueQuantity")
    if not isinstance(quantity, dict):
        findings.problems.append(Problem(where, f"{what} has no valueQuantity (a number with its unit)"))
        return
    spec = LABS[test] if test is not None else MEASURES[kind]  # type: ignore[index]
    unit = _result_unit(where, spec, quantity, spec.label)
    value = _result_number(f"{where} valueQuantity.value", quantity)
    for found in (unit, value):
        if isinstance(found, Problem):
            findings.problems.append(found)
    if isinstance(unit, Problem) or isinstance(value, Problem):
        return
    note = "; ".join(_text(_dict(n).get("text")) for n in _list(resource.get("note")) if _dict(n).get("text"))
    if kind is not None:
        findings.measures.append(MeasureValue(where, day, kind, value, unit, note))
        return
    assert test is not None
    limits = _dict(next(iter(_list(resource.get("referenceRange"))), {}))
    bounds: list[float | None] = []
    for end in ("low", "high"):
        if end not in limits:
            bounds.append(None)
            continue
        place = f"{where} referenceRange[0].{end}"
        limit_unit = _result_unit(place, spec, _dict(limits[end]), spec.label)
        limit = _result_number(f"{place}.value", limits[end])
        if isinstance(limit_unit, Problem) or isinstance(limit, Problem):
            findings.problems += [p for p in (limit_unit, limit) if isinstance(p, Problem)]
            return
        if limit_unit != unit:
            findings.problems.append(Problem(f"{place}.code", f"the range is in {limit_unit}, the "
                                                              f"result in {unit}: give both in one unit"))
            return
        bounds.append(limit)
    findings.labs.append(LabValue(where, day, test, value, unit, bounds[0], bounds[1], note))


def _dxa(concept: Any) -> codes.DxaCode | None:
    return next((codes.DXA_BY_CODE[(s, c)] for s, c, _d in _codings(concept)
                 if (s, c) in codes.DXA_BY_CODE), None)


def _observation(resource: dict[str, Any], where: str, index: _Index,
                 visits: dict[int, tuple[str, str]], findings: Findings) -> None:
    """The Observation's DXA value, and those of its components (some systems send a site's
    BMD, T- and Z-score as components of one Observation)."""
    concept = resource.get("code")
    codings = _codings(concept)
    what = _what(codings, concept)
    parts = [(where, _dxa(concept), resource)]
    parts += [(f"{where} component[{k}]", _dxa(c.get("code")), c)
              for k, c in enumerate(map(_dict, _list(resource.get("component"))))]
    parts = [(w, d, part) for w, d, part in parts if d is not None]
    keys = [(system, code) for system, code, _d in codings]
    test = next((codes.LAB_BY_CODE[k] for k in keys if k in codes.LAB_BY_CODE), None)
    kind = next((codes.MEASURE_BY_CODE[k] for k in keys if k in codes.MEASURE_BY_CODE), None)
    if not parts and (test is not None or kind is not None):
        _lab_or_measure(resource, where, what, test, kind, findings)
        return
    if not parts:
        reason = next((OTHER_CODES[(s, c)] for s, c, _d in codings if (s, c) in OTHER_CODES),
                      None)
        if reason is None:
            reason = ("not a code BoneTracker records" if codings
                      else "has no coded meaning (code.coding)")
        findings.ignored.append(Ignored(where, what, reason))
        return
    tags = {(s, c) for s, c, _d in _codings({"coding": _dict(resource.get("meta")).get("tag")})}
    if (codes.DERIVED_TAG.system, codes.DERIVED_TAG.code) in tags:
        findings.ignored.append(Ignored(where, what, "computed by BoneTracker from the BMD; "
                                                     "it is computed again after the import"))
        return
    day = _final_result_day(resource, where, what, findings)
    if day is None:
        return
    facility, notes = visits.get(id(resource), ("", ""))
    device_resource = index.resolve(resource.get("device"))
    device = device_make(device_resource)
    scanner = device_details(device_resource)
    for part_where, dxa, part in parts:
        assert dxa is not None  # filtered above
        part_what = what if part is resource else _what(_codings(part.get("code")),
                                                        part.get("code"))
        quantity = part.get("valueQuantity")
        if not isinstance(quantity, dict):
            if part.get("dataAbsentReason") is not None:
                reason = _what(_codings(part.get("dataAbsentReason")), part.get("dataAbsentReason"))
                findings.ignored.append(Ignored(part_where, part_what, f"no value ({reason})"))
            elif part is resource and len(parts) > 1:
                continue  # a panel-like parent whose values are in its components
            else:
                findings.problems.append(Problem(part_where, f"{part_what} has no valueQuantity "
                                                             "(a number with its unit)"))
            continue
        value = _convert(part_where, dxa.quantity, quantity)
        if isinstance(value, Problem):
            findings.problems.append(value)
            continue
        findings.values.append(DxaValue(part_where, day, dxa.site, dxa.quantity, value, dxa.side,
                                        device, facility, notes, scanner))


def read_bundle(data: bytes, where: str = "the file") -> Findings:
    """Everything ``data`` (a FHIR JSON Bundle) holds that BoneTracker stores or ignores.

    Raises:
        FhirRejected: the file is unsafe or malformed, or some recognised value cannot be
            stored as given; every problem is listed with where it is.
    """
    root = load_json(data, where)
    if not isinstance(root, dict) or root.get("resourceType") != "Bundle":
        kind = _text(_dict(root).get("resourceType")) or type(root).__name__
        raise FhirRejected([Problem(where, f"is not a FHIR Bundle (its resourceType is {kind!r}); "
                                           "export a Bundle of the patient's results")])
    findings = Findings()
    if not isinstance(root.get("entry"), list):
        raise FhirRejected([Problem(f"{where} Bundle", "has no entry list")])
    if len(root["entry"]) > MAX_ENTRIES:
        raise FhirRejected([Problem(f"{where} Bundle", (
            f"has {len(root['entry']):,} entries; at most {MAX_ENTRIES:,} are read (one "
            "patient's bundle has far fewer): export one patient's results"))])
    entries = list(_entries(root, findings))
    index = _Index(entries)
    visits = _reports(entries, index)
    for _url, resource, label in entries:
        kind = resource["resourceType"]
        if kind == "Patient":
            _patient(resource, label, findings)
        elif kind == "Observation":
            _observation(resource, label, index, visits, findings)
        elif kind not in QUIET_TYPES:
            reason = RESOURCE_REASONS.get(kind, f"{kind} resources are not used by BoneTracker")
            concept = resource.get("medicationCodeableConcept", resource.get("code"))
            what = _what(_codings(concept), concept) if concept is not None else kind
            findings.ignored.append(Ignored(label, what, reason))
    if findings.problems:
        raise FhirRejected(findings.problems)
    return findings
