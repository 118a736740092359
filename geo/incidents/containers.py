"""A country or province that is only the container of an event's place.

"A strike in the port city of Hodeidah knocked out internet services across
Yemen": Yemen is given the same kind of event as Hodeidah, a place inside it in the
same clause, and is only its container (protests and riots count as one kind:
"rioters torched a building in A as protests spread across B").
:func:`drop_containers` takes such events from it: by the gazetteer's places where
they are known, else by the text (a place after "across"/"throughout", or a
country or province fronted to set the scene, "In neighbouring Niger, soldiers were
killed near Tassia").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer.model import Mention, Place, PlaceKind
from geo.incidents.attachment import LIST_BETWEEN, list_closed_by_and
from geo.incidents.clauses import SentenceContext
from geo.incidents.fronted import REFERENCE_PREPOSITIONS, fronted_preposition
from geo.incidents.paths import is_water
from geo.incidents.taxonomy import DISPLACEMENT, PROTESTS, RIOTS, VIOLENT_EVENT_TYPES

__all__ = ["drop_containers"]

_SPREAD = re.compile(r"(?<!\S)(?:across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?(?:\S+\s+)?$")
_SPREAD_WORDS = re.compile(r"across|throughout|all over|nationwide", re.IGNORECASE)
_CONTAINER_KINDS = frozenset((PlaceKind.COUNTRY, PlaceKind.ADMIN1))
# A force named by the country or province it serves: "police in X", "the security forces of X".
_FORCE_IN = re.compile(
    r"(?<!\S)(?:police|authorities|security\s+forces|army|military|troops|soldiers|gendarmerie|gendarmes)\s+"
    r"(?:in|of)\s+(?:the\s+)?$"
)
# A state named as the owner of the territory attacked: "the aggression against the territory
# of the Islamic Republic of X, jets struck A and B"; its places named after it are the sites.
_TERRITORY_OF = re.compile(
    r"(?<!\S)(?:against|on|into|upon|violat\w+|attack\w*\s+on)\s+(?:the\s+)?(?:sovereign\s+)?territor(?:y|ies)\s+of\s+"
    r"(?:the\s+)?(?:(?:islamic|arab|federal|democratic|people\s+s|syrian\s+arab)\s+)?(?:(?:republic|state|kingdom)\s+of\s+(?:the\s+)?)?$"
)
# A name the text itself calls a province, when the gazetteer does not say: "Zhytomyr region".
_PROVINCE_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate)\b")
_DIVISION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|district|county|state)\b")
_PART_OF = re.compile(
    r"(?<!\S)(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|rural|coastal)\s+$"
)


# A place named in an apposition only to locate the place before it: "in Diapaga, in the east
# of the country near Niger, ..."; "In Djugu territory, north of Bunia, militias clashed around
# Fataki" (the event is at the nearer place; the apposition closes at a comma or the end).
_QUARTER = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)"
_APPOSED_REFERENCE = re.compile(
    r",\s+(?:(?:in|at)\s+the\s+(?:far\s+)?" + _QUARTER + r"\s+of\s+the\s+(?:country|region|province|state)\s+)?"
    r"(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:" + _QUARTER + r"\s+of|near|outside)\s+(?:the\s+)?(?:(?:town|city|village|capital)\s+of\s+)?$"
)
_APPOSITION_END = re.compile(r"\s*(?:[,.;]|$)")
_DIVISION_BEFORE = re.compile(r"\s+(?:region|province|oblast|governorate|district|county|state|territory)$")


def _apposed_reference(text: str, mentions: Sequence[Mention], i: int) -> int | None:
    """The index of the place mention that mention ``i`` is named after, in a comma-set
    apposition, as a reference point for it (:data:`_APPOSED_REFERENCE`), else ``None``."""
    m = mentions[i]
    if not _APPOSITION_END.match(text, m.end):
        return None
    window = max(0, m.start - 90)
    lead = _APPOSED_REFERENCE.search(text[window : m.start].lower())  # (it opens with a comma: no look-behind)
    if lead is None:
        return None
    start = window + lead.start()
    lo = max(0, start - 40)
    anchor = lo + len(_DIVISION_BEFORE.sub("", text[lo:start]))  # "Djugu territory, north of"
    return next((k for k, o in enumerate(mentions) if k != i and o.end == anchor), None)


def _same_event_later(fronted: str | None, start: int, start2: int, events: list, events2: list) -> bool:
    """Whether a fronted place at ``start`` and a later place at ``start2`` hold the same
    event (one trigger), past a relative clause between them: "In Togo, where a state of
    emergency is in place, police arrested eight men in Dapaong"."""
    return fronted == "in" and start2 > start and bool(
        {e.trigger for e, _ in events} & {e.trigger for e, _ in events2})


def drop_containers(
    text: str, ctx: SentenceContext, mentions: Sequence[Mention], idxs: list[int], chosen: list[list]
) -> None:
    """A country or province given the same kind of event as a place inside it in the
    same clause is only its container: "a strike in the port city of Hodeidah knocked
    out internet services across Yemen". Without gazetteer places, a place after
    "across"/"throughout" counts as the container of the clause's other places. A
    country or province named as a force's seat holds the site named after it too:
    "police in X arrested an activist at his home in Y"."""
    for j, i in enumerate(idxs):
        if not chosen[j] or all(e.event_type == DISPLACEMENT for e, _ in chosen[j]):
            continue  # "fled into Mauritania ... arriving in the Mbera camp": both received them
        seg = ctx.segment_of(mentions[i].start)
        anchor = _apposed_reference(text, mentions, i)
        if anchor is not None and (_settlement(text, mentions[anchor])
                                   or _shares_event(chosen, j, idxs, mentions, seg, anchor)):
            # "in Arbinda and Diapaga, in the east of the country near Niger"; "In Djugu territory,
            # north of Bunia, militias clashed around Fataki": the event is at a nearer place (not
            # "in Ituri province, near Boga", where Boga is the nearest place named)
            chosen[j] = []
            continue
        # "In neighbouring Niger, soldiers were killed near Tassia": the scene of the clause
        fronted = fronted_preposition(text, seg[0], mentions[i].start, mentions[i].end)
        reference = fronted in REFERENCE_PREPOSITIONS  # "Near Ramallah, settlers attacked Sinjil"
        if fronted is None and _owner_of_territory(ctx, seg[0], mentions[i].start):
            fronted = "owner"  # "against the territory of the Republic of X, jets struck A": the scene, like a fronted one
        outer = mentions[i].place
        if outer is not None and outer.kind is PlaceKind.OTHER:
            outer = None  # an entry of unknown kind: read the text
        named_province = outer is None and _PROVINCE_AFTER.match(text, mentions[i].end) is not None
        if fronted == "in" and outer is not None and outer.kind not in _CONTAINER_KINDS \
                and _DIVISION_AFTER.match(text, mentions[i].end):
            # "In Kurram district, a convoy was attacked near Bagan": the text calls it a division,
            # whatever town of that name the gazetteer found
            outer, named_province = None, True
        # "police in X arrested an activist at his home in Y": the force's country, the site after it
        seat = _FORCE_IN.search(ctx.norm_at(max(seg[0], mentions[i].start - 40), mentions[i].start)) is not None
        if not j and fronted is None and not named_province and not seat:
            continue
        if outer is not None and outer.kind not in _CONTAINER_KINDS and not reference and fronted != "owner":
            continue
        if outer is None and fronted is None and not named_province and not _SPREAD_WORDS.search(
                text, max(0, mentions[i].start - 40), mentions[i].start):
            continue
        if fronted != "in" and _PART_OF.search(ctx.norm_at(max(seg[0], mentions[i].start - 15), mentions[i].start)):
            # "southern Lebanon" is a part of the country: an event place itself; but a fronted
            # part sets the scene ("In northern Rakhine, soldiers arrested twelve men in Buthidaung")
            continue
        spread = None
        types = {_family(e.event_type) for e, _ in chosen[j]}
        for j2, i2 in enumerate(idxs):
            if j2 == j or not chosen[j2] or not (seg[0] <= mentions[i2].start < seg[1] or _same_event_later(
                    fronted, mentions[i].start, mentions[i2].start, chosen[j], chosen[j2])):
                continue
            other = {_family(e.event_type) for e, _ in chosen[j2]}
            # violence of another kind only empties a container the gazetteer vouches for:
            # "a drone struck a car near Kobani in Aleppo province, killing two fighters"
            mixed = not types.intersection(other)
            if mentions[i2].start > mentions[i].start and fronted is None and not seat \
                    and not all(e.weak for e, _ in chosen[j]):
                continue  # "struck nine sites in Pakistan, including in Bahawalpur": the country is named as the place
            # a toll alone ("in X region three children were killed when a drone hit a house
            # near Y"), of whatever kind, is no event of the province's own
            if mixed and not (types <= VIOLENT_EVENT_TYPES and other & VIOLENT_EVENT_TYPES):
                continue
            if is_water(text[mentions[i2].start : mentions[i2].end], text[mentions[i2].end : mentions[i2].end + 25],
                        mentions[i2].place):
                continue  # "In X district, sappers defused a bomb under a bridge over the Y river": no place inside X
            first, second = sorted((mentions[i], mentions[i2]), key=lambda m: m.start)
            if LIST_BETWEEN.match(text[first.end : second.start]):
                continue  # "across Kachin state and Laiza": two places of the event
            if _listed_together(text, mentions, idxs, j, j2):
                continue  # "Near A, B and C, shelling ...": the list's first item is one of its places
            inner = mentions[i2].place
            if mixed:
                contained = outer is not None and inner is not None and _inside(inner, outer)
            elif reference and mentions[i2].start > mentions[i].start:
                contained = True  # the event happened at the other place, near this one
            elif outer is not None and inner is not None and inner.kind is not PlaceKind.OTHER:
                contained = _inside(inner, outer)
            elif fronted == "owner" and mentions[i2].start > mentions[i].start:
                contained = True  # the attacked territory's owner, its sites named after it
            elif fronted is not None and outer is not None and mentions[i2].start > mentions[i].start:
                contained = True  # an unknown place in the scene set by the country or province
            elif named_province and mentions[i2].start > mentions[i].start:
                contained = True  # "in X region three children were killed when a drone hit a house near Y"
            else:
                if spread is None:
                    spread = _SPREAD.search(ctx.norm_at(max(seg[0], mentions[i].start - 40), mentions[i].start)) is not None
                contained = spread
            if contained:
                chosen[j] = []
                break


def _settlement(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is a town or village, not a country or a division ("Djugu region")."""
    place = mention.place
    return place is not None and place.kind is PlaceKind.CITY and not _DIVISION_AFTER.match(text, mention.end)


def _shares_event(
    chosen: list[list], j: int, idxs: list[int], mentions: Sequence[Mention], seg: tuple, anchor: int,
) -> bool:
    """Whether a place of segment ``seg`` other than the ``j``-th mention and the mention
    ``anchor`` it locates holds an event of the same family."""
    types = {_family(e.event_type) for e, _ in chosen[j]}
    return any(j2 != j and i2 != anchor and seg[0] <= mentions[i2].start < seg[1]
               and types & {_family(e.event_type) for e, _ in chosen[j2]}
               for j2, i2 in enumerate(idxs))


def _listed_together(text: str, mentions: Sequence[Mention], idxs: list[int], j: int, j2: int) -> bool:
    """Whether the mentions ``j`` and ``j2`` of the sentence are items of one list that an
    "and" or "or" closes: "shelling near A, B and C", "strikes on the territories of A, B
    and C" (not "A, Ukraine": a comma alone makes no list)."""
    lo, hi = sorted((j, j2))
    return hi in list_closed_by_and(text, [(mentions[i].start, mentions[i].end) for i in idxs], lo)


def _owner_of_territory(ctx: SentenceContext, floor: int, start: int) -> bool:
    """Whether the place at ``start`` is named as the owner of an attacked territory
    ("the aggression against the territory of the Islamic Republic of X")."""
    return _TERRITORY_OF.search(ctx.norm_at(max(floor, start - 70), start)) is not None


def _family(event_type: str) -> str:
    """Protests and riots are one family here: "rioters torched a building in A as
    protests spread across B" holds one wave of demonstrations."""
    return PROTESTS if event_type == RIOTS else event_type


def _inside(inner: Place | None, outer: Place | None) -> bool:
    """Whether resolved place ``inner`` lies in resolved place ``outer`` (a country or
    a first-level division), as far as the gazetteer tells."""
    if inner is None or outer is None or inner is outer or not outer.country_code:
        return False
    if inner.country_code != outer.country_code or inner.gazetteer_id == outer.gazetteer_id:
        return False
    if outer.kind is PlaceKind.COUNTRY:
        return inner.kind is not PlaceKind.COUNTRY
    if outer.kind is PlaceKind.ADMIN1:
        return inner.kind in (PlaceKind.ADMIN2, PlaceKind.CITY, PlaceKind.OTHER) and bool(
            outer.admin1_code and inner.admin1_code == outer.admin1_code
        )
    return False
