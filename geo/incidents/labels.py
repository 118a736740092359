"""The labels the rules give: (event type, sub-event type) pairs of the taxonomy.

Short names for the sub-event types an event can take, shared by
:mod:`~geo.incidents.rules` and the modules that decide for it
(:mod:`~geo.incidents.protests`, :mod:`~geo.incidents.attacks`,
:mod:`~geo.incidents.victims`, :mod:`~geo.incidents.territory`): "Russian jets bombed
Ariha" is an :data:`AIR` strike, "gunmen attacked a village" an :data:`ATT` attack on
civilians, "the army took control of X" :data:`GRT`.

Examples
--------
>>> AIR
('Explosions/Remote violence', 'Air/drone strike')
>>> DSP
('Displacement', None)
"""

from __future__ import annotations

from geo.incidents.taxonomy import (
    BATTLES,
    DISPLACEMENT,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC_DEVELOPMENTS,
    VIOLENCE_AGAINST_CIVILIANS,
)

__all__ = [
    "ABD", "AC", "AGR", "AIR", "ARR", "ATT", "CHG", "CW", "DSP", "DWU", "EF", "GR", "GRT", "HQ", "IED", "LOOT",
    "MOB", "NSO", "NVT", "OTH", "PI", "PP", "SB", "SH", "SV", "VD",
]

AC = (BATTLES, "Armed clash")
GRT = (BATTLES, "Government regains territory")
NSO = (BATTLES, "Non-state actor overtakes territory")
ATT = (VIOLENCE_AGAINST_CIVILIANS, "Attack")
ABD = (VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance")
AIR = (EXPLOSIONS, "Air/drone strike")
SH = (EXPLOSIONS, "Shelling/artillery/missile attack")
IED = (EXPLOSIONS, "Remote explosive/landmine/IED")
SB = (EXPLOSIONS, "Suicide bomb")
CW = (EXPLOSIONS, "Chemical weapon")
GR = (EXPLOSIONS, "Grenade")
SV = (VIOLENCE_AGAINST_CIVILIANS, "Sexual violence")
PP = (PROTESTS, "Peaceful protest")
PI = (PROTESTS, "Protest with intervention")
EF = (PROTESTS, "Excessive force against protesters")
VD = (RIOTS, "Violent demonstration")
MOB = (RIOTS, "Mob violence")
ARR = (STRATEGIC_DEVELOPMENTS, "Arrests")
DWU = (STRATEGIC_DEVELOPMENTS, "Disrupted weapons use")
LOOT = (STRATEGIC_DEVELOPMENTS, "Looting/property destruction")
NVT = (STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory")
OTH = (STRATEGIC_DEVELOPMENTS, "Other")
CHG = (STRATEGIC_DEVELOPMENTS, "Change to group/activity")
AGR = (STRATEGIC_DEVELOPMENTS, "Agreement")
HQ = (STRATEGIC_DEVELOPMENTS, "Headquarters or base established")
DSP = (DISPLACEMENT, None)
