"""Clinic mode's people: workstation users and their roles. Plain records, no passwords: the
hash stays in storage and never reaches a view or an export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NewType

UserId = NewType("UserId", int)


class Role(StrEnum):
    """What a signed-in user may do: clinicians use the records; admins also manage users and
    clinic settings (least significant change, machines)."""

    CLINICIAN = "clinician"
    ADMIN = "admin"


@dataclass(frozen=True)
class User:
    id: UserId | None
    name: str
    role: Role
    disabled: bool = False


@dataclass(frozen=True)
class AuditEntry:
    """One entry of the append-only audit log: who did what to which record, when and where.

    ``before`` and ``after`` are the record's stored values (None for a create's before and a
    delete's after); ``at`` is UTC.
    """

    id: int
    at: dt.datetime
    user: str
    workstation: str
    action: str
    kind: str
    record_id: int | None
    patient_id: int | None
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None

    def changed_fields(self) -> list[str]:
        """The fields whose values differ between before and after (all of them for a create
        or delete), in name order."""
        before, after = self.before or {}, self.after or {}
        return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
