"""DXA scan use cases: validate a visit, log it (joining a same-day visit), edit, delete, undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.guidance.rules.scans import site_name
from bonetracker.domain.i18n import translate
from bonetracker.domain.records import (
    DEFAULT_VERTEBRAE,
    DEVICE_LABELS,
    LUMBAR_VERTEBRAE,
    Device,
    DxaScan,
    HipSide,
    PatientId,
    ScanId,
    Site,
    SiteMeasurement,
)
from bonetracker.services.patients import not_before_birth
from bonetracker.services.validation import (
    MAX_TEXT,
    FieldReader,
    Range,
    check_choice,
    check_date,
    check_number,
    check_text,
    raise_if,
    short_repr,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import scans as repo

BMD_RANGE = Range(0.20, 2.50, "g/cm²", decimals=2)
SCORE_RANGE = Range(-7.0, 5.0, decimals=1)
SCAN_FIELDS = ("bmd", "t_score", "z_score")
PROVENANCE_MAX = 100
PROVENANCE_TEXT = ("model", "machine_id", "software")
PROVENANCE_FIELDS = (*PROVENANCE_TEXT, "hip_side", "vertebrae")
# Every contiguous run of at least two lumbar vertebrae (ISCD: exclude fractured or artefact
# vertebrae, but keep at least two), longest first: L1-L4, L1-L3, L2-L4, L1-L2, L2-L3, L3-L4.
VERTEBRAE_CHOICES: tuple[str, ...] = tuple(
    f"{LUMBAR_VERTEBRAE[i]}-{LUMBAR_VERTEBRAE[i + n - 1]}"
    for n in range(len(LUMBAR_VERTEBRAE), 1, -1) for i in range(len(LUMBAR_VERTEBRAE) - n + 1))


def _vertebrae_help() -> str:
    help_text = translate("services", "a range of at least two adjacent lumbar vertebrae, one of {choices}")
    return help_text.format(choices=", ".join(VERTEBRAE_CHOICES))


def normalise_vertebrae(text: str) -> str | None:
    """``" l1 – l3"`` -> ``L1-L3``; blank -> the default L1-L4; anything else -> None."""
    folded = "".join(text.split()).upper().replace("\u2013", "-").replace("\u2014", "-")
    if not folded:
        return DEFAULT_VERTEBRAE
    return folded if folded in VERTEBRAE_CHOICES else None


def _read_vertebrae(r: FieldReader) -> str:
    value = r.raw.get("vertebrae")
    text = "" if value is None else str(value)
    found = normalise_vertebrae(text[:50])
    if found is None:
        r.add("vertebrae", translate(
            "services",
            "must be {help} (got {value})",
        ).format(help=_vertebrae_help(), value=short_repr(text.strip())))
        return DEFAULT_VERTEBRAE
    return found


def provenance_errors(scan: DxaScan) -> list[FieldError]:
    """Model, machine identifier and software up to 100 characters, a known hip side, and a
    vertebrae range from :data:`VERTEBRAE_CHOICES`."""
    errors: list[FieldError] = []
    for name in PROVENANCE_TEXT:
        check_text(errors, name, getattr(scan, name), max_len=PROVENANCE_MAX)
    if scan.hip_side is not None:
        check_choice(errors, "hip_side", scan.hip_side, HipSide)
    if scan.vertebrae not in VERTEBRAE_CHOICES:
        errors.append(FieldError("vertebrae", translate(
            "services",
            "must be {help} (got {value})",
        ).format(help=_vertebrae_help(), value=short_repr(scan.vertebrae))))
    return errors


MAKE_LABELS: dict[Device, str] = {**DEVICE_LABELS, Device.OTHER: "Other make"}
"""Scanner makes as people write them (reports, lists)."""
HIP_SIDE_LABELS: dict[HipSide, str] = {HipSide.LEFT: "left hip", HipSide.RIGHT: "right hip",
                                       HipSide.MEAN: "mean of both hips"}
_SPINE = (Site.LUMBAR_SPINE,)
_HIP = (Site.FEMORAL_NECK, Site.TOTAL_HIP)


def scanner_label(scan: DxaScan) -> str:
    """``GE Lunar Prodigy, machine Room 2, software 16.2``; blank when nothing is recorded."""
    name = " ".join(p for p in (MAKE_LABELS[scan.device] if scan.device else "", scan.model) if p)
    parts = [name] if name else []
    if scan.machine_id:
        parts.append(f"machine {scan.machine_id}")
    if scan.software:
        parts.append(f"software {scan.software}")
    return ", ".join(parts)


def region_details(scan: DxaScan, site: Site | None = None) -> str:
    """What the spine and hip results cover (``spine L1-L3, left hip``) for the visit or one of
    its sites: the vertebrae for a spine result, the hip side where recorded for a hip result."""
    sites = (site,) if site is not None else tuple(m.site for m in scan.measurements)
    parts = []
    if any(s in _SPINE for s in sites):
        parts.append(f"spine {scan.vertebrae}")
    if scan.hip_side is not None and any(s in _HIP for s in sites):
        parts.append(HIP_SIDE_LABELS[scan.hip_side])
    return ", ".join(parts)


def _given(scan: DxaScan, name: str) -> object:
    """A provenance value the visit states (the default L1-L4 counts as not stated)."""
    value = getattr(scan, name)
    return None if name == "vertebrae" and value == DEFAULT_VERTEBRAE else value or None


def provenance_conflicts(stored: DxaScan, new: DxaScan, *, prefix: str = "") -> list[FieldError]:
    """Scanner details ``new`` states that differ from those of the stored visit it joins."""
    errors: list[FieldError] = []
    for name in PROVENANCE_FIELDS:
        mine, theirs = _given(new, name), _given(stored, name)
        if mine is not None and theirs is not None and mine != theirs:
            errors.append(FieldError(
                f"{prefix}{name}", translate(
                    "services",
                    "the visit of {date} already records {name} {text!r}; edit that visit to change it",
                ).format(date=stored.date.isoformat(), name=name, text=str(theirs))))
    return errors


def merged_provenance(stored: DxaScan, new: DxaScan) -> DxaScan:
    """``stored`` with the scanner details it lacks taken from ``new``."""
    filled = {name: getattr(new, name) for name in PROVENANCE_FIELDS
              if _given(stored, name) is None and _given(new, name) is not None}
    return dataclasses.replace(stored, **filled) if filled else stored


def measurement_errors(m: SiteMeasurement, prefix: str = "") -> list[FieldError]:
    errors: list[FieldError] = []
    check_choice(errors, f"{prefix}site", m.site, Site)
    check_number(errors, f"{prefix}bmd", m.bmd, BMD_RANGE)
    check_number(errors, f"{prefix}t_score", m.t_score, SCORE_RANGE)
    check_number(errors, f"{prefix}z_score", m.z_score, SCORE_RANGE)
    if m.bmd is None and m.t_score is None:
        errors.append(FieldError(f"{prefix}bmd", translate(
            "services",
            "give at least one of BMD and T-score",
        )))
    return errors


def scan_errors(scan: DxaScan, *, prefixed: bool = True) -> list[FieldError]:
    """Every problem with a typed visit; measurement fields are named ``site.field``."""
    errors: list[FieldError] = []
    check_date(errors, "date", scan.date)
    if scan.device is not None:
        check_choice(errors, "device", scan.device, Device)
    check_text(errors, "facility", scan.facility, max_len=200)
    check_text(errors, "notes", scan.notes, max_len=MAX_TEXT)
    errors.extend(provenance_errors(scan))
    if not scan.measurements:
        errors.append(FieldError("site", translate("services", "add at least one site measurement")))
    seen: set[str] = set()
    for m in scan.measurements:
        prefix = f"{m.site}." if prefixed else ""
        errors.extend(measurement_errors(m, prefix))
        if m.site in seen:
            errors.append(FieldError(f"{prefix}site", translate(
                "services",
                "{site} is measured twice in one visit",
            ).format(site=m.site)))
        seen.add(m.site)
    return errors


def parse_measurement(raw: Mapping[str, object | None], prefix: str = "") -> SiteMeasurement:
    """One site's values from text (``site``, ``bmd``, ``t_score``, ``z_score``)."""
    keyed = {f"{prefix}{k}": v for k, v in raw.items()}
    r = FieldReader(keyed)
    site = r.choice(f"{prefix}site", Site)
    bmd = r.number(f"{prefix}bmd", BMD_RANGE)
    t = r.number(f"{prefix}t_score", SCORE_RANGE)
    z = r.number(f"{prefix}z_score", SCORE_RANGE)
    if not r.has(f"{prefix}bmd") and not r.has(f"{prefix}t_score"):
        r.add(f"{prefix}bmd", translate("services", "give at least one of BMD and T-score"))
    r.raise_if_errors()
    assert site is not None
    return SiteMeasurement(site=site, bmd=bmd, t_score=t, z_score=z)


def parse_scan(
    patient_id: PatientId,
    raw: Mapping[str, object | None],
    measurements: Sequence[Mapping[str, object | None]],
    *,
    prefixed: bool = True,
    base: DxaScan | None = None,
) -> DxaScan:
    """A visit from form or CLI text; every field error of the visit and each site, together.

    ``prefixed`` names measurement errors ``femoral_neck.bmd`` (forms with a row per site);
    the CLI, which takes one site per call, passes False to get plain ``bmd``.
    """
    r = FieldReader(raw)
    date = r.date("date")
    device = r.choice("device", Device, required=False)
    facility = r.text("facility", max_len=200)
    notes = r.text("notes")
    model = r.text("model", max_len=PROVENANCE_MAX)
    machine_id = r.text("machine_id", max_len=PROVENANCE_MAX)
    software = r.text("software", max_len=PROVENANCE_MAX)
    hip_side = r.choice("hip_side", HipSide, required=False)
    vertebrae = _read_vertebrae(r)
    errors = list(r.errors)
    parsed: list[SiteMeasurement] = []
    for raw_m in measurements:
        site_text = str(raw_m.get("site") or "").strip().lower()
        prefix = f"{site_text}." if prefixed and site_text else ""
        try:
            parsed.append(parse_measurement(raw_m, prefix))
        except ValidationError as exc:
            errors.extend(exc.errors)
    if not measurements:
        errors.append(FieldError("site", translate("services", "add at least one site measurement")))
    raise_if(errors)
    assert date is not None
    scan = DxaScan(
        id=base.id if base else None,
        patient_id=patient_id,
        date=date,
        measurements=tuple(parsed),
        device=device,
        facility=facility,
        notes=notes,
        version=base.version if base else 1,
        model=model,
        machine_id=machine_id,
        software=software,
        hip_side=hip_side,
        vertebrae=vertebrae,
    )
    raise_if(scan_errors(scan, prefixed=prefixed))
    return scan


def log_scan(db: Database, scan: DxaScan, *, prefixed: bool = True) -> DxaScan:
    """Save a visit; a visit already on that date gains the new sites instead of a duplicate.

    A site that the existing visit already has is an error, and nothing is written; so are
    scanner details that contradict the existing visit's (those it lacks are filled in).
    """
    raise_if(scan_errors(scan, prefixed=prefixed))
    with db.write() as s:
        not_before_birth(s, scan.patient_id, [("date", scan.date)])
        existing = repo.find_visit(s, scan.patient_id, scan.date)
        if existing is None:
            return repo.add(s, dataclasses.replace(scan, id=None))
        clashes = [m.site for m in scan.measurements if existing.measurement(m.site)]
        if clashes:
            raise ValidationError([
                FieldError(
                    f"{site}.site" if prefixed else "site",
                    translate(
                        "services",
                        "the {site} was already measured on {date}; edit that visit instead (one "
                        "measurement per site per visit)",
                    ).format(site=site_name(site), date=scan.date.isoformat()),
                )
                for site in clashes
            ])
        raise_if(provenance_conflicts(existing, scan))
        merged = merged_provenance(existing, scan)
        if merged is not existing:
            repo.set_provenance(s, existing.id or ScanId(0), merged)
        return repo.add_measurements(s, existing.id or ScanId(0), scan.measurements)


def update_scan(db: Database, scan: DxaScan) -> DxaScan:
    """Save an edited visit; raises StaleRecordError if someone else changed it meanwhile."""
    raise_if(scan_errors(scan))
    with db.write() as s:
        not_before_birth(s, scan.patient_id, [("date", scan.date)])
        other = repo.find_visit(s, scan.patient_id, scan.date)
        if other is not None and other.id != scan.id:
            raise ValidationError([FieldError(
                "date", translate(
                    "services",
                    "another visit is already on {date}; edit that one",
                ).format(date=scan.date.isoformat()))])
        return repo.replace(s, scan)


def delete_scan(db: Database, scan_id: ScanId, version: int | None = None) -> DxaScan:
    """Delete a visit; the returned record is what :func:`restore_scan` needs to undo it."""
    with db.write() as s:
        return repo.delete(s, scan_id, version)


def restore_scan(db: Database, scan: DxaScan) -> DxaScan:
    """Undo a delete: put the visit back with the same ids for it and its measurements."""
    with db.write() as s:
        return repo.add(s, scan)


def list_scans(db: Database, patient_id: PatientId) -> list[DxaScan]:
    with db.read() as s:
        return repo.list_for_patient(s, patient_id)
