"""The rows of a CSV file as read: :class:`CsvRow`, the lazy :class:`CsvRows` and :class:`CsvTable`.

Kept apart from :mod:`.csv_formats` (the column specs and reading rules), which re-exports these
names, so callers import them from either module.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload


@dataclass(frozen=True)
class CsvRow:
    """One data row: the physical line it starts on and its values by (normalised) header."""

    line: int
    values: Mapping[str, str]
    extra: int = 0


class CsvRows(Sequence[CsvRow]):
    """The data rows of a file as read, each made a :class:`CsvRow` only when first asked for.

    Why: an import validated a column at a time (100,000 workout rows) never needs one mapping
    and one object per row, and building them was half the time of reading such a file.
    :meth:`column` hands out a column instead. ``records`` hold exactly ``len(header)`` values
    each (short rows padded with blanks, longer ones cut, the count of non-blank values cut
    off kept in ``extras`` by row index).
    """

    def __init__(self, header: tuple[str, ...], records: list[list[str]], lines: list[int],
                 extras: Mapping[int, int]) -> None:
        self._header = header
        self._records = records
        self._lines = lines
        self._extras = dict(extras)
        self._rows: tuple[CsvRow, ...] | None = None
        self._columns: list[tuple[str, ...]] | None = None

    def _row(self, i: int) -> CsvRow:
        values = dict(zip(self._header, self._records[i], strict=True))  # repeats: last value
        values.pop("", None)  # a column without a name has no values
        return CsvRow(self._lines[i], values, self._extras.get(i, 0))

    def _built(self) -> tuple[CsvRow, ...]:
        if self._rows is None:
            self._rows = tuple(map(self._row, range(len(self._records))))
        return self._rows

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> CsvRow: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[CsvRow, ...]: ...

    def __getitem__(self, index: int | slice) -> CsvRow | tuple[CsvRow, ...]:
        if self._rows is not None:
            return self._rows[index]
        positions = range(len(self._records))[index]  # a preview builds only the rows it shows
        return self._row(positions) if isinstance(positions, int) else tuple(
            map(self._row, positions))

    def __iter__(self) -> Iterator[CsvRow]:
        return iter(self._built())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CsvRows | tuple):
            return self._built() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # rows hold dicts, as a tuple of them would

    @property
    def any_extra(self) -> bool:
        """Whether some row has values beyond the header's columns."""
        return bool(self._extras)

    def column(self, name: str) -> Sequence[str] | None:
        """Every row's value in column ``name`` (as ``row.values[name]``), None if no such
        column; one transposition of all records, made on the first call."""
        if not name or name not in self._header:
            return None
        if self._columns is None:
            self._columns = list(zip(*self._records, strict=True)) or [() for _ in self._header]
        return self._columns[len(self._header) - 1 - self._header[::-1].index(name)]


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    rows: Sequence[CsvRow]
    delimiter: str = ","

    def column(self, name: str) -> Sequence[str | None]:
        """Every row's value in column ``name`` (None where a row has no such column)."""
        if isinstance(self.rows, CsvRows):
            found = self.rows.column(name)
            return [None] * len(self.rows) if found is None else found
        return [row.values.get(name) for row in self.rows]

    def any_extra(self) -> bool:
        """Whether some row has values beyond the header's columns."""
        if isinstance(self.rows, CsvRows):
            return self.rows.any_extra
        return any(row.extra for row in self.rows)
