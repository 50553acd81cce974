"""``bonetracker meds dose|undo-dose|doses|calendar`` and ``meds add --schedule``: exit 2 with the
field named and nothing written on bad input; the plan JSON's urgent denosumab item."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from bonetracker.cli import main
from bonetracker.domain.doses import add_months

TODAY = dt.date.today()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday() + 21)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "doses.sqlite3"
    assert run(capsys, path, "patients", "add", "--name", "Mia Meds", "--sex", "female",
               "--birth-date", "1951-03-03")[0] == 0
    return path


def doses(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    code, out, _ = run(capsys, db, "meds", "doses", "--patient", "Mia Meds", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_schedules_on_add(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, db, "meds", "add", "--patient", "Mia Meds", "--drug", "alendronate",
                       "--start", MONDAY.isoformat(), "--schedule", "weekly", "--weekday", "thu")
    assert code == 0 and "once a week on Thursday" in out
    code, out, _ = run(capsys, db, "meds", "add", "--patient", "Mia Meds", "--drug", "zoledronic acid",
                       "--start", MONDAY.isoformat())
    assert code == 0 and "once a year" in out, "the only schedule is the default"
    for args, field, words in (
            (("--drug", "denosumab", "--schedule", "weekly"), "schedule", "only 6-monthly"),
            (("--drug", "raloxifene", "--schedule", "fortnightly"), "schedule", "must be one of"),
            (("--drug", "risedronate", "--schedule", "monthly", "--weekday", "mon"), "weekday",
             "only for weekly"),
            (("--drug", "risedronate", "--weekday", "someday"), "weekday", "mon, tue")):
        code, _, err = run(capsys, db, "meds", "add", "--patient", "Mia Meds", "--start",
                           MONDAY.isoformat(), *args)
        assert code == 2 and f"{field}: " in err and words in err, err
    listed = json.loads(run(capsys, db, "meds", "list", "--patient", "Mia Meds", "--json")[1])
    assert [(c["drug"], c["schedule"], c["weekday"]) for c in listed["medications"]] == [
        ("alendronate", "weekly", "thu"), ("zoledronic acid", "yearly", None)]


def test_dose_log_bad_input_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    run(capsys, db, "meds", "add", "--patient", "Mia Meds", "--drug", "alendronate",
        "--start", MONDAY.isoformat(), "--end", (MONDAY + dt.timedelta(days=14)).isoformat())
    code, out, _ = run(capsys, db, "meds", "dose", "--patient", "Mia Meds", "--drug", "alendronate",
                       "--date", MONDAY.isoformat(), "--time", "07:05", "--note", "fasting")
    assert code == 0 and out.startswith("Recorded: alendronate dose of Mia Meds")
    cases = [
        (("--date", (MONDAY - dt.timedelta(days=1)).isoformat()), "date: cannot be before the start"),
        (("--date", (MONDAY + dt.timedelta(days=15)).isoformat()), "date: cannot be after the end"),
        (("--date", (TODAY + dt.timedelta(days=2)).isoformat()), "date: cannot be in the future"),
        (("--date", MONDAY.isoformat()), "date: a dose of alendronate is already taken"),
        (("--date", MONDAY.isoformat(), "--missed"), "one a day at most"),
        (("--date", MONDAY.isoformat(), "--time", "7h"), "time: must be a time as HH:MM"),
    ]
    for args, message in cases:
        code, _, err = run(capsys, db, "meds", "dose", "--patient", "Mia Meds", "--drug", "alendronate",
                           *args)
        assert code == 2 and message in err and "nothing was changed" in err, (args, err)
    code, _, err = run(capsys, db, "meds", "dose", "--patient", "Mia Meds", "--drug", "raloxifene",
                       "--date", MONDAY.isoformat())
    assert code == 2 and "drug: has no course" in err
    logged = doses(capsys, db)["doses"]
    assert [(d["date"], d["time"], d["status"], d["note"]) for d in logged] == [  # type: ignore[index]
        (MONDAY.isoformat(), "07:05", "taken", "fasting")]


def test_missed_and_undo(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    run(capsys, db, "meds", "add", "--patient", "Mia Meds", "--drug", "alendronate", "--start",
        MONDAY.isoformat())
    day = (MONDAY + dt.timedelta(days=7)).isoformat()
    assert run(capsys, db, "meds", "dose", "--patient", "Mia Meds", "--drug", "alendronate",
               "--date", day, "--missed")[1].startswith("Marked missed")
    data = doses(capsys, db)
    assert data["doses"][0]["status"] == "missed"  # type: ignore[index]
    assert data["courses"][0]["next_due"] == (MONDAY + dt.timedelta(days=14)).isoformat()  # type: ignore[index]
    code, out, _ = run(capsys, db, "meds", "undo-dose", "--patient", "Mia Meds", "--drug", "alendronate",
                       "--date", day)
    assert code == 0 and "Removed" in out and doses(capsys, db)["doses"] == []
    code, _, err = run(capsys, db, "meds", "undo-dose", "--patient", "Mia Meds", "--drug", "alendronate",
                       "--date", day)
    assert code == 2 and "No alendronate dose" in err


def test_plan_json_urgent_denosumab_and_calendar(capsys: pytest.CaptureFixture[str], db: Path,
                                                tmp_path: Path) -> None:
    start = add_months(TODAY, -20)
    last = add_months(TODAY, -7) - dt.timedelta(days=15)
    run(capsys, db, "meds", "add", "--patient", "Mia Meds", "--drug", "denosumab",
        "--start", start.isoformat())
    for day in (start, last):
        assert run(capsys, db, "meds", "dose", "--patient", "Mia Meds", "--drug", "denosumab",
                   "--date", day.isoformat())[0] == 0
    plan = json.loads(run(capsys, db, "plan", "--patient", "Mia Meds", "--json")[1])
    first = plan["recommendations"][0]
    assert first["id"] == "dose_overdue" and first["priority"] == 1
    [course] = plan["medications"]
    assert course["drug"] == "denosumab" and course["adherence"]["adherent_90"] is False
    assert course["last_dose"] == last.isoformat() and course["overdue_days"] > 0
    out_file = tmp_path / "doses.ics"
    code, out, _ = run(capsys, db, "meds", "calendar", "--patient", "Mia Meds", "--out", str(out_file))
    assert code == 0 and "Wrote 1 reminder" in out
    [event] = Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    day = TODAY.day  # overdue: the reminders run from today, every 6 months
    by_day = f"BYMONTHDAY={day}" if day <= 28 else \
        "BYMONTHDAY=" + ",".join(map(str, range(28, day + 1))) + ";BYSETPOS=-1"
    assert event["rrule"].to_ical().decode() == f"FREQ=MONTHLY;INTERVAL=6;{by_day}"
    assert event["dtstart"].dt.date() == TODAY
