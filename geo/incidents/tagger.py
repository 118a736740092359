"""Tag place mentions with what happened there: :func:`tag_incidents`.

For each sentence that holds a place mention, the tagger finds the trigger words
(:mod:`~geo.incidents.rules`), cuts the sentence into clauses
(:mod:`~geo.incidents.clauses`), decides which mentions can carry events at all
(:mod:`~geo.incidents.roles`), and gives each mention the events of its own
clause, with actors, fatalities and a date. :func:`tag_mentions` returns that per
mention occurrence; :func:`tag_incidents` folds the occurrences of one place into
one :class:`~geo.model.Incident` per incident type.

Examples
--------
>>> from gazetteer.model import Mention, Resolution
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
from gazetteer.model import Mention, Resolution
from geo.incidents.actors import actor_phrases, find_actors
from geo.incidents.clauses import SentenceContext, group_pieces
from geo.incidents.dates import article_date, resolve_date
from geo.incidents.fatalities import fatalities
from geo.incidents.lexicon import Cue
from geo.incidents.matcher import scan_document
from geo.incidents.roles import MentionRoles, Role
from geo.incidents.rules import DocumentContext, Event, evaluate
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
_RELATIVE_GLUE = re.compile(r"^[\s,]*(?:(?:in|at)\s+)?$")
_NEAR = 60


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
    ctx: SentenceContext, events: list[Event], spans: list[tuple[int, int]]
) -> list[list[tuple[Event, float]]]:
    """Events reaching each mention, with an attachment factor."""
    out: list[list[tuple[Event, float]]] = [[] for _ in spans]
    for seg in ctx.segments:
        a, b, relative = seg
        seg_events = [e for e in events if a <= e.trigger[0] < b]
        if not seg_events:
            continue
        inside = [j for j, (s, _) in enumerate(spans) if a <= s < b]
        strong = [e for e in seg_events if not e.weak]
        groups = [(a, b)]
        if len(strong) >= 2 and len(inside) >= 2:
            pieces = ctx.pieces(seg)
            groups = group_pieces(
                pieces,
                [any(p0 <= e.trigger[0] < p1 for e in strong) for p0, p1 in pieces],
                [any(p0 <= spans[j][0] < p1 for j in inside) for p0, p1 in pieces],
                [ctx.starts_with_locative(p0, p1) for p0, p1 in pieces],
                [_opens_with_place(ctx, p0, spans) for p0, _ in pieces],
            )
        for g0, g1 in groups:
            g_events = [e for e in seg_events if g0 <= e.trigger[0] < g1]
            usable = [e for e in g_events if not e.weak] or g_events
            for j in inside:
                if g0 <= spans[j][0] < g1:
                    out[j].extend(
                        (e, _distance_factor(e, spans[j])) for e in usable
                        if not _in_protest_topic(ctx, e, spans[j], g1)
                    )
        if relative:  # "..., where Turkish forces established a post": the place before it
            for j in range(len(spans) - 1, -1, -1):
                if spans[j][1] <= a:
                    if _RELATIVE_GLUE.match(ctx.text[spans[j][1] : a]):
                        out[j].extend((e, 0.9) for e in (strong or seg_events))
                    break
    return out


_TOPIC = re.compile(
    r"(?<!\S)(?:against|over|demanding|to\s+demand|in\s+support\s+of|in\s+solidarity\s+with|"
    r"to\s+protest|to\s+mark|condemning|calling\s+for|to\s+call\s+for|denouncing|for\s+the|"
    r"accountability\s+for)(?!\S)"
)


def _in_protest_topic(ctx: SentenceContext, event: Event, span: tuple[int, int], end: int) -> bool:
    """Whether the mention is in what a protest is about ("rallied in A against the war in B")."""
    if event.event_type not in (PROTESTS, RIOTS) or span[0] < event.trigger[1]:
        return False
    topic = _TOPIC.search(ctx.norm_at(event.trigger[1], span[0]))
    return topic is not None


_LIST_OPENING = re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?$")


def _opens_with_place(ctx: SentenceContext, start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a piece begins with a place mention ("and Lyon ..."): it continues a list."""
    return any(
        start <= s < start + 30 and _LIST_OPENING.match(ctx.text[start:s]) for s, _ in spans
    )


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
        found = [(e, f) for e, f in found if not e.generic]
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
    if role not in (Role.PLACE, Role.SOURCE, Role.DESTINATION):
        return 0.9 if role is not Role.QUALIFIER else 0.7
    if had_events:
        return 0.75
    return 0.7 if had_triggers else 0.9


class _SentenceState:
    """Per-sentence caches for the details of readings (actors, fatalities, date)."""

    __slots__ = ("ctx", "when", "sentence", "anchors", "phrases", "dated", "dead_at")

    def __init__(self, ctx: SentenceContext, when: Date | None) -> None:
        self.ctx = ctx
        self.when = when
        self.sentence = ctx.text[ctx.start : ctx.end]
        self.anchors = [h.start - ctx.start for h in ctx.by_cue.get(Cue.DATE, ())]
        self.phrases: list | None = None
        self.dated: dict[int, Date | None] = {}
        self.dead_at: dict[int, int | None] = {}

    def actors(self, event: Event) -> tuple[str | None, str | None]:
        ctx = self.ctx
        if self.phrases is None:
            self.phrases = actor_phrases(ctx)
        return find_actors(
            ctx, ctx.segment_of(event.trigger[0]), event.trigger, event.event_type,
            event.sub_event_type, self.phrases,
        )

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
        events: list[tuple[Event, float]],
        none: Reading,
        state: _SentenceState | None,
    ) -> None:
        self.mention = mention
        self.sentence = sentence
        self.role = role
        self.events = events  #: (event, confidence), best first; empty if only mentioned
        self.none = none
        self.state = state

    def readings(self) -> tuple[Reading, ...]:
        if not self.events:
            return (self.none,)
        assert self.state is not None
        return tuple(self.state.reading(e, c) for e, c in self.events)


def _analyse(document: Document, mentions: Sequence[Mention]) -> list[_Occurrence]:
    text = document.text
    for m in mentions:
        if not (0 <= m.start < m.end <= len(text)):
            raise InputError(f"mention {m.text!r} at {m.start}:{m.end} is outside document {document.id!r}")
    when = article_date(text, document.date)
    found = scan_document(text)
    doc = DocumentContext(when, flags=found)
    triggers = found.trigger_starts
    sentences = _sentence_spans(text, mentions)
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[int]] = {}
    for i in sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end)):
        k = max(bisect.bisect_right(starts, mentions[i].start) - 1, 0)
        by_sentence.setdefault(k, []).append(i)
    out: list[_Occurrence | None] = [None] * len(mentions)
    only_mentioned = Reading(NONE, None, None, 0.9, date=when)
    for k, idxs in by_sentence.items():
        s0, s1 = sentences[k]
        lo = bisect.bisect_left(triggers, s0)
        if lo == len(triggers) or triggers[lo] >= s1:  # no trigger word: only mentioned
            for i in idxs:
                out[i] = _Occurrence(mentions[i], (s0, s1), Role.PLACE, [], only_mentioned, None)
            continue
        ctx = SentenceContext(text, s0, s1)
        spans = [(mentions[i].start, mentions[i].end) for i in idxs]
        events = evaluate(ctx, doc, _reachable(ctx, spans)) if ctx.units else []
        roles = MentionRoles(text, spans, ctx.segments, [mentions[i].place for i in idxs])
        attached = _attach(ctx, events, spans) if events else [[] for _ in spans]
        state = _SentenceState(ctx, when)
        for j, i in enumerate(idxs):
            found = attached[j]
            role = roles[j] if found else Role.PLACE
            if role is Role.SOURCE:
                found = [(e, f) for e, f in found if e.event_type == DISPLACEMENT or e.sub_event_type == _NVT]
            elif role is Role.DESTINATION:  # "fled to X", "arriving in X"
                found = [(e, f) for e, f in found if e.event_type == DISPLACEMENT]
            chosen = []
            if role in (Role.PLACE, Role.SOURCE, Role.DESTINATION) and found:
                chosen = [(e, round(min(1.0, e.confidence * f), 3)) for e, f in _select(found)]
            none = Reading(NONE, None, None, _none_confidence(role, bool(events), bool(ctx.units)), date=when)
            out[i] = _Occurrence(mentions[i], (s0, s1), role, chosen, none, state)
    return [o for o in out if o is not None]


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
        chosen: dict[tuple[str, str | None], list[tuple[Event, float, _Occurrence]]] = {}
        for occ in group:
            for event, conf in occ.events:
                chosen.setdefault((event.event_type, event.sub_event_type), []).append((event, conf, occ))
        if any(_PROTEST_RANK.get(sub or "", 0) > 1 for _, sub in chosen):  # the same demonstration
            chosen.pop((PROTESTS, "Peaceful protest"), None)
        picked: list[tuple[Reading, _Occurrence]] = []
        for candidates in chosen.values():
            event, conf, occ = max(candidates, key=lambda c: c[1])  # first of the most confident
            assert occ.state is not None
            reading = occ.state.reading(event, conf)
            others = [(e, o.state) for e, _, o in candidates if o.state is not None and e is not event]
            if others:
                reading = _fill_in(reading, others)
            picked.append((reading, occ))
        if not picked:
            picked.append((group[0].none, group[0]))
        for reading, occ in sorted(picked, key=lambda p: -p[0].confidence):
            s0, s1 = occ.sentence
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
