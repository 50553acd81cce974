"""``bonetracker report --patient N --out FILE.pdf [--from D --to D]``: the printable report.

Qt is imported only inside the handler (other sub-commands start fast), runs offscreen, and
every widget the chart renderer made is deleted before returning (known-hazards.md).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, error, patient_db
from bonetracker.services.validation import EARLIEST_ENTRY_DATE, FieldReader
from bonetracker.storage.safe_files import unwritable_reason


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "report", common, _report,
                      "write a patient's printable report (A4 PDF): scans and changes, chart, "
                      "courses, events, intake and exercise, recommendations")
    cmd.add_argument("--patient", required=True, help="name or id")
    cmd.add_argument("--out", required=True, metavar="FILE.pdf")
    cmd.add_argument("--from", dest="since", metavar="YYYY-MM-DD",
                     help="start of the report period (scans before it are left out; intake and "
                          "exercise are averaged from it). Default: since the previous scan")
    cmd.add_argument("--to", dest="until", metavar="YYYY-MM-DD",
                     help="the report's day: later data is ignored (default today)")
    cmd.add_argument("--no-chart", action="store_true", help="leave the chart out")


def _report(args: argparse.Namespace) -> int:
    reader = FieldReader({"from": args.since, "to": args.until})
    since = reader.date("from", earliest=EARLIEST_ENTRY_DATE, required=False)
    until = reader.date("to", earliest=EARLIEST_ENTRY_DATE, required=False)
    if since and until and since > until:
        reader.add("from", f"must be on or before --to ({until.isoformat()})")
    reader.raise_if_errors()
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return error(f"{out.name}: the report is a PDF; use a file name ending in .pdf")
    if not out.parent.is_dir():
        return error(f"the folder {out.parent} does not exist")
    problem = _unwritable(out)
    if problem:  # checked first: a PDF writer that cannot open its file fails silently
        return error(f"cannot write {out}: {problem}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent

    from bonetracker.ui.chart.render import ensure_app
    from bonetracker.ui.report import write_pdf

    app = ensure_app()
    with patient_db(args) as (db, patient, pid):
        path, pages = write_pdf(db, pid, out, as_of=until, since=since,
                                with_chart=not args.no_chart)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    if not path.exists() or path.stat().st_size == 0:
        return error(f"cannot write {path}: nothing was written (is the disk full or read-only?)")
    print(f"Wrote the report for {patient.name} to {path} ({pages} page{'s' * (pages != 1)}).")
    return 0


def _unwritable(out: Path) -> str | None:
    """Why ``out`` cannot be written, or None: tried by creating the temporary file the report
    starts as, beside it (nothing is created or followed at ``out`` itself)."""
    return unwritable_reason(out)
