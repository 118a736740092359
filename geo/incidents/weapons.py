"""What a weapon noun tells: fired, downed, seized, bought, or itself the target.

A weapon word ("missiles", "drones", "grenades") is an event only with an impact
word near it (the rules check that); these tests tell the rest:
:func:`weapon_downed` (air defence destroyed it: a disrupted weapons use),
:func:`weapon_seized` (found or confiscated: disrupted too), :func:`weapon_acquired`
(bought or delivered: no event) and :func:`weapon_is_target` (what was fired on).

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Air defence destroyed eleven drones over Kursk."
>>> ctx = SentenceContext(text, 0, len(text))
>>> drones = next(u for u in ctx.units if u.phrase == "drones")
>>> weapon_downed(ctx, 0, drones)
True
"""

from __future__ import annotations

import re

from geo.incidents.clauses import SentenceContext
from geo.incidents.matcher import Unit

__all__ = ["weapon_acquired", "weapon_downed", "weapon_is_target", "weapon_seized"]

# Weapons bought, sold or delivered: "bought six armed drones", "a shipment of missiles"
_ACQUIRED = re.compile(
    r"(?<!\S)(?:bought|buys|buy|buying|purchased|purchases|purchase|acquired|acquire|acquiring|sold|sells|sell|"
    r"selling|delivered|delivers|deliver|supplied|supplies|supply|ordered|deal\s+for|shipments?\s+of|"
    r"deliveries\s+of|exports?\s+of|imports?\s+of)\s+(?:\S+\s+){0,3}$"
)

_TARGETED = re.compile(
    r"(?<!\S)(?:(?:fire|fired|firing|shot|shooting)\s+(?:on|at)|attacked|attacking|targeted|targeting|"
    r"hit|struck|striking)\s+(?!by\s)(?:(?:a|an|the|two|three|several)\s+)?(?:\S+\s+){0,2}$"
)


_DOWNED = re.compile(
    r"(?<!\S)(?:destroyed|downed|shot\s+down|intercepted|neutrali[sz]ed|jammed|repelled)\s+"
    r"(?:(?:\S*\d\S*|a|an|the|all|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"dozens\s+of|most\s+of\s+the)\s+)?(?:\S+\s+){0,2}$"
)


_DOWNED_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,2}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\S+ly\s+)?"
    r"(?:destroyed|downed|shot\s+down|intercepted|neutrali[sz]ed|jammed)(?!\S)"
)
_FLYING = ("drone", "missile", "rocket", "shahed", "uav", "projectile", "unmanned", "uncrewed", "sea drone")


_SEIZED_AFTER = re.compile(
    r"^(?:\s+(?:\S+\s+){0,8}?)?\s*(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\S+ly\s+)?"
    r"(?:seized|recovered|confiscated|found|discovered|uncovered|defused|dismantled|handed\s+over)(?!\S)"
)


def weapon_seized(ctx: SentenceContext, unit: Unit, b: int) -> bool:
    """Whether the weapon noun is the subject of a seizure ("rifles, hand grenades and
    explosives intended for the attack were seized in X"): a disrupted weapons use."""
    return _SEIZED_AFTER.match(ctx.norm_at(unit.end, min(b, unit.end + 90))) is not None


def weapon_downed(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun is a drone or missile that air defence destroyed ("air
    defence destroyed 12 attack drones", "8 drones were destroyed over X"): a disrupted
    weapon, not a strike. A tank destroyed is a strike on it."""
    if not unit.phrase.startswith(_FLYING):
        return False
    return _DOWNED.search(ctx.norm_at(max(a, unit.start - 45), unit.start)) is not None \
        or _DOWNED_AFTER.match(ctx.norm_at(unit.end, unit.end + 45)) is not None


def weapon_is_target(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun is what was fired on ("opened fire on a plane")."""
    return _TARGETED.search(ctx.norm_at(max(a, unit.start - 40), unit.start)) is not None


def weapon_acquired(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun is what was bought, sold or delivered ("bought six armed
    drones", "a shipment of missiles"): an arms deal, not a strike."""
    return _ACQUIRED.search(ctx.norm_at(max(a, unit.start - 50), unit.start)) is not None
