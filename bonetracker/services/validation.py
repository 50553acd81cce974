"""The one validation path every write goes through: text or typed values in, field errors out.

Forms, the CLI and the CSV importers all hand raw text to a :class:`FieldReader`, which parses
each field and records a :class:`FieldError` naming the field and its allowed range. Typed
values coming from code (tests, importers, hostile callers) are re-checked with the ``check_*``
functions, so NaN, infinity or a date in the future never reach storage from any direction.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.i18n import format_date, translate

E = TypeVar("E", bound=StrEnum)

EARLIEST_ENTRY_DATE = dt.date(1980, 1, 1)
EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)
MAX_TEXT = 2000
MAX_NAME = 200
FLOAT_LIMIT = 1e300

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 controls except tab and newline, DEL, and C1 controls (a regex: an import checks
hundreds of thousands of fields)."""
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Direction marks and overrides: invisible, and a right-to-left override makes "12" read as "21"
on screen; they are removed from everything typed or imported."""
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+-]?[0-9]+)?")
"""Plain decimal digits only: Python's float() also takes ``3_0`` and full-width or other
scripts' digits, which a user did not mean as a number."""
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""YYYY-MM-DD only: date.fromisoformat also takes ``20240101`` and week dates (``2024-W01-1``)."""
_TRUE = {"yes", "y", "true", "1", "on"}
_FALSE = {"no", "n", "false", "0", "off"}


@dataclass(frozen=True)
class Range:
    """An inclusive numeric range with its unit, phrased in messages as "from 0.20 to 2.50 g/cm²"."""

    low: float
    high: float
    unit: str = ""
    integer: bool = False
    decimals: int | None = None

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return translate("validation", "from {low} to {high}{unit}").format(
            low=self.show(self.low), high=self.show(self.high), unit=unit
        )

    def show(self, value: float) -> str:
        if self.integer:
            return f"{int(value)}"
        if self.decimals is not None:
            return f"{value:.{self.decimals}f}"
        return _fmt_number(value)


def _fmt_number(value: float) -> str:
    if abs(value) >= 1e15:  # 1e308 would print as 309 digits
        return f"{value:.3g}"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def strip_bidi(text: str) -> str:
    """``text`` without direction marks and overrides."""
    return _BIDI.sub("", text)


def today() -> dt.date:
    """The local date; one place to ask, so tests and the GUI agree on 'the future'."""
    return dt.date.today()


def check_number(
    errors: list[FieldError], field: str, value: float | None, rng: Range, *, required: bool = False
) -> float | int | None:
    """Append an error unless ``value`` is a finite number inside ``rng`` (or None when optional)."""
    if value is None:
        if required:
            errors.append(FieldError(field, translate("validation", "is required ({range})").format(
                range=rng.describe())))
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        errors.append(FieldError(field, translate("validation", "must be a number {range}").format(
            range=rng.describe())))
        return None
    if isinstance(value, int) and not -FLOAT_LIMIT < value < FLOAT_LIMIT:
        # Python ints have no size limit: math.isfinite and formatting would overflow.
        message = translate("validation", "must be {range} (got a far too large number)")
        errors.append(FieldError(field, message
                                 .format(range=rng.describe())))
        return None
    if not math.isfinite(value):
        errors.append(FieldError(field, translate("validation", "must be a finite number {range}").format(
            range=rng.describe())))
        return None
    if rng.integer and value != int(value):
        errors.append(FieldError(field, translate("validation", "must be a whole number {range}").format(
            range=rng.describe())))
        return None
    if not rng.low <= value <= rng.high:
        errors.append(FieldError(field, translate("validation", "must be {range} (got {value})").format(
            range=rng.describe(), value=_fmt_number(value))))
        return None
    if value == 0:
        value = abs(value)  # store 0.0, never -0.0
    return int(value) if rng.integer else float(value)


def check_date(
    errors: list[FieldError],
    field: str,
    value: dt.date | None,
    *,
    earliest: dt.date = EARLIEST_ENTRY_DATE,
    latest: dt.date | None = None,
    required: bool = True,
) -> dt.date | None:
    """Append an error unless ``value`` lies between ``earliest`` and ``latest`` (default today)."""
    latest = latest or today()
    if value is None:
        if required:
            errors.append(FieldError(field, translate("validation", "is required (a date as YYYY-MM-DD)")))
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        errors.append(FieldError(field, translate("validation", "must be a date as YYYY-MM-DD")))
        return None
    if value > latest:
        message = translate("validation", "cannot be in the future (latest {date})")
        errors.append(FieldError(field, message.format(
            date=format_date(latest))))
        return None
    if value < earliest:
        errors.append(FieldError(field, translate("validation", "cannot be before {date}").format(
            date=format_date(earliest))))
        return None
    return value


MAX_AGE_YEARS = 120
"""Birth dates further back than this are refused (a typo such as 1856 for 1956)."""


def oldest_birth_date(day: dt.date | None = None) -> dt.date:
    """The earliest birth date accepted on ``day`` (default today): 120 years before it."""
    day = day or today()
    try:
        return day.replace(year=day.year - MAX_AGE_YEARS)
    except ValueError:  # 29 February
        return day.replace(year=day.year - MAX_AGE_YEARS, day=28)


def before_birth_errors(birth: dt.date | None,
                        dated: Iterable[tuple[str, dt.date | None]]) -> list[FieldError]:
    """An error for each ``(field, date)`` before ``birth``: nobody has a scan, a workout or a
    course before they were born, and the plan would reason about a negative age."""
    if not _plain_date(birth):
        return []
    assert birth is not None
    message = translate("validation", "must be on or after the birth date {date}")
    message = message.format(date=format_date(birth))
    return [FieldError(field, message)
            for field, day in dated
            if _plain_date(day) and day is not None and day < birth]


def _plain_date(value: object) -> bool:
    """A date and not a datetime (which cannot be compared with one; check_date refuses it)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def check_text(
    errors: list[FieldError], field: str, value: str | None, *, max_len: int = MAX_TEXT,
    required: bool = False,
) -> str:
    """Text is stored as typed, minus surrounding blanks; control characters other than newlines
    and tabs (C0, DEL and C1) are refused because they corrupt exports and reports."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.append(FieldError(field, translate("validation", "must be text")))
        return ""
    value = value.strip()
    if required and not value:
        errors.append(FieldError(field, translate("validation", "is required")))
    elif len(value) > max_len:
        message = translate("validation", "must be at most {limit} characters (got {length})")
        errors.append(FieldError(field, message
                                 .format(limit=max_len, length=len(value))))
    elif _CONTROL.search(value):
        errors.append(FieldError(field, translate("validation", "contains control characters")))
    elif not encodable(value):
        message = translate("validation", "contains characters that are not valid text")
        errors.append(FieldError(field, message))
    return value


def encodable(text: str) -> bool:
    """False for text a database cannot take: lone surrogates (e.g. from a broken paste), which
    no UTF-8 database can store, and NUL, which PostgreSQL refuses even as a search pattern."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_choice(
    errors: list[FieldError], field: str, value: str | None, enum: type[E], *, required: bool = True
) -> E | None:
    """``value`` must be a member of ``enum`` or exactly one of its values.

    No case or blank folding here: typed callers store the value they pass, and a stored
    "Female" could never be read back as ``Sex``. :meth:`FieldReader.choice` folds text first.
    """
    if value is None or value == "":
        if required:
            errors.append(FieldError(field, translate("validation", "is required (one of {choices})").format(
                choices=_choices(enum))))
        return None
    if isinstance(value, enum):
        return value
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    errors.append(FieldError(field, translate("validation", "must be one of {choices} (got {value})").format(
        choices=_choices(enum), value=_short(value))))
    return None


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(m.value for m in enum)


def short_repr(value: object) -> str:
    """``value`` quoted for a message, cut to 40 characters: a pasted megabyte must not come
    back as a megabyte-long error."""
    text = repr(value) if not isinstance(value, int) or abs(value) < FLOAT_LIMIT else "(huge)"
    return text if len(text) <= 40 else text[:37] + "...'"


_short = short_repr


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


class FieldReader:
    """Parses a mapping of raw text fields, collecting every error instead of stopping at one.

    Blank text means "not given". Usage::

        r = FieldReader(raw)
        bmd = r.number("bmd", BMD_RANGE)
        when = r.date("date")
        r.raise_if_errors()
    """

    def __init__(self, raw: Mapping[str, object | None]) -> None:
        self.raw = raw
        self.errors: list[FieldError] = []

    def _text(self, field: str) -> str | None:
        value = self.raw.get(field)
        if value is None:
            return None
        text = strip_bidi(str(value)).strip()
        return text or None

    def has(self, field: str) -> bool:
        return self._text(field) is not None

    def number(
        self, field: str, rng: Range, *, required: bool = False
    ) -> float | None:
        text = self._text(field)
        if text is None:
            return check_number(self.errors, field, None, rng, required=required)
        try:
            if text.lower().lstrip("+-") in ("nan", "inf", "infinity"):
                value = math.nan
            elif len(text) > 50 or not _PLAIN_NUMBER.fullmatch(text):
                raise ValueError(text)
            else:
                value = float(text.replace(",", "."))
        except ValueError:
            if rng.integer:
                message = translate("validation", "must be a whole number {range} (got {value})")
            else:
                message = translate("validation", "must be a number {range} (got {value})")
            self.errors.append(FieldError(field, message.format(range=rng.describe(), value=_short(text))))
            return None
        if rng.integer and math.isfinite(value) and value == int(value):
            result = check_number(self.errors, field, int(value), rng)
        else:
            result = check_number(self.errors, field, value, rng)
        return None if result is None else float(result)

    def integer(self, field: str, rng: Range, *, required: bool = False) -> int | None:
        value = self.number(field, rng, required=required)
        return None if value is None else int(value)

    def date(
        self,
        field: str,
        *,
        earliest: dt.date = EARLIEST_ENTRY_DATE,
        latest: dt.date | None = None,
        required: bool = True,
    ) -> dt.date | None:
        text = self._text(field)
        if text is None:
            return check_date(self.errors, field, None, required=required)
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError(text)
            value = dt.date.fromisoformat(text)
        except ValueError:
            message = translate("validation", "must be a date as YYYY-MM-DD (got {value})")
            self.errors.append(FieldError(field, message
                                          .format(value=_short(text))))
            return None
        return check_date(self.errors, field, value, earliest=earliest, latest=latest)

    def choice(self, field: str, enum: type[E], *, required: bool = True) -> E | None:
        text = self._text(field)
        return check_choice(self.errors, field, text.lower() if text else text, enum,
                            required=required)

    def text(self, field: str, *, max_len: int = MAX_TEXT, required: bool = False) -> str:
        value = self.raw.get(field)
        return check_text(
            self.errors, field, None if value is None else strip_bidi(str(value)), max_len=max_len,
            required=required,
        )

    def flag(self, field: str, *, default: bool = False) -> bool:
        value = self.raw.get(field)
        if isinstance(value, bool):
            return value
        text = self._text(field)
        if text is None:
            return default
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        message = translate("validation", "must be yes or no (got {value})")
        self.errors.append(FieldError(field, message.format(
            value=_short(text))))
        return default

    def add(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field, message))

    def check(self, condition: bool, field: str, message: str) -> None:
        if not condition:
            self.add(field, message)

    def raise_if_errors(self) -> None:
        raise_if(self.errors)
