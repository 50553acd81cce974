"""Clinic mode: workstation users who sign in with a name and password, with roles.

A single person on their own SQLite file never sees any of this: clinic mode is off until
``clinic enable`` (or Settings) turns it on for a shared database. Passwords are stored as
scrypt hashes (``hashlib.scrypt``, RFC 7914, n=2**14, r=8, p=1, 16-byte random salt). A wrong
name or password gives one message that does not say which was wrong, and each failure for a
name makes the next answer wait longer (0.5 s, doubling, at most 30 s).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections import Counter
from collections.abc import Callable

from bonetracker.domain.clinic import Role, User
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.i18n import translate
from bonetracker.services.validation import check_choice, raise_if
from bonetracker.storage.audit import Actor, workstation_name
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import settings as settings_repo
from bonetracker.storage.repositories import users as repo

CLINIC_KEY = "clinic_mode"
MIN_PASSWORD = 8
MAX_NAME = 100
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
FIRST_DELAY_S, MAX_DELAY_S = 0.5, 30.0
SIGN_IN_FAILED = "Wrong name or password (or the account is disabled). Please try again."

_unknown_failures: Counter[str] = Counter()  # failures for names that are not users, per process


class SignInError(RuntimeError):
    """Signing in failed; the message never says whether the name or the password was wrong."""


class NotAllowedError(RuntimeError):
    """The signed-in user's role does not allow this (managing users needs an admin)."""


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=SCRYPT_LEN
    )
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def clinic_enabled(db: Database) -> bool:
    with db.read() as s:
        text = settings_repo.get_value(s, CLINIC_KEY)
    return bool(text and json.loads(text).get("enabled"))


def _check_new_user(name: str, password: str, role: str | None) -> Role:
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(FieldError("name", translate("services", "is required")))
    elif len(name.strip()) > MAX_NAME:
        errors.append(FieldError("name", translate(
            "services",
            "must be at most {limit} characters",
        ).format(limit=MAX_NAME)))
    if len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", translate(
            "services",
            "must be at least {limit} characters",
        ).format(limit=MIN_PASSWORD)))
    chosen = check_choice(errors, "role", role, Role)
    raise_if(errors)
    assert chosen is not None
    return chosen


def enable_clinic(db: Database, admin_name: str, password: str) -> User:
    """Turn clinic mode on with its first admin; refused when it is on already."""
    _check_new_user(admin_name, password, Role.ADMIN)
    if clinic_enabled(db):
        raise ValidationError([FieldError("clinic", translate(
            "services",
            "clinic mode is already on; an admin adds users",
        ))])
    with db.write() as s:
        user = repo.add(s, admin_name, Role.ADMIN, hash_password(password))
        settings_repo.set_value(s, CLINIC_KEY, json.dumps({"enabled": True}))
    db.actor = Actor(user.name, workstation_name())
    return user


def _require_admin(actor: User | None) -> None:
    if actor is None or actor.role is not Role.ADMIN or actor.disabled:
        raise NotAllowedError("Only an admin can manage users.")


def add_user(db: Database, name: str, password: str, role: str | None, *, by: User | None) -> User:
    """Add a workstation user (admins only)."""
    _require_admin(by)
    chosen = _check_new_user(name, password, role)
    with db.write() as s:
        if repo.find(s, name) is not None:
            raise ValidationError([FieldError("name", translate(
                "services",
                "a user named {name!r} exists already",
            ).format(name=name.strip()))])
        return repo.add(s, name, chosen, hash_password(password))


def set_disabled(db: Database, name: str, disabled: bool, *, by: User | None) -> User:
    _require_admin(by)
    with db.write() as s:
        user = repo.set_disabled(s, name, disabled)
    if user is None:
        raise ValidationError([FieldError("name", translate(
            "services",
            "no user named {name!r}",
        ).format(name=name))])
    return user


def list_users(db: Database) -> list[User]:
    with db.read() as s:
        return repo.list_all(s)


def delay_for(failures: int) -> float:
    """How long the answer after the ``failures``-th failure for a name waits."""
    if failures <= 0:
        return 0.0
    return float(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - 1)))


def sign_in(db: Database, name: str, password: str, *, sleep: Callable[[float], None] = time.sleep) -> User:
    """Check a name and password; on success the database writes as this user from now on.

    Raises:
        SignInError: wrong name, wrong password or a disabled account (one message for all),
            after a delay that grows with each failure for that name.
    """
    with db.write() as s:
        found = repo.password_hash(s, name)
        ok = found is not None and not found[0].disabled and verify_password(password, found[1])
        if found is not None:
            repo.record_attempt(s, name, ok)
    if not ok:
        key = name.strip().lower()
        if found is None:
            _unknown_failures[key] += 1
            failures = _unknown_failures[key]
        else:
            failures = found[2] + 1
        sleep(delay_for(failures))
        raise SignInError(SIGN_IN_FAILED)
    assert found is not None
    user = found[0]
    db.actor = Actor(user.name, workstation_name())
    return user
