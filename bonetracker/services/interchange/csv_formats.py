"""The CSV formats of import and export: column lists per kind, reading rules, row parsing.

Import and export share these specs, so a file BoneTracker writes is always a file it reads
(``docs/import-format.md`` documents the same tables for people). Each column names the raw
field the kind's own ``parse_*`` function expects, so importing goes through the one validation
path and an error on field ``bmd`` is reported against column ``bmd_g_cm2``.

Reading accepts what spreadsheets produce: a UTF-8 byte-order mark, ``;`` instead of ``,``
(European Excel) and Windows line endings. Values are written back with ``repr`` precision so an
export re-imports to identical floats.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import NUTRIENT_FIELDS, PatientId
from bonetracker.services.interchange.csv_rows import CsvRow as CsvRow  # re-exported, as are the next two
from bonetracker.services.interchange.csv_rows import CsvRows as CsvRows
from bonetracker.services.interchange.csv_rows import CsvTable as CsvTable


@dataclass(frozen=True)
class Column:
    """One CSV column: its header, the raw field name the parser reads, whether it must exist."""

    name: str
    field: str
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class KindSpec:
    """The columns of one importable kind, in the order export writes them."""

    kind: str
    columns: tuple[Column, ...]
    needs_patient: bool = True
    grouping: str = ""

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column_for_field(self, field_name: str) -> str:
        """The CSV column a parser's field error belongs to (the field name when unmapped)."""
        base = field_name.rsplit(".", 1)[-1]
        for c in self.columns:
            if base in (c.field, c.name):
                return c.name
        return base


def _c(name: str, field_name: str | None = None, required: bool = False, help: str = "") -> Column:
    return Column(name, field_name or name, required, help)


SPECS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec("patients", (
            _c("name", required=True), _c("sex", required=True), _c("birth_date", required=True),
            _c("height_cm"), _c("weight_kg"), _c("menopause"), _c("menopause_year"),
            _c("smoking"), _c("smoking_quit_date"), _c("prior_fragility_fracture"),
            _c("parental_hip_fracture"), _c("glucocorticoids"), _c("rheumatoid_arthritis"),
            _c("secondary_osteoporosis"), _c("notes"), _c("archived"), _c("impact_cleared"),
            _c("hyperparathyroidism"),
        ), needs_patient=False),
        KindSpec("foods", (
            _c("description", required=True), _c("food_group"),
            *(_c(n) for n in NUTRIENT_FIELDS),
            _c("portion_unit"), _c("portion_amount"), _c("portion_grams"),
        ), needs_patient=False,
            grouping="a row per household measure; rows with the same description and values are one food"),
        KindSpec("activities", (
            _c("name", required=True), _c("category", required=True), _c("met", required=True),
            _c("spinal_flexion"), _c("high_impact"),
        ), needs_patient=False),
        KindSpec("scans", (
            _c("date", required=True), _c("site", required=True), _c("bmd_g_cm2", "bmd"),
            _c("t_score"), _c("z_score"), _c("device"), _c("facility"), _c("notes"),
            _c("model"), _c("machine_id"), _c("software"), _c("hip_side"), _c("vertebrae"),
        ), grouping="rows of the same date form one visit"),
        KindSpec("workouts", (
            _c("date", required=True), _c("activity", required=True),
            _c("minutes", required=True), _c("effort"), _c("sets"), _c("reps"), _c("load_kg"),
            _c("notes"),
        )),
        KindSpec("meals", (
            _c("date", required=True), _c("meal", required=True), _c("food", required=True),
            _c("amount"), _c("unit"), _c("grams"),
        ), grouping="rows of the same date and meal join one meal, as logging does"),
        KindSpec("lifestyle", (
            _c("date", required=True), _c("cigarettes"), _c("alcohol_units"), _c("stress"),
            _c("daylight_minutes"), _c("notes"),
        )),
        KindSpec("medications", (
            _c("drug", required=True), _c("start", required=True), _c("end"), _c("dose"),
            _c("daily_amount"), _c("notes"), _c("schedule"), _c("weekday"),
        )),
        KindSpec("doses", (
            _c("date", required=True), _c("drug", required=True), _c("status"), _c("time"),
            _c("at_clinic"), _c("note"),
        ), grouping="each row belongs to the patient's course of that drug running on its date "
                    "(import the medications first)"),
        KindSpec("fractures", (
            _c("date", required=True), _c("site", required=True), _c("low_trauma"),
        )),
        KindSpec("falls", (_c("date", required=True), _c("injury"), _c("notes"))),
        KindSpec("measures", (
            _c("date", required=True), _c("kind", required=True), _c("value", required=True),
            _c("unit"), _c("note"),
        )),
        KindSpec("labs", (
            _c("date", required=True), _c("test", required=True), _c("value", required=True),
            _c("unit"), _c("range_low"), _c("range_high"), _c("note"),
        )),
        KindSpec("frax", (
            _c("date", required=True), _c("model", required=True), _c("with_bmd", required=True),
            _c("major", required=True), _c("hip", required=True), _c("category"), _c("note"),
            _c("inputs"),
        ), grouping="inputs holds the worksheet the result was worked out from (as exported); "
                    "blank: the record's worksheet on the result's date, as entering it does"),
        KindSpec("favourites", (_c("food", required=True, help="an NDB number or a food's description"),)),
        KindSpec("programmes", (
            _c("programme", required=True), _c("created", required=True), _c("template"),
            _c("version", required=True), _c("start", required=True), _c("note"),
            _c("activity", required=True), _c("dose_kind", required=True), _c("sets"), _c("reps"),
            _c("load_kg"), _c("minutes"), _c("impacts"), _c("balance_level"),
            _c("per_week", required=True), _c("progression"), _c("rep_floor"), _c("rep_ceiling"),
            _c("cues"), _c("supervised"), _c("cleared"),
        ), grouping="rows of the same programme (name and created) and version form one version"),
    )
}
"""Every kind by name; ``patients`` creates people, ``foods`` and ``activities`` add your own
foods and activities (import them before the meals and workouts that use them), the others
need ``--patient``."""

CUSTOM_KINDS: tuple[str, ...] = ("foods", "activities")
"""The kinds export writes only when the patient's meals or workouts use such items."""

ENTRY_KINDS: tuple[str, ...] = (
    "scans", "workouts", "meals", "lifestyle", "medications", "doses", "fractures", "falls",
    "measures", "labs", "frax", "favourites",
)
"""The kinds logged per patient, in export order."""


# -- reading ---------------------------------------------------------------------------------
def normalise_header(name: str) -> str:
    """``" BMD_g_cm2 "`` -> ``bmd_g_cm2``: case and blanks never make a column unknown."""
    return "_".join(name.strip().lower().replace("-", "_").split())


def sniff_delimiter(first_line: str) -> str:
    """``;`` when the header has more semicolons than commas (European spreadsheets), else ``,``."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


def decode(data: bytes) -> str:
    """UTF-8 text with an optional byte-order mark; raises UnicodeDecodeError otherwise."""
    return data.decode("utf-8-sig")


# -- problems ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowError:
    """One problem in a file, where a person can find it."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


class ImportRejected(ValidationError):
    """The file was refused and nothing was written; ``row_errors`` lists the problems by line.

    A file of millions of bad rows keeps only the first :data:`MAX_ERRORS_KEPT` problems (by
    line) in ``row_errors``; ``total`` and ``lines`` count them all and the lines they are in.
    """

    def __init__(self, errors: Iterable[RowError], *, total: int | None = None,
                 lines: int | None = None) -> None:
        self.row_errors: tuple[RowError, ...] = tuple(sorted(errors, key=lambda e: e.line))
        self.total = len(self.row_errors) if total is None else total
        self.lines = len({e.line for e in self.row_errors}) if lines is None else lines
        super().__init__([FieldError(f"line {e.line}, column {e.column}", e.message)
                          for e in self.row_errors])


MAX_ERRORS_KEPT = 1000
"""Problems of a refused file kept to show (all are counted)."""


class ErrorLog:
    """Row problems found while reading, in line order: the first :data:`MAX_ERRORS_KEPT` kept,
    all counted, so a file bad on every one of millions of lines needs no memory for them."""

    def __init__(self) -> None:
        self.kept: list[RowError] = []
        self.total = 0
        self.lines = 0
        self._last_line = -1

    def __bool__(self) -> bool:
        return self.total > 0

    def add(self, errors: Iterable[RowError]) -> None:
        for e in errors:
            self.total += 1
            if e.line != self._last_line:
                self.lines += 1
                self._last_line = e.line
            if len(self.kept) < MAX_ERRORS_KEPT:
                self.kept.append(e)

    def rejected(self) -> ImportRejected:
        return ImportRejected(self.kept, total=self.total, lines=self.lines)


def header_errors(spec: KindSpec, header: Sequence[str]) -> list[RowError]:
    if not header:
        return [RowError(1, "-", "the file is empty (expected a header line: "
                                 f"{','.join(spec.headers)})")]
    errors = [RowError(1, name or "(blank)", f"unknown column for {spec.kind}; expected "
                                             f"{','.join(spec.headers)}")
              for name in header if name not in spec.headers]
    errors += [RowError(1, c.name, "required column is missing")
               for c in spec.columns if c.required and c.name not in header]
    counts = Counter(header)
    errors += [RowError(1, name, "column appears twice") for name, n in counts.items() if n > 1]
    return errors


def guess_kind(header: Sequence[str]) -> str | None:
    """The kind whose columns a header matches best (for the GUI), or None."""
    best: tuple[int, str] | None = None
    for kind, spec in SPECS.items():
        if not all(c.name in header for c in spec.columns if c.required):
            continue
        score = sum(1 for h in header if h in spec.headers) - sum(1 for h in header
                                                                   if h not in spec.headers)
        if best is None or score > best[0]:
            best = (score, kind)
    return None if best is None else best[1]


# -- import results and row parsing ------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    kind: str
    rows: int
    added: int
    skipped: int
    dry_run: bool = False
    patient_ids: Sequence[PatientId] = ()  # compact (an array) after a file of many batches

    def summary(self, patient_name: str = "") -> str:
        verb = "would add" if self.dry_run else "added"
        head = "Checked" if self.dry_run else "Imported"
        target = f" for {patient_name}" if patient_name else ""
        return (f"{head} {self.rows} {self.kind} row{'s' * (self.rows != 1)}{target}: {verb} "
                f"{self.added}, skipped {self.skipped} already stored.")


@dataclass(frozen=True)
class Parsed:
    line: int
    record: Any


@dataclass
class Merge:
    """The outcome of checking parsed rows against the database."""

    to_add: list[Parsed] = field(default_factory=list)
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


ParseFn = Callable[[PatientId, Mapping[str, object | None]], Any]


def parse_rows(spec: KindSpec, table: CsvTable, patient_id: PatientId,
               parse: ParseFn) -> tuple[list[Parsed], list[RowError]]:
    """Each row through ``parse`` (the kind's own parser), CSV columns renamed to its fields;
    every field error becomes a :class:`RowError` naming the CSV column."""
    parsed: list[Parsed] = []
    errors: list[RowError] = []
    for row in table.rows:
        raw = {c.field: row.values.get(c.name) for c in spec.columns if c.name in row.values}
        if row.extra:
            errors.append(RowError(row.line, "-", f"{row.extra} value(s) beyond the "
                                                  f"{len(table.header)} columns of the header"))
        try:
            parsed.append(Parsed(row.line, parse(patient_id, raw)))
        except ValidationError as exc:
            errors += [RowError(row.line, spec.column_for_field(e.field), e.message)
                       for e in exc.errors]
    return parsed, errors


# -- writing ---------------------------------------------------------------------------------
def format_value(value: object) -> str:
    """Text for one cell: floats with repr precision (exact round trip), yes/no, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


# OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will not run: a leading apostrophe before a formula start (and
    before an apostrophe already followed by one, so :func:`restore_text` is its exact inverse)."""
    if text.startswith(FORMULA_STARTS) or (text.startswith("'") and text[1:2] in (*FORMULA_STARTS, "'")
                                           and len(text) > 1):
        return "'" + text
    return text


def restore_text(cell: str) -> str:
    """Undo :func:`neutralise`: the apostrophe it added, and nothing else."""
    if cell.startswith("'") and len(cell) > 1 and cell[1] in (*FORMULA_STARTS, "'"):
        return cell[1:]
    return cell


def write_table(spec: KindSpec, rows: Sequence[Mapping[str, object]]) -> str:
    """CSV text with ``spec``'s header and one line per row (LF line endings, UTF-8 text)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(spec.headers)
    for row in rows:
        writer.writerow([format_value(row.get(h)) for h in spec.headers])
    return out.getvalue()


def json_value(value: object) -> object:
    """A JSON-ready value: dates as ISO text, everything else as is."""
    return value.isoformat() if isinstance(value, dt.date) else value
