"""Exercise programmes a physiotherapist prescribes: the records, starter templates, the safety
check when prescribing, weekly adherence and progression proposals. Pure Python, like the rest
of the domain; storage keeps the versions, services validate and log against them.
"""

from bonetracker.domain.programmes.model import (
    DoseKind,
    Programme,
    ProgrammeId,
    ProgrammeItem,
    ProgrammeItemId,
    ProgrammeVersion,
    ProgrammeVersionId,
    Progression,
)

__all__ = [
    "DoseKind",
    "Programme",
    "ProgrammeId",
    "ProgrammeItem",
    "ProgrammeItemId",
    "ProgrammeVersion",
    "ProgrammeVersionId",
    "Progression",
]
