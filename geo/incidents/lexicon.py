"""The word lists of the incident tagger, as data.

Every entry is a lower-case phrase (words separated by single spaces, punctuation
dropped: ``"car-bomb"`` is written ``"car bomb"``, ``"didn't"`` ``"didn t"``) with
one or more roles. A phrase may carry ``(a|b|)`` groups, expanded to every
combination: ``"shell(ed|ing)"`` is ``shelled`` and ``shelling``.

Roles are of two sorts:

* *units* (:class:`Trigger`, stop phrases, weapons and a few others) take part in
  leftmost-longest matching, so ``"riot police"`` hides ``"riot"`` and ``"air
  strikes"`` hides ``"strikes"``;
* *cues* (:class:`Cue`) are context words: armed actors, civilians, negation,
  clause boundaries, demonyms, ... They are kept wherever they match. A few
  function-word cues ("to", "by", "was", "its") are in :data:`SLICE_CUES` instead:
  the rules look for them with anchored regular expressions right next to a
  trigger.

Examples
--------
>>> expand("air( |)strike(s|)")
['air strike', 'air strikes', 'airstrike', 'airstrikes']
>>> TRIGGERS["shelled"][0].sub_event_type
'Shelling/artillery/missile attack'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType

from geo.incidents.labels import (
    ABD,
    AC,
    AGR,
    AIR,
    ARR,
    ATT,
    CHG,
    CW,
    DSP,
    DWU,
    GR,
    GRT,
    HQ,
    IED,
    LOOT,
    MOB,
    NSO,
    NVT,
    OTH,
    PI,
    PP,
    SB,
    SH,
    SV,
    VD,
)
from geo.incidents.taxonomy import (
    validate_label,
)

__all__ = [
    "Rule",
    "Cue",
    "Trigger",
    "TRIGGERS",
    "CUES",
    "SLICE_CUES",
    "STOP_PHRASES",
    "DEMONYMS",
    "expand",
]


class Rule(IntEnum):
    """How a trigger word becomes an event (see :mod:`geo.incidents.rules`)."""

    DIRECT = 0  #: the word fixes the type: "airstrike", "shelled", "abducted"
    AMBIGUOUS = 1  #: "clashes", "fighting": needs armed (or crowd) context
    ATTACK = 2  #: "attacked", "opened fire": typed by weapon / target / crowd context
    CASUALTY = 3  #: "killed", "wounded": weak, used when nothing stronger is near
    WEAPON = 4  #: "missiles", "drones": needs an impact word ("hit", "exploded")
    STRIKE = 5  #: bare "strike(s)": a labour strike or a military strike
    RAID = 6  #: "raids": air strikes (aviation context), arrests, or an attack
    BOMBING = 7  #: "bombed", "bombardment": air strike with aviation context, else the default
    PROTEST = 8  #: protest words; sub-type from intervention / violence cues
    CAPTURE = 9  #: "captured", "took control": non-state unless a government actor
    RECAPTURE = 10  #: "recaptured", "regained control": government unless non-state actor
    DISPLACE = 11  #: "fled", "displaced"
    PROPERTY = 12  #: "torched", "set fire": riot with a crowd, else property destruction
    EXPLOSION = 13  #: "explosion", "blast": IED unless an accident
    CROWD_EVENT = 14  #: "rallied", "gathered": a protest only with crowd words
    PAIRED = 15  #: "set up", "signed": an event only with a partner noun nearby
    ENTRY = 16  #: "entered": territory taken only right after an armed actor
    INTERVENTION = 17  #: "tear gas": a protest met with force
    TARGETED = 18  #: "targeted": fire by an army at positions, or an attack, by context
    MOVEMENT = 19  #: "headed to", "poured into", "by boat": displacement only when displaced people move
    EXECUTION = 20  #: "executed": an attack on civilians unless a court's sentence was carried out
    SEIZURE = 21  #: "seized", "confiscated": a disrupted weapons use only when weapons are what was taken
    BODIES = 22  #: "bodies": an attack on civilians when found dumped, with marks of violence


class Cue(IntEnum):
    """Context roles of words that are not triggers themselves."""

    ARMED = 0  #: armed actors and the vocabulary of armed violence
    CIVILIAN = 1  #: civilian targets
    CROWD = 2  #: protesters, demonstrators, crowds
    AVIATION = 3  #: aircraft, warplanes: makes "raids"/"bombing" air strikes
    IMPACT = 4  #: hit, struck, exploded: validates weapon nouns
    LETHAL = 5  #: live ammunition, killed: force against protesters is excessive
    RIOTING = 6  #: protesters' own violence: stones, torched, stormed
    LABOUR = 7  #: workers, general strike: "strike" is a protest
    SPORTS = 8  #: match, league: "clash" and "attack" are not violence
    DISASTER = 9  #: earthquake, floods, accident: casualties are not violence
    GOVERNMENT = 10  #: army, troops, regime: territory regained by a government
    NONSTATE = 11  #: rebels, militants: territory taken by a non-state actor
    NEGATION = 12  #: no, not, never: negates a trigger a few words later
    DENIAL = 13  #: denied, rejected: negates the rest of the clause
    IRREALIS = 14  #: will, would, urged, to prevent: the event did not (yet) happen
    HISTORY = 15  #: years ago, anniversary: the event is background
    HARD_BREAK = 16  #: while, but, said: clause boundary
    SOFT_BREAK = 17  #: and, after: boundary only between two events
    RELATIVE = 18  #: where, which: clause about the place just before
    PEACEFUL = 19  #: without a fight: territory changes hands peacefully
    BASE = 20  #: base, outpost, checkpoint: partner of "set up"
    AGREEMENT = 21  #: agreement, accord, deal: partner of "signed"
    ARREST = 22  #: arrested, detained
    ACTOR = 23  #: actor heads: forces, troops, rebels, police
    ACTOR_MOD = 24  #: actor modifiers: regime, opposition, security, armed
    DEMONYM = 25  #: Russian, Syrian: an actor with a force noun, or before a trigger
    PASSIVE = 26  #: was, were: the subject before the trigger is the target
    AGENT_BY = 27  #: by, of: the actor after the trigger is the agent
    SUPPORT = 28  #: backed by, with the support of: associated actor
    PRONOUN = 29  #: its, their: refer back to an actor
    CONTINUE = 30  #: continued, began: "continued to shell" is real, not an intention
    LOCATIVE = 31  #: in, at, near: a trigger-less piece before a comma belongs to the next
    AGGREGATE = 32  #: so far, to date: running totals, not one event
    DATE = 33  #: today, Monday, March: the sentence may carry its own date
    OUT_OF = 34  #: out of, from: partner of "drove" ("drove al-Shabaab out of X")
    JUDICIAL = 35  #: court, convicted, on trial: the event judged is background
    WANING = 36  #: slowed, subsided: the event is said to wane, not to happen
    TAKING = 37  #: took, seized, held: partner before "hostage" ("took 100 guards hostage")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One reading of a trigger phrase.

    ``partner`` is the cue a :attr:`Rule.PAIRED` trigger needs nearby (e.g.
    :attr:`Cue.BASE` for "set up"); ``base_verb`` marks bare verb forms, which
    after "to" are intentions ("to attack").

    Examples
    --------
    >>> Trigger(Rule.DIRECT, "Battles", "Armed clash", 0.85).event_type
    'Battles'
    """

    rule: Rule
    event_type: str
    sub_event_type: str | None
    weight: float
    partner: Cue | None = None
    base_verb: bool = False

    def __post_init__(self) -> None:
        validate_label(self.event_type, self.sub_event_type)


_GROUP = re.compile(r"\(([^()]*)\)")


def expand(pattern: str) -> list[str]:
    """Expand ``(a|b|)`` groups of a lexicon pattern, sorted.

    Examples
    --------
    >>> expand("kidnap(ped|ping)")
    ['kidnapped', 'kidnapping']
    """
    parts = _GROUP.split(pattern)
    literals, groups = parts[0::2], [g.split("|") for g in parts[1::2]]
    if any(c in lit for lit in literals for c in "()"):
        raise ValueError(f"nested or unbalanced group in lexicon pattern {pattern!r}")
    out = set()
    for choice in itertools.product(*groups):
        text = literals[0] + "".join(c + lit for c, lit in zip(choice, literals[1:], strict=True))
        out.add(" ".join(text.split()))
    return sorted(out)


def _expand_all(patterns: Iterable[str]) -> list[str]:
    return [p for pattern in patterns for p in expand(pattern)]


# --------------------------------------------------------------------------- triggers


# Where a push was made, after "advanced": "near X", "in Y", "south east of Z".
_ADVANCE_SITE = (
    "(near|around|inside|in|on the outskirts of|north of|south of|east of|west of|north east of|"
    "north west of|south east of|south west of|northeast of|northwest of|southeast of|southwest of)"
)

# (rule, label, weight, patterns[, partner]); bare verb forms are listed under
# _BASE_VERBS so that "to attack" reads as an intention.
#: people ordered away, named with their places between: "the army ordered residents of A
#: and B to move south", "told families in C, east of D, to leave" (the rules read these
#: bare orders only when an order names people: :func:`geo.incidents.modality.ordered_away`)
ORDERED_AWAY = (
    "to (leave|evacuate|relocate)", "to move (north|south|east|west|northward|southward|eastward|westward|out)",
    "to move (north|south|east|west|northward|southward|eastward|westward) (to|toward|towards|into)",
)

_TRIGGER_TABLE: tuple[tuple[Rule, tuple[str, str | None], float, tuple[str, ...]], ...] = (
    # Battles
    (Rule.AMBIGUOUS, AC, 0.8, (
        "clash(es|ed|ing|)", "fighting", "fought", "fight(s|)", "battle(s|d|)", "battling",
        "hostilities", "offensive", "siege", "besieged", "skirmish(es|ed|)", "combat",
        "heavy fighting", "fierce fighting", "intense fighting", "street fighting",
        "combats", "combat engagement(s|)", "repel(led|ling|s|)", "repuls(ed|ing|es|e)",
        "inflicted (a |)defeat(s|)", "inflict(ed|ing) (heavy |)(losses|casualties)",
        # a defeat told of the enemy's troops: "defeated manpower and equipment of the enemy near X",
        # "defeat was inflicted on formations of two brigades near Y"
        "defeated (the |)(manpower|formations|formation|units|enemy|enemy s)", "defeat (was|were) inflicted",
        # the same told as a campaign kept up: "the grouping continued to defeat the enemy near A and
        # B", "advanced, defeating units of the enemy near C" ("to defeat" alone is an aim)
        "(defeat|defeating|defeats) (the |)(manpower|formations|formation|units|enemy|enemy s)",
        # the same in the passive, told where: "manpower of the enemy was defeated near the settlements of X"
        "(was|were) defeated (near|around|in the area of|in the areas of|in the vicinity of|in the district of)",
        # fighters' hideouts destroyed where they were (the rules want fighters named after "of";
        # with aircraft in the sentence it is an air strike): "the army destroyed the camps of the
        # armed group near A and B"
        "destroy(ed|ing) (the |several |)(camps|camp|hideouts|hideout|bases|base|strongholds|dens) of",
        # fighters slipping into the other side's ground, met or reported where they were (not
        # "infiltrated from X": where they came from): "infiltration groups were reported between
        # A and B", "repelled an infiltration attempt towards their positions in C"
        "infiltration (group|groups|attempt|attempts|bid|bids)", "(attempt|attempts) of infiltration",
        # a push told where it was made (the rules want the force in the sentence): "Russian forces
        # advanced near X and in Y", "troops continue to advance south east of Z" (not "advancing towards")
        "advanc(ed|es|ing) " + _ADVANCE_SITE, "advance " + _ADVANCE_SITE,
        # a force crossing a line, pushed back over one or pressing along one, told where (the rules
        # want the force before it and a site word after the line): "troops crossed into the X region
        # near A", "forces crossed the Y river near B", "pushed the enemy back across the river near
        # C", "units pressed along the river north of D" (not "families crossed into X")
        "crossed", "crosses", "crossed into", "back across", "(pressed|presses|pressing) along",
        # fire heard with no one named: "gunfire and explosions were heard in X"
        "gunfire and (explosions|blasts)", "(explosions|blasts) and gunfire",
        "heavy gunfire and (explosions|blasts)",
        # a bare confrontation needs armed context: "a confrontation between the army and insurgents near X"
        "confrontation(s|)",
        # fighters put out of action, a state bulletin's word for killing them in a fight
        # (the rules want fighters named next to it): "troops neutralised nine bandits near X",
        # "four khwarij were neutralised in Y"
        "neutrali(s|z)(ed|ing)",
        # a place swept of fighters (the rules want the fighters named after it): "troops
        # continue to clear the town of X from the militants", "cleared the village of Y of insurgents"
        "clear(s|ed|ing|) (the |)(city|town|village|settlement|locality|district|neighbourhood|neighborhood|area)",
        # a bulletin's count of the enemy's losses where they fell (the rules want a count of men
        # after it): "the enemy lost up to 230 servicemen in the areas of A and B"
        "(lost|loses|lose) (up to |more than |over |about |around |nearly |almost |at least |as many as |)",
        # a bulletin's blows at the enemy's men, not at a building: "assault units hit Ukrainian troops
        # near X", "struck enemy manpower near Y"
        "(hit|struck) (the |)(ukrainian |russian |enemy |)(troops|manpower|formations|infantry)",
        # a push told by where it pressed: "units pushed on the outskirts of X and around Y"
        "pushed (on |)(the outskirts of|on the outskirts of|around)",
        # a defence that fights off the enemy: "units continue to hold back the enemy in the X region"
        "(hold|holds|holding|held) back (the |)(enemy|enemy s|offensive|assault|assaults|attack|attacks|advance)",
    )),
    (Rule.DIRECT, AC, 0.85, (
        "gun( |)battle(s|)", "gunfight(s|)", "firefight(s|)", "exchange(s|) of fire",
        "armed confrontation(s|)",
        "(exchanged|exchanging|traded|trading) (heavy |intense |)(fire|gunfire)", "counter( |)offensive", "armed clash(es|)",
        "fighting broke out", "fighting erupted",
        # a defence ministry's bulletin of ground gained in fighting: "units took more advantageous
        # lines near A and B", "the group improved its tactical position near C"
        "(took|take|takes|taking) (up |)(more |)advantageous (positions|position|lines|line|frontiers)",
        "improved (the |their |its |)(tactical |)position(s|)",
        # fighting arriving somewhere needs no armed word: "after fighting reached Khartoum"
        "fighting (reached|engulfed|spread to|spread into|moved into|closed in on)",
        "fighting (has|had) (reached|engulfed|spread to)",
        "shoot( |)out(s|)",
        # troops taking on an armed group: "soldiers engaged bandits near X", "the units
        # engaged an armed terrorist group in the zone of Y", "troops engaged the kidnappers"
        "engag(ed|ing) (the |an |a |)(armed |)(terrorist |bandit |criminal |)(group|groups|gang|gangs)",
        # the engagement told with its outcome: "troops engaged and dispersed insurgents near X"
        "engag(ed|ing) and (dispersed|repelled|routed|neutralised|neutralized|killed|eliminated)",
        "engag(ed|ing) (the |)(bandits|kidnappers|militants|terrorists|insurgents|gunmen|attackers|assailants|"
        "rebels|jihadists|khwarij|enemy|criminals|gang members|separatists|fighters)",
        # the same told as a confrontation: "vigilantes confronted the insurgents near X"
        "confront(ed|ing) (the |)(bandits|kidnappers|militants|terrorists|insurgents|gunmen|attackers|assailants|"
        "rebels|jihadists|khwarij|enemy|separatists|fighters|militiamen|jihadis)",
        # a fight told as an encounter with its kind: "troops killed three in close-quarters encounters in X"
        "(close quarters|close range|close quarter|armed|fierce|heavy|intense) encounter(s|)",
    )),
    (Rule.ATTACK, AC, 0.75, (
        "attack(s|ed|ing|)", "assault(s|ed|ing|)", "ambush(es|ed|ing|)", "opened fire",
        "open(s|ing|) fire", "fired on", "fired at", "fired upon", "shooting(s|)", "gunfire", "shot dead",
        "gunned down", "stormed", "storming", "incursion(s|)", "onslaught",
        "came under (heavy |)(fire|attack)", "coming under (heavy |)(fire|attack)",
        "under heavy fire", "(has|have) come under (heavy |)(fire|attack)",
        # an attempted assault was fought off, still a clash: "militants tried to storm a post in X";
        # so is a bulletin's failed push: "the enemy tried to advance near X twice",
        # "made 4 unsuccessful attempts to advance towards our positions near Y"
        "(tried|attempted|trying|attempting) to (storm|attack|assault|overrun|break through|advance)",
        "unsuccessfully (tried|attempted) to advance", "attempt(s|) to advance",
        # a push to grow a bridgehead is a fight for ground: "troops tried to widen their foothold near X"
        "(tried|attempted|trying|attempting|sought|seeking) to (widen|expand|enlarge|extend|consolidate) (their|its) "
        "(foothold|bridgehead)",
        # the same, counted: "the enemy tried 11 times to advance near X", "attempted twice to storm Y"
        "(times|twice) to (advance|storm|attack|assault|break through)",
        # places said to be under fire, like "came under fire" (the rules want a war story and
        # the places as its subject): "A, B and C communities were under fire"
        "(was|were|is|are|remained|remains) (again |also |)under (the |heavy |)fire",
    )),
    (Rule.CAPTURE, NSO, 0.8, (
        "captur(ed|e|es|ing)", "seiz(ed|e|es|ing) control", "seized the", "took control",
        "(take|taken|taking|takes) control", "overran", "overrun", "took over", "taken over",
        "fell to", "(has|have|had) fallen to", "wrested control", "took full control",
        "(gained|gains|gain) control", "advanced into",
        "(took|taken|take|takes|taking|seized|seize|seizes|seizing|gained|assumed) (full|complete|total|effective) control",
        # an announced outcome told as a noun: "announced the end of the operation and the full
        # control of the X area", "the factions announced their full control of the city of Y"
        "(its|their|the) (full|complete|total) control (of|over)",
        "seized", "taken", "took",  # only before the place itself: "rebels said they had taken Goma"
        # a war side's claim of a place, only before the place: "Moscow claimed A and B in the region"
        "claimed",
    )),
    (Rule.RECAPTURE, GRT, 0.8, (
        "recaptur(ed|e|es|ing)", "retook", "retake(n|s|)", "retaking",
        "regain(ed|s|ing|) (full |)control", "regained",
        # the same as a noun: "announced the regaining of control over X"
        "regaining of (full |)control", "liberat(ed|e|es|ing)",
        "(the |)liberation of (the |)(settlement|settlements|village|villages|town|city|locality)",
        "took back", "(taken|take|takes|taking) back", "reclaim(ed|s|)",
        # fighters driven from where they held: "troops dislodged the assailants from the village of X"
        "dislodg(ed|ing|es|e)",
        "restored control", "pushed out", "drove out", "expelled",
    )),
    (Rule.TARGETED, SH, 0.7, ("targeted", "targeting", "target(s|)ed")),
    (Rule.ENTRY, GRT, 0.7, (
        "entered", "enter(s|ing)", "moved into", "rolled into", "pushed (deeper |further |)into",
        "swept into", "stormed into", "push(ed|ing) into", "occupied",  # not "forces occupy three-quarters of X": a state
        "walked into", "marched into", "advanced into",
        "briefly occupied", "overwhelmed",
    )),
    # Explosions / remote violence
    (Rule.DIRECT, AIR, 0.9, (
        "air( |)strike(s|)", "air raid(s|)", "air attack(s|)", "aerial attack(s|)",
        "aerial bombardment", "air bombardment", "drone strike(s|)", "drone attack(s|)",
        "airstrike(s|)", "barrel bomb(s|)", "bombing raid(s|)", "aerial bombing",
        "air campaign", "air( |)struck", "drone struck", "dropped bombs", "dropped a bomb",
        "air operation(s|)", "aerial operation(s|)",
        "drone( |)strike", "kamikaze drone(s|)",
        # strikes told as aerial, and a bulletin's "air interdiction": "aerial strikes in the
        # zone of X", "the air component conducted air interdiction on a hub at Y"
        "aerial strike(s|)", "air interdiction(s|)", "aerial interdiction(s|)",
    )),
    (Rule.DIRECT, SH, 0.9, (
        "shell(ed|ing|ings)", "artillery fire", "artillery strike(s|)", "artillery attack(s|)",
        "mortar fire", "mortar attack(s|)", "mortar strike(s|)", "rocket fire",
        "rocket attack(s|)", "missile strike(s|)", "missile attack(s|)", "tank fire",
        "rocket strike(s|)", "shellfire", "missile barrage", "rocket barrage",
        "came under (heavy |intense |)(bombardment|shelling)", "(has|have) come under (heavy |intense |)bombardment",
        "artillery barrage", "artillery shelling", "mortar round(s|)", "rocket salvo(s|)",
        # a bulletin's fronted list of shelled places: "Under fire were A, B and C"
        "under (enemy |the |)fire (were|was)",
        # a defence ministry's word for striking the enemy from afar: "units inflicted fire damage on
        # manpower and equipment of the enemy in the areas of A and B"
        "(inflicted|inflicting|inflicts|inflict) fire damage",
        # shells that fell somewhere were fired there: "about 30 shells fell in the wards of X",
        # "two mortar shells landed in the Y neighbourhood"
        "(shell|shells|mortar shell|mortar shells|artillery shell|artillery shells|tank shell|tank shells|mortar round|"
        "mortar rounds|mortar bomb|mortar bombs) (also |)(fell|landed|fall|land|falling|landing|rained down)",
    )),
    (Rule.DIRECT, SB, 0.9, (
        "suicide bomb(er|ers|ing|ings|)", "suicide attack(s|)", "suicide car bomb(s|ing|)",
        "suicide blast(s|)", "blew (himself|herself|themselves) up", "suicide vest(s|)",
        "suicide attacker(s|)", "suicide truck bomb(s|)",
    )),
    (Rule.DIRECT, GR, 0.85, ("grenade attack(s|)", "hand grenade attack(s|)")),
    (Rule.DIRECT, CW, 0.9, (
        "chemical attack(s|)", "chemical weapons attack(s|)", "gas attack(s|)",
        "chlorine attack(s|)", "sarin attack(s|)",
    )),
    (Rule.DIRECT, IED, 0.85, (
        "car bombing(s|)", "roadside bombing(s|)", "ied attack(s|)", "ied blast(s|)",
        "bomb blast(s|)", "bomb attack(s|)", "landmine blast(s|)", "mine blast(s|)",
        "bombing(s|)",
        # a vehicle or a walker setting off a hidden charge: "a bus hit a mine near X", "a truck
        # ran over an explosive device", "jumped on an improvised explosive device" (French "sauter sur")
        "(hit|hits|struck|strikes|stepped on|steps on|ran over|runs over|drove over|drove onto|jumped on|"
        "ran into) (a|an|the) (landmine|land mine|mine|roadside bomb|explosive device|improvised explosive device|"
        "ied|anti tank mine|anti personnel mine)",
    )),
    (Rule.BOMBING, AIR, 0.8, (
        "bombed", "bombard(ed|ment|ments|ing)", "pounded", "pounding", "bomb(s|)",
        # a headline's present tense: "warplanes bombard A and B"; pounding told as going on:
        # "artillery continued to pound X" (a bare "pound" is also money)
        "bombard(s|)", "(continue|continued|continues|continuing) to pound",
    )),
    (Rule.STRIKE, AIR, 0.7, (
        "strike(s|)", "struck", "striking",
        # a hit told without its weapon, in a story of strikes (see the rules): "a residential
        # building was hit in X", "there were hits on a warehouse in Y", "a direct hit on a house"
        "(was|were|has been|have been|had been|got|been) hit", "(was|were|has been|have been) also hit",
        "there (were|was) (hits|a hit|direct hits|a direct hit)", "hits on", "direct hit(s|)",
        # a bulletin's fronted list of places hit: "Hit were A, B and C communities"
        "hit (were|was)",
        # damage told in a story of strikes, like a hit (see the rules): "a high-rise building
        # in the X district and 6 houses were damaged", "facilities were damaged in A and B"
        "(was|were|has been|have been|had been) (also |partially |badly |heavily |seriously |)damaged",
        # the same told as a noun: "damage was recorded in seven districts, including A and B",
        # "hits were recorded in five districts"
        "damage(s|) (was|were|has been|have been|had been) (also |)(recorded|reported|registered)",
        "hits (were|have been|had been) (also |)(recorded|reported|registered)",
        # a fire told in a story of strikes, like damage (see the rules): "cars caught fire in X"
        "caught fire", "(a |)fire broke out", "fires broke out",
        # a bulletin's enemy that damaged things, by its fire: "the enemy also damaged a gas
        # pipeline in A and a school in B"
        "(enemy|aggressor|occupiers) (also |)damaged",
    )),
    (Rule.RAID, AIR, 0.65, ("raid(s|ed|ing|)",)),
    (Rule.EXPLOSION, IED, 0.75, (
        "explosion(s|)", "blast(s|)", "detonat(ed|ion|ions)", "exploded", "went off", "blew up",
        "blown up",
    )),
    # Weapons: events only with an impact word ("missiles hit ...")
    (Rule.WEAPON, SH, 0.8, (
        "missile(s|)", "rocket(s|)", "mortar(s|)", "mortar shell(s|)", "artillery",
        "shell(s|)", "howitzer(s|)", "projectile(s|)", "ballistic missile(s|)",
        "cruise missile(s|)", "grad rocket(s|)", "tank(s|)", "iskander(s|)",
        "rocket launcher(s|)", "shrapnel",
        # "came under fire from MLRS", "hit by multiple launch rocket systems"
        "mlrs", "multiple (launch|rocket) rocket system(s|)", "multiple rocket launcher(s|)",
    )),
    (Rule.WEAPON, AIR, 0.8, (
        "drone(s|)", "warplane(s|)", "jet(s|)", "fighter jet(s|)", "helicopter(s|)",
        "aircraft", "bomber(s|)", "glide bomb(s|)", "gunship(s|)", "helicopter gunship(s|)",
        "shahed(s|)", "uav(s|)", "combat aircraft", "military aircraft", "plane(s|)",
        "guided bomb(s|)", "unmanned aerial vehicle(s|)", "unmanned aircraft", "unmanned aerial system(s|)",
        "(uncrewed|unmanned) (surface |)(vessel|vessels|boat|boats)", "sea drone(s|)", "drone boat(s|)",
        "quadcopter(s|)", "loitering munition(s|)",
        # guided aerial bombs, by their Russian name: "the enemy dropped 2 KABs on the village of X"
        "kab(s|)", "guided aerial bomb(s|)", "aerial bomb(s|)",
    )),
    (Rule.WEAPON, IED, 0.8, (
        "improvised explosive device(s|)", "explosive device(s|)", "ied(s|)",
        "roadside bomb(s|)", "car bomb(s|)", "land( |)mine(s|)", "mine(s|)",
        "explosive(s|)", "booby trap(s|)", "booby( |)trapped", "vehicle bomb(s|)",
        "motorcycle bomb(s|)", "sticky bomb(s|)", "magnetic bomb(s|)",
    )),
    (Rule.WEAPON, GR, 0.8, ("grenade(s|)", "hand grenade(s|)")),
    (Rule.WEAPON, SH, 0.8, ("cluster munition(s|)", "cluster shell(s|)")),
    (Rule.WEAPON, CW, 0.8, (
        "chemical weapon(s|)", "chlorine", "sarin", "toxic gas", "poison gas", "nerve agent",
        "mustard gas", "chemical munitions",
    )),
    # Violence against civilians
    (Rule.DIRECT, SV, 0.9, (
        "rap(ed|e|es|ing)", "gang rap(ed|e)", "gang raped", "sexual violence",
        "sexually assault(ed|ing)", "sexual assault(s|)", "sexual abuse",
        "sexually abused",
    )),
    (Rule.DIRECT, ATT, 0.85, (
        "massacre(d|s|)", "beheaded", "beheading(s|)", "decapitated", "burned alive", "burnt alive",
        "stabbed", "stabbing(s|)", "stabbed to death", "knife attack(s|)", "hacked to death",
        "assassinated", "assassination(s|)", "bodies dumped", "bodies were dumped",
        "beaten to death", "bludgeoned to death",
        "summary execution(s|)", "extrajudicial killing(s|)", "killing spree",
        "publicly flogg(ed|ing)", "public flogging(s|)", "flogged (publicly|in public)",
        "publicly whipped", "public whipping(s|)", "publicly lashed",
        "tortured", "lynched civilians", "mass killing(s|)", "house to house killings",
        "slaughtered",
    )),
    (Rule.DIRECT, ABD, 0.9, (
        "abduct(ed|ion|ions|s|ing)", "kidnap(ped|ping|pings|s|)", "taken hostage",
        "took hostage", "seized hostages", "forcibly disappeared", "enforced disappearance(s|)",
        "hostage( |)taking", "took (its|the|their|his|her|a|two|three|several) (crew |)hostage(s|)",
        "held (them |him |her |)hostage",
        # people led off to where no one knows: "stormed a woman's flat and took her to an unknown
        # location", "two men were taken to an unknown destination"
        "(took|take|takes|taking|taken) (him|her|them) to (an |)unknown (location|destination|place)",
        "(was|were|been) taken to (an |)unknown (location|destination|place)",
        "held (staff|workers|employees|passengers|journalists|people|residents|civilians|the staff|the crew|its staff) hostage", "taken captive", "took captive", "hijack(ed|ing|)",
        "hijacking(s|)",
        # a ransom asked for people seized: "gunmen seized the workers and demanded a ransom"
        "demand(ed|ing|) (a |)ransom", "ransom demand(s|)",
        # people led away (the rules check who): "took away 40 young men", "taken away as porters"
        "(took|taken|taking|take|takes) away",
        # people taken from where they live: "staff were taken from their homes in A and B"
        "(was|were|been) taken from their (homes|home|houses|beds|offices|shelters|tents|huts|farms|fields)",
        "(was|were|been) taken from (his|her) (home|house|bed|office|shop|shelter|tent|farm)",
        # armed men leading people out: "gunmen took out from their homes 20 men"
        "(took|taken|taking) (out |)from their (homes|home|houses|beds|shelters|tents|huts)",
        "(took|taken|taking) out of their (homes|home|houses|beds|shelters|tents|huts)",
    )),
    # "took more than 100 guards hostage", "held staff at gunpoint": a taking verb before
    (Rule.PAIRED, ABD, 0.85, ("hostage(s|)", "at gunpoint")),
    (Rule.CASUALTY, ATT, 0.5, (
        "kill(ed|ing|s|)", "killings", "wound(ed|ing|s)", "injur(ed|ing|ies)", "shot",
        "dead", "death(s|)", "died", "casualties", "murder(ed|s|)", "lost their lives",
        "martyred", "martyrs", "were martyred",
    )),
    (Rule.EXECUTION, ATT, 0.85, ("executed", "executing", "execution(s|)")),
    # "the bodies of six men were found dumped", "police found five bodies with gunshot wounds"
    (Rule.BODIES, ATT, 0.8, ("bodies", "body", "corpses", "corpse")),
    # Protests and riots
    (Rule.PROTEST, PP, 0.85, (
        "protest(s|ed|ing|er|ers|)", "demonstration(s|)", "demonstrator(s|)",
        "demonstrated", "marched", "march(es|ers)", "marching (to|on|through|against|in|toward|towards)",
        "sit( |)in(s|)", "took to the streets",
        "take to the streets", "taking to the streets", "vigil(s|)", "picket(s|ed|ing)",
        "hunger strike(s|)", "walkout(s|)", "walked out", "mass rall(y|ies)",
        "anti government rall(y|ies)", "protest march(es|)", "student protest(s|)",
        "general strike", "national strike", "strike action", "went on strike",
        "on strike", "(a|the) strike by", "strikers", "demo(s|)", "blockade(s|) by protesters",
        "(a|the) march", "(peaceful|silent|solidarity|peace) march(es|)",
        # a march told by its size or likeness: "a similar march was held in X", "a mass march in Y"
        "(similar|large|big|huge|massive|mass|torchlight|candlelight) march(es|)",
        # "students formed a human chain", "a peaceful gathering in X", "a dead-city day
        # (ville morte) to denounce insecurity", translated "manifested peacefully"
        "human chain(s|)", "peaceful (gathering|gatherings|rally|rallies)", "ville(s|) morte(s|)",
        # a shutdown called as a protest: "shops stayed closed in response to a 'dead city' call"
        "dead city", "dead cities",
        # a shutdown called by a group, and South Asia's words for it: "a shutdown called by
        # student groups continued in A and B", "a bandh was observed in C"
        "shutdown called by", "shutdowns called by", "bandh(s|)", "hartal(s|)",
        # a march told by how it went: "citizens walked peacefully through the centre with whistles"
        "(walked|paraded) peacefully",
        # shops or drivers joining a strike they are not part of: "shops in A and B closed in solidarity"
        "(closed|shut|shuttered|stayed closed|stayed shut|remained closed|remained shut|downed tools) in solidarity",
        # what a strike shut, only with the strike told (see the rules): "the strike shut
        # municipalities in A and B", "most shops and banks in X stayed shut"
        "(shut|closed|shut down|paralysed|paralyzed) (municipalities|shops|businesses|banks|markets|offices|factories|ports)",
        "(stayed|remained) (shut|closed)",
        "manifested (peacefully|against|to demand|in front of|outside)",
        # unrest told by where it reached (riots when the sentence tells rioting, see the
        # rules): "unrest spread to A, B and C, where a crowd smashed shop windows"
        "unrest (spread|spreads|has spread|had spread|spreading) (to|across|into)",
    )),
    (Rule.CROWD_EVENT, PP, 0.7, (
        "rall(y|ies|ied|ying)", "gathered", "gathering(s|)", "chant(ed|ing)",
        "waved", "blocked roads", "blocked (the |)road(s|)", "block(ed|ing) highways",
        "block(ed|ing) (a|the) (main |major |key |)(road|highway|street|bridge|junction|intersection)",
        # crowds going out, only with what they went out for (see the rules)
        "(went|came|turned|go|come|going|coming) out", "poured (into|onto) the streets",
        "block(ed|ing) traffic",  # "students blocked traffic for 15 minutes of silence"
        # roads shut by a crowd (only with the crowd: see the rules): "students set up roadblocks in X"
        "(set|sets|setting|put) up (roadblocks|road blocks)",
        # a road told by its name or kind, only with a road word after (see the rules):
        # "miners blocked the Pan-American highway", "blocked the coastal trunk road"
        "block(ed|ing) the",
        # a way in shut by a crowd, only with the civilians named (see the rules): "farmers
        # blocked access to the port of X", "residents blocked the entrance to the mine"
        "block(ed|ing) (access|the access|the entrance|entrances|the entrances) to",
        # roads shut by a crowd, with what it wants: "kept up road blockades to demand ...",
        # "students blockaded the roads in protest"
        "(road|highway|traffic) blockade(s|)", "blockad(ed|ing) (the |)(road|roads|highway|highways)",
        "(filled|packed|thronged) the (streets|squares|square)",
        # a crowd told by the place it fills: "crowds filled A square and the streets around it"
        "(crowds|protesters|demonstrators|marchers) (filled|packed|thronged)",
        # a crowd celebrating a political turn (see the rules): "crowds celebrated the deal in A"
        "celebrat(ed|ing)",
        # a protest stand (translated Arabic "waqfa"), only with a crowd or a cause (see the
        # rules): "citizens organised a stand in support of the army"
        "(organised|organized|held|staged) a (solidarity |protest |)stand",
        # a sit-in told by its camp, only outside a seat of power (see the rules):
        # "hundreds of people have camped outside the press club in X"
        "(camped|camping) outside",
        # a road told blocked, with who or what blocked it (see the rules): "the road between
        # A and B was blocked by residents", "roads remained blocked with burning tyres in C"
        "(road|roads|highway|highways|route|routes) (was|were|remained|remain|remains|stayed|had been|have been|has been) blocked",
        "(was|were|had been|have been|has been) blocked by", "(remained|remain|remains|stayed) blocked",
    )),
    (Rule.INTERVENTION, PI, 0.8, (
        "tear( |)gas", "water cannon(s|)", "rubber bullet(s|)", "stun grenade(s|)",
        "dispersed", "disperse", "break up", "broke up", "baton charge(d|)", "batons",
        "pepper spray", "plastic bullets", "flash( |)bang(s|)", "dispersing",
        # crowd-control charges, no bombs: "the gendarmerie used tear gas and shock bombs"
        "(shock|sound|noise) bomb(s|)",
        # "police cleared crowds at the memorial"
        "clear(ed|ing) (the |)(crowd|crowds|protesters|demonstrators|protest camp|sit in)",
        # what a crowd put up, cleared by the police: "police cleared the barricades in X"
        "clear(ed|ing) (the |)(barricades|blockade|blockades|roadblocks|road blocks)",
        # a crowd pushed about or gassed: "police scuffled with his supporters outside the
        # cathedral", "police intervened with gas against a group that blocked the avenue"
        "scuffl(ed|ing) with", "intervened (with|against)",
    )),
    (Rule.DIRECT, VD, 0.85, (
        "riot(s|ed|ing|)", "rioter(s|)", "violent protest(s|)", "violent demonstration(s|)",
        "threw stones", "hurled stones", "throwing stones", "stone throwing",
        "(threw|hurled|throwing|hurling) (rocks|bricks|bottles|fireworks|firecrackers|projectiles|flares)", "rock throwing",
        # stones named second in what the crowd threw: "threw eggs and stones at the party office"
        "(threw|hurled|throwing|hurling) (eggs|bottles|objects|projectiles|sticks|flares) and (stones|rocks|bricks)",
        "molotov cocktail(s|)", "petrol bomb(s|)", "pelted", "violent clashes with police",
        "burning barricades", "erected barricades", "barricades (were|had been|have been) erected",
        # damage a crowd does in the street: "demonstrators broke windows at the party office",
        # "protesters tore down a statue of the late president"
        "(broke|smashed|smashing|breaking) (the |)windows", "(tore|pulled|tearing|pulling) down (a|the) statue(s|)",
        "(toppled|toppling) (a|the) statue(s|)",
        # a statue brought down, told in the passive: "a second statue was pulled down in X"
        "statue(s|) (was|were|had been) (pulled|torn|brought) down", "statue(s|) (was|were|had been) toppled",
        # stones thrown by a crowd, told by the verb or by their number: "protesters stoned the
        # police station", "the convoy came under a hail of stones at X" (not "stoned to death")
        "ston(ed|ing) (the|a|an|their|police|security|passing|vehicles|cars|buses|houses|homes|shops)",
        "(hail|volley|shower|barrage) of stones",
    )),
    (Rule.DIRECT, MOB, 0.85, (
        "mob(s|)", "lynch(ed|ing|ings)", "vigilante(s|)", "mob violence",
        "angry crowd(s|)", "angry residents", "mob justice",
        # the crowd told by who they are: "angry villagers attacked the driver" (in a protest,
        # an angry crowd blocking a road is a protest: see the rules)
        "angry (citizens|villagers|locals)",
        # the Spanish word for a mob rising against troops: "asonada in the rural zone of X"
        "asonada(s|)",
        # troops held or beaten by residents (the rules check the crowd and whom it held):
        # "some 300 villagers retained 28 soldiers in X", "residents surrounded a patrol and beat a serviceman"
        "retain(ed|s|ing)", "(surrounded and|briefly|) held", "(beat|beaten|beating) (a|an|the|two|three|several)",
        # a manhunt by residents (the rules check that civilians hunt): "villagers hunted down the thieves"
        "hunt(ed|ing) down", "chas(ed|ing) down",
    )),
    # Strategic developments
    (Rule.DIRECT, ARR, 0.8, (
        "arrest(ed|s|ing|)", "detain(ed|s|ing|)", "rounded up", "taken into custody",
        "apprehended", "detention(s|)", "crackdown", "dragnet",
        # the French-style word of translated reports: "search operations allowed the
        # interpellation of 14 suspects in X", "gendarmes interpellated three men"
        "interpellation(s|)", "interpellated",
        # the Indonesian police's word: "3,000 persons have been secured since Monday"
        "(persons|people|suspects|individuals|rioters|demonstrators|protesters) (were|have been|had been|has been) secured",
        # escaped prisoners caught again: "150 escapees have been recaptured in X"
        "(escapees|escaped prisoners|escaped inmates|fugitives|inmates|prisoners) (were|have been|had been|was|has been) recaptured",
        "recaptured (the |some |more than |about |)(escapees|escaped prisoners|escaped inmates|fugitives|inmates)",
    )),
    (Rule.DIRECT, LOOT, 0.8, (
        "loot(ed|ing|s|ers)", "ransacked", "plunder(ed|ing)", "pillag(ed|ing)",
        "razed", "demolish(ed|es|ing)", "demolition(s|)", "vandalis(ed|m)", "vandaliz(ed|ing)",
        "stole", "stolen", "burn(ed|t) down", "bulldoz(ed|ing)",
        "destroy(ed|ing) (the |their |)(homes|houses|infrastructure|farmland|crops|shops|property|properties|orchards)",
        # a bridge or a post brought down by armed men (only in a story of armed men: see the
        # rules): "rebels destroyed the bridge on the main road near X", "destroyed a customs post"
        "destroy(ed|ing) (a|the|two|three|several) (bridge|bridges|culvert|culverts|customs post|customs posts|"
        "checkpoint|checkpoints|telecom mast|telecom masts|telecommunication mast|telecommunication masts)",
        # water and power works of a community, also damaged: "settlers destroyed a water well in X",
        # "destroyed the solar panels of the school", "settlers damaged water tanks and a tractor"
        "(destroy|damag)(ed|ing) (a |an |the |their |its |two |three |several |)(well|wells|water well|water wells|"
        "water tank|water tanks|water network|water pipes|cistern|cisterns|solar panels|power lines|electricity network|"
        "greenhouse|greenhouses|olive grove|olive groves|irrigation network)",
        # things of a place defaced, or broken into: "murals of the leader were defaced in X",
        # "the warehouse was broken into by armed men"
        "defac(ed|ing)", "(was|were|has been|have been|had been) broken into",
        # vehicles taken by armed men: "gunmen commandeered two ambulances"
        "commandeer(ed|ing)",
        # belongings carried off: "broke into homes and took out fridges and furniture", "took their phones"
        "(took|taken|taking|took out|took away|carried off|made off with) (their |the |)(phones|money|belongings|"
        "valuables|livestock|cattle|appliances|household appliances|furniture|jewellery|jewelry)",
        # goods carried off from a store or a clinic: "crowds broke into a warehouse and carted away
        # bags of rice", "gunmen took medicines and a generator from the health centre"
        "carted away", "carted off",
        "(took|taken|taking|took away|carried off|made off with) (the |)(medicines|medical equipment|medical supplies|"
        "generators|a generator|food and non food items)",
        "broke into (a|an|the|several|two|three) (government |food |aid |partner |un |ngo |)(warehouse|warehouses|"
        "store|stores|depot|depots|food store|food stores)",
    )),
    (Rule.PROPERTY, LOOT, 0.75, (
        "torch(ed|ing)", "set fire", "set on fire", "set (ablaze|alight)",
        # a fire told by its article: "broke into the centre and set a fire in the foyer"
        "set (a|several) fire(s|)",
        # the participle after the deed's verb: "rampaged through X, setting fire to shops"
        "setting fire", "setting (ablaze|alight)",
        "set (houses|homes|cars|vehicles|buildings) (on fire|ablaze|alight)", "ablaze",
        "set (it|them) (on fire|ablaze|alight)",
        "burn(ed|t|ing) (houses|homes|cars|vehicles|tyres|tires|shops)",
        "burn(ed|t|ing) (a|the|their|its|two|three|several|dozens of) (school|schools|church|churches|mosque|mosques|"
        "market|markets|shop|shops|house|houses|home|homes|building|buildings|village|villages|hut|huts|vehicle|"
        "vehicles|car|cars|crops|office|offices|granary|granaries|clinic|clinics)",
        # more objects and counts: "burned a chapel", "burned four fuel tankers", "burned the bridge"
        "burn(ed|t|ing) (a|an|the|their|its|two|three|four|five|six|several|dozens of|a dozen) (chapel|chapels|"
        "bridge|bridges|truck|trucks|lorry|lorries|tanker|tankers|fuel tanker|fuel tankers|dump truck|dump trucks|"
        "ambulance|ambulances|bus|buses|motorbikes|motorcycles|warehouse|warehouses|police post|police station|"
        "police vehicle|police vehicles|police car|police cars|"
        "town hall|health centre|health center|hospital|polling station)",
        # the bare verb, the thing burnt named a few words on (only so: see the rules):
        # "burned about 200 houses", "burnt a storage hut", "burned two vote-counting machines"
        "burned", "burnt",
        # the object first: "houses burned in X", "shops were torched"
        "(houses|homes|huts|shops|vehicles|cars) (were |had been |have been |)(burned|burnt)",
        # a public building first: "the police station was torched", "the council offices were also burnt"
        "(secretariat|secretariats|office|offices|police station|police stations|town hall|council hall|palace|market|"
        "markets|church|churches|mosque|mosques|school|schools|warehouse|warehouses) (was|were|had been|has been|"
        "have been) (also |)(burned|burnt|torched|set ablaze|set on fire)",
        # the passive with the thing named further back: "the secretariat in X was also burnt"
        # (people burnt are no property: see the rules)
        "(was|were|had been|has been|have been) (also |)(burned|burnt)",
        # the deed as a noun: "the burning of houses in X", "the torching of shops"
        "(burning|torching) of (houses|homes|huts|shops|vehicles|cars|crops|fields|farms|villages|properties|property)",
        # the deeds counted as a plural noun: "the burnings were reported in A, B and C"
        "burnings", "torchings",
        "arson",
    )),
    (Rule.DIRECT, CHG, 0.7, (
        "state of emergency", "curfew(s|)", "martial law", "deploy(ed|ment|s)", "redeployed",
        "reinforcements", "mobilis(ed|ation)", "mobiliz(ed|ation)", "military exercise(s|)",
        "military drill(s|)", "troop build( |)up", "recruitment drive",
        # armed groups laying down their arms (only with a non-state actor: see the rules)
        "surrender(ed|s|ing)", "mass surrender(s|)", "surrenders", "decommissioning", "disarmament ceremony",
        "(laid|lay|laying|lays) down (their |its |)(arms|weapons)", "laid down",
        # weapons given up or destroyed by a group (only with a non-state actor or at a
        # ceremony: see the rules): "fighters burned their rifles at a ceremony near X",
        # "the faction handed over a second batch of weapons in the Y camp"
        "(burned|burnt|burning) (their|its) (weapons|arms|guns|rifles)",
        "(handed|handing|hands|hand) over (a|the|another|its|their) (first |second |third |fourth |fifth |new |final |last |)"
        "(batch|batches|consignment|tranche) of",
        # weapons given up, told of the weapons: "some 200 rifles were surrendered in X"
        "(weapons|arms|firearms|guns|rifles) (were|have been|had been|was) (surrendered|handed in|turned in)",
    )),
    (Rule.DIRECT, OTH, 0.65, (
        "blockad(ed|e|es|ing)", "coup", "seized power", "from power", "ousted", "toppled",
        "coup d etat", "under siege", "mass grave(s|)",
        # people kept in place by an armed group (only in a story of armed men: see the
        # rules): "the group declared an armed strike in X", "movement restrictions imposed
        # by the militia in Y", "armed groups have restricted movement on the Z river"
        "armed strike(s|)", "paro armado", "movement restriction(s|)", "restriction(s|) on (the |)movement",
        "restrict(ed|ing|s) (the |)movement", "(has|have|had) restricted (the |)movement",
        # people kept in place, told as its toll: "the blockade, confining 3,000 villagers in A, B and C"
        "confining", "confined to their homes", "confined in their homes",
        # a town shut in by the side holding the area (only in a story of armed men: see the
        # rules): "soldiers closed the gates at the entrance of X", "an iron gate installed at
        # the entrance of Y", "a fence was erected around Z"
        "closed (all |the |)(gates|gate|checkpoints|crossings|entrances|roads) (at|to|of|into)",
        "(gate|gates|barrier|barriers|fence|fences|wall) (installed|erected|set up|placed) (at|around)",
        "(gate|gates|barrier|barriers|fence|fences|wall) (was|were|has been|have been|had been) (installed|erected|set up|placed) (at|around)",
    )),
    (Rule.DIRECT, NVT, 0.8, (
        "handed (over |)control", "hand(s|ed|) over control", "handover of",
        "without (a|any) fight", "without (any |)resistance", "peacefully handed", "unopposed",
        "handed over the (city|town|base|area)",
        # a place or post given up by a force: "handed over the island of X to the local
        # administration", "handed over the forward operating base at Y", "handed over three villages"
        "hand(ed|ing|s) over the (island|villages|forward operating base|military base)",
        ("hand(ed|ing|s) over (two|three|four|five|six|several|dozens of|some) "
         "(villages|towns|checkpoints|positions|bases|outposts)"),
        # a town given back to the side that held it: "the town was handed back to the junta"
        "(handed|hands|handing|hand) back to", "(was|were|been|being) handed back",
        # an area changing authority without a fight: "the villages passed under the control of the border service"
        "pass(ed|es|ing) under (the |)control of",
        "hand(ed|ing) (it|them) over to", "hand(ed|ing) over (the|its|their) (base|bases|positions|city|town)",
        # sites of an armed force given up: "handed over checkpoints in X", "handing over its last base"
        "hand(ed|ing|s) over (the|its|their|) (last |remaining |)(base|bases|positions|checkpoints|outposts|"
        "barracks|military posts|camps|headquarters)",
        "(withdrew|withdrawn|withdrawing|pulled out|pulled back|pulling out) under (the|a|an) (ceasefire|truce|deal|agreement|accord)",
        # an armed force leaving a place it held, told as done (only with the force named and
        # the place after "from": see the rules): "SDF fighters withdrew from X", "the group
        # completed its withdrawal from Y", "pulled its fighters out of Z"
        "withdrew", "(had|has|have) withdrawn", "(completed|completes|completing|finished) (its|their|the) (military |)withdrawal",
        "pulled back", "pulled out", "pull(ed|s) (its|their) (forces|troops|fighters|units|soldiers) out",
        "pulled out of", "pull(ed|s) (its|their) (forces|troops|fighters|units|soldiers) out of",
        "withdrew (its|their) (forces|troops|fighters|units|soldiers)",
        # positions taken up where the other side left (only after a withdrawal told in the
        # sentence: see the rules): "border guards took up positions in A after the troops withdrew"
        "(took|take|taking|takes) up (positions|the positions|their positions|posts|new positions)",
    )),
    (Rule.DIRECT, AGR, 0.85, (
        "struck a deal", "struck an agreement", "reached a deal", "reached an agreement",
        "signed a deal", "signed an agreement", "signed a ceasefire", "signed a peace",
        # a local truce told as agreed: "a ceasefire had been agreed in X", "agreed a truce in Y"
        # (not one in effect, mostly a date: "the same day a truce took effect in Z")
        "(ceasefire|truce|cease fire) (had been|has been|was|have been|were) agreed",
        "agreed (a|to a|on a) (local |)(ceasefire|truce|cease fire)",
        # a truce made public as the news: "the ministry announced a new ceasefire with the
        # leaders in X", "a ceasefire for Y was announced on Tuesday"
        "announced (a|an) (new |local |)(ceasefire|truce|cease fire)",
        "(ceasefire|truce|cease fire) (agreement |deal |)(was|has been|had been) announced",
        # a withdrawal agreed: "the two sides agreed on Monday to withdraw their forces from X"
        # (only after "agreed": see the rules)
        "to (withdraw|pull out|pull back) (their|its|all|the) (forces|troops|fighters|units)",
        # where a prisoner exchange told before was held: "the swap took place on the border in X"
        "the (prisoner |prisoners |)(exchange|swap) (took place|was carried out|was held|happened)",
    )),
    (Rule.DIRECT, NVT, 0.8, (
        # a place handed back with its name after the verb, a site handed to a force, a
        # force leaving its base (only so: see the rules): "the rebels handed X back to the
        # army", "the base in Y was handed to the national army", "troops left their base in Z"
        "handed", "hands", "handing",
        "(left|vacated|abandoned) (their|its)", "vacated the",
    )),
    (Rule.DIRECT, NVT, 0.75, (
        # a new administration put in place by the side now holding a town: "installed new mayors in X"
        ("install(ed|ing) (new|their own|its own) (mayor|mayors|governor|governors|administrator|administrators|"
         "administration|administrations|local authorities)"),
    )),
    (Rule.DIRECT, DWU, 0.85, (
        "shot down", "intercepted", "defused", "bomb disposal", "weapons cache",
        "controlled (detonation|explosion)", "bomb squad", "anti explosives unit",
        "detonated in (a |)controlled (form|manner|way)",
        "deactivated (a|an|the|another|two|three) (bomb|device|explosive|artefact|artifact|ied|explosive device)", "sappers (defused|dismantled|neutralised|neutralized)",
        "dismantled (a|an|the|) (explosives|bomb|ied|bomb making|drone) (workshop|factory|laboratory|lab|cell)",
        # a weapon made safe before use, told actively: "found and dismantled a second launcher
        # near X", "troops deactivated two artisanal landmines near Y"
        "(dismantled|deactivated|disarmed|neutralised|neutralized) (a|an|the|another|two|three|four|several|a second|a third) "
        "(artisanal |homemade |improvised |primed |)(launcher|launchers|rocket launcher|rocket launchers|"
        "bomb|bombs|device|devices|ied|ieds|mine|mines|landmine|landmines|explosive device|explosive devices)",
        "arms cache", "weapons depot seized", "downed", "intercept(s|ing|ion|ions)",
        "air defen(c|s)es (destroyed|downed|shot down)", "neutrali(s|z)ed (the|a|an) (drone|bomb|explosive device|ied|mine)",
        "air defen(c|s)e(s|) (systems|system|forces|units|unit) (destroyed|downed|shot down|intercepted|repelled)",
        "(was|were|had been|has been|have been) (foiled|thwarted)", "foiled (an|a|the) (attack|attempt|bombing|plot)",
        "thwarted (an|a|the) (attack|attempt|bombing|plot)",
        # an attack stopped while still a plan: "police foiled a plan to bomb a bridge in X"
        "(foiled|thwarted) (a|the|two|several) (plan|plans|plot|plots) to",
        # a foiled attack named by its weapon: "police foiled a car bomb attack on X"
        "(foiled|thwarted) (an|a|the) (car bomb|truck bomb|suicide|bomb|grenade|drone|rocket|terrorist) (attack|attempt|bombing|plot)",
        # an attacker stopped before the blast: "was shot dead in X before he could detonate his vest"
        "before (he|she|they) could (detonate|blow|set off|trigger)",
        "(seized|recovered|confiscated) (a|an|the|) (cache of |haul of |)(weapons|arms|rifles|guns|firearms|"
        "ammunition|explosives|grenades|machete|firearm|rifle|pistol|handgun|explosive device)",
        # ordnance left from earlier fighting, cleared or destroyed (an explosion that kills is
        # no disposal: see the rules)
        "unexploded (ordnance|munition|munitions|bomb|bombs|shell|shells|device|devices|rocket|rockets|"
        "missile|missiles|mine|mines|projectile|projectiles|explosives)",
        "(war|explosive) remnants", "remnants of (the |)(war|aggression|israeli aggression|enemy|fighting)",
        "(leftover|left over) (ordnance|munitions|explosives|shells)", "ordnance disposal",
        # air defence seen at work over a place: "air defences were activated over X",
        # "interceptors were seen over Y", "air defences bringing down several over Z"
        "air defen(c|s)e(s|) (were|was|had been|have been|has been|is|are) (activated|active|engaged|operating|working)",
        "air defen(c|s)e(s|) (systems |system |)(activated|engaged) over",
        # the daily report of air defence at work: "air defence worked in the A and B regions"
        "air defen(c|s)e(s|) (worked|operated)",
        # drones destroyed in the air over a region: "35 were destroyed over the territory of A"
        "(destroyed|intercepted|downed|shot down) over the (territory|skies) of",
        "air defen(c|s)e(s|) (bringing|brought|bring|bringing down|brought down)",
        # air defence taking on targets over a place: "air defence confronted hostile drones
        # in the skies of X", "the air defence system of the country engaged targets over Y"
        "air defen(c|s)e(s|) (system |systems |forces |units |)(of the country |)(confronted|engaged|repelled|repulsed)",
        "interceptors (were|was) (seen|launched|fired|heard|spotted)", "interceptor missiles (were|was) (seen|launched|fired)",
        # a drone turned away by jamming: "a drone was suppressed by electronic warfare"
        "(suppressed|jammed|downed|neutralised|neutralized|brought down) by (means of |)electronic warfare",
        # a device made safe, told in the passive: "its warhead was also neutralized"
        "(warhead|warheads|device|devices|bomb|bombs|mine|mines|ied|ieds|explosives) (was|were|had been|has been|have been) "
        "(also |safely |)(neutralised|neutralized|defused|deactivated|dismantled)",
        # what is left of a weapon brought down falls on a place (only in a story of armed
        # violence: see the rules): "debris fell in Amman", "falling debris damaged a roof in Y"
        "debris (also |)(fell|fall|falls|falling|landed|rained down)", "falling debris", "(fall|falling) of (the |)debris",
        # ... and what it damaged: "debris damaged two houses in X", "debris hit a warehouse in Y"
        "debris (also |)(damaged|damaging|hit|struck|smashed|shattered|injured|wounded|sparked|caused)",
        # the same told of fragments: "falling fragments damaged a car in X", "fragments fell
        # in Y", "fragments were found in fields near Z" (not a shell's: see the rules)
        "(fallen|falling) fragments", "fragments (also |)(fell|landed|rained down|were found|have been found)",
    )),
    # weapons taken from their holders: "soldiers seized 300 rifles at a ranch", "weapons were
    # seized in X", "the seizure of six explosive devices" (only with weapons: see the rules)
    (Rule.SEIZURE, DWU, 0.8, (
        "seiz(ed|ing|es|e)", "seized the", "seizure(s|)", "confiscat(ed|ing|es|e|ion|ions)",
        "recover(ed|ing|ies|y) of", "recovered",
    )),
    (Rule.PAIRED, HQ, 0.8, (
        "establish(ed|es|ing|)", "set up", "setting up", "sets up", "built", "erected",
        "install(ed|ing)", "open(ed) a new",
        # the deed as a noun: "announced the installation of a new base in X"
        "installation of",
    )),
    (Rule.PAIRED, GRT, 0.75, ("drove", "driven", "pushed", "kicked", "chased", "flushed", "forced")),
    (Rule.PAIRED, AGR, 0.8, (
        "sign(ed|s|ing)", "inked", "reach(ed|es) (an|a)", "concluded (an|a)",
        "agreed (on|to) (a|an)", "clinched",
        # prisoners exchanged or released: "exchanged 150 prisoners of war at X"
        "exchanged", "swapped", "exchange", "swap", "released", "handed over",
        "(facilitated|secured|completed|oversaw) the release of",  # "the ICRC facilitated the release of 50 detainees"
    )),
    # Displacement
    (Rule.DISPLACE, DSP, 0.8, (
        "fled", "flee(ing|s|)", "displaced", "displacement", "displacing", "evacuat(ed|ing|ion|ions)",
        "refugee(s|)", "exodus", "uprooted", "sought refuge", "took refuge", "sought shelter",
        "forced to leave", "forced from their homes", "driven from their homes",
        # people made to leave, named between: "forced dozens of families to leave their houses"
        "to leave their (homes|houses|home|house|tents|shelters)", "to evacuate their (homes|houses|home|house)",
        *ORDERED_AWAY,
        "internally displaced", "idp(s|)", "on the move", "crossed (the border |the bridge |)into",
        "(took|taken|taking|take) shelter", "out of their homes", "forced out of their homes",
        "(to escape|escaping|escaped) the (violence|fighting|clashes|attacks|attack|shelling|bombing|bombardment|"
        "war|unrest|insurgents|militants|gunmen|bandits)",
        "(crossed|crossing) the (border|frontier) (at|through|via|near)",
        "(were|was) evacuated", "seek(ing|) refuge", "asylum seekers",
        "taking refuge", "take refuge", "taken refuge", "deported", "deportation(s|)", "deportees",
        "(temporary|emergency) (housing|shelters|accommodation)",
        "abandon(ed|ing|) (their|outlying|the) (homes|houses|villages|village|hamlets|land|farms)",
        # the places themselves left: "the populations of A and B abandoned their localities"
        "abandon(ed|ing|) (their|the) (localities|locality|communities|settlements|neighbourhoods|neighborhoods)",
        "(find|finds|found|finding) refuge",  # "crossed the river in boats to find refuge in X"
        # a movement report's title: "Population movements in the regions of A and B"
        "population movement(s|)",
        # "a trickle of returns", "a new wave of arrivals in X"
        "(trickle|wave|waves|flow|influx|surge) of (returns|returnees|arrivals|displaced)",
        # buildings turned into shelters: "schools in A and B are being used as shelters"
        "(used|serving|serve|serves|served) as (temporary |collective |emergency |makeshift |)shelters",
        "(converted|turned) into (temporary |collective |emergency |makeshift |)shelters",
        # people moved by force: "the occupiers forcibly moved 60 residents of A to B"
        "(forcibly|forcefully) (moved|transferred|relocated|removed|displaced)",
        "(left|leaving|have left|had left) their (homes|houses|villages|village)", "sheltering from the (fighting|shelling|bombardment|violence)",
        # where displaced people live: "camps around X", "refugee camps near X", "shelters in X"
        "refugee camps (in|near|around|outside|across|on)", "displacement camp(s|)", "idp camp(s|)",
        "camp(s|) for (the |)(displaced|internally displaced) (people|persons|families|)",
        "displaced persons camp(s|)", "displaced people s camp(s|)",
        "(live|lives|living|lived|stay|stays|staying|stayed|remain|remains|remaining) in (camps|tents|makeshift camps|makeshift shelters|displacement camps|temporary shelters)",
        # "thousands of families are still living in transitory shelters in X"
        "(live|lives|living|lived|stay|stays|staying|stayed|remain|remains|remaining) in (transitory|transitional|collective|evacuation) (shelters|centres|centers|sites)",
        "(taken|moved|brought|bussed|relocated) to (temporary |makeshift |)shelters",
        "unable to return",
        "(crossed|crossing) the (border|frontier) (to|toward|towards)", "forced from (the|their)",
        "repatriat(ed|ion|ions)", "(cross|crosses|crossing) (the border |)into",
        # people named by their flight, like "refugees": "the transit centre received 1,150
        # evacuees", "returnees were sleeping in the open"; and who shelters them
        "evacuees", "returnees", "(with|by) host (family|families|communities)",
        # the ones who stay are told to go: "the army issued orders to evacuate the
        # neighbourhoods of A and B", "they told us to leave B" (see the rules: the
        # displaced are the ones told, not the armed men who tell them)
        "(orders|order) to (evacuate|leave)", "(ordered|told|warned|instructed) (residents|civilians|people|"
        "families|inhabitants|villagers|us|them) to (leave|evacuate|flee)",
        "(seek|seeking) (shelter|refuge|safety)",  # "forced 3,000 civilians to seek shelter near the base"
    )),
    # Movement of people: displacement only when the movers are displaced people
    # (families, residents, "many of them") in a conflict story, not tourists or ministers.
    (Rule.MOVEMENT, DSP, 0.7, (
        "shelter(ing|ed) (in|at|inside)", "camped (in|at|out in)", "sheltering", "sheltered",
        # arrivals and camps, only where people are displaced (see the rules)
        "arriv(ed|ing|e|es)", "camps (in|at|near|around|outside)",
        "poured into", "pouring into",
        # people housed in public buildings or tents, in a story of flight: "120 people are staying in
        # schools in X", "families sleeping at a school in Y"
        "(staying|living|housed|accommodated|sleeping) (in|at) (schools|a school|public buildings|community halls|"
        "churches|mosques|tents)", "streamed into", "streaming into", "flocked to", "flooded into",
        "headed (to|for|toward|towards)", "heading (to|for|toward|towards)",
        "by boat", "by boats", "by bus", "by buses", "on foot", "by donkey cart", "by road",
        "left for", "made their way to", "making their way to",
        # the vehicles that carry the displaced: "families loaded their belongings onto trucks
        # bound for A and B", "178 families left the camp in a convoy bound for C"
        "bound for",
        # people on foot or moving elsewhere: "walked west toward X", "have since moved to Y"
        "walk(ed|ing) (to|toward|towards|into)", "walked (north|south|east|west) (to|toward|towards)",
        "moved (on |back |)(to|toward|towards|into)",
        # people taken out of the places under fire: "2,300 people have been moved out of the
        # A and B communities to C"
        "(moved|relocated|bussed|brought) out of", "(have|has|had) moved (on |back |)(to|toward|towards|into)",
        # families who left for good: "1,500 families have migrated from X to Y"
        "migrat(ed|ing) (from|to|toward|towards|into)",
        # where people crossed over: "60,000 Rohingya have entered X, crossing near Y"
        "crossed (near|at|through|via)", "crossing near",
        "(moving|move) (on |back |)(to|toward|towards|into)",
        "(moving|move) (north|south|east|west|northward|southward|eastward|westward) (to|toward|towards|into)",
        # those who fled and made it: "survivors who reached X", "others have reached Y"
        "reached", "(have|has|had) reached",
        "relocated to", "(ran|run) to", "return(ed|ing) from",
        # the way back or out: "others were returned via A and B", "deported through X"
        "(return|returned|returning|deported|expelled) (via|through)",
        # people expelled, where from and where to: "migrants expelled from X towards Y"
        "expel(led|ling) (from|to|toward|towards|into)",
        # a camp cleared to another place: "the inmates of the relief camp were shifted to X"
        "(shifted|shifting) to",
        # a journey's end: "families walked for two days before reaching X"
        "reaching",
        # leaving, with where they went: "families quit X towards A and B", "quit the village for Y"
        "(quit|quits|quitting) (the|their) (village|villages|town|city|area|homes|localities|camp)", "quit",
        # a crossing with its origin: "640 people crossing from A to B"
        "(crossed|crossing|cross|crosses) from",
        "left",  # "families left Al-Suwayda": a place name must follow (see the rules)
        "return(ed|ing) to their (homes|houses|villages|towns)", "returned home to",
        "went back to their (homes|villages)", "return(ed|ing) to (their|the) (ruined|destroyed|damaged) (homes|houses)",
        "return(ed|ing|) to", "left (the|their) (camp|city|town|village|area|region|homes|houses|villages)",
        "left the",  # "left the Nur Shams camp": a place name must follow (see the rules)
        # people leaving their own places, the phrase a force's leaving shares (the subject
        # decides, see the rules): "displaced families left their camps in X"
        "left their",
        "leave the (area|city|town|camp|village|region|locality|localities|district|commune|neighbourhood|neighborhood)",
        # leaving told in the progressive, with the place left: "families were leaving A for B"
        # (a place name must follow, see the rules)
        "leaving",
        # onward legs and how far they got: "others continued to Y", "walked as far as Z"
        "(leave|leaves|leaving|left) (toward|towards|for)", "continu(ed|ing|e) (on |onward |onwards |)to",
        "(go|goes|going|went|travelled|traveled) (further|farther|on|onward|onwards) to", "onward(s|) to",
        "(walked|travelled|traveled|went|fled|moved|got|made it) as far as",
        "(coming|came|come) (back |)from", "(have|has|had) come back",  # "thousands have come back, most of them from X"
        "to their (homes|houses|villages) in",
        # the evacuated, carried somewhere (see the rules: "the wounded were taken to hospital" is no flight)
        "(taken|brought|transported|bussed|ferried|driven) (from|out of|out from) the (villages|village|town|towns|settlements|settlement|area)",
        # "37 people were taken from the eastern communities of the district to A and B"
        "(taken|brought|transported|bussed|ferried|driven) (from|out of|out from) the (communities|frontline|front line|border area|border areas|areas)",
        "(taken|brought|transported|bussed|ferried|driven) (from|out of|out from) the (eastern|western|northern|southern|frontline|border) (communities|villages|settlements|areas)",
        "(brought|taken|transported|bussed|ferried) to", "(brought|taken|transported|bussed|ferried) by (train|bus|buses|boat|road) to",
        # "1,200 persons were taken out of the A and B communities to C"
        "(taken|brought|transported|bussed|ferried|driven) out of the",
        # people carried out of named places or out of danger: "families were taken out of A and
        # B", "2,500 people have been taken out, most of them to C" (not "driven out of": expelled)
        "(taken|brought|transported|bussed|ferried) out of", "(been|were|was) taken out",
        "(moved|moving|move|travelled|traveled|walked|headed|heading|went|fled) (north|south|east|west)(ward|wards|) (to|toward|towards|into)",
        "(have|has|had) gone to", "(new |)arrivals (in|at)", "new arrivals", "returns (from|to)", "the return of",
        # the moving told as a noun: "relocations from the border to the camps of A and B"
        "relocation(s|) (from|to|of)", "(daily|weekly) arrivals (in|at)",
        # "families took the road toward X", "were temporarily housed in school shelters"
        "took the road (to|toward|towards|for)", "(have|has|had) taken the road (to|toward|towards|for)",
        # a journey's end told by its aim: "crossing the river on canoes to reach A and B"
        "to reach",
        # leaving with where to, longer than the order's bare "to leave": "families began to leave toward X",
        # "residents have started to leave the locality towards Y"
        "to leave (toward|towards|for)",
        "to leave the (area|city|town|camp|village|region|locality|localities|district|commune|neighbourhood|neighborhood)",
        "temporarily (settled|housed|accommodated|lodged) (in|at)",
        # where the displaced are received, only in a story of flight (see the rules):
        # "the transit centre in X received 640 people", "collective centres opened in X"
        "transit (centre|center|centres|centers|camp|camps|site|sites|point|points)",
        "reception (centre|center|centres|centers|camp|camps|site|sites|point|points)",
        "collective (centre|center|centres|centers|site|sites|shelter|shelters)",
        # hosting a count of people, in a story of flight: "X now hosts more than a million
        # people", "centres in X hosting some 4,800 people" (not "hosting talks", "hosts staff")
        "(hosting|hosts|hosted|host)",
        # taking in a count of people, in a story of flight: "authorities in X reported receiving
        # about 1,000 nationals" (see the rules: not "received aid")
        "(received|receiving)",
        # where the displaced are taken in, told as full: "host communities in X report
        # overcrowding" (see the rules)
        "host (communities|families) in",
        # what is registered is who came: "1,300 arrivals were registered in X"
        "arrivals (were|have been|had been|) registered (in|at)",
        # ... or recorded, counted: "arrivals were recorded in A, B and C"
        "arrivals (were|have been|had been|) (recorded|reported|counted|observed) (in|at)",
        # a place emptied told of its parts: "the camps are almost entirely emptied of residents"
        "(almost|nearly|virtually) (entirely|completely) (emptied|deserted)",
        # a place emptied of its people, in a story of flight: "X is now almost empty"
        "(almost|nearly|virtually|all but) (empty|deserted|emptied)",
        "emptied of (its|their) (residents|inhabitants|people|population)",
        # more ways on: "others moved from A to B", "600 of them moved again to C", "crossed
        # to D", "most then proceed to E", "others went to F", "before onward travel to G"
        # the displaced housed somewhere, told in the passive: "many are hosted in A, B and C"
        "(is|are|was|were|being|been) hosted (in|at|by)",
        # where the displaced now stay: "they are staying in the X informal settlement"
        "(is|are|been) staying (in|at)",
        # the way home or back: "others are heading back towards X", "went back to Y"
        "(heading|headed|head|going|moving|moved|walking|walked) back (to|toward|towards|into)",
        # people pushed over a border or a river, named between (see the rules): "the
        # bombing sent 3,000 people across the river into X", "drove families across the border to Y"
        "across",
        # the landing of people carried by sea: "the migrants were disembarked at X"
        "disembark(ed|ing) (at|in)", "(landed|landing) (at|in) the port of",
        "moved again (to|toward|towards|into)", "(have|has|had) moved again (to|toward|towards|into)",
        "moved from", "(have|has|had) moved from", "crossed (to|over to)",
        "proceed(ed|ing|s|) (to|toward|towards)", "went to",
        "(travel|travels) (on|onward|onwards) to", "onward (travel|journey|transport|movement) to",
        # the relocated named after the verb: "relocated 1,300 households from A to B"
        "relocat(ed|ing)",
        # a journey told apart from where it ends, read only with a "to" and a place after
        # a short gap (see the rules): "returned over the past week to X", "crossed the
        # river to Y", "walking some 40 km south to Z"
        "return(ed|ing)", "cross(ed|ing)", "walk(ed|ing)", "travel(led|ed|ling|ing)", "trek(ked|king)",
    )),
)

# Bare verb forms: after "to" they are intentions ("to attack", "to establish").
_BASE_VERBS = frozenset(
    _expand_all((
        "attack", "assault", "ambush", "storm", "capture", "retake", "recapture", "liberate",
        "shell", "bomb", "strike", "raid", "kill", "abduct", "kidnap", "rape", "protest",
        "march", "rally", "riot", "loot", "arrest", "detain", "establish", "set up", "sign",
        "deploy", "fight", "combat", "clash", "flee", "evacuate", "displace", "torch", "burn",
        "execute", "massacre", "enter", "take control", "seize control", "open fire",
        "take over", "fire on", "fire at", "intercept", "blockade", "demonstrate", "bombard",
        "regain control", "pound", "hit", "take back", "gain control", "exchange", "swap",
        "leave the (area|city|town|camp|village|region)",
        "return to", "cross into", "cross the border into", "advance " + _ADVANCE_SITE,
        "defeat (the |)(manpower|formations|formation|units|enemy|enemy s)",
    ))
)

# Phrases that hide the triggers inside them ("riot police", "refugee camp").
STOP_PHRASES: frozenset[str] = frozenset(
    _expand_all((
        "riot police", "riot gear", "riot control", "anti riot", "refugee camp(s|)",
        # criticism, no gunfire: "the minister came under fire over the deal", "was under fire for"
        "(was|were|is|are|came|come|comes|coming) under (heavy |)fire (over|for|from critics)",
        # camps of herders or soldiers house no displaced people: "attacked cattle camps near X"
        "(cattle|military|army|training) camp(s|)",
        "refugee agency", "refugees agency", "agency for palestinian refugees",
        # a plan or an appeal named for refugees moves nobody: "a regional refugee response plan was launched in X"
        "refugee response plan(s|)", "refugee (and resilience |)response (plan|plans|appeal|appeals)",
        # a person reached on the telephone went nowhere: "a resident reached by phone from X"
        "reached by (phone|telephone|text message)",
        "heart attack(s|)", "panic attack(s|)", "asthma attack(s|)", "cyber( |)attack(s|)",
        "cyber( |)attacker(s|)", "ransomware attack(s|)", "hacking attack(s|)", "attacking midfielder",
        "fighter jet engine(s|)", "fighting chance", "fighting corruption",
        # a patrol ready to fight, no fight told: "troops on fighting patrol cleared hideouts"
        "fighting patrol(s|)", "combat patrol(s|)",
        # "combat" as a kind of gear, no fight: "soldiers in combat uniforms"
        "combat (uniform|uniforms|gear|readiness|training)",
        "fight against corruption", "fight(ing|) (inflation|poverty|disease|climate change|fires|wildfires)",
        "title fight", "bomb threat(s|)", "bomb scare(s|)", "lodged a protest", "formal protest",
        "letter of protest", "protest note", "diplomatic protest", "strike price",
        "strike rate", "lucky strike", "strike partner", "prison break", "dead end", "deadline",
        "dead heat", "shot on goal", "shot at goal", "shots on target", "mug shot(s|)",
        "death penalty", "death sentence(s|)", "sentenced to death", "death row",
        "killing time", "shell company", "shell companies", "planes of", "plane crash",
        "mine(s|) (workers|company|companies|owner|owners|output)", "gold mine(s|)", "coal mine(s|)",
        "copper mine(s|)", "mining", "tanks of", "think tank(s|)", "fuel tank(s|)",
        "water tank(s|)", "tank farm(s|)", "oil tank(s|)", "septic tank(s|)",
        "jet fuel", "jet lag", "jet stream", "private jet(s|)", "jet set",
        "price war", "trade war", "war of words", "charm offensive", "diplomatic offensive",
        # "offensive" as an adjective of speech or display: "displayed offensive symbols"
        "offensive (symbol|symbols|remark|remarks|language|comment|comments|content|post|posts|slogan|slogans|"
        "chant|chants|graffiti|material|message|messages|word|words|behaviour|behavior|gesture|gestures|"
        "song|songs|banner|banners|image|images|joke|jokes|cartoon|cartoons|tweet|tweets|insignia|flag|flags)",
        "evacuation route(s|)", "rocket scientist(s|)", "rocketed", "stock market(s|)",
        "market rally", "relief rally", "rally in (stocks|shares|prices|bonds|oil)",
        "stocks rallied", "shares rallied", "prices rallied", "markets rallied",
        "detention centre(s|)", "detention center(s|)",
        "fire station", "firework(s|)", "shot put", "raid the fridge",
        "bomb shelter(s|)", "air raid shelter(s|)", "air raid siren(s|)", "air raid alert(s|)",
        "air raid warning(s|)", "missile defen(c|s)e(s|)", "air defen(c|s)e(s|)",
        "air defen(c|s)e system(s|)", "drone factory", "missile program(me|)",
        "missile test(s|)", "tested a missile", "test fired", "test launch(ed|)",
        "nuclear weapon(s|)", "armed forces day", "police station(s|)",
        "refugee status", "prayer vigil(s|)",
        "hunger strike", "killer whale(s|)", "dead sea", "protest vote",
        "cessation of hostilities", "end (the |)hostilities",
        "fight club", "shelling out", "shell out", "shelled out", "bombshell",
        "photo bomb(ed|)", "attack helicopter(s|)", "fighter plane(s|)",
        "tank commander(s|)", "rocket science", "rocket man",
        # a weapon's name, no assault: "a boat carrying assault rifles", "seized two assault weapons"
        "assault rifle(s|)", "assault weapon(s|)",
        # a gang named by its trade, no kidnapping told: "police dismantled a kidnapping ring"
        "(kidnapping|kidnap|abduction) (ring|rings|cell|cells|gang|gangs|network|networks|band|bands|syndicate|syndicates)",
        # a police sweep, no air strike: "in a search and strike operation in X, police arrested ..."
        "search and strike (operation|operations)",
    ))
)

# --------------------------------------------------------------------------- cues

_CUE_TABLE: tuple[tuple[Cue, tuple[str, ...]], ...] = (
    (Cue.ARMED, (
        "troop(s|)", "soldier(s|)", "army", "armies", "military", "militar(y|ies)",
        "forces", "militant(s|)", "rebel(s|)", "fighter(s|)", "gunm(an|en)", "insurgent(s|)",
        "jihadist(s|)", "militia(s|)", "militiam(an|en)", "paramilitar(y|ies)", "police",
        "policem(an|en)", "security forces", "armed", "terrorist(s|)", "assailant(s|)",
        "attacker(s|)", "bandit(s|)", "gang(s|)", "gangster(s|)", "mercenar(y|ies)",
        "weapon(s|)", "gun(s|)", "rifle(s|)", "bullet(s|)", "ammunition", "artillery",
        "killed", "killing", "wounded", "injured", "dead", "casualties", "gunfire",
        "warplane(s|)", "airstrike(s|)", "air strike(s|)", "air raid(s|)", "missile(s|)",
        "rocket(s|)", "drone(s|)",
        "separatist(s|)", "extremist(s|)", "islamist(s|)", "commando(s|)", "marines",
        "battalion(s|)", "brigade(s|)", "regiment(s|)", "units", "positions", "front( |)line(s|)",
        "junta", "regime forces", "government forces", "pro government", "anti government forces",
        "hamas", "hezbollah", "houthi(s|)", "rsf", "rapid support forces", "m23", "adf",
        "jnim", "islamic state", "isis", "isil", "al shabaab", "al shabab", "taliban", "hts",
        "hayat tahrir al sham", "sdf", "pkk", "ypg", "boko haram", "iswap", "fano", "tplf",
        "arakan army", "farc", "eln", "wagner", "tatmadaw", "janjaweed", "cartel(s|)",
        "shooting", "shot", "national guard", "peacekeepers", "special forces", "gendarm(es|erie)",
        "checkpoint(s|)", "garrison", "outpost(s|)",
        # Pakistan's paramilitary and tribal forces: "militants attacked a Levies station"
        "levies", "frontier corps", "frontier constabulary",
        "combatant(s|)", "sniper(s|)", "guerrilla(s|)", "settler(s|)", "warring",
        "rival clans", "clan militia(s|)", "clansmen", "tribesmen", "communal militia(s|)", "maoist(s|)",
        "naxal(s|)", "naxalite(s|)",
        "occupier(s|)", "enemy", "aggressor(s|)", "invader(s|)", "infantry", "our defenders",
        "ukrainian defenders", "the defenders", "assault group(s|)", "sabotage group(s|)",
        "vigilante(s|)", "wazalendo", "people s defence force(s|)", "mujahideen", "daesh", "al qaeda",
        "ansar allah", "khwarij", "khawarij",
        "tank(s|)", "armoured vehicles", "armored vehicles", "kidnapper(s|)", "abductor(s|)",
        "kill", "kills", "massacre", "gunbattle", "shelling", "bombing", "bombardment",
        "border guard(s|)", "border police",
        # armies and armed groups known by their initials: "the ENDF retook X", "the SSPDF and
        # the SPLA-IO clashed", "non-state armed groups (NSAGs) attacked Y"
        "endf", "sspdf", "updf", "fds", "fama", "vdp", "spla io", "knla", "tnla", "ola",
        "codeco", "nsag(s|)", "aqap", "ttp", "white army",
    )),
    (Cue.CIVILIAN, (
        "couple", "son", "sons", "daughter(s|)", "wife", "husband", "boatm(an|en)", "kolbar(s|)",
        "civilian(s|)", "villager(s|)", "resident(s|)", "farmer(s|)", "herder(s|)",
        "worshipper(s|)", "student(s|)", "pupil(s|)", "child(ren|)", "wom(an|en)",
        "passenger(s|)", "shopper(s|)", "patient(s|)", "aid worker(s|)", "journalist(s|)",
        "mourner(s|)", "displaced", "refugee(s|)", "famil(y|ies)", "teacher(s|)",
        "school(s|)", "mosque(s|)", "church(es|)", "market(s|)", "hospital(s|)", "village(s|)",
        "homes", "houses", "wedding", "funeral", "bus", "camp(s|)", "idps", "fishermen",
        "miners", "traders", "doctors", "nurses", "elderly", "infants", "babies", "boy", "boys", "girl", "girls",
        "people", "persons", "man", "men", "teenager(s|)", "year old(s|)", "worker(s|)", "shepherd(s|)",
        "passenger vehicles", "civilian vehicles", "candidate(s|)", "mayor(s|)", "politician(s|)",
        "lawmaker(s|)", "activist(s|)", "priest(s|)", "pastor(s|)", "imam(s|)", "councillor(s|)",
        "labourer(s|)", "laborer(s|)", "traveller(s|)", "traveler(s|)", "motorist(s|)", "commuter(s|)",
        "pilgrim(s|)", "vendor(s|)", "tourist(s|)", "bystander(s|)", "pedestrian(s|)", "nun(s|)",
        "monk(s|)", "cleric(s|)", "relatives", "driver(s|)", "herdsm(an|en)", "peasant(s|)",
        "labour migrants", "day labourers", "shopkeeper(s|)", "merchant(s|)", "citizens",
        # aid and health care, protected whoever fires on them: "an ambulance was hit by gunfire",
        # "the attack on a WFP convoy", "a UN staff member was killed"
        "paramedic(s|)", "ambulance(s|)", "staff member(s|)",
        "(aid|humanitarian|relief|un|wfp|unicef|unhcr|icrc|msf) convoy(s|)",
    )),
    (Cue.CROWD, (
        "protester(s|)", "demonstrator(s|)", "crowd(s|)", "rioter(s|)", "marcher(s|)", "mob",
        "workers marching", "people marching",
    )),
    (Cue.AVIATION, (
        "aircraft", "warplane(s|)", "jet(s|)", "fighter jet(s|)", "bomber(s|)", "helicopter(s|)",
        "airstrike(s|)", "air strike(s|)", "air raid(s|)", "aviation", "air force", "drone(s|)",
        "sukhoi", "mig", "f 16(s|)", "plane(s|)", "aerial", "gunship(s|)", "barrel bomb(s|)",
        "glide bomb(s|)", "air attack(s|)", "sorties", "uav(s|)", "unmanned aerial", "unmanned aircraft",
        "quadcopter(s|)",
        # a joint force's air arm: "the Air Component conducted strikes on enclaves at X"
        "air component",
    )),
    (Cue.IMPACT, (
        "hit(s|ting|)", "struck", "strike(s|)", "striking", "slam(med|s)", "pound(ed|ing|s)", "target(ed|ing|s)",
        "land(ed|ing|s)", "fell on", "launch(ed|es|ing)", "fire(d|s|)", "firing", "drop(ped|s)",
        "explod(ed|es|ing)", "detonat(ed|ing)", "went off", "blew up", "blown up",
        "kill(ed|ing|s)", "wound(ed|ing)", "injur(ed|ing)", "damag(ed|ing|es)",
        "destroy(ed|ing|s)", "attack(ed|s|)", "rain(ed|ing) down", "barrage", "salvo(s|)",
        "wave of", "shot", "threw", "hurled", "lobbed", "tossed", "(thrown|hurled|lobbed|tossed) (at|into|onto)",
        "shell(ed|ing)",
        "bombard(ed|ing)", "killing", "struck by", "hit by", "claimed the lives", "flattened",
        "levelled", "leveled", "ripped through", "tore through", "set off", "planted",
    )),
    (Cue.LETHAL, (
        "live (rounds|ammunition|fire|bullets)", "killed", "killing", "shot dead", "opened fire",
        "fired on", "dead", "were killed", "deaths", "lethal force", "fatally",
    )),
    (Cue.RIOTING, (
        "torch(ed|ing)", "set fire", "setting fire", "set on fire", "set ablaze", "ablaze", "threw stones",
        "set (a|several) fire(s|)",
        "hurled stones", "pelted", "(threw|hurled|throwing|hurling) (rocks|bricks|bottles|fireworks|firecrackers)", "molotov", "stormed", "storm(ing|)", "clash(es|ed)",
        "vandalis(ed|ing)", "vandaliz(ed|ing)", "looted", "looting", "smashed", "burn(ed|t|ing)",
        "attacking", "attacked", "rioting", "rioters", "violent", "petrol bomb(s|)", "threw eggs",
        # stones thrown by the crowd, told by the verb or the means: "stoned the police station",
        # "broke with stones the windows"; something the crowd set alight: "set a bus on fire"
        "ston(ed|ing)", "(broke|smashed|attacked|hit|pelted) with (stones|rocks)", "on fire", "broke into", "broken into", "break into",
    )),
    (Cue.LABOUR, (
        "worker(s|)", "dock( |)workers", "union(s|)", "general", "national", "nationwide",
        "teachers", "doctors", "nurses", "drivers", "miners", "employees", "staff",
        "wage(s|)", "pay", "pensions", "on strike", "went on strike", "labour", "labor",
        "industrial action", "hunger",
    )),
    (Cue.SPORTS, (
        "match(es|)", "league", "club", "goal(s|)", "scored", "coach", "championship(s|)",
        "tournament", "cup", "season", "stadium", "final", "semi final", "quarter final",
        "striker", "midfielder", "defender", "team(s|)", "players", "fans", "beat", "win",
        "victory over", "olympic(s|)", "world cup", "champions league", "premier league",
        "derby", "kick off", "penalty", "referee", "boxing", "bout", "tennis", "football",
        "soccer", "cricket", "rugby", "sides",
    )),
    (Cue.DISASTER, (
        "earthquake(s|)", "quake(s|)", "flood(s|ing|ed|)", "storm(s|)", "cyclone(s|)",
        "hurricane(s|)", "typhoon(s|)", "landslide(s|)", "mudslide(s|)", "tsunami",
        "drought", "heat( |)wave(s|)", "wildfire(s|)", "fire(s|)", "blaze", "accident(s|)",
        "crash(es|ed|)", "collision", "collapse(d|)", "disease", "cholera", "outbreak",
        "epidemic", "pandemic", "covid", "drown(ed|ing)", "avalanche", "eruption", "volcano",
        "lightning", "gas explosion", "boiler", "road accident", "traffic accident", "capsized",
        "derailed", "stampede", "famine", "starvation", "malnutrition", "heat", "rains",
        "gas cylinder(s|)", "gas tank(s|)", "short circuit", "electrical fault", "hurricane",
        "torrential", "tornado(es|)", "mine collapse", "factory fire", "gas leak",
        "industrial accident", "fireworks", "pipeline explosion", "tanker explosion",
        "coal mine", "mine explosion", "methane", "firedamp", "miners", "gold mine", "mining accident",
        "chemical plant", "refinery fire", "factory explosion", "gas station explosion",
        "petrochemical plant", "petrochemical complex", "petrochemical facility", "fertili(s|z)er plant",
        "plant explosion", "industrial explosion", "leaking", "leaked gas",
    )),
    (Cue.GOVERNMENT, (
        "army", "troops", "soldiers", "military", "government forces", "regime forces",
        "regime", "junta", "armed forces", "national army", "defence forces", "defense forces",
        "national guard", "government", "tatmadaw", "security forces", "police",
        "defence ministry", "defense ministry", "federal forces", "saf", "fardc",
        "government troops", "regime troops", "sudanese armed forces", "levies", "frontier corps",
        "endf", "sspdf", "updf", "fds", "fama",
    )),
    (Cue.NONSTATE, (
        "rebel(s|)", "militant(s|)", "insurgent(s|)", "jihadist(s|)", "militia(s|)",
        "fighters", "gunmen", "separatist(s|)", "opposition", "rsf", "rapid support forces",
        "m23", "taliban", "houthi(s|)", "al shabaab", "al shabab", "hamas", "hezbollah",
        "islamic state", "isis", "jnim", "hts", "tigrayan", "alliance", "wagner", "arakan army",
        "anti junta", "resistance", "guerrilla(s|)", "gang(s|)", "cartel(s|)", "tplf", "fano",
        "iswap", "boko haram", "adf", "sdf", "ypg", "pkk", "pdf", "people s defence force(s|)",
        "ethnic armed", "armed group(s|)", "mercenaries", "maoist(s|)", "naxal(s|)", "naxalite(s|)", "cadres",
        "combatant(s|)", "khwarij", "khawarij",
        "spla io", "knla", "tnla", "ola", "codeco", "nsag(s|)", "aqap", "ttp", "white army",
    )),
    (Cue.NEGATION, (
        "no", "not", "never", "nor", "neither", "without", "no one", "nobody", "none",
        "didn t", "don t", "doesn t", "wasn t", "weren t", "hasn t", "haven t", "hadn t",
        "won t", "wouldn t", "couldn t", "isn t", "aren t", "cannot", "can t", "free of",
        "no reports of", "no sign of", "absence of", "lack of", "little", "failed to",
        # denied part in an event: "Turkey was not involved in the offensive"
        "not involved in", "no involvement in", "no role in", "no part in", "nothing to do with",
        "not behind",
    )),
    (Cue.DENIAL, (
        "denied", "denies", "deny", "denying", "rejected (claims|reports|allegations)",
        "dismissed (claims|reports)", "refuted", "false reports", "ruled out", "baseless",
        "comment(s|ed|ing|) on", "declined to comment",
    )),
    (Cue.IRREALIS, (
        "will", "would", "could", "may", "might", "shall", "plan(s|ned|) to", "planning to",
        "threaten(s|ed|ing|)", "vow(s|ed|) to", "intend(s|ed|) to", "prepar(e|es|ed|ing) to",
        "preparing for", "about to", "set to", "going to", "expected", "possible", "potential",
        "responsible for",
        "prepar(ed|es|ing) (an|a|the|for|new|fresh)",
        "to contain", "to combat", "to counter", "to curb", "to tackle", "to stem", "planning", "plotting",
        "plotted",
        # what arms were meant for: "explosives they believe were meant for an attack in X"
        "(meant|intended|destined|earmarked) for",
        "planned", "call(s|ed|) for", "calling for", "advocat(e|es|ed|ing) for", "lobb(y|ies|ied|ying) for", "call(s|ed|) on", "urg(e|es|ed|ing)",
        "demand(s|ed|ing)", "need to", "needs to", "need for", "must", "should", "aim(s|ed|) (of|at|to)",
        "with the aim", "prevent(s|ed|ing|)", "avoid(s|ed|ing|)", "deter(s|red|ring|)",
        "stop", "halt", "to end", "end to", "any", "if", "unless", "risk of", "threat of",
        "threat(s|) to", "fear(s|ed|) (of|that)", "feared", "warn(s|ed|ing|) (of|against|about)",
        "concern(s|) (over|about)", "deep concern", "concerned (about|over)", "in case of",
        "ahead of", "ready to", "seek(s|ing|) to", "sought to", "allow(s|ed|ing|)", "permit(ted|s|)",
        "pledged to", "promised to", "tomorrow", "next week", "next month", "next year",
        # what is promised or banned has not happened: "promises new protests in X",
        # "the government has banned demonstrations in X"
        "promis(es|ed|ing) (new|more|further|fresh)", "vow(s|ed|ing) (new|more|further|fresh)",
        "(has|have|had) (banned|prohibited)", "ban on", "ban(s|ned|ning) (all |political |public |opposition |street |)(demonstrations|protests|rallies|gatherings|marches)",
        "in the coming days", "in the coming weeks", "hypothetical", "imminent", "looming",
        "want(s|ed|) to", "hope(s|d|) to", "asked to", "ask(s|ed|) for", "negotiat(e|ing) (a|an|the)",
        "proposed", "proposal", "draft", "reach a", "agreed to", "discuss(ed|ing|)",
        "talks on", "talks about", "to curb", "curb",
        # habitual: "regularly carries out strikes" is no one event
        "regularly", "routinely", "frequently", "often", "usually", "typically", "habitually",
        # a habit in the perfect: "militants have repeatedly targeted workers in X"
        "(has|have|had) repeatedly", "(has|have|had) increasingly",
        # a capability: "the group can strike far from its bases in X"
        "can", "cannot",
        # a forecast: "Expect more air strikes around X in the coming week"
        "expect", "in the coming week", "in the coming month",
        # rehearsed: "drills simulating attacks"
        "simulat(e|es|ed|ing|ion|ions)", "mock", "rehears(e|es|ed|ing|al|als)", "war game(s|)",
        "drills", "exercises",
    )),
    (Cue.HISTORY, (
        "years ago", "decades ago", "last year", "in the past", "anniversary",
        "commemorat(e|es|ed|ing|ion)", "remember(ed|s|ing|)", "centuries ago", "was once",
        "at the time", "back then", "previously", "in previous", "recalled",
        # an event likened to an earlier one: "the killings recall the massacre in X"
        "(recall|recalls|evoke|evokes|echo|echoes) the",
        "memorial", "memorials", "a year after", "years after", "months after", "weeks after", "a decade after",
        "months ago",
        "decades after", "a year since", "years since", "a decade since", "decades since",
        "after days of", "after weeks of", "after months of", "after years of",
        # a month or more back: "a month after X fell", "a year ago", "months earlier"
        "(a|one) (month|year|decade) (ago|after|earlier|since)", "(months|years|decades) earlier",
        "earlier this year", "late last year", "earlier last year",
        # a past year named before: "who fled X in 2023 ... her house was burnt during fighting that year"
        "that (year|spring|summer|autumn|winter)",
        # a month of that past year: "A state of emergency was declared that August, after the
        # rebels briefly seized X"
        "that (january|february|march|april|june|july|august|september|october|november|december)",
        # the season before the article's: "Last winter, repeated strikes left X without heating"
        "last (spring|summer|autumn|winter|fall)",
    )),
    (Cue.JUDICIAL, (
        "court(s|)", "tribunal", "convicted", "convicts", "sentenced", "sentences", "indicted",
        "indictment", "acquitted", "guilty", "trial", "verdict", "prosecuted", "prosecuting",
        "prosecutor(s|)", "charged with", "charges of", "jailed (for|over)", "imprisoned (for|over)",
        "on suspicion of", "suspected of", "accused of", "arrested (for|over)", "wanted for",
        # what the defendants did is the case tried: "the defendants took part in the shelling of X"
        "defendant(s|)", "co-defendant(s|)",
    )),
    (Cue.WANING, (
        "slowed", "eased", "stopped", "halted", "ceased", "paused", "diminished", "declined",
        "decreased", "lessened", "dropped off", "subsided", "abated", "waned", "calmed", "died down",
        "petered out", "quietened", "quieted",
    )),
    (Cue.HARD_BREAK, (
        "while", "whereas", "but", "although", "though", "however", "meanwhile", "said",
        "says", "say", "told", "tells", "added", "adding", "according to", "stated", "announced",
        "mentioned", "noted", "stressed", "quoted", "quoting", "reported that", "claimed",
        "confirmed", "insisted", "explained", "wrote", "tweeted", "posted", "declared that",
        "separately", "elsewhere", "in a separate incident", "on the other hand", "urged",
        "called on", "called for", "warned that", "described", "recounted", "spoke of",
        "condemned", "condemns", "condemning", "denounced", "denounces", "deplored", "deplores",
        "acknowledged", "acknowledges", "conceded", "concedes", "admitted that", "admits that",
    )),
    (Cue.SOFT_BREAK, (
        "and", "as well as", "after", "following", "amid", "before", "as", "when", "then",
        "since", "because", "or", "until", "including", "such as", "who", "whom", "whose",
    )),
    (Cue.RELATIVE, ("where", "which", "in which", "at which")),
    (Cue.PEACEFUL, (
        "without (a|any) fight", "without (any |)resistance", "unopposed", "peacefully", "without (any |)fighting",
        "without (any |)bloodshed", "without (any |)clashes", "without a shot (being |)fired", "without firing a (single |)shot",
        "without a single shot",
        # positions the other side left: "took over positions in X vacated by Israeli forces"
        "vacated by", "abandoned by", "handed over by",
    )),
    (Cue.BASE, (
        "base(s|)", "military base(s|)", "post(s|)", "military post(s|)", "outpost(s|)",
        "checkpoint(s|)", "observation point(s|)", "observation post(s|)", "headquarters",
        "command centre", "command center", "garrison", "position(s|)", "fortification(s|)",
        "airbase", "air base", "naval base", "foothold", "camp for (its |their |)(troops|fighters)",
        "military installation(s|)", "barracks", "training camp(s|)",
        "military point(s|)", "new camp(s|)", "military camp(s|)", "army camp(s|)", "watchtower(s|)",
        "observation tower(s|)",
        # an armed group's office: "the KIA established a new administrative and military office in X"
        "military office(s|)", "administrative and military office(s|)",
    )),
    (Cue.AGREEMENT, (
        "agreement(s|)", "accord(s|)", "deal", "treaty", "ceasefire", "cease fire", "truce",
        "cessation of hostilities", "permanent cessation of hostilities",
        "memorandum", "pact", "peace deal", "peace accord", "peace agreement", "armistice",
        "protocol", "declaration of principles",
        "prisoners", "prisoners of war", "pows", "pow", "detainees", "captives", "hostages",
    )),
    (Cue.ARREST, (
        "arrest(ed|s|ing|)", "detain(ed|s|ing|)", "rounded up", "custody", "apprehended",
        "raid(s|ed) on (homes|houses|offices)",
        "search(es|ed) (homes|houses)", "warrant",
    )),
    (Cue.ACTOR, (
        "forces", "troops", "army", "military", "soldiers", "aircraft", "warplanes", "jets",
        "helicopters", "drones", "militia(s|)", "militiamen", "militants", "fighters", "rebels",
        "insurgents", "gunmen", "police", "security forces", "regime", "government", "opposition",
        "jihadists", "terrorists", "protesters", "demonstrators", "rioters", "mob", "settlers",
        "assailants", "attackers", "bandits", "gangs", "separatists", "mercenaries", "junta",
        "navy", "air force", "national guard", "peacekeepers", "paramilitaries", "coalition",
        "military police", "riot police", "border guards", "special forces", "commandos",
        "armed men", "armed groups", "armed group", "gang", "islamists", "extremists",
        "hamas", "hezbollah", "houthi(s|)", "rsf", "rapid support forces", "m23", "adf", "jnim",
        "islamic state", "isis", "isil", "al shabaab", "al shabab", "taliban", "hts",
        "hayat tahrir al sham", "sdf", "pkk", "ypg", "boko haram", "iswap", "fano", "tplf",
        "arakan army", "farc", "eln", "wagner", "tatmadaw", "janjaweed", "cartel", "guerrillas",
        "defence forces", "defense forces", "armed forces", "tigrayan forces", "civilians",
        "soldier", "militant", "rebel", "fighter", "gunman", "policeman", "policemen",
        "suicide bomber", "sniper(s|)", "combatants",
        "endf", "sspdf", "updf", "fds", "fama", "vdp", "spla io", "knla", "tnla", "ola",
        "codeco", "nsag(s|)", "aqap", "ttp", "white army",
    )),
    (Cue.ACTOR_MOD, (
        "regime", "government", "opposition", "security", "military", "armed", "paramilitary",
        "rebel", "militia", "junta", "pro government", "anti government", "allied", "local",
        "state", "federal", "riot", "border", "special", "elite", "national", "coalition",
        "islamist", "jihadist", "separatist", "ethnic", "clan", "suspected", "unidentified",
        "unknown", "anti coup", "anti junta", "saudi led", "us led", "kurdish led", "iran backed",
        "turkish backed", "russian backed", "russia backed", "us backed", "government backed",
        "allied arab", "army aligned", "pro russian", "pro russia", "pro iranian",
    )),
    (Cue.PASSIVE, ("was", "were", "been", "being", "is", "are", "got")),
    (Cue.AGENT_BY, ("by", "of", "by the", "of the", "carried out by", "launched by", "from")),
    (Cue.SUPPORT, (
        "backed by", "supported by", "with the support of", "with support from",
        "with the help of", "alongside", "aided by", "together with", "allied with",
    )),
    (Cue.PRONOUN, ("its", "their", "they", "it", "his", "her")),
    (Cue.CONTINUE, (
        "continue(d|s|)", "continuing", "began", "begin(s|)", "started", "start(s|)",
        "managed", "went on", "tried", "try", "attempted", "used", "came", "resumed",
        "kept", "due", "response", "subjected", "exposed", "prior", "close", "led", "return(ed|)",
        "back", "forced", "forcing", "compelled", "obliged", "had", "have", "has", "able",
        "them",
        # causes: "prompting more than 5,000 people to flee", "driving families to leave"
        "prompting", "prompted", "causing", "caused", "driving", "pushing", "pushed",
    )),
    (Cue.LOCATIVE, ("in", "at", "near", "outside", "around", "across", "inside", "on")),
    (Cue.AGGREGATE, (
        "so far", "to date", "in total", "cumulative",
        # a trend is no one event (spans of months and years: background.running_record)
        "(has|have) seen a (sharp |steady |)rise in", "(has|have) this year",
    )),
    (Cue.OUT_OF, ("out of", "out from")),
    (Cue.TAKING, ("took", "taken", "taking", "take", "takes", "seized", "seizing", "held", "holding", "holds")),
    (Cue.DATE, (
        "today", "tonight", "yesterday", "last night", "this morning", "this afternoon",
        "this evening", "days ago", "day before", "day earlier", "previous day",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    )),
)

DEMONYMS: Mapping[str, str] = MappingProxyType({
    word: word.title()
    for word in (
        "russian", "syrian", "turkish", "ukrainian", "israeli", "palestinian", "sudanese",
        "yemeni", "saudi", "emirati", "iranian", "iraqi", "american", "us", "u s", "british",
        "french", "german", "malian", "burkinabe", "nigerien", "nigerian", "congolese",
        "rwandan", "ugandan", "ethiopian", "eritrean", "somali", "kenyan", "afghan",
        "pakistani", "indian", "chinese", "myanmar", "burmese", "thai", "colombian",
        "venezuelan", "mexican", "lebanese", "jordanian", "egyptian", "libyan", "tunisian",
        "algerian", "moroccan", "chadian", "cameroonian", "mozambican", "south sudanese",
        "kurdish", "azerbaijani", "armenian", "georgian", "belarusian", "polish", "serbian",
        "kosovar", "haitian", "ecuadorian", "peruvian", "bolivian", "brazilian", "filipino",
        "indonesian", "bangladeshi", "sri lankan", "nepali", "kashmiri", "tigrayan", "amhara",
        "oromo", "arab", "houthi", "hamas", "ivorian", "ghanaian", "senegalese", "guinean",
        "beninese", "togolese", "mauritanian", "zimbabwean", "south african", "central african",
        "burundian", "tanzanian", "malawian", "zambian", "angolan", "korean", "north korean",
        "south korean", "japanese", "taiwanese", "vietnamese", "cambodian", "emirati", "qatari",
        "bahraini", "omani", "kuwaiti", "chechen", "dagestani", "crimean", "moldovan",
        "romanian", "hungarian", "bosnian", "croatian", "greek", "cypriot", "italian",
        "spanish", "nicaraguan", "honduran", "salvadoran", "guatemalan", "cuban", "chilean",
        "argentine", "argentinian", "uzbek", "tajik", "kyrgyz", "kazakh", "turkmen",
    )
})
"""Lower-case demonym -> display form ("russian" -> "Russian")."""


def _build_triggers() -> Mapping[str, tuple[Trigger, ...]]:
    table: dict[str, list[Trigger]] = {}
    for rule, (event, sub), weight, patterns in _TRIGGER_TABLE:
        partner = None
        if rule is Rule.PAIRED:
            partner = {HQ[1]: Cue.BASE, AGR[1]: Cue.AGREEMENT, ABD[1]: Cue.TAKING}.get(sub, Cue.OUT_OF)
        readings = {base: Trigger(rule, event, sub, weight, partner, base) for base in (False, True)}
        for phrase in _expand_all(patterns):
            trig = readings[phrase in _BASE_VERBS]
            triggers = table.setdefault(phrase, [])
            if trig not in triggers:  # a phrase two patterns share is read once: "air defences repelled"
                triggers.append(trig)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


_SLICE_KINDS = frozenset({
    Cue.LOCATIVE, Cue.PASSIVE, Cue.AGENT_BY, Cue.SUPPORT, Cue.PRONOUN, Cue.CONTINUE,
})


def _build_cues() -> Mapping[str, frozenset[Cue]]:
    table: dict[str, set[Cue]] = {}
    for cue, patterns in _CUE_TABLE:
        if cue in _SLICE_KINDS:
            continue
        for phrase in _expand_all(patterns):
            table.setdefault(phrase, set()).add(cue)
    for phrase in DEMONYMS:
        table.setdefault(phrase, set()).add(Cue.DEMONYM)
    return MappingProxyType({k: frozenset(v) for k, v in table.items()})


def _build_slice_cues() -> Mapping[Cue, tuple[str, ...]]:
    return MappingProxyType({
        cue: tuple(sorted(set(_expand_all(patterns)), key=len, reverse=True))
        for cue, patterns in _CUE_TABLE
        if cue in _SLICE_KINDS
    })


TRIGGERS: Mapping[str, tuple[Trigger, ...]] = _build_triggers()
"""Trigger phrase -> its readings (usually one)."""

CUES: Mapping[str, frozenset[Cue]] = _build_cues()
"""Cue phrase -> its roles, for the cues found by the automaton (content words)."""

SLICE_CUES: Mapping[Cue, tuple[str, ...]] = _build_slice_cues()
"""Cue -> phrases (longest first) for the function-word cues ("to", "by", "was",
"its", ...). They are too frequent to collect everywhere; the rules look for them
with anchored regular expressions right next to a trigger."""
