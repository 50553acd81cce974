"""Height over time: the latest height, and the height loss that suggests silent spine fractures.

BHOF 2022 (LeBoff et al., Osteoporos Int 2022;33:2049-2102) and the ISCD indications for
vertebral fracture assessment (VFA) suggest spine imaging after a historical height loss of 4 cm
(1.5 in) or more (from the tallest adult height), or a prospective loss of 2 cm (0.8 in) or
more between measurements. "Prospective" is read here as measurements up to about three years
apart (:data:`PROSPECTIVE_WINDOW_DAYS`, a **product rule**).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.measures.units import MEASURES, to_canonical
from bonetracker.domain.records import Measure, MeasureKind, PatientRecord

HISTORICAL_LOSS_CM = 4.0  # BHOF 2022: >= 4 cm (1.5 in) from the tallest adult height
PROSPECTIVE_LOSS_CM = 2.0  # BHOF 2022: >= 2 cm (0.8 in) between measurements
PROSPECTIVE_WINDOW_DAYS = round(3.5 * 365.25)  # "about 3 years": product rule
ADULT_AGE = 20  # heights measured before 20 are not an adult height (product rule)
TOLERANCE = 1e-9
HEIGHT_SOURCE = (
    "BHOF Clinician's Guide 2022 (LeBoff et al., Osteoporos Int 2022;33:2049-2102): vertebral "
    "imaging after historical height loss >= 4 cm or prospective loss >= 2 cm; ISCD official "
    "positions (indications for vertebral fracture assessment)"
)


@dataclass(frozen=True)
class HeightLoss:
    """A height loss at or over a threshold: from ``from_cm`` on ``from_date`` to ``to_cm``."""

    kind: str  # "historical" (from the tallest adult height) or "prospective" (within ~3 years)
    loss_cm: float
    from_cm: float
    from_date: dt.date
    to_cm: float
    to_date: dt.date
    threshold_cm: float

    def text(self) -> str:
        if self.kind == "historical":
            what = translate("measures", "from your tallest measured height")
        else:
            what = translate("measures", "within about 3 years")
        return translate(
            "measures",
            "your height fell {loss:.1f} cm {what} ({from_cm:.1f} cm on {from_date} to {to_cm:.1f} cm on "
            "{to_date}); {threshold:.0f} cm or more is a reason to look for spine fractures",
        ).format(
            loss=self.loss_cm, what=what, from_cm=self.from_cm, from_date=format_date(self.from_date),
            to_cm=self.to_cm, to_date=format_date(self.to_date), threshold=self.threshold_cm,
        )


def heights_cm(measures: Sequence[Measure]) -> list[tuple[dt.date, float]]:
    """(date, height in cm) of every height measurement, oldest first."""
    spec = MEASURES[MeasureKind.HEIGHT]
    return sorted((m.date, to_canonical(spec, m.value, m.unit))
                  for m in measures if m.kind is MeasureKind.HEIGHT)


def current_height_cm(record: PatientRecord) -> float | None:
    """The latest measured height, else the height on the patient's details."""
    heights = heights_cm(record.measures)
    return heights[-1][1] if heights else record.patient.height_cm


def height_loss(record: PatientRecord) -> HeightLoss | None:
    """The height loss that calls for spine imaging, or None (historical first, as it is the
    larger threshold; otherwise the largest prospective loss ending at the latest height)."""
    heights = heights_cm(record.measures)
    if len(heights) < 2:
        return None
    last_date, last = heights[-1]
    adult = [(d, h) for d, h in heights[:-1] if record.patient.age_on(d) >= ADULT_AGE]
    if adult:
        tall_date, tallest = max(adult, key=lambda p: (p[1], p[0]))
        if tallest - last >= HISTORICAL_LOSS_CM - TOLERANCE:
            return HeightLoss("historical", tallest - last, tallest, tall_date, last, last_date,
                              HISTORICAL_LOSS_CM)
    window = [(d, h) for d, h in heights[:-1] if (last_date - d).days <= PROSPECTIVE_WINDOW_DAYS]
    if window:
        from_date, high = max(window, key=lambda p: (p[1], p[0]))
        if high - last >= PROSPECTIVE_LOSS_CM - TOLERANCE:
            return HeightLoss("prospective", high - last, high, from_date, last, last_date,
                              PROSPECTIVE_LOSS_CM)
    return None
