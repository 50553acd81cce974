"""When to talk to a doctor about bone medicine, quoting the facts that led there.

BHOF 2022 (LeBoff et al., Osteoporos Int 2022;33:2049-2102) and NOGG 2022 (Gregson et al., Arch
Osteoporos 2022;17:58) consider treatment after a hip or vertebral fragility fracture, with a T-score
of -2.5 or lower, or with low bone mass and further risk (a prior fragility fracture, glucocorticoids
per ACR 2022, a parent's hip fracture, secondary osteoporosis). The rule only ever says "talk to your
doctor": choosing a drug or a dose is a clinician's decision, never ours.
"""

from __future__ import annotations

from bonetracker.domain.bmd import (
    FRACTURE_DIAGNOSTIC_SITES,
    FRACTURE_SITE_NAMES,
    NORMAL_LOWER,
    OSTEOPOROSIS_UPPER,
    Basis,
    Category,
    has_fragility_fracture,
)
from bonetracker.domain.change import Direction, on_treatment
from bonetracker.domain.guidance.context import RuleContext, Rules, rec
from bonetracker.domain.guidance.rules.scans import significant_changes, site_name
from bonetracker.domain.i18n import format_date, translate


def risk_factors(c: RuleContext) -> list[str]:
    """The recorded risk factors that, with low bone mass, make treatment worth discussing."""
    p = c.record.patient
    found: list[str] = []
    if has_fragility_fracture(c.record, c.as_of):
        found.append(translate("guidance", "a previous fragility fracture"))
    if p.glucocorticoids:
        found.append(translate("guidance", "glucocorticoid (steroid) treatment"))
    if p.parental_hip_fracture:
        found.append(translate("guidance", "a parent's hip fracture"))
    if p.secondary_osteoporosis:
        found.append(translate("guidance", "a cause of secondary osteoporosis"))
    if p.rheumatoid_arthritis:  # a FRAX and NOGG 2022 clinical risk factor
        found.append(translate("guidance", "rheumatoid arthritis"))
    return found


def treatment_triggers(c: RuleContext) -> list[str]:
    """The facts that make treatment worth discussing (BHOF 2022, NOGG 2022, AACE 2020)."""
    cl = c.classification
    why: list[str] = []
    fractures = sorted(
        (
            f
            for f in c.record.fractures
            if f.low_trauma and f.date <= c.as_of and f.site in FRACTURE_DIAGNOSTIC_SITES
        ),
        key=lambda f: f.date,
    )
    for f in fractures[-1:]:
        why.append(
            translate("guidance", "a low-trauma {site} fracture on {date}").format(
                site=translate("classification", FRACTURE_SITE_NAMES[f.site]), date=format_date(f.date)
            )
        )
    by_t = cl.basis in (Basis.T_SCORE, Basis.FRACTURE, Basis.HISTORY)
    if by_t and cl.t_score is not None and cl.t_score <= OSTEOPOROSIS_UPPER + 1e-9:
        site = site_name(cl.site) if cl.site else translate("guidance", "lowest site")
        why.append(
            translate("guidance", "T-score {value:+.1f} at the {site}").format(value=cl.t_score, site=site)
        )
    elif cl.basis is Basis.HISTORY and cl.diagnosed_on is not None:
        why.append(
            translate("guidance", "osteoporosis diagnosed on {date}").format(
                date=format_date(cl.diagnosed_on)
            )
        )
    elif cl.basis is Basis.FRACTURE and cl.fracture is not None and not fractures:
        f = cl.fracture
        why.append(
            translate("guidance", "a low-trauma {site} fracture on {date} with low bone mass").format(
                site=translate("classification", FRACTURE_SITE_NAMES[f.site]), date=format_date(f.date)
            )
        )
    low_mass = cl.basis is not Basis.Z_SCORE and cl.t_score is not None and cl.t_score < NORMAL_LOWER - 1e-9
    if not why and (cl.category is Category.LOW_BONE_MASS or low_mass):
        factors = risk_factors(c)
        if factors:
            joined = translate("guidance", " and ").join(factors)
            why.append(translate("guidance", "low bone mass with {factors}").format(factors=joined))
    return why


def rule_medical(c: RuleContext) -> Rules:
    why = treatment_triggers(c)
    loss = significant_changes(c, Direction.LOSS)
    if loss:
        sites = ", ".join(site_name(ch.site) for ch in loss)
        why.append(translate("guidance", "significant loss at the {sites}").format(sites=sites))
    if not why:
        return []
    if on_treatment(c.record.medications, c.as_of):
        ask = translate("guidance", "Ask your doctor whether your current treatment is working as expected.")
    else:
        ask = translate("guidance", "Talk to your doctor about whether a bone medicine is right for you.")
    return [rec("discuss_medication", "; ".join(why), ask=ask)]
