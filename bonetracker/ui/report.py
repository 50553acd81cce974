"""The printable report: HTML in a QTextDocument plus the chart image, painted page by page.

One painter routine (:func:`paint_report`) serves the PDF (QPdfWriter, A4), print preview
(QPrintPreviewDialog) and printing (QPrintDialog), so what is previewed is what is printed.
``QTextDocument.print_`` cannot add a footer, so pages are painted here: the document is laid
out on the device (fonts measured at its resolution), each page's slice drawn, then the footer
with the disclaimer and print date.

The File menu's Export report, Print preview and Print report actions
(:func:`bonetracker.ui.shell.menus.report_actions`) call :func:`export_report`,
:func:`print_preview` and :func:`print_report`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bonetracker.domain.bmd import basis_text
from bonetracker.domain.change import SiteChange
from bonetracker.domain.doses import describe_schedule
from bonetracker.domain.drugs import how_to_take, rare_effects
from bonetracker.domain.formatting import number
from bonetracker.domain.guidance.advice import PRIORITY_GROUPS, SITE_NAMES
from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.units import MEASURES, to_canonical
from bonetracker.domain.records import DEVICE_LABELS, SITE_LABELS, Device, MeasureKind, PatientId
from bonetracker.services.audit_log import record_event
from bonetracker.services.interchange.exporting import slug
from bonetracker.services.queries.report_data import DxaRow, ReportData, report_data
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.storage.safe_files import OutputError, atomic_output
from bonetracker.ui.context import AppContext
from bonetracker.ui.preferences import large_print
from bonetracker.ui.widgets.file_dialogs import save_file
from bonetracker.ui.widgets.theme import GAIN, LOSS, scale_points

CHART_URL = QUrl("bonetracker://chart.png")
MARGIN_MM = 15.0
PDF_DPI = 300
GREY = "#666666"  # print grey: lighter than the screen's, which is for small print on white


def esc(value: object) -> str:
    return html.escape(str(value))


def num(value: float | None, digits: int, signed: bool = False) -> str:
    return number(value, digits, signed=signed)


def device_label(value: str) -> str:
    """A make as a report prints it ("GE Lunar", "Hologic"); blank when not recorded."""
    return DEVICE_LABELS[Device(value)] if value in Device.__members__.values() else value


def change_cells(change: SiteChange | None) -> str:
    """Two cells (g/cm², %); a significant change is bold, coloured and starred."""
    if change is None:
        return "<td>–</td><td>–</td>"
    text = f"{change.bmd_delta:+.3f}", f"{change.percent:+.1f}"
    if not change.comparable:
        return f"<td>{text[0]}†</td><td>{text[1]}†</td>"
    if not change.significant:
        return f"<td>{text[0]}</td><td>{text[1]}</td>"
    colour = GAIN if change.bmd_delta > 0 else LOSS
    mark = "*"
    return "".join(f"<td style='color:{colour}; font-weight:bold'>{t}{mark}</td>" for t in text)


def _section(title: str) -> str:
    return f"<h3 style='margin-top:10px; margin-bottom:4px'>{esc(title)}</h3>"


def _table(header: list[str], rows: list[str], pad: int) -> str:
    head = "".join(f"<th align='left' bgcolor='#eeeeee'>{esc(h)}</th>" for h in header)
    return (f"<table border='1' cellspacing='0' cellpadding='{pad}' width='100%' "
            "style='border-color:#999999; border-style:solid; font-size:8pt'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def header_html(d: ReportData) -> str:
    p = d.patient
    facts = [f"{p.sex.value}, born {format_date(p.birth_date)} ({d.age} years)"]
    if p.height_cm or p.weight_kg:
        height = shown.quantity_text(shown.HEIGHT, p.height_cm, shown.chosen_unit(shown.HEIGHT), missing="–")
        weight = shown.quantity_text(shown.WEIGHT, p.weight_kg, shown.chosen_unit(shown.WEIGHT), missing="–")
        facts.append(f"height {height}, weight {weight}"
                     + (f", BMI {d.bmi:.1f}" if d.bmi else ""))
    if p.menopause:
        facts.append(f"menopause: {p.menopause.value}"
                     + (f" ({p.menopause_year})" if p.menopause_year else ""))
    facts.append(f"smoking: {p.smoking.value}")
    period = (f"{format_date(d.since)} to {format_date(d.as_of)}" if d.since
              else f"as of {format_date(d.as_of)}")
    c = d.classification
    status = esc(d.category_label)
    if c.site is not None and c.scan_date is not None:
        score = f"T {num(c.t_score, 1)}" + (f", Z {num(c.z_score, 1)}" if c.z_score is not None else "")
        status += f" — {esc(SITE_LABELS[c.site])}, {score}, scan of {format_date(c.scan_date)}"
    if basis_text(c):  # osteoporosis by a fracture or an earlier diagnosis (AACE/ACE 2020)
        status += f"; osteoporosis {esc(basis_text(c))}"
    risks = "; ".join(d.risk_factors) or "none recorded"
    return (f"<h1 style='margin-bottom:2px'>Bone-health report: {esc(p.name)}</h1>"
            f"<p style='color:{GREY}; margin-top:0'>Report {esc(period)} · patient id {p.id}</p>"
            f"<p>{esc('; '.join(facts))}<br><b>Risk factors:</b> {esc(risks)}<br>"
            f"<b>Latest classification:</b> {status}<br>"
            f"<b>Next DXA scan due:</b> {format_date(d.next_scan_due) if d.next_scan_due else '–'}</p>")


def _scanner_cell(r: DxaRow) -> str:
    """The make as written ("GE Lunar"), model, machine and software, then what the result
    covers (the vertebrae of a spine result, the hip side of a hip result) where recorded."""
    scanner = esc(r.scanner or device_label(r.device))
    if r.region:
        scanner += ("<br>" if scanner else "") + f"<span style='color:{GREY}'>{esc(r.region)}</span>"
    return scanner


def dxa_html(d: ReportData, pad: int) -> str:
    if not d.dxa_rows:
        return _section("DXA results") + "<p>No DXA scans recorded.</p>"
    header = ["Date", "BMD g/cm²", "T", "Z", "Δ prev. g/cm²", "Δ prev. %", "Δ first g/cm²",
              "Δ first %", "Device"]
    rows: list[str] = []
    for site in d.sites:
        rows.append(f"<tr><td colspan='9' bgcolor='#f6f6f6'><b>{esc(SITE_LABELS[site])}</b>"
                    f" (LSC {d.lsc[site]:.3f} g/cm²)</td></tr>")
        for r in (r for r in d.dxa_rows if r.site == site):
            t = num(r.t_score, 1) + (" (calc.)" if r.t_computed else "")
            rows.append(f"<tr><td style='white-space:nowrap'>{format_date(r.date)}</td>"
                        f"<td>{num(r.bmd, 3)}</td><td>{t}</td><td>{num(r.z_score, 1)}</td>"
                        f"{change_cells(r.from_previous)}"
                        f"{change_cells(r.from_first)}<td>{_scanner_cell(r)}</td></tr>")
    lsc = ", ".join(f"{SITE_NAMES[s]} {d.lsc[s]:.3f}" for s in d.sites)
    notes = [f"* Significant: the change is at least the least significant change (LSC) for the "
             f"site ({lsc} g/cm²; LSC = 2.77 × the scanner's precision error, ISCD). Smaller "
             "changes are within measurement error. Green = gain, red = loss. “Δ first” compares "
             "with the first scan in this report. “calc.” = T-score computed from BMD (NHANES III)."]
    if d.device_changed or any(not c.comparable for r in d.dxa_rows for c in (r.from_previous, r.from_first)
                               if c is not None):
        notes.append("† Not comparable: the scans differ in scanner make, machine (unless "
                     "cross-calibrated), vertebrae or hip side, so the difference is not judged "
                     "against the LSC (ISCD).")
    if d.assumed_lsc_sites:
        notes.append("LSC for " + ", ".join(SITE_NAMES[s] for s in d.assumed_lsc_sites)
                     + " is an assumed default; set your facility's value in Settings.")
    return (_section("DXA results") + _table(header, rows, pad)
            + "".join(f"<p style='font-size:8pt; color:{GREY}'>{esc(n)}</p>" for n in notes))


def history_html(d: ReportData, pad: int) -> str:
    meds = [f"<tr><td>{esc(m.drug)}</td><td>{esc(m.drug_class.value)}</td>"
            f"<td>{format_date(m.start)}</td><td>{format_date(m.end) if m.end else 'ongoing'}</td>"
            f"<td>{esc(m.dose)}</td></tr>" for m in d.medications]
    events = [f"<tr><td>{format_date(f.date)}</td><td>Fracture: {esc(f.site.value)}</td>"
              f"<td>{'low trauma' if f.low_trauma else 'high trauma'}</td></tr>" for f in d.fractures]
    events += [f"<tr><td>{format_date(f.date)}</td><td>Fall</td>"
               f"<td>{'injury' if f.injury else 'no injury'}{'; ' + esc(f.notes) if f.notes else ''}"
               "</td></tr>" for f in d.falls]
    events.sort()
    out = _section("Medication courses")
    out += (_table(["Drug", "Class", "Start", "End", "Dose"], meds, pad) if meds
            else "<p>No medication courses recorded.</p>")
    out += doses_html(d, pad)
    out += _section("Fractures and falls")
    out += _table(["Date", "Event", "Details"], events, pad) if events else "<p>None recorded.</p>"
    return out


def doses_html(d: ReportData, pad: int) -> str:
    """Running courses: schedule, last dose, next due, on-time adherence; then how to take each
    and the rare effects to report (the handout part), with sources."""
    if not d.running:
        return ""
    rows = []
    for st in d.running:
        due = st.due
        last = "—" if due.last_dose is None else format_date(due.last_dose) + (
            " (start)" if due.last_dose_implied else "")
        upcoming = "—" if due.next_due is None else format_date(due.next_due)
        if due.overdue_days:
            upcoming += f" <b>({due.overdue_days} days overdue)</b>"
        pdc = " / ".join("—" if value is None else f"{value * 100:.0f} %"
                         for value in (st.pdc.get(90), st.pdc.get(365)))
        rows.append(f"<tr><td>{esc(st.course.drug)}</td><td>{esc(describe_schedule(st.course))}</td>"
                    f"<td>{last}</td><td>{upcoming}</td><td>{pdc if due.tracked else 'not logged'}</td></tr>")
    out = _section("Doses")
    out += _table(["Drug", "Schedule", "Last dose", "Next due", "On time, 90 / 365 days"], rows, pad)
    out += (f"<p style='font-size:8pt; color:{GREY}'>On time: the proportion of days covered by "
            "the doses logged; 80 % or more counts as adherent.</p>")
    notes = []
    for st in d.running:
        advice = how_to_take(st.course)
        if advice is not None:
            notes.append(f"<li><b>{esc(st.course.drug.capitalize())}:</b> {esc(advice.text)} "
                         f"<span style='color:{GREY}'>({esc(advice.source)})</span></li>")
    effects = {e for st in d.running for e in rare_effects(st.course)}
    notes += [f"<li><b>Report:</b> {esc(e.text)} <span style='color:{GREY}'>({esc(e.source)})</span></li>"
              for e in sorted(effects, key=lambda e: e.text)]
    if notes:
        out += _section("How to take your medicines") + f"<ul>{''.join(notes)}</ul>"
    return out


def activity_html(d: ReportData, pad: int) -> str:
    intake = [f"<tr><td>{esc(i.label)}</td><td>{_intake(i.average, i.unit)}</td>"
              f"<td>{_intake(i.target, i.unit)}</td><td>{esc(i.status)}</td></tr>"
              for i in d.intake_lines]
    exercise = [f"<tr><td>{esc(e.label)}</td><td>{e.per_week:.1f}</td><td>{e.target}</td>"
                f"<td>{e.weeks_met} of {e.weeks}</td></tr>" for e in d.exercise_lines]
    days = d.intake.days_logged
    return (_section(f"Average daily intake {d.window_label}")
            + f"<p style='color:{GREY}'>Mean over {days} day(s) with meals logged, supplements "
              "included; unlogged days are not counted as zero.</p>"
            + _table(["Nutrient", "Average", "Daily target", "Status"], intake, pad)
            + _section(f"Exercise adherence {d.window_label}")
            + _table(["Measure", "Average per week", "Weekly target", "Weeks meeting target"],
                     exercise, pad))


def _intake(value: float | None, unit: str) -> str:
    """An intake amount with its unit (vitamin D in µg when the application chose them)."""
    chosen = shown.chosen_unit(shown.VITAMIN_D)
    if unit == "IU" and chosen != unit and value is not None:
        return esc(f"{shown.to_shown(shown.VITAMIN_D, value, chosen):.1f} {chosen}")
    return f"{num(value, 0)} {esc(unit)}"


def _height_in_feet() -> bool:
    return shown.chosen_unit(shown.HEIGHT) == shown.FEET_INCHES


def measurements_html(d: ReportData, pad: int) -> str:
    """Heights and function tests against their norms, the latest labs and the FRAX result."""
    out = ""
    if d.measures:
        rows = []
        for m in d.measures:
            spec = MEASURES[m.kind]
            status = {"outside_norm": "<b>outside</b>", "within_norm": "within"}.get(str(m.norm.status), "—")
            change = ""
            if m.previous is not None and m.change is not None:
                trend = " (better)" if m.improved else " (worse)" if m.improved is False else ""
                digits = 0 if spec.integer else spec.digits
                since = format_date(m.previous.date)
                amount = f"{m.change:+.{digits}f} {spec.canonical}"
                if m.kind is MeasureKind.HEIGHT and _height_in_feet():
                    amount = f"{shown.to_shown(shown.HEIGHT, m.change, shown.FEET_INCHES):+.1f} in"
                change = f"{amount} since {since}{trend}"
            result = f"{m.latest.value:g} {m.latest.unit}"
            if m.kind is MeasureKind.HEIGHT and _height_in_feet():
                result = shown.quantity_text(shown.HEIGHT, to_canonical(spec, m.latest.value, m.latest.unit),
                                             shown.FEET_INCHES)
            rows.append(f"<tr><td>{esc(spec.label)}</td><td>{format_date(m.latest.date)}</td>"
                        f"<td>{esc(result)}</td><td>{esc(m.norm.text or '—')}</td>"
                        f"<td>{status}</td><td>{esc(change)}</td></tr>")
        out += _section("Measurements between scans")
        out += _table(["Test", "Date", "Result", "Norm", "Status", "Change"], rows, pad)
        sources = sorted({m.norm.source for m in d.measures if m.norm.source})
        out += "".join(f"<p style='font-size:8pt; color:{GREY}'>{esc(src)}</p>" for src in sources)
    if d.height_loss:
        out += f"<p><b>Height loss:</b> {esc(d.height_loss)}.</p>"
    if d.labs:
        rows = [f"<tr><td>{esc(lab.label)}</td><td>{format_date(lab.date)}</td><td>{esc(lab.result)}</td>"
                f"<td>{esc(lab.lab_range)}</td><td>{esc(lab.reading)}</td></tr>" for lab in d.labs]
        out += _section("Lab results") + _table(["Test", "Date", "Result", "Lab range", "Reading"], rows, pad)
    if d.frax is not None:
        f = d.frax
        out += _section("FRAX") + f"<p>{esc(f.result)}: {esc(f.reading)}.</p>"
        if f.recalculate:
            out += f"<p><b>Recalculate:</b> changed since: {esc(', '.join(f.recalculate))}.</p>"
        out += (f"<p style='font-size:8pt; color:{GREY}'>Entered from the official FRAX calculator; "
                f"BoneTracker does not compute FRAX. {esc(f.source)}</p>")
    return out


def programme_html(d: ReportData, pad: int) -> str:
    """The prescribed programme: the current version's exercises and adherence by week."""
    view = d.programme
    if view is None or view.programme.current is None:
        return ""
    current = view.programme.current
    items = [f"<tr><td>{esc(i.activity)}</td><td>{esc(i.dose_text())}</td><td>{i.per_week}</td>"
             f"<td>{'supervised' if i.supervised else ''}{' cleared' if i.cleared else ''}</td></tr>"
             for i in current.items]
    weeks = [f"<tr><td>{format_date(w.week_start)}</td><td>{w.version}</td>"
             f"<td>{w.items_done} of {w.items_prescribed}</td>"
             f"<td>{w.sessions_done} of {w.sessions_prescribed}</td><td>{w.percent:.0f} %</td></tr>"
             for w in view.weeks]
    return (_section(f"Exercise programme: {esc(view.programme.name)}")
            + f"<p>Version {current.number} from {format_date(current.start)} "
              f"({len(view.programme.versions)} version(s) since {format_date(view.programme.created)}).</p>"
            + _table(["Exercise", "Dose", "Per week", "Notes"], items, pad)
            + _table(["Week of", "Version", "Exercises done", "Sessions", "Adherence"], weeks, pad))


def plan_html(d: ReportData) -> str:
    """The recommendations grouped as the plan pane groups them (Do first, This week, ...)."""
    groups = ""
    for priority, title in PRIORITY_GROUPS:
        items = "".join(f"<li><b>{esc(r.title)}</b>. {esc(r.detail)}<br>"
                        f"<i>Why:</i> {esc(r.reason)}<br><span style='color:{GREY}'>Source: "
                        f"{esc(r.source)}</span></li>" for r in d.recommendations if r.priority == priority)
        if items:
            groups += f"<p><b>{title}</b></p><ul>{items}</ul>"
    due = format_date(d.next_scan_due) if d.next_scan_due else "after a first scan"
    return (_section("Recommendations") + (groups or "<p>None.</p>")
            + _section("Next DXA scan") + f"<p>Due: <b>{due}</b></p>")


LARGE_PRINT = 1.5
"""How much larger every font of a "large print" report is (9 pt body text becomes 13.5 pt)."""


def report_html(d: ReportData, chart_size: QSizeF | None = None, *, large: bool = False) -> str:
    """The report body; ``chart_size`` in screen pixels (Qt scales them to the device);
    ``large`` for large print (every font size times :data:`LARGE_PRINT`)."""
    pad = 3
    chart = ""
    if chart_size:
        chart = (_section("T-score over time") + f"<p><img src='{CHART_URL.toString()}' "
                 f"width='{int(chart_size.width())}' height='{int(chart_size.height())}'></p>")
    html = ("<html><body style='font-family:\"DejaVu Sans\", sans-serif; font-size:9pt'>"
            + header_html(d) + chart + dxa_html(d, pad) + history_html(d, pad)
            + measurements_html(d, pad) + activity_html(d, pad) + programme_html(d, pad) + plan_html(d)
            + "</body></html>")
    return scale_points(html, LARGE_PRINT) if large else html


def footer_lines(d: ReportData) -> tuple[str, str]:
    """The footer of every page: the disclaimer, then the print date and who it is about."""
    return d.disclaimer, f"Printed {format_date(d.printed)} · {d.patient.name}"


def build_document(d: ReportData, chart: QImage | None = None,
                   device: QPagedPaintDevice | None = None, *, large: bool = False) -> QTextDocument:
    """The laid-out report; with ``device`` fonts and sizes follow its resolution; ``large``
    for large print."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    width, height, scale = 700.0, 990.0, 1.0
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        width, height = rect.width(), rect.height()
        # Qt scales HTML lengths (image sizes) by device dpi / screen dpi: give them in
        # screen pixels.
        screen = QGuiApplication.primaryScreen()
        scale = device.logicalDpiX() / (screen.logicalDotsPerInchX() if screen else 96.0)
    size = None
    if chart is not None and not chart.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, chart)
        # Whole page width, but never more than ~45 % of the page, so it fits beside the text.
        fit = min(width * 0.98, height * 0.45 * chart.width() / chart.height()) / scale
        size = QSizeF(fit, fit * chart.height() / chart.width())
    doc.setHtml(report_html(d, size, large=large))
    doc.setTextWidth(width)
    return doc


def paint_report(device: QPagedPaintDevice, d: ReportData, chart: QImage | None = None, *,
                 large: bool = False) -> int:
    """Paint the report onto a PDF writer or printer; returns the number of pages."""
    doc = build_document(d, chart, device, large=large)
    res = device.logicalDpiX()  # QPdfWriter/QPrinter resolution; the base class lacks it
    page = device.pageLayout().paintRectPixels(res)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7 * (LARGE_PRINT if large else 1.0))
    metrics = QFontMetricsF(font, device)
    line = metrics.height()
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    disclaimer, printed = footer_lines(d)
    note = metrics.boundingRect(QRectF(0, 0, page.width(), 10 * line), flags, disclaimer)
    footer = note.height() + 2.0 * line  # rule, disclaimer, then name and page number
    painter = QPainter(device)
    try:
        painter.setFont(font)
        body = QSizeF(page.width(), page.height() - footer)
        doc.setPageSize(body)
        pages = doc.pageCount()
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            clip = QRectF(0, i * body.height(), body.width(), body.height())
            painter.translate(0, -clip.top())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            top = body.height() + 0.5 * line
            painter.setPen(QPen(Qt.GlobalColor.gray, max(1.0, res / 150)))
            painter.drawLine(0, int(top), page.width(), int(top))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(0, top + 0.2 * line, page.width(), note.height()), flags,
                             disclaimer)
            last = QRectF(0, top + 0.3 * line + note.height(), page.width(), line)
            painter.drawText(last, int(Qt.AlignmentFlag.AlignLeft), printed)
            painter.drawText(last, int(Qt.AlignmentFlag.AlignRight), f"Page {i + 1} of {pages}")
    finally:
        painter.end()
    return pages


def chart_image(db: Database, patient_id: PatientId, as_of: dt.date) -> QImage:
    """The chart view's picture (T-score over time with bands, courses and activity)."""
    from bonetracker.services.queries.chart_series import load_chart_data
    from bonetracker.ui.chart.render import render_chart_image

    return render_chart_image(load_chart_data(db, patient_id, as_of), "t_score", 1000, 640)


def write_pdf(db: Database, patient_id: PatientId, path: str | Path, *, as_of: dt.date | None = None,
              since: dt.date | None = None, with_chart: bool = True,
              large: bool = False) -> tuple[Path, int]:
    """Write the report as an A4 PDF (``large``: in large print); returns the path and the
    page count."""
    data = report_data(db, patient_id, as_of, since)
    chart = chart_image(db, patient_id, data.as_of) if with_chart else None
    target = Path(path)
    with atomic_output(target) as temp:  # 0600, never through a link, never half written
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(f"Bone-health report: {data.patient.name}")
        writer.setCreator("BoneTracker")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        pages = paint_report(writer, data, chart, large=large)
        del writer  # flushes and closes the file
        if temp.stat().st_size == 0:
            raise OutputError(f"cannot write {target}: nothing was written (is the disk full?)")
    record_event(db, "report", "patient", patient_id=patient_id, details={"pages": pages})
    return target, pages


# -- GUI: export, preview, print ------------------------------------------------------------
def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    return printer


def _current(window: QWidget, ctx: AppContext) -> PatientId | None:
    if ctx.patient_id is None:
        QMessageBox.information(window, "No patient selected",
                                "Select a patient in the list first, then make the report.")
    return ctx.patient_id


def export_report(window: QWidget, ctx: AppContext) -> Path | None:
    """File > Export report…: ask where, then write the PDF (busy cursor meanwhile)."""
    pid = _current(window, ctx)
    if pid is None:
        return None
    name = report_data(ctx.db, pid).patient.name
    default = f"bonetracker-report-{slug(pid, name)}-{format_date(today())}.pdf"
    path = save_file(window, "reports", "Export report as PDF", default, "PDF (*.pdf)")
    if not path:
        return None
    with busy():
        target, pages = write_pdf(ctx.db, pid, path if path.lower().endswith(".pdf") else f"{path}.pdf",
                                  large=large_print())
    # Say it was written and where (a status bar when the window has one, else a message).
    said = f"Wrote the report for {name} to {target} ({pages} page{'' if pages == 1 else 's'})."
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(said, 10000)
    else:
        QMessageBox.information(window, "Report written", said)
    return target


def print_preview(window: QWidget, ctx: AppContext) -> None:
    """File > Print preview…: the same pages as the PDF, with print and page setup buttons."""
    pid = _current(window, ctx)
    if pid is None:
        return
    with busy():
        data = report_data(ctx.db, pid)
        chart = chart_image(ctx.db, pid, data.as_of)
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(f"Report for {data.patient.name}")
    large = large_print()
    dialog.paintRequested.connect(lambda device: paint_report(device, data, chart, large=large))
    dialog.exec()
    dialog.deleteLater()


def print_report(window: QWidget, ctx: AppContext) -> bool:
    """File > Print report…: QPrintDialog, then paint; True when something was printed."""
    pid = _current(window, ctx)
    if pid is None:
        return False
    printer = _printer()
    dialog = QPrintDialog(printer, window)
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted:
        with busy():
            data = report_data(ctx.db, pid)
            paint_report(printer, data, chart_image(ctx.db, pid, data.as_of), large=large_print())
    return accepted


@contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
