"""The Programme page as a physiotherapist uses it: start from a template, add an exercise the
plan restricts (refused until cleared), undo, log a session as prescribed, accept a progression,
and the large-print handout (every item illustrated, no text below 16 pt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextDocument

from bonetracker.domain.intake import week_start
from bonetracker.domain.records import PatientId
from bonetracker.services import fractures, programmes, workouts
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.handout import BODY_PT, build_handout, illustration, render_first_page
from bonetracker.ui.pages.programme.page import ProgrammePage
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def patient_id(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Rosa Diaz", "sex": "female", "birth_date": "1948-05-05"}))
    assert p.id is not None
    fractures.log_fracture(
        db, fractures.parse_fracture(p.id, {"date": "2025-02-01", "site": "vertebra", "low_trauma": True})
    )
    return p.id


@pytest.fixture
def page(qtbot, db: Database, patient_id: PatientId) -> ProgrammePage:
    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def rows(page: ProgrammePage) -> list[str]:
    return [page.items.item(r, 0).text() for r in range(page.items.rowCount())]


def choose(combo, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_start_from_template_then_restricted_exercise_needs_clearance(
    qtbot, page: ProgrammePage, db: Database, patient_id: PatientId
) -> None:
    assert page.title.text() == "No programme yet" and not page.add_button.isEnabled()
    choose(page.template, "vertebral_fracture")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "Strong, steady and straight: after a vertebral fracture"
    assert "Back extension exercises" in rows(page) and "Bodyweight squats" in rows(page)
    before = rows(page)

    choose(page.activity, "Jumping and hopping")
    assert page.restriction.isVisible()
    assert "vertebral fracture is on record (2025-02-01)" in page.restriction.text()
    page.impacts.setText("20")
    page.per_week.setText("3")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    message = page.form_errors.label_for("activity").text()
    assert "vertebral fracture" in message and "supervised or cleared" in message
    assert rows(page) == before  # nothing written
    assert len(programmes.require_programme(db, patient_id).versions) == 1

    page.cleared.setChecked(True)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert rows(page) == [*before, "Jumping and hopping"]
    notes = page.items.item(len(before), 5).text()
    assert "cleared" in notes and "vertebral fracture" in notes

    undo_stack(page.ctx).undo()
    assert rows(page) == before
    undo_stack(page.ctx).redo()
    assert rows(page) == [*before, "Jumping and hopping"]


def test_log_as_prescribed_and_accept_progression(
    qtbot, page: ProgrammePage, db: Database, patient_id: PatientId
) -> None:
    start = dt.date.today() - dt.timedelta(days=10)
    programmes.new_programme(db, patient_id, start=start)
    _, squats = programmes.add_item(
        db, patient_id, {"activity": "Bodyweight squats", "sets": "2", "reps": "8", "per_week": "3"}, on=start
    )
    assert squats.id is not None
    programmes.log_as_prescribed(db, patient_id, start + dt.timedelta(days=1), [squats.id], effort=5)
    page.ctx.notify_changed(ChangeKind.PROGRAMME)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    assert "Logged 1 exercise(s) as prescribed today" in page.status.text()
    logged = [w for w in workouts.list_workouts(db, patient_id) if w.date == dt.date.today()]
    assert [(w.activity, w.sets, w.reps, w.effort) for w in logged] == [("Bodyweight squats", 2, 8, None)]
    undo_stack(page.ctx).undo()
    assert [w for w in workouts.list_workouts(db, patient_id) if w.date == dt.date.today()] == []
    undo_stack(page.ctx).redo()
    assert len([w for w in workouts.list_workouts(db, patient_id) if w.date == dt.date.today()]) == 1
    undo_stack(page.ctx).undo()  # (an effortless session would hold the progression back)

    programmes.log_as_prescribed(db, patient_id, start + dt.timedelta(days=3), [squats.id], effort=6)
    page.ctx.notify_changed(ChangeKind.WORKOUT)
    assert page.proposals_box.isVisible()
    view = page.view
    assert view is not None and len(view.proposals) == 1
    page.accept(view.proposals[0])
    current = programmes.require_programme(db, patient_id).current
    assert current is not None and current.number == 2 and current.items[0].reps == 10
    assert page.items.item(0, 1).text() == "2 x 10"
    assert "Progressed Bodyweight squats to 2 x 10." in page.status.text()
    assert undo_stack(page.ctx).undoText() == "progress Bodyweight squats (Rosa Diaz)"


def test_handout_large_print_with_an_illustration_per_item(
    qtbot, page: ProgrammePage, db: Database, patient_id: PatientId, tmp_path: Path
) -> None:
    programmes.new_programme(db, patient_id, template="osteoporosis")
    current = programmes.require_programme(db, patient_id).current
    assert current is not None and current.items
    doc = build_handout(db, patient_id)
    sizes = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.text().strip():
                fmt: QTextCharFormat = fragment.charFormat()
                sizes.add(fmt.font().pointSizeF())
            it += 1
        block = block.next()
    assert sizes and min(sizes) >= BODY_PT
    for n, item in enumerate(current.items, 1):
        assert illustration(item.activity) is not None, item.activity
        image = doc.resource(QTextDocument.ResourceType.ImageResource, f"exercise:{n}")
        assert image is not None and not image.isNull(), item.activity
    first = render_first_page(db, patient_id)
    inked = sum(
        1
        for y in range(0, first.height(), 4)
        for x in range(0, first.width(), 4)
        if first.pixelColor(x, y).lightness() < 128
    )
    assert inked > 500  # text and drawings, not a blank page
    path = page.save_handout(tmp_path / "handout")
    assert path is not None and path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF")
    assert "Wrote the handout" in page.status.text()


def test_workouts_page_today_box_logs_against_the_programme(
    qtbot, db: Database, patient_id: PatientId
) -> None:
    from bonetracker.ui.pages.workouts.page import WorkoutsPage

    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = WorkoutsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.today.isVisible()  # no programme: no box
    programmes.new_programme(db, patient_id)
    _, squats = programmes.add_item(
        db, patient_id, {"activity": "Bodyweight squats", "sets": "2", "reps": "8", "per_week": "3"}
    )
    ctx.notify_changed(ChangeKind.PROGRAMME)
    assert page.today.isVisible() and page.today.items == (squats,)

    logged = page.today.done_as_prescribed()
    assert [(w.activity, w.programme_item_id) for w in logged] == [("Bodyweight squats", squats.id)]
    assert "0 of 3" not in page.today.grid.itemAtPosition(0, 1).widget().text()
    undo_stack(ctx).undo()
    assert workouts.list_workouts(db, patient_id) == []

    page.section.log_programme_item(squats)
    assert (page.section.sets.text(), page.section.reps.text()) == ("2", "8")
    page.section.reps.setText("6")
    page.section.effort.setText("8")
    page.section.save()
    [saved] = workouts.list_workouts(db, patient_id)
    assert (saved.reps, saved.effort, saved.programme_item_id) == (6, 8, squats.id)


def test_report_shows_the_programme_and_its_adherence(db: Database, patient_id: PatientId) -> None:
    from bonetracker.services.queries.report_data import report_data
    from bonetracker.ui.report import report_html

    assert "Exercise programme" not in report_html(report_data(db, patient_id))
    start = dt.date.today() - dt.timedelta(days=14)
    programmes.new_programme(db, patient_id, name="Back care", start=start)
    programmes.add_item(
        db,
        patient_id,
        {"activity": "Back extension exercises", "sets": "2", "reps": "6", "per_week": "3"},
        on=start,
    )
    programmes.log_as_prescribed(db, patient_id, start)
    html = report_html(report_data(db, patient_id))
    assert "Exercise programme: Back care" in html
    assert "Back extension exercises" in html and "2 x 6" in html
    assert "1 of 3" in html  # the first week's exercises done


def test_chart_data_has_programme_adherence_by_week(db: Database, patient_id: PatientId) -> None:
    import numpy as np

    from bonetracker.services.queries.chart_series import load_chart_data, to_seconds

    start = week_start(dt.date.today()) - dt.timedelta(days=14)
    programmes.new_programme(db, patient_id, start=start)
    raw = {"activity": "Bodyweight squats", "sets": "2", "reps": "8", "per_week": "2"}
    _, squats = programmes.add_item(db, patient_id, raw, on=start)
    assert squats.id is not None
    programmes.log_as_prescribed(db, patient_id, start, [squats.id])
    data = load_chart_data(db, patient_id)
    percent = data.activity.programme_percent
    assert percent is not None and data.targets["programme_percent"] == 100.0
    weeks = list(data.activity.week_x)
    assert percent[weeks.index(to_seconds(start))] == 50.0  # 1 of 2 prescribed that week
    assert percent[weeks.index(to_seconds(start + dt.timedelta(days=7)))] == 0.0
    assert np.isnan(percent[0]) or weeks[0] == to_seconds(start)
    assert data.activity.has("programme_percent")
