"""What the tagger says of one mention occurrence: its readings.

:class:`Reading` is one incident reading (type, sub-event type, trigger, confidence,
actors, fatalities, date), :class:`TaggedMention` a mention occurrence with its
readings, best first (what :func:`~geo.incidents.tagger.tag_mentions` returns).

Inside the tagger, an :class:`Occurrence` holds the events found for a mention
before they are spelled out as readings, each with the :class:`SentenceState` of
the sentence it was read in: that state finds the event's actors
(:mod:`~geo.incidents.actors`), fatalities (:mod:`~geo.incidents.fatalities`) and
date (:mod:`~geo.incidents.dates`) once, however many places the event reaches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from gazetteer.model import Mention
from geo.incidents.actors import actor_phrases, find_actors
from geo.incidents.clauses import SentenceContext
from geo.incidents.dates import resolve_date
from geo.incidents.events import Event
from geo.incidents.fatalities import fatalities
from geo.incidents.lexicon import Cue
from geo.incidents.roles import Role
from geo.incidents.taxonomy import PROTESTS, VIOLENT_EVENT_TYPES

__all__ = ["Reading", "TaggedMention", "SentenceState", "Occurrence"]


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


class SentenceState:
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


class Occurrence:
    """One mention occurrence after analysis, before its readings are spelled out."""

    __slots__ = ("mention", "sentence", "role", "events", "none", "state")

    def __init__(
        self,
        mention: Mention,
        sentence: tuple[int, int],
        role: Role,
        events: list[tuple[Event, float, SentenceState]],
        none: Reading,
        state: SentenceState | None,
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

    def evidence(self, state: SentenceState) -> tuple[int, int]:
        """The evidence span of an event read in ``state``: the mention's sentence,
        stretched to the event's sentence when that is another one."""
        return (min(self.sentence[0], state.ctx.start), max(self.sentence[1], state.ctx.end))
