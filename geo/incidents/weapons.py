"""What a weapon noun tells: fired, downed, seized, bought, or itself the target.

A weapon word ("missiles", "drones", "grenades") is an event only with an impact
word near it (the rules check that); these tests tell the rest:
:func:`weapon_downed` (air defence destroyed it: a disrupted weapons use),
:func:`weapon_seized` (found or confiscated: disrupted too), :func:`weapon_acquired`
(bought or delivered: no event), :func:`weapon_carries` (an aircraft that carried people:
no event) and :func:`weapon_is_target` (what was fired on).

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
from geo.incidents.lexicon import Cue
from geo.incidents.matcher import Unit, normalize
from geo.incidents.policing import CASUALTY_WORDS
from geo.incidents.sentences import split_sentences

__all__ = [
    "LEFTOVER",
    "attempt_stopped",
    "attempted_strike",
    "remote_attempt",
    "blasts_of_demolition",
    "buildings_blown_up",
    "demolition_start",
    "convoy_stopped",
    "failed_to_explode",
    "interception_debris",
    "nothing_armed_stopped",
    "weapon_acquired",
    "weapon_carried",
    "weapon_carries",
    "weapon_downed",
    "weapon_is_target",
    "weapon_seized",
    "weapons_taken",
    "went_off",
]

# Weapons bought, sold or delivered: "bought six armed drones", "a shipment of missiles"
_ACQUIRED = re.compile(
    r"(?<!\S)(?:bought|buys|buy|buying|purchased|purchases|purchase|acquired|acquire|acquiring|sold|sells|sell|"
    r"selling|delivered|delivers|deliver|supplied|supplies|supply|ordered|deal\s+for|shipments?\s+of|"
    r"deliveries\s+of|exports?\s+of|imports?\s+of|"
    # arms as cargo or handed in: "a truck loaded with rocket launchers, mortar rounds and rifles"
    r"loaded\s+with|laden\s+with|handed\s+over|handing\s+over|hand\s+over)\s+(?:\S+\s+){0,3}$"
)

_TARGETED = re.compile(
    r"(?<!\S)(?:(?:fire|fired|firing|shot|shooting)\s+(?:on|at)|attacked|attacking|targeted|targeting|"
    r"hit|struck|striking)\s+(?!by\s)(?:(?:a|an|the|two|three|several)\s+)?(?:\S+\s+){0,2}$"
)


_DOWNED = re.compile(
    r"(?<!\S)(?:destroyed|downed|shot\s+down|intercepted|neutrali[sz]ed|jammed|repelled)\s+"
    r"(?:(?:\S*\d\S*|a|an|the|all|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"dozens\s+of|most\s+of\s+the|\S*\d\S*\s+of\s+the\s+\S*\d\S*)\s+)?(?:\S+\s+){0,2}$"
)  # "destroyed 27 of the 36 drones"


# Between the weapon and its passive verb: a few words ("of the militants"), or a
# participle telling where it came from ("fired from X earlier in the week").
_DOWNED_AFTER = re.compile(
    r"^\s+(?:(?:(?!(?:and|but|or|while|which|that|who|hit|hits|struck|landed|exploded)\s)(?!\S+ed\s)\S+\s+){0,4}?"
    r"|(?:fired|launched|sent|flying|heading|aimed)\s+"
    r"(?:(?!(?:but|while|which|that|who)\s)\S+\s+){0,8}?)"
    r"(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\S+ly\s+)?"
    r"(?:destroyed|downed|shot\s+down|intercepted|neutrali[sz]ed|jammed)(?!\S)"
)
_FLYING = ("drone", "missile", "rocket", "shahed", "uav", "projectile", "unmanned", "uncrewed", "sea drone")


_SEIZED_AFTER = re.compile(
    r"^(?:\s+(?:\S+\s+){0,8}?)?\s*(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\S+ly\s+)?"
    r"(?:seized|recovered|confiscated|found|discovered|uncovered|defused|dismantled|handed\s+over|detected|"
    r"neutrali[sz]ed|deactivated|secured)(?!\S)"
)  # "an IED was detected and neutralised by the engineering unit", "18 IEDs were secured in X"


# A seizure verb right before the weapon: "found and seized 12 mines", "recovered two
# unexploded rockets", "discovered and destroyed an IED-making workshop", "troops located
# mortars ready to fire", "engineers neutralised an IED at the entry of X", "deactivated 14
# explosive devices hidden along a road".
_SEIZED_BEFORE = re.compile(
    r"(?<!\S)(?:seized|seizing|recovered|recovering|confiscated|confiscating|found|discovered|uncovered|"
    r"defused|defusing|dismantled|dismantling|removed|cleared|clearing|handed\s+over|located|locating|"
    r"neutrali[sz]ed|neutrali[sz]ing|deactivated|deactivating|"
    r"(?:found|discovered|detected|uncovered|located)\s+and\s+(?:destroyed|detonated|neutrali[sz]ed))\s+"
    r"(?:(?:\S*\d\S*|a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|"
    r"hundreds\s+of|a\s+number\s+of)\s+)?(?:\S+\s+){0,2}$"
)


# A weapon told as found, in a participle right after it: "detonated five IEDs found in
# the desert near X", "mortar rounds discovered along the road".
_FOUND_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,2}?(?:found|discovered|uncovered|recovered|hidden|stashed|planted)\s+"
    r"(?:in|at|near|on|along|inside|under|beside|by\s+the)(?!\S)"
)


# Planted devices destroyed by the side that holds them: "sappers destroyed 300 anti-personnel
# mines", "the group destroyed its stock of landmines" (a disposal, no blast at anyone).
_DEVICES_DESTROYED = re.compile(
    r"(?<!\S)(?:destroyed|destroying|destroy|destroys)\s+(?:(?:its|their|the)\s+(?:stocks?|stockpiles?)\s+of\s+)?"
    r"(?:(?:\d+(?:\s+\d{3})*|a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+)?(?:\S+\s+){0,2}$"
)


def weapon_seized(ctx: SentenceContext, unit: Unit, b: int, a: int | None = None) -> bool:
    """Whether the weapon noun is the subject of a seizure ("rifles, hand grenades and
    explosives intended for the attack were seized in X"), told as found ("detonated
    five IEDs found in the desert": a controlled detonation) or, when the clause start
    ``a`` is given, its object ("security members seized 12 mines planted near X"):
    a disrupted weapons use."""
    after = ctx.norm_at(unit.end, min(b, unit.end + 90))
    if _SEIZED_AFTER.match(after) is not None or (_FOUND_AFTER.match(after) and not went_off(ctx, unit.start, b)):
        return True
    if a is None:
        return False
    before = ctx.norm_at(max(a, unit.start - 45), unit.start)
    if _HIT_DEVICE.search(unit.phrase) and _DEVICES_DESTROYED.search(before):
        return True  # "deminers destroyed 1,500 anti-personnel mines in X"
    return _SEIZED_BEFORE.search(before) is not None


# What is seized when a seizure disrupts weapons use: arms, ammunition and explosives.
_ARMS = (
    r"(?:weapons?|arms|rifles?|guns|firearms?|pistols?|handguns?|revolvers?|shotguns?|ammunition|munitions|"
    r"cartridges|bullets|explosives|explosive\s+devices?|grenades?|landmines|mines|ieds?|detonators?|launchers?|"
    r"rpgs?|mortars|rockets|missiles|drones?|drone\s+parts|suicide\s+vests?|weaponry|arsenals?)"
)
# Words a seized object may carry before the arms (numbers, amounts, other goods), up to a
# verb of its own: "seized 1.5 tonnes of methamphetamine and 300 rifles", not "seized the
# town and killed three soldiers with rifles".
_ARMS_OBJECT = re.compile(
    r"^\s+(?:(?!(?:while|but|which|who|where|when|after|before|as|that)\s)"
    r"(?!(?!(?:improvised|assorted|armou?red|unlicensed|licensed|sophisticated|suspected)\s)\S+ed\s)\S+\s+){0,8}?"
    + _ARMS + r"(?!\S)"
)
# Arms told as seized in a passive: "weapons were seized in X", "a shipment of weapons being
# smuggled towards the border was seized".
_ARMS_SUBJECT = re.compile(
    r"(?<!\S)" + _ARMS + r"\s+(?:\S+\s+){0,6}?(?:were|was|have\s+been|had\s+been|has\s+been|being)\s+$"
)


def weapons_taken(ctx: SentenceContext, unit: Unit, a: int, b: int) -> bool:
    """Whether the seizure word ``unit`` takes arms, ammunition or explosives, as its object
    ("soldiers seized 1,200 rifles", "the seizure of six explosive devices") or as the
    subject of its passive ("weapons were seized in X").

    Examples
    --------
    >>> text = "Troops seized 300 rifles and two tonnes of cocaine."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> weapons_taken(ctx, ctx.units[0], 0, len(text))
    True
    """
    if _ARMS_OBJECT.match(ctx.norm_at(unit.end, min(b, unit.end + 90))):
        return True
    return _ARMS_SUBJECT.search(ctx.norm_at(max(a, unit.start - 90), unit.start)) is not None


def weapon_downed(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun is a drone or missile that air defence destroyed ("air
    defence destroyed 12 attack drones", "8 drones were destroyed over X"): a disrupted
    weapon, not a strike. A tank destroyed is a strike on it."""
    if _lone_weapon_downed(ctx, unit) or _salvo_downed(ctx, unit):
        return True  # "a missile ...; it was intercepted", "drones ...; all were downed"
    if not unit.phrase.startswith(_FLYING):
        return False
    return _DOWNED.search(ctx.norm_at(max(a, unit.start - 45), unit.start)) is not None \
        or _DOWNED_AFTER.match(ctx.norm_at(unit.end, unit.end + 110)) is not None


# A single weapon the sentence later says was downed: "fired a ballistic missile at X; the
# army said it was intercepted over Y" (the pronoun is that one missile).
_ONE_BEFORE = re.compile(r"(?<!\S)(?:a|an|one)\s+(?:\S+\s+){0,2}$")
_IT_DOWNED = re.compile(
    r"(?<!\S)it\s+(?:was|had\s+been|has\s+been)\s+(?:\S+ly\s+)?(?:intercepted|shot\s+down|downed)(?!\S)"
    # told actively: "..., adding it had intercepted the missile", "the army said it shot it down"
    # (not "targeted a vehicle with a missile and destroyed it": the vehicle)
    r"|(?<!\S)(?:intercepted|downed)\s+(?:it|the\s+(?:missile|drone|rocket|projectile|uav))(?!\S)"
    r"|(?<!\S)destroyed\s+the\s+(?:missile|drone|rocket|projectile|uav)(?!\S)"
    r"|(?<!\S)shot\s+(?:it|the\s+(?:missile|drone|rocket|projectile|uav))\s+down(?!\S)"
)


def _lone_weapon_downed(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether the weapon is one drone or missile that "it was intercepted" tells of later
    in the sentence: "a drone launched at X; the army said it was shot down"."""
    before = ctx.norm_at(max(ctx.start, unit.start - 30), unit.start)
    if unit.phrase.split()[-1] not in _FLYING or not _ONE_BEFORE.search(before):
        return False
    return _IT_DOWNED.search(ctx.norm_at(unit.end, ctx.end)) is not None


# The whole salvo the sentence later says was downed, by a pronoun for every weapon of it:
# "drones targeted the X region; the ministry said all were downed over X and Y", "missiles
# at X, both of which were intercepted" (not "almost all of them", "most of which": some
# got through).
_ALL_DOWNED = re.compile(
    r"(?<!\S)(?<!almost\s)(?<!nearly\s)(?<!virtually\s)(?:(?:all|both|each)(?:\s+of\s+(?:them|which))?|they)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\S+ly\s+)?"
    r"(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|jammed)(?!\S)"
)


def _salvo_downed(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether the weapon is a plural salvo of drones or missiles that "all were downed"
    tells of later in the sentence."""
    if not unit.phrase.startswith(_FLYING) or not unit.phrase.endswith("s"):
        return False
    return _ALL_DOWNED.search(ctx.norm_at(unit.end, ctx.end)) is not None


# Debris of an interception falling: "fragments of an intercepted missile fell on a car near
# X", "shrapnel from an interceptor fell on a road", "fragments of one drone fell on a house".
_DEBRIS = re.compile(
    r"(?<!\S)(?:fragments?|debris|shrapnel|wreckage|parts|pieces)\s+(?:of|from)\s+(?:\S+\s+){0,3}?"
    r"(?:interceptors?|intercepted|downed|drones?|missiles?|rockets?|projectiles?|shaheds?|uavs?)"
    r"(?:\s+\S+){0,6}?\s+(?:fell|falling|landed|crashed|dropped|hit|struck|damaged|damaging)(?!\S)"
)
_INTERCEPTION = re.compile(r"(?<!\S)(?:intercept\w*|downed|shot\s+down|air\s+defen[cs]es?)(?!\S)")
# A weapon that did not go off: "a drone crashed into a field without exploding".
_DUD = re.compile(
    r"(?<!\S)(?:without\s+(?:exploding|detonating|going\s+off)|failed\s+to\s+(?:explode|detonate|go\s+off)|"
    r"did\s+not\s+(?:explode|detonate|go\s+off)|didn\s*t\s+(?:explode|detonate|go\s+off))(?!\S)"
)


def interception_debris(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether the clause ``[a, b)`` tells of the debris of an intercepted weapon falling,
    in a sentence that tells of the interception ("the army intercepted two drones, and
    fragments of one fell on a house in X, injuring two"): a disrupted weapons use, not
    a strike, whoever the debris hurt; without the interception, only if it hurt no one
    ("debris from a drone damaged a house in X")."""
    if _DEBRIS.search(ctx.norm_at(a, b)) is None:
        return False
    # Debris that hurt no one needs no interception told in its own sentence: "Air defences
    # destroyed drones over A. Debris from one drone damaged two houses in B."
    return _INTERCEPTION.search(ctx.norm_at(ctx.start, ctx.end)) is not None or not went_off(ctx, a, b)


def failed_to_explode(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether the weapon of the clause ``[a, b)`` did not go off ("a third drone crashed
    into a field near X without exploding") and no one was hurt: a disrupted weapons use."""
    return _DUD.search(ctx.norm_at(a, b)) is not None and not went_off(ctx, a, b)


# The weapon an attack was made with: "struck Kostiantynivka with multiple rocket launchers".
# (the weapon may be qualified: "targeted with guided missiles a gathering of troops")
_INSTRUMENT = re.compile(
    r"(?<!\S)(?:with|using)\s+(?:(?:a|an|the|two|three|several|\S*\d\S*)\s+)?"
    r"(?:(?:guided|anti\s+tank|heavy|light|ballistic|cruise|kamikaze|attack|suicide|explosive|"
    r"armed|laden|precision|long\s+range|short\s+range)\s+){0,2}$")


# Vehicles and people stopped on their way are no weapons: "an aid convoy was intercepted
# by armed men", "the navy intercepted a boat carrying migrants".
_STOPPED = re.compile(
    r"(?<!\S)(?:convoys?|trucks|lorries|tankers|vehicles|buses|aid|shipments?|ships?|vessels?|boats?|flotillas?|"
    r"migrants|smugglers|passengers)(?!\S)"
)
# A convoy stopped on the road is robbed: "armed men intercepted a convoy of fuel tankers".
_CONVOY = re.compile(r"(?<!\S)(?:convoys?|trucks|lorries|tankers)(?!\S)")
_WEAPON_WORDS = re.compile(
    r"(?<!\S)(?:drones?|missiles?|rockets?|shaheds?|uavs?|projectiles?|bombs?|shells?|aircraft|jets?|"
    r"warplanes?|helicopters?|weapons|arms|explosives?|munitions|ammunition|"
    # small arms carried: "the navy intercepted a speedboat carrying assault rifles"
    r"rifles?|guns|firearms?|pistols?|grenades?|mines)(?!\S)"
)


def nothing_armed_stopped(ctx: SentenceContext, a: int, b: int, unit: Unit) -> bool:
    """Whether an "intercepted" in the clause ``[a, b)`` stopped vehicles or people
    rather than weapons: a convoy or a boat is named and no weapon is."""
    if not unit.phrase.startswith("intercept"):
        return False
    clause = ctx.norm_at(a, b)
    return _STOPPED.search(clause) is not None and _WEAPON_WORDS.search(clause) is None


def convoy_stopped(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether the vehicles stopped in the clause ``[a, b)`` are a convoy or trucks."""
    return _CONVOY.search(ctx.norm_at(a, b)) is not None


def weapon_is_target(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun is what was fired on ("opened fire on a plane"), not
    what was fired with ("struck the town with rockets")."""
    before = ctx.norm_at(max(a, unit.start - 40), unit.start)
    m = _TARGETED.search(before)
    if m is None or _INSTRUMENT.search(before) is not None:
        return False
    # a vehicle that hit a mine set it off: "their truck hit a landmine near X" (a remote explosive)
    return not (m.group().startswith(("hit", "struck")) and _HIT_DEVICE.search(unit.phrase) is not None)


# Planted devices that a vehicle or a walker hits and so sets off: "hit a roadside mine".
_HIT_DEVICE = re.compile(r"(?<!\S)(?:land\s*mines?|mines?|ieds?|explosive\s+devices?|roadside\s+bombs?)$")


def weapon_acquired(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun is what was bought, sold or delivered ("bought six armed
    drones", "a shipment of missiles"): an arms deal, not a strike."""
    return _ACQUIRED.search(ctx.norm_at(max(a, unit.start - 50), unit.start)) is not None


# An aircraft that carries people: "the wounded were evacuated by helicopter to the base at X",
# "flown by military plane to Y" (transport, not a strike).
_CARRIED_BY = re.compile(
    r"(?<!\S)(?:evacuated|evacuating|evacuate|airlifted|flown|transported|transferred|ferried|taken|moved|"
    r"carried|brought|rescued)\s+(?:(?!down\s)\S+\s+){0,3}?(?:by|aboard|on\s+board|in)\s+(?:an?\s+|the\s+)?"
    r"(?:military\s+|army\s+|air\s+force\s+|navy\s+|police\s+|medical\s+|rescue\s+)?$"
)


# An aircraft told landing or taking off: "barred an Iranian plane from landing at X", "the
# helicopter landed in Y": a flight, whose "landing" is no impact.
_AIRCRAFT = ("plane", "planes", "aircraft", "airliner", "airliners", "helicopter", "helicopters", "airplane")
_FLIGHT_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,2}?(?:from\s+)?(?:landing|land|landed|lands|taking\s+off|took\s+off|takes\s+off|"
    r"touched\s+down|touching\s+down)(?!\S)"
)


def weapon_carries(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the aircraft noun is what carried people ("the wounded were evacuated by
    helicopter to X") or a flight landing ("barred a plane from landing at X"): a
    transport, not a strike."""
    if unit.phrase.split()[-1] in _AIRCRAFT and _FLIGHT_AFTER.match(ctx.norm_at(unit.end, unit.end + 40)):
        return True
    return _CARRIED_BY.search(ctx.norm_at(max(a, unit.start - 60), unit.start)) is not None


# A weapon named for what carries it or how many it holds, not for a firing: "two cruise
# missile carriers", "ships with a total salvo of up to 16 missiles", "a stock of 40 rockets"
# (not "fired a salvo of rockets at X").
_CARRIER_AFTER = re.compile(r"^\s+(?:carriers?|launchers?\s+(?:ships?|vessels?)|carrying\s+(?:ships?|vessels?))(?!\S)")
_CAPACITY_BEFORE = re.compile(
    r"(?<!\S)(?:total\s+salvo\s+of|salvo\s+of\s+up\s+to|(?:capacity|stocks?|stockpiles?|arsenal)\s+of)\s+"
    r"(?:up\s+to\s+|about\s+|some\s+)?"
    r"(?:\S*\d\S*\s+)?(?:\S+\s+)?$"
)


def weapon_carried(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon noun names the vessel that carries it or the load it could fire
    ("two of them Kalibr missile carriers with a total salvo of up to 16 missiles"): a fleet
    report, no strike."""
    if _CARRIER_AFTER.match(ctx.norm_at(unit.end, unit.end + 30)):
        return True
    return _CAPACITY_BEFORE.search(ctx.norm_at(max(a, unit.start - 45), unit.start)) is not None


LEFTOVER = ("unexploded", "war remnants", "explosive remnants", "remnants of", "leftover", "left over")
"""How ordnance left from earlier fighting is named: cleared ordnance is a disrupted
weapons use, unless it went off (:func:`went_off`)."""

_WENT_OFF_WORDS = re.compile(r"(?<!\S)(?:exploded|explodes|went\s+off|goes\s+off|blew\s+up)(?!\S)")
# Buildings blown up on purpose: "blew up a row of houses", "blew up two homes".
_BUILDINGS_AFTER = re.compile(
    r"^\s+(?:(?:operations?|of|on)\s+){0,2}"  # "a detonation operation of a number of houses"
    r"(?:(?:a|an|the|two|three|four|five|several|dozens\s+of|\S*\d\S*|their|his)\s+)?"
    r"(?:(?:row|block|number|cluster|series)\s+of\s+)?(?:\S+\s+)?(?:houses?|homes?|buildings?|residential|"
    r"dwellings?|apartments?|shops?|mosques?|schools?|"
    # works standing empty: "blew up the telecommunication tower of X" (not a bridge: a sabotage)
    r"towers?|masts?|antennas?|wells?|water\s+tanks?)(?!\S)"
)
_BLOWING_UP = frozenset(("blew up", "blown up", "detonated", "detonation", "detonations", "blowing up"))
# Blasts named as a noun, with no weapon: "detonation operations", "loud explosions were heard".
_BLAST_NOUNS = frozenset(("explosion", "explosions", "blast", "blasts", "detonation", "detonations"))


def blasts_of_demolition(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether the blast noun of ``unit`` belongs to buildings blown up elsewhere in its
    sentence, with no one hurt: "carried out detonation operations in X, where it blew up
    houses"; "blew up houses in X, where loud explosions were heard" (a demolition).

    Examples
    --------
    >>> text = "Troops carried out detonations in the village, where they blew up two houses."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> blasts_of_demolition(ctx, next(u for u in ctx.units if u.phrase == "detonations"))
    True
    """
    if unit.phrase not in _BLAST_NOUNS or _hurt(ctx, ctx.start, ctx.end):
        return False
    return any(u is not unit and buildings_blown_up(ctx, u, ctx.end) for u in ctx.units)


def _hurt(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether someone is told killed or hurt in ``[a, b)``."""
    return ctx.has(Cue.LETHAL, a, b) or any(h.phrase in CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, b))


# Where the clause of a demolition starts: "a strike killed a man, and troops blew up houses
# in X": the killing is the other clause's.
_CLAUSE_JOIN = re.compile(r"(?:[,;]\s+(?:and|while|but|as|whereas)|;)\s")


def demolition_start(ctx: SentenceContext, a: int, unit: Unit) -> int:
    """Start of the coordinated clause of ``unit`` inside ``[a, unit.start)``: past the
    last ", and" (or ";") before it, else ``a``.

    Examples
    --------
    >>> text = "A strike killed a man, and troops blew up two houses."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> text[demolition_start(ctx, 0, next(u for u in ctx.units if u.phrase == "blew up")):]
    'troops blew up two houses.'
    """
    last = None
    for last in _CLAUSE_JOIN.finditer(ctx.text, a, unit.start):
        pass
    return last.end() if last else a


def went_off(ctx: SentenceContext, a: int, b: int, span: tuple[int, int] = (0, 0)) -> bool:
    """Whether a weapon went off in ``[a, b)`` by itself ("a landmine from the remnants
    of the war exploded"; the trigger ``span`` aside) or hurt someone, rather than
    being cleared or used on buildings."""
    return (_WENT_OFF_WORDS.search(ctx.norm_at(a, span[0]) + " " + ctx.norm_at(span[1], b)) is not None
            or _hurt(ctx, a, b))


def buildings_blown_up(ctx: SentenceContext, unit: Unit, b: int) -> bool:
    """Whether the explosion word blows up buildings named right after it ("troops blew
    up a row of houses"): a demolition when no one is hurt (the caller checks).

    Examples
    --------
    >>> text = "Soldiers blew up two houses in the village."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> buildings_blown_up(ctx, next(u for u in ctx.units if u.phrase == "blew up"), len(text))
    True
    """
    return unit.phrase in _BLOWING_UP and _BUILDINGS_AFTER.match(ctx.norm_at(unit.end, min(b, unit.end + 50))) is not None


# A strike only attempted: "attempted to attack the base in X with four unmanned boats",
# "tried to strike Y with drones" (the weapon word follows the attempt in its clause).
_ATTEMPT_BEFORE = re.compile(
    r"(?<!\S)(?:tried|attempted|trying|attempting|tries|attempts?)\s+to\s+(?:attack|strike|hit|target)\s+"
    r"(?:(?!(?:and|but|while|which|who|where|after|said|says)\s)\S+\s+){0,14}?$"
)
# What told in the sentence or the next one stopped an attempted remote attack: "All the boats
# were destroyed by the fleet", "Air defence is working over X", "6 UAVs have been shot down".
_STOPPED_WORDS = re.compile(
    r"(?<!\S)(?:shot\s+down|intercepted|destroyed|downed|repelled|neutrali[sz]ed|jammed|suppressed|"
    r"air\s+defen[cs]es?|anti\s+aircraft)(?!\S)"
)
# A remote weapon the attempt used, or air defence against it, in the attempt's own sentence.
_REMOTE_WORDS = re.compile(
    r"(?<!\S)(?:drones?|uavs?|unmanned|uncrewed|missiles?|rockets?|boats?|air\s+defen[cs]es?)(?!\S)"
)
# Stop words that tell an air defence at work by themselves, whatever the attempt's sentence
# names: "trying to attack X. Air defence is working, four UAVs have been shot down" (not
# "destroyed": "a rocket destroyed a house" stops nothing).
_AIR_STOPPED = re.compile(r"(?<!\S)(?:shot\s+down|intercepted|downed|jammed|air\s+defen[cs]es?|anti\s+aircraft)(?!\S)")
_NEXT_SENTENCE = 260
# A next sentence that opens on another event tells no outcome of the attempt: "Elsewhere, a
# drone was shot down over Y", "In a separate incident, ...".
_APART_OPENING = re.compile(r"\s*(?:meanwhile|separately|elsewhere|in\s+(?:a\s+separate|another)\s+incident)(?!\S)")


def attempted_strike(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether the weapon ``unit`` is what an attempted strike was to use ("attempted to
    attack the base in X with four unmanned boats"): no hit is told.

    Examples
    --------
    >>> text = "Troops attempted to attack the port of Ochakiv with four unmanned boats."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> attempted_strike(ctx, 0, next(u for u in ctx.units if u.phrase == "unmanned boats"))
    True
    """
    return _ATTEMPT_BEFORE.search(ctx.norm_at(max(a, unit.start - 100), unit.start)) is not None


def attempt_stopped(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether an attempted remote strike at ``unit`` was stopped, as the rest of its sentence
    or the next one tells: a stop word there and a remote weapon in the attempt's own sentence
    ("... with four boats. All the boats were destroyed"), or a stop only air defence makes
    ("are trying to attack X. Air defence is working"); not "tried to attack a post in X. In a
    separate incident, a rocket destroyed a house in Y"."""
    after = normalize(ctx.text[unit.end : _next_sentence_end(ctx)])
    if _STOPPED_WORDS.search(after) is None:
        return False
    own = ctx.norm_at(max(ctx.start, unit.start - 100), ctx.end)
    return _REMOTE_WORDS.search(own) is not None or _AIR_STOPPED.search(after) is not None


def _next_sentence_end(ctx: SentenceContext) -> int:
    """End of the sentence after the one of ``ctx``, at most :data:`_NEXT_SENTENCE` characters
    on ("... with four boats. All the boats were destroyed." ends at the second full stop);
    the end of ``ctx`` itself when that sentence opens on another event ("Elsewhere, ...")."""
    lo = ctx.end
    spans = split_sentences(ctx.text[lo : min(len(ctx.text), lo + _NEXT_SENTENCE)])
    if not spans or _APART_OPENING.match(normalize(ctx.text[lo + spans[0][0] : lo + spans[0][1]])):
        return lo
    return lo + spans[0][1]


# The remote weapon an attempt was to use, after it: "attempted to attack X with drones".
_WITH_REMOTE = re.compile(
    r"^\s+(?:(?!(?:and|but|while|which|who|where|after|said|says)\s)\S+\s+){0,10}?with\s+(?:\S+\s+){0,3}?"
    r"(?:drones?|uavs?|unmanned|uncrewed|missiles?|rockets?|boats?)(?!\S)"
)


def remote_attempt(ctx: SentenceContext, unit: Unit, b: int) -> bool:
    """Whether the attempt ``unit`` ("attempted to attack") was to be made with a remote
    weapon named after it ("attempted to attack X with drones"): with no outcome told, only
    an attempt, no strike."""
    return _WITH_REMOTE.match(ctx.norm_at(unit.end, min(b, unit.end + 120))) is not None
