"""Reading CSV a piece at a time: memory bounded by a batch of rows, whatever the file's size.

Why: reading a whole file, then all its rows, then all its records took 7.6 GB for a valid
500 MB file, and a 500 MB single line used 3.6 GB before being refused. Here the bytes are
decoded 64 kB at a time, cut at line ends and handed to the csv module piece by piece; rows come
out in batches (:meth:`CsvStream.batches`), so memory depends on the batch, not the file. A line
(or a row spanning lines in a quoted value) longer than :data:`MAX_LINE` characters is refused as
soon as it is seen, naming the line.

Everything else is as :func:`read_table` (all of a text in memory) always read:
physical line numbers as the csv module counts them (``\\r\\n``, ``\\r`` or ``\\n``), blank rows
skipped, short rows padded with blanks, values beyond the header counted, the spreadsheet
apostrophe removed (:func:`~.csv_formats.restore_text`), and a quote still open at the end of the
file refused with the line the last row started on. The per-row work stays in C (the csv
module, ``str.count``); Python runs once per 64 kB piece and once per row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from bonetracker.services.interchange.csv_formats import (
    CsvTable,
    ImportRejected,
    RowError,
    normalise_header,
    restore_text,
    sniff_delimiter,
)
from bonetracker.services.interchange.csv_rows import CsvRows

CHUNK = 1 << 16
"""Bytes (or characters of a text) decoded at a time."""

MAX_LINE = 1_000_000
"""The longest line (or row, across the lines of a quoted value) read, in characters; no CSV a
person or a spreadsheet writes comes near it, and stopping here keeps a hostile file cheap."""

BATCH_CHARS = 6_000_000
"""A batch of rows ends after this many characters: 100,000 workout rows (~4 MB) are one
batch, and the shortest rows (~20 characters) make ~300,000 rows, ~200 MB as Python objects."""

NOT_UTF8 = "the file is not UTF-8 text; save it as 'CSV UTF-8' and try again"

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")  # a line as the csv module counts them


@dataclass(frozen=True)
class _Piece:
    first_line: int
    chars_before: int
    quotes_before: int
    text: str


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def too_long(line: int, what: str = "line") -> ImportRejected:
    return ImportRejected([RowError(line, "-", f"the {what} is longer than {MAX_LINE:,} "
                                               "characters, the most a line may hold; is this "
                                               "the right file?")])


class CsvStream:
    """The header and then the data rows of CSV text, read as they are asked for.

    Args:
        texts: the text in chunks (see :func:`decoded` for bytes); a byte-order mark is dropped.
        size: the source's size in bytes, for :attr:`fraction` (0: unknown).
        position: how many bytes were read so far (for :attr:`fraction`).

    Raises (from the constructor or while iterating):
        ImportRejected: not UTF-8, not CSV, a line over :data:`MAX_LINE`, an unclosed quote.
    """

    def __init__(self, texts: Iterable[str], size: int = 0,
                 position: Callable[[], int] | None = None) -> None:
        self._texts = iter(texts)
        self._size = size
        self._position = position
        self._lines = 0  # physical lines handed to the csv reader
        self._chars = 0
        self._quotes = 0
        self._marks: deque[_Piece] = deque()  # pieces from the one the row in progress began in
        self._done_line = 0  # the last line of the last row the reader returned
        self._tail_line = 0  # the first line of the last non-blank row
        self._tail_piece: _Piece | None = None
        self._any_data = False
        first, buffered = self._first_line()
        self.delimiter = sniff_delimiter(first)
        self._reader = csv.reader(chain.from_iterable(self._pieces(buffered)),
                                  delimiter=self.delimiter)
        self._rows = self._records()
        self.header: tuple[str, ...] = ()
        for _start, record in self._rows:  # the first non-blank row
            self.header = tuple(normalise_header(h) for h in record)
            break

    # -- pieces of text ------------------------------------------------------------------------
    def _first_line(self) -> tuple[str, str]:
        """The text to sniff the delimiter from, and all text read so far, without a BOM."""
        buffered = ""
        for text in self._texts:
            buffered += text
            if "\n" in buffered or len(buffered) > MAX_LINE:
                break
        for _bom in range(2):  # "utf-8-sig" dropped one, read_table another: both still are
            buffered = buffered.removeprefix("\ufeff")
        # Up to the first \n, as always (a file with \r line ends: up to MAX_LINE characters).
        return buffered[:MAX_LINE].split("\n", 1)[0], buffered

    def _pieces(self, carry: str) -> Iterator[Iterable[str]]:
        """Texts ending at a line end, each as the lines the csv reader will take from it."""
        texts = chain(("",), self._texts)
        while True:
            text = next(texts, None)
            final = text is None
            buffer = carry + (text or "")
            if final:
                cut = len(buffer)
            else:  # after the last line end (a \r at the very end may begin a \r\n)
                cut = max(buffer.rfind("\n"), buffer.rfind("\r", 0, len(buffer) - 1)) + 1
            piece, carry = buffer[:cut], buffer[cut:]
            if len(piece) > MAX_LINE:  # rare (a chunk is far shorter): may a line be too long?
                self._check_lines(piece)
            if len(carry) - carry.endswith("\r") > MAX_LINE:
                raise too_long(self._lines + _line_breaks(piece) + 1)
            if piece:
                self._check_row_in_progress()
                self._marks.append(_Piece(self._lines + 1, self._chars, self._quotes, piece))
                self._lines += _line_breaks(piece) + (not piece.endswith(("\n", "\r")))
                self._chars += len(piece)
                self._quotes += piece.count('"')
                yield io.StringIO(piece, newline="")  # lines exactly as csv.reader counts them
            if final:
                return

    def _check_lines(self, piece: str) -> None:
        for i, line in enumerate(_LINE.findall(piece)):
            if len(line.rstrip("\r\n")) > MAX_LINE:
                raise too_long(self._lines + 1 + i)

    def _trim(self) -> None:
        """Forget pieces before the one the row in progress began in (keeping the one the last
        non-blank row began in, for the quote check at the end)."""
        start = self._done_line + 1
        marks = self._marks
        while len(marks) > 1 and marks[1].first_line <= start:
            dropped = marks.popleft()
            if dropped.first_line <= self._tail_line < marks[0].first_line:
                self._tail_piece = dropped

    def _check_row_in_progress(self) -> None:
        self._trim()
        if self._marks and self._done_line < self._lines:
            first = self._marks[0]
            beyond = self._chars - first.chars_before - len(first.text)
            if beyond > MAX_LINE:
                raise too_long(self._done_line + 1, "row starting on this line")

    # -- rows ----------------------------------------------------------------------------------
    def _records(self) -> Iterator[tuple[int, list[str]]]:
        """(first line, values) of each non-blank row, header included."""
        reader = self._reader
        try:
            for record in reader:
                start = self._done_line + 1
                self._done_line = reader.line_num
                if "".join(record).strip():  # blank unless some value has a non-blank character
                    self._tail_line = start
                    yield start, record
        except csv.Error as exc:  # e.g. a value over the module's 128 kB field limit
            raise ImportRejected([RowError(reader.line_num, "-",
                                           f"cannot be read as CSV ({exc})")]) from exc

    @property
    def fraction(self) -> float:
        """How much of the source was read, 0 to 1 (0 when its size is unknown)."""
        if not self._size or self._position is None:
            return 0.0
        return min(1.0, self._position() / self._size)

    def batches(self, limited: bool = True) -> Iterator[CsvRows]:
        """The data rows in batches of about :data:`BATCH_CHARS` characters (all in one unless
        ``limited``; at least one batch, maybe empty); each batch's ``records`` hold exactly
        ``len(header)`` values, as :class:`CsvRows` describes."""
        header = self.header
        width = len(header)
        char_limit = BATCH_CHARS if limited else -1
        records: list[list[str]] = []
        lines: list[int] = []
        extras: dict[int, int] = {}
        batch_start = self._chars
        given = False
        for start, record in self._rows:
            if len(record) != width:
                # Missing trailing values are blanks (hand-written files omit them); values
                # beyond the header are reported by the importer, since they usually mean a
                # stray delimiter.
                extra = sum(1 for v in record[width:] if v.strip())
                if extra:
                    extras[len(records)] = extra
                record = (record + [""] * width)[:width]
            records.append([restore_text(v) for v in record])
            lines.append(start)
            if self._chars - batch_start >= char_limit > 0:
                yield CsvRows(header, records, lines, extras)
                given = True
                records, lines, extras = [], [], {}
                batch_start = self._chars
        self._any_data = self._any_data or bool(records) or given
        if self._any_data:
            self._check_closed_quotes()
        if records or not given:
            yield CsvRows(header, records, lines, extras)

    def _check_closed_quotes(self) -> None:
        """Refuse a quote that never closes: Python's reader would quietly read every following
        row into that one value. Only the last row can hold such a quote (it runs to the end),
        and there an odd number of quote characters means one is open (a doubled "" counts
        two)."""
        self._trim()
        tail = self._tail_line
        piece = next((p for p in reversed(self._marks) if p.first_line <= tail), self._tail_piece)
        if piece is None:
            return
        before = _LINE.findall(piece.text)[:tail - piece.first_line]
        quotes = self._quotes - piece.quotes_before - sum(line.count('"') for line in before)
        if quotes % 2:
            raise ImportRejected([RowError(
                tail, "-",
                'a quote (") opened on this line is never closed, so every following line would '
                "be read as one value; close the quote or remove it")])


def text_chunks(text: str) -> Iterator[str]:
    """``text`` a :data:`CHUNK` of characters at a time."""
    return (text[i:i + CHUNK] for i in range(0, len(text), CHUNK))


def decoded(binary: BinaryIO) -> Iterator[str]:
    """UTF-8 text of ``binary`` a chunk at a time.

    Raises:
        ImportRejected: the bytes are not UTF-8, naming the line of the first bad byte.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    newlines = 0
    while True:
        chunk = binary.read(CHUNK)
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            line = newlines + bytes(exc.object[:exc.start]).count(b"\n") + 1
            raise ImportRejected([RowError(line, "-", NOT_UTF8)]) from exc
        newlines += chunk.count(b"\n")
        if text:
            yield text
        if not chunk:
            return


class open_csv:  # used as a function: ``with open_csv(path) as stream``
    """``with open_csv(path) as stream``: the file's :class:`CsvStream`, closed afterwards.

    Raises:
        ImportRejected: the file cannot be read (naming the reason) or its start is not CSV.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._file: BinaryIO = self.path.open("rb")
            size = self.path.stat().st_size
        except OSError as exc:
            raise ImportRejected([RowError(1, "-", f"cannot read {path}: {exc.strerror}")]) \
                from exc
        try:
            self.stream = CsvStream(decoded(self._file), size, self._file.tell)
        except BaseException:
            self._file.close()
            raise

    def __enter__(self) -> CsvStream:
        return self.stream

    def __exit__(self, *_exc: object) -> None:
        self._file.close()


def read_table(text: str) -> CsvTable:
    """Parse CSV text, all of it in memory (an import streams a file instead); blank lines are
    skipped, line numbers count physical lines from 1.

    A quoted value may span lines (notes), so each row records the line it starts on. Rows are
    kept as the reader's lists until asked for (see :class:`CsvRows`).
    """
    stream = CsvStream(text_chunks(text))
    [rows] = stream.batches(limited=False)
    return CsvTable(stream.header, rows, stream.delimiter)


def read_file(path: str | Path) -> CsvTable:
    """The CSV table in ``path``, all of it in memory (an import streams the file instead);
    an unreadable or non-UTF-8 file is an ImportRejected."""
    with open_csv(path) as stream:
        [rows] = stream.batches(limited=False)
        return CsvTable(stream.header, rows, stream.delimiter)
