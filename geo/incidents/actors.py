"""Who did it to whom: ``actor1`` and ``actor2`` of an event, from the text.

Actor phrases are runs of actor words: an optional demonym, modifiers and a head
("Syrian regime forces", "Turkish army", "opposition fighters"). For a trigger,
the agent (``actor1``) is the subject before it, or the "by"/"of" phrase after it
("raids of the Syrian regime", "shelled by Turkish forces"); a bare demonym right
before the trigger counts too ("Russian raids" -> "Russian aircraft"). The target
(``actor2``) is the first actor phrase after the trigger. Passive clauses swap
the two; "its"/"their" point back to the last actor named; "backed by"/"with the
support of" adds an associated actor after a ``;``.

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Turkish forces shelled the positions of the Syrian regime forces in Neirab."
>>> ctx = SentenceContext(text, 0, len(text))
>>> find_actors(ctx, ctx.segments[0], (15, 22), "Explosions/Remote violence", "Shelling/artillery/missile attack")
('Turkish forces', 'Syrian regime forces')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geo.incidents.clauses import Segment, SentenceContext, phrase_regex
from geo.incidents.lexicon import SLICE_CUES, Cue
from geo.incidents.taxonomy import (
    DISPLACEMENT,
    NONE,
    PROTESTS,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
)

__all__ = ["ActorPhrase", "actor_phrases", "find_actors"]


class ActorPhrase(NamedTuple):
    """An actor named in the text, with its document offsets."""

    start: int
    end: int
    text: str
    crowd: bool  #: protesters, demonstrators, rioters
    state: bool  #: police, army, security forces


_GAP = re.compile(r"^[\s\-–]*$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_BY_AFTER = re.compile(r"^\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?$|^\s+of\s+(?:the\s+)?$")
_SUPPORT_BEFORE = re.compile(phrase_regex(SLICE_CUES[Cue.SUPPORT]) + r"\s+(?:the\s+)?$")
_PASSIVE_BEFORE = re.compile(phrase_regex(SLICE_CUES[Cue.PASSIVE]) + r"\s+(?:\S+ly\s+)?$")
_PRONOUN_BEFORE = re.compile(phrase_regex(SLICE_CUES[Cue.PRONOUN]) + r"\s+(?:\S+\s+)?$")
_AIR = "Air/drone strike"
_SUPPORT_HINTS = ("backed", "supported", "support", "help", "alongside", "aided", "together", "allied")


def actor_phrases(ctx: SentenceContext) -> list[ActorPhrase]:
    """All actor phrases of a sentence, in order.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> t = "Russian aircraft and opposition fighters met Turkish observers."
    >>> [p.text for p in actor_phrases(SentenceContext(t, 0, len(t)))]
    ['Russian aircraft', 'Opposition fighters']
    """
    text = ctx.text
    by_cue = ctx.by_cue
    if Cue.ACTOR not in by_cue:
        return []
    hits = sorted(
        {*by_cue.get(Cue.ACTOR, ()), *by_cue.get(Cue.ACTOR_MOD, ()), *by_cue.get(Cue.DEMONYM, ())},
        key=lambda h: (h.start, -h.end),
    )
    phrases = []
    run: list = []
    for h in hits:
        if Cue.DEMONYM in h.cues and not text[h.start].isupper() and len(h.cues) == 1:
            continue  # "us", "arab" in lower case are no demonyms
        if run and (h.start < run[-1].end or _GAP.match(text[run[-1].end : h.start])):
            if h.end > run[-1].end:
                run.append(h)
            continue
        if run:
            phrases.append(_phrase(ctx, run))
        run = [h]
    if run:
        phrases.append(_phrase(ctx, run))
    return [p for p in phrases if p is not None]


_CROWD_WORDS = frozenset("protesters demonstrators rioters mob crowd crowds".split())
_STATE_WORDS = frozenset(
    "police army troops soldiers military forces regime junta security gendarmes navy".split()
)


def _phrase(ctx: SentenceContext, run: list) -> ActorPhrase | None:
    if not any(Cue.ACTOR in h.cues for h in run):
        return None
    start, end = run[0].start, max(h.end for h in run)
    words = ctx.norm_at(start, end).split()
    text = _LEADING.sub("", " ".join(ctx.text[start:end].split()))
    text = text[:1].upper() + text[1:]
    return ActorPhrase(
        start, end, text,
        crowd=any(w in _CROWD_WORDS for w in words),
        state=any(w in _STATE_WORDS for w in words) and "rebel" not in words and "opposition" not in words,
    )


def _demonym_before(ctx: SentenceContext, a: int, t0: int) -> str | None:
    for h in reversed(ctx.by_cue.get(Cue.DEMONYM, ())):
        if a <= h.start and h.end <= t0 and t0 - h.end <= 12 and ctx.text[h.start].isupper():
            return ctx.text[h.start : h.end]
    return None


def find_actors(
    ctx: SentenceContext,
    seg: Segment,
    trigger: tuple[int, int],
    event_type: str,
    sub_event_type: str | None,
    phrases: list[ActorPhrase] | None = None,
) -> tuple[str | None, str | None]:
    """``(actor1, actor2)`` of the event triggered at ``trigger``; ``None`` when unnamed."""
    if event_type in (NONE, DISPLACEMENT):
        return None, None
    if phrases is None:
        phrases = actor_phrases(ctx)
    a, b, _ = seg
    t0, t1 = trigger
    clause = ctx.norm_at(a, b)
    support = [
        p for p in phrases
        if a <= p.start < b and _SUPPORT_BEFORE.search(ctx.norm_at(max(a, p.start - 30), p.start))
    ] if any(w in clause for w in _SUPPORT_HINTS) else []
    before = [p for p in phrases if a <= p.start and p.end <= t0 and p not in support]
    after = [p for p in phrases if t1 <= p.start and p.end <= b and p not in support]
    by_agent = next(
        (p for p in after if _BY_AFTER.match(ctx.norm_at(t1, p.start))), None
    )
    agent: ActorPhrase | str | None
    target: ActorPhrase | None
    if _PASSIVE_BEFORE.search(ctx.norm_at(max(a, t0 - 25), t0)):
        agent, target = by_agent, (before[-1] if before else None)
    else:
        agent = before[0] if before else None
        if agent is None:
            demonym = _demonym_before(ctx, a, t0)
            if demonym:
                agent = f"{demonym} {'aircraft' if sub_event_type == _AIR else 'forces'}"
        if agent is None:
            agent = by_agent
        if agent is None and _PRONOUN_BEFORE.search(ctx.norm_at(max(ctx.start, t0 - 20), t0)):
            earlier = [p for p in phrases if p.end <= t0]
            agent = earlier[-1] if earlier else None
        target = next((p for p in after if p is not by_agent), None)
    extra = [p for p in after if p is by_agent and p is not agent]
    names = [agent.text if isinstance(agent, ActorPhrase) else agent] if agent else []
    names += [p.text for p in extra] + [p.text for p in support]
    actor1 = "; ".join(dict.fromkeys(n for n in names if n)) or None
    actor2 = target.text if target else None
    if event_type in (PROTESTS, RIOTS):
        present = [p for p in phrases if a <= p.start < b]
        crowd = next((p for p in present if p.crowd), None)
        state = next((p for p in present if p.state), None)
        actor1 = crowd.text if crowd else ("Rioters" if event_type == RIOTS else "Protesters")
        actor2 = state.text if state else None
    elif event_type == VIOLENCE_AGAINST_CIVILIANS and (actor2 is None or actor2 == actor1):
        actor2 = "Civilians"
    return actor1, actor2
