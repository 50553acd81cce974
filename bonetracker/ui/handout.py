"""The large-print programme handout: each exercise with its illustration, dose and cues, a
weekly tick-sheet, and when to stop and report. Body text is 16 pt or larger throughout.

Built as one QTextDocument (like the report) so the PDF and the test's rendering of a page are
the same layout.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.programmes.model import ProgrammeItem, ProgrammeVersion
from bonetracker.domain.records import PatientId
from bonetracker.resources import resource_path
from bonetracker.services import programmes
from bonetracker.services.patients import get_patient
from bonetracker.storage.database import Database

BODY_PT = 16  # the minimum for large print
HEADING_PT = 22
ILLUSTRATION_PX = 150
PDF_DPI = 300
MARGIN_MM = 15
DAYS = (
    QT_TRANSLATE_NOOP("handout", "Mon"),
    QT_TRANSLATE_NOOP("handout", "Tue"),
    QT_TRANSLATE_NOOP("handout", "Wed"),
    QT_TRANSLATE_NOOP("handout", "Thu"),
    QT_TRANSLATE_NOOP("handout", "Fri"),
    QT_TRANSLATE_NOOP("handout", "Sat"),
    QT_TRANSLATE_NOOP("handout", "Sun"),
)
# When to stop and tell someone: ROS 2022 "Strong, Steady and Straight" and Too Fit To Fracture
# (pain, dizziness, falls), and the bisphosphonate/denosumab labels (new thigh or groin pain).
STOP_AND_REPORT = (
    QT_TRANSLATE_NOOP(
        "handout",
        "new or worse back pain, or pain that lasts more than two hours after exercise",
    ),
    QT_TRANSLATE_NOOP("handout", "chest pain, unusual breathlessness, dizziness or feeling faint"),
    QT_TRANSLATE_NOOP("handout", "a fall, or feeling unsteady in a new way"),
    QT_TRANSLATE_NOOP("handout", "new pain in the thigh or groin if you take a bone medicine"),
)
STOP_SOURCES = (
    "Royal Osteoporosis Society 2022 'Strong, Steady and Straight'; Osteoporosis Canada "
    "'Too Fit To Fracture' 2014; bone-medicine product labels"
)


def illustration_name(activity: str) -> str:
    """The SVG file for an activity: ``resources/exercises/<lower_case_name>.svg``."""
    return activity.lower().replace(" ", "_").replace("-", "_") + ".svg"


def illustration(activity: str) -> QImage | None:
    """The activity's line drawing rendered to an image, or None when there is none."""
    path = resource_path(f"exercises/{illustration_name(activity)}")
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return None
    image = QImage(ILLUSTRATION_PX * 2, ILLUSTRATION_PX * 2, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _esc(text: object) -> str:
    return html.escape(str(text))


def _item_html(n: int, item: ProgrammeItem, has_picture: bool) -> str:
    picture = (
        f'<img src="exercise:{n}" width="{ILLUSTRATION_PX}" height="{ILLUSTRATION_PX}">'
        if has_picture
        else ""
    )
    flags = []
    if item.supervised:
        flags.append(translate("handout", "with your physiotherapist"))
    if item.per_week == 1:
        how_often = translate("handout", "{n} time a week").format(n=item.per_week)
    else:
        how_often = translate("handout", "{n} times a week").format(n=item.per_week)
    cues = f"<p>{_esc(item.cues)}</p>" if item.cues else ""
    extra = f" ({', '.join(flags)})" if flags else ""
    return (
        f'<table width="100%" cellpadding="6" style="margin-top:10px"><tr>'
        f'<td width="{ILLUSTRATION_PX + 12}" valign="top">{picture}</td>'
        f'<td valign="top"><p style="font-size:{HEADING_PT - 2}pt"><b>{n}. {_esc(item.activity)}</b></p>'
        f"<p><b>{_esc(item.dose_text())}</b>, {how_often}{_esc(extra)}</p>{cues}</td>"
        f"</tr></table>"
    )


def handout_html(name: str, programme_name: str, version: ProgrammeVersion, printed: dt.date) -> str:
    """The handout as HTML (every size in points, none below :data:`BODY_PT`)."""
    items = "".join(
        _item_html(n, item, illustration(item.activity) is not None)
        for n, item in enumerate(version.items, 1)
    )
    header = "".join(f'<th style="border:1px solid #000">{translate("handout", d)}</th>' for d in DAYS)
    rows = "".join(
        f'<tr><td style="border:1px solid #000">{_esc(item.activity)}</td>'
        + "".join('<td style="border:1px solid #000">&nbsp;&nbsp;&nbsp;&nbsp;</td>' for _ in DAYS)
        + "</tr>"
        for item in version.items
    )
    stop = "".join(f"<li>{_esc(translate('handout', line))}</li>"
                   for line in STOP_AND_REPORT)
    who = translate("handout", "For {name} · version {number} from {start} · printed {printed}").format(
        name=_esc(name), number=version.number, start=format_date(version.start),
        printed=format_date(printed))
    warm_up = translate(
        "handout",
        "Warm up with a few minutes of marching on the spot. Move slowly and with control; breathe out as "
        "you push or lift.",
    )
    this_week = translate("handout", "This week")
    tick = translate("handout", "Tick a box each day you do an exercise.")
    exercise = translate("handout", "Exercise")
    stop_title = translate("handout", "Stop and tell your physiotherapist or doctor if you have")
    return (
        f"<html><body style=\"font-size:{BODY_PT}pt; font-family:'DejaVu Sans'\">"
        f'<p style="font-size:{HEADING_PT + 4}pt"><b>{_esc(programme_name)}</b></p>'
        f"<p>{who}</p>"
        f"<p>{warm_up}</p>"
        f"{items}"
        f'<p style="font-size:{HEADING_PT}pt; margin-top:18px"><b>{this_week}</b></p>'
        f"<p>{tick}</p>"
        f'<table cellpadding="6" style="border-collapse:collapse"><tr><th style="border:1px solid #000">'
        f"{exercise}</th>{header}</tr>{rows}</table>"
        f'<p style="font-size:{HEADING_PT}pt; margin-top:18px"><b>{stop_title}</b></p><ul>{stop}</ul>'
        f"<p>{_esc(STOP_SOURCES)}</p>"
        f"</body></html>"
    )


def build_handout(
    db: Database,
    patient_id: PatientId,
    device: QPagedPaintDevice | None = None,
    printed: dt.date | None = None,
) -> QTextDocument:
    """The laid-out handout for the patient's current programme version."""
    programme = programmes.require_programme(db, patient_id)
    version = programme.current
    if version is None:  # pragma: no cover - a stored programme always has a version
        raise ValueError(translate("handout", "The programme has no version."))
    patient = get_patient(db, patient_id)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    width = 700.0
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        width = device.pageLayout().paintRectPixels(device.logicalDpiX()).width()
    for n, item in enumerate(version.items, 1):
        image = illustration(item.activity)
        if image is not None:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"exercise:{n}"), image)
    doc.setHtml(handout_html(patient.name, programme.name, version, printed or dt.date.today()))
    doc.setTextWidth(width)
    return doc


def paint_handout(device: QPagedPaintDevice, doc: QTextDocument) -> int:
    """Paint ``doc`` page by page onto a PDF writer or printer; returns the page count."""
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    body = QSizeF(page.width(), page.height())
    doc.setPageSize(body)
    pages = doc.pageCount()
    painter = QPainter(device)
    try:
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
    finally:
        painter.end()
    return pages


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(translate("handout", "Exercise programme"))
    writer.setCreator("BoneTracker")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def write_handout(db: Database, patient_id: PatientId, path: str | Path) -> int:
    """Write the handout as an A4 PDF; returns the page count."""
    target = Path(path)
    writer = _writer(target)
    pages = paint_handout(writer, build_handout(db, patient_id, writer))
    del writer  # flushes and closes the file
    if target.exists():
        os.chmod(target, 0o600)  # a health record: readable by its owner only
    return pages


def render_first_page(db: Database, patient_id: PatientId, dpi: int = 72) -> QImage:
    """The first page as an image at ``dpi`` (the same layout as the PDF), for checks and previews."""
    image = QImage(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    doc = build_handout(db, patient_id)
    margin = MARGIN_MM / 25.4 * dpi
    doc.setTextWidth(image.width() - 2 * margin)
    painter = QPainter(image)
    painter.translate(margin, margin)
    clip = QRectF(0, 0, image.width() - 2 * margin, image.height() - 2 * margin)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.end()
    return image
