"""Field-named validation errors shared by every write path (GUI, CLI and importers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, phrased for the person who typed it.

    ``field`` is the form/CLI field name (e.g. ``bmd``), ``message`` names the allowed range.
    """

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """Raised when an entry is invalid; carries every field error, not only the first."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, name: str) -> list[str]:
        return [e.message for e in self.errors if e.field == name]


class NotFoundError(LookupError):
    """A patient, food, activity or entry that the caller named does not exist."""


class AmbiguousError(LookupError):
    """A name matched several records; the message lists them so the user can pick."""


class StaleRecordError(RuntimeError):
    """Another workstation saved the same record since it was loaded (version mismatch)."""
