"""Which of the events reaching a mention become its readings.

:func:`role_events` keeps the events a mention's role can take (a source "fled
from X" only a displacement or a handover, or the march that set out from it; a
destination a displacement or a new base; an authority's seat its decisions); :func:`select` drops generic readings
beside specific ones and folds the protest readings of one demonstration into the
most severe; :func:`none_confidence` is how sure the tagger is of a mention with no
event.
"""

from __future__ import annotations

import re

from gazetteer.model import Place, PlaceKind
from geo.incidents.events import Event
from geo.incidents.headings import PROVINCE_KINDS
from geo.incidents.matcher import normalize
from geo.incidents.paths import is_water
from geo.incidents.roles import Role, withdrawn_from
from geo.incidents.taxonomy import DISPLACEMENT, PROTESTS, RIOTS, VIOLENT_EVENT_TYPES

__all__ = [
    "EVENT_ROLES", "PROTEST_RANK", "fled_elsewhere", "national_totals", "none_confidence", "passed_on_the_way",
    "role_events", "select",
]

# Severity order inside the protest family: one demonstration is one event.
PROTEST_RANK = {
    "Violent demonstration": 4,
    "Excessive force against protesters": 3,
    "Protest with intervention": 2,
    "Peaceful protest": 1,
}
_NVT = "Non-violent transfer of territory"
_DWU = "Disrupted weapons use"
_DOMINANT = VIOLENT_EVENT_TYPES | {PROTESTS}
_LOOT = "Looting/property destruction"
_HQ = "Headquarters or base established"
# Places a curfew covers as a whole, where it is no event (see :func:`role_events`).
_CHANGES_HANDS = frozenset(("Non-state actor overtakes territory", "Government regains territory"))
# What the seat of an authority takes: the authority's own decisions, and the arrests
# it makes ("authorities in Bahir Dar arrested 40 people", not "after the arrest of").
_DECISIONS = frozenset(("Change to group/activity", "Other"))
_ARRESTS = "Arrests"
_AGREEMENT = "Agreement"
EVENT_ROLES = (Role.PLACE, Role.SOURCE, Role.DESTINATION, Role.SEAT)
# A march word, then where the march set out from: "hundreds marched from the A square to
# the governorate", "held marches from the A and B districts toward the centre", "a long
# march from the campus in A".
_MARCH_WORD = re.compile(r"^march(?:ed|es|ing)?$", re.IGNORECASE)
_MARCH_FROM = re.compile(
    r"\)?\s+(?:[^\s,;.]+\s+){0,4}?from\s+(?:the\s+)?(?:[^\s,;.]+\s+(?:in|of|at)\s+(?:the\s+)?)?"
    r"(?:[^\s,;.]+\s+(?:and|or)\s+)?$", re.IGNORECASE
)
# Troops on the move are no march of protest: "the column, which marched out from X",
# "soldiers marched from the barracks".
_MARCHING_FORCE = re.compile(
    r"(?<!\S)(?:column|columns|troops|soldiers|forces|fighters|army|militia|militiamen|convoy|battalion|unit)"
    r"(?:,?\s+\S+){0,4}\s*$|^\s+(?:out|off|back|away)\s", re.IGNORECASE
)


# The sky over a place, where air defence brought weapons down: "air defence confronted
# hostile drones in the skies of X" (X is where the drones were downed).
_SKIES_OF = re.compile(r"(?i)\b(?:skies|sky|airspace)\s+(?:of|over)\s+(?:the\s+)?(?:[\w'-]+,?\s+(?:and\s+)?){0,4}$")


def sky_of(text: str, start: int, role: Role, found: list[tuple[Event, float]]) -> Role:
    """The role of a mention in "the skies of X" when the clause tells weapons brought
    down there ("air defences intercepted drones in the skies of X and Y"): the place of
    the interception, not a frame."""
    if role is Role.FRAME and any(e.sub_event_type == _DWU for e, _ in found) and _SKIES_OF.search(
            text, max(0, start - 60), start):
        return Role.PLACE
    return role


# Between a word of flight and the place it leads to: nothing, an article, or the names
# listed before it ("travelled north to A, B and C").
_TO_LIST = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*|\s+and\s+)(?:the\s+)?)*$")


_FROM_END = re.compile(r"(?i)(?<!\S)from$")  # "came from A and B": where they set out, still a frame


def flight_destination(text: str, start: int, role: Role, found: list[tuple[Event, float]]) -> Role:
    """The role of a mention that a word of displacement itself leads to: a journey's end is
    a frame ("a bus travelling to X"), but when the rules read the journey as people fleeing
    ("smaller numbers travelled north to A and B"), it is where they went."""
    if role is Role.FRAME and any(
            e.event_type == DISPLACEMENT and e.trigger[1] <= start and text[e.trigger[1] - 1] != ","
            and not _FROM_END.search(text, e.trigger[0], e.trigger[1])
            and _TO_LIST.match(text, e.trigger[1], start) for e, _ in found):
        return Role.DESTINATION
    return role


def role_events(
    text: str, start: int, role: Role, found: list[tuple[Event, float]], onward: list[tuple[Event, float]],
    kind: PlaceKind | None = None,
) -> list[tuple[Event, float]]:
    """The events of ``found`` that a mention at ``start`` in ``role`` can take
    (``onward``: the flight of the clause before, for a destination to take; ``kind``:
    the kind of the mention's place, if resolved; in a province, state or district a
    curfew, a state of emergency or martial law is no event: "curfews were imposed in the
    A, B and C states"; over a country neither is a state of emergency or martial law)."""
    country = kind is PlaceKind.COUNTRY
    if kind in PROVINCE_KINDS:
        found = [(e, f) for e, f in found if not (_curfew(text, e) and _whole_region(text, start, e))]
    elif country:  # "Chad extended the state of emergency": a measure over a whole country is no event
        found = [(e, f) for e, f in found if not _emergency(text, e)]
    if found and _ROUTE_END.search(text, max(0, start - 50), start):
        found = [(e, f) for e, f in found if e.sub_event_type != _HQ]
    if role is Role.SOURCE:  # "fled from X"; "withdrew from X" and the town was taken
        changes = _CHANGES_HANDS if withdrawn_from(text, start) else ()
        # a foreign force leaving a country hands over its bases, not the country: "completed
        # its withdrawal from Niger, handing over its last base"
        found = [(e, f) for e, f in found if e.event_type == DISPLACEMENT or (e.sub_event_type == _NVT and not country)
                 or e.sub_event_type in changes or (changes and _withdrawal_agreed(e, start))
                 or _looted_from(text, e, start)
                 or _march_origin(text, e, start)]
    elif role is Role.DESTINATION:  # "fled to X", "arriving in X" (and setting up a base)
        found = found or onward
        aimed = _WEAPONS_HEADING.search(text, max(0, start - 80), start) is not None
        found = [(e, f) for e, f in found if e.event_type == DISPLACEMENT or e.sub_event_type == _HQ
                 or aimed and e.sub_event_type == _DWU or _struck_in_flight(text, e, start)]
    elif role is Role.SEAT:  # "the government in X declared a curfew"
        found = [(e, f) for e, f in found if e.sub_event_type in _DECISIONS or (
            e.sub_event_type == _ARRESTS and e.trigger[0] > start and text[e.trigger[0] : e.trigger[1]].endswith("ed"))]
    return found


# Fighters struck from afar as they fled toward a place: "its aircraft had struck militants
# fleeing towards X" (the strike hit them on their way there; no one was displaced).
_STRUCK_FLEEING = re.compile(
    r"(?i)(?<!\S)(?:militants|terrorists|assailants|insurgents|fighters|jihadists|rebels|bandits|attackers|gunmen)"
    r"\s+(?:who\s+were\s+)?(?:fleeing|retreating|withdrawing|escaping)\s+(?:in\s+the\s+direction\s+of|towards?|to)"
    r"\s+(?:the\s+)?(?:\S+\s+){0,2}$"
)
_REMOTE = frozenset(("Air/drone strike", "Shelling/artillery/missile attack"))


def _struck_in_flight(text: str, event: Event, start: int) -> bool:
    """Whether the remote strike ``event``, told before the mention at ``start``, hit fighters
    fleeing toward it (:data:`_STRUCK_FLEEING`)."""
    return event.sub_event_type in _REMOTE and event.trigger[1] <= start \
        and _STRUCK_FLEEING.search(text, max(event.trigger[1], start - 80), start) is not None


# Weapons on their way to the place, brought down there: "74 drones heading for X were shot
# down", "intercepted missiles flying towards Y" (the place is where they were stopped).
_WEAPONS_HEADING = re.compile(
    r"(?i)(?<!\S)(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)\s+(?:\S+\s+){0,2}?"
    r"(?:heading|headed|flying|bound|aimed)\s+(?:for|to|towards?|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
)


# A list of names closed by a region noun: "in Jigawa, Katsina and Yobe states", "Imphal
# East and Imphal West districts", "Sagaing Region".
_REGION_LIST_AFTER = re.compile(
    r"(?:[A-Z][\w'’-]*(?:,\s*|\s+and\s+|\s+))+?(?i:states?|provinces?|regions?|districts?|count(?:y|ies)|"
    r"lgas?|local\s+government\s+areas?|governorates?|departments?|oblasts?)(?!\w)"
)


# The end of a road a new base guards: "installed a base in A to secure the axis towards B".
_ROUTE_END = re.compile(
    r"(?i)(?<!\S)(?:axis|road|route|highway|corridor|supply\s+line)\s+(?:(?:leading|linking\s+it)\s+)?"
    r"(?:towards?|to|with)\s+(?:the\s+)?(?:\S+\s+of\s+)?$"
)


def _whole_region(text: str, start: int, event: Event) -> bool:
    """Whether the curfew ``event`` covers the province or district at ``start`` as a
    region, where it is no event: named before the curfew ("Plateau governor imposed a
    curfew on Bassa") or called a region after its name ("curfews in A and B states").
    A province named like its capital and told as a town in a list of towns keeps it:
    "a curfew was imposed in Latakia, Tartus and Jableh"."""
    return event.trigger[0] > start or _REGION_LIST_AFTER.match(text, start) is not None


# Measures over an area, which a whole region takes as no event: "curfew in A and B states",
# "extended the state of emergency in the C province"; over a country, no curfew is named.
_EMERGENCY = ("state of emergency", "martial law")
_AREA_MEASURES = ("curfew", *_EMERGENCY)


def _decided(text: str, event: Event, measures: tuple[str, ...]) -> bool:
    """Whether ``event`` is one of ``measures`` decided (its trigger starts with one)."""
    word = text[event.trigger[0] : event.trigger[1]].lower()
    return event.sub_event_type in _DECISIONS and word.startswith(measures)


def _curfew(text: str, event: Event) -> bool:
    """Whether ``event`` is a curfew decided (its trigger is the word "curfew"), or a state of
    emergency or martial law, which a region takes as it takes a curfew ("extended the state of
    emergency in the A province")."""
    return _decided(text, event, _AREA_MEASURES)


def _emergency(text: str, event: Event) -> bool:
    """Whether ``event`` is a state of emergency or martial law decided."""
    return _decided(text, event, _EMERGENCY)


# What lies between a looting verb and the place it was taken from: "looted food and
# fuel from the ", "stole 40 cattle from " (no clause break, no other verb).
_LOOTED_FROM = re.compile(r"[\w' -]{0,50}\bfrom (?:the |a |an |)(?:(?:town|village|camp|market|warehouse|warehouses|"
                          r"district|area|locality) of |)$")

# Looting verbs that take goods away (not "intercepted a convoy coming from X").
_TAKING_VERB = re.compile(r"(?i)(?:loot|stol|steal|plunder|pillag|ransack|took|taken|carried|made off)")
# A movement between the verb and "from": "looted a convoy travelling from X" tells the route.
_MOVING = re.compile(r"(?i)\b(?:coming|travell?ing|heading|going|arriving|returning|moving|driving|en route|bound)\b")


def _looted_from(text: str, event: Event, start: int) -> bool:
    """Whether ``event`` is looting whose "from" names the place at ``start``, where the
    goods were taken: "the attackers looted food from the Kambako camp" (not "fighters
    from X looted shops in Y", where X is only where they came from)."""
    return (event.sub_event_type == _LOOT and event.trigger[1] <= start
            and _TAKING_VERB.match(text, event.trigger[0], event.trigger[1]) is not None
            and _LOOTED_FROM.match(text, event.trigger[1], start) is not None
            and _MOVING.search(text, event.trigger[1], start) is None)


def _march_origin(text: str, event: Event, start: int) -> bool:
    """Whether the mention at ``start`` is where the march ``event`` set out from: a
    protest march crosses its starting point ("marched from X to the parliament")."""
    if event.event_type != PROTESTS or event.trigger[1] > start:
        return False
    t0, t1 = event.trigger
    if not _MARCH_WORD.match(text[t0:t1]) or not _MARCH_FROM.match(text, t1, start):
        return False
    return not (_MARCHING_FORCE.search(text[max(0, t0 - 60) : t0]) or _MARCHING_FORCE.search(text[t1:start]))


def _withdrawal_agreed(event: Event, start: int) -> bool:
    """Whether ``event`` is an agreed withdrawal whose "from" governs the place at
    ``start``: "agreed to withdraw their forces from the town of X" (not "a deal that
    sets out the withdrawal of US troops from X")."""
    return event.sub_event_type == _AGREEMENT and event.trigger[1] <= start < event.trigger[1] + 40


# Words that count the displaced rather than tell a flight: "the war has displaced 12 million".
_COUNTING = frozenset((
    "displaced", "displacement", "internally displaced", "displacement camps", "displacement camp", "idps", "idp",
    "refugees", "refugee", "exodus", "uprooted",
))


def national_totals(text: str, role: Role, kind: PlaceKind | None, found: list[tuple[Event, float]]
                    ) -> list[tuple[Event, float]]:
    """A country that only holds a count of displaced people ("the war in Sudan has
    displaced 12 million", "more than a million are internally displaced in Haiti")
    is no place of a flight; one people fled to, from or across still is (its role
    is then a destination or a source, or the word is a verb of flight)."""
    if kind is not PlaceKind.COUNTRY or role is not Role.PLACE:
        return found
    return [(e, f) for e, f in found if not (
        e.event_type == DISPLACEMENT and text[e.trigger[0]:e.trigger[1]].lower() in _COUNTING)]


# A bridge crossed, as water is (:func:`~geo.incidents.paths.is_water`): "the X bridge".
_BRIDGE_AFTER = re.compile(r"^\s+bridge(?!\S)", re.IGNORECASE)
# Land named after the water: "Cross River State", "the Caspian coast", "the Ruzizi plain".
_WATER_REGION = re.compile(
    r"^\s+(?:state|province|region|basin|district|county|coast|shores?|plains?|valley|delta)\b", re.IGNORECASE
)
# Settlements placed against the water take the flight: "fled to the villages beside the X river".
_BESIDE_WATER = re.compile(
    r"(?<!\S)(?:villages?|towns?|camps?|settlements?|communities|islands?|areas?)\s+(?:beside|along|near|on|by)\s+"
    r"(?:the\s+(?:banks?\s+of\s+(?:the\s+)?)?)?$"
)
# A place the movers only passed on the way: "a convoy that passed through X", "walked for two
# days through X", "fled towards Y passing by X", "walked along X road", "arrive through the X corridor".
_PASSED_BEFORE = re.compile(
    r"(?<!\S)(?:(?:pass(?:ed|es|ing)?|walk(?:ed|s|ing)?|drove|driving|travell?(?:ed|ing))\s+"
    r"(?:\S+\s+){0,3}?(?:through|by)"
    r"|along)\s+(?:the\s+)?$"
)
_THROUGH_BEFORE = re.compile(r"(?<!\S)through\s+(?:the\s+)?$")
# A river named by its noun first: "on the other side of the river X".
_RIVER_BEFORE = re.compile(r"(?<!\S)(?:the\s+)?river\s+$")
# What is crossed on the way into a place: "sent 3,000 people across the X into Y".
_ACROSS_BEFORE = re.compile(r"(?<!\S)across\s+(?:the\s+)?$")
_INTO_AFTER = re.compile(r"\s+(?:into|to)\s+(?:the\s+)?[A-Z]")
_ROUTE_AFTER = re.compile(r"^\s+(?:corridor|axis|road|highway|route|motorway|bridge)(?!\S)", re.IGNORECASE)


def passed_on_the_way(text: str, start: int, end: int, place: Place | None, found: list[tuple[Event, float]]
                      ) -> list[tuple[Event, float]]:
    """A place the displaced only crossed or passed on their way takes no displacement: a
    river, lake or sea ("crossed the X river into Y", "fled by boat across Lake X", "went
    missing in the X Sea"), a bridge, a town passed through ("a convoy that passed through
    X", "fled towards Y passing by X") or a road or corridor ("walked along X road",
    "arrive through the X corridor"); people fled from where they lived and to where they
    stay, not from the way between. Settlements beside the water still take it ("fled to
    the villages beside the X river")."""
    if not any(e.event_type == DISPLACEMENT for e, _ in found):
        return found
    left = normalize(text[max(0, start - 60) : start]) + " "
    right = text[end : end + 25]
    water = (is_water(text[start:end], right, place) or _BRIDGE_AFTER.match(right) is not None
             or _RIVER_BEFORE.search(left) is not None
             or (_ACROSS_BEFORE.search(left) is not None and _INTO_AFTER.match(right) is not None))
    crossed = water and not _WATER_REGION.match(right) and not _BESIDE_WATER.search(left)
    passed = _PASSED_BEFORE.search(left) or (_THROUGH_BEFORE.search(left) and _ROUTE_AFTER.match(right))
    if not (crossed or passed):
        return found
    return [(e, f) for e, f in found if e.event_type != DISPLACEMENT]


# A violent word that is what people fled: "who fled the fighting in ", "fleeing clashes in ".
_FLED_BEFORE = re.compile(
    r"(?<!\S)(?:fled|flee|flees|fleeing|escaped|escape|escaping)\s+(?:from\s+)?(?:the\s+)?(?:\S+\s+)?$"
)
# A second locative after the fled event's own place: "... fighting in A, B, in the C
# municipality": where the people are now, told for the main verb.
_SECOND_LOCATIVE = re.compile(r"\s+(?:in|at|near|around)\s+[^;]*?,\s+(?:in|at|to|into)\s+(?:the\s+)?[^,;]*$")


def fled_elsewhere(text: str, start: int, found: list[tuple[Event, float]]) -> list[tuple[Event, float]]:
    """A place named in a second locative after the violence people fled is not where that
    violence was: "authorities received 350 people who fled the fighting in A, in the B and
    C municipalities" (B and C took them in; the fighting was in A)."""
    def elsewhere(e: Event) -> bool:
        t0, t1 = e.trigger
        if e.event_type not in VIOLENT_EVENT_TYPES or t1 > start:
            return False
        if _FLED_BEFORE.search(normalize(text[max(0, t0 - 40) : t0]) + " ") is None:
            return False
        return _SECOND_LOCATIVE.match(text, t1, start) is not None

    return [(e, f) for e, f in found if not elsewhere(e)]


def select(found: list[tuple[Event, float]]) -> list[tuple[Event, float]]:
    """Drop generic readings beside specific ones, merge protest readings, dedupe labels.

    Examples
    --------
    >>> found = [(Event("Protests", "Peaceful protest", (0, 7), 0.8), 1.0),
    ...          (Event("Riots", "Violent demonstration", (20, 26), 0.7), 1.0)]
    >>> [e.sub_event_type for e, _ in select(found)]
    ['Violent demonstration']
    """
    if any(not e.generic and e.event_type in _DOMINANT for e, _ in found):
        # a generic protest reading more severe than the specific ones stays: "police
        # regained control" of a palace rioters stormed, "cleared the sit-in"
        top = max((PROTEST_RANK.get(e.sub_event_type or "", 0) for e, _ in found if not e.generic), default=0)
        found = [(e, f) for e, f in found if not e.generic or PROTEST_RANK.get(e.sub_event_type or "", 0) > top > 0]
    if any(e.event_type == RIOTS for e, _ in found):  # looting in a riot is the riot
        found = [(e, f) for e, f in found if e.sub_event_type != _LOOT]
    protest = [(e, f) for e, f in found if e.sub_event_type in PROTEST_RANK]
    if len(protest) > 1:
        top = max(PROTEST_RANK[e.sub_event_type] for e, _ in protest)  # type: ignore[index]
        found = [
            (e, f) for e, f in found
            if e.sub_event_type not in PROTEST_RANK or PROTEST_RANK[e.sub_event_type] == top
        ]
    best: dict[tuple[str, str | None], tuple[Event, float]] = {}
    for e, f in found:
        key = (e.event_type, e.sub_event_type)
        if key not in best or e.confidence * f > best[key][0].confidence * best[key][1]:
            best[key] = (e, f)
    # a violent event outranks a displacement or development in the same clause
    return sorted(
        best.values(), key=lambda ef: (ef[0].event_type not in _DOMINANT, -ef[0].confidence * ef[1])
    )


def none_confidence(role: Role, had_events: bool, had_triggers: bool) -> float:
    """Confidence of the ``"None"`` reading of a mention in ``role``, whose sentence
    had events (or only trigger words) that did not reach it."""
    if role not in EVENT_ROLES:
        return 0.9 if role is not Role.QUALIFIER else 0.7
    if had_events:
        return 0.75
    return 0.7 if had_triggers else 0.9
