"""``bonetracker meds add|list|stop|dose|undo-dose|doses|calendar``: medication and supplement
courses from the built-in catalogue, their dose log and calendar reminders."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, patient_db, print_json
from bonetracker.domain.doses import describe_schedule
from bonetracker.domain.errors import FieldError, NotFoundError, ValidationError
from bonetracker.domain.plan import course_as_dict as status_as_dict
from bonetracker.domain.records import WEEKDAYS, DoseEntry, MedicationCourse, Schedule
from bonetracker.services import doses as dose_svc
from bonetracker.services import medications as service
from bonetracker.services.validation import FieldReader, today

_DRUGS = ", ".join(service.DRUGS)
_SCHEDULES = "|".join(s.value for s in Schedule)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("meds", help="medication courses, their doses and reminders")
    commands = group.add_subparsers(dest="meds_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add, "start a medication or supplement course")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--drug", required=True, metavar="NAME", help=f"one of: {_DRUGS}")
    add.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--end", metavar="YYYY-MM-DD", help="leave out while the course is running")
    add.add_argument("--schedule", metavar=_SCHEDULES,
                     help="how often it is given; leave out for the drug's usual schedule "
                          "(the only one for denosumab, zoledronic acid, romosozumab, "
                          "teriparatide and abaloparatide)")
    add.add_argument("--weekday", metavar="mon..sun",
                     help="weekly courses: the day of the week (default: the start's weekday)")
    add.add_argument("--dose", metavar="TEXT", help="as prescribed, e.g. '70 mg weekly'")
    add.add_argument("--daily-amount", metavar="X",
                     help="supplements only: calcium in mg a day, vitamin D in IU a day")
    add.add_argument("--notes")

    listing = add_command(commands, "list", common, _list, "list a patient's medication courses")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--json", action="store_true", help="print JSON")

    stop = add_command(commands, "stop", common, _stop, "end the running course of a drug")
    stop.add_argument("--patient", required=True, help="name or id")
    stop.add_argument("--drug", required=True, metavar="NAME")
    stop.add_argument("--end", required=True, metavar="YYYY-MM-DD")

    dose = add_command(commands, "dose", common, _dose,
                       "record a dose taken (or given at the clinic), or --missed")
    dose.add_argument("--patient", required=True, help="name or id")
    dose.add_argument("--drug", required=True, metavar="NAME", help="a drug with a course running "
                                                                    "on the date")
    dose.add_argument("--date", metavar="YYYY-MM-DD", help="default today")
    dose.add_argument("--time", metavar="HH:MM", help="when it was taken (optional)")
    dose.add_argument("--note")
    dose.add_argument("--missed", action="store_true", help="mark the dose as missed")
    place = dose.add_mutually_exclusive_group()
    place.add_argument("--at-clinic", dest="at_clinic", action="store_const", const="yes",
                       help="given at the clinic (the default for injections and infusions)")
    place.add_argument("--at-home", dest="at_clinic", action="store_const", const="no",
                       help="taken or given at home (the default for tablets and daily pens)")

    undo = add_command(commands, "undo-dose", common, _undo_dose,
                       "remove the dose (or missed mark) of a drug on a date")
    undo.add_argument("--patient", required=True, help="name or id")
    undo.add_argument("--drug", required=True, metavar="NAME")
    undo.add_argument("--date", required=True, metavar="YYYY-MM-DD")

    doses = add_command(commands, "doses", common, _doses,
                        "list doses with each running course's next due date and adherence")
    doses.add_argument("--patient", required=True, help="name or id")
    doses.add_argument("--drug", metavar="NAME", help="only this drug")
    doses.add_argument("--json", action="store_true", help="print JSON")

    cal = add_command(commands, "calendar", common, _calendar,
                      "write dose and scan reminders as a calendar file (.ics) for your calendar app")
    cal.add_argument("--patient", required=True, help="name or id")
    cal.add_argument("--out", required=True, metavar="FILE.ics")


def course_as_dict(c: MedicationCourse) -> dict[str, object]:
    return {"id": c.id, "drug": c.drug, "drug_class": c.drug_class.value,
            "start": c.start.isoformat(), "end": c.end.isoformat() if c.end else None,
            "dose": c.dose, "daily_amount": c.daily_amount,
            "daily_amount_unit": service.daily_amount_unit(c.drug), "notes": c.notes,
            "schedule": c.schedule.value if c.schedule else None,
            "weekday": None if c.weekday is None else WEEKDAYS[c.weekday]}


def dose_as_dict(d: DoseEntry, drugs: dict[Any, str]) -> dict[str, object]:
    return {"id": d.id, "course_id": d.course_id, "drug": drugs.get(d.course_id),
            "date": d.date.isoformat(), "time": d.time, "status": d.status.value,
            "at_clinic": d.at_clinic, "note": d.note}


def _add(args: argparse.Namespace) -> int:
    raw = {k: getattr(args, k) for k in ("drug", "start", "end", "dose", "daily_amount", "notes",
                                         "schedule", "weekday")}
    with patient_db(args) as (db, patient, pid):
        saved = service.log_medication(db, service.parse_medication(pid, raw))
    print(f"Saved the {saved.drug} course for {patient.name} from {saved.start}"
          f"{', ' + describe_schedule(saved) if describe_schedule(saved) else ''} (course {saved.id}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        courses = service.list_medications(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "medications": [course_as_dict(c) for c in courses]})
        return 0
    if not courses:
        print(f"{patient.name} has no medication courses yet.")
    for c in courses:
        until = c.end.isoformat() if c.end else "running"
        unit = service.daily_amount_unit(c.drug)
        amount = f"  {c.daily_amount:g} {unit}/day" if c.daily_amount is not None and unit else ""
        dose = f"  {c.dose}" if c.dose else ""
        schedule = describe_schedule(c)
        print(f"{c.id:>5}  {c.drug:<22} {c.drug_class.value:<14} {c.start} to {until:<10}"
              f"{'  ' + schedule if schedule else ''}{dose}{amount}")
    return 0


def _stop(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        saved = service.stop_medication(db, pid, args.drug, args.end)
    print(f"Stopped the {saved.drug} course of {patient.name} on {saved.end}.")
    return 0


def _dose(args: argparse.Namespace) -> int:
    raw = {"drug": args.drug, "date": args.date or today().isoformat(), "time": args.time,
           "note": args.note, "status": "missed" if args.missed else "taken",
           "at_clinic": args.at_clinic}
    with patient_db(args) as (db, patient, pid):
        saved = dose_svc.record_dose(db, pid, raw)
        status = next((st for st in dose_svc.statuses(db, pid) if st.course.id == saved.course_id), None)
    what = "Marked missed" if args.missed else "Recorded"
    print(f"{what}: {args.drug.strip()} dose of {patient.name} on {saved.date.isoformat()}"
          f"{' at ' + saved.time if saved.time else ''} (dose {saved.id}).")
    if status is not None and status.due.next_due is not None:
        print(f"Next due: {status.due.next_due.isoformat()}.")
    return 0


def _undo_dose(args: argparse.Namespace) -> int:
    reader = FieldReader({"drug": args.drug, "date": args.date})
    day = reader.date("date")
    name = service.canonical_drug(args.drug)
    if name is None:
        reader.add("drug", f"must be one of {_DRUGS}")
    reader.raise_if_errors()
    with patient_db(args) as (db, patient, pid):
        courses = {c.id: c for c in service.list_medications(db, pid)}
        found = [d for d in dose_svc.list_doses(db, pid)
                 if d.date == day and courses[d.course_id].drug == name]
        if not found:
            raise NotFoundError(f"No {name} dose of {patient.name} is recorded on {args.date}; "
                                "see 'bonetracker meds doses'.")
        removed = dose_svc.delete_dose(db, found[0].id)  # type: ignore[arg-type]
    print(f"Removed the {name} dose ({removed.status.value}) of {patient.name} on "
          f"{removed.date.isoformat()}.")
    return 0


def _doses(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        courses = service.list_medications(db, pid)
        name = None
        if args.drug is not None:
            name = service.canonical_drug(args.drug)
            if name is None:
                raise ValidationError([FieldError("drug", f"must be one of {_DRUGS}")])
        drugs = {c.id: c.drug for c in courses}
        doses = [d for d in dose_svc.list_doses(db, pid) if name is None or drugs[d.course_id] == name]
        statuses = [st for st in dose_svc.statuses(db, pid) if name is None or st.course.drug == name]
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id, "as_of": today().isoformat(),
                    "doses": [dose_as_dict(d, drugs) for d in doses],
                    "courses": [status_as_dict(st) for st in statuses]})
        return 0
    for st in statuses:
        due = st.due
        pdc = st.pdc.get(90)
        adherence = "" if pdc is None else f", {pdc * 100:.0f} % of days covered over 90 days"
        late = f" ({due.overdue_days} days overdue)" if due.overdue_days else ""
        print(f"{st.course.drug}: {describe_schedule(st.course)}; next due "
              f"{due.next_due.isoformat() if due.next_due else '-'}{late}{adherence}")
    if not doses:
        print(f"No doses recorded for {patient.name} yet.")
    for d in doses:
        extra = "".join((f" {d.time}" if d.time else "", " at the clinic" if d.at_clinic else "",
                         f"  {d.note}" if d.note else ""))
        print(f"{d.id:>6}  {d.date}  {drugs[d.course_id]:<22} {d.status.value:<7}{extra}")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from bonetracker.services.interchange.calendar import export_reminders

    with patient_db(args) as (db, patient, pid):
        path, events = export_reminders(db, pid, args.out)
    print(f"Wrote {events} reminder{'s' * (events != 1)} for {patient.name} to {path}. Import it "
          "into your calendar app; export again after logging doses to update the same events.")
    return 0
