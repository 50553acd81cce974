"""``bonetracker programme ...`` as a physiotherapist types it: the JSON contract, the restricted
item refused without --cleared (exit 2, nothing written), logging, progression and the handout."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bonetracker.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "bt.sqlite3"
    assert (
        main(
            [
                "patients",
                "add",
                "--name",
                "Vera Holm",
                "--sex",
                "female",
                "--birth-date",
                "1944-02-02",
                "--db",
                str(path),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "fractures",
                "add",
                "--patient",
                "Vera Holm",
                "--date",
                "2024-03-01",
                "--site",
                "vertebra",
                "--db",
                str(path),
            ]
        )
        == 0
    )
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    code, out, _ = run(capsys, db, "programme", "show", "--patient", "Vera Holm", "--json")
    assert code == 0
    programme: dict[str, object] = json.loads(out)["programme"]
    return programme


def test_programme_commands_end_to_end(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    start = (dt.date.today() - dt.timedelta(days=9)).isoformat()
    code, out, _ = run(
        capsys,
        db,
        "programme",
        "new",
        "--patient",
        "Vera Holm",
        "--template",
        "vertebral_fracture",
        "--start",
        start,
    )
    assert code == 0 and "with 6 item(s)" in out
    code, _, err = run(
        capsys,
        db,
        "programme",
        "add-item",
        "--patient",
        "Vera Holm",
        "--activity",
        "sit-ups and crunches",
        "--sets",
        "2",
        "--reps",
        "10",
        "--per-week",
        "2",
    )
    assert code == 2
    assert (
        "activity: Sit-ups and crunches loads the spine in flexion and a vertebral fracture is on record"
        in err
    )
    assert "supervised or cleared" in err
    programme = show(capsys, db)
    versions = programme["versions"]
    assert isinstance(versions, list) and len(versions) == 1 and len(versions[0]["items"]) == 6

    code, out, _ = run(
        capsys,
        db,
        "programme",
        "add-item",
        "--patient",
        "Vera Holm",
        "--activity",
        "Jumping and hopping",
        "--impacts",
        "20",
        "--per-week",
        "2",
        "--cleared",
    )
    assert code == 0 and "Added Jumping and hopping (20 impacts, 2 a week)" in out
    programme = show(capsys, db)
    versions = programme["versions"]
    assert isinstance(versions, list) and [v["number"] for v in versions] == [1, 2]
    items = versions[-1]["items"]
    jump = items[-1]
    assert jump["activity"] == "Jumping and hopping" and jump["cleared"] is True
    assert "vertebral fracture" in jump["restrictions"][0]
    assert set(items[0]) >= {
        "id",
        "activity",
        "dose",
        "sets",
        "reps",
        "load_kg",
        "minutes",
        "impacts",
        "per_week",
        "progression",
        "cues",
        "supervised",
        "cleared",
    }
    squats = next(i for i in items if i["activity"] == "Bodyweight squats")

    today = dt.date.today().isoformat()
    assert run(capsys, db, "programme", "log", "--patient", "Vera Holm", "--effort", "4")[0] == 0
    code, out, _ = run(
        capsys,
        db,
        "workouts",
        "add",
        "--patient",
        "Vera Holm",
        "--date",
        today,
        "--activity",
        "bodyweight squats",
        "--minutes",
        "10",
        "--sets",
        "2",
        "--reps",
        "6",
        "--effort",
        "5",
        "--programme-item",
        str(squats["id"]),
    )
    assert code == 0
    code, _, err = run(
        capsys,
        db,
        "workouts",
        "add",
        "--patient",
        "Vera Holm",
        "--date",
        today,
        "--activity",
        "walking",
        "--minutes",
        "10",
        "--programme-item",
        str(squats["id"]),
    )
    assert code == 2 and "programme_item: item" in err and "is Bodyweight squats, not Walking" in err

    programme = show(capsys, db)
    adherence = programme["adherence"]
    assert isinstance(adherence, list) and adherence
    this_week = adherence[-1]
    assert set(this_week) == {
        "week_start",
        "version",
        "sessions_done",
        "sessions_prescribed",
        "items_done",
        "items_prescribed",
        "percent",
    }
    assert this_week["items_done"] >= 7
    proposals = programme["proposals"]
    assert isinstance(proposals, list)
    [proposal] = [p for p in proposals if p["item_id"] == squats["id"]]
    assert proposal["current"] == "2 x 6" and proposal["proposed"] == "2 x 8"
    code, out, _ = run(
        capsys, db, "programme", "progress", "--patient", "Vera Holm", "--item", str(squats["id"]), "--accept"
    )
    assert code == 0 and "Bodyweight squats is now 2 x 8" in out
    assert [v["number"] for v in show(capsys, db)["versions"]] == [1, 2, 3]  # type: ignore[index]

    out_pdf = tmp_path / "handout.pdf"
    code, out, _ = run(capsys, db, "programme", "handout", "--patient", "Vera Holm", "--out", str(out_pdf))
    assert code == 0 and out_pdf.read_bytes().startswith(b"%PDF") and "Wrote the programme handout" in out
    assert (
        run(capsys, db, "programme", "handout", "--patient", "Vera Holm", "--out", str(tmp_path / "x.txt"))[0]
        == 2
    )

    code, out, _ = run(capsys, db, "plan", "--patient", "Vera Holm", "--json")
    assert code == 0 and json.loads(out)["programme"]["weeks"] >= 1


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("programme", "add-item", "--activity", "Walking", "--per-week", "2"), "give a dose"),
        (
            ("programme", "add-item", "--activity", "Walking", "--minutes", "20", "--per-week", "30"),
            "from 1 to 14",
        ),
        (("programme", "show", "--as-of", "2024-02-30"), "as_of"),
        (("programme", "progress", "--item", "999", "--accept"), "No progression is proposed"),
    ],
)
def test_bad_input_exits_2(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], fragment: str
) -> None:
    assert run(capsys, db, "programme", "new", "--patient", "Vera Holm")[0] == 0
    code, _, err = run(capsys, db, *args, "--patient", "Vera Holm")
    assert code == 2 and fragment in err


def test_show_without_a_programme(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "programme", "show", "--patient", "Vera Holm")
    assert code == 2 and "has no programme yet" in err
