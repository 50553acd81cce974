"""``bonetracker programme new|add-item|remove-item|show|log|progress|handout``: prescribed
exercise programmes, the same services as the Programme page."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, error, patient_db, print_json
from bonetracker.domain.programmes.model import ProgrammeItemId
from bonetracker.domain.programmes.templates import TEMPLATES
from bonetracker.services import programmes as service
from bonetracker.services.validation import FieldReader

ITEM_OPTIONS = (
    "activity",
    "sets",
    "reps",
    "load_kg",
    "minutes",
    "impacts",
    "balance_level",
    "per_week",
    "progression",
    "cues",
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("programme", help="exercise programmes a physiotherapist prescribes")
    commands = group.add_subparsers(dest="programme_command", metavar="ACTION", required=True)

    new = add_command(commands, "new", common, _new, "start a programme, empty or from a starter template")
    new.add_argument("--patient", required=True, help="name or id")
    new.add_argument(
        "--template",
        choices=sorted(TEMPLATES),
        help="a starter programme (ROS 2022 'Strong, Steady and Straight'; Too Fit To Fracture)",
    )
    new.add_argument("--name", help="the programme's name (default: the template's, else 'Home programme')")
    new.add_argument("--start", metavar="YYYY-MM-DD", help="first day (default today)")

    item = add_command(
        commands,
        "add-item",
        common,
        _add_item,
        "add an exercise to the current programme (a new version from today)",
    )
    item.add_argument("--patient", required=True, help="name or id")
    item.add_argument(
        "--activity", required=True, metavar="NAME", help="an activity from 'workouts activities'"
    )
    item.add_argument("--sets", metavar="S", help="1-20, with --reps")
    item.add_argument("--reps", metavar="R", help="1-100, with --sets")
    item.add_argument("--load-kg", metavar="X", help="0-500 kg, with --sets and --reps")
    item.add_argument("--minutes", metavar="M", help="1-600: the dose, or how long the item takes")
    item.add_argument("--impacts", metavar="N", help="1-500 impacts a session")
    item.add_argument("--balance-level", metavar="L", help="0 (feet apart) to 5 (one leg, eyes closed)")
    item.add_argument("--per-week", required=True, metavar="N", help="sessions a week, 1-14")
    item.add_argument(
        "--progression",
        metavar="RULE",
        help="reps_then_load | add_impacts | balance_base | add_minutes | none",
    )
    item.add_argument("--cues", help="coaching cues printed on the handout")
    item.add_argument("--supervised", action="store_true", help="done under supervision")
    item.add_argument(
        "--cleared",
        action="store_true",
        help="prescribe an activity the plan restricts for this person (you cleared it)",
    )

    remove = add_command(commands, "remove-item", common, _remove_item, "remove an item (a new version)")
    remove.add_argument("--patient", required=True, help="name or id")
    remove.add_argument("--item", required=True, type=int, metavar="ID")

    show = add_command(
        commands, "show", common, _show, "the programme: versions, items, adherence, proposals"
    )
    show.add_argument("--patient", required=True, help="name or id")
    show.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to judge adherence on (default today)")
    show.add_argument("--json", action="store_true", help="print JSON")

    log = add_command(commands, "log", common, _log, "log a session done as prescribed")
    log.add_argument("--patient", required=True, help="name or id")
    log.add_argument("--date", metavar="YYYY-MM-DD", help="default today")
    log.add_argument("--item", type=int, action="append", metavar="ID", help="only these items (repeatable)")
    log.add_argument("--effort", type=int, metavar="N", help="how hard it felt, RPE 1-10")

    progress = add_command(
        commands, "progress", common, _progress, "accept or dismiss the progression proposed for an item"
    )
    progress.add_argument("--patient", required=True, help="name or id")
    progress.add_argument("--item", required=True, type=int, metavar="ID")
    choice = progress.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", action="store_true", help="make the next step the prescription")
    choice.add_argument("--dismiss", action="store_true", help="do not offer this step again")

    handout = add_command(
        commands, "handout", common, _handout, "write the large-print programme handout (PDF)"
    )
    handout.add_argument("--patient", required=True, help="name or id")
    handout.add_argument("--out", required=True, metavar="FILE.pdf")


def _new(args: argparse.Namespace) -> int:
    reader = FieldReader({"start": args.start})
    start = reader.date("start", required=False)
    reader.raise_if_errors()
    with patient_db(args) as (db, patient, pid):
        programme, left_out = service.new_programme(
            db, pid, template=args.template, name=args.name, start=start
        )
    current = programme.current
    count = len(current.items) if current else 0
    print(f"Started '{programme.name}' for {patient.name} from {programme.created} with {count} item(s).")
    for item, reasons in left_out:
        why = "; ".join(f"{r.reason} ({r.source})" for r in reasons)
        print(f"Left out {item.activity}: {why}. Add it with --cleared if you supervise or cleared it.")
    return 0


def _add_item(args: argparse.Namespace) -> int:
    raw: dict[str, object | None] = {name: getattr(args, name) for name in ITEM_OPTIONS}
    raw["supervised"], raw["cleared"] = args.supervised, args.cleared
    with patient_db(args) as (db, patient, pid):
        programme, item = service.add_item(db, pid, raw)
    version = programme.current
    assert version is not None
    print(
        f"Added {item.activity} ({item.dose_text()}, {item.per_week} a week) as item {item.id} "
        f"of version {version.number} for {patient.name}."
    )
    return 0


def _remove_item(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        programme = service.remove_item(db, pid, ProgrammeItemId(args.item))
    version = programme.current
    assert version is not None
    print(f"Removed item {args.item} for {patient.name}; "
          f"version {version.number} has {len(version.items)} item(s).")
    return 0


def _show(args: argparse.Namespace) -> int:
    reader = FieldReader({"as_of": args.as_of})
    as_of = reader.date("as_of", required=False)
    reader.raise_if_errors()
    with patient_db(args) as (db, patient, pid):
        view = service.programme_view(db, pid, as_of)
    if view is None:
        return error(f"{patient.name} has no programme yet; start one with 'programme new'.")
    if args.json:
        print_json({"patient": patient.name, "patient_id": pid, "programme": service.view_as_dict(view)})
        return 0
    p = view.programme
    print(f"{p.name} for {patient.name} (since {p.created}, {len(p.versions)} version(s))")
    current = p.current
    if current is not None:
        print(f"Version {current.number} from {current.start}: {current.sessions_per_week} sessions a week")
        for i in current.items:
            flags = ", supervised" if i.supervised else ""
            flags += ", cleared" if i.cleared else ""
            print(f"  {i.id:>4}  {i.activity:<26} {i.dose_text():<28} {i.per_week}x/week{flags}")
    for w in view.weeks[-4:]:
        print(
            f"  week of {w.week_start}: {w.items_done}/{w.items_prescribed} items, "
            f"{w.sessions_done}/{w.sessions_prescribed} sessions ({w.percent:.0f} %)"
        )
    for proposal in view.proposals:
        print(f"Proposed: {proposal.reason} (programme progress --item {proposal.item.id} --accept)")
    return 0


def _log(args: argparse.Namespace) -> int:
    reader = FieldReader({"date": args.date})
    day = reader.date("date", required=False)
    reader.raise_if_errors()
    with patient_db(args) as (db, patient, pid):
        logged = service.log_as_prescribed(db, pid, day, args.item, args.effort)
    names = ", ".join(w.activity for w in logged) or "nothing (the version has no items)"
    when = logged[0].date if logged else day
    print(f"Logged as prescribed for {patient.name} on {when}: {names}.")
    return 0


def _progress(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        view = service.programme_view(db, pid)
        if view is None:
            return error(f"{patient.name} has no programme yet.")
        proposal = service.find_proposal(view, args.item)
        if args.accept:
            programme = service.accept_progression(db, pid, proposal)
            version = programme.current
            assert version is not None
            print(
                f"Accepted: {proposal.item.activity} is now {proposal.proposed.dose_text()} "
                f"(version {version.number})."
            )
        else:
            service.dismiss_progression(db, proposal)
            print(f"Dismissed the proposed step for {proposal.item.activity}.")
    return 0


def _handout(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return error(f"{out.name}: the handout is a PDF; use a file name ending in .pdf")
    if not out.parent.is_dir():
        return error(f"the folder {out.parent} does not exist")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bonetracker.ui.chart.render import ensure_app
    from bonetracker.ui.handout import write_handout

    app = ensure_app()
    with patient_db(args) as (db, patient, pid):
        view = service.programme_view(db, pid)
        if view is None:
            return error(f"{patient.name} has no programme yet; start one with 'programme new'.")
        pages = write_handout(db, pid, out)
        app.processEvents()
    print(f"Wrote the programme handout for {patient.name} to {out} ({pages} page{'s' * (pages != 1)}).")
    return 0
