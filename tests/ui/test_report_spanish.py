"""The printed report in Spanish: with core_es.qm installed (as the desktop installs it) every
section heading, table header and caption is Spanish; without it the report is English."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

import bonetracker
from bonetracker.domain import i18n
from bonetracker.domain.programmes.model import DoseKind, ProgrammeItem, ProgrammeVersion
from bonetracker.domain.records import ActivityCategory
from bonetracker.services import demo
from bonetracker.services.patients import list_patients
from bonetracker.services.queries.report_data import ReportData, report_data
from bonetracker.storage.database import Database
from bonetracker.ui.handout import handout_html
from bonetracker.ui.report import footer_lines, report_html

QM = Path(bonetracker.__file__).parent / "translations" / "core_es.qm"
AS_OF = dt.date(2026, 6, 1)
# Spelled the same in Spanish: the calculator's name and the score letters.
SAME = {"FRAX", "T", "Z"}


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    QCoreApplication.installTranslator(translator)
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    yield
    i18n.set_translator(None)
    QCoreApplication.removeTranslator(translator)


def _headings(html: str) -> list[str]:
    found = re.findall(r"<(h1|h3|th)[^>]*>(.*?)</\1>", html)
    found += [("b", b) for b in re.findall(r"<p><b>(.*?)</b>", html)]
    return [re.sub(r"<[^>]+>", "", text) for _, text in found]


def _reports(db: Database) -> list[ReportData]:
    return [report_data(db, p.id, as_of=AS_OF, printed=AS_OF) for p in list_patients(db)]


def test_the_report_reads_in_spanish(qapp: QApplication, db: Database, spanish: None) -> None:
    demo.generate(db, len(demo.vignettes(AS_OF)), 1, AS_OF)
    i18n.set_translator(None)
    english = [report_html(d) for d in _reports(db)]
    english_headings = {h for html in english for h in _headings(html)}
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    for d, en in zip(_reports(db), english, strict=True):
        es = report_html(d)
        headings = _headings(es)
        assert headings, "the report has headings"
        left = [h for h in headings if h in english_headings and h not in SAME
                and not h.startswith(("Informe de salud ósea", "Programa de ejercicios"))]
        assert not left, f"untranslated headings: {left}"
        for words in ("Resultados de densitometría (DXA)", "Recomendaciones", "Próxima densitometría"):
            assert words in es
        assert "{" not in es and "}" not in es
        assert es != en
        disclaimer, printed = footer_lines(d)
        assert disclaimer.startswith("BoneTracker informa") and printed.startswith("Impreso el")


def test_the_exercise_handout_reads_in_spanish(qapp: QApplication, spanish: None) -> None:
    items = (
        ProgrammeItem("Sit to stand", ActivityCategory.RESISTANCE, DoseKind.SETS_REPS, 2, sets=2, reps=10,
                      load_kg=4),
        ProgrammeItem("Standing on one leg", ActivityCategory.BALANCE, DoseKind.MINUTES, 7, minutes=10,
                      balance_level=3, supervised=True),
        ProgrammeItem("Heel drops", ActivityCategory.IMPACT, DoseKind.IMPACTS, 1, impacts=50),
    )
    version = ProgrammeVersion(2, dt.date(2026, 3, 2), items)
    i18n.set_translator(None)
    english = handout_html("Ana Silva", "Home programme", version, AS_OF)
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    spanish = handout_html("Ana Silva", "Home programme", version, AS_OF)
    for words in ("Esta semana", "Ejercicio", "Pare y avise a su fisioterapeuta", "Lun", "Dom",
                  "2 veces a la semana", "1 vez a la semana", "con su fisioterapeuta", "2 x 10 con 4 kg",
                  "50 impactos", "posición en tándem (talón con punta)"):
        assert words in spanish, words
    for words in ("This week", "Tick a box", "Stop and tell", "Mon", "times a week", "impacts", "Warm up"):
        assert words in english and words not in spanish, words
    assert "{" not in spanish and "}" not in spanish
