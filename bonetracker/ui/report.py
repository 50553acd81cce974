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

from bonetracker.domain.bmd import basis_text, category_label
from bonetracker.domain.change import SiteChange
from bonetracker.domain.doses import describe_schedule
from bonetracker.domain.drugs import how_to_take, rare_effects
from bonetracker.domain.formatting import number
from bonetracker.domain.guidance.advice import PRIORITY_GROUPS
from bonetracker.domain.guidance.rules.scans import site_name
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.norms import SEX_WORDS
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


# The stored values the report prints as words (the English is the value itself, as it always was).
VALUE_WORDS: dict[str, str] = {
    "pre": QT_TRANSLATE_NOOP("report", "pre"),
    "peri": QT_TRANSLATE_NOOP("report", "peri"),
    "post": QT_TRANSLATE_NOOP("report", "post"),
    "never": QT_TRANSLATE_NOOP("report", "never"),
    "former": QT_TRANSLATE_NOOP("report", "former"),
    "current": QT_TRANSLATE_NOOP("report", "current"),
    "bisphosphonate": QT_TRANSLATE_NOOP("report", "bisphosphonate"),
    "denosumab": QT_TRANSLATE_NOOP("report", "denosumab"),
    "anabolic": QT_TRANSLATE_NOOP("report", "anabolic"),
    "hrt": QT_TRANSLATE_NOOP("report", "hrt"),
    "serm": QT_TRANSLATE_NOOP("report", "serm"),
    "supplement": QT_TRANSLATE_NOOP("report", "supplement"),
    "other": QT_TRANSLATE_NOOP("report", "other"),
    "hip": QT_TRANSLATE_NOOP("report", "hip"),
    "vertebra": QT_TRANSLATE_NOOP("report", "vertebra"),
    "wrist": QT_TRANSLATE_NOOP("report", "wrist"),
    "humerus": QT_TRANSLATE_NOOP("report", "humerus"),
    "pelvis": QT_TRANSLATE_NOOP("report", "pelvis"),
    "rib": QT_TRANSLATE_NOOP("report", "rib"),
}


def word(value: str) -> str:
    """A stored value (menopause, smoking, drug class, fracture site) as the report prints it."""
    return translate("report", VALUE_WORDS[value]) if value in VALUE_WORDS else value


def device_label(value: str) -> str:
    """A make as a report prints it ("GE Lunar", "Hologic"); blank when not recorded."""
    if value in Device.__members__.values():
        return translate("records", DEVICE_LABELS[Device(value)])
    return value


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


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def header_html(d: ReportData) -> str:
    p = d.patient
    sex = translate("measures", SEX_WORDS[p.sex])
    facts = [translate("report", "{sex}, born {date} ({age} years)").format(
        sex=sex, date=format_date(p.birth_date), age=d.age)]
    if p.height_cm or p.weight_kg:
        height = shown.quantity_text(shown.HEIGHT, p.height_cm, shown.chosen_unit(shown.HEIGHT), missing="–")
        weight = shown.quantity_text(shown.WEIGHT, p.weight_kg, shown.chosen_unit(shown.WEIGHT), missing="–")
        facts.append(translate("report", "height {height}, weight {weight}").format(
            height=height, weight=weight)
                     + (translate("report", ", BMI {bmi:.1f}").format(bmi=d.bmi) if d.bmi else ""))
    if p.menopause:
        facts.append(translate("report", "menopause: {value}").format(value=word(p.menopause.value))
                     + (f" ({p.menopause_year})" if p.menopause_year else ""))
    facts.append(translate("report", "smoking: {value}").format(value=word(p.smoking.value)))
    if d.since:
        period = translate("report", "{start} to {end}").format(
            start=format_date(d.since), end=format_date(d.as_of))
    else:
        period = translate("report", "as of {date}").format(date=format_date(d.as_of))
    c = d.classification
    status = esc(category_label(c.category))
    if c.site is not None and c.scan_date is not None:
        score = f"T {num(c.t_score, 1)}" + (f", Z {num(c.z_score, 1)}" if c.z_score is not None else "")
        status += " — " + translate("report", "{site}, {score}, scan of {date}").format(
            site=esc(translate("records", SITE_LABELS[c.site])), score=score, date=format_date(c.scan_date))
    if basis_text(c):  # osteoporosis by a fracture or an earlier diagnosis (AACE/ACE 2020)
        status += translate("report", "; osteoporosis {basis}").format(basis=esc(basis_text(c)))
    risks = "; ".join(translate("report", r) for r in d.risk_factors) or translate("report", "none recorded")
    due = format_date(d.next_scan_due) if d.next_scan_due else "–"
    title = translate("report", "Bone-health report: {name}").format(name=esc(p.name))
    risk_label = translate("report", "Risk factors:")
    status_label = translate("report", "Latest classification:")
    due_label = translate("report", "Next DXA scan due:")
    report = translate("report", "Report {period} · patient id {id}").format(period=esc(period), id=p.id)
    return (f"<h1 style='margin-bottom:2px'>{title}</h1>"
            f"<p style='color:{GREY}; margin-top:0'>{report}</p>"
            f"<p>{esc('; '.join(facts))}<br><b>{risk_label}</b> {esc(risks)}<br>"
            f"<b>{status_label}</b> {status}<br>"
            f"<b>{due_label}</b> {due}</p>")


def _scanner_cell(r: DxaRow) -> str:
    """The make as written ("GE Lunar"), model, machine and software, then what the result
    covers (the vertebrae of a spine result, the hip side of a hip result) where recorded."""
    scanner = esc(r.scanner or device_label(r.device))
    if r.region:
        scanner += ("<br>" if scanner else "") + f"<span style='color:{GREY}'>{esc(r.region)}</span>"
    return scanner


def dxa_html(d: ReportData, pad: int) -> str:
    if not d.dxa_rows:
        return _section(translate("report", "DXA results")) + _p(
            translate("report", "No DXA scans recorded."))
    header = [translate("report", "Date"), translate("report", "BMD g/cm²"), "T", "Z",
              translate("report", "Δ prev. g/cm²"), translate("report", "Δ prev. %"),
              translate("report", "Δ first g/cm²"), translate("report", "Δ first %"),
              translate("report", "Device")]
    rows: list[str] = []
    for site in d.sites:
        label = translate("records", SITE_LABELS[site])
        rows.append(f"<tr><td colspan='9' bgcolor='#f6f6f6'><b>{esc(label)}</b>"
                    f" (LSC {d.lsc[site]:.3f} g/cm²)</td></tr>")
        for r in (r for r in d.dxa_rows if r.site == site):
            t = num(r.t_score, 1) + (translate("report", " (calc.)") if r.t_computed else "")
            rows.append(f"<tr><td style='white-space:nowrap'>{format_date(r.date)}</td>"
                        f"<td>{num(r.bmd, 3)}</td><td>{t}</td><td>{num(r.z_score, 1)}</td>"
                        f"{change_cells(r.from_previous)}"
                        f"{change_cells(r.from_first)}<td>{_scanner_cell(r)}</td></tr>")
    lsc = ", ".join(f"{site_name(s)} {d.lsc[s]:.3f}" for s in d.sites)
    notes = [translate(
        "report",
        "* Significant: the change is at least the least significant change (LSC) for the site ({lsc} g/cm²; "
        "LSC = 2.77 × the scanner's precision error, ISCD). Smaller changes are within measurement error. "
        "Green = gain, red = loss. “Δ first” compares with the first scan in this report. “calc.” = "
        "T-score computed from BMD (NHANES III).",
    ).format(lsc=lsc)]
    if d.device_changed or any(not c.comparable for r in d.dxa_rows for c in (r.from_previous, r.from_first)
                               if c is not None):
        notes.append(translate(
            "report",
            "† Not comparable: the scans differ in scanner make, machine (unless cross-calibrated), "
            "vertebrae or hip side, so the difference is not judged against the LSC (ISCD).",
        ))
    if d.assumed_lsc_sites:
        notes.append(translate(
            "report", "LSC for {sites} is an assumed default; set your facility's value in Settings."
        ).format(sites=", ".join(site_name(s) for s in d.assumed_lsc_sites)))
    return (_section(translate("report", "DXA results")) + _table(header, rows, pad)
            + "".join(f"<p style='font-size:8pt; color:{GREY}'>{esc(n)}</p>" for n in notes))


def history_html(d: ReportData, pad: int) -> str:
    ongoing = translate("report", "ongoing")
    meds = [f"<tr><td>{esc(m.drug)}</td><td>{esc(word(m.drug_class.value))}</td>"
            f"<td>{format_date(m.start)}</td><td>{format_date(m.end) if m.end else ongoing}</td>"
            f"<td>{esc(m.dose)}</td></tr>" for m in d.medications]
    fracture, fall = translate("report", "Fracture: {site}"), translate("report", "Fall")
    low, high = translate("report", "low trauma"), translate("report", "high trauma")
    injury, no_injury = translate("report", "injury"), translate("report", "no injury")
    events = [f"<tr><td>{format_date(f.date)}</td><td>{fracture.format(site=esc(word(f.site.value)))}</td>"
              f"<td>{low if f.low_trauma else high}</td></tr>" for f in d.fractures]
    events += [f"<tr><td>{format_date(f.date)}</td><td>{fall}</td>"
               f"<td>{injury if f.injury else no_injury}{'; ' + esc(f.notes) if f.notes else ''}"
               "</td></tr>" for f in d.falls]
    events.sort()
    out = _section(translate("report", "Medication courses"))
    header = [translate("report", "Drug"), translate("report", "Class"), translate("report", "Start"),
              translate("report", "End"), translate("report", "Dose")]
    out += (_table(header, meds, pad) if meds
            else _p(translate("report", "No medication courses recorded.")))
    out += doses_html(d, pad)
    out += _section(translate("report", "Fractures and falls"))
    header = [translate("report", "Date"), translate("report", "Event"), translate("report", "Details")]
    out += _table(header, events, pad) if events else _p(translate("report", "None recorded."))
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
            translate("report", " (start)") if due.last_dose_implied else "")
        upcoming = "—" if due.next_due is None else format_date(due.next_due)
        if due.overdue_days:
            upcoming += " <b>" + translate("report", "({n} days overdue)").format(n=due.overdue_days) + "</b>"
        pdc = " / ".join("—" if value is None else f"{value * 100:.0f} %"
                         for value in (st.pdc.get(90), st.pdc.get(365)))
        rows.append(f"<tr><td>{esc(st.course.drug)}</td><td>{esc(describe_schedule(st.course))}</td>"
                    f"<td>{last}</td><td>{upcoming}</td>"
                    f"<td>{pdc if due.tracked else translate('report', 'not logged')}</td></tr>")
    out = _section(translate("report", "Doses"))
    header = [translate("report", "Drug"), translate("report", "Schedule"), translate("report", "Last dose"),
              translate("report", "Next due"), translate("report", "On time, 90 / 365 days")]
    out += _table(header, rows, pad)
    out += (f"<p style='font-size:8pt; color:{GREY}'>" + translate(
        "report",
        "On time: the proportion of days covered by the doses logged; 80 % or more counts as adherent.",
    ) + "</p>")
    notes = []
    for st in d.running:
        advice = how_to_take(st.course)
        if advice is not None:
            text = translate("drugs", advice.text)
            notes.append(f"<li><b>{esc(st.course.drug.capitalize())}:</b> {esc(text)} "
                         f"<span style='color:{GREY}'>({esc(advice.source)})</span></li>")
    effects = {e for st in d.running for e in rare_effects(st.course)}
    said = translate("report", "Report:")
    notes += [f"<li><b>{said}</b> {esc(translate('drugs', e.text))} "
              f"<span style='color:{GREY}'>({esc(e.source)})</span></li>"
              for e in sorted(effects, key=lambda e: e.text)]
    if notes:
        out += _section(translate("report", "How to take your medicines")) + f"<ul>{''.join(notes)}</ul>"
    return out


def activity_html(d: ReportData, pad: int) -> str:
    intake = [f"<tr><td>{esc(translate('report', i.label))}</td><td>{_intake(i.average, i.unit)}</td>"
              f"<td>{_intake(i.target, i.unit)}</td><td>{esc(translate('report', i.status))}</td></tr>"
              for i in d.intake_lines]
    met = translate("report", "{met} of {weeks}")
    exercise = [f"<tr><td>{esc(translate('report', e.label))}</td><td>{e.per_week:.1f}</td>"
                f"<td>{e.target}</td><td>{met.format(met=e.weeks_met, weeks=e.weeks)}</td></tr>"
                for e in d.exercise_lines]
    days = d.intake.days_logged
    window = translate("report", d.window_label)
    return (_section(translate("report", "Average daily intake {window}").format(window=window))
            + f"<p style='color:{GREY}'>" + translate(
                "report",
                "Mean over {days} day(s) with meals logged, supplements included; unlogged days are not "
                "counted as zero.",
            ).format(days=days) + "</p>"
            + _table([translate("report", "Nutrient"), translate("report", "Average"),
                      translate("report", "Daily target"), translate("report", "Status")], intake, pad)
            + _section(translate("report", "Exercise adherence {window}").format(window=window))
            + _table([translate("report", "Measure"), translate("report", "Average per week"),
                      translate("report", "Weekly target"), translate("report", "Weeks meeting target")],
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
            status = {"outside_norm": "<b>" + translate("report", "outside") + "</b>",
                      "within_norm": translate("report", "within")}.get(str(m.norm.status), "—")
            change = ""
            if m.previous is not None and m.change is not None:
                if m.improved:
                    trend = translate("report", " (better)")
                else:
                    trend = translate("report", " (worse)") if m.improved is False else ""
                digits = 0 if spec.integer else spec.digits
                amount = f"{m.change:+.{digits}f} {spec.canonical}"
                if m.kind is MeasureKind.HEIGHT and _height_in_feet():
                    amount = f"{shown.to_shown(shown.HEIGHT, m.change, shown.FEET_INCHES):+.1f} in"
                change = translate("report", "{amount} since {date}{trend}").format(
                    amount=amount, date=format_date(m.previous.date), trend=trend)
            result = f"{m.latest.value:g} {m.latest.unit}"
            if m.kind is MeasureKind.HEIGHT and _height_in_feet():
                result = shown.quantity_text(shown.HEIGHT, to_canonical(spec, m.latest.value, m.latest.unit),
                                             shown.FEET_INCHES)
            label = translate("measures", spec.label)
            rows.append(f"<tr><td>{esc(label)}</td><td>{format_date(m.latest.date)}</td>"
                        f"<td>{esc(result)}</td><td>{esc(m.norm.text or '—')}</td>"
                        f"<td>{status}</td><td>{esc(change)}</td></tr>")
        out += _section(translate("report", "Measurements between scans"))
        out += _table([translate("report", "Test"), translate("report", "Date"),
                       translate("report", "Result"), translate("report", "Norm"),
                       translate("report", "Status"), translate("report", "Change")], rows, pad)
        sources = sorted({m.norm.source for m in d.measures if m.norm.source})
        out += "".join(f"<p style='font-size:8pt; color:{GREY}'>{esc(src)}</p>" for src in sources)
    if d.height_loss:
        out += "<p><b>" + translate("report", "Height loss:") + f"</b> {esc(d.height_loss)}.</p>"
    if d.labs:
        rows = [f"<tr><td>{esc(translate('measures', lab.label))}</td><td>{format_date(lab.date)}</td>"
                f"<td>{esc(lab.result)}</td><td>{esc(lab.lab_range)}</td><td>{esc(lab.reading)}</td></tr>"
                for lab in d.labs]
        out += _section(translate("report", "Lab results")) + _table(
            [translate("report", "Test"), translate("report", "Date"), translate("report", "Result"),
             translate("report", "Lab range"), translate("report", "Reading")], rows, pad)
    if d.frax is not None:
        f = d.frax
        out += _section("FRAX") + f"<p>{esc(f.result)}: {esc(f.reading)}.</p>"
        if f.recalculate:
            changed = ", ".join(translate("measures", x) for x in f.recalculate)
            out += "<p>" + translate("report", "<b>Recalculate:</b> changed since: {changed}.").format(
                changed=esc(changed)) + "</p>"
        out += (f"<p style='font-size:8pt; color:{GREY}'>" + translate(
            "report", "Entered from the official FRAX calculator; BoneTracker does not compute FRAX."
        ) + f" {esc(f.source)}</p>")
    return out


def programme_html(d: ReportData, pad: int) -> str:
    """The prescribed programme: the current version's exercises and adherence by week."""
    view = d.programme
    if view is None or view.programme.current is None:
        return ""
    current = view.programme.current
    supervised, cleared = translate("report", "supervised"), translate("report", " cleared")
    items = [f"<tr><td>{esc(i.activity)}</td><td>{esc(i.dose_text())}</td><td>{i.per_week}</td>"
             f"<td>{supervised if i.supervised else ''}{cleared if i.cleared else ''}</td></tr>"
             for i in current.items]
    of = translate("report", "{met} of {weeks}")
    weeks = [f"<tr><td>{format_date(w.week_start)}</td><td>{w.version}</td>"
             f"<td>{of.format(met=w.items_done, weeks=w.items_prescribed)}</td>"
             f"<td>{of.format(met=w.sessions_done, weeks=w.sessions_prescribed)}</td>"
             f"<td>{w.percent:.0f} %</td></tr>"
             for w in view.weeks]
    version = translate(
        "report", "Version {number} from {start} ({count} version(s) since {created})."
    ).format(
        number=current.number, start=format_date(current.start), count=len(view.programme.versions),
        created=format_date(view.programme.created))
    return (_section(translate("report", "Exercise programme: {name}").format(name=esc(view.programme.name)))
            + f"<p>{version}</p>"
            + _table([translate("report", "Exercise"), translate("report", "Dose"),
                      translate("report", "Per week"), translate("report", "Notes")], items, pad)
            + _table([translate("report", "Week of"), translate("report", "Version"),
                      translate("report", "Exercises done"), translate("report", "Sessions"),
                      translate("report", "Adherence")], weeks, pad))


def plan_html(d: ReportData) -> str:
    """The recommendations grouped as the plan pane groups them (Do first, This week, ...)."""
    groups = ""
    why, source = translate("report", "Why:"), translate("report", "Source:")
    for priority, title in PRIORITY_GROUPS:
        items = "".join(f"<li><b>{esc(r.title)}</b>. {esc(r.detail)}<br>"
                        f"<i>{why}</i> {esc(r.reason)}<br><span style='color:{GREY}'>{source} "
                        f"{esc(r.source)}</span></li>" for r in d.recommendations if r.priority == priority)
        if items:
            groups += f"<p><b>{translate('guidance', title)}</b></p><ul>{items}</ul>"
    due = format_date(d.next_scan_due) if d.next_scan_due else translate("report", "after a first scan")
    return (_section(translate("report", "Recommendations")) + (groups or _p(translate("report", "None.")))
            + _section(translate("report", "Next DXA scan"))
            + "<p>" + translate("report", "Due: <b>{due}</b>").format(due=due) + "</p>")


LARGE_PRINT = 1.5
"""How much larger every font of a "large print" report is (9 pt body text becomes 13.5 pt)."""


def report_html(d: ReportData, chart_size: QSizeF | None = None, *, large: bool = False) -> str:
    """The report body; ``chart_size`` in screen pixels (Qt scales them to the device);
    ``large`` for large print (every font size times :data:`LARGE_PRINT`)."""
    pad = 3
    chart = ""
    if chart_size:
        chart = (_section(translate("report", "T-score over time")) + f"<p><img src='{CHART_URL.toString()}' "
                 f"width='{int(chart_size.width())}' height='{int(chart_size.height())}'></p>")
    html = ("<html><body style='font-family:\"DejaVu Sans\", sans-serif; font-size:9pt'>"
            + header_html(d) + chart + dxa_html(d, pad) + history_html(d, pad)
            + measurements_html(d, pad) + activity_html(d, pad) + programme_html(d, pad) + plan_html(d)
            + "</body></html>")
    return scale_points(html, LARGE_PRINT) if large else html


def footer_lines(d: ReportData) -> tuple[str, str]:
    """The footer of every page: the disclaimer, then the print date and who it is about."""
    printed = translate("report", "Printed {date} · {name}").format(
        date=format_date(d.printed), name=d.patient.name)
    return translate("report", d.disclaimer), printed


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
            painter.drawText(last, int(Qt.AlignmentFlag.AlignRight),
                             translate("report", "Page {page} of {pages}").format(page=i + 1, pages=pages))
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
        writer.setTitle(translate("report", "Bone-health report: {name}").format(name=data.patient.name))
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
        QMessageBox.information(window, translate("report", "No patient selected"),
                                translate("report",
                                          "Select a patient in the list first, then make the report."))
    return ctx.patient_id


def export_report(window: QWidget, ctx: AppContext) -> Path | None:
    """File > Export report…: ask where, then write the PDF (busy cursor meanwhile)."""
    pid = _current(window, ctx)
    if pid is None:
        return None
    name = report_data(ctx.db, pid).patient.name
    default = f"bonetracker-report-{slug(pid, name)}-{today().isoformat()}.pdf"
    path = save_file(window, "reports", translate("report", "Export report as PDF"), default, "PDF (*.pdf)")
    if not path:
        return None
    with busy():
        target, pages = write_pdf(ctx.db, pid, path if path.lower().endswith(".pdf") else f"{path}.pdf",
                                  large=large_print())
    # Say it was written and where (a status bar when the window has one, else a message).
    if pages == 1:
        said = translate("report", "Wrote the report for {name} to {target} ({pages} page).")
    else:
        said = translate("report", "Wrote the report for {name} to {target} ({pages} pages).")
    said = said.format(name=name, target=target, pages=pages)
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(said, 10000)
    else:
        QMessageBox.information(window, translate("report", "Report written"), said)
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
    dialog.setWindowTitle(translate("report", "Report for {name}").format(name=data.patient.name))
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
