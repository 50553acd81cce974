"""Doses in the window: the schedule in the course form, the dose panel (Dose taken, Mark missed,
undo, errors), the Today panel, the patient list's Due column and filter, File > Export
reminders, the chart's dose marks and tray messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QSystemTrayIcon

from bonetracker.domain.doses import add_months
from bonetracker.domain.records import DoseStatus, PatientId, Schedule
from bonetracker.services import doses as dose_svc
from bonetracker.services import medications
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.scans import log_scan, parse_scan
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.chart import ChartView
from bonetracker.ui.pages.medications.page import MedicationsPage
from bonetracker.ui.pages.medications.today import TodayPanel, TrayNotifier
from bonetracker.ui.shell.main_window import MainWindow
from bonetracker.ui.shell.patient_list import PatientListPanel
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                                       extend=True)

TODAY = dt.date.today()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday() + 14)


def person(db: Database, name: str = "Gina Gui") -> PatientId:
    p = add_patient(db, parse_patient({"name": name, "sex": "female", "birth_date": "1947-07-07"}))
    assert p.id is not None
    return p.id


def add_course(db: Database, pid: PatientId, drug: str, start: dt.date, **extra: str) -> None:
    medications.log_medication(db, medications.parse_medication(
        pid, {"drug": drug, "start": start.isoformat(), **extra}))


def page_for(qtbot, db: Database, pid: PatientId) -> MedicationsPage:  # type: ignore[no-untyped-def]
    ctx = AppContext(db)
    ctx.select_patient(pid)
    page = MedicationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def column(page: MedicationsPage, header: str, row: int = 0) -> str:
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())]
    return str(page.proxy.data(page.proxy.index(row, headers.index(header))))


def test_course_form_offers_the_drugs_schedules_and_a_weekday_for_weekly(qtbot, db: Database) -> None:
    pid = person(db)
    page = page_for(qtbot, db, pid)
    page.drug.setCurrentIndex(page.drug.findText("alendronate"))
    assert [page.schedule.itemData(i) for i in range(page.schedule.count())] == ["weekly", "daily"]
    assert page.schedule.currentText() == "weekly (usual)" and page.weekday.isVisibleTo(page)
    page.drug.setCurrentIndex(page.drug.findText("denosumab"))
    assert page.schedule.currentData() == "6-monthly" and not page.schedule.isEnabled()
    assert not page.weekday.isVisibleTo(page)
    page.drug.setCurrentIndex(page.drug.findText("alendronate"))
    page.start.setText(MONDAY.isoformat())
    page.weekday.setCurrentIndex(page.weekday.findData("thu"))
    assert page.save() is not None
    [course] = medications.list_medications(db, pid)
    assert course.schedule is Schedule.WEEKLY and course.weekday == 3
    assert column(page, "Schedule") == "once a week on Thursday"


def test_dose_taken_missed_undo_and_errors_in_the_dose_panel(qtbot, db: Database) -> None:
    pid = person(db)
    add_course(db, pid, "alendronate", MONDAY, schedule="weekly")
    page = page_for(qtbot, db, pid)
    panel = page.doses
    assert panel.course is not None and panel.course.drug == "alendronate"
    assert "How to take it" in panel.advice.text() and "thigh" in panel.advice.text()
    panel.date.setText(MONDAY.isoformat())
    panel.time.setText("06:50")
    with qtbot.waitSignal(page.ctx.data_changed) as changed:
        qtbot.mouseClick(panel.taken_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["dose"]
    assert [(d.date, d.time) for d in dose_svc.list_doses(db, pid)] == [(MONDAY, "06:50")]
    assert column(page, "Last dose") == MONDAY.isoformat()
    assert column(page, "Next due").startswith((MONDAY + dt.timedelta(days=7)).isoformat())
    assert panel.model.rowCount() == 1 and "Recorded" in panel.saved_label.text()
    panel.date.setText((MONDAY + dt.timedelta(days=7)).isoformat())
    panel.missed_button.click()
    assert [d.status for d in dose_svc.list_doses(db, pid)] == [DoseStatus.TAKEN, DoseStatus.MISSED]
    undo_stack(page.ctx).undo()
    assert len(dose_svc.list_doses(db, pid)) == 1 and page.doses.model.rowCount() == 1
    undo_stack(page.ctx).undo()
    assert dose_svc.list_doses(db, pid) == [] and column(page, "Last dose") == ""
    undo_stack(page.ctx).redo()
    assert len(dose_svc.list_doses(db, pid)) == 1
    panel.date.setText((TODAY + dt.timedelta(days=3)).isoformat())
    panel.taken_button.click()
    assert "future" in panel.errors.label_for("date").text()
    panel.date.setText(MONDAY.isoformat())
    panel.taken_button.click()
    assert "one a day at most" in panel.errors.label_for("date").text()
    assert len(dose_svc.list_doses(db, pid)) == 1, "nothing written on an error"
    panel.history.selectRow(0)
    panel.delete_button.click()
    assert dose_svc.list_doses(db, pid) == []
    undo_stack(page.ctx).undo()
    assert len(dose_svc.list_doses(db, pid)) == 1


def test_today_panel_lists_an_overdue_injection_and_records_it(qtbot, db: Database) -> None:
    pid = person(db)
    add_course(db, pid, "denosumab", add_months(TODAY, -8))
    ctx = AppContext(db)
    panel = TodayPanel(ctx)
    qtbot.addWidget(panel)
    panel.flush()
    assert panel.isHidden() and panel.lines() == []  # nobody open: nothing to show
    ctx.select_patient(pid)
    qtbot.waitUntil(lambda: not panel.isHidden(), timeout=2000)  # read a moment after the switch
    assert panel.lines()[0].startswith("denosumab: overdue by")
    how = panel.findChild(QLabel, "today_how")
    assert how is not None and "every 6 months" in how.text()  # how to take it, on the day
    [course] = medications.list_medications(db, pid)
    button = panel.findChild(QPushButton, f"taken_{course.id}")
    assert button is not None and button.text() == "Taken today"
    button.click()
    panel.flush()
    assert [d.date for d in dose_svc.list_doses(db, pid)] == [TODAY]
    assert panel.isHidden(), "the next injection is six months away"
    undo_stack(ctx).undo()
    panel.flush()
    assert dose_svc.list_doses(db, pid) == [] and not panel.isHidden()


def test_today_panel_shows_a_scan_that_is_due(qtbot, db: Database) -> None:
    pid = person(db)
    log_scan(db, parse_scan(pid, {"date": add_months(TODAY, -30).isoformat()},
                            [{"site": "total_hip", "bmd": "0.7"}]))
    ctx = AppContext(db)
    ctx.select_patient(pid)
    panel = TodayPanel(ctx)
    qtbot.addWidget(panel)
    panel.flush()
    # total hip 0.7 g/cm² is T -2.0: an untreated woman is rescanned after 1 year (Gourlay 2012)
    assert panel.lines() == [f"DXA scan overdue since {add_months(TODAY, -18).isoformat()}"]


def test_patient_list_due_column_and_overdue_only(qtbot, db: Database) -> None:
    late = person(db, "Lara Late")
    add_course(db, late, "denosumab", add_months(TODAY, -8))
    person(db, "Nina None")
    panel = PatientListPanel(AppContext(db))
    qtbot.addWidget(panel)
    model = panel.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Due"
    with qtbot.waitSignal(model.dataChanged, timeout=2000):  # filled a moment after the names
        pass
    due = {model.data(model.index(r, 0)): model.data(model.index(r, 4)) for r in range(model.rowCount())}
    assert due["Lara Late"].startswith("denosumab ") and due["Nina None"] == ""
    font = model.data(model.index(0, 4), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold(), "urgent: more than 7 months after the last injection"
    panel.overdue_only.setChecked(True)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Lara Late"]
    dose_svc.record_dose(db, late, {"drug": "denosumab", "date": TODAY.isoformat()})
    panel.ctx.notify_changed(ChangeKind.DOSE)
    assert model.rowCount() == 0 and "Nobody has an overdue dose" in panel.status.text()


def test_file_export_reminders_writes_a_calendar(qtbot, db: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pid = person(db)
    add_course(db, pid, "alendronate", MONDAY, schedule="weekly")
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.ctx.select_patient(pid)
    target = tmp_path / "mine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.reminders_action is not None
    window.reminders_action.trigger()
    assert b"RRULE:FREQ=WEEKLY;BYDAY=MO" in target.read_bytes()
    assert "Wrote 1 reminder" in window.statusBar().currentMessage()
    assert window.tray is None or QSystemTrayIcon.isSystemTrayAvailable()


def test_chart_marks_doses_taken_and_missed(qtbot, db: Database) -> None:
    pid = person(db)
    log_scan(db, parse_scan(pid, {"date": (MONDAY - dt.timedelta(days=400)).isoformat()},
                            [{"site": "total_hip", "bmd": "0.7"}]))
    add_course(db, pid, "alendronate", MONDAY, schedule="weekly")
    add_course(db, pid, "vitamin D", MONDAY)
    for day, status in ((MONDAY, "taken"), (MONDAY + dt.timedelta(days=7), "missed")):
        dose_svc.record_dose(db, pid, {"drug": "alendronate", "date": day.isoformat(), "status": status})
    dose_svc.record_dose(db, pid, {"drug": "vitamin D", "date": MONDAY.isoformat()})  # not marked
    ctx = AppContext(db)
    view = ChartView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    ctx.select_patient(pid)
    qtbot.waitUntil(lambda: "taken" in view.plots.drawn.doses, timeout=3000)
    taken = view.plots.drawn.doses["taken"].getData()[0]
    missed = view.plots.drawn.doses["missed"].getData()[0]
    assert len(taken) == 1 and len(missed) == 1 and missed[0] - taken[0] == 7 * 86_400


def test_tray_messages_once_a_day_per_patient(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = person(db)
    add_course(db, pid, "denosumab", add_months(TODAY, -8))
    ctx = AppContext(db)
    ctx.select_patient(pid)
    panel = TodayPanel(ctx)
    qtbot.addWidget(panel)
    shown: list[tuple[str, str]] = []
    icon = QSystemTrayIcon(panel)
    monkeypatch.setattr(icon, "showMessage", lambda title, text, *_a: shown.append((title, text)))
    action = QAction(panel)
    action.setCheckable(True)
    action.setChecked(True)
    TrayNotifier(panel, icon, action)
    panel.flush()  # the notifier speaks when the panel has read what is due
    assert shown and shown[0][0] == "BoneTracker: dose overdue"
    assert "denosumab: overdue by" in shown[0][1]
    panel.refresh()
    assert len(shown) == 1, "once a day per patient"
    action.setChecked(False)
    ctx.select_patient(None)
    ctx.select_patient(pid)
    panel.flush()
    assert len(shown) == 1
    if not QSystemTrayIcon.isSystemTrayAvailable():
        assert TrayNotifier.create(panel, action) is None


def test_today_panel_shows_the_plans_own_courses_without_reading_again(
        qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from bonetracker.ui.pages.plan.pane import PlanPane

    pid = person(db)
    add_course(db, pid, "denosumab", add_months(TODAY, -8))
    ctx = AppContext(db)
    panel = TodayPanel(ctx)
    plan = PlanPane(ctx)
    qtbot.addWidget(panel)
    qtbot.addWidget(plan)
    plan.show()
    ctx.select_patient(pid)

    def no_reading(*_args: object) -> None:
        raise AssertionError("the panel read the database although the plan had the answer")

    monkeypatch.setattr(dose_svc, "statuses", no_reading)
    plan.refresh()  # what the plan's own timer does a moment after the switch
    assert not panel.isHidden() and panel.lines()[0].startswith("denosumab: overdue by")
    qtbot.wait(150)  # the panel's own delayed read was cancelled by the plan


def test_report_lists_doses_and_how_to_take_them(db: Database) -> None:
    from bonetracker.services.queries.report_data import report_data
    from bonetracker.ui.report import report_html

    pid = person(db)
    add_course(db, pid, "alendronate", MONDAY, schedule="weekly")
    dose_svc.record_dose(db, pid, {"drug": "alendronate", "date": MONDAY.isoformat()})
    html = report_html(report_data(db, pid, TODAY))
    assert "Doses" in html and "once a week on Monday" in html and MONDAY.isoformat() in html
    assert "How to take your medicines" in html and "plain water" in html
    assert "Shane et al." in html and "Khan et al." in html  # the rare effects, with sources
