"""Loading a FHIR JSON file safely: size before reading, UTF-8, JSON, nesting depth.

Every failure is a :class:`FhirRejected` whose :class:`Problem` says where it is (the file, a
line and column, or an entry), so nothing downstream sees an unsafe or malformed document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from bonetracker.domain.errors import FieldError, ValidationError

MAX_BYTES = 20 * 1024 * 1024
"""Largest file read (a patient's bundle with decades of results is well under 1 MB)."""
MAX_DEPTH = 32
"""Deepest nesting of objects and lists accepted (FHIR resources stay well under 15)."""
MAX_VALUES = 2_000_000
"""Most JSON values (counted from the delimiters that begin them) parsed: a value takes ~100
bytes once parsed, so 20 MB of ``0.1,`` (5 million decimals) took 3 GB; a realistic 20 MB
bundle of 30,000 results holds ~900,000 and peaks at ~200 MB."""


@dataclass(frozen=True)
class Problem:
    """Something in the file that stops the import, and where it is."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class FhirRejected(ValidationError):
    """The file was refused and nothing was written; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__([FieldError(p.where, p.message) for p in self.problems])


def read_path(path: str | Path) -> bytes:
    """The file's bytes, refusing an unreadable or oversized file before reading it."""
    where = Path(path).name or str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise FhirRejected([Problem(where, f"is {size / 1024 / 1024:.0f} MB; FHIR files over "
                                               f"{MAX_BYTES // 1024 // 1024} MB are refused (one "
                                               "patient's bundle is far smaller)")])
        return Path(path).read_bytes()
    except OSError as exc:
        raise FhirRejected([Problem(where, f"cannot be read ({exc.strerror or exc})")]) from exc


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _depth_position(text: str, limit: int) -> tuple[int, int] | None:
    """Line and column where nesting first exceeds ``limit`` (strings skipped), else None."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                line = text.count("\n", 0, match.start()) + 1
                return line, match.start() - text.rfind("\n", 0, match.start())
        elif token in "]}":
            depth -= 1
    return None


def load_json(data: bytes, where: str = "the file") -> Any:
    """Decode and parse, with numbers as ``Decimal``; every failure is a :class:`FhirRejected`."""
    if len(data) > MAX_BYTES:
        raise FhirRejected([Problem(where, f"is over {MAX_BYTES // 1024 // 1024} MB; refused")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FhirRejected([Problem(f"{where}, line {line}", "is not UTF-8 text")]) from exc
    values = text.count(",") + text.count("{") + text.count("[")  # at most: strings count too
    if values > MAX_VALUES:
        raise FhirRejected([Problem(where, f"holds over {MAX_VALUES:,} JSON values ({values:,}); "
                                           "refused (one patient's bundle holds far fewer)")])
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except RecursionError as exc:
        spot = _depth_position(text, MAX_DEPTH)
        at = f", line {spot[0]} column {spot[1]}" if spot else ""
        raise FhirRejected([Problem(f"{where}{at}", f"is nested more than {MAX_DEPTH} levels "
                                                    "deep; refused")]) from exc
    except ValueError as exc:  # JSONDecodeError is a ValueError
        lineno = getattr(exc, "lineno", None)
        at = f", line {lineno} column {getattr(exc, 'colno', '?')}" if lineno else ""
        message = getattr(exc, "msg", str(exc))
        raise FhirRejected([Problem(f"{where}{at}", f"is not valid JSON ({message})")]) from exc


def depth(value: Any) -> int:
    """Nesting depth of a parsed value, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in item)
    return deepest
