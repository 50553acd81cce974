"""Clinic-wide settings: JSON text under a key, so every workstation of a facility agrees."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bonetracker.storage.models import SettingRow


def get_value(session: Session, key: str) -> str | None:
    """The stored JSON text of ``key``, or None when it was never set."""
    row = session.get(SettingRow, key)
    return row.value if row else None


def set_value(session: Session, key: str, value: str) -> None:
    """Store ``value`` (JSON text) under ``key``, replacing any earlier value."""
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
