"""Places on the path of a movement, and landmarks an event is told against.

A clause often names more places than the one where its event happened: where the
victims were travelling from and to ("gunmen attacked a bus travelling from A to B
near C"), where the attackers came from ("fighters who had crossed from neighbouring
A"), where survivors escaped to, and a river the guns fired across ("shelled A
across the B river"). :mod:`~geo.incidents.roles` asks this module about them:

* :func:`from_source` — the place is the origin of a movement ("from the occupied A",
  "from across the border in the A region", "from positions held by the militia
  around A");
* :func:`path_end` — the place ends a "from A to B" route whose start is a frame, so
  it is one too;
* :func:`landmark` — a river or lake named after the event place with "across",
  "along" or "beyond" only tells where the event place lies.

Examples
--------
>>> from_source("fighters who had crossed from neighbouring ")
True
>>> from_source("shelled the town from ")
True
>>> from_source("from the attack in ")
False
>>> path_end(" to ")
True
>>> landmark(" across the ", "B", " river from", None), landmark(" across ", "Lake B", " from", None)
(True, True)
"""

from __future__ import annotations

import re

from gazetteer.model import Place, PlaceKind

__all__ = ["FROM_TAIL", "from_source", "is_water", "path_end", "landmark"]

# What may stand between "from" and the place: an article, up to two modifiers of
# place ("neighbouring", "the occupied", "rebel-held", "northern") and a head noun
# with "of" ("the town of"). Left contexts are normalized (lower case, hyphens blank).
FROM_TAIL = (
    r"from\s+(?:(?:over|across|beyond)\s+)?(?:the\s+)?"
    # a possessive place before the source: "launched from Russia's Kursk region"; the site
    # of a place it came from: "drones launched from the airport of X"
    r"(?:[a-z]+\s+s\s+)?"
    # the side fire came from, before what holds it: "shelled from the side of the occupied X",
    # "drones were launched from the directions of A and B"
    r"(?:(?:sides?|directions?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:hills|bush|positions|bases?|areas|an\s+area|fields|orchards|farmland|woods|a\s+forest|"
    r"outskirts|vicinity|border|frontier|airports?|air\s+bases?|airbases?|airfields?|"
    # the platform it was fired from: "missiles launched from Russian warships near X"
    r"warships|ships|vessels|submarines|bombers|launchers|launch\s+sites?|launch\s+pads?)\s+"
    # whose they are: "from positions held by the SPLM-N around X"
    r"(?:(?:held|controlled|occupied|manned)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?"
    r"(?:near|outside|around|of|in|inside|east\s+of|west\s+of|north\s+of|south\s+of)\s+(?:the\s+)?)?"
    r"(?:(?:temporarily\s+)?(?:neighbou?ring|nearby|adjacent|occupied|besieged|embattled|[a-z]+\s+(?:held|controlled|occupied)|"
    r"(?:north|south|east|west)(?:\s*(?:east|west))?(?:ern)?|central|rural|coastal|remote)\s+){0,2}"
    r"(?:(?:city|town|village|port|region|province|state|district|area|camp|territory|side|direction|border|frontier)\s+of\s+(?:the\s+)?)?$"
)
_FROM = re.compile(r"(?<!\S)" + FROM_TAIL)
# "from A to B": the glue between the two places of a route; the end may be a venue in B:
# "from A to a wedding in B".
_TO_GLUE = re.compile(
    r"^\s+(?:to|toward|towards|into)\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,2}?(?:in|at)\s+)?(?:the\s+)?$"
)
# "across the B river": a body of water, or the far side of one, named as a landmark.
_LANDMARK_GLUE = re.compile(
    r"^\s+(?:across|along|beyond|over|on\s+the\s+(?:other|far|opposite)\s+(?:side|bank)\s+of"
    # the shore a place lies on: "in the commune of A on the edge of Lake B"
    r"|(?:on|by)\s+the\s+(?:edge|edges|shore|shores|banks?)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A body of water by the word after its name ("the Y river", "X lake") or by its name
# itself ("Lake Kivu", "the Andaman Sea", "the Naf River").
_WATER_AFTER = re.compile(r"^\s+(?:river|lake|reservoir|estuary|canal|strait|bay|gulf|sea)(?!\w)", re.IGNORECASE)
_WATER_NAME = re.compile(r"^(?:Lake|Lac)\s|\s(?:River|Sea|Lake|Gulf|Strait)$")
# Gazetteer water entries no one crosses or lies across: wadis (dry valleys, often named as
# their villages are), marshes and swamps.
_DRY_WATER = ("WAD", "MRSH", "SWMP")


def from_source(left: str) -> bool:
    """Whether normalized left context ``left`` makes the place the origin of a
    movement ("from ", "from the occupied ", "from the town of ")."""
    return "from" in left and _FROM.search(left) is not None


def path_end(glue: str) -> bool:
    """Whether raw text ``glue`` between two places joins a route's start to its end
    ("from A to B"); the caller checks that the first place is a route frame."""
    return _TO_GLUE.match(glue) is not None


def is_water(name: str, right: str, place: Place | None) -> bool:
    """Whether the place named ``name``, with raw text ``right`` after it, is a river, lake
    or sea: by the gazetteer, by its name ("Lake Kivu", "the Red Sea") or by the word after
    it ("the Y river"). The one test of water for containers, landmarks, riversides and
    the way the displaced passed."""
    if place is not None and place.kind is PlaceKind.WATER and not (place.feature_code or "").startswith(_DRY_WATER):
        return True
    return _WATER_NAME.search(name) is not None or _WATER_AFTER.match(right) is not None


def landmark(glue: str, name: str, right: str, place: Place | None) -> bool:
    """Whether a place named ``name`` after an event place and ``glue`` is a body of water
    the event is told against ("shelled A across the B river", "across Lake B"): the glue
    must say "across", "along" or "beyond", and the place must be water, by the gazetteer,
    by its name or by the word after it (``right``)."""
    return _LANDMARK_GLUE.match(glue) is not None and is_water(name, right, place)
