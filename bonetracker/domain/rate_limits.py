"""How fast BMD can plausibly change per year at each site, by treatment, with the sources.

A trend steeper than these published ranges is more likely scanner noise or a change of
scanner than real bone change, so a projection built on it carries a caution
(:func:`bonetracker.domain.change.projection_caution`). Figures and sources are also in
``docs/clinical-sources.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.records import DrugClass, MedicationCourse, Site


class Regimen(StrEnum):
    """What treatment a trend was measured under, for judging whether its rate is plausible."""

    NONE = "none"
    ANTIRESORPTIVE = "antiresorptive"
    ANABOLIC = "anabolic"


@dataclass(frozen=True)
class RateLimit:
    """Largest |annual % change| that published data make plausible for a site and regimen."""

    site: Site
    regimen: Regimen
    percent_per_year: float
    source: str


_SWAN = "SWAN: around menopause spine about -2.5 %/yr, femoral neck about -1.9 %/yr"
_COCHRANE = "Cochrane 2011 exercise: femoral neck about +1 %, spine up to about +3 %"
_LIBERMAN = "Liberman 1995 alendronate 3 y: spine +8.8 % (~2.9 %/yr), femoral neck +5.9 % (~2 %/yr)"
_NEER = "Neer 2001 teriparatide ~21 months: spine about +9 % (~5 %/yr), femoral neck about +3 %"
_ASSUMED = "assumption: no published range in bone_facts.md; hip-like limit used"

# One table, so the caution threshold is data with its source next to it.
RATE_LIMITS: tuple[RateLimit, ...] = (
    RateLimit(Site.LUMBAR_SPINE, Regimen.NONE, 3.0, f"{_SWAN}; {_COCHRANE}"),
    RateLimit(Site.TOTAL_HIP, Regimen.NONE, 2.0, _SWAN),
    RateLimit(Site.FEMORAL_NECK, Regimen.NONE, 2.0, f"{_SWAN}; {_COCHRANE}"),
    RateLimit(Site.TOTAL_BODY, Regimen.NONE, 2.0, _ASSUMED),
    RateLimit(Site.FOREARM_33, Regimen.NONE, 2.0, _ASSUMED),
    RateLimit(Site.LUMBAR_SPINE, Regimen.ANTIRESORPTIVE, 4.0, f"{_LIBERMAN}; zoledronate ~+7 %/3 y"),
    RateLimit(Site.TOTAL_HIP, Regimen.ANTIRESORPTIVE, 3.0, _LIBERMAN),
    RateLimit(Site.FEMORAL_NECK, Regimen.ANTIRESORPTIVE, 3.0, _LIBERMAN),
    RateLimit(Site.TOTAL_BODY, Regimen.ANTIRESORPTIVE, 3.0, _ASSUMED),
    RateLimit(Site.FOREARM_33, Regimen.ANTIRESORPTIVE, 3.0, _ASSUMED),
    RateLimit(Site.LUMBAR_SPINE, Regimen.ANABOLIC, 5.0, _NEER),
    RateLimit(Site.TOTAL_HIP, Regimen.ANABOLIC, 3.0, f"{_NEER}; {_LIBERMAN}"),
    RateLimit(Site.FEMORAL_NECK, Regimen.ANABOLIC, 3.0, f"{_NEER}; {_LIBERMAN}"),
    RateLimit(Site.TOTAL_BODY, Regimen.ANABOLIC, 3.0, _ASSUMED),
    RateLimit(Site.FOREARM_33, Regimen.ANABOLIC, 3.0, _ASSUMED),
)


def regimen_between(medications: Iterable[MedicationCourse], start: dt.date, end: dt.date) -> Regimen:
    """The strongest bone treatment whose course overlaps ``start``..``end``."""
    overlapping = [m.drug_class for m in medications if m.start <= end and (m.end is None or m.end >= start)]
    if DrugClass.ANABOLIC in overlapping:
        return Regimen.ANABOLIC
    if DrugClass.BISPHOSPHONATE in overlapping or DrugClass.DENOSUMAB in overlapping:
        return Regimen.ANTIRESORPTIVE
    return Regimen.NONE


def rate_limit(site: Site, regimen: Regimen) -> RateLimit:
    return next(r for r in RATE_LIMITS if r.site == site and r.regimen == regimen)
