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

from sqlalchemy import Connection, inspect, text

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
