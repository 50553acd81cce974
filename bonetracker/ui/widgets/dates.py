"""Dates as the person at this computer reads them: the locale's short date format, always with
a four-digit year (a birth date of 1950 written "50" would be ambiguous).

The application installs the format once at start-up (:func:`install_date_format`), through the
domain's hook :func:`bonetracker.domain.i18n.set_date_formatter`, so every page, the plan, the
chart and the report write dates alike. The command line never installs it: its output, JSON,
CSV, FHIR files and backups keep ISO 8601. Date fields accept the shown format and ISO
(``YYYY-MM-DD``, which clinicians copy from DXA reports) and hand the services ISO text.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

from bonetracker.domain import i18n

_format: str | None = None  # the Qt date pattern installed; None: ISO 8601


def four_digit_year(pattern: str) -> str:
    """A Qt date pattern with a two-digit year widened to four ("M/d/yy" -> "M/d/yyyy")."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def locale_pattern(locale: QLocale) -> str | None:
    """The short date pattern of ``locale`` with a four-digit year; None for the C locale
    (no language chosen: ISO 8601 then)."""
    if locale.language() == QLocale.Language.C:
        return None
    return four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))


def install_date_format(locale: QLocale | None = None) -> None:
    """Show dates in ``locale``'s short format (the system's by default) everywhere in the app."""
    global _format
    _format = locale_pattern(locale or QLocale.system())
    pattern = _format
    if pattern is None:
        i18n.set_date_formatter(None)
        return
    i18n.set_date_formatter(lambda day: QDate(day.year, day.month, day.day).toString(pattern))


def uninstall_date_format() -> None:
    """Back to ISO 8601 (tests; a window closed before the CLI runs in the same process)."""
    global _format
    _format = None
    i18n.set_date_formatter(None)


def shown_pattern() -> str:
    """How a date field asks for a date: "DD/MM/YYYY", "M/D/YYYY" or "YYYY-MM-DD"."""
    return (_format or "yyyy-MM-dd").upper()


def format_date(day: dt.date | None, missing: str = "") -> str:
    """``day`` as the app shows it (``missing`` for None)."""
    return missing if day is None else i18n.format_date(day)


def parse_date_text(text: str) -> dt.date | None:
    """A date typed in ISO or in the shown format; None when it is neither."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    if _format is None or not text:
        return None
    day = QDate.fromString(text, _format)
    if not day.isValid():
        return None
    return dt.date(day.year(), day.month(), day.day())
