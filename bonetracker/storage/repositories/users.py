"""Clinic-mode users as domain records; password hashes are read only by :func:`password_hash`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bonetracker.domain.clinic import Role, User, UserId
from bonetracker.storage.models import UserRow


def to_domain(row: UserRow) -> User:
    return User(UserId(row.id), row.name, Role(row.role), row.disabled)


def _row(session: Session, name: str) -> UserRow | None:
    query = select(UserRow).where(func.lower(UserRow.name) == name.strip().lower())
    return session.scalars(query).first()


def find(session: Session, name: str) -> User | None:
    row = _row(session, name)
    return to_domain(row) if row is not None else None


def list_all(session: Session) -> list[User]:
    return [to_domain(r) for r in session.scalars(select(UserRow).order_by(func.lower(UserRow.name)))]


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(UserRow)) or 0)


def add(session: Session, name: str, role: Role, password_hash: str) -> User:
    row = UserRow(
        name=name.strip(),
        role=role.value,
        password_hash=password_hash,
        disabled=False,
        failed_attempts=0,
        created=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    session.add(row)
    session.flush()
    return to_domain(row)


def password_hash(session: Session, name: str) -> tuple[User, str, int] | None:
    """The user, their stored hash and failed attempts so far (for signing in only)."""
    row = _row(session, name)
    return (to_domain(row), row.password_hash, row.failed_attempts) if row is not None else None


def record_attempt(session: Session, name: str, success: bool) -> None:
    row = _row(session, name)
    if row is not None:
        row.failed_attempts = 0 if success else row.failed_attempts + 1


def set_disabled(session: Session, name: str, disabled: bool) -> User | None:
    row = _row(session, name)
    if row is None:
        return None
    row.disabled = disabled
    session.flush()
    return to_domain(row)


def set_password(session: Session, name: str, password_hash: str) -> User | None:
    row = _row(session, name)
    if row is None:
        return None
    row.password_hash = password_hash
    row.failed_attempts = 0
    session.flush()
    return to_domain(row)
