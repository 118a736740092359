"""Places reached by a path: violence reaches them only when it travels that path.

A place introduced by a directional preposition ("to", "toward", "into", "for",
"in the direction of") is the end of a movement. Whatever violence its clause
tells happened somewhere else, unless the violence itself heads the path: "fighting
spread to A", "missile launches toward B", "troops pushed deeper into C", "the
battle for D". Survivors fleeing to a town, flights diverted to another, a train
bound for a city and the wounded taken to hospitals in a fourth are not attacked
there. Rather than list every travelling word, the tagger takes this as a default:
a path-reached place keeps a violent event only when the event's trigger (or a verb
of the event's spread) governs the preposition.

The place may be the preposition's object ("to the town of A") or sit inside it
("taken to hospitals in A", "according to the health ministry in A"); the second
form needs "to" or "toward" with a determiner or a plural noun after it, so that an
infinitive ("forced them to leave homes in A") is not read as a path, nor the target
of a thrust ("rammed a car into a convoy in A"); an event told between the
preposition and the place ("subjected to shelling the city of A") is its own. A location
told with "to" ("next to A", "to the east of A") and a range ("from A to B") are no
paths.

Examples
--------
>>> text = "Passengers waited to board a train for Peshawar."
>>> path_preposition(text, 0, text.index("Peshawar"))
(35, 38)
>>> text = "The wounded were taken to hospitals in Nablus."
>>> path_preposition(text, 0, text.index("Nablus"))
(23, 25)
>>> path_preposition("A bomb went off next to Kabul.", 0, 24) is None
True
>>> text = "Fighting spread to Zalingei."
>>> heads_path(text, (0, 8), path_preposition(text, 0, 19))
True
"""

from __future__ import annotations

import re

__all__ = ["path_preposition", "heads_path", "located_on_path", "thrust_path"]

_WORD = r"(?!(?:in|at|on|of|near|from|with|by|and|or|to|into|for|toward|towards)\b)[\w'’-]+"
_OF_NOUN = (r"(?:(?:city|town|village|port|capital|region|province|state|district|area|camp|locality|"
            r"governorate|territory|border\s+town)\s+of\s+(?:the\s+)?)?")
_DETERMINERS = r"(?:the|a|an|its|their|his|her|our|several|two|three|local|nearby)"
# A directional preposition; the last one before the place is the one that reaches it.
_PATH = re.compile(
    r"(?<![\w'’-])(?P<prep>to|toward|towards|into|for|in\s+(?:the\s+)?direction\s+of)\s+", re.IGNORECASE
)
_BREAKS = tuple(',;:.()"“”')
_HINTS = (" to ", " for ", " into ", " toward", "direction")  # cheap test before the regular expression
_DIRECT = re.compile(rf"^(?:the\s+)?(?:{_WORD}\s+){{0,2}}?{_OF_NOUN}$", re.IGNORECASE)
# "to hospitals in A", "to the district headquarters in A"
_INSIDE = re.compile(
    rf"^(?:{_DETERMINERS}\s+(?:{_WORD}\s+){{0,3}}?|[\w'’-]+s\s+(?:{_WORD}\s+){{0,2}}?)(?:in|at)\s+(?:the\s+)?{_OF_NOUN}"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A location told with "to": "next to", "close to"; "to the east of A"; "due to".
_NOT_A_PATH_BEFORE = re.compile(
    r"(?<![\w'’-])(?:next|close|closer|adjacent|near|nearer|due|owing|thanks|prior|up|opposite)\s+$", re.IGNORECASE
)
# "centre" only as a part of the place ("to the centre of A"), not a facility ("taken to the
# interrogation centre in A", "moved to a transit center in B": paths).
_COMPASS = re.compile(
    r"(?<![\w-])(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|"
    r"western|outskirts|vicinity|edge|edges|heart|(?:centre|center)(?=\s+of\b|\s*$)|side|area|areas)\b", re.IGNORECASE
)
_RANGE = re.compile(r"(?<![\w'’-])from\s+(?:\S+\s+){1,4}$", re.IGNORECASE)
# Verbs whose subject is the event itself: "the fighting spread to A", also with the day told
# before the path: "fighting spread on Friday to A", "clashes spread overnight into B".
_SPREAD = re.compile(
    r"(?<![\w'’-])(?:spread|spreads|spreading|extended|extends|extending|expanded|expands|expanding|"
    r"escalated|shifted|shifting)\s+"
    r"(?:(?:(?:early|late)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|"
    r"yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
    r"(?:(?:further|deeper|north|south|east|west)\s+)?$", re.IGNORECASE
)
# A thrust of armed forces heads the path: "a force trying to advance towards A", "an
# offensive in the direction of B"; the clash told with it happened on that thrust.
_THRUST = re.compile(
    r"(?<![\w'’-])(?:advance|advances|advanced|advancing|push|pushes|pushed|pushing|offensive|offensives|"
    r"assault|assaults|attack|attacks|thrust|infiltrate|infiltrated|infiltrating|storm|storming)\s+"
    r"(?:(?:further|deeper|north|south|east|west|northward|southward|eastward|westward)\s+)?$",
    re.IGNORECASE,
)
# The last item of a list of event places given with "near": "attacked near A, B and
# towards C" — C is one more place of the same attacks.
_NEAR_LIST = re.compile(
    r"^\s+(?:(?:\w+\s+){1,2}times\s+)?(?:near|around|in\s+the\s+areas?\s+of)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*){0,8}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+and\s+$"
)
# The list a trigger's own preposition led to, before the preposition comes again: "spread to
# A, B and C, and to D".
_RESUMED_LIST = re.compile(
    r"^\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,|\s+and)\s*){0,8}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r",?\s+and\s+$"
)
# The start of the same path, left out when counting: "rockets fired from A toward B".
_ORIGIN = re.compile(r"(?<![\w'’-])from\s.*$", re.IGNORECASE | re.DOTALL)
_HEAD_GAP = 2  # words between a trigger and the preposition it governs ("launched a drone toward")
_REACH = 64  # characters read before a place: a preposition and a short noun phrase


def path_preposition(text: str, floor: int, start: int) -> tuple[int, int] | None:
    """The directional preposition that reaches the place at ``start``, or ``None``.

    Only ``text[floor:start]`` is read (``floor`` is the start of the place's clause).
    """
    found = _path(text, floor, start)
    return None if found is None else found[:2]


def located_on_path(text: str, floor: int, start: int) -> bool:
    """Whether the place at ``start`` only locates what a path leads to ("taken to
    hospitals in A", "according to the health ministry in A"): such a place is not
    the scene a later "the city" refers back to.

    Examples
    --------
    >>> text = "The wounded were taken to hospitals in Nablus."
    >>> located_on_path(text, 0, text.index("Nablus"))
    True
    >>> text = "The wounded were taken to hospitals in Nablus and Tubas."
    >>> located_on_path(text, 0, text.index("Tubas"))
    True
    >>> text = "Families fled to Rafah."
    >>> located_on_path(text, 0, text.index("Rafah"))
    False
    """
    found = _path(text, floor, start)
    return found is not None and found[2]


def _path(text: str, floor: int, start: int) -> tuple[int, int, bool] | None:
    """``(start, end, inside)`` of the directional preposition reaching ``start``;
    ``inside`` when the place sits in the preposition's noun phrase."""
    left = text[max(floor, start - _REACH) : start]
    if not left.endswith((" ", "\n")):
        return None
    cut = max(map(left.rfind, _BREAKS)) + 1  # the noun phrase holds no punctuation
    low = " " + left[cut:].lower()
    if not any(w in low for w in _HINTS):
        return None
    m = None
    for m in _PATH.finditer(left, cut):
        pass
    if m is None:
        return None
    prep, np = m.group("prep").lower(), left[m.end():]
    if _COMPASS.search(np):
        return None
    direct = _DIRECT.match(np) is not None
    if not direct and (not prep.startswith("to") or _INSIDE.match(np) is None):
        return None
    before = left[: m.start("prep")]
    if _NOT_A_PATH_BEFORE.search(before) or (prep == "to" and _RANGE.search(before)):
        return None
    offset = max(floor, start - _REACH)
    return offset + m.start("prep"), offset + m.end("prep"), not direct


def thrust_path(text: str, prep: tuple[int, int]) -> bool:
    """Whether the path of ``prep`` is a thrust of armed forces ("a force trying to
    advance towards A", "an offensive in the direction of B"): the fighting of its
    clause was met on it, so a battle reaches its end.

    Examples
    --------
    >>> text = "Fighters clashed with troops trying to advance towards Rmeish."
    >>> thrust_path(text, path_preposition(text, 0, text.index("Rmeish")))
    True
    >>> text = "Families fled the clashes towards Rmeish."
    >>> thrust_path(text, path_preposition(text, 0, text.index("Rmeish")))
    False
    """
    return _THRUST.search(text[max(0, prep[0] - 40) : prep[0]]) is not None


def heads_path(text: str, trigger: tuple[int, int], prep: tuple[int, int] | None) -> bool:
    """Whether the event of ``trigger`` travels the path of ``prep``: the trigger
    comes at most a few words before the preposition, with no clause break between,
    or a verb of the event's spread governs it ("clashes between A and B spread to")."""
    if prep is None or trigger[0] <= prep[0] < trigger[1]:  # "swept into A"
        return True
    if trigger[1] > prep[0]:
        return False
    between = text[trigger[1] : prep[0]]
    if _NEAR_LIST.match(between):
        return True
    if text[trigger[0] : trigger[1]].lower().endswith(" " + text[prep[0] : prep[1]].lower()) \
            and _RESUMED_LIST.match(between):
        return True  # "unrest spread to A, B and C, and to D": the same path, resumed
    if any(c in between for c in ",;:"):
        return _SPREAD.search(between) is not None
    if len(_ORIGIN.sub(" ", between).split()) <= _HEAD_GAP:  # "rockets fired from A toward B"
        return True
    return _SPREAD.search(between) is not None
