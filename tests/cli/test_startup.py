"""The garbage collector is paused while the app starts and always comes back afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bonetracker import startup
from bonetracker.cli import main


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_block_resumes_and_freezes_what_it_built() -> None:
    before = gc.get_freeze_count()
    with startup.collector_paused():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)
    gc.unfreeze()


def test_collector_comes_back_when_start_up_fails() -> None:
    with pytest.raises(RuntimeError), startup.collector_paused():
        raise RuntimeError("the window could not be built")
    assert gc.isenabled()
    gc.unfreeze()


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    with startup.collector_paused():
        pass
    assert not gc.isenabled()


@pytest.mark.parametrize("args", [["patients", "list"],
                                  ["patients", "add", "--name", "Ann", "--sex", "female",
                                   "--birth-date", "not a date"]])
def test_every_command_runs_with_the_collector_on(tmp_path: Path, args: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    import bonetracker.cli as cli

    real = cli.run_handler
    monkeypatch.setattr(cli, "run_handler", lambda *a: (seen.append(gc.isenabled()), real(*a))[1])
    main([*args, "--db", str(tmp_path / "t.sqlite3")])
    assert seen == [True] and gc.isenabled()
    gc.unfreeze()


def test_bad_arguments_leave_the_collector_on() -> None:
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert gc.isenabled()
    gc.unfreeze()


def test_the_entry_point_pauses_before_importing_the_command_line() -> None:
    """``bonetracker`` = entry.main: the collector is already off while SQLAlchemy and the
    sub-commands are imported, and on again when a command runs."""
    import subprocess
    import sys

    code = ("import gc, sys, bonetracker.entry as e, bonetracker.startup as s\n"
            "assert 'sqlalchemy' not in sys.modules, 'imported before the pause'\n"
            "seen = []\n"
            "real = s.resume_collector\n"
            "s.resume_collector = lambda: (seen.append('sqlalchemy' in sys.modules), real())\n"
            "import bonetracker.cli as cli\n"
            "cli.resume_collector = s.resume_collector\n"
            "sys.argv = ['bonetracker', '--version']\n"
            "try:\n    e.main()\nexcept SystemExit:\n    pass\n"
            "print(seen, gc.isenabled())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("[True] True"), out.stdout + out.stderr


@pytest.mark.parametrize(("argv", "expected"), [
    ([], "default"), (["--db", "/tmp/x.sqlite3"], "/tmp/x.sqlite3"),
    (["--db=/tmp/y.sqlite3"], "/tmp/y.sqlite3"), (["patients", "list"], None),
    (["--help"], None), (["--db", "postgresql://h/db"], None), (["--db", "sqlite://"], None),
    (["--version"], None), (["--self-test"], None),
])
def test_the_window_database_is_found_before_the_command_line_is_imported(
        argv: list[str], expected: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    from bonetracker.entry import window_database
    from bonetracker.storage.database import resolve_url, sqlite_path

    monkeypatch.delenv("BONETRACKER_DATABASE_URL", raising=False)
    found = window_database(argv)
    if expected == "default":
        assert found == sqlite_path(resolve_url(None))  # the authority agrees
    else:
        assert found == (Path(expected) if expected else None)


def test_the_entry_point_starts_checking_the_window_database(tmp_path: Path) -> None:
    from bonetracker import entry
    from bonetracker.storage import integrity
    from bonetracker.storage.database import open_database

    path = tmp_path / "w.sqlite3"
    open_database(f"sqlite:///{path}").close()
    entry.prepare(["--db", str(path)])
    startup.resume_collector()
    assert path.absolute() in integrity._started
    open_database(f"sqlite:///{path}").close()  # takes the early result
    assert path.absolute() not in integrity._started
    gc.unfreeze()


@pytest.mark.parametrize("name", ["odd?name.sqlite3", "per%20cent.sqlite3", "hash#tag.sqlite3"])
def test_a_plain_db_path_is_always_that_file(tmp_path, capsys, name: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 16 item 11: '?' and '%xx' in a path were read as URL syntax (another file written)."""
    from bonetracker.cli import main

    path = tmp_path / name
    assert main(["patients", "add", "--name", "Ann Path", "--sex", "female", "--birth-date",
                 "1950-01-01", "--db", str(path)]) == 0
    assert path.exists() and sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3") == [name]
    capsys.readouterr()
    assert main(["patients", "list", "--db", str(path)]) == 0
    assert "Ann Path" in capsys.readouterr().out


@pytest.mark.parametrize(("db", "says"), [("", "--db is empty"), ("sqlite://", "in-memory"),
                                          ("sqlite:///:memory:", "in-memory")])
def test_an_empty_or_in_memory_db_is_refused(capsys, db: str, says: str) -> None:  # type: ignore[no-untyped-def]
    from bonetracker.cli import main

    assert main(["patients", "list", "--db", db]) == 2
    assert says in capsys.readouterr().err
