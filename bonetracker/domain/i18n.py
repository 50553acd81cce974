"""The one hook through which the domain's wording (guidance titles, details, reasons, labels)
can be shown in another language, while the domain stays pure Python.

The domain writes its English text as a *template* and asks for it through :func:`translate`
before filling the ``{placeholders}``::

    translate("guidance", "Your TUG of {seconds} s is at or above {cutoff} s.").format(...)

By default :func:`translate` returns the text unchanged, so the CLI, the JSON outputs and every
file stay English. The desktop application installs a translator (Qt's
``QCoreApplication.translate``, fed by the ``.qm`` files in ``bonetracker/translations``) with
:func:`set_translator` when the user picks a language. The call spelling
``translate("context", "literal")`` is the one ``pyside6-lupdate`` extracts into the ``.ts`` files,
so templates must be string literals at the call.

Dates in the wording go through :func:`format_date` for the same reason: ISO 8601 by default (the
CLI and files), the locale's short format once the desktop application installs a formatter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Translator = Callable[[str, str], str]
"""``(context, source_text) -> shown text``; must return the source text when it has no translation."""


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def translate(context: str, text: str) -> str:
    """The text in the user's language (the English ``text`` itself when none is installed)."""
    return _translator(context, text)


def set_translator(translator: Translator | None) -> None:
    """Install ``translator`` for every later :func:`translate`; ``None`` restores English."""
    global _translator
    _translator = translator if translator is not None else _identity


DateFormatter = Callable[[dt.date], str]


def _iso(day: dt.date) -> str:
    return day.isoformat()


_date_formatter: DateFormatter = _iso


def format_date(day: dt.date) -> str:
    """``day`` as the user reads dates: ISO 8601 unless a formatter is installed."""
    return _date_formatter(day)


def set_date_formatter(formatter: DateFormatter | None) -> None:
    """Install ``formatter`` for every later :func:`format_date`; ``None`` restores ISO 8601."""
    global _date_formatter
    _date_formatter = formatter if formatter is not None else _iso


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the spelling pyside6-lupdate extracts
    """Mark ``text`` (a template kept in a table) for extraction into ``context``; returns it unchanged.

    Tables are built once at import, before a translator is installed, so the text is translated
    where it is shown: ``translate(context, TABLE[key])``.
    """
    return text
