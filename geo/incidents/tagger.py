"""Tag place mentions with what happened there: :func:`tag_incidents`.

For each sentence that holds a place mention, the tagger finds the trigger words
(:mod:`~geo.incidents.rules`), cuts the sentence into clauses
(:mod:`~geo.incidents.clauses`), decides which mentions can carry events at all
(:mod:`~geo.incidents.roles`), and gives each mention the events of its own
clause, with actors, fatalities and a date. :func:`tag_mentions` returns that per
mention occurrence; :func:`tag_incidents` folds the occurrences of one place into
one :class:`~geo.model.Incident` per incident type.

Beyond its own clause, a place still without an event takes one:

* from a later sentence that refers back to it ("Residents of Kharkiv spent the
  night in shelters. Bombs struck the city's north"): the nearest earlier place of
  a fitting kind (a town for "the town", a first-level division for "the region",
  a capital for "the capital", when the gazetteer says) within two sentences;
* from the next sentence, when its own sentence announces trouble there ("Odesa
  came under fire again.") and the next one, in the same paragraph, tells what
  happened without naming a place;
* from the sentence before, when it is where "the violence" happened.

A country or first-level division given the same kind of event as a place inside
it, named earlier in the clause, is only its container and gets none ("a strike in
Hodeidah knocked out internet services across Yemen").

Examples
--------
>>> from gazetteer.model import Mention, PlaceKind, Resolution
>>> from geo.model import Document
>>> text = "Russian jets bombed Ariha on Monday, while talks went on in Ankara."
>>> doc = Document("d1", text)
>>> mentions = [Mention(20, 25, "Ariha", None, 1, Resolution.UNRESOLVED, 0.0),
...             Mention(59, 65, "Ankara", None, 1, Resolution.UNRESOLVED, 0.0)]
>>> [(i.mention.text, i.incident_type, i.sub_event_type, i.actor1) for i in tag_incidents(doc, mentions)]
[('Ariha', 'Explosions/Remote violence', 'Air/drone strike', 'Russian jets'), ('Ankara', 'None', None, None)]
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date

from gazetteer.exc import InputError
from gazetteer.model import Mention, PlaceKind, Resolution
from geo.incidents.actors import actor_phrases, find_actors
from geo.incidents.clauses import SentenceContext
from geo.incidents.dates import article_date, resolve_date
from geo.incidents.embedding import subject_relatives
from geo.incidents.fatalities import fatalities
from geo.incidents.fronted import REFERENCE_PREPOSITIONS, fronted_preposition
from geo.incidents.journeys import heads_path, located_on_path, path_preposition
from geo.incidents.lexicon import Cue
from geo.incidents.matcher import WordGroups, normalize, scan_document
from geo.incidents.roles import MentionRoles, Role, withdrawn_from
from geo.incidents.rules import DocumentContext, Event, evaluate
from geo.incidents.scope import event_groups, nested_apart, time_adjuncts
from geo.incidents.sentences import split_sentences
from geo.incidents.taxonomy import (
    DISPLACEMENT,
    NONE,
    PROTESTS,
    RIOTS,
    VIOLENT_EVENT_TYPES,
)
from geo.model import Document, Incident

__all__ = ["Reading", "TaggedMention", "tag_mentions", "tag_incidents", "place_key"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One incident reading of one mention occurrence.

    ``trigger`` is ``None`` (and ``incident_type`` ``"None"``) for a mention that
    is only mentioned.
    """

    incident_type: str
    sub_event_type: str | None
    trigger: tuple[int, int] | None
    confidence: float
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    date: Date | None = None


@dataclass(frozen=True, slots=True)
class TaggedMention:
    """A mention occurrence with its sentence, its role and its readings (best first).

    ``readings`` is never empty: a mention without events has one ``"None"`` reading.

    Examples
    --------
    >>> from gazetteer.model import Mention, Resolution
    >>> m = Mention(0, 4, "Gaza", None, 3, Resolution.UNRESOLVED, 0.0)
    >>> TaggedMention(m, (0, 10), Role.PLACE, (Reading("None", None, None, 0.9),)).primary.incident_type
    'None'
    """

    mention: Mention
    sentence: tuple[int, int]
    role: Role
    readings: tuple[Reading, ...]

    @property
    def primary(self) -> Reading:
        """The most confident reading."""
        return self.readings[0]


# Severity order inside the protest family: one demonstration is one event.
_PROTEST_RANK = {
    "Violent demonstration": 4,
    "Excessive force against protesters": 3,
    "Protest with intervention": 2,
    "Peaceful protest": 1,
}
_NVT = "Non-violent transfer of territory"
_DOMINANT = VIOLENT_EVENT_TYPES | {PROTESTS}
_LOOT = "Looting/property destruction"
_HQ = "Headquarters or base established"
_CHANGES_HANDS = frozenset(("Non-state actor overtakes territory", "Government regains territory"))
_RELATIVE_GLUE = re.compile(r"^[\s,]*(?:(?:in|at)\s+)?$")
_NEAR = 60
# What the seat of an authority takes: the authority's own decisions.
_DECISIONS = frozenset(("Change to group/activity", "Other"))
_EVENT_ROLES = (Role.PLACE, Role.SOURCE, Role.DESTINATION, Role.SEAT)


def place_key(mention: Mention) -> str:
    """Grouping key of a mention: its gazetteer id, or its folded text if unresolved.

    An approximate mention ("Neirab", placed at the Saraqib it is near) carries its
    anchor's entry, not its own: it is keyed by its text, so that Neirab and
    Saraqib stay two places.

    Examples
    --------
    >>> from gazetteer.model import Mention, Resolution
    >>> place_key(Mention(0, 5, "Ḥalab", None, 1, Resolution.UNRESOLVED, 0.0))
    'text:halab'
    """
    if mention.place is not None and mention.resolution in (Resolution.GAZETTEER, Resolution.ONLINE):
        return mention.place.gazetteer_id
    return _fold(mention.text)  # unresolved, or approximate: the anchor's id is another place's


@functools.lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "text:" + "".join(c for c in folded if c.isalnum())


def _sentence_spans(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Sentences of ``text``, merged where a mention crosses a boundary."""
    spans = split_sentences(text) or [(0, len(text))]
    for m in mentions:
        i = bisect.bisect_right(spans, (m.start, len(text) + 1)) - 1
        if i < 0:
            spans[0] = (m.start, spans[0][1])
            continue
        j = i
        while j + 1 < len(spans) and spans[j][1] < m.end:
            j += 1
        if j > i or spans[i][1] < m.end:
            spans[i : j + 1] = [(spans[i][0], max(spans[j][1], m.end))]
    return spans


def _attach(
    ctx: SentenceContext, events: list[Event], spans: list[tuple[int, int]],
    unreal: Sequence[tuple[int, int]] = (), onward: list[list[tuple[Event, float]]] | None = None,
) -> list[list[tuple[Event, float]]]:
    """Events reaching each mention, with an attachment factor.

    The events of a segment reach the mentions of their own group
    (:func:`~geo.incidents.scope.event_groups`). ``unreal`` holds the triggers that
    did not happen ("vowed to retake X"): they give no event, but their clause is
    one of its own, which the events of the clause before do not reach.

    A flight goes on past its clause: ``onward``, when given, receives for each
    mention of an event-less group the displacement of the group before it, for a
    destination to take ("villagers fled A, and others crossed into B").
    """
    out: list[list[tuple[Event, float]]] = [[] for _ in spans]
    for seg in ctx.segments:
        a, b, relative = seg
        seg_events = [e for e in events if a <= e.trigger[0] < b]
        if not seg_events:
            continue
        inside = [j for j, (s, _) in enumerate(spans) if a <= s < b]
        strong = [e for e in seg_events if not e.weak]
        groups = event_groups(ctx, seg, seg_events, [spans[j] for j in inside], unreal) if inside else [(a, b)]
        fled: list[Event] = []
        nested = subject_relatives(ctx, seg)
        adjuncts = time_adjuncts(ctx, seg) if inside and len(strong or seg_events) >= 2 else []
        for g0, g1 in groups:
            g_events = [e for e in seg_events if g0 <= e.trigger[0] < g1]
            usable = [e for e in g_events if not e.weak] or g_events
            if adjuncts:
                usable = _foreground(usable, adjuncts, spans, inside, g0, g1, out)
            if onward is not None and fled and not g_events:
                for j in inside:
                    if g0 <= spans[j][0] < g1:
                        onward[j].extend((e, 0.9) for e in fled)
            fled = [e for e in usable if e.event_type == DISPLACEMENT]
            for j in inside:
                if g0 <= spans[j][0] < g1:
                    out[j].extend(
                        (e, _distance_factor(e, spans[j])) for e in usable
                        if not _in_protest_topic(ctx, e, spans[j], g0, spans)
                        and not (nested and e.event_type != DISPLACEMENT and nested_apart(nested, e.trigger[0], spans[j][0]))
                    )
        if relative:  # "..., where Turkish forces established a post": the place before it
            for j in range(len(spans) - 1, -1, -1):
                if spans[j][1] <= a:
                    if _RELATIVE_GLUE.match(ctx.text[spans[j][1] : a]):
                        out[j].extend((e, 0.9) for e in (strong or seg_events))
                    break
    return out


def _on_path(
    text: str, ctx: SentenceContext, spans: list[tuple[int, int]], j: int,
    found: list[tuple[Event, float]], paths: list[tuple[int, int] | None],
) -> list[tuple[Event, float]]:
    """The events of ``found`` that reach mention ``j`` when it is reached by a path
    (:mod:`~geo.incidents.journeys`): a violent event only when it travels that path.
    ``paths`` collects the preposition of each mention looked at (``None`` for none);
    the next item of a list shares it ("taken to hospitals in A and B")."""
    while len(paths) < j:
        paths.append(None)
    prep = path_preposition(text, ctx.segment_of(spans[j][0])[0], spans[j][0])
    if prep is None and j and paths[j - 1] is not None and _LIST_BETWEEN.match(text[spans[j - 1][1] : spans[j][0]]):
        prep = paths[j - 1]
    paths.append(prep)
    if prep is None or any(prep[1] <= e.trigger[0] < spans[j][0] for e, _ in found):
        return found
    return [(e, f) for e, f in found if e.event_type not in VIOLENT_EVENT_TYPES or heads_path(text, e.trigger, prep)]


def _foreground(
    usable: list[Event], adjuncts: list[tuple[int, int]], spans: list[tuple[int, int]], inside: list[int],
    g0: int, g1: int, out: list[list[tuple[Event, float]]],
) -> list[Event]:
    """The events of a group that reach its places when some are background, told in
    a time adjunct ("captured Rubaya after weeks of fighting"): with a specific event
    of its own outside the adjuncts, the clause keeps it, and an adjunct's event only
    reaches the places inside that adjunct (given to ``out`` here)."""
    def adjunct_of(pos: int) -> tuple[int, int] | None:
        return next((x for x in adjuncts if x[0] <= pos < x[1]), None)

    back = [e for e in usable if adjunct_of(e.trigger[0]) is not None]
    if not back or not any(not e.generic and adjunct_of(e.trigger[0]) is None for e in usable):
        return usable
    for j in inside:
        if g0 <= spans[j][0] < g1:
            where = adjunct_of(spans[j][0])
            if where is not None:
                out[j].extend((e, _distance_factor(e, spans[j])) for e in back if adjunct_of(e.trigger[0]) == where)
    return [e for e in usable if adjunct_of(e.trigger[0]) is None]


_TOPIC = re.compile(
    r"(?<!\S)(?:against|over|demanding|to\s+demand|in\s+support\s+of|in\s+solidarity\s+with|"
    r"to\s+protest|to\s+mark|condemning|calling\s+for|to\s+call\s+for|denouncing|for\s+the|"
    r"demanded|demand|called\s+for|urged|condemned|denounced|an\s+end\s+to|"
    r"accountability\s+for)(?!\S)"
)


# What a protest can be about that happens somewhere else ("against the war in B").
_REMOTE_TOPIC = re.compile(
    r"(?<!\S)(?:war|wars|offensive|killings?|attacks?|strikes|bombings?|bombardment|occupation|"
    r"invasion|siege|crackdown|genocide|massacres?|violence|treatment|policy|policies|situation|"
    r"conflict|blockade|arrests?|detention|deaths?|jailing|imprisonment|election|elections|"
    r"government|regime|operations?|actions|plight|persecution|fighting|shooting|executions?)(?!\S)"
)
# A verb that closes the topic phrase: "Protests over water shortages spread across X".
_TOPIC_END = re.compile(
    r"(?<!\S)(?:spread|spreads|erupted|erupt|continued|continue|continues|entered|took\s+place|"
    r"(?:were|was)\s+held|broke\s+out|swept|sweep|rocked|grew|turned|escalated|raged|resumed|"
    r"reached|hit|engulfed|gripped)(?!\S)"
)
_AT_PLACE = re.compile(r"(?<!\S)(?:in|at)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$")


def _in_protest_topic(
    ctx: SentenceContext, event: Event, span: tuple[int, int], start: int,
    spans: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether the mention is in what a protest is about ("rallied in A against the war in B").

    A place right after "in" at the end of a topic with no remote happening in it
    ("protesting against a proposed finance bill in Nairobi") is where the protest
    is, unless the protest already has a place before it (another of ``spans``
    from the group's ``start`` on).
    """
    if event.event_type not in (PROTESTS, RIOTS) or span[0] < event.trigger[1]:
        return False
    between = ctx.norm_at(event.trigger[1], span[0])
    topic = _TOPIC.search(between)
    if topic is None:
        return False
    rest = between[topic.end():]
    if _TOPIC_END.search(rest):
        return False
    if not _AT_PLACE.search(rest) or _REMOTE_TOPIC.search(rest):
        return True
    return any(start <= s < span[0] for s, _ in spans) if spans else True


def _reachable(ctx: SentenceContext, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Segments whose events can reach a mention: those holding one, and relative
    clauses right after one."""
    out = []
    for seg in ctx.segments:
        a, b, relative = seg
        if any(a <= s < b for s, _ in spans) or (
            relative and any(e <= a and _RELATIVE_GLUE.match(ctx.text[e:a]) for _, e in spans)
        ):
            out.append(seg)
    return out


def _distance_factor(event: Event, span: tuple[int, int]) -> float:
    gap = max(event.trigger[0] - span[1], span[0] - event.trigger[1], 0)
    return 1.0 if gap <= _NEAR else max(0.8, 1.0 - (gap - _NEAR) / 600)


def _select(found: list[tuple[Event, float]]) -> list[tuple[Event, float]]:
    """Drop generic readings beside specific ones, merge protest readings, dedupe labels."""
    if any(not e.generic and e.event_type in _DOMINANT for e, _ in found):
        # a generic protest reading more severe than the specific ones stays: "police
        # regained control" of a palace rioters stormed, "cleared the sit-in"
        top = max((_PROTEST_RANK.get(e.sub_event_type or "", 0) for e, _ in found if not e.generic), default=0)
        found = [(e, f) for e, f in found if not e.generic or _PROTEST_RANK.get(e.sub_event_type or "", 0) > top > 0]
    if any(e.event_type == RIOTS for e, _ in found):  # looting in a riot is the riot
        found = [(e, f) for e, f in found if e.sub_event_type != _LOOT]
    protest = [(e, f) for e, f in found if e.sub_event_type in _PROTEST_RANK]
    if len(protest) > 1:
        top = max(_PROTEST_RANK[e.sub_event_type] for e, _ in protest)  # type: ignore[index]
        found = [
            (e, f) for e, f in found
            if e.sub_event_type not in _PROTEST_RANK or _PROTEST_RANK[e.sub_event_type] == top
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


def _none_confidence(role: Role, had_events: bool, had_triggers: bool) -> float:
    if role not in _EVENT_ROLES:
        return 0.9 if role is not Role.QUALIFIER else 0.7
    if had_events:
        return 0.75
    return 0.7 if had_triggers else 0.9


class _SentenceState:
    """Per-sentence caches for the details of readings (actors, fatalities, date)."""

    __slots__ = ("ctx", "when", "sentence", "anchors", "phrases", "dated", "dead_at", "named")

    def __init__(self, ctx: SentenceContext, when: Date | None) -> None:
        self.ctx = ctx
        self.when = when
        self.sentence = ctx.text[ctx.start : ctx.end]
        self.anchors = [h.start - ctx.start for h in ctx.by_cue.get(Cue.DATE, ())]
        self.phrases: list | None = None
        self.dated: dict[int, Date | None] = {}
        self.dead_at: dict[int, int | None] = {}
        self.named: dict[tuple, tuple[str | None, str | None]] = {}

    def actors(self, event: Event) -> tuple[str | None, str | None]:
        # the same event is read for every place it reaches: name its actors once
        key = (event.trigger, event.event_type, event.sub_event_type)
        found = self.named.get(key)
        if found is None:
            ctx = self.ctx
            if self.phrases is None:
                self.phrases = actor_phrases(ctx)
            found = self.named[key] = find_actors(
                ctx, ctx.segment_of(event.trigger[0]), event.trigger, event.event_type,
                event.sub_event_type, self.phrases,
            )
        return found

    def fatalities(self, event: Event) -> int | None:
        if event.event_type not in VIOLENT_EVENT_TYPES and event.event_type != PROTESTS:
            return None
        t0 = event.trigger[0]
        if t0 not in self.dead_at:
            self.dead_at[t0] = fatalities(self.sentence, t0 - self.ctx.start)
        return self.dead_at[t0]

    def date(self, event: Event) -> Date | None:
        t0 = event.trigger[0]
        if t0 not in self.dated:
            self.dated[t0] = (
                resolve_date(self.sentence, self.when, t0 - self.ctx.start, self.anchors)
                if self.anchors or "-" in self.sentence
                else self.when
            )
        return self.dated[t0]

    def reading(self, event: Event, confidence: float) -> Reading:
        actor1, actor2 = self.actors(event)
        return Reading(
            event.event_type, event.sub_event_type, event.trigger, confidence,
            actor1, actor2, self.fatalities(event), self.date(event),
        )


class _Occurrence:
    """One mention occurrence after analysis, before its readings are spelled out."""

    __slots__ = ("mention", "sentence", "role", "events", "none", "state")

    def __init__(
        self,
        mention: Mention,
        sentence: tuple[int, int],
        role: Role,
        events: list[tuple[Event, float, _SentenceState]],
        none: Reading,
        state: _SentenceState | None,
    ) -> None:
        self.mention = mention
        self.sentence = sentence
        self.role = role
        #: (event, confidence, the state of the event's sentence), best first; empty if
        #: only mentioned. The event's sentence is the mention's own, or a later one
        #: that refers back to the place ("the city") or goes on with its story.
        self.events = events
        self.none = none
        self.state = state

    def readings(self) -> tuple[Reading, ...]:
        if not self.events:
            return (self.none,)
        return tuple(st.reading(e, c) for e, c, st in self.events)

    def evidence(self, state: _SentenceState) -> tuple[int, int]:
        """The evidence span of an event read in ``state``: the mention's sentence,
        stretched to the event's sentence when that is another one."""
        return (min(self.sentence[0], state.ctx.start), max(self.sentence[1], state.ctx.end))


# ----------------------------------------------------------------------------- anaphora

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
)
_ANAPHOR_NOUNS = "city town village port camp capital region province district country enclave territory".split()
_CITY_NOUNS = frozenset(("city", "town", "village", "port", "camp", "capital"))
_REGION_NOUNS = frozenset(("region", "province", "district", "enclave", "territory"))
_CITY_KINDS = frozenset((PlaceKind.CITY, PlaceKind.OTHER))
_REGION_KINDS = frozenset((PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.REGION, PlaceKind.OTHER))
# An anaphor in an apposition only locates the place before it.
_APPOSITION_OF = re.compile(
    r",\s+(?:the\s+)?(?:(?:chief|main|largest|biggest|second|administrative)\s+)?(?:town|city|capital|seat|"
    r"centre|center|hub|port)\s+of\s+$",
    re.IGNORECASE,
)
_ANTECEDENT_ROLES = (Role.PLACE, Role.SOURCE, Role.DESTINATION, Role.QUALIFIER)
_ANAPHOR_REACH = 2  # sentences back
_ANAPHOR_FACTOR = 0.85
_ANAPHOR_NEAR = 100  # characters: a trigger word this close may be its clause's event

# The place is where "the violence" of the sentence before happened ("The violence was
# concentrated in the Bokkos and Barkin Ladi areas").
_EVENT_NOUNS = (
    "violence", "attack", "attacks", "fighting", "clashes", "killings", "massacre", "assault", "raid",
    "raids", "strikes", "shelling", "bombing", "bombings", "explosion", "explosions", "blast", "blasts",
    "unrest",
)
_EVENT_ANAPHOR = re.compile(
    r"(?<!\S)(?:the|this|these|that)\s+(?:(?:latest|deadly|recent|same|worst|renewed)\s+)?"
    r"(?:violence|attacks?|fighting|clashes|killings|massacre|assault|raids?|strikes|shelling|"
    r"bombings?|explosions?|blasts?|unrest|violence)\s+(?:\S+\s+){0,3}?"
    r"(?:in|at|near|around)\s+(?:the\s+)?(?:(?:\S+\s+){0,3}?(?:and|or)\s+(?:the\s+)?)?$"
)

# A sentence that announces trouble at a place without saying what happened, so the
# next sentence (with no place of its own) tells it: "Odesa came under fire again."
_SCENE_WORDS = (
    "violence", "unrest", "siren", "sirens", "explosions", "came under", "comes under", "come under",
    "under attack", "under fire", "was hit", "were hit", "hit again", "struck again", "another night",
    "shelter", "shelters", "bloodshed", "carnage", "flared", "flare", "woke to", "awoke to",
)


_WORD_GROUPS = WordGroups({"anaphor": _ANAPHOR_NOUNS, "scene": _SCENE_WORDS, "event": _EVENT_NOUNS})


def _compatible(noun: str, place) -> bool:
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


def _inside(inner, outer) -> bool:
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


_SPREAD = re.compile(r"(?<!\S)(?:across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?(?:\S+\s+)?$")
_SPREAD_WORDS = re.compile(r"across|throughout|all over|nationwide", re.IGNORECASE)
_CONTAINER_KINDS = frozenset((PlaceKind.COUNTRY, PlaceKind.ADMIN1))
_PART_OF = re.compile(
    r"(?<!\S)(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|rural|coastal)\s+$"
)
_LIST_BETWEEN = re.compile(r"^\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?$")  # not "Odesa, Ukraine"


def _drop_containers(
    text: str, ctx: SentenceContext, mentions: Sequence[Mention], idxs: list[int], chosen: list[list]
) -> None:
    """A country or province given the same kind of event as a place inside it in the
    same clause is only its container: "a strike in the port city of Hodeidah knocked
    out internet services across Yemen". Without gazetteer places, a place after
    "across"/"throughout" counts as the container of the clause's other places."""
    for j, i in enumerate(idxs):
        if not chosen[j] or all(e.event_type == DISPLACEMENT for e, _ in chosen[j]):
            continue  # "fled into Mauritania ... arriving in the Mbera camp": both received them
        seg = ctx.segment_of(mentions[i].start)
        # "In neighbouring Niger, soldiers were killed near Tassia": the scene of the clause
        fronted = fronted_preposition(text, seg[0], mentions[i].start, mentions[i].end)
        reference = fronted in REFERENCE_PREPOSITIONS  # "Near Ramallah, settlers attacked Sinjil"
        if not j and fronted is None:
            continue
        outer = mentions[i].place
        if outer is not None and outer.kind is PlaceKind.OTHER:
            outer = None  # an entry of unknown kind: read the text
        if outer is not None and outer.kind not in _CONTAINER_KINDS and not reference:
            continue
        if outer is None and fronted is None and not _SPREAD_WORDS.search(
                text, max(0, mentions[i].start - 40), mentions[i].start):
            continue
        if _PART_OF.search(ctx.norm_at(max(seg[0], mentions[i].start - 15), mentions[i].start)):
            continue  # "southern Lebanon" is a part of the country: an event place itself
        spread = None
        types = {e.event_type for e, _ in chosen[j]}
        for j2, i2 in enumerate(idxs):
            if j2 == j or not chosen[j2] or not seg[0] <= mentions[i2].start < seg[1]:
                continue
            if mentions[i2].start > mentions[i].start and fronted is None:
                continue  # "struck nine sites in Pakistan, including in Bahawalpur": the country is named as the place
            if not types.intersection(e.event_type for e, _ in chosen[j2]):
                continue
            first, second = sorted((mentions[i], mentions[i2]), key=lambda m: m.start)
            if _LIST_BETWEEN.match(text[first.end : second.start]):
                continue  # "across Kachin state and Laiza": two places of the event
            inner = mentions[i2].place
            if reference and mentions[i2].start > mentions[i].start:
                contained = True  # the event happened at the other place, near this one
            elif outer is not None and inner is not None and inner.kind is not PlaceKind.OTHER:
                contained = _inside(inner, outer)
            elif fronted is not None and outer is not None and mentions[i2].start > mentions[i].start:
                contained = True  # an unknown place in the scene set by the country or province
            else:
                if spread is None:
                    spread = _SPREAD.search(ctx.norm_at(max(seg[0], mentions[i].start - 40), mentions[i].start)) is not None
                contained = spread
            if contained:
                chosen[j] = []
                break


def _analyse(document: Document, mentions: Sequence[Mention]) -> list[_Occurrence]:
    text = document.text
    for m in mentions:
        if not (0 <= m.start < m.end <= len(text)):
            raise InputError(f"mention {m.text!r} at {m.start}:{m.end} is outside document {document.id!r}")
    when = article_date(text, document.date)
    scanned = scan_document(text, _WORD_GROUPS)
    doc = DocumentContext(when, flags=scanned)
    triggers = scanned.trigger_starts
    sentences = _sentence_spans(text, mentions)
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[int]] = {}
    for i in sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end)):
        k = max(bisect.bisect_right(starts, mentions[i].start) - 1, 0)
        by_sentence.setdefault(k, []).append(i)

    def has_trigger(k: int) -> bool:
        s0, s1 = sentences[k]
        lo = bisect.bisect_left(triggers, s0)
        return lo < len(triggers) and triggers[lo] < s1

    # anaphors ("the city") in sentences with triggers, after the first mention
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
            if _told_before(text, sentences[k][0], am.start(), am.group(1)):
                continue  # "attacked the army's camp in X and seized the camp": that camp
            anaphors.setdefault(k, []).append((am.start(), am.end(), am.group(1)))

    out: list[_Occurrence | None] = [None] * len(mentions)
    only_mentioned = Reading(NONE, None, None, 0.9, date=when)
    nones: dict[float, Reading] = {0.9: only_mentioned}
    contexts: dict[int, SentenceContext] = {}
    roles_of: dict[int, MentionRoles] = {}
    referred: list[tuple[int, int, str, list[tuple[Event, float]], _SentenceState]] = []
    for k in sorted(by_sentence.keys() | anaphors.keys()):
        idxs = by_sentence.get(k, [])
        s0, s1 = sentences[k]
        if not has_trigger(k):  # no trigger word: only mentioned
            for i in idxs:
                out[i] = _Occurrence(mentions[i], (s0, s1), Role.PLACE, [], only_mentioned, None)
            continue
        extra = anaphors.get(k, [])
        if extra:  # only worth reading when an earlier place still waits for its event
            extra = [a for a in extra if _awaited(a[2], k, by_sentence, out, mentions)]
            if not extra and not idxs:
                continue
        ctx = contexts[k] = SentenceContext(text, s0, s1, scanned.norm(s0, s1))
        spans = [(mentions[i].start, mentions[i].end) for i in idxs]
        reach = _reachable(ctx, spans) if spans else []
        unreal: list[tuple[int, int]] = []
        events = evaluate(ctx, doc, reach, unreal) if ctx.units and reach else []
        if extra:  # anaphors: only those in a segment with a trigger word, read once
            kept = [
                (x, seg) for x, seg in ((x, ctx.segment_of(x[0])) for x in extra)
                if any(seg[0] <= u.start < seg[1] for u in ctx.units)
            ]
            extra = [x for x, _ in kept]
            missing = list(dict.fromkeys(seg for _, seg in kept if seg not in reach))
            if extra and missing:
                events = sorted(events + evaluate(ctx, doc, missing), key=lambda e: e.trigger[0])
        roles = roles_of[k] = MentionRoles(text, spans, ctx.segments, [mentions[i].place for i in idxs])
        onward: list[list[tuple[Event, float]]] = [[] for _ in spans]
        attached = _attach(ctx, events, spans, unreal, onward) if events and spans else [[] for _ in spans]
        state = _SentenceState(ctx, when)
        chosen_all: list[list[tuple[Event, float]]] = []
        role_all: list[Role] = []
        paths: list[tuple[int, int] | None] = []
        for j, _i in enumerate(idxs):
            found = attached[j]
            role = roles[j] if found or onward[j] else Role.PLACE
            if role is Role.PLACE and found and any(e.event_type in VIOLENT_EVENT_TYPES for e, _ in found):
                found = _on_path(text, ctx, spans, j, found, paths)
            if role is Role.SOURCE:  # "fled from X"; "withdrew from X" and the town was taken
                changes = _CHANGES_HANDS if withdrawn_from(text, mentions[_i].start) else ()
                found = [(e, f) for e, f in found if e.event_type == DISPLACEMENT or e.sub_event_type == _NVT
                         or e.sub_event_type in changes]
            elif role is Role.DESTINATION:  # "fled to X", "arriving in X" (and setting up a base)
                found = found or onward[j]
                found = [(e, f) for e, f in found if e.event_type == DISPLACEMENT or e.sub_event_type == _HQ]
            elif role is Role.SEAT:  # "the government in X declared a curfew"
                found = [(e, f) for e, f in found if e.sub_event_type in _DECISIONS]
            chosen = []
            if role in _EVENT_ROLES and found:
                chosen = [(e, round(min(1.0, e.confidence * f), 3)) for e, f in _select(found)]
            chosen_all.append(chosen)
            role_all.append(role)
        if len(idxs) >= 2 and sum(1 for c in chosen_all if c) >= 2:
            _drop_containers(text, ctx, mentions, idxs, chosen_all)
        for j, i in enumerate(idxs):
            conf = _none_confidence(role_all[j], bool(events), bool(ctx.units))
            none = nones.get(conf)
            if none is None:  # readings are frozen: one per confidence will do
                none = nones[conf] = Reading(NONE, None, None, conf, date=when)
            out[i] = _Occurrence(
                mentions[i], (s0, s1), role_all[j], [(e, c, state) for e, c in chosen_all[j]], none, state
            )
        if extra and events:
            extra = [x for x in extra if any(ctx.segment_of(x[0]) == ctx.segment_of(e.trigger[0]) for e in events)]
        if extra and events:
            every = sorted(spans + [(a0, a1) for a0, a1, _ in extra])
            every_roles = MentionRoles(text, every, ctx.segments)
            reached = _attach(ctx, events, every)
            for a0, a1, noun in extra:
                j = every.index((a0, a1))
                if reached[j] and every_roles[j] is Role.PLACE:
                    referred.append((k, a0, noun, _select(reached[j]), state))

    occurrences = [o for o in out if o is not None]
    if referred:
        _resolve_anaphors(text, referred, by_sentence, out, mentions, sentences, contexts, roles_of)
    if len(by_sentence) and len(sentences) > 1:
        _carry_over(
            text, doc, scanned, when, sentences, by_sentence, anaphors, out, mentions, has_trigger, contexts, roles_of
        )
    return occurrences


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


def _awaited(noun: str, k: int, by_sentence, out, mentions) -> bool:
    """Whether a place of the sentences before ``k`` still has no event and could be "the <noun>"."""
    for kk in range(k - _ANAPHOR_REACH, k):
        for i in by_sentence.get(kk, ()):
            occ = out[i]
            if occ is not None and not occ.events and _compatible(noun, mentions[i].place):
                return True
    return False


def _true_role(
    text: str, k: int, sentences, by_sentence, mentions, contexts, roles_of, i: int
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


def _resolve_anaphors(text, referred, by_sentence, out, mentions, sentences, contexts, roles_of) -> None:
    """Give the events reaching "the city" to the place it refers back to: the nearest
    compatible mention in the two sentences before, if it has no event of its own."""
    for k, _start, noun, found, state in referred:
        target = None
        for kk in range(k - 1, max(-1, k - 1 - _ANAPHOR_REACH), -1):
            for i in reversed(by_sentence.get(kk, [])):
                m = mentions[i]
                if not _compatible(noun, m.place):
                    continue
                role = _true_role(text, kk, sentences, by_sentence, mentions, contexts, roles_of, i)
                if role not in _ANTECEDENT_ROLES:
                    continue
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
        occ.events = [(e, round(min(1.0, e.confidence * f * _ANAPHOR_FACTOR), 3), state) for e, f in found]


_ADMIN_AFTER = re.compile(
    r"\s+(?:province|state|region|governorate|oblast|district|county|department|countryside|"
    r"prefecture|municipality|territory|division|valley)\b",
    re.IGNORECASE,
)


def _carry_over(
    text, doc, scanned, when, sentences, by_sentence, anaphors, out, mentions, has_trigger, contexts, roles_of
) -> None:
    """Events told in the sentence after a place's, when they have no place of their own.

    * "Odesa came under fire again. A missile hit a grain terminal, injuring six":
      a sentence announcing trouble at its places (:data:`_SCENE_WORDS`), followed in the
      same paragraph by a sentence with events and no place mention, gives its
      event-less places those events;
    * "Attacks killed nearly 200 people. The violence was concentrated in Bokkos":
      a place where "the violence" of the sentence before happened takes its events.
    """
    n_sentences = len(sentences)
    starts = [a for a, _ in sentences]

    def sentences_with(group: str) -> set[int]:
        return {bisect.bisect_right(starts, a) - 1 for a, _ in scanned.words(group)}

    event_nouns: set[int] | None = None
    scenes: set[int] | None = None
    for k, idxs in by_sentence.items():
        waiting = [i for i in idxs if not out[i].events]
        if not waiting:
            continue
        s0, s1 = sentences[k]
        # "the violence ... in X": the events of the previous sentence
        if k > 0 and by_sentence.get(k - 1):
            if event_nouns is None:
                event_nouns = sentences_with("event")
        if k > 0 and by_sentence.get(k - 1) and k in event_nouns:
            before = [o for o in (out[i] for i in by_sentence[k - 1]) if o is not None and o.events]
            if before:
                for i in idxs:
                    occ = out[i]
                    if occ is None or occ.events:
                        continue
                    m = occ.mention
                    lead = normalize(text[max(s0, m.start - 80) : m.start])
                    if _EVENT_ANAPHOR.search(lead):
                        best = max(before, key=lambda o: o.events[0][1])
                        occ.events = [(e, round(c * _ANAPHOR_FACTOR, 3), st) for e, c, st in best.events]
        # the next sentence tells what happened
        if len(waiting) < len(idxs):
            continue  # the sentence has its own events: its story is told
        if k + 1 >= n_sentences or (k + 1) in by_sentence or (k + 1) in anaphors or not has_trigger(k + 1):
            continue
        n0, n1 = sentences[k + 1]
        if "\n\n" in text[s1:n0] or "\n\n" in text[s0:s1].strip():
            continue
        if scenes is None:
            scenes = sentences_with("scene")
        if k not in scenes:
            continue
        ctx = contexts.get(k + 1) or SentenceContext(text, n0, n1)
        events = [e for e in evaluate(ctx, doc) if not e.weak] if ctx.units else []
        if not events:
            continue
        state = _SentenceState(ctx, when)
        picked = _select([(e, 1.0) for e in events])
        for i in idxs:
            occ = out[i]
            if occ is None or occ.events:
                continue
            if _true_role(text, k, sentences, by_sentence, mentions, contexts, roles_of, i) is not Role.PLACE:
                continue
            occ.events = [(e, round(e.confidence * f * _ANAPHOR_FACTOR * 0.9, 3), state) for e, f in picked]


def tag_mentions(document: Document, mentions: Sequence[Mention]) -> list[TaggedMention]:
    """Tag every mention occurrence of ``document``, in the order given.

    Raises
    ------
    InputError
        If a mention's offsets fall outside the document text.
    """
    return [
        TaggedMention(o.mention, o.sentence, o.role, o.readings()) for o in _analyse(document, mentions)
    ]


def _fill_in(best: Reading, others: list[tuple[Event, _SentenceState]]) -> Reading:
    """Take actors and fatalities missing from the evidence reading from the other
    occurrences of the same incident at the place."""
    actor1, actor2, dead = best.actor1, best.actor2, best.fatalities
    for event, state in others:
        if dead is None:
            dead = state.fatalities(event)
        if actor1 is None:
            actor1, other2 = state.actors(event)
            actor2 = actor2 or other2
        if actor1 is not None and dead is not None:
            break
    if (actor1, actor2, dead) == (best.actor1, best.actor2, best.fatalities):
        return best
    return Reading(best.incident_type, best.sub_event_type, best.trigger, best.confidence,
                   actor1, actor2, dead, best.date)


def tag_incidents(document: Document, mentions: Sequence[Mention]) -> list[Incident]:
    """One :class:`~geo.model.Incident` per (place, incident type) of ``document``.

    Mentions of the same place (same gazetteer id, or same folded text when
    unresolved) are grouped. Each incident type found at the place gives one
    incident, whose ``mention`` and ``evidence`` come from its most confident
    occurrence (actors and fatalities missing there are taken from the other
    occurrences of the same type); a place without any event gives exactly one
    ``"None"`` incident, evidenced by its first mention. Incidents come in order
    of the place's first mention, most confident first.

    Raises
    ------
    InputError
        If a mention's offsets fall outside the document text.
    """
    if not mentions:
        return []
    occurrences = _analyse(document, mentions)
    places: dict[str, list[_Occurrence]] = {}
    for occ in sorted(occurrences, key=lambda o: (o.mention.start, o.mention.end)):
        places.setdefault(place_key(occ.mention), []).append(occ)
    incidents = []
    for group in places.values():
        spans = tuple(dict.fromkeys((o.mention.start, o.mention.end) for o in group))
        chosen: dict[tuple[str, str | None], list[tuple[Event, float, _Occurrence, _SentenceState]]] = {}
        for occ in group:
            for event, conf, state in occ.events:
                chosen.setdefault((event.event_type, event.sub_event_type), []).append((event, conf, occ, state))
        if any(_PROTEST_RANK.get(sub or "", 0) > 1 for _, sub in chosen):  # the same demonstration
            chosen.pop((PROTESTS, "Peaceful protest"), None)
        picked: list[tuple[Reading, tuple[int, int], _Occurrence]] = []
        for candidates in chosen.values():
            event, conf, occ, state = max(candidates, key=lambda c: c[1])  # first of the most confident
            reading = state.reading(event, conf)
            others = [(e, st) for e, _, _, st in candidates if e is not event]
            if others:
                reading = _fill_in(reading, others)
            picked.append((reading, occ.evidence(state), occ))
        if not picked:
            picked.append((group[0].none, group[0].sentence, group[0]))
        for reading, (s0, s1), occ in sorted(picked, key=lambda p: -p[0].confidence):
            incidents.append(Incident(
                doc_id=document.id,
                mention=occ.mention,
                mentions=spans,
                incident_type=reading.incident_type,
                sub_event_type=reading.sub_event_type,
                actor1=reading.actor1,
                actor2=reading.actor2,
                fatalities=reading.fatalities,
                date=reading.date,
                evidence=document.text[s0:s1],
                trigger=reading.trigger,
                confidence=reading.confidence,
                source=document.source,
                url=document.url,
                title=document.title,
            ))
    return incidents
