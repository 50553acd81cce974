"""Render the README/user-guide screenshots offscreen from a throw-away demo database.

Run with ``make screenshots`` (or ``python docs/make_screenshots.py [OUT_DIR]``). Nothing of
the user's is touched: the database and the QSettings folder live in a temporary directory.

The pictures are reproducible: the database is filled by :mod:`bonetracker.services.demo`
with a fixed seed as of :data:`TODAY`, and the app's own idea of "today"
(``services.validation.today``, imported by name in many modules) is pinned to the same day
while the script runs, so plans, charts, forms and the report agree with the data.

To add a shot for a new page, append ``(filename, setup)`` to :data:`SHOTS`; ``setup``
receives the open :class:`~bonetracker.ui.shell.main_window.MainWindow` (1280 x 800, Plan tab,
demo patient :data:`DEFAULT_PATIENT` selected, or the one named with ``@patient(...)``) and
returns the widget to photograph, or a ready ``QPixmap`` (a window with a menu, a popup or a
dialog drawn over it: see :func:`overlay` and :func:`framed`). One window serves every shot
(building one with years of demo logs costs about a second): :func:`reset` empties the forms
and restores the layout between shots, and a dialog a setup opens goes into
:data:`OPEN_DIALOGS`, to be closed and deleted at the end. Every widget is closed and deleted
before the script exits (docs: known-hazards.md). ``SHOTS_TIMING=1`` prints each shot's time.

The report is written as a PDF by the app's own ``write_pdf`` and page 1 is rasterised with
``pdftoppm`` (poppler-utils); without it, Qt draws the page's text layout instead.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.TemporaryDirectory(prefix="bonetracker-shots-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_TMP.name) / "config")  # keep the user's QSettings out

from PySide6.QtCore import QByteArray, QPoint, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from bonetracker.domain.records import PatientId, Site  # noqa: E402
from bonetracker.services import demo, validation  # noqa: E402
from bonetracker.services import foods as food_svc  # noqa: E402
from bonetracker.services import meals as meal_svc  # noqa: E402
from bonetracker.services.patients import get_patient  # noqa: E402
from bonetracker.storage.database import Database, open_database  # noqa: E402
from bonetracker.ui.app import _application, process_deferred_deletes  # noqa: E402
from bonetracker.ui.context import AppContext  # noqa: E402
from bonetracker.ui.pages import PAGES, load_page  # noqa: E402
from bonetracker.ui.shell.main_window import MainWindow  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "images"
SIZE = (1024, 700)  # the smallest screen the app is made for: nothing may be clipped at it
TODAY = dt.date(2026, 11, 19)  # the demo's "as of" and the app's today while rendering
SEED = demo.DEFAULT_SEED
PATIENTS = demo.DEFAULT_PATIENTS
DEFAULT_PATIENT = "Maria Santos"  # osteopenia improving with strength and impact training
STATUS_TEXT = "Database: ~/.local/share/BoneTracker/bonetracker.sqlite3"

Shot = Callable[[MainWindow], "QWidget | QPixmap"]
DEMO_IDS: dict[str, PatientId] = {}  # demo patients by name, filled by main()
OPEN_DIALOGS: list[QWidget] = []  # dialogs a shot left open; hidden after it, deleted at the end


# -- a fixed today ------------------------------------------------------------------------------
def _fixed_today() -> dt.date:
    return TODAY


def freeze_today() -> None:
    """Point every ``today`` imported from ``services.validation`` at :data:`TODAY`.

    Modules import the function by name, so the module attribute alone is not enough: every
    loaded ``bonetracker`` module holding the original is patched too. Pages are imported
    lazily by the main window, so they are imported here first.
    """
    for _title, spec in PAGES:
        load_page(spec)

    original = validation.today
    for name, module in list(sys.modules.items()):
        if name.startswith("bonetracker") and getattr(module, "today", None) is original:
            module.today = _fixed_today  # type: ignore[attr-defined]


# -- the database -------------------------------------------------------------------------------
def make_demo_database(path: Path) -> tuple[Database, dict[str, PatientId]]:
    """A fresh database with the demo patients; returns it and the ids by name."""
    db = open_database(f"sqlite:///{path}")
    report = demo.generate(db, PATIENTS, SEED, TODAY)
    ids = {get_patient(db, pid).name: pid for pid in report.patient_ids}
    return db, ids


# -- helpers ------------------------------------------------------------------------------------
def patient(name: str) -> Callable[[Shot], Shot]:
    """Take the shot with demo patient ``name`` selected instead of :data:`DEFAULT_PATIENT`."""

    def mark(setup: Shot) -> Shot:
        setup.patient = name  # type: ignore[attr-defined]
        return setup

    return mark


def settle(rounds: int = 3) -> None:
    """Let timers of 0 ms (plan refresh) and layouts run."""
    for _ in range(rounds):
        QApplication.processEvents()


def show_page(window: MainWindow, title: str) -> QWidget:
    page = window.pages[title]
    window.tabs.setCurrentWidget(page)
    settle()
    return page


TITLE_BAR = 28


def framed(dialog: QWidget) -> QPixmap:
    """A dialog as the user sees it: with a plain title bar and a border (offscreen has none)."""
    body = dialog.grab()
    pixmap = QPixmap(body.width() + 2, body.height() + TITLE_BAR + 1)
    pixmap.fill(QColor("#d9dce1"))
    painter = QPainter(pixmap)
    painter.drawPixmap(1, TITLE_BAR, body)
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202327"))
    painter.drawText(QRect(0, 0, pixmap.width(), TITLE_BAR), Qt.AlignmentFlag.AlignCenter,
                     dialog.windowTitle())
    painter.setPen(QColor("#8a8f98"))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


def overlay(window: QWidget, *popups: QWidget, dialog: QWidget | None = None) -> QPixmap:
    """The window with top-level ``popups`` (menus, completers) painted where they are, and
    ``dialog`` framed over the dimmed window."""
    pixmap = window.grab()
    painter = QPainter(pixmap)
    origin = window.mapToGlobal(QPoint(0, 0))
    for popup in popups:
        painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - origin, popup.grab())
    if dialog is not None:
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 70))
        at = dialog.mapToGlobal(QPoint(0, 0)) - origin - QPoint(1, TITLE_BAR)
        painter.drawPixmap(at, framed(dialog))
    painter.end()
    return pixmap


def centre_on(dialog: QWidget, window: QWidget) -> None:
    dialog.adjustSize()
    frame = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    dialog.move(frame.center() - dialog.rect().center())


UNEXPECTED: list[str] = []  # modal dialogs the watchdog had to close


def close_unexpected_modals() -> None:
    """A modal dialog nobody answers would hang the script: note it and close it."""
    modal = QApplication.activeModalWidget()
    if modal is not None and modal not in OPEN_DIALOGS:
        text = getattr(modal, "text", lambda: "")()
        UNEXPECTED.append(f"{modal.windowTitle()}: {text}".strip())
        print(f"closed an unexpected dialog: {UNEXPECTED[-1]}", file=sys.stderr)
        modal.close()


def dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()


# -- the shots ----------------------------------------------------------------------------------
def shot_first_run(window: MainWindow) -> QPixmap:
    """The welcome dialog over the empty window of a new database."""
    from bonetracker.ui.dialogs.welcome import WelcomeDialog

    db = open_database(f"sqlite:///{Path(_TMP.name) / 'empty.sqlite3'}")
    ctx = AppContext(db)
    empty = MainWindow(ctx)
    empty.resize(*SIZE)
    empty.show()
    empty.database_label.setText(STATUS_TEXT)
    dialog = WelcomeDialog(empty)
    dialog.show()
    centre_on(dialog, empty)
    settle()
    pixmap = overlay(empty, dialog=dialog)
    dispose(dialog)
    dispose(empty)
    ctx.deleteLater()
    process_deferred_deletes(QApplication.instance())  # type: ignore[arg-type]
    db.close()
    return pixmap


def shot_main_window(window: MainWindow) -> QWidget:
    """The window as it opens: the patient list, and the selected person's plan."""
    return window


def shot_patient_list(window: MainWindow) -> QWidget:
    """The patient list widened (drag its edge) to show every overview column, Due included."""
    from bonetracker.ui.shell.patient_list import PatientListPanel

    panel = PatientListPanel(window.ctx)  # wider than the window's dock may grow
    OPEN_DIALOGS.append(panel)  # closed and deleted with the dialogs at the end
    panel.resize(930, 733)
    panel.view.horizontalHeader().resizeSection(3, 250)
    panel.model.fill_due()  # the column fills a moment after the rows
    panel.show()
    settle()
    return panel


def shot_patient_dialog(window: MainWindow) -> QPixmap:
    """Patient > Add patient… filled in for a new profile."""
    from bonetracker.ui.dialogs.patient import PatientDialog

    dialog = PatientDialog(window.ctx, None, window)
    dialog.name.setText("Jane Doe")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.birth_date.setText("1962-03-02")
    dialog.height_cm.setText("164")
    dialog.weight_kg.setText("60")
    dialog.menopause.setCurrentIndex(dialog.menopause.findData("post"))
    dialog.menopause_year.setText("2013")
    dialog.smoking.setCurrentIndex(dialog.smoking.findData("former"))
    dialog.quit_date.setText("1999-01-01")
    dialog.risk["parental_hip_fracture"].setChecked(True)
    dialog.show()
    settle()
    OPEN_DIALOGS.append(dialog)
    return framed(dialog)


@patient("Margaret O'Neill")
def shot_plan(window: MainWindow) -> QWidget:
    """Osteoporosis with a vertebral fracture and falls: the status card and the targets."""
    show_page(window, "Plan")
    return window


@patient("Margaret O'Neill")
def shot_plan_recommendations(window: MainWindow) -> QWidget:
    """The same plan scrolled down to "What to do next"."""
    pane = show_page(window, "Plan")
    area = pane.scroll_area  # type: ignore[attr-defined]
    heading = pane.recommendations  # type: ignore[attr-defined]
    area.verticalScrollBar().setValue(heading.mapTo(area.widget(), QPoint(0, 0)).y() - 50)
    settle()
    return window


@patient("Helen Whitaker")
def shot_chart(window: MainWindow) -> QWidget:
    """Loss, then alendronate: WHO bands, the treatment period, trends and the lower panel.

    The patient list is hidden (View > Patient list, Ctrl+L) to give the chart the width.
    """
    window.patient_dock.hide()
    show_chart(show_page(window, "Chart"))
    return window


def shot_chart_bmd(window: MainWindow) -> QWidget:
    """BMD with ± LSC error bars and the markers of significant change."""
    window.patient_dock.hide()
    page = show_page(window, "Chart")
    page.set_metric("bmd")  # type: ignore[attr-defined]
    show_chart(page)
    return window


def show_chart(page: QWidget) -> None:
    """Click "5 y", then "All": after a metric switch the lower panel keeps single-week bars
    until the range changes."""
    page.set_range(5)  # type: ignore[attr-defined]
    page.set_range(None)  # type: ignore[attr-defined]
    settle()


def shot_scans_page(window: MainWindow) -> QWidget:
    """The Scans page mid-entry, with the inline message a mistyped BMD produces."""
    page = show_page(window, "Scans")
    page.new_entry()  # type: ignore[attr-defined]
    page.date.setText(TODAY.isoformat())  # type: ignore[attr-defined]
    page.device.setCurrentIndex(page.device.findData("hologic"))  # type: ignore[attr-defined]
    page.facility.setText("Demo imaging centre")  # type: ignore[attr-defined]
    cells = page.cells  # type: ignore[attr-defined]
    cells[Site.LUMBAR_SPINE]["bmd"].setText("0.884")
    cells[Site.LUMBAR_SPINE]["t_score"].setText("-1.5")
    cells[Site.LUMBAR_SPINE]["z_score"].setText("-0.4")
    cells[Site.FEMORAL_NECK]["bmd"].setText("6.79")  # "0.679" with the point in the wrong place
    cells[Site.FEMORAL_NECK]["t_score"].setText("-1.5")
    cells[Site.TOTAL_HIP]["bmd"].setText("0.823")
    page.save()  # type: ignore[attr-defined]
    settle()
    return window


@patient("Margaret O'Neill")
def shot_workouts(window: MainWindow) -> QWidget:
    """A restricted activity chosen after a vertebral fracture: the warning shows."""
    page = show_page(window, "Workouts")
    section = page.section  # type: ignore[attr-defined]
    section.new_entry()
    section.activity.setEditText("Jogging")
    section.minutes.setText("20")
    section.effort.setText("6")
    settle()
    return window


def shot_workouts_strength(window: MainWindow) -> QWidget:
    """A strength workout: sets, reps and load appear."""
    page = show_page(window, "Workouts")
    section = page.section  # type: ignore[attr-defined]
    section.new_entry()
    section.activity.setEditText("Free weights")
    section.minutes.setText("35")
    section.effort.setText("7")
    section.sets.setText("3")
    section.reps.setText("10")
    section.load_field.setText("8")
    settle()
    return window


def _day_without(db: Database, patient_id: PatientId, kind: str) -> dt.date:
    """The latest day (from :data:`TODAY` back) with meals logged, but none of ``kind``."""
    for back in range(60):
        day = TODAY - dt.timedelta(days=back)
        kinds = {m.kind.value for m in meal_svc.list_meals(db, patient_id, day)}
        if kinds and kind not in kinds:
            return day
    return TODAY


def shot_meals(window: MainWindow) -> QPixmap:
    """A snack being logged on a day with its other meals: two foods added (one with no
    vitamin K value), the type-ahead open on "milk"."""
    page = show_page(window, "Meals")
    db, pid = window.ctx.db, PatientId(window.ctx.patient_id or 0)
    page.date.setText(_day_without(db, pid, "snack").isoformat())  # type: ignore[attr-defined]
    page.kind.setCurrentIndex(page.kind.findData("snack"))  # type: ignore[attr-defined]
    # commercial hummus (SR28 has no vitamin K value for it), a raw carrot
    for ref, amount, unit in (("16158", "2", "tbsp"), ("11124", "1", "medium")):
        food = food_svc.resolve_food(db, ref)
        page.append(meal_svc.parse_item(food, {"amount": amount, "unit": unit}))  # type: ignore[attr-defined]
    search = page.search  # type: ignore[attr-defined]
    search.setFocus()
    search.setText("milk")
    search.refresh("milk")
    settle()
    return overlay(window, search.type_ahead.popup())


@patient("Grace Lindqvist")
def shot_lifestyle(window: MainWindow) -> QWidget:
    """A current smoker's daily entries."""
    page = show_page(window, "Lifestyle")
    section = page.section  # type: ignore[attr-defined]
    section.cigarettes.setText("6")
    section.stress.setText("4")
    section.daylight.setText("45")
    return window


@patient("Margaret O'Neill")
def shot_medications(window: MainWindow) -> QWidget:
    """Denosumab with calcium and vitamin D; a supplement course being entered."""
    page = show_page(window, "Medications")
    page.drug.setCurrentIndex(page.drug.findText("vitamin D supplement"))  # type: ignore[attr-defined]
    page.start.setText(TODAY.isoformat())  # type: ignore[attr-defined]
    page.dose.setText("1 tablet daily")  # type: ignore[attr-defined]
    page.daily_amount.setText("1000")  # type: ignore[attr-defined]
    settle()
    return window


@patient("Margaret O'Neill")
def shot_fractures_falls(window: MainWindow) -> QWidget:
    """A vertebral fracture and two falls."""
    show_page(window, "Fractures and falls")
    return window


@patient("Margaret O'Neill")
def shot_measurements(window: MainWindow) -> QWidget:
    """Heights and function tests with their norms and change (5.5 cm height loss, TUG 14 -> 12.5 s)."""
    show_page(window, "Measurements")
    settle()
    return window


@patient("Helen Whitaker")
def shot_frax(window: MainWindow) -> QWidget:
    """The FRAX worksheet gathered from the record, and the results typed from the calculator."""
    page = show_page(window, "Measurements")
    page.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    settle()
    return window


@patient("Margaret O'Neill")
def shot_chart_tug(window: MainWindow) -> QWidget:
    """The chart's lower panel showing the TUG over time against its 12 s cut-off."""
    page = show_page(window, "Chart")
    show_chart(page)
    page.set_lower_measure("measure:tug")  # type: ignore[attr-defined]
    settle()
    return window


def shot_import_dialog(window: MainWindow) -> QPixmap:
    """File > Import… with a scans file whose second visit has a T-score out of range."""
    from bonetracker.ui.dialogs.importing import ImportDialog

    csv = Path(_TMP.name) / "dxa-results.csv"
    csv.write_text("date,site,bmd_g_cm2,t_score,z_score,device,facility\n"
                   "2014-05-02,lumbar_spine,0.912,-1.2,-0.6,hologic,Demo imaging centre\n"
                   "2014-05-02,femoral_neck,0.712,-1.2,-0.4,hologic,Demo imaging centre\n"
                   "2016-06-10,lumbar_spine,0.897,-1.4,-0.7,hologic,Demo imaging centre\n"
                   "2016-06-10,femoral_neck,0.701,-13,-0.5,hologic,Demo imaging centre\n"
                   "2016-06-10,total_hip,0.820,-1.0,,hologic,Demo imaging centre\n",
                   encoding="utf-8")
    dialog = ImportDialog(window.ctx, window)
    dialog.load_file(csv)
    dialog.file_edit.setText("~/Documents/dxa-results.csv")  # not the temporary folder
    dialog.run(dry_run=True)
    dialog.show()
    settle()
    OPEN_DIALOGS.append(dialog)
    return framed(dialog)


def shot_backup(window: MainWindow) -> QPixmap:
    """The File menu open on Back up now…"""
    menu = window.menus["File"]
    menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
    if window.backup_action is not None:
        menu.setActiveAction(window.backup_action)
    settle()
    pixmap = overlay(window, menu)
    menu.hide()
    return pixmap


def shot_about(window: MainWindow) -> QPixmap:
    """Help > About: where the data is, the credits."""
    from bonetracker.ui.dialogs.about import AboutDialog

    dialog = AboutDialog("sqlite:///" + STATUS_TEXT.split(": ", 1)[1], window)
    dialog.data_dir_label.setText("~/.local/share/BoneTracker")
    dialog.show()
    settle()
    OPEN_DIALOGS.append(dialog)
    return framed(dialog)


def shot_settings(window: MainWindow) -> QPixmap:
    """File > Settings…"""
    from bonetracker.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.ctx.db, window)
    dialog.show()
    dialog.resize(max(dialog.width(), 470), dialog.height())  # its natural width clips a title
    settle()
    OPEN_DIALOGS.append(dialog)
    return framed(dialog)


def looked(theme_name: str, percent: int, page: str, size: tuple[int, int] = SIZE) -> Shot:
    """A shot of ``page`` in a theme at a text size (View > Theme, View > Text size), the
    window at ``size``; the default look comes back afterwards."""

    def shot(window: MainWindow) -> QPixmap:
        from bonetracker.ui.shell.appearance import apply_appearance

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, theme_name, percent)
        window.resize(*size)
        window.show_page(page)
        settle()
        try:
            return window.grab()
        finally:
            apply_appearance(app, "light", 100)
            window.resize(*SIZE)
            settle()

    return shot


ACCESSIBILITY_SHOTS: list[tuple[str, Shot]] = [
    ("plan-200.png", looked("light", 200, "Plan", (1280, 800))),
    ("chart-200.png", looked("light", 200, "Chart", (1280, 800))),
    ("scans-200.png", looked("light", 200, "Scans", (1280, 800))),
    ("plan-dark.png", looked("dark", 100, "Plan")),
    ("chart-dark.png", looked("dark", 100, "Chart")),
    ("scans-dark.png", looked("dark", 100, "Scans")),
    ("plan-high-contrast.png", looked("high_contrast", 100, "Plan")),
    ("chart-high-contrast.png", looked("high_contrast", 100, "Chart")),
    ("scans-high-contrast.png", looked("high_contrast", 100, "Scans")),
]


SHOTS: list[tuple[str, Shot]] = [*ACCESSIBILITY_SHOTS,
    ("first-run.png", shot_first_run),
    ("main-window.png", shot_main_window),
    ("patient-list.png", shot_patient_list),
    ("patient-dialog.png", shot_patient_dialog),
    ("plan.png", shot_plan),
    ("plan-recommendations.png", shot_plan_recommendations),
    ("chart.png", shot_chart),
    ("chart-bmd.png", shot_chart_bmd),
    ("scans-page.png", shot_scans_page),
    ("workouts.png", shot_workouts),
    ("workouts-strength.png", shot_workouts_strength),
    ("meals.png", shot_meals),
    ("lifestyle.png", shot_lifestyle),
    ("medications.png", shot_medications),
    ("fractures-falls.png", shot_fractures_falls),
    ("measurements.png", shot_measurements),
    ("frax.png", shot_frax),
    ("chart-tug.png", shot_chart_tug),
    ("import-dialog.png", shot_import_dialog),
    ("backup.png", shot_backup),
    ("about.png", shot_about),
    ("settings.png", shot_settings),
]


# -- the report -------------------------------------------------------------------------------
def render_report(db: Database, patient_id: PatientId, target: Path) -> Path:
    """Page 1 of the PDF report as PNG (``pdftoppm`` from poppler-utils, else Qt's own layout)."""
    from bonetracker.ui.report import write_pdf

    pdf, _pages = write_pdf(db, patient_id, Path(_TMP.name) / "report.pdf", as_of=TODAY)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        stem = Path(_TMP.name) / "report-page"
        subprocess.run([pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True)
        shutil.copyfile(stem.with_suffix(".png"), target)
        return target
    print("pdftoppm not found (apt-get install poppler-utils): drawing the report page with Qt",
          file=sys.stderr)
    return _render_report_with_qt(db, patient_id, target)


def _render_report_with_qt(db: Database, patient_id: PatientId, target: Path) -> Path:
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QAbstractTextDocumentLayout

    from bonetracker.services.queries.report_data import report_data
    from bonetracker.ui.report import build_document, chart_image

    data = report_data(db, patient_id, TODAY)
    doc = build_document(data, chart_image(db, patient_id, data.as_of))
    width, height = 700.0, 990.0
    doc.setPageSize(QSizeF(width, height))
    image = QImage(int(width) + 80, int(height) + 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(40, 40)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, 0, width, height)
    painter.setClipRect(context.clip)
    doc.documentLayout().draw(painter, context)
    painter.end()
    image.save(str(target))
    return target


# -- main ---------------------------------------------------------------------------------------
def _patient_order(shot: tuple[str, Shot]) -> int:
    """Default patient's shots first, then the others by name (fewer patient switches)."""
    name = getattr(shot[1], "patient", DEFAULT_PATIENT)
    return 0 if name == DEFAULT_PATIENT else 1 + sorted(DEMO_IDS).index(name)


def reset(window: MainWindow, layout: QByteArray, patient_id: PatientId) -> None:
    """Back to the window as opened: layout, patient, Plan tab, empty forms, T-score chart."""
    from bonetracker.services.queries.chart_series import Metric
    from bonetracker.ui.pages.base.entry_section import EntrySection

    # Empty the forms first: leaving a patient with unsaved edits asks Save / Discard / Cancel.
    for page in window.pages.values():
        for part in (page, *(getattr(page, n, None) for n in ("section", "fractures", "falls"))):
            if isinstance(part, EntrySection):  # the Scans page is one too
                part.new_entry(focus=False)
                part.saved_label.clear()
    meals = window.pages["Meals"]
    meals.items.clear()  # type: ignore[attr-defined]
    meals.item_list.clear()  # type: ignore[attr-defined]
    meals.update_totals()  # type: ignore[attr-defined]
    meals.search.clear()  # type: ignore[attr-defined]
    meals.date.reset()  # type: ignore[attr-defined]
    for form in getattr(window, "unsaved_forms", list)():
        form.discard_changes()
    window.restoreState(layout)
    window.patient_dock.show()
    window.patient_dock.raise_()  # the patient list in front of the caseload tab behind it
    window.ctx.select_patient(patient_id)
    window.database_label.setText(STATUS_TEXT)
    window.pages["Chart"].set_metric(Metric.T_SCORE)  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(0)
    window.pages["Plan"].scroll_area.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]
    settle()


def main(out_dir: Path = OUT_DIR) -> int:
    started = time.perf_counter()
    app = _application()
    freeze_today()
    out_dir.mkdir(parents=True, exist_ok=True)
    db, ids = make_demo_database(Path(_TMP.name) / "demo.sqlite3")
    DEMO_IDS.update(ids)
    written: list[Path] = []
    # One window for every shot: building one costs more than a second with years of logs.
    # Shots are grouped by patient below, and reset() undoes what a shot changed.
    ctx = AppContext(db)
    ctx.select_patient(ids[DEFAULT_PATIENT])  # before the pages are built, so they load once
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.database_label.setText(STATUS_TEXT)
    settle()
    layout = window.saveState()
    watchdog = QTimer()
    watchdog.timeout.connect(close_unexpected_modals)
    watchdog.start(500)
    try:
        for filename, setup in sorted(SHOTS, key=_patient_order):
            shot_started = time.perf_counter()
            reset(window, layout, ids[getattr(setup, "patient", DEFAULT_PATIENT)])
            picture = setup(window)
            settle()
            target = out_dir / filename
            image = picture if isinstance(picture, QPixmap) else picture.grab()
            ok = image.save(str(target))
            for dialog in OPEN_DIALOGS:
                dialog.hide()  # deleted at the end: the import dialog follows patient changes
            if not ok:
                print(f"could not write {target}", file=sys.stderr)
                return 1
            written.append(target)
            if os.environ.get("SHOTS_TIMING"):
                print(f"{filename}: {time.perf_counter() - shot_started:.1f} s", file=sys.stderr)
        written.append(render_report(db, ids[DEFAULT_PATIENT], out_dir / "report-page1.png"))
    finally:
        watchdog.stop()
        while OPEN_DIALOGS:
            dispose(OPEN_DIALOGS.pop())
        window.close()
        window.deleteLater()
        ctx.deleteLater()
        process_deferred_deletes(app)
        db.close()
    for path in sorted(written):
        print(path)
    print(f"{len(written)} images in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 1 if UNEXPECTED else 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR)
    QApplication.processEvents()
    sys.exit(code)
