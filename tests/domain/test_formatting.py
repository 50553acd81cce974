"""One formatter for every number people read (issue 13: eight and four copies before)."""

from __future__ import annotations

import math

import pytest

from bonetracker.domain.formatting import number, signed


@pytest.mark.parametrize(("args", "kwargs", "text"), [
    ((None, 1), {}, "–"),
    ((math.nan, 1), {}, "–"),
    ((None, 1), {"missing": ""}, ""),
    ((-2.71, 1), {}, "-2.7"),
    ((-2.71, 1), {"typographic": True}, "−2.7"),
    ((0.4, 1), {"signed": True}, "+0.4"),
    ((1234.5, 0), {"grouped": True}, "1,234"),
    ((0.8715, 3), {"unit": " g/cm²"}, "0.872 g/cm²"),
])
def test_number(args: tuple[float | None, int], kwargs: dict[str, object], text: str) -> None:
    assert number(*args, **kwargs) == text  # type: ignore[arg-type]


def test_signed_uses_a_real_minus() -> None:
    assert signed(-2.7) == "−2.7" and signed(0.44, 2) == "+0.44"
