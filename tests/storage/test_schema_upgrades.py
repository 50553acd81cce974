"""Every released schema, with data in every table, upgrades to head with all rows intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bonetracker.storage.database import open_database
from bonetracker.storage.migrate import head_revision
from tests.fixtures.make_schema_fixtures import RELEASED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _rows(path: Path, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        cols = ", ".join(f'"{c}"' for c in columns)
        return conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY 1').fetchall()


@pytest.mark.parametrize(("revision", "rows"), list(RELEASED.items()))
def test_released_schema_upgrades_with_rows_intact(
    tmp_path: Path, revision: str, rows: dict[str, list[dict[str, object]]]
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema-{revision}.sqlite3", path)
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    for table, expected in rows.items():
        columns = list(expected[0])
        assert _rows(path, table, columns) == [tuple(r.values()) for r in expected], table
    if revision != head_revision():
        assert list(tmp_path.glob("old.sqlite3.pre-migration-*")), "a backup is taken before migrating"


def test_file_name_revisions_match_alembic() -> None:
    """The fast start-up path reads revisions from file names; Alembic must agree."""
    from alembic.script import ScriptDirectory

    from bonetracker.storage.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == known_revisions()
    assert script.get_current_head() == head_revision()


def test_courses_recorded_before_schedules_get_their_drugs_default(tmp_path: Path) -> None:
    """0011: the released course (alendronate) follows its usual weekly schedule after the
    upgrade, and the dose log starts empty."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0004.sqlite3", path)
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT drug, schedule, weekday FROM medication_courses").fetchall() == [
            ("alendronate", "weekly", None)]
        assert conn.execute("SELECT count(*) FROM doses").fetchone()[0] == 0
        autoincrement = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'doses'").fetchone()[0]
    assert "AUTOINCREMENT" in autoincrement.upper(), "an undone delete gets its id back"
