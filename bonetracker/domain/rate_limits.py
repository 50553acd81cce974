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
    ANTIRESORPTIVE = "antiresorptive"  # bisphosphonates
    DENOSUMAB = "denosumab"
    ANABOLIC = "anabolic"  # teriparatide, abaloparatide
    ROMOSOZUMAB = "romosozumab"


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
# First-year gains are larger than the multi-year average (bone_facts.md "Courses and reviews"), so
# a normal first-year response must not read as implausible:
_FREEDOM = ("FREEDOM (Cummings et al., NEJM 2009;361:756-65): denosumab spine about +9 %, total hip "
            "about +6 % over 3 years, most of it in the first year")
_FRAME = ("FRAME (Cosman et al., NEJM 2016;375:1532-43): romosozumab 12 months spine about +13 %, "
          "total hip about +7 %")
_ACTIVE = ("Neer 2001 teriparatide spine about +9-10 % over 18-21 months; ACTIVE (Miller et al., JAMA "
           "2016;316:722-33) abaloparatide 18 months spine about +11 %")

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
    RateLimit(Site.LUMBAR_SPINE, Regimen.DENOSUMAB, 6.0, _FREEDOM),
    RateLimit(Site.TOTAL_HIP, Regimen.DENOSUMAB, 4.0, _FREEDOM),
    RateLimit(Site.FEMORAL_NECK, Regimen.DENOSUMAB, 4.0, _FREEDOM),
    RateLimit(Site.TOTAL_BODY, Regimen.DENOSUMAB, 4.0, _ASSUMED),
    RateLimit(Site.FOREARM_33, Regimen.DENOSUMAB, 4.0, _ASSUMED),
    RateLimit(Site.LUMBAR_SPINE, Regimen.ANABOLIC, 10.0, f"{_NEER}; {_ACTIVE}"),
    RateLimit(Site.TOTAL_HIP, Regimen.ANABOLIC, 4.0, f"{_NEER}; {_ACTIVE}"),
    RateLimit(Site.FEMORAL_NECK, Regimen.ANABOLIC, 4.0, f"{_NEER}; {_ACTIVE}"),
    RateLimit(Site.TOTAL_BODY, Regimen.ANABOLIC, 4.0, _ASSUMED),
    RateLimit(Site.FOREARM_33, Regimen.ANABOLIC, 4.0, _ASSUMED),
    RateLimit(Site.LUMBAR_SPINE, Regimen.ROMOSOZUMAB, 14.0, _FRAME),
    RateLimit(Site.TOTAL_HIP, Regimen.ROMOSOZUMAB, 8.0, _FRAME),
    RateLimit(Site.FEMORAL_NECK, Regimen.ROMOSOZUMAB, 8.0, _FRAME),
    RateLimit(Site.TOTAL_BODY, Regimen.ROMOSOZUMAB, 8.0, _ASSUMED),
    RateLimit(Site.FOREARM_33, Regimen.ROMOSOZUMAB, 8.0, _ASSUMED),
)


def regimen_between(medications: Iterable[MedicationCourse], start: dt.date, end: dt.date) -> Regimen:
    """The strongest bone treatment whose course overlaps ``start``..``end``."""
    courses = [m for m in medications if m.start <= end and (m.end is None or m.end >= start)]
    overlapping = [m.drug_class for m in courses]
    if any(m.drug.casefold() == "romosozumab" for m in courses):
        return Regimen.ROMOSOZUMAB
    if DrugClass.ANABOLIC in overlapping:
        return Regimen.ANABOLIC
    if DrugClass.DENOSUMAB in overlapping:
        return Regimen.DENOSUMAB
    if DrugClass.BISPHOSPHONATE in overlapping:
        return Regimen.ANTIRESORPTIVE
    return Regimen.NONE


def rate_limit(site: Site, regimen: Regimen) -> RateLimit:
    return next(r for r in RATE_LIMITS if r.site == site and r.regimen == regimen)
