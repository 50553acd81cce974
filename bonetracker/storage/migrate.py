"""Alembic, driven from code: the app upgrades its schema to head on start.

Alembic itself is imported only when a migration actually runs: opening an up-to-date
database (every start but the first after an upgrade) reads the revision from the
``versions/`` file names, which saves a third of a second of start-up. Revision ids are the
file-name prefixes (``0002_food_database.py`` is revision ``0002``), a convention a test checks
against Alembic's own view.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision this BoneTracker knows, oldest first (the chain is linear)."""
    files = (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")
    return tuple(sorted(p.name.split("_", 1)[0] for p in files))


def head_revision() -> str:
    return known_revisions()[-1]


def is_known_revision(revision: str) -> bool:
    return revision in known_revisions()


def current_revision_of(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    """Migrate in one transaction; on SQLite with foreign-key actions switched off meanwhile.

    SQLite cannot alter most things, so Alembic's batch mode copies a table and drops the old
    one, and with foreign keys on, that DROP would cascade-delete every child row. The pragma
    only takes effect outside a transaction, so it is set on the raw connection before BEGIN,
    and the result is checked with ``foreign_key_check`` before the commit.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                upgrade(conn, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} dangling references")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
