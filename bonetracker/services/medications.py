"""Medication courses: a built-in drug list with classes, no overlapping courses, stop, undo.

The drug list is the catalogue (``resources/drugs.csv``, :mod:`bonetracker.domain.drugs`): each
course follows one of its drug's schedules (``daily`` ... ``yearly``; the drug's default when
none is given), a weekly one on a chosen weekday. Calcium and vitamin D supplement courses carry
a ``daily_amount`` (mg and IU) that the intake engine (``domain.intake.supplement_nutrient``)
adds to every logged day the course is active.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from bonetracker.domain import drugs as catalogue
from bonetracker.domain.errors import FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import translate
from bonetracker.domain.records import (
    WEEKDAYS,
    DrugClass,
    MedicationCourse,
    MedicationId,
    PatientId,
    Schedule,
)
from bonetracker.services import entries
from bonetracker.services.patients import not_before_birth
from bonetracker.services.validation import (
    FieldReader,
    Range,
    check_date,
    check_number,
    check_text,
    raise_if,
    short_repr,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import medications as repo

OTHER = "other"
CALCIUM = "calcium supplement"
VITAMIN_D = "vitamin D supplement"

DRUGS: dict[str, DrugClass] = {
    **{d.name: d.drug_class for d in catalogue.catalogue().values()},
    OTHER: DrugClass.OTHER,
}
"""Built-in drugs (the catalogue, then "other") in the order the form lists them; romosozumab
counts as anabolic (bone-forming)."""

ALIASES: dict[str, str] = {
    "zoledronate": "zoledronic acid",
    "zoledronic": "zoledronic acid",
    "hormone replacement therapy": "HRT",
    "calcium": CALCIUM,
    "vitamin d": VITAMIN_D,
    "vitamin d3": VITAMIN_D,
    "colecalciferol": VITAMIN_D,
    "cholecalciferol": VITAMIN_D,
}

DAILY_AMOUNT: dict[str, Range] = {
    CALCIUM: Range(1, 5000, "mg", integer=True),
    VITAMIN_D: Range(1, 50000, "IU", integer=True),
}
"""Supplement daily amounts: calcium in mg, vitamin D in IU (1 µg = 40 IU)."""

DOSE_MAX = 200


def _key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


_BY_KEY = {_key(name): name for name in DRUGS} | {_key(a): n for a, n in ALIASES.items()}


def canonical_drug(text: str) -> str | None:
    """The built-in name for ``text`` in any case or with a common alias, else None."""
    return _BY_KEY.get(_key(text))


def drug_class(drug: str) -> DrugClass:
    return DRUGS.get(canonical_drug(drug) or OTHER, DrugClass.OTHER)


def daily_amount_unit(drug: str) -> str | None:
    """``"mg"`` for calcium, ``"IU"`` for vitamin D, None when the drug takes no daily amount."""
    rng = DAILY_AMOUNT.get(canonical_drug(drug) or "")
    return rng.unit if rng else None


def _drug_choices() -> str:
    return ", ".join(DRUGS)


def schedules_for(drug: str) -> tuple[Schedule, ...]:
    """The schedules a course of ``drug`` (a built-in name) may follow, the default first."""
    return catalogue.allowed_schedules(drug)


def default_schedule(drug: str) -> Schedule | None:
    """The schedule a new course of ``drug`` gets when none is chosen (None for "other")."""
    d = catalogue.drug(drug)
    return d.default_schedule if d is not None else None


def _schedule_errors(name: str | None, schedule: Schedule | None, weekday: int | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if name is None:
        return errors
    allowed = schedules_for(name)
    if schedule is not None and schedule not in allowed:
        choices = translate("services", " or ").join(s.value for s in allowed)
        if len(allowed) == 1:
            message = translate("services", "{name} is given only {choices} (got {value})")
        else:
            message = translate("services", "{name} is given {choices} (got {value})")
        message = message.format(name=name, choices=choices, value=schedule.value)
        errors.append(FieldError("schedule", message))
    if weekday is not None:
        if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
            errors.append(FieldError("weekday", translate(
                "services",
                "must be one of {choices}",
            ).format(choices=', '.join(WEEKDAYS))))
        elif schedule is not Schedule.WEEKLY:
            errors.append(FieldError("weekday", translate("services", "is only for weekly courses")))
    return errors


def medication_errors(c: MedicationCourse) -> list[FieldError]:
    errors: list[FieldError] = []
    name = canonical_drug(c.drug) if isinstance(c.drug, str) else None
    if name is None or name != c.drug:
        errors.append(FieldError("drug", translate(
            "services",
            "must be one of {drug_choices}",
        ).format(drug_choices=_drug_choices())))
    elif c.drug_class is not DRUGS[name]:
        errors.append(FieldError("drug", translate(
            "services",
            "{name} is a {value}, not {drug_class}",
        ).format(name=name, value=DRUGS[name].value, drug_class=c.drug_class)))
    start = check_date(errors, "start", c.start)
    end = check_date(errors, "end", c.end, required=False)
    if start and end and end < start:
        errors.append(FieldError("end", translate(
            "services",
            "cannot be before the start ({date})",
        ).format(date=start.isoformat())))
    check_text(errors, "dose", c.dose, max_len=DOSE_MAX)
    check_text(errors, "notes", c.notes)
    rng = DAILY_AMOUNT.get(name or "")
    if rng is not None:
        check_number(errors, "daily_amount", c.daily_amount, rng)
    elif c.daily_amount is not None:
        errors.append(FieldError("daily_amount", translate(
            "services",
            "is only for calcium and vitamin D supplements",
        )))
    if c.schedule is not None and not isinstance(c.schedule, Schedule):
        errors.append(FieldError("schedule", translate(
            "services",
            "must be one of {choices}",
        ).format(choices=', '.join(s.value for s in Schedule))))
    elif name is not None and name == c.drug:
        errors += _schedule_errors(name, c.schedule, c.weekday)
    return errors


def parse_medication(
    patient_id: PatientId, raw: Mapping[str, object | None], *, base: MedicationCourse | None = None
) -> MedicationCourse:
    """A course from form or CLI text: ``drug``, ``start``, ``end``, ``dose``, ``daily_amount``,
    ``notes``, ``schedule`` (blank: the drug's default) and ``weekday`` (``mon``..``sun``, weekly
    courses only; blank: the start's weekday); the class comes from the drug."""
    r = FieldReader(raw)
    text = r.text("drug", max_len=100, required=True)
    name = canonical_drug(text) if text else None
    if text and name is None:
        r.add("drug", translate(
            "services",
            "must be one of {drug_choices} (got {value}); use 'other' and a note for anything else",
        ).format(drug_choices=_drug_choices(), value=short_repr(text)))
    start = r.date("start")
    end = r.date("end", required=False)
    if start and end and end < start:
        r.add("end", translate(
            "services",
            "cannot be before the start ({date})",
        ).format(date=start.isoformat()))
    dose = r.text("dose", max_len=DOSE_MAX)
    notes = r.text("notes")
    amount: float | None = None
    rng = DAILY_AMOUNT.get(name or "")
    if rng is not None:
        amount = r.number("daily_amount", rng)
    elif r.has("daily_amount") and name is not None:
        r.add("daily_amount", translate("services", "is only for calcium and vitamin D supplements"))
    schedule = r.choice("schedule", Schedule, required=False) if r.has("schedule") else None
    if schedule is None and name is not None and not r.has("schedule"):
        schedule = default_schedule(name)
    weekday: int | None = None
    if r.has("weekday"):
        day = str(raw.get("weekday")).strip().lower()[:3]
        if day in WEEKDAYS:
            weekday = WEEKDAYS.index(day)
        else:
            r.add("weekday", translate(
                "services",
                "must be one of {choices} (got {value})",
            ).format(choices=', '.join(WEEKDAYS), value=short_repr(raw.get('weekday'))))
    if not any(e.field in ("schedule", "weekday") for e in r.errors):
        r.errors += _schedule_errors(name, schedule, weekday)
    r.raise_if_errors()
    assert name is not None and start is not None
    course = MedicationCourse(
        id=base.id if base else None,
        patient_id=patient_id,
        drug=name,
        drug_class=DRUGS[name],
        start=start,
        end=end,
        dose=dose,
        daily_amount=amount,
        notes=notes,
        version=base.version if base else 1,
        schedule=schedule,
        weekday=weekday,
    )
    raise_if(medication_errors(course))
    return course


def _overlaps(a: MedicationCourse, b: MedicationCourse) -> bool:
    far = dt.date.max
    return a.start <= (b.end or far) and b.start <= (a.end or far)


def _describe(c: MedicationCourse) -> str:
    until = f"to {c.end.isoformat()}" if c.end else "still running"
    return f"{c.start.isoformat()} ({until})"


def overlap_errors(course: MedicationCourse, others: Iterable[MedicationCourse]) -> list[FieldError]:
    """A course of the same drug may not overlap another; "other" drugs are exempt (they differ)."""
    if course.drug == OTHER:
        return []
    clashes = [o for o in others if o.id != course.id and o.drug == course.drug and _overlaps(o, course)]
    return [FieldError(
        "start", translate(
            "services",
            "overlaps the {drug} course from {range}; stop or edit that course first",
        ).format(drug=o.drug, range=_describe(o)))
        for o in clashes]


def log_medication(db: Database, course: MedicationCourse) -> MedicationCourse:
    raise_if(medication_errors(course))
    new = dataclasses.replace(course, id=None)
    with db.write() as s:
        not_before_birth(s, course.patient_id, [("start", course.start), ("end", course.end)])
        raise_if(overlap_errors(new, repo.list_for_patient(s, course.patient_id)))
        return repo.add(s, new)


def update_medication(db: Database, course: MedicationCourse) -> MedicationCourse:
    raise_if(medication_errors(course))
    with db.write() as s:
        not_before_birth(s, course.patient_id, [("start", course.start), ("end", course.end)])
        raise_if(overlap_errors(course, repo.list_for_patient(s, course.patient_id)))
        return repo.update(s, course)


def stop_medication(
    db: Database, patient_id: PatientId, drug: str, end: dt.date | str | None
) -> MedicationCourse:
    """End the running course of ``drug`` on ``end``; NotFoundError when none is running."""
    raw_end = end.isoformat() if isinstance(end, dt.date) else end
    r = FieldReader({"drug": drug, "end": raw_end})
    name = canonical_drug(drug) if isinstance(drug, str) else None
    if name is None:
        r.add("drug", translate(
            "services",
            "must be one of {drug_choices} (got {value})",
        ).format(drug_choices=_drug_choices(), value=short_repr(drug)))
    when = r.date("end")
    r.raise_if_errors()
    assert name is not None and when is not None
    with db.write() as s:
        running = [c for c in repo.list_for_patient(s, patient_id) if c.drug == name and c.end is None]
        if not running:
            raise NotFoundError(translate(
                "services",
                "No running {name} course to stop; see 'bonetracker meds list'.",
            ).format(name=name))
        course = running[-1]
        if when < course.start:
            raise ValidationError([FieldError(
                "end", translate(
                    "services",
                    "cannot be before the start of the course ({date})",
                ).format(date=course.start.isoformat()))])
        return repo.update(s, dataclasses.replace(course, end=when))


def delete_medication(db: Database, course_id: MedicationId, version: int | None = None) -> MedicationCourse:
    return entries.delete(db, repo, course_id, version)


def restore_medication(db: Database, course: MedicationCourse) -> MedicationCourse:
    return entries.restore(db, repo, course)


def list_medications(db: Database, patient_id: PatientId) -> list[MedicationCourse]:
    return entries.for_patient(db, repo, patient_id)


def supplement_daily_amounts(courses: Iterable[MedicationCourse], day: dt.date) -> dict[str, float]:
    """Nutrient field -> daily amount from supplement courses active on ``day``.

    Keys are ``calcium_mg`` and ``vitamin_d_iu``, the same the intake engine uses.
    """
    fields = {CALCIUM: "calcium_mg", VITAMIN_D: "vitamin_d_iu"}
    totals: dict[str, float] = {}
    for c in courses:
        key = fields.get(c.drug)
        if key and c.daily_amount is not None and c.active_on(day):
            totals[key] = totals.get(key, 0.0) + c.daily_amount
    return totals
