"""ACLED's event taxonomy as data, plus the two extra labels incidentmap uses.

ACLED has six event types and 25 sub-event types. incidentmap adds
``"Displacement"`` (people displaced from or to a place) and ``"None"`` (the
place is only mentioned). Both extra labels have no sub-event type.

Examples
--------
>>> len(TAXONOMY), sum(len(v) for v in TAXONOMY.values())
(6, 25)
>>> event_type_of("Air/drone strike")
'Explosions/Remote violence'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from gazetteer.exc import InputError
from geo.model import VIOLENT_TYPES

__all__ = [
    "BATTLES",
    "EXPLOSIONS",
    "VIOLENCE_AGAINST_CIVILIANS",
    "PROTESTS",
    "RIOTS",
    "STRATEGIC_DEVELOPMENTS",
    "DISPLACEMENT",
    "NONE",
    "TAXONOMY",
    "ACLED_EVENT_TYPES",
    "EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "VIOLENT_EVENT_TYPES",
    "event_type_of",
    "validate_label",
]

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
DISPLACEMENT = "Displacement"
NONE = "None"

TAXONOMY: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        BATTLES: (
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ),
        EXPLOSIONS: (
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ),
        VIOLENCE_AGAINST_CIVILIANS: (
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ),
        PROTESTS: (
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ),
        RIOTS: ("Violent demonstration", "Mob violence"),
        STRATEGIC_DEVELOPMENTS: (
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ),
    }
)
"""ACLED event type -> its sub-event types, in ACLED's order."""

ACLED_EVENT_TYPES: tuple[str, ...] = tuple(TAXONOMY)
"""The six ACLED event types."""

EVENT_TYPES: tuple[str, ...] = ACLED_EVENT_TYPES + (DISPLACEMENT, NONE)
"""Every value ``Incident.incident_type`` can take."""

SUB_EVENT_TYPES: Mapping[str, str] = MappingProxyType(
    {sub: event for event, subs in TAXONOMY.items() for sub in subs}
)
"""Sub-event type -> its event type."""

VIOLENT_EVENT_TYPES: frozenset[str] = VIOLENT_TYPES
"""Event types counted as violent (Battles, Explosions/Remote violence, Violence
against civilians, Riots); the same set as :data:`geo.model.VIOLENT_TYPES`."""


def event_type_of(sub_event_type: str) -> str:
    """Return the ACLED event type a sub-event type belongs to.

    Raises
    ------
    InputError
        If ``sub_event_type`` is not one of the 25 ACLED sub-event types.

    Examples
    --------
    >>> event_type_of("Grenade")
    'Explosions/Remote violence'
    """
    try:
        return SUB_EVENT_TYPES[sub_event_type]
    except KeyError:
        raise InputError(f"unknown ACLED sub-event type: {sub_event_type!r}") from None


def validate_label(incident_type: str, sub_event_type: str | None) -> None:
    """Check that an (event type, sub-event type) pair is consistent.

    ``"Displacement"`` and ``"None"`` take no sub-event type; an ACLED event type
    takes ``None`` or one of its own sub-event types.

    Raises
    ------
    InputError
        If the type is unknown or the sub-event type does not belong to it.

    Examples
    --------
    >>> validate_label("Battles", "Armed clash")
    >>> validate_label("None", None)
    """
    if incident_type not in EVENT_TYPES:
        raise InputError(f"unknown incident type: {incident_type!r}")
    if sub_event_type is None:
        return
    if incident_type in (DISPLACEMENT, NONE):
        raise InputError(f"{incident_type!r} takes no sub-event type, got {sub_event_type!r}")
    if sub_event_type not in TAXONOMY[incident_type]:
        raise InputError(f"{sub_event_type!r} is not a sub-event type of {incident_type!r}")
