"""The domain's translation hook: English by default, the installed translator otherwise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bonetracker.domain import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_translator(None)


def test_english_by_default() -> None:
    assert i18n.translate("guidance", "Prevent falls") == "Prevent falls"


def test_installed_translator_is_used_and_can_be_removed() -> None:
    i18n.set_translator(lambda ctx, text: {"Prevent falls": "Prevenir caídas"}.get(text, text))
    assert i18n.translate("guidance", "Prevent falls") == "Prevenir caídas"
    assert i18n.translate("guidance", "Untranslated") == "Untranslated"
    i18n.set_translator(None)
    assert i18n.translate("guidance", "Prevent falls") == "Prevent falls"
