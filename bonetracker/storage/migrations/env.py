"""Alembic environment: runs on the connection the app hands over (see storage/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bonetracker.storage.models import Base

target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    from bonetracker.storage.database import create_engine_for, resolve_url

    engine = create_engine_for(context.config.get_main_option("sqlalchemy.url") or resolve_url())
    with engine.begin() as conn:
        run_migrations(conn)
else:
    run_migrations(connection)
