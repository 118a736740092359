"""A place noun that refers back to a place: "the city", "the region".

"Residents of Kharkiv spent the night in shelters. Russian missiles hit the city at dawn":
the events that reach "the city" in a later sentence go to the nearest earlier place
of a fitting kind (a town, or a second-level division named like its town, for "the
town"; a first-level division for "the region"; a capital for "the capital", when
the gazetteer says) within two sentences, if it has no event of its own. An anaphor
after a fitting place named in its own sentence ("In Otavalo, police cleared a
blockade at the town entrance") refers to that place, and one in a fronted locator
("In the hills above the capital, police fought gangs in Kenscoff") only frames a
sentence that names its event place.
:func:`find_anaphors` finds the candidates in a document, :func:`awaited` tells
whether one is worth reading, and :func:`resolve_anaphors` gives the events to the
place referred to.

Examples
--------
>>> from gazetteer.model import Mention, Resolution
>>> from geo.incidents import tag_incidents
>>> from geo.model import Document
>>> text = "Residents of Kharkiv spent the night in shelters. Russian missiles hit the city at dawn."
>>> ms = [Mention(13, 20, "Kharkiv", None, 1, Resolution.UNRESOLVED, 0.0)]
>>> [(i.mention.text, i.sub_event_type) for i in tag_incidents(Document("d", text), ms)]
[('Kharkiv', 'Shelling/artillery/missile attack')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from gazetteer.model import Mention, Place, PlaceKind
from geo.incidents.clauses import SentenceContext
from geo.incidents.events import Event
from geo.incidents.journeys import located_on_path
from geo.incidents.matcher import DocumentScan
from geo.incidents.readings import Occurrence, SentenceState
from geo.incidents.roles import DATELINE_TAIL, MentionRoles, Role

__all__ = [
    "fronted_frame",
    "ANAPHOR_FACTOR", "ANAPHOR_NOUNS", "Referral", "awaited", "find_anaphors", "resolve_anaphors", "true_role",
]

# "the city", "the besieged town", "the region's": a definite place noun that
# refers back to a place named in an earlier sentence. Not "the town of X" or
# "the capital, X" (those name their place), nor "the area near X".
_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:(?:[a-z]+-held|besieged|embattled|battered|beleaguered|stricken|"
    r"northern|southern|eastern|western|central|coastal|front-?line|border|port|provincial|regional|"
    r"small|historic|ancient|strategic|key|southern\s+port|northern\s+port|eastern\s+port|"
    r"western\s+port)\s+)?"
    r"(city|town|village|port|camp|capital|region|province|district|country|enclave|territory)"
    r"\b(?!\s+(?:of|called|known|named)\b)(?!\s*,\s*[A-Z])(?!-)"
    r"(?!\s+(?:near|around|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+[A-Z])"  # "the area near X"
)
ANAPHOR_NOUNS = "city town village port camp capital region province district country enclave territory".split()
_CITY_NOUNS = frozenset(("city", "town", "village", "port", "camp", "capital"))
_REGION_NOUNS = frozenset(("region", "province", "district", "enclave", "territory"))
_CITY_KINDS = frozenset((PlaceKind.CITY, PlaceKind.ADMIN2, PlaceKind.OTHER))
_REGION_KINDS = frozenset((PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.REGION, PlaceKind.OTHER))
# An anaphor in an apposition only locates the place before it.
_APPOSITION_OF = re.compile(
    r",\s+(?:the\s+)?(?:(?:chief|main|largest|biggest|second|administrative)\s+)?(?:town|city|capital|seat|"
    r"centre|center|hub|port)\s+of\s+$",
    re.IGNORECASE,
)
_ANTECEDENT_ROLES = (Role.PLACE, Role.SOURCE, Role.DESTINATION, Role.QUALIFIER)
_ANAPHOR_REACH = 2  # sentences back
ANAPHOR_FACTOR = 0.85
_ANAPHOR_NEAR = 100  # characters: a trigger word this close may be its clause's event
# Between an anaphor noun and the name that follows it: "the port city of Odesa", "the capital Kyiv".
_NAME_GLUE = re.compile(r"^\s*(?:(?:city|town|village|capital|region|district|province|area)\s+)?(?:of\s+(?:the\s+)?)?$")
_ADMIN_AFTER = re.compile(
    r"\s+(?:province|state|region|governorate|oblast|district|county|department|countryside|"
    r"prefecture|municipality|territory|division|valley)\b",
    re.IGNORECASE,
)


#: An anaphor whose clause has events: (sentence index, start, place noun, the
#: events reaching it with their factors, the state of its sentence).
Referral = tuple[int, int, str, list[tuple[Event, float]], SentenceState]


def find_anaphors(
    text: str, scanned: DocumentScan, mentions: Sequence[Mention], sentences: list[tuple[int, int]],
    by_sentence: dict[int, list[int]],
) -> dict[int, list[tuple[int, int, str]]]:
    """The anaphors ("the city") of each sentence, by index, as ``(start, end, place noun)``:
    those after the first mention, with a mention in the two sentences before and
    a trigger word near (``scanned`` is the document's scan, ``by_sentence`` the
    indexes of the mentions of each sentence)."""
    triggers = scanned.trigger_starts
    starts = [s for s, _ in sentences]
    anaphors: dict[int, list[tuple[int, int, str]]] = {}
    if mentions and len(sentences) > 1:
        first = min(m.start for m in mentions)
        first_end = sentences[max(bisect.bisect_right(starts, first) - 1, 0)][1]
        for n0, n1 in scanned.words("anaphor"):
            if n0 < first_end:
                continue
            k = max(bisect.bisect_right(starts, n0) - 1, 0)
            if not any(kk in by_sentence for kk in range(k - _ANAPHOR_REACH, k)):
                continue
            near = bisect.bisect_left(triggers, max(sentences[k][0], n0 - _ANAPHOR_NEAR))
            if near == len(triggers) or triggers[near] >= min(sentences[k][1], n1 + _ANAPHOR_NEAR):
                continue  # no trigger word near it
            am = _ANAPHOR.search(text, max(first_end, n0 - 45), min(len(text), n1 + 30))
            if am is None or am.end(1) != n1:
                continue
            if _APPOSITION_OF.search(text, max(0, am.start() - 40), am.start()):
                continue  # "Bunia, chief town of the province": it names where Bunia is
            if any(_NAME_GLUE.match(text[am.end() : m.start]) for m in mentions if am.end() <= m.start < am.end() + 20):
                continue  # "struck the port city of Odesa": the city is named, nothing to refer back to
            if _told_before(text, sentences[k][0], am.start(), am.group(1)):
                continue  # "attacked the army's camp in X and seized the camp": that camp
            if any(sentences[k][0] <= mentions[i].start < am.start() and _compatible(am.group(1), mentions[i].place)
                   for i in by_sentence.get(k, ())):
                continue  # "In Otavalo, police cleared a blockade at the town entrance": Otavalo
            anaphors.setdefault(k, []).append((am.start(), am.end(), am.group(1)))
    return anaphors


# A fronted locator phrase: "In the capital,", "In the hills above the capital,", "On the
# outskirts of the city,".
_FRONTED = re.compile(
    r"^\W*(?:in|inside|across|around|at|on|near|outside|beyond)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:above|below|around|near|outside|beyond|overlooking|of)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def fronted_frame(text: str, s0: int, anaphor: tuple[int, int], named: Sequence[tuple[int, int]]) -> bool:
    """Whether an anaphor fronted at the start of its sentence (from ``s0``) only frames
    it, an event place being named in the sentence (``named``, the mentions the events
    reach): "In the capital, police exchanged fire with gangs in Delmas" and "In the
    hills above the capital, police fought gangs in Kenscoff" are in Delmas and Kenscoff.

    Examples
    --------
    >>> text = "In the capital, police fought gangs in Delmas."
    >>> fronted_frame(text, 0, (3, 14), [(39, 45)])
    True
    >>> fronted_frame(text, 0, (3, 14), [])
    False
    >>> text = "In the hills above the capital, police fought gangs in Kenscoff."
    >>> fronted_frame(text, 0, (19, 30), [(55, 63)])
    True
    """
    a0, a1 = anaphor
    return bool(named) and _FRONTED.match(text[s0:a0]) is not None and text.startswith(",", a1) \
        and any(m0 > a1 for m0, _ in named)


def _told_before(text: str, s0: int, start: int, noun: str) -> bool:
    """Whether the place noun of an anaphor at ``start`` already names a place earlier
    in its own sentence (from ``s0``): "the camp" after "the army's camp in Ye-u"
    refers to that camp, not to a place of the sentences before.

    Examples
    --------
    >>> text = "Fighters attacked the army's camp in Ye-u and seized the camp."
    >>> _told_before(text, 0, text.rindex("the camp"), "camp")
    True
    """
    return re.search(rf"\b{noun}\b", text[s0:start], re.IGNORECASE) is not None


def awaited(
    noun: str, k: int, by_sentence: dict[int, list[int]], out: Sequence[Occurrence | None],
    mentions: Sequence[Mention],
) -> bool:
    """Whether a place of the sentences before ``k`` still has no event and could be "the <noun>"."""
    for kk in range(k - _ANAPHOR_REACH, k):
        for i in by_sentence.get(kk, ()):
            occ = out[i]
            if occ is not None and not occ.events and _compatible(noun, mentions[i].place):
                return True
    return False


def true_role(
    text: str, k: int, sentences: list[tuple[int, int]], by_sentence: dict[int, list[int]],
    mentions: Sequence[Mention], contexts: dict[int, SentenceContext], roles_of: dict[int, MentionRoles], i: int,
) -> Role:
    """The role of mention ``i`` (of sentence ``k``), computed even where the tagger
    had no reason to (a sentence without triggers, or a mention without events)."""
    roles = roles_of.get(k)
    if roles is None:
        ctx = contexts.get(k)
        if ctx is None:
            s0, s1 = sentences[k]
            ctx = contexts[k] = SentenceContext(text, s0, s1)
        idxs = by_sentence[k]
        roles = roles_of[k] = MentionRoles(
            text, [(mentions[x].start, mentions[x].end) for x in idxs], ctx.segments,
            [mentions[x].place for x in idxs],
        )
    return roles[by_sentence[k].index(i)]


def resolve_anaphors(
    text: str, referred: Sequence[Referral], by_sentence: dict[int, list[int]], out: Sequence[Occurrence | None],
    mentions: Sequence[Mention], sentences: list[tuple[int, int]], contexts: dict[int, SentenceContext],
    roles_of: dict[int, MentionRoles],
) -> None:
    """Give the events reaching "the city" to the place it refers back to: the nearest
    compatible mention in the two sentences before, if it has no event of its own."""
    for k, _start, noun, found, state in referred:
        target = None
        named = _named_before(text, noun, k, by_sentence, mentions, sentences)
        if named is not None:
            target = named if named >= 0 else None  # "the port of Hodeidah ... the port"; "the village, south of X"
        for kk in () if named is not None else range(k - 1, max(-1, k - 1 - _ANAPHOR_REACH), -1):
            for i in reversed(by_sentence.get(kk, [])):
                m = mentions[i]
                if not _compatible(noun, m.place):
                    continue
                role = true_role(text, kk, sentences, by_sentence, mentions, contexts, roles_of, i)
                if role not in _ANTECEDENT_ROLES:
                    continue
                if _dateline(text, m) and _named_again(m, mentions):
                    continue  # "GOPALGANJ, July 17 - ... in Gopalganj district ... in the town": where the story is filed
                if located_on_path(text, sentences[kk][0], m.start):
                    continue  # "taken to hospitals in X", "according to the ministry in X": not the scene
                if noun in _CITY_NOUNS and (role is Role.QUALIFIER or _ADMIN_AFTER.match(text[m.end : m.end + 30])):
                    continue  # "in the southern Idlib countryside", "North Darfur state": not a town
                target = i
                break
            if target is not None:
                break
        occ = out[target] if target is not None else None
        if occ is None or occ.events:
            continue
        occ.events = [(e, round(min(1.0, e.confidence * f * ANAPHOR_FACTOR), 3), state) for e, f in found]




def _named_before(
    text: str, noun: str, k: int, by_sentence: dict[int, list[int]], mentions: Sequence[Mention],
    sentences: list[tuple[int, int]],
) -> int | None:
    """The mention an anaphor "the <noun>" of sentence ``k`` names again, when the sentences
    before call a place by that noun: "Israel struck the Yemeni port of Hodeidah. ...
    Warplanes hit the port" is Hodeidah (the index), whatever place is nearer; and -1 when
    they tell of an unnamed place of that noun by a place near it ("the village, south of
    Nablus. ... near the village's edge": the village, not Nablus); else ``None``."""
    named = re.compile(rf"(?i)(?<![\w-]){noun}\s+(?:of\s+(?:the\s+)?)?$")
    after = re.compile(rf"(?i)\s+{noun}(?![\w-])(?!\s*:)")  # not a heading: "X district: ..."
    located = re.compile(
        rf"(?i)(?<![\w-])the\s+{noun},?\s+(?:(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside)\s+$"
    )
    for kk in range(k - 1, max(-1, k - 1 - _ANAPHOR_REACH), -1):
        for i in reversed(by_sentence.get(kk, [])):
            m = mentions[i]
            before = text[max(sentences[kk][0], m.start - 40):m.start]
            if located.search(before):
                return -1
            if named.search(before) or after.match(text, m.end):
                return _nearest_namesake(k, i, by_sentence, mentions)
    return None


def _nearest_namesake(k: int, i: int, by_sentence: dict[int, list[int]], mentions: Sequence[Mention]) -> int:
    """The latest mention before sentence ``k`` of the same name as mention ``i``: "took
    Buthidaung town. Parts of Buthidaung burned. Thousands fled the town" is the second."""
    for kk in range(k - 1, max(-1, k - 1 - _ANAPHOR_REACH), -1):
        for j in reversed(by_sentence.get(kk, [])):
            if mentions[j].text == mentions[i].text:
                return j
    return i


def _dateline(text: str, m: Mention) -> bool:
    """Whether mention ``m`` is the dateline opening the text: where the story is filed from."""
    return not text[:m.start].strip() and DATELINE_TAIL.match(text, m.end, m.end + 80) is not None


def _named_again(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the name of mention ``m`` comes again in a later mention ("GOPALGANJ, July 17 -
    ... a curfew in Gopalganj district"): the text's own mention, not the dateline, is its place."""
    name = m.text.casefold().split()[0]
    return any(o.start > m.end and o.text.casefold().split()[0] == name for o in mentions)


def _compatible(noun: str, place: Place | None) -> bool:
    """Whether a place noun ("the city") can refer to a mention's place (unknown: yes,
    except for "the capital", which must be one)."""
    if place is None or place.kind is PlaceKind.OTHER:
        return noun != "capital"
    kind = place.kind
    if noun == "capital":
        return (place.feature_code or "").startswith(("PPLC", "PPLA"))
    if noun in _CITY_NOUNS:
        return kind in _CITY_KINDS
    if noun in _REGION_NOUNS:
        return kind in _REGION_KINDS
    return kind is PlaceKind.COUNTRY  # "the country"
