"""The domain's translation hook: English by default, the installed translator otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bonetracker.domain import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_translator(None)
    i18n.set_date_formatter(None)


def test_english_by_default() -> None:
    assert i18n.translate("guidance", "Prevent falls") == "Prevent falls"


def test_installed_translator_is_used_and_can_be_removed() -> None:
    i18n.set_translator(lambda ctx, text: {"Prevent falls": "Prevenir caídas"}.get(text, text))
    assert i18n.translate("guidance", "Prevent falls") == "Prevenir caídas"
    assert i18n.translate("guidance", "Untranslated") == "Untranslated"
    i18n.set_translator(None)
    assert i18n.translate("guidance", "Prevent falls") == "Prevent falls"


def test_dates_are_iso_by_default_and_follow_an_installed_formatter() -> None:
    day = dt.date(2026, 3, 9)
    assert i18n.format_date(day) == "2026-03-09"
    i18n.set_date_formatter(lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}")
    assert i18n.format_date(day) == "09/03/2026"
    i18n.set_date_formatter(None)
    assert i18n.format_date(day) == "2026-03-09"
