"""The Measurements page: heights and tests read against their norms with their change, labs
with their reading, FRAX results with the worksheet and "recalculate", inline errors, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from bonetracker.domain.records import PatientId
from bonetracker.services import fractures as fracture_svc
from bonetracker.services import frax as frax_svc
from bonetracker.services import labs as lab_svc
from bonetracker.services import measures as measure_svc
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.settings import set_frax_guideline
from bonetracker.storage.database import Database, open_database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages import PAGES, load_page
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.measures.page import MeasuresPage
from bonetracker.ui.shell.main_window import MainWindow
from bonetracker.ui.widgets.forms import undo_stack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def patient_id(db: Database) -> PatientId:
    p = add_patient(db, parse_patient({"name": "Ada Moreau", "sex": "female", "birth_date": "1950-03-04",
                                       "weight_kg": "61", "height_cm": "162"}))
    assert p.id is not None
    return p.id


def make_page(qtbot, db: Database, patient_id: PatientId) -> MeasuresPage:
    ctx = AppContext(db)
    ctx.select_patient(patient_id)
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, db: Database, patient_id: PatientId) -> MeasuresPage:
    return make_page(qtbot, db, patient_id)


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def row_texts(section: EntrySection) -> list[list[str]]:
    """The table as shown (sorted newest first), cell by cell."""
    proxy = section.proxy
    return [[proxy.data(proxy.index(r, c)) for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def column(section: EntrySection, header: str) -> list[str]:
    headers = [c.header for c in section.model.columns]
    return [row[headers.index(header)] for row in row_texts(section)]


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def log(db: Database, pid: PatientId, kind: str, date: str, value: str, unit: str = "") -> None:
    measure_svc.log_measure(db, measure_svc.parse_measure(
        pid, {"kind": kind, "date": date, "value": value, "unit": unit or None}))


def test_the_page_follows_fractures_and_falls() -> None:
    titles = [title for title, _spec in PAGES]
    assert titles.index("Measurements") == titles.index("Fractures and falls") + 1
    assert load_page(dict(PAGES)["Measurements"]) is MeasuresPage


# -- heights and tests -------------------------------------------------------------------------
def test_a_test_is_saved_reloaded_and_read_against_its_norm(qtbot, db_path: Path, db: Database,
                                                            patient_id) -> None:
    page = make_page(qtbot, db, patient_id)
    s = page.tests
    choose(s.kind_combo, "tug")
    type_into(qtbot, s.date, "2024-05-02")
    type_into(qtbot, s.value, "14")
    type_into(qtbot, s.note, "with a stick")
    with qtbot.waitSignal(s.ctx.data_changed) as changed:
        qtbot.keyClick(s.note, Qt.Key.Key_Return)
    assert changed.args == [ChangeKind.MEASURE.value]
    assert "outside the norm (12 s or more: increased fall risk)" in s.saved_label.text()
    [m] = measure_svc.list_measures(db, patient_id)
    assert (m.kind.value, m.date, m.value, m.unit, m.note) == ("tug", dt.date(2024, 5, 2), 14.0, "s",
                                                               "with a stick")
    # a fresh page on a new connection to the file shows it again, with its norm
    reopened = open_database(f"sqlite:///{db_path}")
    try:
        again = make_page(qtbot, reopened, patient_id)
        shown = row_texts(again.tests)
    finally:
        reopened.close()
    assert shown == [[
        "2024-05-02", "Timed Up and Go", "14 s", "first",
        "outside the norm (12 s or more: increased fall risk)", "with a stick"]]


def test_improvement_is_shown_in_the_direction_the_test_improves(qtbot, db, patient_id) -> None:
    log(db, patient_id, "tug", "2024-01-10", "14.5")
    log(db, patient_id, "tug", "2024-04-10", "11.2")
    log(db, patient_id, "grip", "2024-01-10", "18")
    log(db, patient_id, "grip", "2024-04-10", "15")
    log(db, patient_id, "height", "2023-01-10", "160")
    log(db, patient_id, "height", "2024-04-10", "62", "in")
    page = make_page(qtbot, db, patient_id)
    rows = {(r[0], r[1]): r for r in row_texts(page.tests)}
    tug = rows[("2024-04-10", "Timed Up and Go")]
    assert tug[4].startswith("within the norm") and tug[3] == "−3.3 s, better"
    grip = rows[("2024-04-10", "Grip strength")]
    assert grip[4] == "outside the norm (under 16 kg (female): probable sarcopenia)"
    assert grip[3] == "−3.0 kg, worse"
    height = rows[("2024-04-10", "Height")]
    assert height[2] == "62 in (157.5 cm)" and height[3] == "−2.5 cm" and height[4] == "no norm"


def test_the_chair_stand_norm_depends_on_age_and_sex(qtbot, db, patient_id) -> None:
    log(db, patient_id, "chair_stand_30s", "2024-06-01", "9")  # 74 years old: below 10 stands
    page = make_page(qtbot, db, patient_id)
    assert column(page.tests, "Norm") == [
        "outside the norm (under 10 stands at 74 (female): below average, fall risk)"]


def test_the_unit_list_follows_the_test(qtbot, page: MeasuresPage) -> None:
    s = page.tests
    choose(s.kind_combo, "height")
    assert [s.unit.itemText(i) for i in range(s.unit.count())] == ["cm", "in"]
    choose(s.kind_combo, "gait_speed")
    assert [s.unit.itemText(i) for i in range(s.unit.count())] == ["m/s", "ft/s"]
    assert s.value.placeholderText() == "0.05 to 3 m/s"
    s.unit.setCurrentIndex(1)
    assert s.value.placeholderText().endswith("ft/s")


@pytest.mark.parametrize(("kind", "unit", "value", "field", "message"), [
    ("tug", "s", "0", "value", "must be from 2 to 300 s (got 0)"),
    ("tug", "s", "600", "value", "must be from 2 to 300 s (got 600)"),
    ("grip", "kg", "200", "value", "must be from 0 to 100 kg (got 200)"),
    ("grip", "lb", "230", "value", "must be from 0 to 220.5 lb (got 230)"),
    ("height", "cm", "30", "value", "must be from 50 to 250 cm (got 30)"),
    ("tug", "s", "", "value", "is required (from 2 to 300 s)"),
])
def test_bad_input_is_named_beside_its_field_once_and_nothing_is_saved(
        qtbot, page: MeasuresPage, patient_id, kind, unit, value, field, message) -> None:
    s = page.tests
    choose(s.kind_combo, kind)
    s.unit.setCurrentIndex(s.unit.findText(unit))
    type_into(qtbot, s.value, value)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    label = s.errors.label_for(field)
    assert label.isVisibleTo(s) and message in label.text().lower()
    assert label.text().lower().count(message) == 1
    assert measure_svc.list_measures(s.ctx.db, patient_id) == []


def test_a_date_in_the_future_or_before_birth_is_refused(qtbot, page: MeasuresPage, patient_id) -> None:
    s = page.tests
    choose(s.kind_combo, "tug")
    type_into(qtbot, s.value, "10")
    for day, words in (("2999-01-01", "future"), ("1949-01-01", "birth")):
        type_into(qtbot, s.date, day)
        qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
        label = s.errors.label_for("date")
        assert label.isVisibleTo(s) and words in label.text()
    assert measure_svc.list_measures(s.ctx.db, patient_id) == []


def test_delete_asks_and_undo_restores_the_same_entry(qtbot, page: MeasuresPage, patient_id,
                                                      monkeypatch) -> None:
    log(page.tests.ctx.db, patient_id, "grip", "2024-02-02", "21")
    s = page.tests
    s.ctx.notify_changed(ChangeKind.MEASURE)
    [before] = measure_svc.list_measures(s.ctx.db, patient_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    s.view.selectRow(0)
    s.delete_selected()
    assert measure_svc.list_measures(s.ctx.db, patient_id) == []
    assert row_texts(s) == [] and "Ctrl+Z" in s.saved_label.text()
    undo_stack(s.ctx).undo()
    assert measure_svc.list_measures(s.ctx.db, patient_id) == [before]
    assert column(s, "Result") == ["21 kg"]


def test_an_edit_updates_the_entry(qtbot, page: MeasuresPage, patient_id) -> None:
    log(page.tests.ctx.db, patient_id, "gait_speed", "2024-02-02", "0.7")
    s = page.tests
    s.ctx.notify_changed(ChangeKind.MEASURE)
    s.view.selectRow(0)
    s.edit_selected()
    assert (s.kind_combo.currentData(), s.value.text(), s.unit.currentText()) == ("gait_speed", "0.7", "m/s")
    type_into(qtbot, s.value, "0.95")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    [m] = measure_svc.list_measures(s.ctx.db, patient_id)
    assert m.value == 0.95 and m.version == 2
    assert column(s, "Norm")[0].startswith("within the norm")


def test_visiting_the_page_or_choosing_a_test_is_not_an_unsaved_edit(qtbot, page: MeasuresPage) -> None:
    for section in (page.tests, page.labs, page.frax):
        assert not section.has_unsaved_changes()
    choose(page.tests.kind_combo, "height")
    page.tests.unit.setCurrentIndex(1)
    choose(page.labs.test, "calcium")
    page.frax.with_bmd.toggle()
    assert not any(s.has_unsaved_changes() for s in (page.tests, page.labs, page.frax))
    type_into(qtbot, page.tests.value, "160")
    assert page.tests.has_unsaved_changes()


def test_a_section_that_cannot_save_is_brought_to_the_front(qtbot, page: MeasuresPage) -> None:
    type_into(qtbot, page.labs.value, "-4")
    assert page.tabs.currentWidget() is page.tests
    assert page.labs.save_pending() is False
    assert page.tabs.currentWidget() is page.labs


# -- labs --------------------------------------------------------------------------------------
def test_a_lab_result_in_another_unit_shows_its_reading_and_usual_unit(qtbot, page: MeasuresPage,
                                                                      patient_id) -> None:
    s = page.labs
    page.tabs.setCurrentWidget(s)
    choose(s.test, "vitamin_d_25oh")
    s.unit.setCurrentIndex(s.unit.findText("nmol/L"))
    type_into(qtbot, s.date, "2024-03-01")
    type_into(qtbot, s.value, "40")
    type_into(qtbot, s.range_low, "75")
    type_into(qtbot, s.range_high, "250")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    [r] = lab_svc.list_labs(s.ctx.db, patient_id)
    assert (r.test.value, r.value, r.unit, r.range_low, r.range_high) == ("vitamin_d_25oh", 40.0,
                                                                          "nmol/L", 75.0, 250.0)
    assert row_texts(s) == [["2024-03-01", "25-hydroxyvitamin D", "40 nmol/L (16.0 ng/mL)",
                             "12-20 ng/mL: inadequate for some people", "75–250 nmol/L", ""]]
    assert "inadequate" in s.saved_label.text()


def test_a_lab_result_in_the_usual_unit_is_shown_once(qtbot, page: MeasuresPage, patient_id) -> None:
    page.tabs.setCurrentWidget(page.labs)
    lab_svc.log_lab(page.labs.ctx.db, lab_svc.parse_lab(patient_id, {
        "test": "calcium", "date": "2024-03-01", "value": "10.9", "unit": "mg/dL",
        "range_low": "8.5", "range_high": "10.2"}))
    page.labs.ctx.notify_changed(ChangeKind.LAB)
    assert column(page.labs, "Result") == ["10.9 mg/dL"]
    assert column(page.labs, "Reading") == ["above the lab's range"]


@pytest.mark.parametrize(("field", "text", "message"), [
    ("value", "400", "from 1 to 250 ng/mL"),
    ("range_low", "90", "below range_high"),
])
def test_bad_lab_input_is_named_and_nothing_is_saved(qtbot, page: MeasuresPage, patient_id,
                                                     field, text, message) -> None:
    page.tabs.setCurrentWidget(page.labs)
    s = page.labs
    type_into(qtbot, s.value, "30")
    type_into(qtbot, s.range_high, "50")
    type_into(qtbot, getattr(s, field), text)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    label = s.errors.label_for(field)
    assert message in label.text() and label.text().count(message) == 1
    assert lab_svc.list_labs(s.ctx.db, patient_id) == []


def test_undo_of_a_lab_delete_restores_it(qtbot, page: MeasuresPage, patient_id, monkeypatch) -> None:
    page.tabs.setCurrentWidget(page.labs)
    saved = lab_svc.log_lab(page.labs.ctx.db, lab_svc.parse_lab(patient_id, {
        "test": "egfr", "date": "2024-03-01", "value": "31"}))
    s = page.labs
    s.ctx.notify_changed(ChangeKind.LAB)
    assert column(s, "Reading") == ["below 35: some bone medicines depend on kidney function"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    s.select_entry(saved.id)
    s.delete_selected()
    assert lab_svc.list_labs(s.ctx.db, patient_id) == []
    undo_stack(s.ctx).undo()
    assert lab_svc.list_labs(s.ctx.db, patient_id) == [saved]


# -- FRAX --------------------------------------------------------------------------------------
def test_the_worksheet_is_copied_as_plain_text(qtbot, page: MeasuresPage) -> None:
    s = page.frax
    page.tabs.setCurrentWidget(s)
    items = [s.worksheet.item(i).text() for i in range(s.worksheet.count())]
    assert "Weight: 61.0 kg" in items and "Height: 162.0 cm" in items
    assert "Sex: female" in items
    qtbot.mouseClick(s.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Ada Moreau" in copied and "does not compute FRAX" in copied
    for line in items:
        assert f"\n{line}\n" in copied or copied.endswith(f"{line}\n")
    assert "never computes FRAX" in s.worksheet_box.findChildren(type(s.copied_label))[0].text()


def test_the_worksheet_follows_a_new_height(qtbot, page: MeasuresPage, patient_id) -> None:
    page.tabs.setCurrentWidget(page.frax)
    log(page.frax.ctx.db, patient_id, "height", "2024-01-01", "158")
    page.frax.ctx.notify_changed(ChangeKind.MEASURE)
    items = [page.frax.worksheet.item(i).text() for i in range(page.frax.worksheet.count())]
    assert "Height: 158.0 cm" in items


def test_a_frax_result_is_saved_and_read_with_the_thresholds(qtbot, page: MeasuresPage,
                                                            patient_id) -> None:
    page.tabs.setCurrentWidget(page.frax)
    s = page.frax
    type_into(qtbot, s.date, "2024-05-05")
    choose(s.model_combo, "us")
    s.with_bmd.setChecked(False)
    type_into(qtbot, s.major, "22")
    type_into(qtbot, s.hip, "3.4")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    [r] = frax_svc.list_frax(s.ctx.db, patient_id)
    assert (r.date, r.model, r.with_bmd, r.major, r.hip, r.category) == (
        dt.date(2024, 5, 5), "us", False, 22.0, 3.4, None)
    assert '"weight_kg": 61.0' in r.inputs  # the worksheet it was run on is kept with it
    assert row_texts(s) == [["2024-05-05", "22", "3.4", "up to date",
                             "hip 3.4 % is at or above 3 %; major osteoporotic 22 % is at or above 20 %",
                             "", "US (Caucasian)", "without"]]


def test_a_changed_input_says_recalculate_for_the_latest_result(qtbot, page: MeasuresPage,
                                                               patient_id) -> None:
    page.tabs.setCurrentWidget(page.frax)
    db = page.frax.ctx.db
    for day, major in (("2023-01-01", "12"), ("2024-01-01", "14")):
        frax_svc.log_frax(db, frax_svc.parse_frax(patient_id, {
            "date": day, "model": "us", "with_bmd": "no", "major": major, "hip": "1.5"}))
    fracture_svc.log_fracture(db, fracture_svc.parse_fracture(patient_id, {
        "date": "2024-03-01", "site": "wrist", "low_trauma": True}))
    page.frax.ctx.notify_changed(ChangeKind.FRACTURE)
    assert column(page.frax, "Inputs") == [
        "recalculate: Previous fracture changed", "older result"]


def test_nogg_reads_the_category_and_a_missing_one_is_asked_for(qtbot, page: MeasuresPage,
                                                                patient_id) -> None:
    page.tabs.setCurrentWidget(page.frax)
    set_frax_guideline(page.frax.ctx.db, "nogg")
    page.frax.ctx.notify_changed(ChangeKind.SETTINGS)
    s = page.frax
    assert s.model_combo.currentData() == "uk"
    assert "NOGG 2022 (UK)" in s.guideline_label.text()
    type_into(qtbot, s.major, "9")
    type_into(qtbot, s.hip, "2")
    choose(s.category, "high")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert column(s, "Reading") == ["NOGG category: high risk (above the intervention threshold)"]
    assert column(s, "NOGG") == ["high"]


@pytest.mark.parametrize(("major", "hip", "field", "message"), [
    ("120", "3", "major", "from 0 to 100 %"),
    ("10", "12", "hip", "cannot be above the major osteoporotic probability"),
    ("", "3", "major", "is required"),
])
def test_bad_frax_input_is_named_and_nothing_is_saved(qtbot, page: MeasuresPage, patient_id,
                                                      major, hip, field, message) -> None:
    page.tabs.setCurrentWidget(page.frax)
    s = page.frax
    type_into(qtbot, s.major, major)
    type_into(qtbot, s.hip, hip)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    label = s.errors.label_for(field)
    text = label.text().lower()
    assert label.isVisibleTo(s) and message in text and text.count(message) == 1
    assert frax_svc.list_frax(s.ctx.db, patient_id) == []


def test_undo_of_a_frax_delete_restores_it(qtbot, page: MeasuresPage, patient_id, monkeypatch) -> None:
    page.tabs.setCurrentWidget(page.frax)
    saved = frax_svc.log_frax(page.frax.ctx.db, frax_svc.parse_frax(patient_id, {
        "date": "2024-01-01", "model": "uk", "with_bmd": "yes", "major": "12", "hip": "2"}))
    s = page.frax
    s.ctx.notify_changed(ChangeKind.FRAX)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    s.select_entry(saved.id)
    s.delete_selected()
    assert row_texts(s) == []
    undo_stack(s.ctx).undo()
    assert frax_svc.list_frax(s.ctx.db, patient_id) == [saved]
    assert len(row_texts(s)) == 1


def test_a_test_saved_on_the_page_reaches_the_plan(qtbot, db: Database, patient_id) -> None:
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    window.ctx.select_patient(patient_id)
    plan = window.show_page("Plan")
    page = window.show_page("Measurements")
    assert isinstance(page, MeasuresPage)
    s = page.tests
    choose(s.kind_combo, "tug")
    type_into(qtbot, s.value, "14")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    window.show_page(plan)

    def plan_says() -> str:
        return "\n".join(lb.text() for lb in plan.findChildren(QLabel) if lb.isVisibleTo(plan))

    qtbot.waitUntil(lambda: "TUG (Timed Up and Go) of 14" in plan_says(), timeout=3000)
