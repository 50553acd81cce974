"""Issue 16 item 13: losing the database server mid-import printed a traceback with the bound
parameters (workout notes) on stderr. Errors never carry patient data, and the message is clear."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from bonetracker.cli.common import run_handler
from bonetracker.storage.database import open_database

SECRET = "fell in the shower, told nobody"


def test_database_errors_never_show_the_values_bound(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        with pytest.raises(DBAPIError) as info, db.engine.connect() as conn:
            conn.execute(text("INSERT INTO no_such_table (notes) VALUES (:notes)"), {"notes": SECRET})
        assert SECRET not in str(info.value)
    finally:
        db.close()


def test_a_server_gone_mid_import_is_a_clear_message_without_data(
        capsys: pytest.CaptureFixture[str]) -> None:
    def import_then_lose_the_server(_args: argparse.Namespace) -> int:
        cause = Exception("server closed the connection unexpectedly\n\tThis probably means...")
        raise OperationalError("INSERT INTO workouts (notes) VALUES (%(notes)s)", {"notes": SECRET}, cause)

    code = run_handler(import_then_lose_the_server,
                       argparse.Namespace(db="postgresql+psycopg://clinic@db.example/bonetracker"))
    err = capsys.readouterr().err
    assert code == 2 and "stopped answering (server closed the connection unexpectedly)" in err
    assert SECRET not in err and "INSERT" not in err and "Traceback" not in err
    assert "all or nothing" in err
