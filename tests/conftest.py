"""Shared fixtures: offscreen Qt, a fresh migrated database per test, tidy widget teardown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings fixes its folder at first use in a process: point it at a private folder before any
# Qt code runs, so test runs never touch the user's settings or each other's.
import tempfile

os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bonetracker-test-config-")
# Units and date formats default from the system locale (ft/in and lb in the US): fix it, so a
# machine's LANG cannot change what the tests see; tests that need a locale name one.
os.environ["LC_ALL"] = "C.UTF-8"

from collections.abc import Iterator
from pathlib import Path

import pytest

from bonetracker.storage.database import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's real data folder, QSettings and env overrides."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("BONETRACKER_DATABASE_URL", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _guard_pyside_refcounts() -> None:
    """PySide6 6.12 on Python 3.11 leaks references to None/True (see ui/refcount_guard.py)."""
    from bonetracker.ui.refcount_guard import protect_singletons

    protect_singletons()


@pytest.fixture(autouse=True)
def _fresh_qsettings(_isolated_settings: None) -> None:
    """QSettings fixes its folder once per process, so empty BoneTracker's store per test."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings("BoneTracker", "BoneTracker").clear()


@pytest.fixture(autouse=True)
def _iso_dates_and_canonical_units() -> Iterator[None]:
    """A test that installs the locale's date format or chosen units leaves ISO and SI behind."""
    yield
    import sys

    from bonetracker.domain import i18n
    from bonetracker.domain.measures import shown

    i18n.set_date_formatter(None)
    shown.set_chosen_units(None)
    if "bonetracker.ui.widgets.dates" in sys.modules:
        sys.modules["bonetracker.ui.widgets.dates"].uninstall_date_format()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bonetracker.sqlite3"


@pytest.fixture
def db(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    database = _open_copy(migrated_template, db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty database migrated to head; tests get a copy instead of re-running Alembic.

    Opening the copy still goes through open_database (its checks and pragmas); only the
    migrations, identical for every test, are done once per session.
    """
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="session")
def seeded_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated template with the SR28 food table seeded: seeding takes ~0.3 s, so food and
    meal tests copy this file instead of seeding their own."""
    from bonetracker.services.foods import ready

    path = tmp_path_factory.mktemp("seeded") / "seeded.sqlite3"
    database = _open_copy(migrated_template, path)
    ready(database)
    database.close()
    return path


@pytest.fixture
def seeded_db(db_path: Path, seeded_template: Path) -> Iterator[Database]:
    """A private database of this test's, with the food table seeded."""
    database = _open_copy(seeded_template, db_path)
    yield database
    database.close()


def _open_copy(template: Path, target: Path) -> Database:
    import os
    import shutil

    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
    return open_database(f"sqlite:///{target}")


@pytest.fixture(scope="session", autouse=True)
def _close_widgets_at_exit() -> Iterator[None]:
    """Close and delete leftover top-level widgets: linked pyqtgraph views crash at exit otherwise."""
    yield
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # pragma: no cover
        return
    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[Database]:
    """A migrated database on the PostgreSQL server that ``.ci/with-postgres`` started.

    Without a server the PostgreSQL cases are skipped locally, but fail in CI
    (BONETRACKER_REQUIRE_POSTGRES=1), so a broken server never passes as green.
    """
    url = os.environ.get("BONETRACKER_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("BONETRACKER_REQUIRE_POSTGRES"):
            pytest.fail("BONETRACKER_REQUIRE_POSTGRES is set but no PostgreSQL URL was given")
        pytest.skip("no PostgreSQL server: run 'make test-postgres'")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"bonetracker_test_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(make_url(url).set(database=name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty_postgres(database: Database) -> None:
    """Start each test from an empty schema, keeping the seeded USDA foods (slow to reload)."""
    from sqlalchemy import text

    from bonetracker.storage.models import Base

    keep = {"foods", "food_portions"}
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name not in keep)
    with database.write() as s:
        s.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        s.execute(text("DELETE FROM foods WHERE source <> 'usda'"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend_db(request: pytest.FixtureRequest, db_path: Path, migrated_template: Path
               ) -> Iterator[Database]:
    """The same test on SQLite and on PostgreSQL (when a server is available)."""
    if request.param == "sqlite":
        database = _open_copy(migrated_template, db_path)
        yield database
        database.close()
        return
    database = request.getfixturevalue("postgres_database")
    _empty_postgres(database)
    yield database
