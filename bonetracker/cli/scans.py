"""``bonetracker scans add|list|delete``: one site measurement per ``add``, joined into visits."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, database, fmt, patient_db, print_json
from bonetracker.domain.records import Device, DxaScan, HipSide, ScanId, Site
from bonetracker.services import scans as service


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("scans", help="add and list DXA scan results")
    commands = group.add_subparsers(dest="scans_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add,
                      "add one site's DXA result; results of the same date form one visit")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--site", required=True, help="|".join(s.value for s in Site))
    add.add_argument("--bmd", metavar="G_PER_CM2", help="BMD in g/cm² (0.20-2.50)")
    add.add_argument("--t-score", metavar="X", help="T-score (-7.0 to +5.0)")
    add.add_argument("--z-score", metavar="X", help="Z-score (-7.0 to +5.0)")
    add.add_argument("--device", help="|".join(d.value for d in Device))
    add.add_argument("--facility", help="where the scan was done")
    add.add_argument("--notes")
    add.add_argument("--model", help="scanner model, e.g. Horizon A or Prodigy (up to 100 characters)")
    add.add_argument("--machine-id", help="the scanner's serial number or room name (up to 100 "
                                          "characters); visits on different machines are not compared")
    add.add_argument("--software", help="analysis software version (up to 100 characters)")
    add.add_argument("--vertebrae", metavar="RANGE",
                     help="vertebrae the spine result covers: " + ", ".join(service.VERTEBRAE_CHOICES)
                          + " (default L1-L4)")
    add.add_argument("--hip-side", help="|".join(h.value for h in HipSide)
                                        + " (the hip the hip results are from)")

    listing = add_command(commands, "list", common, _list, "list a patient's DXA visits")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--json", action="store_true", help="print JSON")

    delete = add_command(commands, "delete", common, _delete, "delete a DXA visit by its id")
    delete.add_argument("--scan", required=True, type=int, help="visit id (see scans list)")


def scan_as_dict(scan: DxaScan) -> dict[str, object]:
    return {
        "id": scan.id,
        "date": scan.date.isoformat(),
        "device": scan.device.value if scan.device else None,
        "facility": scan.facility,
        "notes": scan.notes,
        "model": scan.model,
        "machine_id": scan.machine_id,
        "software": scan.software,
        "hip_side": scan.hip_side.value if scan.hip_side else None,
        "vertebrae": scan.vertebrae,
        "measurements": [
            {"site": m.site.value, "bmd": m.bmd, "t_score": m.t_score, "z_score": m.z_score}
            for m in scan.measurements
        ],
    }


def _add(args: argparse.Namespace) -> int:
    raw = {"date": args.date, "device": args.device, "facility": args.facility,
           "notes": args.notes, "model": args.model, "machine_id": args.machine_id,
           "software": args.software, "vertebrae": args.vertebrae, "hip_side": args.hip_side}
    measurement = {"site": args.site, "bmd": args.bmd, "t_score": args.t_score,
                   "z_score": args.z_score}
    with patient_db(args) as (db, patient, pid):
        scan = service.parse_scan(pid, raw, [measurement], prefixed=False)
        saved = service.log_scan(db, scan, prefixed=False)
    sites = ", ".join(m.site.value for m in saved.measurements)
    print(f"Saved {args.site} for {patient.name} on {saved.date} (visit {saved.id}: {sites}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        scans = service.list_scans(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "scans": [scan_as_dict(s) for s in scans]})
        return 0
    if not scans:
        print(f"{patient.name} has no DXA scans yet.")
    for scan in scans:
        device = f" [{service.scanner_label(scan)}]" if service.scanner_label(scan) else ""
        print(f"Visit {scan.id} on {scan.date}{device}")
        details = service.region_details(scan)
        if details:
            print(f"  ({details})")
        for m in scan.measurements:
            print(f"  {m.site.value:<13} BMD {fmt(m.bmd):>6}  T {fmt(m.t_score, 1):>5}  "
                  f"Z {fmt(m.z_score, 1):>5}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with database(args) as db:
        removed = service.delete_scan(db, ScanId(args.scan))
    print(f"Deleted visit {removed.id} of {removed.date}.")
    return 0
