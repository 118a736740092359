"""Tag place mentions with what happened there: :func:`tag_incidents`.

For each sentence that holds a place mention, the tagger finds the trigger words
(:mod:`~geo.incidents.rules`), cuts the sentence into clauses
(:mod:`~geo.incidents.clauses`), decides which mentions can carry events at all
(:mod:`~geo.incidents.roles`), and gives each mention the events of its own
clause, with actors, fatalities and a date (:mod:`~geo.incidents.analysis` does
that analysis). :func:`tag_mentions` returns that per mention occurrence;
:func:`tag_incidents` folds the occurrences of one place (:func:`place_key`) into
one :class:`~geo.model.Incident` per incident type.

Beyond its own clause, a place still without an event takes one:

* from a later sentence that refers back to it ("Residents of Kharkiv spent the
  night in shelters. Bombs struck the city's north"): the nearest earlier place of
  a fitting kind (a town for "the town", a first-level division for "the region",
  a capital for "the capital", when the gazetteer says) within two sentences
  (:mod:`~geo.incidents.anaphora`);
* from the next sentence, when its own sentence announces trouble there ("Odesa
  came under fire again.") and the next one, in the same paragraph, tells what
  happened without naming a place (:mod:`~geo.incidents.carryover`);
* from the sentence before, when it is where "the violence" happened (ditto).

A country or first-level division given the same kind of event as a place inside
it, named earlier in the clause, is only its container and gets none ("a strike in
Hodeidah knocked out internet services across Yemen";
:mod:`~geo.incidents.containers`).

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

import functools
import unicodedata
from collections.abc import Sequence

from gazetteer.model import Mention, Resolution
from geo.incidents.analysis import analyse
from geo.incidents.events import Event
from geo.incidents.readings import Occurrence, Reading, SentenceState, TaggedMention
from geo.incidents.selection import PROTEST_RANK
from geo.incidents.taxonomy import PROTESTS
from geo.model import Document, Incident

__all__ = ["Reading", "TaggedMention", "tag_mentions", "tag_incidents", "place_key"]


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


def tag_mentions(document: Document, mentions: Sequence[Mention], *, gate: bool = True) -> list[TaggedMention]:
    """Tag every mention occurrence of ``document``, in the order given.

    The learned check on violent readings (:mod:`~geo.incidents.gate`) is on by
    default; ``gate=False`` lets the rules alone decide.

    Raises
    ------
    InputError
        If a mention's offsets fall outside the document text.
    """
    return [
        TaggedMention(o.mention, o.sentence, o.role, o.readings()) for o in analyse(document, mentions, gate=gate)
    ]


def _fill_in(best: Reading, others: list[tuple[Event, SentenceState]]) -> Reading:
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


def tag_incidents(document: Document, mentions: Sequence[Mention], *, gate: bool = True) -> list[Incident]:
    """One :class:`~geo.model.Incident` per (place, incident type) of ``document``.

    Mentions of the same place (same gazetteer id, or same folded text when
    unresolved) are grouped. Each incident type found at the place gives one
    incident, whose ``mention`` and ``evidence`` come from its most confident
    occurrence (actors and fatalities missing there are taken from the other
    occurrences of the same type); a place without any event gives exactly one
    ``"None"`` incident, evidenced by its first mention. Incidents come in order
    of the place's first mention, most confident first. ``gate=False`` turns off
    the learned check on violent readings (:mod:`~geo.incidents.gate`), on by default.

    Raises
    ------
    InputError
        If a mention's offsets fall outside the document text.
    """
    if not mentions:
        return []
    occurrences = analyse(document, mentions, gate=gate)
    places: dict[str, list[Occurrence]] = {}
    for occ in sorted(occurrences, key=lambda o: (o.mention.start, o.mention.end)):
        places.setdefault(place_key(occ.mention), []).append(occ)
    incidents = []
    for group in places.values():
        spans = tuple(dict.fromkeys((o.mention.start, o.mention.end) for o in group))
        chosen: dict[tuple[str, str | None], list[tuple[Event, float, Occurrence, SentenceState]]] = {}
        for occ in group:
            for event, conf, state in occ.events:
                chosen.setdefault((event.event_type, event.sub_event_type), []).append((event, conf, occ, state))
        if any(PROTEST_RANK.get(sub or "", 0) > 1 for _, sub in chosen):  # the same demonstration
            chosen.pop((PROTESTS, "Peaceful protest"), None)
        picked: list[tuple[Reading, tuple[int, int], Occurrence]] = []
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
