"""Reading a Qt Linguist ``.ts`` catalog without Qt, so domain and service tests can install the
Spanish wording through :func:`bonetracker.domain.i18n.set_translator` and stay Qt-free."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from pathlib import Path

import bonetracker

TRANSLATIONS = Path(bonetracker.__file__).parent / "translations"
CORE_ES = TRANSLATIONS / "core_es.ts"

Catalog = Mapping[tuple[str, str], str]
"""(context, English source) -> translation ("" when unfinished)."""

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def read_catalog(path: Path = CORE_ES) -> Catalog:
    """Every message of ``path``; unfinished, vanished and obsolete entries read as ""."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            found[(name, source)] = (translation.text or "") if finished and translation is not None else ""
    return found


def translator(catalog: Catalog) -> Callable[[str, str], str]:
    """A translator for ``set_translator``: the catalog's text, else the source (as Qt does)."""

    def translate(context: str, text: str) -> str:
        return catalog.get((context, text)) or text

    return translate


def placeholders(text: str) -> list[str]:
    """The ``{name:spec}`` fields of a template, sorted (so order may change between languages)."""
    return sorted(PLACEHOLDER.findall(text))
